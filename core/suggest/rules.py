"""Suggested labels from rules: the part a sentence is in, and cue words.

Time decides (GUIDELINES.md): a plan part gives ``target``, a review part
``achievement`` (estimates included).  ``other`` covers the title lines,
procedure, thanks, praise, causes of success, problems, background and
lead-in lines.  The rules walk a report in order because some decisions
depend on what came before: a review part whose text turns to the next five
years (``今后五年…``) continues as ``target`` and a five-year review
(``五年来…``) as ``achievement``; and after the closing address of a review
(``各位代表！`` followed by thanks and problems) sentences are ``other`` until
a new section begins, except commitments (``我们将…``); an address followed by
the period reviewed (``各位代表！五年来，我们…``) opens one more field of the
review instead.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from core.reading import tense
from core.reading.model import KIND_OTHER, KIND_PLAN, KIND_REVIEW, KIND_SELF, Report, Section, Sentence
from core.reading.scripts import simplified_report
from core.reading.sections.situation_review import with_situation_reviewed
from core.suggest.cue_rules import (
    cues,
    foreign,
    foreign_part,
    lessons,
    mixed_time,
    periods,
    plan_comments,
    reasoning,
    retold,
    statements,
    theory,
    time_cues,
)
from core.suggest.rule_confidence import CONFIDENCE, CONFIDENCE_UNKNOWN_KIND, UNKNOWN_KIND

TARGET = "target"
ACHIEVEMENT = "achievement"
OTHER = "other"
LABELS = (TARGET, ACHIEVEMENT, OTHER)

FRONT_LINE_LENGTH = 40  # longer sentences before the first part are read, not taken for title lines
SENTENCE_ENDS = ("。", "！", "？", "!", "?")


@dataclass(frozen=True)
class Suggestion:
    """A proposed label for one sentence, how sure the rule or model is, and why."""

    label: str
    confidence: float
    reason: str
    rule: str = ""  # the rule that gave it (a key of CONFIDENCE); empty for the model's
    unknown_kind: bool = False  # the sentence is in a part of unknown kind (see CONFIDENCE_UNKNOWN_KIND)

    def to_json(self) -> dict[str, object]:
        return {"label": self.label, "confidence": round(self.confidence, 3), "reason": self.reason}


def _make(label: str, rule: str, reason: str | None = None) -> Suggestion:
    return Suggestion(label, CONFIDENCE[rule], reason or rule, rule)


def prior_confidence(suggestion: Suggestion) -> float:
    """The shipped confidence of the rule behind ``suggestion``, for the kind of part it is in."""
    if suggestion.unknown_kind and suggestion.rule in CONFIDENCE_UNKNOWN_KIND:
        return CONFIDENCE_UNKNOWN_KIND[suggestion.rule]
    return CONFIDENCE.get(suggestion.rule, suggestion.confidence)


def calibration_key(suggestion: Suggestion) -> str:
    """Under what name the confidence of ``suggestion``'s rule is measured: apart in parts of unknown kind."""
    return suggestion.rule + UNKNOWN_KIND if suggestion.unknown_kind else suggestion.rule


