"""Report files labelled by several annotators, for the team tests (agreement, adjudication, status)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from core.annotations.annotation_set import AnnotationSet
from core.annotations.opening import open_annotations
from core.reading.document import load_reports
from core.reading.model import Report

# Six sentences of a small report, each a line of its own.
SIX_SENTENCES = [
    "过去一年，全市生产总值增长4.5%。", "新增城镇就业3.2万人。", "今年地区生产总值增长6%左右。",
    "城镇调查失业率控制在5.5%以内。", "各位代表！", "我们要坚定信心，团结奋斗。",
]


def write_report(folder: Path, name: str = "report.txt", sentences: Sequence[str] = SIX_SENTENCES) -> Path:
    """A report file of ``sentences``, one per line, in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / name
    source.write_text("\n".join(sentences) + "\n", encoding="utf-8")
    return source


def label_as(source: Path, annotator: str, labels: Sequence[str | None]) -> AnnotationSet:
    """Label the first report's sentences of ``source`` as ``annotator``: one label (or None) per sentence; saved."""
    reports: list[Report] = load_reports(source)
    report = reports[0]
    assert len(report.sentences) >= len(labels), [s.text for s in report.sentences]
    annotations = open_annotations(source, annotator, reports)
    for sentence, label in zip(report.sentences, labels):
        if label is not None:
            annotations.set(report, sentence, label)
    annotations.save()
    return annotations
