"""Figures of a plan part that state facts, not targets: what was done, and how a standing rule works.

A plan part often explains the year's work by what came before it
(``两年来通过财政向银行发行2100亿元长期国债，带动4200多亿元银行贷款``,
``国家先后在58个城市进行了…试点，…今年试点城市扩大到110个``) or lists what is
built already (``已建成的主要有：加固…堤防近6100公里；…``).  The figures of
such a run of clauses are no targets; the run ends at the first clause that
looks ahead (今年, 要, 力争 …).  Names that are a whole clause
(``国家决定首先集中力量抓好``, ``增长速度并不容易``) name no indicator.  The parts a count
of works is broken into after 其中 (``…共有一千一百八十五个，其中工业建设项目是七百一十六个，农林水利建设
项目是一百八十五个``) restate the count (``part_of_a_total``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from core.compare.indicators import Indicator
from core.reading.model import Sentence
from core.reading.sections.headings import arabic_years

# What opens an account of the past inside a plan part.
# Inside a clause 已出台的政策 describes a thing and says nothing of when; at its start 已建成的 is what is done.
# 国务院已经决定：… announces what is to be done.
# (近几年把总产量稳定在…, 在近几年内，要…: the next few years)
_PAST = re.compile(r"[两三四五六七八九十几多]年来|[一两三四五六七八九十几]年多来|^\s*一年来|这几年"
                   r"|近几年(?!把|要|将|内)|近年来|先后"
                   r"|^已(?!经?决定)|已(?!经?决定)(?:经)?(?![\u4e00-\u9fff]{1,4}的)"
                   r"|(?<!再)连续[两三四五六七八九十\d]+年"  # 在连续两年增长13%的基础上: the years behind
                   # 工业总产值比一九五二年增长了…: done (在去年增长了8%的基础上: the base of what is wanted)
                   r"|(?:增长|增加|提高|完成|达到|超过|下降|降低|减少)了(?![^,，;；]*的基础上)"
                   # what was done (制订了…三十条措施), and what came of it (结果炼铁焦比由…降到…)
                   r"|(?:制订|制定|采取|建立|取得|出现)了|^\s*结果"
                   # 大庆原油产量在十七年间平均每年增长百分之二十八: over ten years, a record (no plan runs so long)
                   r"|(?<!今后)(?<!未来)在(?:十[一二三四五六七八九]|[二三四五六七八九]十[一二三四五六七八九]?)年(?:间|中|里)"
                   # 两年中投入生产的…, 两年铁路的货物周转量增长…: a clause that opens on a count of years, with no
                   # 今后 or 内 to put them ahead, names the years gone by (the first two years of a plan)
                   r"|^\s*(?:在)?(?:过去的?|头|前|这)?[两三四]年(?:中|里|间|实际|(?=[\u4e00-\u9fff]{2}))(?!内|以内|之内|后|以后|左右|时间|多)")
# What looks ahead again: the year, a will, a hedge (主要 and 重要 are no 要).
_AHEAD = re.compile(r"今年|明年|本年|年内|(?<![主重纲概])要|将|力争|争取|确保|预期|预计|计划|拟")
_CLAUSE = re.compile(r"[,，;；:：。]")
# Words of a clause, not of an indicator's name: an order of steps, a means, a judgement, a standing rule,
# where a share comes from (国家财政收入的60%以上来自国有企业).
_CLAUSE_WORDS = re.compile(r"首先|先后|^(?:通过|经过)|并不|不容易|坚持实行|各负担|来自")  # 通过…, 经过…: a means


def recounts_the_past(text: str, position: int) -> bool:
    """Whether the figure at ``position`` of sentence ``text`` stands in a run of clauses about the past.

    A clause that names the past (两年来, 先后, 已) and does not look ahead starts the run; it holds
    over the clauses after it until one looks ahead (今年, 要, 力争 …).
    """
    return _holds_at(text, position, on=_PAST, off=_AHEAD, off_wins=True)


# A span of years named by both ends (从一九七四年到一九七六年, 从一九五三年到一九八○年的二十八年中).
# (由一九七八年的百分之三十七点二下降到一九八二年的百分之二十五点五: two dated levels)
# (在一九七一年到一九八○年的十年间: the same, said with 在)
# (一九七一年到一九七八年的人口自然增长率，四川省由…降到…: the span opening its clause)
_SPAN = re.compile(r"(?:[从由在]|^\s*)(\d{4})年(?:的[^,，;；。:：]{1,20}?)?(?:到|至)(?P<end>\d{4})年")


def in_a_past_span(text: str, position: int, year: int) -> bool:
    """Whether the figure ending at ``position`` of ``text`` stands in clauses about a span of years that ended
    before ``year`` (the year planned), with no clause between, its own included, that looks ahead
    (…，六五计划期间要求每年递增百分之四到五)."""
    clauses = _CLAUSE.split(arabic_years(text[:position]))
    for clause in reversed(clauses):
        span = _SPAN.search(clause)
        if span:
            return int(span["end"]) < year
        if _AHEAD.search(clause):
            return False
    return False


# How the year has gone so far, in a plan given mid-year (据国家统计局初步统计，…１——５月份…计划完成１０２．６％,
# 比上年同期增长３３．３％): the months behind; a clause that wills something (上半年要完成…) looks ahead.
# Part of the year (１——５月份, １至９月, 上半年, 前三季度): a figure of it is no figure of the whole year.
PART_OF_YEAR = re.compile(r"\d{1,2}\s*(?:[—-]+|至|到|~)\s*\d{1,2}\s*月|上半年|前?第?[一二三四]季度"
                          r"|前[两二三四五六七八九十]个月")
_MONTHS_BEHIND = re.compile(rf"据[^,，。]{{0,12}}统计|{PART_OF_YEAR.pattern}|(?:上年|去年)同期")
_WILLED = re.compile(r"(?<![主重纲概])要|将(?!近)|力争|争取|确保|拟")  # 降低将近七斤: nearly, no will
# A share of the plan done (钢材完成９５％), not willed (今年要完成80%以上的老旧小区改造任务).
_SHARE_DONE = re.compile(r"完成(?:年度?计划)?\d+(?:\.\d+)?\s*%")


def said_of_the_months_behind(text: str, position: int) -> bool:
    """Whether the figure ending at ``position`` of ``text`` (width folded) tells how the year has
    gone so far: a share of the plan done in its clause, or the months behind named in it or a clause before,
    with no clause between that wills something."""
    clauses = _CLAUSE.split(text[:position])
    if _SHARE_DONE.search(clauses[-1]) and not _WILLED.search(clauses[-1]):
        return True
    for clause in reversed(clauses):
        if _WILLED.search(clause):
            return False
        if _MONTHS_BEHIND.search(clause):
            return True
    return False


def _holds_at(text: str, position: int, *, on: re.Pattern[str], off: re.Pattern[str], off_wins: bool) -> bool:
    """Whether a state that a clause matching ``on`` starts and one matching ``off`` ends holds at ``position``
    (``off_wins``: a clause matching both ends it)."""
    stops, states = _states(text, on, off, off_wins)
    at = bisect_left(stops, position)  # the first clause that ends at or after ``position``
    return states[min(at, len(states) - 1)]


@lru_cache(maxsize=4096)
def _states(
    text: str, on: re.Pattern[str], off: re.Pattern[str], off_wins: bool
) -> tuple[tuple[int, ...], tuple[bool, ...]]:
    """Where each clause of ``text`` ends and whether the state holds after it, read once per sentence (the goals
    of a plan ask it of every clause)."""
    stops: list[int] = []
    states: list[bool] = []
    state, start = False, 0
    for stop in _CLAUSE.finditer(text + "。"):
        clause = text[start : stop.start()].strip()
        ends, begins = bool(off.search(clause)), bool(on.search(clause))
        if ends and (off_wins or not begins):
            state = False
        elif begins:
            state = True
        stops.append(stop.start())
        states.append(state)
        start = stop.end()
    return tuple(stops), tuple(states)


# A condition and what follows from it (如果…一味追求提前翻番…，就会…; 只要…保持8%至9%的增长率，就是了不起的成绩):
# what might be, said to warn or to encourage, and no goal; the condition runs to the clause of its consequence.
# 如果没有特大的灾荒，粮食产量将要达到…: barring disasters is a hedge on a target, not a condition.
# (美苏即使削减了50%的战略核武器，它们…仍然…: a concession, 即使, no goal either)
# (实现了这个目标，我国国民生产总值将比1980年增长1.7倍: what reaching a goal named before gives)
_IF = re.compile(r"(?:如果|假如|倘若)(?!没有[^,，;；]{0,8}灾)|只要|一旦|即使|即便|纵然"
                 r"|^\s*(?:实现|完成|达到)了(?:这个|这些|这一|上述|以上)(?:目标|任务|要求)")
# (即使遇到严重自然灾害，也要确保粮食产量稳定在…: what a concession still wills)
_THEN = re.compile(r"^(?:就|那么|便|则)|^[^,，;；]{0,12}?(?:也|仍然?|还)(?:要|将|能|必须|一定)"
                   r"|^[^,，;；]{0,6}(?:就|便)(?:会|能|是|可以|要)")


# What should not be aimed at (它们不应当把主要注意力放在工业产值的翻番上): no goal, whatever it names.
_WARNING = re.compile(r"不应当?|不要|不宜|切忌|防止|避免|不能(?!超过|突破|低于|高于)")


def warns_against(clause: str) -> bool:
    """Whether ``clause`` says what should not be aimed at (不应当…翻番, 防止…)."""
    return bool(_WARNING.search(clause))


def in_a_condition(text: str, position: int) -> bool:
    """Whether the figure or clause at ``position`` of sentence ``text`` stands in a condition (如果…, 只要…)."""
    return _holds_at(text, position, on=_IF, off=_THEN, off_wins=False)


# 如果从两年收入数额中扣除国外借款…，则本年收入实际增长15.83%，本年支出实际增长22.77%: what a reckoning on a
# condition gives runs from its 则 over the clauses after it, until one wills something.
_WORKED_OUT = re.compile(r"^\s*则")


def worked_out_on_a_condition(text: str, position: int) -> bool:
    """Whether the figure at ``position`` of ``text`` is in what a reckoning on a condition (如果…，则…) gives."""
    return bool(_IF.search(text, 0, position)) and _holds_at(text, position, on=_WORKED_OUT, off=_WILLED,
                                                             off_wins=True)


# 多种五十万亩烟叶，就能增产五十万箱纸烟: a figure whose clause the next one answers with 就能 is a condition put
# without 如果, said to show what a measure would bring, and no goal.
_ANSWERED = re.compile(r"^[^,，;；。:：]{0,12}[,，]\s*(?:就|便|则)(?:能够?|可以?|会)")


def answered_as_a_condition(text: str, position: int) -> bool:
    """Whether the figure ending at ``position`` of ``text`` is in a clause the next answers with 就能, 便可 …"""
    return bool(_ANSWERED.match(text[position:]))


# X是…N个…之一 (藏族是中国56个民族大家庭的一员): what a thing is, a member of a whole counted by the figure.
_MEMBER = re.compile(r"是[^,，;；。]*?\d[^,，;；。]*?(?:之一|的一员|的一部分)")


def names_a_member(text: str, position: int) -> bool:
    """Whether the figure at ``position`` of ``text`` counts the whole that a thing is said to belong to."""
    return any(match.start() < position < match.end() for match in _MEMBER.finditer(text))


def clause_for_a_name(name: str) -> bool:
    """Whether ``name`` is a clause (``国家决定首先集中力量抓好``) rather than the name of an indicator."""
    return bool(_CLAUSE_WORDS.search(name))


# A number as the reports write it, in digits or in Chinese numerals (一千一百八十五, ２４).
NUMBER = r"[\d零〇○一二三四五六七八九十百千万亿两.]+"
# The units works are counted in: a budget's parts (赤字…，其中中央财政赤字8500亿元) are targets of their own.
_COUNTS_OF_WORKS = frozenset(("个", "项", "座", "所", "处", "家", "条"))


def part_of_a_total(sentence: Sentence, indicator: Indicator, sentences: list[Sentence]) -> bool:
    """Whether ``indicator`` counts a part of a count of works said before it (…建设项目共有一千一百八十五个，其中工业
    建设项目是七百一十六个; 电站有一百个，其中火力电站是七十六个): after 其中, with a count in the same unit before
    其中 in its sentence, or in the sentence before when its own opens on 其中."""
    if indicator.unit not in _COUNTS_OF_WORKS:
        return False
    head = sentence.text[: indicator.start - sentence.start]
    split = head.rfind("其中")
    if split < 0:
        return False
    before = head[:split]
    if not before.strip(" \u3000,，"):
        position = next((index for index, other in enumerate(sentences) if other.id == sentence.id), 0)
        before = sentences[position - 1].text if position else ""
    parts = re.findall(NUMBER + re.escape(indicator.unit), sentence.text[sentence.text.find("其中", split) :])
    # (今年支持建设重大项目5000个，其中新开工项目1000个: one part named is a target of its own; a breakdown names
    # two or more)
    return len(parts) >= 2 and re.search(NUMBER + re.escape(indicator.unit), before) is not None
