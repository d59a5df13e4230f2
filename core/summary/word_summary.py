"""A Word summary of one annotated report, optionally set against another year.

The summary holds: the title and metadata, label counts, then for each part
and sub-section of the report its targets and achievements as the labelled
sentences themselves, and a table of the report's indicators
(``core.compare.indicators``).  With a second report, a comparison follows
(``core.compare.align``): the earlier year's targets beside the later year's reported
results and new targets, and the sub-section topics that are new or dropped.

Fonts, A4 and tables come from ``core.summary.docx_style``.  Nothing here imports Qt;
``write_summary`` takes a ``progress(done, total)`` callback for a worker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from docx.document import Document
from docx.shared import RGBColor

from core.annotations.annotation_set import AnnotationSet
from core.annotations.atomic_write import atomic_write
from core.annotations.labels import LabelDef
from core.annotations.opening import load_annotation_file
from core.annotations.paths import FILE_SUFFIX, annotator_slug
from core.annotations.sources import annotation_files_for
from core.errors import SaveError
from core.export.output_files import check_outputs
from core.file_names import readable
from core.reading.model import KIND_OTHER, KIND_PLAN, KIND_REVIEW, KIND_SELF, LEVEL_PART, Report, Section, Sentence
from core.summary.docx_style import add_table, new_document

if TYPE_CHECKING:
    from core.compare.indicators import Indicator

Progress = Callable[[int, int], None]

LABEL_TITLES = {"target": "目标", "achievement": "成绩", "other": "其他"}
KIND_TITLES = {KIND_REVIEW: "回顾", KIND_PLAN: "计划", KIND_SELF: "政府自身建设", KIND_OTHER: "其他"}
SKIPPED_LABELS = ("other",)  # labels whose sentences are counted but not listed
SUGGESTED_MARK = "〔建议〕"
NO_VALUE = "—"
_GREY = RGBColor(0x59, 0x59, 0x59)


class SummaryError(Exception):
    """The summary cannot be made; ``str(error)`` is a sentence for the user."""


@dataclass
class Annotated:
    """A report and the annotations shown with it (None: none were found)."""

    report: Report
    annotations: AnnotationSet | None = None

    def label(self, sentence: Sentence) -> tuple[str, str] | None:
        """(label, source) of a sentence, or None."""
        if self.annotations is None:
            return None
        annotation = self.annotations.get(self.report.id, sentence.id)
        return None if annotation is None else (annotation.label, annotation.source)

    def labels(self) -> list[LabelDef]:
        if self.annotations is not None:
            return list(self.annotations.labels)
        from core.annotations.labels import DEFAULT_LABELS

        return list(DEFAULT_LABELS)


def label_title(name: str) -> str:
    """``target`` -> ``目标``; other names stay as they are."""
    return LABEL_TITLES.get(name, name)


def report_title(report: Report) -> str:
    """``威海市2022年政府工作报告``; the file name stands in for a missing place."""
    year = f"{report.year}年" if report.year is not None else ""
    if report.place:
        return f"{report.place}{year}政府工作报告"
    return f"{year}政府工作报告（{readable(report.source.name)}）"


# --- finding what to summarise -------------------------------------------


def choose_report(reports: Sequence[Report], report_id: str | None, source: Path) -> Report:
    """The report named by ``report_id``, or the only one; SummaryError otherwise."""
    if report_id is not None:
        for report in reports:
            if report.id == report_id:
                return report
    elif len(reports) == 1:
        return reports[0]
    listing = ", ".join(f"{report.id} ({report.display_name()})" for report in reports)
    problem = f"There is no report {report_id!r} in {source}" if report_id is not None else (
        f"{source} holds several reports")
    raise SummaryError(f"{problem}; choose one with --report: {listing}.")


def find_annotations(source: Path, reports: list[Report], annotations_file: Path | None = None,
                     annotator: str | None = None) -> AnnotationSet | None:
    """The annotations to show: the given file, else the one annotation file of ``source``.

    Raises AnnotationFileError for a damaged file and SummaryError when
    several annotators' files exist and none was chosen.
    """
    if annotations_file is not None:
        return load_annotation_file(annotations_file, reports)
    files = annotation_files_for(source)
    if annotator is not None:
        wanted = f"{source.name}.{annotator_slug(annotator)}{FILE_SUFFIX}"
        files = [path for path in files if path.name == wanted]
        if not files:
            raise SummaryError(f"There are no annotations of {annotator!r} for {source}.")
    if not files:
        return None
    if len(files) > 1:
        names = ", ".join(path.name for path in files)
        raise SummaryError(f"{source} has annotations by several annotators ({names}); "
                           "choose one with --annotations FILE or --annotator NAME.")
    return load_annotation_file(files[0], reports)


def matching_report(reports: Sequence[Report], like: Report) -> Report | None:
    """The report of ``reports`` for the same place as ``like`` (or the only one)."""
    from core.compare.year_pairs import place_key

    if len(reports) == 1:
        return reports[0]
    same = [report for report in reports if like.place and report.place
            and place_key(report.place) == place_key(like.place)]
    return same[0] if len(same) == 1 else None


# --- building ---------------------------------------------------------------


def build_summary(main: Annotated, compare: Annotated | None = None, progress: Progress | None = None) -> Document:
    """The summary document (not yet saved)."""
    steps = 5 if compare is not None else 4
    tick = progress or (lambda done, total: None)
    document = new_document()
    report = main.report
    document.add_paragraph(report_title(report), style="Title")
    document.add_paragraph("标注摘要", style="Subtitle")
    _metadata_table(document, main)
    tick(1, steps)
    _label_counts(document, main)
    tick(2, steps)
    _sections(document, main)
    tick(3, steps)
    _indicator_table(document, main)
    tick(4, steps)
    if compare is not None:
        _comparison(document, main, compare)
        tick(5, steps)
    return document


def write_summary(out: Path | str, main: Annotated, compare: Annotated | None = None,
                  progress: Progress | None = None, *, overwrite: bool = False) -> Path:
    """Build the summary and save it atomically to ``out`` (SaveError on failure).

    ``out`` is never one of the files shown (the reports, their annotation
    files) nor an annotation file, and an existing file is replaced only with
    ``overwrite`` (``core.export.output_files.check_outputs``).
    """
    import io

    out = Path(out)
    inputs: list[Path] = []
    for shown in (main, compare):
        if shown is not None:
            inputs.append(shown.report.source)
            if shown.annotations is not None:
                inputs.append(shown.annotations.path)
    check_outputs([out], inputs, overwrite=overwrite)
    document = build_summary(main, compare, progress)
    buffer = io.BytesIO()
    document.save(buffer)
    if not out.parent.is_dir():
        raise SaveError(out, f"Could not save {out}: the folder {out.parent} does not exist.")
    atomic_write(out, buffer.getvalue())
    return out


def _note(document: Document, text: str) -> None:
    paragraph = document.add_paragraph()
    run = paragraph.add_run(text)
    run.font.color.rgb = _GREY


def _metadata_table(document: Document, main: Annotated) -> None:
    report, annotations = main.report, main.annotations
    meta = report.metadata
    document.add_heading("基本信息", level=1)
    rows = [
        ("标题", meta.title.value or report_title(report)),
        ("地区", meta.place.value or NO_VALUE),
        ("报告年份", meta.year.value or NO_VALUE),
        ("回顾年份", meta.review_year.value or NO_VALUE),
        ("会议日期", meta.meeting_date.value or NO_VALUE),
        ("报告人", meta.speaker.value or NO_VALUE),
        ("来源文件", readable(report.source.name) + (f"（第 {report.index + 1} 篇）" if report.index else "")),
        ("标注人", annotations.annotator if annotations is not None else NO_VALUE),
        ("标注文件", readable(annotations.path.name) if annotations is not None else "（无）"),
    ]
    add_table(document, ["项目", "内容"], rows, [3.5, 12.5])


def _label_counts(document: Document, main: Annotated) -> None:
    document.add_heading("标注统计", level=1)
    sentences = main.report.sentences
    counts: dict[str, int] = {label.name: 0 for label in main.labels()}
    for sentence in sentences:
        found = main.label(sentence)
        if found is not None:
            counts[found[0]] = counts.get(found[0], 0) + 1
    labelled = sum(counts.values())
    total = len(sentences)
    if main.annotations is None:
        _note(document, "未找到标注文件，以下各节只列出结构与指标。")

    def share(count: int) -> str:
        return f"{100 * count / total:.1f}%" if total else NO_VALUE

    rows: list[list[object]] = [[label_title(name), name, count, share(count)] for name, count in counts.items()]
    rows.append(["未标注", "", total - labelled, share(total - labelled)])
    rows.append(["合计", "", total, share(total)])
    document.add_paragraph(f"全文共 {total} 句，已标注 {labelled} 句（{share(labelled)}）。")
    add_table(document, ["标签", "名称", "句数", "占比"], rows, [4, 4, 3, 3])


def _group_of(report: Report, sentence: Sentence) -> tuple[Section | None, Section | None]:
    """(part, sub-section) of a sentence; leads count with their sub-section."""
    path = report.section_path(sentence.section)
    part = path[0] if path and path[0].level == LEVEL_PART else None
    rest = path[1:] if part is not None else path
    return part, (rest[0] if rest else None)


def _sections(document: Document, main: Annotated) -> None:
    report = main.report
    shown = [label.name for label in main.labels() if label.name not in SKIPPED_LABELS]
    groups: dict[tuple[str | None, str | None], dict[str, list[tuple[Sentence, str]]]] = {}
    for sentence in report.sentences:
        found = main.label(sentence)
        if found is None or found[0] not in shown:
            continue
        part, sub = _group_of(report, sentence)
        key = (part.id if part else None, sub.id if sub else None)
        groups.setdefault(key, {}).setdefault(found[0], []).append((sentence, found[1]))
    if not groups:
        document.add_heading("目标与成绩", level=1)
        _note(document, "没有标为" + "或".join(label_title(name) for name in shown) + "的句子。")
        return
    current_part: str | None = "<none yet>"
    after_subsection = False
    for (part_id, sub_id), by_label in groups.items():
        if part_id != current_part:
            current_part, after_subsection = part_id, False
            part = report.section_by_id(part_id)
            document.add_heading(part.title if part else "正文（未分部分）", level=1)
            if part is not None:
                _note(document, f"部分类型：{KIND_TITLES.get(part.kind, part.kind)}")
        if sub_id is not None:
            document.add_heading(report.section_by_id(sub_id).title, level=2)  # type: ignore[union-attr]
            after_subsection = True
        elif after_subsection:
            document.add_heading("本部分其他内容", level=2)
        for name in shown:
            items = by_label.get(name)
            if not items:
                continue
            document.add_heading(f"{label_title(name)}（{len(items)} 句）", level=3)
            for sentence, source in items:
                paragraph = document.add_paragraph(style="List Bullet")
                paragraph.add_run(sentence.text)
                if source != "manual":
                    mark = paragraph.add_run(SUGGESTED_MARK)
                    mark.font.color.rgb = _GREY


def indicator_value(indicator: Indicator) -> str:
    """An indicator as a reader would say it: ``力争增长6%左右``, ``高于全省1个百分点``."""
    text = indicator.value_text()
    if indicator.value is not None:
        text = indicator.relation + indicator.reference + text
    hedge = indicator.hedge
    return (hedge + text) if hedge and not text.startswith(hedge) else text


def _indicator_table(document: Document, main: Annotated) -> None:
    from core.compare.indicators import extract_indicators

    report = main.report
    document.add_heading("指标表", level=1)
    by_id = {sentence.id: sentence for sentence in report.sentences}
    rows: list[list[object]] = []
    for indicator in extract_indicators(report):
        sentence = by_id.get(indicator.sentence_id or "")
        found = main.label(sentence) if sentence is not None else None
        if found is not None and found[0] in SKIPPED_LABELS:
            continue
        rows.append([len(rows) + 1, indicator.name, indicator_value(indicator),
                     KIND_TITLES.get(indicator.kind, indicator.kind), label_title(found[0]) if found else NO_VALUE,
                     indicator.text])
    if not rows:
        _note(document, "报告中没有找到数量指标。")
        return
    _note(document, "从报告正文提取的数量指标（不含标为“其他”的句子）；“部分”为所在部分的类型，“标注”为所在句的标签。")
    add_table(document, ["序号", "指标", "数值", "部分", "标注", "原文"], rows, [1.1, 3.4, 3.0, 1.3, 1.3, 5.9])


# --- comparison ---------------------------------------------------------------


def _comparison(document: Document, main: Annotated, other: Annotated) -> None:
    from core.compare.align import VIEW_TARGET_RESULT, VIEW_TARGET_TARGET, align_reports

    first, second = main.report, other.report
    if first.year is not None and second.year is not None and second.year > first.year:
        old, new = first, second
    else:  # the report being summarised is the later one unless the other is known to be later
        old, new = second, first
    old_year = f"{old.year}年" if old.year is not None else "前一份报告"
    new_year = f"{new.year}年" if new.year is not None else "后一份报告"
    alignment = align_reports(old, new)
    document.add_heading(f"年度对比：{old_year}与{new_year}", level=1)
    document.add_paragraph(f"较早的报告：{report_title(old)}；较晚的报告：{report_title(new)}。")

    document.add_heading(f"{old_year}目标与{new_year}报告的结果、新目标", level=2)
    results = {id(pair.old): pair.new for pair in alignment.indicators(VIEW_TARGET_RESULT) if pair.old is not None}
    targets = {id(pair.old): pair.new for pair in alignment.indicators(VIEW_TARGET_TARGET) if pair.old is not None}
    olds = [pair.old for pair in alignment.indicators(VIEW_TARGET_RESULT) if pair.old is not None]
    for pair in alignment.indicators(VIEW_TARGET_TARGET):
        if pair.old is not None and id(pair.old) not in results:
            olds.append(pair.old)
    olds.sort(key=lambda indicator: indicator.start)
    rows: list[list[object]] = []
    for indicator in olds:
        result, target = results.get(id(indicator)), targets.get(id(indicator))
        rows.append([indicator.name, indicator_value(indicator),
                     indicator_value(result) if result is not None else NO_VALUE,
                     indicator_value(target) if target is not None else NO_VALUE])
    for pair in alignment.indicators(VIEW_TARGET_TARGET):
        if pair.old is None and pair.new is not None:
            rows.append([pair.new.name, "（新增）", NO_VALUE, indicator_value(pair.new)])
    if olds:
        missing = [f"{new_year}报告没有{title}部分" for kind, title in ((KIND_REVIEW, "回顾"), (KIND_PLAN, "计划"))
                   if not any(section.kind == kind for section in new.sections)]
        _note(document, f"按指标名称匹配：{old_year}计划部分的目标，{new_year}回顾部分报告的结果，"
                        f"{new_year}计划部分的新目标；“—”表示对方报告中未找到对应指标"
                        + "".join(f"；{text}" for text in missing) + "。")
        add_table(document, ["指标", f"{old_year}目标", f"{new_year}报告结果", f"{new_year}新目标"], rows,
                  [4.0, 4.0, 4.0, 4.0])
    else:
        _note(document, f"{old_year}报告中没有找到计划部分的数量指标（文件可能只含回顾部分），"
                        f"无法与{new_year}的结果和新目标对照。")

    new_topics, dropped_topics = _topic_changes(alignment)
    document.add_heading(f"{new_year}新增的议题", level=2)
    _topic_list(document, new_topics, "没有新增的议题。")
    document.add_heading(f"{new_year}不再出现的议题", level=2)
    _topic_list(document, dropped_topics, "没有不再出现的议题。")


def _topic_changes(alignment: object) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(new, dropped) sub-section titles with their part kind, for kinds both reports have."""
    old, new = alignment.old, alignment.new  # type: ignore[attr-defined]
    both = {section.kind for section in old.sections} & {section.kind for section in new.sections}
    new_topics: list[tuple[str, str]] = []
    dropped: list[tuple[str, str]] = []
    for pair in alignment.section_pairs:  # type: ignore[attr-defined]
        if pair.level == LEVEL_PART or pair.kind not in both or pair.kind not in (KIND_PLAN, KIND_REVIEW):
            continue
        if pair.old is None and pair.new is not None:
            section = new.section_by_id(pair.new)
            if section is not None:
                new_topics.append((section.title, section.kind))
        elif pair.new is None and pair.old is not None:
            section = old.section_by_id(pair.old)
            if section is not None:
                dropped.append((section.title, section.kind))
    return new_topics, dropped


def _topic_list(document: Document, topics: list[tuple[str, str]], empty: str) -> None:
    if not topics:
        _note(document, empty)
        return
    for title, kind in topics:
        paragraph = document.add_paragraph(style="List Bullet")
        paragraph.add_run(title)
        note = paragraph.add_run(f"（{KIND_TITLES.get(kind, kind)}）")
        note.font.color.rgb = _GREY


__all__ = [
    "Annotated", "SummaryError", "build_summary", "choose_report", "find_annotations", "indicator_value",
    "label_title", "matching_report", "report_title", "write_summary",
]
