"""Words around a figure: relations, hedges and modifiers, and names written after the figure.

``完成1000万以上农村贫困人口脱贫任务`` and ``再开工20项重大水利工程`` name what
they count after the figure; ``object_name`` reads that name.  ``recognisable``
turns away what the extractor would otherwise take for a name: pronouns,
bare verbs and fragments (``我国有``, ``安排``, ``总量``, ``三是将``).
"""

from __future__ import annotations

import re

# Relations, longest first so 提高到 wins over 提高.
RELATIONS = (
    "控制在 稳定在 保持在 维持在 缩减为 缩减到 缩减至 压缩为 压缩到 压缩至 削减为 削减到 削减至 "
    "提高到 提高至 提升到 提升至 增加到 增加至 增长到 增长至 扩大到 扩大至 降低到 降低至 "
    "下降到 下降至 减少到 减少至 缩小到 缩小至 上升到 上升至 发展到 发展至 精简到 精简至 压减到 压减至 达到 增至 降至 "
    "跃上 跃升到 跃升至 迈上 登上 降到 升到 升至 高达 多达 再有 将有 回落到 回落至 下降为 上升为 降为 减为 增为 提高为 "
    "简并至 简并为 合并为 覆盖全国 覆盖到 覆盖至 覆盖 缩短到 缩短至 减至 减到 "
    "接近 突破 超过 不低于 不超过 不少于 不高于 低于 高于 保持 压减 压缩 削减 缩减 核减 "
    "增长 下降 提高 提升 增加 减少 降低 上涨 上升 回落 扩大 缩小 涨幅 增速 增幅 降幅 递增 递减 "
    "完成 实现 共有 达 为 是 占比 占"
).split()
HEDGES = ("力争", "确保", "预计", "争取", "努力", "力求", "预期", "计划")
# Words between a name and its relation: hedges, 分别, adverbs.
MODIFIER_AT_END = re.compile(
    "(?:" + "|".join(HEDGES) + "|分别|均|都|同比|比上年|较上年|年均|累计|全年|持续|继续|进一步|稳步|基本|"
    "必须|要|将|可以|可|估计|拟按|拟定|拟|再次|再|又|也|还|已|实现|完成|达|有望|可望|实际|一直|至少|平均|首次|共计|合计|总计|共|年内|在|"
    "统一|普遍|却|仍然|仍|即使|就只|只|"  # 城乡居民基础养老金标准统一由55元提高到70元: how, not what
    # 一律削减10%, 要按上年实际数额核减20%, 招生数仍然安排27万人
    "一律|按(?:上年|去年)(?:实际)?(?:数额|水平)?|(?<=[数额量])(?:仍然|仍)?安排|"
    # 最低收购价平均每斤分别提高0.11元, 人均每年增长10%: per unit; 投资总额五年为8960亿元: the period
    "转为|变为|明显|显著|大幅|有所|则|就|便|的指标|指标|的计划数|计划数|每年|每斤|每人|人均|(?:到|至)?\\d{4}年|前?[两三四五]年(?:内|间)?|"
    "预定|(?:的)?(?:宏观调控|调控|预期|计划|奋斗)?目标(?:拟定|确定|定)?)$"  # 经济增长速度的调控目标定为8%, 预定增长10%
)
LEADING_JUNK = re.compile(
    r"^(?:\d{4}年(?:前|底|末)?|(?:今后|未来)?[两三四五六七八九十]年(?:内|间|中(?!央)|来|里)?|近几年|"
    r"(?:今|明)?年(?:底|末)|今年|去年|明年|全年|其中|同时|并且?|而且?|以及|及(?![时早])|和|与|此外|另外|但(?:是)?|或|"
    r"着力|推动|促进|的|对(?!外)|在(?=这|那|此)|"
    r"使(?=[\u4e00-\u9fff])(?![用命馆])|让(?=[\u4e00-\u9fff])(?![利步渡])|"  # 力争使全国人口增长率降到…
    r"实现|完成|做到|拟安排|安排|我国|我们|届时|要求|要|将|再|也要|也|还要|把|年内|按照|根据|比[^\d,，]{1,4}前|[一二三四五六七八九十]是|"
    # who set it (中央提出今年经济增长…, 国务院决定今年安排…); bonds issued (拟发行1500亿元长期建设国债: the bonds)
    r"(?:中央|国务院|国家)(?:提出|决定|确定)|(?:一定要|必须|坚决)?(?:守住|守好|严守|坚守)|(?:拟|继续)?发行(?=[\u4e00-\u9fff]{2}|$)|拟先|拟(?=[增减提降发])|"
    r"主要预期目标[为是]?|预期目标[为是]?|主要目标[为是]?|目标[为是]?|" + "|".join(HEDGES) + r"|"
    r"(?:考虑|扣除|剔除)[^,，;；]{0,10}?因素(?:后)?|按可比价格计算|比上年|比去年)+"  # 考虑价格下降因素比上年实际增长
)
# Verbs whose object follows the figure: 新建164个（村级服务中心）, 开工20项重大水利工程.
VERB_STARTS = "新增建设开创改培推引举组修实更打聚盘编明落发安认扶完加消整开启关扫"
# Verbs that say only that a figure is reached; the object alone names it (完成3万个行政村通光纤).
_EMPTY_VERBS = re.compile(r"^(?:再|新|又|基本)?(?:完成|实现|安排|达到|解决)?$")
# Verbs of work done, after words of how it is done, whose object follows the figure: 加快推进5个基层卫生院建设,
# 高标准建成23个乡镇社工站, 谋划建设170个乡村电商服务站, 确保完工投用15所 (村卫生室). The name keeps the verbs.
# 形成10项以上可复制、可推广的经验 names no count.
_HOW = ("加快|全面|继续|持续|积极|大力|着力|扎实|高标准|高质量|重点|全市|全年|力争|争取|确保|统筹|精心|"
        "切实|努力|谋划|有序|集中|动态")
