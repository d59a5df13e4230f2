"""Goals for the end of a plan period stated in words, and the review that says whether they were reached.

Reports that set their goals in passing (``core.compare.scorecard.macro_goals``) state
the goals of a programme of several years the same way:
``实现国有企业改革和脱困三年目标``, ``如期实现基本普及九年义务教育和基本扫除青壮年文盲工作的目标``,
``在大多数国有大中型骨干企业初步建立现代企业制度``, ``要按期完成三年内裁减军队员额五十万的任务``.
A clause that names a goal or task to reach (实现…目标, 完成…任务) or an end
state (初步建立, 基本普及, 摆脱困境 …) in a plan-period sentence is a goal; one
clause that joins two end states under one adverb (基本普及…和基本扫除…) sets two, and
one that spells out the goal before it in its sentence (…三年目标，使大多数…摆脱困境)
shares its result.

Its result is the review sentence that repeats most of its words: ``三年目标基本实现``
says it was reached (``met``); a sentence of the review of the whole period that
speaks of it without saying so is ``stated``; a one-year sentence that only reports
progress is no result, since the period is not over.

Goals of any report that name a full end state instead of a figure (城乡宽带网络全覆盖,
贫困县全部摘帽, 翻两番) have rows of their own too (``end_state_rows``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.compare.scorecard.clauses import CLAUSE_BREAK
from core.compare.scorecard.horizons import HORIZON_FIVE_YEAR, HORIZON_PLAN_PERIOD, period_end
from core.compare.scorecard.plan_facts import in_a_condition, warns_against
from core.compare.scorecard.results.result_words import (
    WORDS_FOR_A_FIGURE,
    Review,
    qualitative_result,
    statement_result,
    words_verdict,
)
from core.compare.scorecard.score_rows import Figure, ScoreRow, in_words
from core.compare.scorecard.verdicts import MET, NO_RESULT, STATED
from core.compare.topics import fold_width
from core.reading.model import KIND_PLAN, KIND_REVIEW, Report, Sentence

_CLAUSE = re.compile(r"[^,，;；。]+")
# A goal or task to reach, or an end state.
_GOAL = re.compile(r"(?:实现|完成)[^,，;；。]{2,40}?(?:目标|任务)$")
# The end states of the plans of the 1970s and 1980s: 基本实现机车的电气化, 基本建成…经济体系, 进入世界前列,
# 达到或者超过世界先进水平, 财政经济状况的根本好转, 把现有企业整顿一遍, 建设成为…现代化的…强国.
_END_STATE = re.compile(r"初步建立|基本建立|初步形成|基本形成|基本普及|基本扫除|摆脱困境"
                        r"|基本实现|基本建成|世界前列|世界先进水平|根本好转|整顿一遍|建设成为[^,，;；。]{2,40}强国"
                        r"|赶上(?:和|或者?)超过|达到小康")  # 人民生活达到小康水平 (1981, 1986, 1988)
# Two end states under one adverb: 基本普及九年义务教育和基本扫除青壮年文盲.
_TWO_STATES = re.compile(r"(?P<first>基本[^,，;；。和]{2,20})和(?P<second>基本[^,，;；。和]{2,20})")
# Words of a goal that say how, not what (如期, 全面, 既定的): left out when its words are compared.
_MANNER = re.compile(r"如期|按期|全面|努力|力争|要|使|在|既定的|计划|工作|的|实现|完成|目标|任务")
# A goal that names nothing but points to one named before or after it (这项任务, 各项任务, 上述宏伟任务).
# (多快好省地完成建设任务: the work of the plan, no task named either)
# (实现以下的十项主要任务: it points to the list after it)
_NAMELESS = re.compile(r"(?:实现|完成)(?:这|那|各|上述|此|该|其|以上|以下的?|下列|如下)[^,，;；。]{0,6}?(?:任务|目标)$"
                       r"|(?:^|地)完成(?:建设|生产)?任务$")
# A task told as done (完成了许多艰巨复杂的工作任务, 每年都超额完成了生产任务), only as a condition
# (只有…都完成生产任务), as a purpose (来实现…任务), as everyone's duty (完成自己所担负的任务) or as proof
# (…证明): no goal of the plan.
_NO_GOAL = re.compile(r"完成了|实现了|已经|只有|证明|来实现|以实现|所(?:应当)?担负|自己"
                      # what follows from a condition (这才能够赶超世界先进水平), a call (为…而努力奋斗), what a
                      # thing is (是…的基础一环), a circumstance (在…的情况下进行), a choice (是…还是…) or what a
                      # measure serves (必须有利于完成…各项任务)
                      r"|才能|才可能|而(?:努力)?奋斗|^是(?!要)|还是|的情况下|有利于")
# A reform of the whole system or its deepening (初步建立社会主义市场经济体制, 完成今后五年深化改革的任务): a reform
# task with no outcome a review could measure (现代企业制度 in most large state enterprises, 各级政府机构改革 in
# three years are outcomes).
_REFORM = re.compile(r"经济体制|深化[^,，;；。]{0,6}改革")
# Words a goal clause opens on that say how hard, not what (努力, 力争, 确保 …).
# (…的主要任务，是要争取…根本好转: what the task is; 要求 is no 要)
GOAL_HEDGE = re.compile(r"^(?:就?是)?(?:要(?![求点素]))?(?:努力|力争|确保|争取|实现|保持|推动|促进|使)*")
PERIOD_NOT_OVER = "a goal for the end of a plan period not over by the later report"
# A sentence that opens on now tells how things stand (现在，…法律体系初步形成), no goal.
# (当前，我们要争取在今后五年内…: a will, a goal)
_AS_THINGS_ARE_NOW = re.compile(r"\s*(?:现在|目前|当前|如今)[,，](?!.*(?:要|将|争取|力争|必须|确保))")
# A goal someone set before, recalled (周总理…都提出了…宏伟设想，要求在本世纪内…).
_RECALLED = re.compile(r"提出了|曾经?提出|提出过")
# A consequence the sentence draws (到那个时候，我们就可以…): what becomes possible, not a goal set.
_THEN_CAN = re.compile(r"就(?:可以|能够?)")
# The clause after a goal that says what it hangs on (…建设任务，关键在于继续进行…改革): the goal is the topic.
_KEY_TO_IT = re.compile(r"[,，]\s*(?:关键在于|关键是|重要的是|根本在于)")
_STATE_WORD = 4  # characters of an end state that say which it is (根本好转, 建设成为…强国: 建设成为)
REVIEW_SHARE = 0.5  # share of a goal's words (character pairs) a review sentence must repeat to speak of it
# A review's words for a goal reached: 三年目标基本实现, 目标初步实现, 任务如期完成.
REACHED_WORDS = re.compile(r"(?:基本|初步|如期|全面|提前)实现|(?:如期|顺利|全面|超额|提前)完成")


def words_share(words: str, text: str) -> float:
    """The share of the character pairs of ``words`` that ``text`` holds."""
    pairs = {words[index : index + 2] for index in range(len(words) - 1)}
    return sum(pair in text for pair in pairs) / len(pairs) if pairs else 0.0


def period_goal_rows(old: Report, new: Report, listed: set[tuple[str, str]],
                     horizons: tuple[dict[str, str], dict[str, str]]) -> list[ScoreRow]:
    """Rows for the plan-period goals in words of ``old``'s plan part, with what ``new``'s review says of them
    (``horizons``: the sentence horizons of ``old`` and ``new``)."""
    old_horizons, new_horizons = horizons
    review_parts = {section.id for section in new.sections if section.kind == KIND_REVIEW}
    review = [sentence for sentence in new.sentences if sentence.section in review_parts]
    rows: list[ScoreRow] = []
    before: tuple[str, Sentence | None] = ("", None)  # the sentence of the goal before, and its result
    for sentence, clause, goal in _period_goals(old, old_horizons, listed):
        found = _review_sentence(goal, review, new_horizons)
        if found is None and before[0] == sentence.id:
            found = before[1]  # 实现…三年目标，使大多数…企业摆脱困境: what the goal before it means
        before = (sentence.id, found)
        if found is None:
            rows.append(ScoreRow(goal, HORIZON_PLAN_PERIOD, Figure(sentence, None, clause), None, NO_RESULT,
                                 "a goal for the end of a plan period; the later report does not say it was reached"))
            continue
        reached = REACHED_WORDS.search(fold_width(found.text))
        end = period_end(sentence, old.year)
        if not reached and end is not None and new.year is not None and end > new.year - 1:
            # 1981→1982: 第六个五年计划的主要任务，是要争取…根本好转 against 为争取实现…根本好转而作出更大的努力,
            # a review of two years of five that still strives for it
            rows.append(ScoreRow(goal, HORIZON_PLAN_PERIOD, Figure(sentence, None, clause), None, NO_RESULT,
                                 PERIOD_NOT_OVER))
            continue
        verdict, reason = ((MET, f"the report says so: “{reached.group()}”") if reached else
                           (STATED, "the review of the period speaks of it without saying it was reached"))
        rows.append(ScoreRow(goal, HORIZON_PLAN_PERIOD, Figure(sentence, None, clause),
                             in_words(found, goal, reason), verdict, reason))
    return rows


def _sets_goals_of_the_period(sentence: Sentence, plan: set[str], horizons: dict[str, str]) -> bool:
    """Whether ``sentence`` may set goals of the plan's period: in a plan part, of the period's horizon, and not
    telling how things stand now (现在，我国以宪法为基础的社会主义法律体系初步形成)."""
    return (sentence.section in plan and horizons.get(sentence.id) == HORIZON_PLAN_PERIOD
            and not _AS_THINGS_ARE_NOW.match(sentence.text))


def _period_goals(report: Report, horizons: dict[str, str],
                  listed: set[tuple[str, str]]) -> list[tuple[Sentence, str, str]]:
    """(sentence, clause as written, goal) for each plan-period goal in words of the plan part."""
    plan = {section.id for section in report.sections if section.kind == KIND_PLAN}
    quotes = _quotes_by_sentence(listed)
    goals: list[tuple[Sentence, str, str]] = []
    states: set[str] = set()  # the end states named so far, with what reaches them (风气根本好转)
    for sentence in report.sentences:
        if not _sets_goals_of_the_period(sentence, plan, horizons):
            continue
        for match in _CLAUSE.finditer(sentence.text):
            clause = match.group().strip()
            text = fold_width(clause)
            if re.search(r"\d", text) or _listed(clause, quotes.get(sentence.id, ())):
                continue
            if not (_GOAL.search(text) or _END_STATE.search(text)) or in_a_condition(sentence.text, match.start()):
                continue
            if _NAMELESS.search(text) or _REFORM.search(text) or warns_against(text) or _NO_GOAL.search(text):
                continue  # 完成这项任务, 积极完成各项任务: the goal is named elsewhere
            if _RECALLED.search(sentence.text, 0, match.start()):
                continue  # 周总理…提出了发展国民经济的宏伟设想，要求…: a goal set before, recalled
            if _THEN_CAN.search(sentence.text, 0, match.start()):
                continue  # 到那个时候，我们就可以…，更有把握地全面实现…伟大目标: what then becomes possible
            if _KEY_TO_IT.match(sentence.text, match.end()):
                continue  # 圆满实现“七五”期间的建设任务，关键在于…: the goal is the topic of what it hangs on
            state = _END_STATE.search(text.replace("的", ""))
            named = (text.replace("的", "")[max(state.start() - _SUBJECT, 0) : state.start() + _STATE_WORD]
                     if state else "")
            if named in states:
                continue  # 社会风气的根本好转 named again (在争取实现社会风气根本好转方面取得决定性的胜利): one goal
            if named:
                states.add(named)
            two = _TWO_STATES.search(text)
            parts = [two["first"], two["second"]] if two else [text]
            goals.extend((sentence, clause, GOAL_HEDGE.sub("", part) or part) for part in parts)
    return goals


def _quotes_by_sentence(listed: set[tuple[str, str]]) -> dict[str, list[str]]:
    quotes: dict[str, list[str]] = {}
    for sentence_id, quote in listed:
        quotes.setdefault(sentence_id, []).append(quote)
    return quotes


def _listed(clause: str, quotes: Sequence[str]) -> bool:
    """Whether a row of the scorecard already quotes ``clause`` (or a part of it)."""
    return any(quote in clause or clause in quote for quote in quotes)


def _review_sentence(goal: str, review: list[Sentence], horizons: dict[str, str]) -> Sentence | None:
    """The review sentence that speaks of ``goal``: one that says it was reached, or one of the period's review."""
    words = _MANNER.sub("", goal)
    best, best_share = None, REVIEW_SHARE
    for sentence in review:
        text = fold_width(sentence.text)
        if not (REACHED_WORDS.search(text) or horizons.get(sentence.id) == HORIZON_FIVE_YEAR):
            continue
        share = words_share(words, text)
        if share >= best_share:
            best, best_share = sentence, share
    return best


