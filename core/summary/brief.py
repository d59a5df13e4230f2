"""The brief: what a research office hands on about one report, in at most four A4 pages.

1. the title and one line of facts (place, year, meeting, date, speaker);
2. the year's main targets as a short table (``core.summary.main_targets``);
3. with the previous year's report: its targets against this year's reported
   results (``core.compare.scorecard``), the verdict in words and a one-line reason;
4. with the previous year's report: policy topics new to the plan and dropped
   from it (``core.summary.policy_topics``);
5. how many sentences are targets and achievements, per part, and whose
   labels those are (人工标注 / 系统推荐已确认); a report nobody labelled is
   counted by the suggested labels (``core.suggest``), and the brief says so.

``full`` appends the complete indicator table and the complete scorecard.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from docx.document import Document
from docx.enum.text import WD_BREAK
from docx.shared import RGBColor

from core.compare.figures.indicator_names import name_key
from core.compare.scorecard import HEADLINE, Figure, Scorecard, ScoreRow, build_scorecard
from core.compare.scorecard.verdicts import (
    MET,
    NO_RESULT,
    NO_TARGET,
    NOT_MET,
    PARTLY,
    REPORTED_MISS,
    STATED,
    is_ceiling,
)
from core.reading.model import LEVEL_PART, Report
from core.summary.annotated import Annotated, indicator_value, label_title, report_title, source_title
from core.summary.docx_style import add_table, new_document
from core.summary.facts import facts_line, meeting_name, source_line, speaker_with_office
from core.summary.main_targets import main_target_sentence_ids, main_targets

Progress = Callable[[int, int], None]

VERDICT_WORDS = {MET: "完成", NOT_MET: "未完成", PARTLY: "部分完成", NO_RESULT: "未报告", STATED: "仅文字表述",
                 NO_TARGET: "未设目标"}
COUNTED_LABELS = ("target", "achievement")
NO_VALUE = "—"
SUGGESTED_UNCONFIRMED = "系统推荐（未确认）"
QUOTE_LENGTH = 14
_GREY = RGBColor(0x40, 0x40, 0x40)
_NUMBERING = re.compile(r"^[\s\u3000]*(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)")


def build_brief(main: Annotated, previous: Annotated | None = None, *, full: bool = False,
                progress: Progress | None = None) -> Document:
    """The brief of ``main``; ``previous`` is the report of the year before (None: no comparison)."""
    tick = progress or (lambda done, total: None)
    steps = 4 + (1 if full else 0)
    document = new_document()
    report = main.report
    document.add_paragraph(report_title(report), style="Title")
    document.core_properties.title = f"{report_title(report)}简报"  # what a file list or a search shows
    document.add_paragraph(facts_line(report), style="Subtitle")
    _note(document, source_line(main))
    tick(1, steps)
    number = iter("一二三四五六")
    _main_targets(document, report, next(number))
    tick(2, steps)
    card: Scorecard | None = None
    if previous is not None:
        old, new = (previous.report, report)
        card = build_scorecard(old, new)
        _scorecard(document, card, next(number), full)
        _topics(document, old, new, next(number))
    tick(3, steps)
    _sentence_counts(document, main, next(number))
    tick(4, steps)
    if full:
        _appendix(document, main, card)
        tick(5, steps)
    return document


# --- 2. main targets ---------------------------------------------------------------


def _main_targets(document: Document, report: Report, number: str) -> None:
    year = f"{report.year}年" if report.year is not None else "本年"
    document.add_heading(f"{number}、{year}主要预期目标", level=1)
    rows = main_targets(report)
    if not rows:
        _note(document, "报告的计划部分没有列出主要预期目标。")
        return
    if not main_target_sentence_ids(report):
        _note(document, "报告没有“主要预期目标”一段，下表为计划部分的增长、物价、就业等主要指标。")
    add_table(document, ["指标", "目标", "限定"], [[row.name, row.target, row.qualifier or NO_VALUE] for row in rows],
              [6.0, 6.2, 3.4])


# --- 3. scorecard -------------------------------------------------------------------


def verdict_words(verdict: str) -> str:
    """``met`` -> ``完成``; ``no_result`` -> ``未报告``."""
    return VERDICT_WORDS.get(verdict, verdict)


def _quote(text: str) -> str:
    text = text.strip()
    return text if len(text) <= QUOTE_LENGTH else text[:QUOTE_LENGTH] + "…"


def row_reason(row: ScoreRow, old_year: str, new_year: str, *, old_has_plan: bool = True) -> str:
    """One line a reader can check: the two figures, the report's own words, or what is missing
    (``old_has_plan``: False where the earlier report has no plan part, so it set no target at all)."""
    target = row.target.indicator if row.target is not None else None
    result = row.result.indicator if row.result is not None else None
    if row.verdict == NO_RESULT:
        return f"{new_year}报告未给出该项结果"
    if row.verdict == NO_TARGET:
        missing = "报告无计划部分" if not old_has_plan else "报告未设该项目标"
        return f"{old_year}{missing}" + (f"；实际{indicator_value(result)}" if result is not None else "")
    if row.result is not None:
        miss = REPORTED_MISS.search(row.result.sentence.text)
        if miss and row.verdict == NOT_MET:
            return f"报告自述“{miss.group()}”"
    english = row.reason
    said = re.search(r"says so: “(.+?)”", english)
    if said:
        return f"报告自述“{said.group(1)}”"
    worded = _worded_reason(english, old_year, new_year)
    if worded:
        return worded
    if english.startswith("a direction"):
        return "方向性目标，按增减方向判断"
    if "in step" in english and "behind" in english:
        return "部分收入与经济增长同步，部分慢于经济增长"
    if "in step" in english:
        return "与经济增长同步"
    if "behind" in english:
        return "慢于经济增长"
    if row.verdict == STATED or result is None:
        return _no_figure_reason(row, new_year)
    if target is not None and is_ceiling(target):
        return "未超过上限" if row.verdict == MET else "超过上限"
    if "within" in english:
        return "略低于目标，在“左右”允许的范围内"
    return "达到目标" if row.verdict == MET else "低于目标"


# A number: digits, 百分之, or Chinese numerals, two at least, one of a tens or higher place (一百五十万, 五百八十三).
_FIGURE = re.compile(r"[0-9０-９]|百分之"
                     r"|(?=[零〇一二两三四五六七八九十百千万亿]{2,})[零〇一二两三四五六七八九]*[十百千万亿]")


def _no_figure_reason(row: ScoreRow, new_year: str) -> str:
    """Why no figure decides a row, in words a reader can check against the two cells."""
    target_figure = row.target is not None and row.target.indicator is not None and \
        row.target.indicator.value is not None
    # 钢产量前三年共增加了一百五十万吨: a figure in Chinese numerals is a figure too
    result_figure = row.result is not None and bool(_FIGURE.search(row.result.quote))
    if target_figure and not result_figure:
        return f"目标有具体数字，{new_year}报告只有文字表述，无法比较"
    if not target_figure and result_figure:
        return "目标为文字表述，结果的数字不能直接判定是否达到"
    if not target_figure:
        return "目标与结果均为文字表述，无法以数字判定"
    return "无可比数字"


# Reasons of the goals older reports set in words (core.compare.scorecard.macro_goals, period_goals), in Chinese.
_PROBLEM = re.compile(r"among the year's problems: “(.+?)”")
_SAYS = re.compile(r"no figure decides; the later report says “(.+?)”")
_LOWER_THAN_LAST = re.compile(r"^(\S+) ([<≥]) last year's (\S+)$")
_PART_YEAR = re.compile(r"but only for part of the year: “(.+?)”")
_ROSE_AGAIN = re.compile(r"^it rose again \(“(.+?)”\) from last year's (\S+), at or above the floor of (\S+)$")


def _worded_reason(english: str, old_year: str, new_year: str) -> str:
    """The Chinese of a reason given in words rather than by two figures ("" when it is not one of them)."""
    if problem := _PROBLEM.search(english):
        return f"报告将其列为当年存在的问题：“{problem.group(1)}”"
    if says := _SAYS.search(english):
        return f"无可比数字；{new_year}报告称“{says.group(1)}”"
    if part := _PART_YEAR.search(english):
        return f"{new_year}报告只给出“{part.group(1)}”的数字，尚不足以判断全年是否达到目标"
    if rose := _ROSE_AGAIN.match(english):
        return f"{new_year}报告称“{rose.group(1)}”；上年已达{rose.group(2)}，不低于目标下限{rose.group(3)}"
    if lower := _LOWER_THAN_LAST.match(english):
        relation = "低于" if lower.group(2) == "<" else "不低于"
        return f"{lower.group(1)}，{relation}上年的{lower.group(3)}"
    fixed = {
        "the earlier report gives no rise to compare with": f"{old_year}报告未给出可比的上年涨幅",
        "the later report gives no price rise for the year": f"{new_year}报告未给出当年的价格涨幅",
        "the review of the period speaks of it without saying it was reached": "规划期回顾提及此项，但未说明是否实现",
        "no figure for it; the later report speaks of its purpose in words": f"无数字；{new_year}报告以文字述及其用途",
        "the later report says its group of targets was met, not how this one moved":
            f"{new_year}报告称所属一类目标已完成，未说明此项的增减",
    }
    return fixed.get(english, "")


def brief_rows(card: Scorecard) -> tuple[list[ScoreRow], list[ScoreRow]]:
    """(rows the brief shows, rows left to the appendix): one-year rows that were judged, or are main targets."""
    main_ids = main_target_sentence_ids(card.old)
    shown: list[ScoreRow] = []
    rest: list[ScoreRow] = []
    for row in card.rows:
        main = row.target is not None and (row.target.sentence.id in main_ids or name_key(row.indicator) in HEADLINE)
        if row.horizon == "year" and (row.verdict != NO_RESULT or main):
            shown.append(row)
        else:
            rest.append(row)
    return shown, rest


LISTED_REST = 30  # names of the rows left out of the brief's table, at most


def _scorecard(document: Document, card: Scorecard, number: str, full: bool = False) -> None:
    old_year = f"{card.old.year}年" if card.old.year is not None else "上一年"
    new_year = f"{card.new.year}年" if card.new.year is not None else "本年"
    # a report given late in the year (1980) sets the next year's targets (1981)
    target_year = f"{card.target_year}年" if card.target_year is not None else old_year
    document.add_heading(f"{number}、{target_year}目标完成情况", level=1)
    for warning in pair_warnings(card):
        _note(document, "注意：" + warning)
    shown, rest = brief_rows(card)
    counts = Counter(row.verdict for row in shown)
    summary = "，".join(f"{verdict_words(verdict)} {counts[verdict]} 项"
                       for verdict in VERDICT_WORDS if counts[verdict])
    document.add_paragraph(f"{old_year}报告的目标对照{new_year}报告的回顾：{summary or '没有可对照的目标'}。")
    if shown:
        add_table(document, ["指标", f"{target_year}目标", f"{new_year}结果", "评价", "说明"],
                  [[row.indicator,
                    _side(row.target, row.indicator), _side(row.result), verdict_words(row.verdict),
                    row_reason(row, old_year, new_year, old_has_plan=has_plan_part(card))] for row in shown],
                  [3.2, 3.0, 3.0, 1.8, 4.6])
    if rest:  # named, so that the brief says what it leaves out; the appendix, when written, has them all
        names = list(dict.fromkeys(row.indicator for row in rest))
        listed = "、".join(names[:LISTED_REST]) + ("等" if len(names) > LISTED_REST else "")
        where = "完整对照见附录二。" if full else ""
        _note(document, f"另有 {len(rest)} 项具体任务、规划期目标或{new_year}报告未给出结果的目标"
                        f"未列入上表：{listed}。{where}")


def _side(figure: Figure | None, name: str = "") -> str:
    if figure is None:
        return NO_VALUE
    if figure.indicator is not None:
        return indicator_value(figure.indicator)
    return "定性目标" if figure.quote.strip() == name else _quote(figure.quote)


# The scorecard's warnings (``core.compare.scorecard.PAIR_WARNINGS``) in Chinese, by code.
PAIR_WARNINGS_CHINESE = {
    "year-unknown": "报告年份不明，无法核对两份报告是否为相邻年份。",
    "not-consecutive": "两份报告为{old_year}年和{new_year}年，不是相邻年份，对照的不是同一年的目标与结果。",
    "different-places": "两份报告不是同一地区（{old_place}、{new_place}）。",
    "no-plan": "{old_year}年的报告没有计划部分，没有可对照的目标。",
    "no-plan-earlier": "上一年的报告没有计划部分，没有可对照的目标。",
    "no-review": "{new_year}年的报告没有回顾部分，没有可对照的结果。",
    "no-review-later": "本年的报告没有回顾部分，没有可对照的结果。",
    "period-targets-only": "{old_year}年的报告没有单独为{target_year}年设定目标，所列均为规划期目标，"
                           "只有后一年的报告回顾该时期时才能对照。",
}


def pair_warnings(card: Scorecard) -> list[str]:
    """What a reader should know before trusting the scorecard, in Chinese: the card's own warnings, which read the
    reports' parts as the scorecard does (a 1950s report without a plan heading still plans from where it turns to
    the year ahead)."""
    return [PAIR_WARNINGS_CHINESE[code].format_map(params) if code in PAIR_WARNINGS_CHINESE else english
            for (code, params), english in zip(card.warning_codes, card.warnings)]


def has_plan_part(card: Scorecard) -> bool:
    """Whether the earlier report plans ahead, as the scorecard read it."""
    return not any(code.startswith("no-plan") for code, _params in card.warning_codes)


# --- 4. topics --------------------------------------------------------------------------


def _topics(document: Document, old: Report, new: Report, number: str) -> None:
    from core.summary.policy_topics import topic_changes

    new_topics, dropped = topic_changes(old, new)
    old_year = f"{old.year}年" if old.year is not None else "上一年"
    new_year = f"{new.year}年" if new.year is not None else "本年"
    document.add_heading(f"{number}、工作部署的新变化", level=1)
    _note(document, "只比较两年报告中部署当年工作的部分（不含回顾与五年规划）；"
                    "关键词为一方提到两次以上、另一方未提及的词。")
    for heading, topics, empty in ((f"{new_year}新提出的重点", new_topics, "没有新出现的重点词。"),
                                   (f"{old_year}提到而{new_year}未再提及的重点", dropped, "没有不再提及的重点词。")):
        document.add_heading(heading, level=2)
        if not topics:
            _note(document, empty)
        for topic in topics:
            paragraph = document.add_paragraph(style="List Bullet")
            paragraph.add_run("、".join(topic.words))
            section = _NUMBERING.sub("", topic.section)
            where = paragraph.add_run(f"——{section}" if section else "")
            where.font.color.rgb = _GREY


# --- 5. sentence counts ---------------------------------------------------------------------


def sentence_counts(main: Annotated) -> tuple[list[list[object]], bool]:
    """Rows (part, targets, achievements, source) and whether they come from suggestions (no labels)."""
    report = main.report
    labelled = any((found := main.label(sentence)) is not None and found[0] in COUNTED_LABELS
                   for sentence in report.sentences)
    suggested = None
    if not labelled:
        from core.suggest.suggestions import suggest

        suggested = suggest(report)
    by_part: dict[str, Counter[str]] = {}
    sources: dict[str, Counter[str]] = {}
    paths = report.section_paths()
    for sentence in report.sentences:
        if suggested is not None:
            suggestion = suggested.get(sentence.id)
            label, source = (suggestion.label, "unconfirmed") if suggestion is not None else ("", "")
        else:
            found = main.label(sentence)
            label, source = found if found is not None else ("", "")
        if label not in COUNTED_LABELS:
            continue
        path = paths.get(sentence.section or "", ())
        part = path[0].title if path and path[0].level == LEVEL_PART else "开头与结尾"
        by_part.setdefault(part, Counter())[label] += 1
        sources.setdefault(part, Counter())[source] += 1
    rows: list[list[object]] = []
    for part, counts in by_part.items():
        if suggested is not None:
            where = SUGGESTED_UNCONFIRMED
        else:
            where = "，".join(f"{source_title(source)} {times}" for source, times in sorted(sources[part].items()))
        rows.append([part, counts["target"], counts["achievement"], where])
    return rows, suggested is not None


def _sentence_counts(document: Document, main: Annotated, number: str) -> None:
    document.add_heading(f"{number}、目标与成绩句子统计", level=1)
    rows, from_suggestions = sentence_counts(main)
    if from_suggestions:
        _note(document, "本报告尚无人工标注的目标或成绩句，下表按系统推荐的标签统计，未经人工确认。")
    if not rows:
        _note(document, "没有标为目标或成绩的句子。")
        return
    total = [sum(int(row[1]) for row in rows), sum(int(row[2]) for row in rows)]  # type: ignore[call-overload]
    rows.append(["合计", total[0], total[1], ""])
    add_table(document, ["部分", f"{label_title('target')}（句）", f"{label_title('achievement')}（句）", "来源"], rows,
              [6.4, 2.0, 2.0, 5.2])


# --- appendix -------------------------------------------------------------------------------


def _appendix(document: Document, main: Annotated, card: Scorecard | None) -> None:
    from core.compare.indicators import extract_indicators

    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("附录一　指标全表", level=1)
    rows = [[index + 1, indicator.name, indicator_value(indicator), _part_title(indicator.kind), indicator.text]
            for index, indicator in enumerate(extract_indicators(main.report))]
    if rows:
        add_table(document, ["序号", "指标", "数值", "部分", "原文"], rows, [1.1, 3.6, 3.2, 1.4, 6.3])
    else:
        _note(document, "报告中没有找到数量指标。")
    if card is not None:
        old_year = f"{card.old.year}年" if card.old.year is not None else "上一年"
        new_year = f"{card.new.year}年" if card.new.year is not None else "本年"
        document.add_heading("附录二　目标对照全表", level=1)
        horizon = {"year": "当年", "five-year": "五年", "plan-period": "规划期"}
        add_table(document, ["指标", "期限", f"{old_year}目标", f"{new_year}结果", "评价", "说明"],
                  [[row.indicator, horizon.get(row.horizon, row.horizon), _side(row.target, row.indicator),
                    _side(row.result), verdict_words(row.verdict),
                    row_reason(row, old_year, new_year, old_has_plan=has_plan_part(card))] for row in card.rows],
                  [3.0, 1.3, 2.8, 2.8, 1.6, 4.1])


def _part_title(kind: str) -> str:
    return {"review": "回顾", "plan": "计划", "self": "自身建设"}.get(kind, "其他")


def _note(document: Document, text: str) -> None:
    paragraph = document.add_paragraph(style="Caption")
    paragraph.add_run(text)


__all__ = ["VERDICT_WORDS", "build_brief", "facts_line", "meeting_name", "row_reason", "sentence_counts",
           "speaker_with_office", "verdict_words"]