_WORK_VERB = ("推进|抓好|办好|建成|实施|打造|启动|创建|争创|培育|引进|招引|储备|拓展|续建|投用|完工|竣工|筛选出|"
              "支持|出让|新建|改造|开工|组建|开展|建设|完成|壮大|评选")
_HOW_AND_VERB = re.compile(rf"(?:{_HOW})*(?:{_WORK_VERB})+")
_HOW_FIRST = re.compile(rf"^(?:{_HOW})+(?={_WORK_VERB})")
_ONLY_HOW = re.compile(rf"(?:{_HOW})+")
# Where or at what level alone, before a count of what follows it: 市区9个智能停车场, 主城区83所小学.
_ONLY_WHERE = re.compile(r"全市|全区|全县|全省|市区|城区|主城区|中心城区|镇街|省级|市级|县级|国家级")
_WORKS_FINISHED = re.compile(r"(?:完工|投用|竣工|投产|建成|开工)+")
# What a count counts may open on the size of its class: 引进1个100亿元以上产业项目, 35个投资5亿元以上的重大工业项目,
# 引进2个投资超50亿元的大项目.
_OBJECT = re.compile(r"(?:[\u4e00-\u9fff]{0,2}?(?:超|过)?\d+(?:\.\d+)?(?:万|亿)?(?:元|人)(?:及?以上)?的?)?"
                     r"(?:[\u4e00-\u9fff\"]{2,20}?(?=[和与及、]?\d|[^\u4e00-\u9fff\"]|$)|[\u4e00-\u9fff\"]{2,20})")
_NOT_AN_OBJECT = re.compile(r"^(?:方面的|用于|以|左右|以上|以内|的比例|比|较|同比|增长|下降|提高|减少|是|为|和|或)")
_OBJECT_USE = re.compile(r"用好|用足|用于|用在|用来")
_OBJECT_TAIL = re.compile(r"(?:的)?(?:任务|目标|工作)$")

# Names that say nothing by themselves.
_BARE_WORDS = frozenset(
    "安排 用好 用足 实现 完成 达到 新增 建设 新建 开工 再开工 新开工 改造 提高 增加 减少 降低 总量 规模 其中 总额 "
    "比重 同比 全年 今年 去年 上年 合计 累计 共计 其他 以上 左右 我国 我们 全国 各地 人口 资金 投资 收入 提出".split()
)
_PRONOUN_OR_FRAGMENT = re.compile(
    r"^(?:这|那|其(?!他[\u4e00-\u9fff]{2})|它|是|我国有|我们|比|[一二三四五六七八九十]是)|(?:我国有|将|要|有|了|的|和|与|及|或|等)$|这样一个"
)


def takes_object(name: str) -> bool:
    """Whether ``name`` is a verb whose object follows the figure (新建, 再开工, 完成, or nothing at all)."""
    if _EMPTY_VERBS.match(name) or _HOW_AND_VERB.fullmatch(name) or only_how(name) or _ONLY_WHERE.fullmatch(name):
        return True  # 加快62个专项债券项目建设, 市区9个智能停车场 too
    core = name.lstrip("再新又") if len(name) > 2 else name
    return len(name) <= 3 and (core[:1] in VERB_STARTS or name[:1] in VERB_STARTS)


def object_name(verb: str, after: str) -> str:
    """The name read from ``verb`` and the words ``after`` the figure, or "" when they name nothing."""
    found = _OBJECT.match(after)
    if not found or _NOT_AN_OBJECT.match(found.group()):
        return ""
    thing = _OBJECT_TAIL.sub("", found.group().removeprefix("的")) or found.group()
    thing = _OBJECT_USE.split(thing)[0] or thing  # 400亿元补贴资金用好用活: 补贴资金
    if _HOW_AND_VERB.fullmatch(verb):
        verb = _HOW_FIRST.sub("", verb)  # 高标准建成23个乡镇社工站: 建成乡镇社工站
    if _EMPTY_VERBS.match(verb):
        return thing
    return verb.lstrip("再又") + thing if len(verb.lstrip("再又")) >= 2 else verb + thing


def work_done(name: str) -> str:
    """The verbs of ``name`` when it is only words of how and verbs of works finished or started (确保完工投用:
    完工投用, 全年竣工), which count works by themselves, else "" (新建5000个 needs what it counts)."""
    verbs = _HOW_FIRST.sub("", name) if _HOW_AND_VERB.fullmatch(name) else ""
    return verbs if _WORKS_FINISHED.fullmatch(verbs) else ""


def only_how(name: str) -> bool:
    """Whether ``name`` is words of how a thing is done alone (全面完成4个老旧小区改造: 全面), which name nothing."""
    return bool(_ONLY_HOW.fullmatch(name))


def object_length(after: str) -> int:
    """How many characters of ``after`` ``object_name`` read (0 when none)."""
    found = _OBJECT.match(after)
    return len(found.group()) if found and not _NOT_AN_OBJECT.match(found.group()) else 0


def bare_word(name: str) -> bool:
    """Whether ``name`` is a word too bare to name an indicator alone (投资, 资金, 收入)."""
    return name in _BARE_WORDS


def recognisable(name: str) -> bool:
    """Whether ``name`` can name an indicator: two Chinese characters at least, no pronoun, verb or fragment."""
    if len(re.findall(r"[\u4e00-\u9fff]", name)) < 2 or name in _BARE_WORDS or _HOW_AND_VERB.fullmatch(name):
        return False  # 重点抓好10个方面的工作: verbs alone name nothing
    return not _PRONOUN_OR_FRAGMENT.search(name)
