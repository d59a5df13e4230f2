"""A Word brief of one report, optionally set against the year before: finding what to show, and saving.

The brief itself is built by ``core.summary.brief``; this module finds the
report and its annotations, pairs reports for a folder
(``core.summary.batch``), and saves atomically where
``core.export.output_files.check_outputs`` allows.  Nothing here imports Qt;
``write_summary`` takes a ``progress(done, total)`` callback for a worker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from docx.document import Document

from core.annotations.annotation_set import AnnotationSet
from core.annotations.atomic_write import atomic_write
from core.annotations.opening import load_annotation_file
from core.annotations.paths import FILE_SUFFIX, annotator_slug
from core.annotations.sources import annotation_files_for
from core.errors import SaveError
from core.export.output_files import check_outputs
from core.reading.model import Report
from core.summary.annotated import Annotated, indicator_value, label_title, report_title
from core.summary.brief import build_brief

Progress = Callable[[int, int], None]


class SummaryError(Exception):
    """The summary cannot be made; ``str(error)`` is a sentence for the user."""


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


def write_summary(out: Path | str, main: Annotated, compare: Annotated | None = None,
                  progress: Progress | None = None, *, overwrite: bool = False, full: bool = False) -> Path:
    """Build the brief and save it atomically to ``out`` (SaveError on failure).

    ``compare`` is the report of another year: the earlier of the two is
    judged by the later one, and the brief is of the later one (``main``
    unless ``compare`` is later: ``is_later``).  ``full`` appends
    the complete indicator tables.

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
    document = build_document(main, compare, progress, full=full)
    buffer = io.BytesIO()
    document.save(buffer)
    if not out.parent.is_dir():
        raise SaveError(out, f"Could not save {out}: the folder {out.parent} does not exist.")
    atomic_write(out, buffer.getvalue())
    return out


def build_document(main: Annotated, compare: Annotated | None = None, progress: Progress | None = None, *,
                   full: bool = False) -> Document:
    """The brief of ``main``; with ``compare``, the previous year's targets against this year's results."""
    if compare is not None and is_later(compare.report, main.report):
        # the other report is the later one: its brief judges this one's targets
        return build_brief(compare, main, full=full, progress=progress)
    return build_brief(main, compare, full=full, progress=progress)


def is_later(other: Report, report: Report) -> bool:
    """Whether ``other`` is of a later year than ``report``: compared with it, the brief written is ``other``'s."""
    return other.year is not None and report.year is not None and other.year > report.year


__all__ = [
    "Annotated", "SummaryError", "choose_report", "find_annotations", "indicator_value", "is_later",
    "label_title", "matching_report", "report_title", "write_summary",
]
