"""The target scorecard: what report Y promised for year Y, and what report Y+1 says came of it.

Targets are the indicators of report Y's plan part (``core.compare.indicators``)
and the qualitative items of its list of main expected targets
(``主要预期目标``); results are the indicators of report Y+1's review part.  Both
sides carry a horizon (``core.compare.scorecard.horizons``): a one-year target is paired
only with a one-year result, and only when report Y+1 follows report Y (1992 and
1995: the later report reviews 1994, not the year planned); plan-period targets
keep rows of their own and are judged only by a review of their whole period
(the "九五" goals of 1997 by the 2001 report).
Each pair gets a verdict with a reason (``core.compare.scorecard.verdicts``); a target
the later report says nothing about is ``no_result``, and a headline result
for which the earlier report set no target (the 2020 national report set no
growth target) is shown against ``no_target``.

Warnings say when the two reports are not consecutive years of one place, or
lack the part a scorecard reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from core.compare.figures.indicator_matching import match_indicators, unit_class
from core.compare.figures.indicator_names import name_key, shown_name
from core.compare.indicators import Indicator, extract_indicators, sentence_figures
from core.compare.scorecard.clauses import CLAUSE_BREAK, clause_start
from core.compare.scorecard.direction_clauses import direction_rows
from core.compare.scorecard.growth_in_words import growth_in_words_rows
from core.compare.scorecard.horizons import (
    HORIZON_FIVE_YEAR,
    HORIZON_PLAN_PERIOD,
    HORIZON_YEAR,
    figure_horizon,
    of_another_year_or_country,
    planned_year,
    result_horizon,
    sentence_horizons,
)
from core.compare.scorecard.macro_goals import macro_goal_rows, macro_goals_in_passing
from core.compare.scorecard.parts_by_content import as_the_scorecard_reads
from core.compare.scorecard.period_goals import (
    GOAL_HEDGE,
    end_state_rows,
    period_goal_rows,
    period_judged,
    without_restated_goals,
)
from core.compare.scorecard.requirements import requirement_rows
from core.compare.scorecard.results.longer_figures import with_longer_figures_named
from core.compare.scorecard.results.result_words import (
    WORDS_FOR_A_FIGURE,
    Review,
    budget_for,
    figure_for,
    in_step,
    only_within_a_ratio,
    purpose_result,
    qualitative_result,
    recalls_the_target,
    result_after_recall,
    statement_result,
    this_item_figure,
    words_verdict,
)
from core.compare.scorecard.results.review_names import (
    funds_result,
    head_result,
    listed_result,
    product_list_result,
    rose_above_floor,
    saving_result,
    sector_result,
    spent_on,
)
from core.compare.scorecard.results.tax_and_fees import judged_together
from core.compare.scorecard.score_rows import Figure, ScoreRow, in_own_characters, in_words
from core.compare.scorecard.targets import (
    clause_to_figure,
    incomes_in_step,
    is_indicator_name,
    plan_targets,
    recounted_sentences,
)
from core.compare.scorecard.verdicts import MET, NO_RESULT, NO_TARGET, NOT_MET, STATED, Verdict, judge
from core.compare.scorecard.whole_plan import whole_plan_rows
from core.compare.topics import fold_width
from core.compare.year_pairs import place_key
from core.reading.model import KIND_PLAN, KIND_REVIEW, Report, Sentence

# Names alike enough to be one indicator: 二氧化碳排放量 and 二氧化硫排放量 (0.857) are two.
NAME_CUTOFF = 0.88
# The headline indicators: a result for one of these is listed even when no target was set for it.
HEADLINE = ("生产总值", "居民消费价格", "城镇新增就业", "城镇调查失业率", "城镇登记失业率")
_MAIN_TARGETS = re.compile(r"(?:主要)?(?:预期目标|奋斗目标|计划指标|预期指标|目标)(?:是|为)[:：]")
_QUALITATIVE_SPLIT = re.compile(r"[;；,，。]")
# 在优化结构、提高效益和降低消耗的基础上: the condition the targets are set under, no target itself.
_CONDITION = re.compile(r"^在.*(?:基础上|前提下|条件下)$")
_QUALITATIVE_WORDS = re.compile(r"平衡|同步|向好|稳定|改善|提质|优化|下降|减少|提高|增长|增强|防控|进展|稳中"
                                r"|完成(?:省|上级)(?:下达|定)")  # 节能减排…指标完成省下达任务: the province's targets
# Targets a province sets its cities, named in a list: PM2.5平均浓度、单位GDP能耗下降率完成省定目标 (one row each).
_SET_BY_THE_PROVINCE = re.compile(r"^(?P<names>.+?)(?:等(?:约束性)?指标)?完成(?:省|上级)(?:下达|定)的?(?:目标|任务)$")
# A digit of the figure an item sets, not of a name (PM2.5, 5G).
_FIGURE_DIGIT = re.compile(r"(?<![A-Za-z.])\d(?![A-Za-z])")
_INCOME = name_key("居民人均可支配收入")
# A budget that says who pays and not what for: 中央财政拟安排资金, 中央财政拟投入.
_GENERIC_BUDGET = re.compile(
    r"^(?=.*(?:财政|拿出|投入|安排|支出|资金))(?:国家|中央|地方|各级)?(?:政府|财政)?(?:从[^,，;；]{2,12}中)?(?:还|再|也)?(?:为此)?(?:拟|将)?(?:安排|投入|支出|拿出)?"
    r"(?:(?:建设|补助)?资金|专项资金)?$"
)
_BARE_VERB = re.compile(r"^(?:今年)?(?:启动|开工|建成|完成|实施|推进|开展|新增|增加|减少|提高|降低|安排)$")
_INCOME_GROWS = re.compile(r"^(?:城乡)?居民(?:人均)?收入(?:稳定|持续|继续|较快)*增长$")
_PART_INCOME = re.compile(r"(?:城镇|农村)居民人均(?:可支配|纯)?收入")


@dataclass
class Scorecard:
    old: Report
    new: Report
    rows: list[ScoreRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    warning_codes: list[tuple[str, dict[str, str]]] = field(default_factory=list)  # the same, by code
    # the year the earlier report's targets are for: its own, or the next for a report given late in the year
    target_year: int | None = None

    def to_json(self) -> dict[str, object]:
        return {
            # the year its plan is for: its own, or the next for a report given late in the year
            "old": {**report_info(self.old), "plan_year": self.target_year},
            "new": report_info(self.new),
            "warnings": list(self.warnings),
            "rows": [row.to_json() for row in self.rows],
        }


def report_info(report: Report) -> dict[str, object]:
    return {
        "source": str(report.source),
        "report_id": report.id,
        "place": report.place,
        "year": report.year,
        "title": report.metadata.title.value,
    }


def build_scorecard(old: Report, new: Report) -> Scorecard:
    """Every target of ``old`` (year Y) with what ``new`` (year Y+1) reports for it."""
    card = Scorecard(old, new)
    # the card keeps the reports as given; their parts are read as the scorecard needs them
    old, new = as_the_scorecard_reads(old), as_the_scorecard_reads(new)
    codes = pair_warning_codes(old, new)
    card.warnings, card.warning_codes = [PAIR_WARNINGS[code].format_map(params) for code, params in codes], codes
    old_horizons, new_horizons = sentence_horizons(old), sentence_horizons(new)
    old_sentences = {sentence.id: sentence for sentence in old.sentences}
    new_sentences = {sentence.id: sentence for sentence in new.sentences}
    targets = plan_targets(old, old_sentences, old_horizons)
    # last year's figures told where the plan part opens (过去一年，…国内生产总值增长10.3%) are results too: 2011's
    # review part is of five years.  Only their figures: what they say in words is too loose a match for a target.
    recounted = recounted_sentences(new)
    named = [indicator for indicator in extract_indicators(new)
             if indicator.kind == KIND_REVIEW or indicator.sentence_id in recounted]
    results = [indicator for indicator in named if is_indicator_name(indicator.name)
               # up to the figure's end: the recall may be its own words (一九八二年计划为百分之四)
               and not recalls_the_target(new_sentences[indicator.sentence_id or ""].text,
                                          indicator.end - new_sentences[indicator.sentence_id or ""].start)]
    incomes = [indicator for indicator in named if new_horizons.get(indicator.sentence_id or "") == HORIZON_YEAR]
    consecutive = old.year is None or new.year is None or new.year == old.year + 1
    review = Review(_one_year_sentences(new, KIND_REVIEW, new_horizons) if consecutive else [])
    # the review of a whole period ("九五"时期, 过去五年), for goals of that period
    period_review = Review(_one_year_sentences(new, KIND_REVIEW, new_horizons, HORIZON_FIVE_YEAR))
    if not consecutive:
        incomes = []
    loose = [figure for sentence in review.sentences for figure in sentence_figures(sentence, KIND_REVIEW)
             if not recalls_the_target(sentence.text, figure.start - sentence.start)]
    growth = next((result for result in results if new_horizons.get(result.sentence_id or "") == HORIZON_YEAR
                   and name_key(result.name) == "生产总值" and result.unit == "%" and result.value is not None), None)
    growth = growth if consecutive else None
    plan_year = card.target_year = planned_year(old)  # the next year, for a report given late in the year
    target_horizons = {id(target): _target_horizon(target, old_sentences, old_horizons, plan_year,
                                                   plan_year != old.year) for target in targets}
    # each figure's own horizon: a December review's estimate of its year inside a sentence on two years
    result_horizons = {id(result): result_horizon(new_sentences[result.sentence_id or ""],
                                                  new_horizons.get(result.sentence_id or "", ""),
                                                  result.start, new.year) for result in results}
    for horizon in (HORIZON_YEAR, HORIZON_PLAN_PERIOD):
        wanted = [target for target in targets if target_horizons[id(target)] == horizon]
        # a plan period ends years later: only a review of a whole period (五年来, "十二五"时期) can judge it
        allowed = (HORIZON_YEAR,) if horizon == HORIZON_YEAR else (HORIZON_FIVE_YEAR,)
        offered = [result for result in results if result_horizons[id(result)] in allowed
                   and not (horizon == HORIZON_YEAR and _of_another_year_or_country(result, new_sentences, plan_year))]
        if horizon == HORIZON_YEAR and not consecutive:
            offered = []  # 1997 and 2001: the later report reviews another year (or five), not the one planned
        wanted_by_period = ([target for target in wanted if _period_reviewed(target, old, new, old_sentences)]
                            if horizon == HORIZON_PLAN_PERIOD else [])
        if horizon == HORIZON_PLAN_PERIOD and not wanted_by_period:
            offered = []
        elif horizon == HORIZON_PLAN_PERIOD:  # a level reached in the period's last year (2000年…达到89404亿元)
            offered += [result for result in results if new_horizons.get(result.sentence_id or "") == HORIZON_YEAR
                        and unit_class(result.unit) not in ("%", "百分点")]
        loose_here = [figure for figure in loose if not _of_another_year_or_country(figure, new_sentences, plan_year)
                      ] if horizon == HORIZON_YEAR else [
            figure for sentence in period_review.sentences for figure in sentence_figures(sentence, KIND_REVIEW)
            if not recalls_the_target(sentence.text, figure.start - sentence.start)]
        by_name = [target for target in wanted if not _GENERIC_BUDGET.match(target.key)
                   and (horizon == HORIZON_YEAR or target in wanted_by_period)]
        paired = {id(target): result for target, result, _ in match_indicators(by_name, offered, NAME_CUTOFF)}
        taken = [(result.start, result.end) for result in paired.values()]
        unpaired = [figure for figure in loose_here  # found by the target's words, whatever name the extractor gave it
                    if not any(start < figure.end and figure.start < end for start, end in taken)]
        for target in wanted:
            target_sentence = old_sentences[target.sentence_id or ""]
            result = paired.get(id(target))
            step_incomes = _incomes(incomes) if target.relation == "同步" and horizon == HORIZON_YEAR else []
            if step_incomes:
                result = step_incomes[0]  # 居民收入增长和经济增长基本同步: judged by the income figure
            if _GENERIC_BUDGET.match(target.key):  # 中央财政拟投入420亿元: says who pays, not for what
                result = (budget_for(target, target_sentence.text, unpaired, new_sentences)
                          if horizon == HORIZON_YEAR else None)
                purpose = (purpose_result(target, target_sentence, review)
                           if result is None and horizon == HORIZON_YEAR else None)
                if purpose is not None:  # 中央财政此项支出…增加到去年的98亿元: the sum for the purpose named
                    result = this_item_figure(target, purpose, unpaired)
                if purpose is not None and result is None:  # 继续实施农村中小学危房改造: the purpose done, no figure
                    card.rows.append(ScoreRow(target.name, horizon, _figure(target_sentence, target),
                                              in_words(purpose, target_sentence.text), STATED,
                                              "no figure for it; the later report speaks of its purpose in words"))
                    continue
                if result is None:
                    card.rows.append(ScoreRow(target.name, horizon, _figure(target_sentence, target), None,
                                              NO_RESULT, "the later report gives no figure that is surely this one"))
                    continue
                unpaired = [other for other in unpaired if other.start != result.start]
            reviewed = horizon == HORIZON_YEAR or target in wanted_by_period
            if result is None and reviewed:
                recalled = result_after_recall(target, review, unpaired) if horizon == HORIZON_YEAR else None
                result = recalled or figure_for(target, unpaired, new_sentences)
                if result is not None:
                    unpaired = [other for other in unpaired if other.start != result.start]
            if result is None:
                words = (_words_row(target, target_sentence, review, growth, earlier=old)
                         if horizon == HORIZON_YEAR
                         else _words_row(target, target_sentence, period_review, None, horizon) if reviewed else None)
                card.rows.append(words or ScoreRow(target.name, horizon, _figure(target_sentence, target), None,
                                                   NO_RESULT, "the later report gives no figure for it"))
                continue
            result_sentence = new_sentences[result.sentence_id or ""]
            if target.value is not None:
                verdict = judge(target, result, result_sentence.text, _after_figure(result, result_sentence),
                                clause_to_figure(result_sentence, result))
            elif step_incomes and growth is not None:
                verdict = in_step(step_incomes, growth)  # urban and rural apart: partly when one lags
            else:
                verdict = words_verdict(target.text, result_sentence.text, growth)
            card.rows.append(ScoreRow(target.name, horizon, _figure(target_sentence, target),
                                      _figure(result_sentence, result), verdict.verdict, verdict.reason))
        if horizon == HORIZON_YEAR:
            targeted = {name_key(target.name) for target in wanted}
            card.rows.extend(_untargeted_headlines(offered, targeted, new_sentences))
    # 减税8000多亿元 and 减轻非税负担3000多亿元 against 减税降费约1.3万亿元: the sum of the two
    card.rows = judged_together(card.rows, [result for result in results
                                            if result_horizons[id(result)] == HORIZON_YEAR], new_sentences)
    if consecutive:  # 2008 gives GDP of five years only: the reason of 2007's growth says so
        card.rows = with_longer_figures_named(card.rows, results, result_horizons, NAME_CUTOFF)
    listed = {(row.target.sentence.id, row.target.quote) for row in card.rows if row.target is not None}
    beside = {row.target.sentence.id: row.target.sentence for row in card.rows if row.target is not None
              and row.horizon == HORIZON_YEAR and row.target.indicator is not None
              and row.target.indicator.value is not None}  # 要下降3%，…浓度继续下降: a direction beside a figure
    cuts = [row.verdict for row in card.rows if _POLLUTANT.match(row.indicator) and row.horizon == HORIZON_YEAR]
    cuts_met = bool(cuts) and all(verdict == MET for verdict in cuts)
    card.rows.extend(_qualitative_rows(old, old_horizons, review, growth, listed, incomes, cuts_met))
    listed = {(row.target.sentence.id, row.target.quote) for row in card.rows if row.target is not None}
    card.rows.extend(direction_rows(list(beside.values()), listed, review))
    if macro_goals_in_passing(old):  # no 预期目标 in the plan: the goals set in passing (1990s reports)
        numeric = [row.indicator for row in card.rows if row.target is not None and row.target.indicator is not None
                   and row.target.indicator.value is not None and row.horizon == HORIZON_YEAR]
        card.rows.extend(macro_goal_rows(old, old_horizons, review, _incomes(incomes), growth, numeric,
                                         (period_review, lambda sentence: period_judged(sentence, old, new))))
        card.rows.extend(period_goal_rows(old, new, listed, (old_horizons, new_horizons)))
    listed = {(row.target.sentence.id, row.target.quote) for row in card.rows if row.target is not None}
    card.rows.extend(growth_in_words_rows(old, new, old_horizons, listed, review))  # after the goals set in passing
    listed = {(row.target.sentence.id, row.target.quote) for row in card.rows if row.target is not None}
    card.rows.extend(requirement_rows(old, old_horizons, listed, review,
                                      (period_review, lambda sentence: period_judged(sentence, old, new))))
    listed = {(row.target.sentence.id, row.target.quote) for row in card.rows if row.target is not None}
    card.rows.extend(end_state_rows(old, new, old_horizons, listed, period_review))
    listed = {(row.target.sentence.id, row.target.quote) for row in card.rows if row.target is not None}
    card.rows.extend(whole_plan_rows(old, new, listed))
    card.rows = sorted((replace(row, indicator=_row_name(row)) for row in without_restated_goals(card.rows)),
                       key=_reading_order)
    target_rows = [row for row in card.rows if row.target is not None]
    late_codes: list[tuple[str, dict[str, str]]] = []
    if target_rows and all(row.horizon != HORIZON_YEAR for row in target_rows):  # 1983: the sixth five-year plan
        late_codes.append(("period-targets-only",
                           {"old_year": str(old.year or ""), "target_year": str(plan_year or "")}))
    elif consecutive and new.year is not None and _reviews_several_years(new, new_horizons):
        # 2003, 2008: 未报告 is no silence on the year, but a review of five (no word of it where no year is targeted)
        late_codes.append(("several-years-reviewed",
                           {"new_year": str(new.year), "reviewed": str(plan_year or new.year - 1)}))
    card.warning_codes.extend(late_codes)
    card.warnings.extend(PAIR_WARNINGS[code].format_map(params) for code, params in late_codes)
    if old.text != card.old.text or new.text != card.new.text:  # read in simplified characters: shown in its own
        card.rows = in_own_characters(card.rows, {sentence.id: sentence for sentence in card.old.sentences},
                                      {sentence.id: sentence for sentence in card.new.sentences})
    return card


# 主要污染物排放继续减少 is judged by the main pollutants' one-year figures, when the review gives them.
_POLLUTION_FALLS = re.compile(r"主要污染物排放(?:总量)?(?:继续|进一步)?(?:减少|下降)")
_POLLUTANT = re.compile(r"^(?:二氧化硫|氮氧化物|化学需氧量|氨氮)(?:排放量|排放总量|排放)?$")
_FALLS = re.compile(r"下降|减少|降低")

def _row_name(row: ScoreRow) -> str:
    """The name a row is shown by: a budget that names only who pays (中央财政) with what it is for, from its
    sentence (中央财政（支持再就业）), so that a reader knows which money 109亿元 is."""
    name = shown_name(row.indicator)
    target = row.target.indicator if row.target is not None else None
    if row.target is None or target is None or not _GENERIC_BUDGET.match(target.key):
        return name
    purpose = _budget_purpose(row.target.sentence, target)
    payer = _PAYER_END.sub("", _SPENDS_OPENING.sub("", name)) or name
    return f"{payer}（{purpose}）" if purpose else name


# What a budget is for, said after its sum (安排109亿元资金支持再就业; 433亿元用于促进就业; …，支持卫生事业改革和发展)
# or in the clause before it (为加快社会保障体系建设，今年中央财政将安排2762亿元).
_SUM_WORDS = re.compile(r"^(?:的)?(?:专项奖补资金|专项资金|资金)?(?:，|,)?(?:主要|重点)?")
# (今年全国财政支出21万亿元，支出规模进一步加大: how big the budget grows, no purpose)
_NOT_A_PURPOSE = re.compile(r"^(?:比(?:上年|去年)|其中|地方|各级|省级|(?:支出)?规模)|\d")
_PURPOSE_OPENING = re.compile(r"^(?:为了|为|今年|要|并)")
_PAYER_END = re.compile(r"(?:还|也|再|为此将?投入|拟投入|投入)$")
_SPENDS_OPENING = re.compile(r"^(?:拟|将)?安排(?=.)")  # 安排资金: 资金
PURPOSE_SHOWN = 16  # characters of a purpose in a name, at most


def _budget_purpose(sentence: Sentence, budget: Indicator) -> str:
    """What a budget that names only its payer is for, in a few words of its sentence ("" when it says nothing)."""
    text = fold_width(sentence.text)
    end = budget.end - sentence.start
    after = [clause.strip() for clause in CLAUSE_BREAK.split(_SUM_WORDS.sub("", text[end:]))][:3]
    purpose = ""
    if "为此" not in budget.name:
        purpose = next((clause for clause in after if len(clause) >= 2 and not _NOT_A_PURPOSE.search(clause)), "")
    if not purpose:
        before = CLAUSE_BREAK.split(text[: clause_start(text, budget.start - sentence.start)])
        earlier = [clause.strip() for clause in before if clause.strip()]
        purpose = _PURPOSE_OPENING.sub("", earlier[-1]) if earlier else ""
    return purpose if len(purpose) <= PURPOSE_SHOWN else purpose[:PURPOSE_SHOWN] + "…"


def _reading_order(row: ScoreRow) -> tuple[int, int]:
    """The year's targets first, in the order the earlier report sets them (the main targets together, those in
    words beside GDP and jobs), then the goals of a plan period in theirs (1986 sets its 七五 goals before its
    year's), results without a target last."""
    if row.target is None:
        return (2, 0)
    figure = row.target
    group = 0 if row.horizon == HORIZON_YEAR else 1
    if figure.indicator is not None:
        return (group, figure.indicator.start)
    return (group, figure.sentence.start + max(figure.sentence.text.find(figure.quote), 0))


def _of_another_year_or_country(result: Indicator, sentences: dict[str, Sentence], year: int | None) -> bool:
    return of_another_year_or_country(sentences[result.sentence_id or ""], result.end, year)


def _target_horizon(target: Indicator, sentences: dict[str, Sentence], horizons: dict[str, str],
                    year: int | None, next_year: bool) -> str:
    sentence = sentences[target.sentence_id or ""]
    return figure_horizon(sentence, horizons.get(sentence.id, HORIZON_YEAR), target.start, year, next_year)


def _period_reviewed(target: Indicator, old: Report, new: Report, sentences: dict[str, Sentence]) -> bool:
    return period_judged(sentences[target.sentence_id or ""], old, new)


def _incomes(results: Sequence[Indicator]) -> list[Indicator]:
    """The growth of residents' income among one-year results: all residents' first, else urban and rural."""
    incomes = [result for result in results if result.unit == "%" and result.value is not None
               and (name_key(result.name) == _INCOME or _PART_INCOME.match(result.name))]
    whole = [income for income in incomes if not income.name.startswith(("城镇", "农村"))]
    if whole:
        return whole[:1]
    urban = next((income for income in incomes if income.name.startswith("城镇")), None)
    rural = next((income for income in incomes if income.name.startswith("农村")), None)
    # in the order the review gives them (农村居民人均纯收入…增长4.3%，城镇居民…5.8%)
    return sorted((income for income in (urban, rural) if income is not None), key=lambda income: income.start)


def _sentence_of(review: Review, figure: Indicator) -> Sentence:
    return next(sentence for sentence in review.sentences if sentence.id == figure.sentence_id)


def _words_row(target: Indicator, sentence: Sentence, review: Review, growth: Indicator | None,
               horizon: str = HORIZON_YEAR, earlier: Report | None = None) -> ScoreRow | None:
    """The row of a target the later report speaks of without its figure, or says was done or missed."""
    if _BARE_VERB.match(target.name):
        return None  # 启动1亿亩: a verb names nothing a review sentence could speak of ("沪港通"试点启动)
    if target.relation == "同步" and not incomes_in_step(target):
        return None  # 工业产值、实现利润和上交税利三者同步增长: words on one of them show no step
    share = 0.0 if target.value is None else WORDS_FOR_A_FIGURE  # 与经济增长同步 has no figure
    # a figure the review says was reached or missed (物价调控目标没有完成) is judged by that first
    stated = statement_result(target, review) if target.value is not None else None
    # a name of two characters (发电, 毕业) is found inside other words (大型发电设备, 学生毕业后): no sentence in words
    # speaks of its figure for sure
    short = target.value is not None and len(fold_width(target.name)) < MIN_NAME_IN_WORDS
    words = stated or (None if short else qualitative_result(target.name, review, share))
    if words is not None and not stated and target.value is not None and (
            only_within_a_ratio(target.name, words.text) or spent_on(name_key(target.name), fold_width(words.text))):
        words = None  # 单位国内生产总值能耗, 占国内生产总值比重: another indicator; 财政赤字主要用于…: its use
    words = words or statement_result(target, review)
    if words is None and target.value is not None:
        # 地下综合管廊建设加快: the head of the name, in words; 推进钢铁、煤炭行业…去产能: a list of them
        words = head_result(target.name, review) or listed_result(target.name, review)
    if words is None and target.value is not None:  # 电力、煤炭、石油、水泥等重工业产品…的产量…增加: a list of products
        words = (product_list_result(target.name, review) or sector_result(target.name, review)
                 or funds_result(target.name, review)  # 国家在资金和物资上加强了对农业的支援
                 or saving_result(target.name, review))  # 节约能源的工作开始取得成效
    if words is None:
        return None
    verdict = words_verdict(target.text if target.value is None else target.name, words.text, growth)
    if verdict.verdict == STATED and earlier is not None and (rose := rose_above_floor(target, words.text, earlier)):
        verdict = rose  # 粮食产量实现"十二连增" above last year's 6.07亿吨, so above the floor of 5.5亿吨
    reason = "no figure for it; the later report speaks of it in words" if verdict.verdict == STATED else verdict.reason
    return ScoreRow(target.name, horizon, _figure(sentence, target), in_words(words, target.name, verdict.reason),
                    verdict.verdict, reason)


def _after_figure(result: Indicator, sentence: Sentence) -> str:
    """The rest of the result's clause and the clause after it: where 符合调控要求 speaks of the figure."""
    rest = sentence.text[result.end - sentence.start :]
    clauses = re.split(r"[,，;；。]", rest, maxsplit=2)
    return "，".join(clauses[:2])










# The warnings of a pair of reports, by code (the window shows them translated).
PAIR_WARNINGS: dict[str, str] = {
    "year-unknown": "The year of a report is not known, so the scorecard cannot check they are consecutive.",
    "not-consecutive": "The reports are of {old_year} and {new_year}, not consecutive years: the later report "
                       "reviews {reviewed}, not the year the earlier one planned.",
    "different-places": "The reports are of different places ({old_place}, {new_place}).",
    "no-plan": "The {old_year} report has no plan part, so it sets no targets here.",
    "no-plan-earlier": "The earlier report has no plan part, so it sets no targets here.",
    "no-review": "The {new_year} report has no review part, so it reports no results here.",
    "no-review-later": "The later report has no review part, so it reports no results here.",
    "period-targets-only": "The {old_year} report sets no target for {target_year} alone: all its targets are for "
                           "a plan period, judged only where the later report reviews that period.",
    "several-years-reviewed": "The {new_year} report mostly reviews several years, not {reviewed} alone: a target it "
                              "gives no figure of that year for shows no result.",
}


ONE_YEAR_SHARE = 0.2  # a review part with fewer of its sentences on the last year alone reviews several years


def _reviews_several_years(report: Report, horizons: dict[str, str]) -> bool:
    """Whether the review part of ``report`` tells of several years (过去五年) more than of the last one."""
    review = [sentence for sentence in report.sentences if report.section_kind(sentence) == KIND_REVIEW]
    one_year = sum(1 for sentence in review if horizons.get(sentence.id) == HORIZON_YEAR)
    return bool(review) and one_year < ONE_YEAR_SHARE * len(review)


def pair_warning_codes(old: Report, new: Report) -> list[tuple[str, dict[str, str]]]:
    """The warnings of ``pair_warnings`` as (code of ``PAIR_WARNINGS``, parameters)."""
    warnings: list[tuple[str, dict[str, str]]] = []
    if old.year is None or new.year is None:
        warnings.append(("year-unknown", {}))
    elif new.year != old.year + 1:
        warnings.append(("not-consecutive", {"old_year": str(old.year), "new_year": str(new.year),
                                             "reviewed": str(new.year - 1)}))
    if old.place and new.place and place_key(old.place) != place_key(new.place):
        warnings.append(("different-places", {"old_place": old.place, "new_place": new.place}))
    if not any(section.kind == KIND_PLAN for section in old.sections):
        warnings.append(("no-plan", {"old_year": str(old.year)}) if old.year else ("no-plan-earlier", {}))
    if not any(section.kind == KIND_REVIEW for section in new.sections):
        warnings.append(("no-review", {"new_year": str(new.year)}) if new.year else ("no-review-later", {}))
    return warnings


def pair_warnings(old: Report, new: Report) -> list[str]:
    """What a reader should know before trusting the scorecard of ``old`` and ``new``."""
    return [PAIR_WARNINGS[code].format_map(params) for code, params in pair_warning_codes(old, new)]


MIN_NAME_IN_WORDS = 3  # characters of a numeric target's name a review sentence in words must be found by
def _figure(sentence: Sentence, indicator: Indicator) -> Figure:
    return Figure(sentence, indicator, indicator.text)




def _untargeted_headlines(results: Sequence[Indicator], targeted: set[str],
                          sentences: dict[str, Sentence]) -> list[ScoreRow]:
    """Headline results of the year that no target was set for (the 2020 national report set no growth target)."""
    rows: list[ScoreRow] = []
    seen: set[str] = set(targeted)
    for result in results:
        key = name_key(result.name)
        if key not in HEADLINE or key in seen or result.value is None:
            continue
        seen.add(key)
        rows.append(ScoreRow(result.name, HORIZON_YEAR, None, _figure(sentences[result.sentence_id or ""], result),
                             NO_TARGET, "the earlier report set no target for it"))
    return rows


def qualitative_items(text: str) -> list[str]:
    """The items of a list of main targets set in words, no figure (国际收支基本平衡, 经济结构进一步优化)."""
    items = [clause.strip().lstrip("：:").strip() for clause in _QUALITATIVE_SPLIT.split(text)]  # 是：在…的基础上
    return [item for item in items if not _FIGURE_DIGIT.search(item) and len(item) >= 4
            and _QUALITATIVE_WORDS.search(item) and not _CONDITION.search(item)]


_PRICES_IN_WORDS = re.compile(r"物价|价格")


def _listed(names: str) -> list[str]:
    """The names of a list (节能减排和环境保护, PM2.5平均浓度、单位GDP能耗下降率), each of two characters at least."""
    members = [member for member in re.split(r"、|和|及", names) if member]
    return members if all(len(member) >= 2 for member in members) else [names]


def _prices_figured(text: str, clause: str, listed: set[tuple[str, str]], sentence_id: str) -> bool:
    """Whether the item of a list (up to ；) that sets prices in words sets a figure of prices too."""
    at = text.find(clause)
    item = re.split(r"[;；。]", text[at:], maxsplit=1)[0] if at >= 0 else clause
    return any(listed_id == sentence_id and quote in item and quote not in clause and _PRICES_IN_WORDS.search(quote)
               for listed_id, quote in listed)


def _qualitative_rows(old: Report, old_horizons: dict[str, str], review: Review, growth: Indicator | None,
                      listed: set[tuple[str, str]], year_figures: Sequence[Indicator],
                      cuts_met: bool = False) -> list[ScoreRow]:
    """Items of the main expected targets without a figure, and the review sentence that speaks of each
    (``cuts_met``: the plan's cut of each main pollutant was met)."""
    rows: list[ScoreRow] = []
    for sentence, list_start in _target_list(old, old_horizons):
        for clause in qualitative_items(sentence.text[list_start:]):
            if any(sentence_id == sentence.id and (quote in clause or clause in quote)
                   for sentence_id, quote in listed):
                continue  # read already as an indicator (居民收入和经济增长基本同步)
            if _PRICES_IN_WORDS.search(clause) and _prices_figured(sentence.text, clause, listed, sentence.id):
                continue  # 物价总水平基本稳定，居民消费价格总水平涨幅在3%以内: the figure says how stable
            hedged = GOAL_HEDGE.sub("", clause) or clause
            target = Figure(sentence, None, clause)
            provincial = _SET_BY_THE_PROVINCE.match(hedged)  # PM2.5平均浓度、单位GDP能耗下降率完成省定目标: each
            for name in _listed(provincial["names"]) if provincial else [hedged]:
                if _INCOME_GROWS.search(name) and (incomes := _incomes(year_figures)):
                    grown = [income for income in incomes if (income.value or 0) > 0]
                    shown = "，".join(f"{income.name}{income.value_text()}" for income in incomes)
                    income = _figure(_sentence_of(review, incomes[0]), incomes[0])
                    rows.append(ScoreRow(name, HORIZON_YEAR, target, income,
                                         MET if len(grown) == len(incomes) else NOT_MET, f"a direction: {shown}"))
                    continue  # 城乡居民收入稳定增长: the growth figures show the direction
                pollutants = [figure for figure in year_figures if _POLLUTANT.match(figure.name)
                              and figure.unit == "%" and _FALLS.search(figure.relation)]
                if _POLLUTION_FALLS.search(name) and pollutants:  # 主要污染物排放继续减少: each pollutant's figure
                    shown = "，".join(f"{figure.name}{figure.relation}{figure.value_text()}" for figure in pollutants)
                    rows.append(ScoreRow(name, HORIZON_YEAR, target,
                                         _figure(_sentence_of(review, pollutants[0]), pollutants[0]), MET,
                                         f"a direction: {shown}"))
                    continue
                own = qualitative_result(name, review)
                result = own or statement_result(name, review)
                if result is None:
                    rows.append(ScoreRow(name, HORIZON_YEAR, target, None, NO_RESULT,
                                         "the later report does not speak of it"))
                    continue
                verdict = words_verdict(name, result.text, growth)
                # 各项约束性指标超额完成: the group met, no direction shown; unless the pollutants' own cuts were met by
                # it, so that they fell (2015->2016 had 化学需氧量…氮氧化物 met beside 主要污染物排放继续减少 stated)
                if own is None and verdict.verdict == MET and not (cuts_met and _POLLUTION_FALLS.search(name)):
                    verdict = Verdict(STATED,
                                      "the later report says its group of targets was met, not how this one moved")
                rows.append(ScoreRow(name, HORIZON_YEAR, target, in_words(result, name, verdict.reason),
                                     verdict.verdict, verdict.reason))
    return rows




def _one_year_sentences(report: Report, kind: str, horizons: dict[str, str],
                        horizon: str = HORIZON_YEAR) -> list[Sentence]:
    """The sentences of ``report``'s parts of ``kind`` (review or plan) that speak of one year (or ``horizon``)."""
    sections = {section.id for section in report.sections if section.kind == kind}
    return [sentence for sentence in report.sentences
            if sentence.section in sections and horizons.get(sentence.id) == horizon]


def _target_list(report: Report, horizons: dict[str, str]) -> list[tuple[Sentence, int]]:
    """The sentences of the list of main expected targets, each with where its list starts.

    The list opens with ``主要预期目标是：`` and may go on in the sentences after it
    (``单位国内生产总值能耗下降3.4%以上，主要污染物排放继续减少。``), in the next
    paragraph when the opening stands alone; it ends at the first sentence that
    is no list of short items (``总的考虑是，…``).
    """
    found: list[tuple[Sentence, int]] = []
    sentences = _one_year_sentences(report, KIND_PLAN, horizons)
    index = 0
    while index < len(sentences):
        opening = _MAIN_TARGETS.search(sentences[index].text)
        index += 1
        if opening is None:
            continue
        found.append((sentences[index - 1], opening.end()))
        while index < len(sentences) and (_short_items(sentences[index].text)  # …完成省定目标。 ends the list too
                                          or _SET_BY_THE_PROVINCE.match(sentences[index].text.strip().rstrip("。"))):
            found.append((sentences[index], 0))
            index += 1
    return found


def _short_items(text: str) -> bool:
    items = [item.strip() for item in _QUALITATIVE_SPLIT.split(text) if item.strip()]
    return (bool(items) and all(len(item) <= LIST_ITEM for item in items) and bool(re.search(r"\d", text))
            and not _MAIN_TARGETS.search(text) and not _EXPLANATION.search(text))


LIST_ITEM = 20  # characters at most of one item in a list of targets
# Sentences that explain the targets rather than list them: 这里要着重说明，提出8%左右的…目标，综合考虑了….
_EXPLANATION = re.compile(r"说明|考虑|提出|这样|因为|为了|必须|有利于")


def chain_scorecards(reports: Iterable[Report]) -> list[Scorecard]:
    """Scorecards of every two consecutive years among ``reports`` of one place, oldest first."""
    from core.compare.year_pairs import find_year_pairs

    return [build_scorecard(old, new) for old, new in find_year_pairs(reports)]

