"""Indicator names across reports: 地区生产总值, 国内生产总值, GDP and 生产总值 are one indicator.

``name_key`` folds widths, drops place prefixes and growth words and applies a
small alias table; ``name_similarity`` scores the remaining rewordings with
rapidfuzz.
"""

from __future__ import annotations

import re

from core.compare.topics import fold_width

# Canonical name -> other names of the same indicator (after the generic clean-up).
ALIASES: dict[str, tuple[str, ...]] = {
    # 经济增长7%左右; older reports set their growth target on 国民生产总值 (GNP), and say 国民经济增长
    "生产总值": ("地区生产总值", "国内生产总值", "GDP", "经济总量", "地区经济总量", "经济", "国民生产总值", "国民经济"),
    "一般公共预算收入": ("地方一般公共预算收入", "一般公共财政预算收入", "公共财政预算收入", "地方财政收入"),
    "社会消费品零售总额": ("社会消费品零售额", "社零额", "消费品零售总额", "社会商品零售总额", "社会商品零售额"),
    "固定资产投资": ("全社会固定资产投资", "固定资产投资额"),
    "外贸进出口总值": ("外贸进出口总额", "进出口总额", "进出口总值", "外贸进出口", "进出口", "货物进出口总额"),
    "实际使用外资": ("实际利用外资", "实际使用外资金额", "实际到账外资"),
    "居民消费价格": ("居民消费价格指数", "CPI", "物价"),
    # the retail price index, as older reports name it (商品零售价格 from 1994)
    "零售物价": ("全国零售物价", "零售物价总水平", "零售物价总指数", "零售物价指数", "商品零售价格", "全国商品零售价格",
             "商品零售价格总水平", "商品零售价格总指数", "商品零售物价", "市场零售物价"),
    "规模以上工业增加值": ("规上工业增加值",),
    "城镇新增就业": ("新增城镇就业", "城镇新增就业人数", "新增就业", "城镇新增就业岗位", "城镇新就业", "城镇新就业人数",
               "城镇就业", "城镇安排就业", "安排就业"),  # older reports: 城镇新就业人数, 在城镇安排就业, 安排…人就业
    "居民人均可支配收入": ("全体居民人均可支配收入", "居民收入", "城乡居民人均可支配收入", "城乡居民人均收入",
                          "居民人均收入"),
    "城镇调查失业率": ("调查失业率",),
    "城镇登记失业率": ("登记失业率", "城镇登记待业率", "城镇待业率", "待业率"),  # 待业 in the 1980s
    # wordings of the national reports 2013-2019
    "财政赤字率": ("赤字率", "财政赤字占生产总值比重", "赤字占生产总值比重", "财政赤字占生产总值比例"),
    "单位生产总值能耗": ("能耗强度", "能源消耗强度", "单位生产总值能源消耗", "单位能耗"),
    "粮食产量": ("粮食总产量", "粮食生产"),
    # output goals of the older plans, set in words on the sector (农业生产有一个大幅度的增长, 加快轻纺工业的发展)
    "农业总产值": ("农业生产", "农业产值", "农业和副业总产值", "农业及其副业总产值", "农业和农副业总产值"),
    "工农业总产值": ("工农业生产总值",),  # 1981: 工农业生产总值不仅没有下降，而且将比上年增长３％以上
    # 1956: 工业生产总值比1955年将增长19.7%; 1959: 工业和手工业总产值达到了一千一百七十亿元 (handicrafts with it)
    "工业总产值": ("工业生产总值", "工业产值", "工业和手工业总产值"),
    "轻工业总产值": ("轻工业", "轻纺工业", "轻纺工业总产值", "轻工业产值", "轻工业生产"),
    "重工业总产值": ("重工业", "重工业产值", "重工业生产"),
    "易地扶贫搬迁": ("易地搬迁脱贫", "易地扶贫搬迁人口", "易地搬迁", "易地扶贫搬迁脱贫"),
    "棚户区改造": ("棚户区住房改造", "各类棚户区改造", "城镇棚户区改造", "棚改"),
    "农村贫困人口脱贫": ("农村贫困人口减少", "减少农村贫困人口", "贫困人口减少", "农村贫困人口", "贫困人口"),
    "单位生产总值二氧化碳排放": ("二氧化碳排放强度", "单位生产总值二氧化碳排放量"),
    # 保障性安居工程新开工700万套 (2014), 城镇保障性住房基本建成432万套 (2012)
    "保障性安居工程": ("城镇保障性安居工程", "保障性住房", "城镇保障性住房", "保障房"),
    # 2014: 县级公立医院综合改革试点扩大到1000个县; 2015: 公立医院改革试点县市达到1300多个
    "县级公立医院综合改革试点": ("公立医院改革试点县市", "县级公立医院改革试点", "县级公立医院综合改革试点县"),
    # 2016: 减轻企业和个人负担5000多亿元; 2017: 全年降低企业税负5700多亿元
    "企业税负": ("减轻企业和个人负担", "降低企业税负", "减少企业税负", "减轻企业税负", "减轻企业负担"),
    # 2006: 中央财政今年安排再就业补助资金251亿元; 2007: 中央财政安排就业再就业资金234亿元
    "中央财政就业补助资金": ("中央财政再就业补助资金", "中央财政就业再就业资金", "中央财政就业再就业补助资金"),
    "农业转移人口落户": ("进城落户", "农业转移人口在城镇落户", "农业转移人口进城落户", "城镇落户"),
}


