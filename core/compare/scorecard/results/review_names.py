"""How a review names a figure of the plan in words, without the figure.

A review sentence often speaks of a figure target by the end of its name
(``地下综合管廊建设加快`` for 开工建设城市地下综合管廊2000公里以上), by its last word as the
subject of a clause (``失业率为多年来最低``) or as one member of a list that ends on
it (``推进钢铁、煤炭行业市场化去产能`` for 压减钢铁产能); money it says was used for
something (``增加的财政赤字主要用于减税降费``) is no word on how large it was.  Older reviews also speak of a
plan's figure by its sector in a list (``铁路、水运、公路、民航和邮电部门完成计划的情况是好的``), by the state's
money for the sector it funds (``国家在资金和物资上加强了对农业的支援``) or, for a saving of fuel, by saving
energy (``节约能源的工作开始取得成效``).
"""

from __future__ import annotations

import math
import re

from core.compare.figures.indicator_matching import same_measure
from core.compare.figures.indicator_names import name_key
from core.compare.indicators import Indicator, extract_indicators
from core.compare.scorecard.clauses import CLAUSE_BREAK
from core.compare.scorecard.results.result_words import Review, only_within_a_ratio
from core.compare.scorecard.verdicts import MET, Verdict, scaled
from core.compare.topics import fold_width
from core.reading.model import KIND_REVIEW, Report, Sentence

# A figure's name ends on what it counts (参加合作医疗农民的补助标准, 地下综合管廊); before that stand who pays and
# where it applies, which a review sentence in words often leaves out.  The money words after a purpose
# (基本公共卫生服务经费财政补助) and the payer inside a name (居民基本医保人均财政补助标准) are left out too.
_MONEY_TAIL = re.compile(r"(?<=..)(?:财政)?(?:补助|补贴|投入)(?:资金)?$")
_PAYER_INSIDE = re.compile(r"(?<=.)(?:人均|每人每年)?财政(?=补助|补贴)|(?<=.)人均(?=补助|补贴)")
_JOINED = re.compile(r"和|与")
HEAD_SHARE = 0.5  # share of a figure's name its end, as a review sentence repeats it, must pass
HEAD_LENGTH = 4  # characters at least of that end
HEAD_OPENING = 3  # characters at least of an end that opens a review clause as its subject (失业率为…)
HEAD_NAMES = 6  # characters of an end that name a thing by themselves, whatever the share (地下综合管廊)


def head_result(name: str, review: Review) -> Sentence | None:
    """The review sentence that repeats the longest end of a figure's name (its head), without the figure.

    ``较大幅度提高参加合作医疗农民的补助标准`` speaks of 中央和地方财政对参加合作医疗农民的补助标准,
    ``地下综合管廊建设加快`` of 开工建设城市地下综合管廊.
    """
    folded = fold_width(name)
    wordings = {folded, _MONEY_TAIL.sub("", folded), _PAYER_INSIDE.sub("", folded)}
    joined = _JOINED.split(folded)
    if len(joined) == 2 and len(joined[1]) >= HEAD_LENGTH:
        wordings.add(joined[1])  # 农村社队和农民收入: 农民收入…今年又有了显著的提高 speaks of the second
    best: Sentence | None = None
    best_share = 0.0
    for wording in wordings:
        # 转移支付, 扶贫资金 and 补助标准 end many names: an end of half the name must be a long one
        shortest = max(HEAD_LENGTH, min(HEAD_NAMES, math.floor(len(wording) * HEAD_SHARE) + 1))
        for sentence, text in zip(review.sentences, review.folded):
            if wording[-HEAD_OPENING:] not in text:
                continue  # every end looked for holds the shortest one
            length = next((length for length in range(len(wording), shortest - 1, -1)
                           if wording[-length:] in text and not only_within_a_ratio(wording[-length:], text)
                           and not spent_on(wording[-length:], text)), 0)
            if not length:  # 失业率为多年来最低: a rate's last word opens the review's clause
                length = next((length for length in range(shortest - 1, HEAD_OPENING - 1, -1)
                               if _opens_a_clause(wording[-length:], text)), 0)
            share = length / len(wording)
            if length and share > best_share:
                best, best_share = sentence, share
    return best


# Who or where a figure's name opens on, and the work done, which a review's list leaves out (城乡低保, 压减钢铁产能).
_LIST_OPENING = re.compile(r"^(?:城乡|城镇|城市|农村|全国|重点地区)?(?:压减|退出|淘汰|化解|提高|降低)?")
LIST_MEMBER = (2, 4)  # characters of the name's first word, as a member of the review's list