# End states a plan period aims at, with no figure to read (城乡宽带网络全覆盖, 贫困县全部摘帽).
_FULL_END_STATE = re.compile(r"全覆盖|全部摘帽|全部脱贫|实现脱贫|覆盖所有|所有[^,，;；。]{1,12}都能|翻一番|翻两番|翻番")


# A goal named again later in the plan (its words mostly the same) is the same goal; a clause that ends on 问题
# names a topic, not a goal (并就翻两番必须主要依靠技术改造的问题).
RESTATED = 0.5
_SUBJECT = 3  # characters before the end state that name what reaches it
_TOPIC = re.compile(r"问题$|就会落空|会落空")


def end_state_rows(old: Report, new: Report, horizons: dict[str, str], listed: set[tuple[str, str]],
                    period_review: Review) -> list[ScoreRow]:
    """Plan-period goals of the earlier report that name an end state instead of a figure, with the sentence
    of a review of that period that says so, or speaks of it."""
    plan = {section.id for section in old.sections if section.kind == KIND_PLAN}
    quotes = _quotes_by_sentence(listed)
    rows: list[ScoreRow] = []
    for sentence in old.sentences:
        if not _sets_goals_of_the_period(sentence, plan, horizons):
            continue
        for clause in CLAUSE_BREAK.split(sentence.text):
            clause = clause.strip()
            read = _listed(clause, quotes.get(sentence.id, ()))
            if (read or not _FULL_END_STATE.search(clause) or warns_against(clause) or _TOPIC.search(clause)
                    or in_a_condition(sentence.text, sentence.text.find(clause))):
                continue  # 如果…一味追求提前翻番…，就会…: a warning, no goal; …翻两番…的问题: a topic
            name = GOAL_HEDGE.sub("", clause) or clause
            result = (qualitative_result(name, period_review, WORDS_FOR_A_FIGURE)
                      or statement_result(name, period_review)) if period_judged(sentence, old, new) else None
            if result is None:
                rows.append(ScoreRow(name, HORIZON_PLAN_PERIOD, Figure(sentence, None, clause), None, NO_RESULT,
                                     "a goal for the end of a plan period; the later report does not say it was "
                                     "reached"))
                continue
            verdict = words_verdict(name, result.text, None)
            rows.append(ScoreRow(name, HORIZON_PLAN_PERIOD, Figure(sentence, None, clause),
                                 in_words(result, name, verdict.reason), verdict.verdict, verdict.reason))
    return rows