_ALIAS_OF = {alias: canonical for canonical, aliases in ALIASES.items() for alias in aliases}

# Works programmes of the alias table, by every name: 棚改 is 棚户区改造.  A bare 开工580万套 counts the
# programme an earlier clause of its sentence names.
_PROGRAMMES = sorted(((alias, canonical) for canonical, aliases in ALIASES.items()
                      if canonical.endswith(("改造", "搬迁", "工程")) for alias in (canonical, *aliases)),
                     key=lambda pair: -len(pair[0]))


def programme_before(text: str) -> str:
    """The works programme named last in ``text`` (its canonical name), or ""."""
    found = max(((text.rfind(alias), canonical) for alias, canonical in _PROGRAMMES), default=(-1, ""))
    return found[1] if found[0] >= 0 else ""


# 提出 and 今年 open a sentence that explains a target already listed (提出国内生产总值增长8%左右，主要是…,
# 中央提出今年经济增长预期目标为8%左右):
# they are no part of its name, so the restated target keys as the listed one.
_PLACE_PREFIX = re.compile(
    r"^(?:中央提出|国务院提出|提出|今年|全市|全省|全区|全县|全国|我市|我省|我区|本市|我国|全年|年末|年底|全社会|市级|全部)+"
)
# 新开工重大水利工程21项 and 再开工20项重大水利工程 count the same thing.
_AGAIN_PREFIX = re.compile(r"^(?:再|又|新(?=开工|建成|改建))")


# 经济增长速度 (the 1990s' word for GDP growth) is 经济增长: the rate words go, the name stays.
_GROWTH_SUFFIX = re.compile(
    r"(?:名义增速|增长速度|发展速度|增速|增幅|增长率|增长|上涨幅度|增长幅度|涨幅|幅度|上涨|总量)$")


_INNER = (("国内生产总值", "生产总值"), ("地区生产总值", "生产总值"), ("GDP", "生产总值"), ("的", ""), (" ", ""))
# Budget wordings: 中央财政拟安排"三农"投入 (plan) and 中央财政用于"三农"的支出 (review) are one figure.
_BUDGET_WORDS = re.compile(r"(?<=财政)(?:为此)?(?:今年|明年)?(?:拟|将)?(?:安排|投入|用于)?(?!$)|为此|用于")
_BUDGET_SPENDING = re.compile(r"(?<=财政)(.+?)(?:投入|支出)$")
# 中央财政用于"三农"的投入拟安排9884.5亿元: the verb after the name is no part of it.
_BUDGET_TAIL = re.compile(r"(?<=投入|支出)(?:拟|将)?安排$")


# The verb of a budget inside its name (中央财政将安排科技支出, 中央财政拟安排补贴资金): who pays and for what stay.
_BUDGET_VERB = re.compile(r"(?<=财政)(?:今年|明年)?(?:(?:拟|将)?安排(?=.)|(?:拟|将)(?=投入|支出))")


def shown_name(name: str) -> str:
    """A name as the scorecard shows it: 中央财政科技支出 for 中央财政将安排科技支出, 中央财政投入 for 拟投入."""
    if name == "经济":
        return "经济增长"  # 今年经济增长预期目标为7%左右: the name the growth relation was read from
    return _BUDGET_VERB.sub("", name) if "财政" in name else name


# What a name says in brackets (粮食（不包括大豆）的产量, 居民消费价格（CPI）): a note on the name, not the name.
BRACKETED = re.compile(r"\([^()]*\)")


def name_key(name: str) -> str:
    """The name an indicator is matched by across reports."""
    key = BRACKETED.sub("", fold_width(name).strip()) or fold_width(name).strip()
    if key in _ALIAS_OF:
        return _ALIAS_OF[key]
    key = _PLACE_PREFIX.sub("", key)
    key = _AGAIN_PREFIX.sub("", key)
    key = _GROWTH_SUFFIX.sub("", key) or key
    key = _ALIAS_OF.get(key, key)
    for old, new in _INNER:
        key = key.replace(old, new)
    if "财政" in key:
        key = _BUDGET_SPENDING.sub(r"\1支出", _BUDGET_WORDS.sub("", _BUDGET_TAIL.sub("", key)))
    return _ALIAS_OF.get(key, key)


def name_similarity(first: str, second: str, cutoff: float = 0.85) -> float:
    """1.0 for the same key, a rapidfuzz ratio >= ``cutoff`` for a rewording, else 0."""
    if first == second:
        return 1.0
    from rapidfuzz import fuzz

    score = fuzz.ratio(first, second, score_cutoff=cutoff * 100) / 100
    return score if score >= cutoff else 0.0
