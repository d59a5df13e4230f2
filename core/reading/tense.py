"""The time and mood of a sentence: markers of the past and of the future, counted.

Time decides (GUIDELINES.md).  Where no part says whether a sentence reviews
or plans, the rules weigh the markers of each in the sentence itself
(``time_weights``): an order or an obligation speaks of what is to be done,
a verb in the perfect or a past stretch of time of what was done.
"""

from __future__ import annotations

import re

# Done already, in the perfect: "…都已经获得了决定性的胜利。" (a plan part that reports this year's progress).
ALREADY_DONE = re.compile(r"已经[^。，,；;]{0,30}(?<![为除不])了(?![解不的])")
# The perfect "了" ("为了", "除了", "了解" are none, nor what cannot be done: "是任何反动势力所阻挡不了的" (1964), nor
# 了 before 的, which describes a thing: "被推翻了的地主、资产阶级…，在相当长的时期里还是强大而有力量的" (1964)).
PERFECT = re.compile(r"(?<![为除不])了(?![解不的])")
# "需要" ending a clause or after "的" is the noun, what is needed: "保证了人民吃穿的基本需要。"
OBLIGATION = re.compile(r"必须|应当|应该|(?<!的)需要(?![，,。；;！!？?、])")

# Any sign of the future, found rather than counted: a perfect beside one of them is no mere result.
FUTURE_MARKERS = re.compile(r"将|要|力争|确保|争取|计划|预期|左右|以上|加快|推进|实施")

# Finer time markers for parts of unknown kind, counted rather than merely found.
# "要" in 重要, 主要, 要求, 要素 and "了" in 为了, 除了, 了解 are no time markers; nor is "今年" before a month, a
# date the report may already look back on ("今年一月一日，…宣告了…" in a report given in June), nor "今年初"
# ("今年初，…召开民族工作会议，…" (1992)).
_FUTURE_WORDS = re.compile(
    r"将|(?<![重主必只首纲紧需简摘提概扼])要(?![求素务点害领旨略塞冲道])|(?<!的)需要(?![，,。；;！!？?、])|必须|应该|应当|准备"
    r"|今年(?![一二三四五六七八九十\d０-９]{1,3}月|初)|本年|力争|确保|争取|(?<![胀费场])预期(?![转减寿])|左右|(?<![的了])努力|坚决"
    r"|不得|不许|严禁|拟|决不|绝不|不允许|不能放松|逐步|今后|从今年起|愿意|尽早|尽快|着手|一定|本世纪内"
    # A clause that opens on a demand made, no subject before it: "为了实现国家预算，要求工业、交通运输企业进一步提高
    # 劳动生产率，…" (1964).  Not what a programme requires ("全国农业发展纲要要求：…").
    r"|(?:^|(?<=[，,]))要求(?!的)"
)
_PAST_WORDS = re.compile(
    r"(?<![为除不])了(?![解不的])(?![，,][^，,。；;]{0,6}就)|去年|上年|前几年|这几年|近几年|几年来|以来|过去|已(?!经?着手)经?|(?<![将要能会为以])(?<!为了)(?:得到|取得|获得|超过|完成|实现|达到)|比上年|同比|增长(?=\d)|新增|累计"
)
# A task stated as an order: "继续抓好粮食生产…", "适当提高银行存款利率…".
_IMPERATIVE_START = re.compile(
    r"^(?:(?:第[一二三四五六七八九十]+|[一二三四五六七八九十]+是)[、，,])?"
    r"(?:继续|进一步|大力|积极|认真|切实|适当|严格|坚决|努力|加快|加强|抓好|发展|实行|推行|建立|健全|完善|改革|提高|扩大"
    r"|控制|压缩|鼓励|支持|从严|稳步|逐步|推进|实施|深化|做好|搞好|组织|坚持|贯彻|集中|保证|保持|放手)"
)


# A decision taken on what is to be done: "国家已决定采取预售办法" (1985) speaks of the measure ahead.
_DECIDED = re.compile(r"已(?:经)?决定(?!了)")

# "要" in a comparison says how things compare, not what is to be done: "比一九五七年要高得多",
# "比苏联…还要大。", "当然要低些", "要好得多", "要快一些".
_COMPARED_WITH = re.compile(
    r"比(?!例|重|较|如|赛|方)[^，,；;。：:！!？?]{1,25}?(?:还|都|也|更|总|就)?(要)(?![求素务点])"
    r"(?=[^，,；;。：:！!？?、]{0,5}?(?:得多|一些|些|一点|多了|倍|[，,；;。、！!？?]|$))"
)
_COMPARATIVE = re.compile(
    r"(要)(?:好|快|慢|高|低|大|小|多|少|强|弱|早|晚|长|短|广泛|严重|复杂|困难|容易|优越|有利|紧张)"
    r"(?:得多|一些|些|一点|多了)"
)
# "一定" marks the future only before a modal ("一定要", "一定能够", "一定会"); "一定的成绩", "一定程度",
# "一定时期" name an amount.
_CERTAIN_MODAL = re.compile(r"要|能|会|可以|把|使|将|不|得|坚持|做到")
# Words of manner that go with plans but tell nothing of time by themselves: "坚决地粉碎了…",
# "质量逐步提高了", "一定…" and "努力" are no future in a clause that tells of the past.
_MANNER = frozenset({"逐步", "坚决", "努力", "一定"})
_PAST_IN_CLAUSE = re.compile(
    r"(?<![为除不])了(?![解不的])(?![，,][^，,。；;]{0,6}就)|已(?!经?着手)|曾|以来|过去|去年|上年|几年来|这几年|近几年|前几年"
)
_CLAUSE_MARKS = "，,；;：:。！!？?"
# "努力" as a noun, the effort made: "经过努力…", "由于双方的共同努力", "在…的努力下".
_EFFORT_MADE = re.compile(r"(?:经过|通过|由于)[^，,；;。：:]{0,15}$")
_EFFORT_UNDER = re.compile(r"努力(?:下|中)")


