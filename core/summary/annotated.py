"""A report with the annotations a summary shows, and how reports and indicators are named in one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.annotations.annotation_set import AnnotationSet
from core.annotations.labels import LabelDef
from core.file_names import readable
from core.reading.model import Report, Sentence

if TYPE_CHECKING:
    from core.compare.indicators import Indicator

LABEL_TITLES = {"target": "目标", "achievement": "成绩", "other": "其他"}
SOURCE_TITLES = {"manual": "人工标注", "suggested": "系统推荐已确认"}


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


def source_title(source: str) -> str:
    """``manual`` -> ``人工标注``, ``suggested`` -> ``系统推荐已确认``."""
    return SOURCE_TITLES.get(source, source)


def report_title(report: Report) -> str:
    """``威海市2022年政府工作报告``; the file name stands in for a missing place."""
    year = f"{report.year}年" if report.year is not None else ""
    if report.place:
        return f"{report.place}{year}政府工作报告"
    return f"{year}政府工作报告（{readable(report.source.name)}）"


def indicator_value(indicator: Indicator) -> str:
    """An indicator as a reader would say it: ``力争增长6%左右``, ``高于全省1个百分点``, ``比上年增长9%``."""
    text = indicator.shown_value()
    if indicator.value is not None:
        text = indicator.relation_text() + text
    hedge = indicator.hedge
    return (hedge + text) if hedge and not text.startswith(hedge) else text
