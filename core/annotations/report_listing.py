"""The reports of many files, listed without parsing them: what a folder's report list shows.

``list_reports`` gives one ``ListedReport`` per report in the files and
folders asked for (folders searched by ``core.reading.folders``): place, year
and title from ``core.reading.parse_cache`` (parsed once, then cached by
content), the annotator's corrections of place and year, and how many of its
sentences the annotator's file labels.  The counts are read from the
annotation file without re-attaching its labels to the text, so they are the
saved counts; the window replaces them by exact ones once the report is open.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from core.annotations.file_format import parse_annotation_file
from core.annotations.paths import beside_path, fallback_path
from core.errors import AnnotationFileError, LoadError
from core.reading.folders import report_files_in
from core.reading.parse_cache import ParseCache, summarize

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ListedReport:
    """One report of a file, as the report list shows it before the report is opened."""

    source: Path
    report_id: str
    index: int
    place: str
    year: str
    title: str
    total: int  # sentences
    labelled: int  # labelled sentences in the saved annotation file

    @property
    def year_number(self) -> int | None:
        return int(self.year) if self.year.isdigit() else None


@dataclass
class ReportListing:
    """What ``list_reports`` found: the reports, the files that failed, and how many came from the cache."""

    reports: list[ListedReport] = field(default_factory=list)
    failures: list[tuple[Path, str]] = field(default_factory=list)
    from_cache: int = 0
    parsed: int = 0


def report_files(paths: Iterable[Path | str]) -> list[Path]:
    """The files named and the report files of the folders named, without repeats, in order."""
    seen: dict[Path, None] = {}
    for path in map(Path, paths):
        for found in report_files_in(path) if path.is_dir() else [path]:
            seen.setdefault(found, None)
    return list(seen)


def list_reports(paths: Iterable[Path | str], annotator: str, cache: ParseCache | None = None,
                 progress: Progress | None = None,
                 on_found: Callable[[list[ListedReport]], None] | None = None) -> ReportListing:
    """List every report of the files and folders in ``paths``; a file that cannot be read is a failure.

    ``on_found`` hears the reports of each file as soon as they are known.
    """
    files = report_files(paths)
    listing = ReportListing()
    for done, path in enumerate(files):
        if progress is not None:
            progress(done, len(files))
        try:
            summary = summarize(path, cache)
        except LoadError as error:
            listing.failures.append((path, str(error)))
            continue
        if summary.from_cache:
            listing.from_cache += 1
        else:
            listing.parsed += 1
        labelled, corrections = _saved_state(path, annotator)
        found = []
        for report in summary.reports:
            corrected = corrections.get(report.id, {})
            found.append(ListedReport(
                path, report.id, report.index, corrected.get("place", report.place), corrected.get("year", report.year),
                report.title, report.sentences, min(labelled[report.id], report.sentences)))
        listing.reports.extend(found)
        if on_found is not None:
            on_found(found)
    if progress is not None:
        progress(len(files), len(files))
    return listing


def _saved_state(source: Path, annotator: str) -> tuple[Counter[str], dict[str, dict[str, str]]]:
    """Labelled sentences per report id and the metadata corrections in the annotator's saved file."""
    for candidate in (beside_path(source, annotator), fallback_path(source, annotator)):
        try:
            raw = candidate.read_bytes()
        except OSError:
            continue
        try:
            content = parse_annotation_file(candidate, raw)
        except AnnotationFileError:
            return Counter(), {}  # opening the report says what is wrong with it
        return Counter(report for report, _sentence in content.attached), content.corrections
    return Counter(), {}


__all__ = ["ListedReport", "ReportListing", "list_reports", "report_files"]