def listed_result(name: str, review: Review) -> Sentence | None:
    """The review sentence with a list that holds the first word of a figure's name and ends on its last word.

    ``推进钢铁、煤炭行业市场化去产能`` speaks of 压减钢铁产能 and 退出煤炭产能, ``提高低保、优抚、退休人员
    基本养老金等标准`` of 城乡低保人均补助标准.
    """
    folded = fold_width(name)
    rest = _LIST_OPENING.sub("", folded, count=1)
    head = folded[-2:]
    words = [rest[:length] for length in range(LIST_MEMBER[1], LIST_MEMBER[0] - 1, -1)
             if len(rest) - length >= 2]
    for sentence, text in zip(review.sentences, review.folded):
        if "、" not in text or head not in text or not any(word in text for word in words):
            continue
        for clause in CLAUSE_BREAK.split(text):
            for word in words:
                end = _member_end(word, clause)
                if end >= 0 and head in clause[end:]:
                    return sentence
    return None


# The words a review uses for a product a plan names by its output (发电 and 电力, 煤 and 煤炭, 原油 and 石油).
_PRODUCT_WORDS = {"发电": ("电力", "发电"), "煤": ("煤炭", "煤"), "原油": ("石油", "原油"),
                  "化肥": ("化学肥料", "化肥"), "钢": ("钢铁", "钢"), "表": ("手表",)}
# (手表、自行车…等耐用消费品的生产，有的增长了百分之几十: the output of the goods listed)
_OUTPUT_CHANGED = re.compile(r"产量[^,，;；。]{0,12}?(?:增加|增长|提高|减少|下降)|的生产[,，]?有的增长")
# A record output a review names a product by (又有新的突破, 创造了历史最高纪录, 大增产).
_OUTPUT_RECORD = re.compile(r"新的突破|历史最高|最高纪录|大增产|大丰收")
_OUTPUT_TAIL = re.compile(r"(?:产量|生产)$")
PRODUCT_NAME = 4  # characters at most of a product's name (化学肥料)


def product_list_result(name: str, review: Review) -> Sentence | None:
    """The review sentence that lists the product a figure of output names (电力、煤炭、石油、水泥等重工业产品), or
    opens a clause on its output (棉纱产量前三年共增加了…), and says how the output changed (1956年的产量比前三年的
    年产量都有较多的增加): words on the figure, without a figure of its measure."""
    product = _OUTPUT_TAIL.sub("", fold_width(name))
    if len(product) > PRODUCT_NAME:
        return None  # a longer name is found in words by its head (head_result)
    words = _PRODUCT_WORDS.get(product, (product,))
    for sentence, text in zip(review.sentences, review.folded):
        if not any(word in text for word in words):
            continue
        for at, clause in _clauses_with_offsets(text):
            named = any(_member_end(word, clause) >= 0 or clause.startswith((f"{word}产量", f"{word}的产量"))
                        for word in words)
            if named and _OUTPUT_CHANGED.search(text, at):
                return sentence
            if clause.startswith(words) and _OUTPUT_RECORD.search(re.split(r"[;；。]", text[at:], maxsplit=1)[0]):
                return sentence  # 棉花继去年创造了历史最高纪录之后，又有新的突破
    return None


# The ways of transport and posts a review lists by sector (铁路、水运、公路、民航和邮电部门), by the words a plan names
# their volumes with (轮船、驳船货运量 is shipping's, 汽车货运量 the roads').
_SECTORS = {"铁路": ("铁路",), "水运": ("水运", "轮船", "驳船", "内河", "沿海"), "公路": ("公路", "汽车"),
            "民航": ("民航", "民用航空"), "邮电": ("邮电",)}
_SECTOR_VOLUME = re.compile(r"运量|周转量|业务量|业务总量")
_SECTOR_LIST = re.compile("(?:" + "|".join(_SECTORS) + r")(?:[、和](?:" + "|".join(_SECTORS) + "))+")


def sector_result(name: str, review: Review) -> Sentence | None:
    """The review sentence whose list of sectors (铁路、水运、公路、民航和邮电部门完成计划的情况是好的) holds the sector
    of a plan's volume of transport or posts (铁路货运量, 轮船、驳船货运量, 汽车货运量)."""
    folded = fold_width(name)
    if not _SECTOR_VOLUME.search(folded):
        return None
    sector = next((sector for sector, words in _SECTORS.items() if folded.startswith(words)), None)
    if sector is None:
        return None
    for sentence, text in zip(review.sentences, review.folded):
        if any(sector in listed.group() for listed in _SECTOR_LIST.finditer(text)):
            return sentence
    return None


