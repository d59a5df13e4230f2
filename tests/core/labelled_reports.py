"""Labelled copies of the bundled sample reports, for tests of exports, imports, summaries and training."""

from __future__ import annotations

import shutil
from pathlib import Path

from core.annotations.annotation_set import AnnotationSet
from core.annotations.opening import open_annotations
from core.reading.document import load_reports
from core.reading.model import KIND_PLAN, KIND_REVIEW, Report
from resources import resource_path


def label_for(report: Report, index: int) -> str | None:
    """A plausible label by section kind; every fifth sentence is left unlabelled."""
    if index % 5 == 4:
        return None
    kind = report.section_kind(report.sentences[index])
    return {KIND_PLAN: "target", KIND_REVIEW: "achievement"}.get(kind, "other")


def labelled_copy(folder: Path, name: str, annotator: str = "alice") -> tuple[Path, list[Report], AnnotationSet]:
    """Copy a bundled sample report into ``folder`` and label it through AnnotationSet.set, saved."""
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / name
    if not source.exists():
        shutil.copy(resource_path("samples", name), source)
    reports = load_reports(source)
    annotations = open_annotations(source, annotator, reports)
    for report in reports:
        for index, sentence in enumerate(report.sentences):
            label = label_for(report, index)
            if label is not None:
                annotations.set(report, sentence, label, source="suggested" if index % 7 == 3 else "manual")
    annotations.save()
    return source, reports, annotations
