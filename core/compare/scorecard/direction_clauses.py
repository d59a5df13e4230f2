"""Direction targets a plan sets beside a figure, in the same sentence.

``今年二氧化硫、氮氧化物排放量要下降3%，重点地区细颗粒物（PM2.5）浓度继续下降`` sets the
fall of two emissions with a figure and the fall of a concentration without one.
The clause without a figure is a target of its own: a subject and the way it
is to move (``继续下降``, ``明显提高``).

Its result is the review clause that names most of the subject and says which
way it moved: with a figure (``74个重点城市细颗粒物（PM2.5）年均浓度下降9.1%``) the
figure shows the direction (``met``, or ``not_met`` when it moved the other
way); in words only (``细颗粒物（PM2.5）浓度继续下降``) the review states it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.compare.figures.indicator_matching import direction
from core.compare.figures.number_forms import read_numbers
from core.compare.scorecard.horizons import HORIZON_YEAR
from core.compare.scorecard.results.result_words import Review, statement_verdict
from core.compare.scorecard.score_rows import Figure, ScoreRow, in_words
from core.compare.scorecard.verdicts import MET, NO_RESULT, NOT_MET, STATED, Verdict
from core.compare.topics import fold_width
from core.reading.model import Sentence

# What a clause says in brackets (细颗粒物（PM2.5）浓度): a note on the name, and no figure.
ASIDE = re.compile(r"[（(][^（）()]*[）)]")
_CLAUSE = re.compile(r"[^,，;；。]+")
_HEDGES = re.compile(r"^(?:今年|全年|同时|并|要|力争|确保|努力)+")
# 重点地区细颗粒物浓度继续下降: the subject, how, and which way
_DIRECTION = re.compile(r"^(?P<subject>[\u4e00-\u9fff]{4,16}?)(?:要|将)?(?:继续|明显|进一步|持续|稳步|有所)?"
                        r"(?P<way>下降|减少|降低|提高|增长|增加|上升)$")
# 以后逐步提高, 今后还要进一步减少: a later step; 补助标准也进一步提高: the figure target before it, said again;
# 由于工资提高: a cause; 控制人口的增长: a measure on a growth, not a growth
_NOT_A_SUBJECT = re.compile(r"^(?:以后|今后|此后|逐步|将来|由于|因为|如果|随着)|也|还|逐步|控制|的$")
_WAYS = re.compile(r"下降|减少|降低|提高|增长|增加|上升")
_FIGURE = re.compile(r"(?P<way>下降|减少|降低|提高|增长|增加|上升)了?(?P<value>\d+(?:\.\d+)?)%")
SUBJECT_SHARE = 0.5  # share of the subject's character pairs a review clause must repeat
_SHORT = 2  # a subject this short must be named as a word of its own, not inside a longer one
# What may follow a short subject named for itself: its output, then the way it moved (农业总产值增长百分之五).
_SHORT_TAIL = (r"(?:总产值|产值|总产量|产量|生产|增加值)?"
               r"(?:比|也|都|继续|又|增长|增加|提高|下降|减少|降低|上升|[^\u4e00-\u9fff]|$)")


def _plain(text: str) -> str:
    """``text`` without line breaks and brackets, width-folded: 细颗粒物（PM\\n2.5\\n）浓度 is 细颗粒物浓度."""
    return ASIDE.sub("", fold_width(text.replace("\n", "")))


def _pairs(text: str) -> set[str]:
    return {text[index : index + 2] for index in range(len(text) - 1)}


def direction_rows(sentences: Sequence[Sentence], listed: set[tuple[str, str]], review: Review) -> list[ScoreRow]:
    """A row for each direction clause of ``sentences`` (plan sentences holding one-year figure targets)."""
    rows: list[ScoreRow] = []
    for sentence in sentences:
        for match in _CLAUSE.finditer(sentence.text):
            clause = match.group().strip()
            if any(sentence_id == sentence.id and (clause in quote or quote in clause)
                   for sentence_id, quote in listed):
                continue
            plain = _HEDGES.sub("", _plain(clause))
            found = _DIRECTION.match(plain)
            if found is None or re.search(r"\d", plain) or _NOT_A_SUBJECT.search(found["subject"]):
                continue
            rows.append(direction_row(found["subject"], found["way"], sentence, clause, review))
    return rows


def direction_row(subject: str, way: str, sentence: Sentence, clause: str, review: Review) -> ScoreRow:
    """The row of the direction ``way`` a clause of ``sentence`` sets for ``subject``, with the review clause that
    names most of the subject and says which way it moved."""
    target = Figure(sentence, None, clause)
    wanted = _pairs(subject)
    best: tuple[float, Sentence, str] | None = None
    for result in review.sentences:
        for part in _CLAUSE.finditer(_plain(result.text)):
            words = part.group()
            if not _WAYS.search(words):
                continue
            if len(subject) <= _SHORT and not re.search(rf"(?<!工){re.escape(subject)}{_SHORT_TAIL}", words):
                continue  # 农业 is not named in 工农业总产值, nor measured by 农业贷款
            share = sum(pair in words for pair in wanted) / len(wanted)
            if share >= SUBJECT_SHARE and (best is None or share > best[0]):
                best = (share, result, words)
    name = subject + way
    if best is None:
        return ScoreRow(name, HORIZON_YEAR, target, None, NO_RESULT, "the later report does not speak of it")
    _, result, words = best
    verdict = _verdict(way, words)
    return ScoreRow(name, HORIZON_YEAR, target, in_words(result, name, verdict.reason), verdict.verdict, verdict.reason)


def _verdict(way: str, words: str) -> Verdict:
    """A figure shows the direction; words state it, unless they say the target was met or missed."""
    figure = _FIGURE.search(read_numbers(words)[0])  # 增长了百分之十二: 增长了12%
    if figure is not None:
        moved = direction(figure["way"]) * direction(way)
        return Verdict(MET if moved > 0 else NOT_MET, f"a direction: {figure.group()}")
    return statement_verdict(words) or Verdict(STATED, "no figure decides; the later report states it in words")