# Money a plan puts into a sector (政府对农业的投资比重, 用于农业的资金总额), and a review's words on the state's money
# for it (国家在资金和物资上加强了对农业的支援).
_FUNDS_FOR = re.compile(r"(?:对|用于)(?P<sector>[\u4e00-\u9fff]{2,4}?)的(?:[\u4e00-\u9fff]{0,4})(?:投资|资金)")
_SUPPORT = "(?:支援|支持|投入|扶持)"


def funds_result(name: str, review: Review) -> Sentence | None:
    """The review sentence that says the state backed, with money, the sector a plan's funds are for."""
    funds = _FUNDS_FOR.search(fold_width(name))
    if funds is None:
        return None
    support = re.compile(rf"对{re.escape(funds['sector'])}的?{_SUPPORT}")
    for sentence, text in zip(review.sentences, review.folded):
        if "资金" in text and support.search(text):
            return sentence
    return None


# A saving of a fuel (节约煤和电, 节约油) and a review's words on saving energy (节约能源的工作开始取得成效).
_FUEL_SAVED = re.compile(r"^节约(?:用)?(?:煤|电|油|燃料|原油|石油|天然气)")
_ENERGY_SAVED = re.compile(r"节约能源|节能")


def saving_result(name: str, review: Review) -> Sentence | None:
    """The review sentence on saving energy, for a plan's saving of a fuel."""
    if not _FUEL_SAVED.search(fold_width(name)):
        return None
    return next((sentence for sentence, text in zip(review.sentences, review.folded)
                 if _ENERGY_SAVED.search(text)), None)


def _clauses_with_offsets(text: str) -> list[tuple[int, str]]:
    """The clauses of ``text``, each with where it starts."""
    clauses, start = [], 0
    for stop in CLAUSE_BREAK.finditer(text + "。"):
        clauses.append((start, text[start : stop.start()]))
        start = stop.end()
    return clauses


def _member_end(word: str, clause: str) -> int:
    """Where ``word`` ends as a member of a list in ``clause`` (钢铁、 or 、煤炭), or -1."""
    at = clause.find(word)
    while at >= 0:
        end = at + len(word)
        if clause.startswith("、", end) or (at > 0 and clause[at - 1] == "、"):
            return end
        at = clause.find(word, at + 1)
    return -1


def _opens_a_clause(word: str, text: str) -> bool:
    """Whether ``word`` opens a clause of ``text`` as its subject (失业率为多年来最低)."""
    at = text.find(word)
    while at >= 0:
        if (at == 0 or text[at - 1] in ",，;；:：") and text.startswith(_SUBJECT_VERBS, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False


_SUBJECT_VERBS = ("为", "是", "达到", "保持")


def spent_on(name: str, text: str) -> bool:
    """Whether ``text`` speaks of ``name`` only as money spent on something (增加的财政赤字主要用于减税降费):
    what it was used for, not how large it was."""
    return re.search(rf"{re.escape(name)}(?:主要|重点|全部|都)?(?:用于|用在)", text) is not None and not re.search(
        rf"{re.escape(name)}(?!(?:主要|重点|全部|都)?(?:用于|用在))", text)


# A level the review says rose again (粮食产量实现"十二连增", 再创历史新高), without its figure.
_CHANGES = ("增长", "下降", "提高", "增加", "减少")  # how a level changed, not the level
_ROSE_AGAIN = re.compile(r"[一二三四五六七八九十两]+连增|连续[^,，;；。]{1,3}年增产|(?:再|又)?创(?:历史)?新高")


def rose_above_floor(target: Indicator, text: str, earlier: Report) -> Verdict | None:
    """``met`` for a floor on a level (粮食产量要稳定在5.5亿吨以上) that the review says rose again, when the
    earlier report's review gives last year's level at the floor or above it (粮食产量达到6.07亿吨)."""
    if target.value is None or target.qualifier != "以上":
        return None
    key = fold_width(name_key(target.name))
    rose = re.search(rf"{re.escape(key)}[^,，;；。]*?({_ROSE_AGAIN.pattern})", fold_width(text))
    if rose is None:
        return None
    before = next((figure for figure in extract_indicators(earlier) if figure.kind == KIND_REVIEW
                   and figure.value is not None and not figure.relation.startswith(_CHANGES)
                   and name_key(figure.name) == name_key(target.name) and same_measure(figure.unit, target.unit)),
                  None)
    if before is None or before.value is None:
        return None
    if scaled(before.value, before.unit) < scaled(target.value, target.unit):
        return None
    floor = target.value_text().removesuffix(target.qualifier)
    # (the earlier report's review gives the level of the year before the target's: 2014's, told in 2015)
    return Verdict(MET, f"it rose again (“{rose.group(1)}”) from the earlier review's {before.value_text()}, "
                        f"at or above the floor of {floor}")