class _Walker:
    """Goes through a report's sentences in order, keeping what the text said so far."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.by_id: dict[str, Section] = {section.id: section for section in report.sections}
        self.seen_part = False
        self.body_started = False  # a sentence before the first part was read as body: no title lines follow
        self.seen_review_or_plan = False  # a review or plan part came before this one
        self.part_id: str | None = None
        self.part_kind = KIND_OTHER
        self.section_id: str | None = None
        self.index_in_part = 0
        self.period: str | None = None  # TARGET or ACHIEVEMENT once the text names a period
        self.closing = False  # inside the closing paragraphs of a review
        self.closing_by_address = False  # the closing was opened by a form of address, and nothing read since
        self.year = periods.planned_year(report) or report.year
        self.unknown_time: str | None = None  # in a part of unknown kind: the time the last clear sentence had
        self.abroad = False  # the sentence before told what another state or party does
        self.kind_from_title = False  # the kind was read off a heading here (its years or words), not the parser's
        self.lessons = False  # the review has turned to the lessons for the coming years (``cue_rules.lessons``)
        self.foreign_part = False  # the part is on foreign affairs or the world (``cue_rules.foreign_part``)

    def _enter(self, sentence: Sentence) -> None:
        if sentence.section == self.section_id:
            self.index_in_part += 1
            return
        self.section_id = sentence.section
        self.closing = False
        path = self.report.section_path(sentence.section)
        part = path[0] if path else None
        part_id = part.id if part else None
        if part_id != self.part_id:
            if self.part_kind in (KIND_REVIEW, KIND_PLAN):
                self.seen_review_or_plan = True
            self.part_id = part_id
            self.part_kind = part.kind if part and not part.kind_by_position else KIND_OTHER
            self.kind_from_title = False
            self.period = None
            self.unknown_time = None
            self.index_in_part = 0
            self.lessons = False
            self.foreign_part = part is not None and foreign_part.is_foreign_part(part.title)
        else:
            self.index_in_part += 1
        if part is not None and (part.kind == KIND_OTHER or part.kind_by_position):
            # The parser found no kind (or only one from where the part stands): the nearest heading that names
            # one decides ("（一）一九五七年…的胜利").
            kinds = (periods.heading_kind(section.title, self.year) for section in reversed(path))
            titled = next((kind for kind in kinds if kind is not None), None)
            if titled is not None and titled != self.part_kind:
                self.period = None
                self.unknown_time = None
            self.part_kind = titled or KIND_OTHER
            self.kind_from_title = titled is not None
        if part is not None:
            self.seen_part = True

    def effective_kind(self) -> str:
        if self.period == TARGET:
            return KIND_PLAN
        if self.period == ACHIEVEMENT and self.part_kind in (KIND_REVIEW, KIND_OTHER):
            return KIND_REVIEW
        return self.part_kind

    def step(self, sentence: Sentence) -> Suggestion:
        suggestion = self._step(sentence)
        if self.report.stated_kind(sentence) != KIND_OTHER:
            return suggestion
        marked = replace(suggestion, unknown_kind=True)
        return replace(marked, confidence=prior_confidence(marked))

    def _step(self, sentence: Sentence) -> Suggestion:
        self._enter(sentence)
        if sentence.section is None and not self.seen_part and not self.body_started:
            if cues.is_address_only(sentence.clean_text) or cues.PROCEDURE.find(sentence.clean_text):
                return _make(OTHER, "front", "procedure: opening of the report")
            if len(sentence.clean_text) <= FRONT_LINE_LENGTH or not sentence.clean_text.endswith(SENTENCE_ENDS):
                return _make(OTHER, "front", "title, meeting or speaker line")
            # A report without parts (1975): the body has begun, and its short sentences are no title lines.
            self.body_started = True
        return self._classify(sentence.clean_text)  # wrapped lines read whole

    def _classify(self, full_text: str) -> Suggestion:
        text = retold.strip_frame(cues.strip_address(full_text))
        if cues.is_address_only(full_text):
            if self.index_in_part > 0 and self.effective_kind() == KIND_REVIEW:
                self.closing = True
                self.closing_by_address = True
            return _make(OTHER, "procedure", "procedure: form of address")
        if self.closing_by_address:
            # "各位代表！五年来，我们贯彻民族区域自治法，…" (2013): the address opens one more field of the review,
            # not its closing words (thanks, causes of success and problems open those again on their own).
            self.closing_by_address = False
            self.closing = not time_cues.PERIOD_OPENING.match(text)
        found = cues.PROCEDURE.find(full_text)
        if found and not cues.GOVERNMENT_WILL.search(text):  # "…提请本次会议审议；随后，国务院将制定…" is a task
            return _make(OTHER, "procedure", f"procedure: {found}")
        if cues.TOPIC_TITLE.match(text) or cues.ABOUT_TITLE.match(text):
            return _make(OTHER, "front", "title line run into the text")
        found = retold.is_narration(full_text)
        if found:
            return _make(OTHER, "procedure", f"the speaker's topic told: {found[:12]}")
        found = retold.stance(full_text)
        if found:
            return _make(OTHER, "foreign affairs", f"statement of principle: {found[:12]}")  # the stance declared
        found = cues.THANKS.find(text)
        if found:
            self.closing = self.closing or self.effective_kind() == KIND_REVIEW
            return _make(OTHER, "thanks", f"thanks: {found}")
        found = cues.LEAD_IN.find(text)
        if found and not time_cues.GENERAL_REQUIREMENT.find(text) and not cues.COPULA_ENDING.search(text):
            return _make(OTHER, "lead-in", f"lead-in line: {found[-12:]}")
        outlook = time_cues.OUTLOOK.find(text)
        if outlook:
            self.period = TARGET
            self.closing = False
            return _make(TARGET, "outlook", f"five-year outlook: {outlook}")
        found = time_cues.GENERAL_REQUIREMENT.find(text)
        if found:
            return _make(TARGET, "general requirement", f"general requirement: {found}")
        if cues.is_short_exclamation(full_text):
            return _make(OTHER, "rhetoric", "rhetoric: short exclamation after the address")
        if cues.is_couplet(text) and not self.lessons:  # among lessons, "及时总结经验，树立务实作风。" is an order
            return _make(OTHER, "rhetoric", "rhetoric: short couplet")
        found = cues.RHETORIC.find(text)
        if found and not reasoning.duty_drawn(text):
            return _make(OTHER, "rhetoric", f"rhetoric: {found[:12]}")
        if time_cues.is_forecast(text):
            return _make(OTHER, "rhetoric", "forecast, not a task")
        if cues.CONFIDENCE.match(text):
            return _make(OTHER, "rhetoric", "rhetoric: our confidence")
        # "一九五七年是我国在各个战线上取得伟大胜利的一年。" (1958) reports the year reviewed.
        reviewed_year = self.effective_kind() == KIND_REVIEW and cues.ACHIEVED.search(text)
        if time_cues.YEAR_CHARACTER.match(text) and not reviewed_year:
            return _make(OTHER, "background", "background: what the year is")
        found = cues.SUCCESS_CAUSE.find(text)
        if found and not cues.YEAR_RESULT_FIGURE.search(text):
            self.closing = self.closing or self.effective_kind() == KIND_REVIEW
            return _make(OTHER, "success", f"praise / cause of success: {found}")
        found = cues.BACKGROUND.find(text) or cues.situation(text)
        if found and not cues.ACHIEVED.search(text) and not cues.YEAR_TARGET_FIGURE.search(text):
            # A problem named over a background ("要清醒看到我国发展面临的问题和挑战" (2019)) opens the closing
            # paragraphs of a review all the same.
            return self._strong_problem(text) or _make(OTHER, "background", f"background: {found[:12]}")
        found = cues.EXPLANATION.find(text)
        if found:
            return _make(OTHER, "explanation", f"explanation: {found[:12]}")
        found = cues.PRINCIPLE.find(text)
        if (found and not time_cues.THIS_YEAR.search(text) and not plan_comments.names_current_task(text)
                and not lessons.duty_then_ground(text) and not reasoning.result_then_ground(text)):
            return _make(OTHER, "principle", f"statement of principle: {found[-12:]}")
        told = theory.find(text) or reasoning.find(text)
        if told:
            return _make(OTHER, told.rule, told.reason)
        if (cues.is_judgement(text) and not plan_comments.restates_plan_figures(text)
                and not plan_comments.target_within_reach(text)):
            return _make(OTHER, "judgement", "judgement: …是…的")
        found = cues.ARGUMENT.find(text)
        if found:
            return _make(OTHER, "argument", f"argument: {found[:12]}")
        passing = cues.ARGUMENT_IN_PASSING.search(text)
        # "他们应当立即改变作风，…然后才有可能同群众一道解决…" (1964) is a duty, not what it may bring.
        if (passing and not cues.COMMITMENT_WITH_SUBJECT.match(text) and not tense.PERFECT.search(text)
                and not tense.OBLIGATION.search(text)):
            return _make(OTHER, "argument", f"argument: {passing.group(0)}")
        comment = plan_comments.find(text, in_review=self.effective_kind() == KIND_REVIEW)
        if comment:
            return _make(OTHER, "plan comment", comment)
        found = foreign.APPEAL.find(text)
        if found:
            return _make(OTHER, "foreign affairs", f"rhetoric: {found[:12]}")  # an appeal to others
        found = foreign.advocacy(text)
        if found:
            return _make(OTHER, "foreign affairs", f"statement of principle: {found[:12]}")  # a position held
        self.abroad = foreign.is_about_others(text, self.abroad)
        if self.abroad:
            return _make(OTHER, "foreign affairs", f"background: {text[:12]}")  # what another state does
        if cues.PARTIAL_SUBJECT_FAULT.match(text) and not reasoning.duty_drawn(text):
            return _make(OTHER, "problem", "problem: a part of them doing wrong")
        found = cues.CONTRAST.find(text)
        if found and not any(tense.time_weights(text)):  # "但是…只完成原定计划的94%" reports a result
            return _make(OTHER, "caveat", f"caveat or shortfall: {found}")
        found = cues.TAKES_TIME.find(text)
        if found and not tense.OBLIGATION.search(text.replace(found, "")):
            return _make(OTHER, "caveat", f"caveat or shortfall: {found}")
        kind = self.effective_kind()
        found = cues.standing_conduct(text)
        if found and kind not in (KIND_PLAN, KIND_SELF):  # in a plan, "始终坚持…" is the task
            return _make(OTHER, "principle", f"statement of principle: {found[-12:]}")  # how we always work
        if kind == KIND_REVIEW:
            return self._review(text)
        if kind == KIND_PLAN:
            return self._plan(text)
        if kind == KIND_SELF:
            return self._self(text)
        return self._fallback(text)

    def _strong_problem(self, text: str) -> Suggestion | None:
        """A problem named outright; in a review it opens the closing paragraphs (``self.closing``)."""
        found = cues.PROBLEM.find(text)
        # Outside a review a duty drawn after the problem is what the sentence says ("鉴于…还存在阶级斗争，…各级政府要
        # 注意…" (1979)); in a review it closes the problems named ("…不作为，必须坚决加以纠正。").
        if (found and not cues.is_remedied(text, found) and not reasoning.handled_by_order(text, found)
                and not (self.effective_kind() != KIND_REVIEW and reasoning.duty_drawn(text))):
            self.closing = self.closing or self.effective_kind() == KIND_REVIEW
            return _make(OTHER, "problem", f"problem cue: {found[:12]}")
        found = cues.SHORTFALL.find(text)
        if found and not cues.is_remedied(text, found):
            return _make(OTHER, "problem", f"problem cue: {found[:12]}")
        found = cues.THESE_PROBLEMS.find(text)
        if found:
            return _make(OTHER, "problem", f"problem cue: {found[:12]}")
        found = cues.TROUBLE_MET.find(text)
        if found and not cues.is_remedied(text, found) and not tense.time_weights(text)[0]:
            return _make(OTHER, "problem", f"problem cue: {found[:12]}")
        return None

    def _weak_problem(self, text: str, alone: bool = False) -> Suggestion | None:
        """Two weak problem words; one is enough in a closing paragraph, or when ``alone`` (no time marker)."""
        words = cues.problem_words(text)
        if len(words) >= 2 or (words and (self.closing or alone)):
            return _make(OTHER, "weak problem", f"problem cue: {'、'.join(words[:3])}")
        return None

    def _review(self, text: str) -> Suggestion:
        review = time_cues.FIVE_YEAR_REVIEW.find(text)
        if review and self.part_kind in (KIND_REVIEW, KIND_OTHER):
            self.period = ACHIEVEMENT
        problem = self._strong_problem(text)
        if problem:
            return problem
        if self.lessons or lessons.turns_to_the_future(text):
            self.lessons, self.closing = True, False
            label, words = lessons.lesson_label(text)
            return _make(label, "lesson", f"principle for the future: {words}" if label == TARGET
                         else f"statement of principle: {words}")
        if self.closing and not cues.TASKS_DONE.search(text):
            # Thanks, causes of success, problems and the promise to solve them.
            return _make(OTHER, "closing", "closing paragraph of the review")
        if cues.COMMITMENT_WITH_SUBJECT.match(text):
            return _make(TARGET, "commitment", "commitment in the review")
        problem = self._weak_problem(text)
        if problem:
            return problem
        if review:
            return _make(ACHIEVEMENT, "five-year review", f"five-year review: {review}")
        found = time_cues.ESTIMATE.find(text)
        if found:
            return _make(ACHIEVEMENT, "estimate", f"estimate in review: {found}")
        return _make(ACHIEVEMENT, "review", "review part")

    def _plan(self, text: str) -> Suggestion:
        problem = self._strong_problem(text)
        if problem is None and not tense.time_weights(text)[0]:
            # Under a title that only names the year, one problem word without a future marker is enough; so it is in a
            # sentence that opens on the past and tells no result in the perfect: "去年，国家财政出现一些赤字，…"
            # (1987), "这些年经济作物发展缓慢，影响轻工业的增长。" (1980), not "这些年，我国制造业积累了较大产能，…"
            # (2013).
            past_trouble = bool(time_cues.PAST_OPENING.find(text)) and not tense.PERFECT.search(text)
            alone = self.kind_from_title or cues.is_bare_statement(text) or past_trouble
            problem = self._weak_problem(text, alone=alone)
        if problem:
            return problem
        found = time_cues.IN_YEAR_PROGRESS.find(text) or time_cues.STATISTICS.find(text)
        if found:
            return _make(ACHIEVEMENT, "in-year progress", f"progress this year: {found}")
        found = time_cues.PLAN_IN_PREPARATION.find(text)
        if found:
            return _make(TARGET, "plan cue", f"plan target cue: {found[-12:]}")
        found = time_cues.PAST_OPENING.find(text)
        if found and not tense.time_weights(text)[0]:
            return _make(ACHIEVEMENT, "review", f"past in a plan part: {found}")
        found = plan_comments.DONE_ON_DATE.find(text)
        if found and not tense.OBLIGATION.search(text):
            return _make(ACHIEVEMENT, "already done", f"done already: {found[:12]}")
        done = tense.ALREADY_DONE.search(text)
        if done and not tense.marks_future(text) and not tense.OBLIGATION.search(text):
            return _make(ACHIEVEMENT, "already done", f"done already: {done.group(0)[:12]}")
        past = self._past_in_plan(text)
        if past:
            return past
        perfect = self._told_in_the_perfect(text)
        if perfect:
            return _make(ACHIEVEMENT, "perfect in plan", f"done already: {perfect}")
        # "二、1956年的国家预算" says the year, not that every sentence under it is a task.
        if self.kind_from_title and cues.is_bare_statement(text):
            return _make(OTHER, "statement", "part titled by the planned year; states how things are")
        found = statements.standing_won(text)
        if found:  # before the cues of a target: what was done to win it may read as tasks (确保…)
            return _make(ACHIEVEMENT, "standing", f"standing won: {found[:12]}")
        found = time_cues.PLAN_TARGET.find(text)
        if found:
            return _make(TARGET, "plan cue", f"plan target cue: {found}")
        found = statements.relations_went(text)
        if found and not tense.time_weights(text)[0]:  # "我国同世界各国的友好合作关系得到进一步的巩固和发展。" (1987)
            return _make(ACHIEVEMENT, "relations", f"relations with other states told as they went: {found[:12]}")
        if statements.defines_in_plan(text):
            return _make(OTHER, "statement", "states how things are: a definition or standing fact")
        return _make(TARGET, "plan", "plan part" if self.period is None else "five-year outlook (continued)")

    def _told_in_the_perfect(self, text: str) -> str | None:
        """The words in the perfect of a sentence of a plan part with no sign of the future nor an obligation, and not
        of the planned year alone: "同时，还同国外石油公司签订了…的合同。" (1980), "…也都分别签订了协议和合作项目。"
        (1958).

        "比一九五七年也快得多了" compares (了 of a changed state, 1958).
        """
        perfect = tense.PERFECT.search(text.replace("得多了", "得多_"))
        if (perfect is None or tense.marks_future(text) or tense.OBLIGATION.search(text) or tense.time_weights(text)[0]
                or periods.sentence_time(text, self.year) == "planned"):
            return None
        return text[max(0, perfect.start() - 6) : perfect.end()]  # the verb told in the perfect

    def _past_in_plan(self, text: str) -> Suggestion | None:
        """A sentence of a plan part that speaks of the past (1956).

        It names only years before the planned one (not counting those it
        compares with) or a past stretch of time ("在过去几年内"), has more
        past markers than future ones, and neither an obligation nor this year.
        """
        future, past = tense.time_weights(text)
        if past <= future or tense.OBLIGATION.search(text) or time_cues.THIS_YEAR.search(text):
            return None
        if periods.sentence_time(text, self.year) == "past":
            return _make(ACHIEVEMENT, "review", f"past in a plan part: {periods.years_spoken_of(text)[0]}年")
        found = time_cues.PAST_SPAN.find(text)
        if found:
            return _make(ACHIEVEMENT, "review", f"past in a plan part: {found}")
        return None

    def _self(self, text: str) -> Suggestion:
        found = time_cues.PAST_START.find(text)
        if found:
            return _make(ACHIEVEMENT, "review", f"government's own conduct in the past year: {found}")
        found = cues.SELF_COMMITMENT.find(text)
        if found:
            return _make(TARGET, "self cue", f"government's own conduct, commitment: {found}")
        return _make(TARGET, "self", "government's own conduct")

    def _fallback(self, text: str) -> Suggestion:
        problem = self._strong_problem(text)
        # After the review, weak problem words beside an order or a duty name what a task remedies:
        # "今年要继续清理三角债，…继续限制滞销积压产品的生产，压缩不合理库存，…" (1992).
        if problem is None and not (self.seen_review_or_plan and cues.ORDER_OR_DUTY.search(text)):
            problem = self._weak_problem(text, alone=cues.is_bare_statement(text))
        if problem:
            return problem
        found = foreign_part.world_situation(text) if self.foreign_part and self.seen_review_or_plan else None
        if found:
            return _make(OTHER, "foreign affairs", f"background: {found}")  # the world, told of no party of ours
        found = time_cues.IN_YEAR_PROGRESS.find(text) or time_cues.STATISTICS.find(text)
        if found:
            return _make(ACHIEVEMENT, "in-year progress", f"progress this year: {found}")
        found = cues.ORDER_FOR_CASE.find(text)
        if found:
            self.unknown_time = TARGET
            return _make(TARGET, "order", f"order for a kind of case: {found[-6:]}")
        time = periods.sentence_time(text, self.year)
        future, past = tense.time_weights(text)
        # The year named is the time spoken of unless the words of the sentence outweigh it: a sentence
        # naming a past year but worded as a task ("1984年确定的各项措施，各地要继续落实") is no result,
        # one naming the planned year but worded as a result no task (as in plan parts, ``_past_in_plan``).
        if time == "past" and past >= future:
            self.unknown_time = ACHIEVEMENT
            return _make(ACHIEVEMENT, "year", f"names a year before {self.year}")
        # A mixed sentence takes the later period; a sentence naming only the planned year and compared with the
        # year before ("一九六五年国家预算收支都比上年增长百分之十以上" (1964)) is planned, unless it says it is done.
        if time == "planned" and (future or not (tense.PERFECT.search(text) or "已" in text)):
            self.unknown_time = TARGET
            return _make(TARGET, "year", f"names the planned year {self.year}")
        found = statements.relations_went(text)
        if found and not future:
            return _make(ACHIEVEMENT, "relations", f"relations with other states told as they went: {found[:12]}")
        found = statements.standing_won(text)
        if found:
            return _make(ACHIEVEMENT, "standing", f"standing won: {found[:12]}")
        if statements.states_how_things_are(text, future, past):
            return _make(OTHER, "statement", "states how things are: a definition or standing fact")
        if self.seen_review_or_plan:
            # Topical parts after the review ("三、把改革开放扎实推向纵深") carry the year's tasks.
            # The past compared with or followed by the task ahead is no result (``core.suggest.cue_rules.mixed_time``).
            task_follows = mixed_time.task_after_the_past(text)
            period = mixed_time.past_period(text)
            if period and not task_follows:
                return _make(ACHIEVEMENT, "position", f"part after the review; past period: {period}")
            # Told as done, with more past markers than future ones, no obligation, and a sign of the perfect or of a
            # result reached: "江泽民主席访俄取得重大成果，…", "香港回归祖国以来，“一国两制”方针得到全面贯彻落实。"
            # (1999: the year's diplomacy, Hong Kong).  The verbs of a target alone ("全年实现地区生产总值增长5.5%",
            # "完成省下达的节能减排任务") are no sign of it.
            if (past > future and not task_follows and not tense.OBLIGATION.search(text)
                    and statements.told_as_done(text)):
                return _make(ACHIEVEMENT, "position", "part after the review; told as done")
            follows = cues.WHAT_MAY_FOLLOW.search(text)
            if follows and not cues.ORDER_OR_DUTY.search(text) and not plan_comments.target_within_reach(text):
                return _make(OTHER, "argument", f"argument: {follows.group(0)}")  # what may follow
            found = foreign_part.position_held(text) if self.foreign_part else None
            if found:
                return _make(OTHER, "foreign affairs", f"statement of principle: {found}")  # a position held abroad
            return _make(TARGET, "position", "part after the review: tasks ahead")
        return self._by_markers(text)

    def _by_markers(self, text: str) -> Suggestion:
        """No part kind: the balance of time markers, else the time of the sentence before in the part."""
        future, past = tense.time_weights(text)
        if not cues.COMMITMENT_WITH_SUBJECT.match(text) and not tense.OBLIGATION.search(text):
            found = cues.EFFECT.search(text)
            if found:
                return _make(OTHER, "argument", f"argument: {found.group(0)[-4:]}")
            found = cues.CONSEQUENCE.search(text)
            if found:
                return _make(OTHER, "argument", f"argument: {found.group(0)[-4:]}")
            found = cues.FOR_EVERYONE.search(text)
            if found:
                return _make(OTHER, "principle", f"statement of principle: {found.group(0)[:12]}")
        history = time_cues.history_told(text)
        if history:
            return _make(OTHER, "background", f"background: {history}")
        found = time_cues.RESULT_THEN_FORECAST.search(text)
        if found:
            self.unknown_time = ACHIEVEMENT
            return _make(ACHIEVEMENT, "fallback", f"no part kind; past marker: {found.group(0)[:12]}")
        if past and cues.DUTY_OPENING.match(text):
            self.unknown_time = TARGET
            return _make(TARGET, "fallback", f"no part kind; future marker: {tense.future_marker(text)}")
        if future > past:
            self.unknown_time = TARGET
            return _make(TARGET, "fallback", "no part kind; more future markers than past")
        if past > future and tense.turns_to_obligation(text):
            self.unknown_time = TARGET
            return _make(TARGET, "fallback", f"no part kind; future marker: {tense.future_marker(text)}")
        task = time_cues.MAIN_TASK.search(text)
        if past > future and not task:
            self.unknown_time = ACHIEVEMENT
            return _make(ACHIEVEMENT, "fallback", "no part kind; more past markers than future")
        if future and future == past:
            # Mixed sentences with equal halves take the later period (GUIDELINES.md).
            self.unknown_time = TARGET
            return _make(TARGET, "fallback", f"no part kind; future marker: {tense.future_marker(text)}")
        if task:  # the main task stated, whatever led to it ("由于…的实现，…已经成为…的重要任务", 1960)
            self.unknown_time = TARGET
            return _make(TARGET, "fallback", f"no part kind; the main task stated: {task.group(0)}")
        if cues.is_bare_statement(text):
            return _make(OTHER, "statement", "no part kind; states how things are, no time marker and no measure")
        if self.unknown_time is not None:
            return _make(self.unknown_time, "fallback", "no part kind; the time of the sentence before")
        return _make(OTHER, "fallback", "no part kind and no clear time")


def suggest_by_rules(report: Report) -> dict[str, Suggestion]:
    """A suggestion for every sentence of ``report``, keyed by sentence id."""
    walker = _Walker(report)
    return {sentence.id: walker.step(sentence) for sentence in report.sentences}


def rule_suggestions(report: Report) -> list[Suggestion]:
    """The rule suggestions in sentence order (``report.sentences``); a report in traditional characters is read
    in simplified ones, as the rules are written, and the opening of a part on the situation and the tasks as the
    review it is (``core.reading.sections.situation_review``)."""
    read = with_situation_reviewed(simplified_report(report))
    walker = _Walker(read)
    return [walker.step(sentence) for sentence in read.sentences]