def without_restated_goals(rows: list[ScoreRow]) -> list[ScoreRow]:
    """``rows`` with one row for an end state a plan names again (到本世纪末实现工农业年总产值翻两番的宏伟目标 after
    力争实现…翻两番): the one with a result, else the earliest in the text."""
    # the end state with the words just before it: 总产值翻两番, not 贫困县全部摘帽 and 贫困村全部摘帽 as one
    goals = {id(row): (row.target.quote[max(found.start() - _SUBJECT, 0) : found.end()].replace("的", ""),
                       _MANNER.sub("", GOAL_HEDGE.sub("", row.target.quote)))
             for row in rows if row.target is not None and row.target.indicator is None
             and row.horizon == HORIZON_PLAN_PERIOD and (found := _FULL_END_STATE.search(row.target.quote))}
    first = sorted((row for row in rows if id(row) in goals),
                   key=lambda row: (row.result is None, row.target.sentence.start if row.target else 0))
    kept: list[tuple[str, str]] = []
    dropped: set[int] = set()
    for row in first:
        state, words = goals[id(row)]
        if any(state == other and words_share(words, other_words) >= RESTATED for other, other_words in kept):
            dropped.add(id(row))
        else:
            kept.append((state, words))
    return [row for row in rows if id(row) not in dropped]


def period_judged(sentence: Sentence, old: Report, new: Report) -> bool:
    """Whether the later report can have reviewed the whole period a plan-period sentence aims at: the period
    ends after the earlier report's year and by the year before the later one ("九五" goals in 1997, reviewed
    in 2001)."""
    end = period_end(sentence, old.year)
    return end is not None and old.year is not None and new.year is not None and old.year < end <= new.year - 1