# "要" after what is bound to happen, or happens as a rule, tells no task: "总有一天要导致世界大战",
# "他们总是要进行各种…破坏活动", "往往要到第二年…才能充分发挥效益".
_BOUND_TO = re.compile(r"(?:总是|总有一天|迟早|终究|往往|必然|必定|势必|注定)还?$")  # "…都是注定要失败的" (1992)


def _comparison_positions(text: str) -> set[int]:
    """Where a "要" of ``text`` compares rather than orders."""
    return {match.start(1) for pattern in (_COMPARED_WITH, _COMPARATIVE) for match in pattern.finditer(text)}


def _clause_at(text: str, position: int) -> str:
    start = max(text.rfind(mark, 0, position) for mark in _CLAUSE_MARKS) + 1
    ends = [found for found in (text.find(mark, position) for mark in _CLAUSE_MARKS) if found >= 0]
    return text[start : min(ends, default=len(text))]


def _future_words(text: str) -> list[str]:
    """The future markers of ``text`` in order, without those that only seem to mark the future."""
    compared = _comparison_positions(text) if "要" in text else set()
    found = []
    for match in _FUTURE_WORDS.finditer(text):
        word, start, end = match.group(0), match.start(), match.end()
        if word == "要" and (start in compared or _BOUND_TO.search(text, 0, start)):
            continue
        if word == "一定" and not _CERTAIN_MODAL.match(text, end):
            continue
        if word == "努力" and (_EFFORT_MADE.search(text, 0, start) or _EFFORT_UNDER.match(text, start)):
            continue
        if word in _MANNER and _PAST_IN_CLAUSE.search(_clause_at(text, start)):
            continue
        found.append(word)
    only_manner = found and all(word in _MANNER for word in found)
    if only_manner and _PAST_IN_CLAUSE.search(text) and not _IMPERATIVE_START.match(text):
        # Only words of manner against a past marker: they tell how it went ("最近几年，城乡人民生活都逐步有所改善。",
        # "我们的这一重大努力，受到了…欢迎").
        return []
    return found


def names_a_time(text: str) -> bool:
    """Whether ``text`` holds a word of the future or of the past (了, 已, 去年…), verbs of an order or a result
    ("加快…", "实现…") not counted: they open a task only as the main verb, not when the action is the subject."""
    return bool(_future_words(text)) or bool(_PAST_IN_CLAUSE.search(text))


def marks_future(text: str) -> bool:
    """Whether ``text`` holds any sign of the future (``FUTURE_MARKERS``), "要" in a comparison not counted."""
    return any(match.group(0) != "要" or match.start() not in _comparison_positions(text)
               for match in FUTURE_MARKERS.finditer(text))


def future_marker(text: str) -> str:
    """The last future marker of ``text`` (the later half of a mixed sentence), or its opening words."""
    found = _future_words(text)
    return found[-1] if found else text[:6]


def time_weights(text: str) -> tuple[int, int]:
    """(future, past): how many different future and past markers ``text`` holds.

    An order counts as future, and so does a decision taken (已决定…), whose 已 is then no past marker.
    """
    decided = bool(_DECIDED.search(text))
    if decided:
        text = _DECIDED.sub("决定", text)
    future = len(set(_future_words(text))) + decided
    past = len(set(_PAST_WORDS.findall(text)))
    if _IMPERATIVE_START.match(text) and "了" not in text:
        future += 1
    return future, past


_CLAUSES = re.compile(r"[^，,；;：:。！!？?]+")
_OBLIGED_START = re.compile(
    r"^(?:并且|而且|并|而|也|还|就|则|更)?(?:必须|应该|应当|一定要|要(?![求素务点害领旨略塞冲道]))"
)


def turns_to_obligation(text: str) -> bool:
    """A clause after the first opens on what must be done: "…已经取得很成功的经验，应该迅速在全国推广。" (1979).

    A mixed sentence takes the later period (GUIDELINES.md), whatever results the clauses before report.
    """
    clauses = [clause.group(0).strip() for clause in _CLAUSES.finditer(text)]
    return any(_obliged(clause) for clause in clauses[1:])


def _obliged(clause: str) -> bool:
    """The clause opens on a duty, not on a comparison ("…，要好得多")."""
    opening = _OBLIGED_START.match(clause)
    if opening is None:
        return False
    return not opening.group(0).endswith("要") or opening.end() - 1 not in _comparison_positions(clause)
