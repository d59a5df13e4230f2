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

import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from core.annotations.file_format import parse_annotation_file
from core.annotations.paths import annotation_file_name, data_dir, fallback_folder_name
from core.errors import AnnotationFileError, LoadError
from core.reading.folders import report_files_in
from core.reading.parse_cache import FileSummary, ParseCache, look_up, summarize

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


@dataclass
class ReportListing:
    """What ``list_reports`` found: the reports, the files that failed, and how many came from the cache."""

    sources: list[Path] = field(default_factory=list)  # the files and folders asked for
    reports: list[ListedReport] = field(default_factory=list)
    failures: list[tuple[Path, LoadError]] = field(default_factory=list)  # the error says why
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

    Files whose summary is cached come first (so a folder opened before is
    listed at once), then the others are parsed one by one.  ``on_found``
    hears the reports as soon as they are known: all cached ones together,
    then those of each parsed file.
    """
    sources = [Path(path) for path in paths]
    files = report_files(sources)
    listing = ReportListing(sources)
    saved = _SavedFiles(annotator)
    to_parse: list[tuple[Path, str]] = []
    cached: list[ListedReport] = []
    for done, path in enumerate(files):
        if progress is not None and done % 100 == 0:
            progress(done - len(to_parse), len(files))  # files listed so far
        try:
            key, summary = look_up(path, cache) if cache is not None else ("", None)
        except LoadError as error:
            listing.failures.append((path, error))
            continue
        if summary is None:
            to_parse.append((path, key))
            continue
        listing.from_cache += 1
        cached.extend(saved.listed(summary))
    listing.reports.extend(cached)
    if on_found is not None and cached:
        on_found(cached)
    done = len(files) - len(to_parse)
    for path, key in to_parse:
        if progress is not None:
            progress(done, len(files))
        done += 1
        try:
            summary = summarize(path, cache, key)
        except LoadError as error:
            listing.failures.append((path, error))
            continue
        listing.parsed += 1
        found = saved.listed(summary)
        listing.reports.extend(found)
        if on_found is not None:
            on_found(found)
    if cache is not None:
        cache.save_index()
    if progress is not None:
        progress(len(files), len(files))
    return listing


class _SavedFiles:
    """The annotator's saved files of many reports, looked for with one listing per folder."""

    def __init__(self, annotator: str) -> None:
        self.annotator = annotator
        self._names: dict[Path, set[str]] = {}
        self._resolved: dict[Path, Path] = {}
        fallback_root = data_dir() / "annotations"
        self._fallback_root = fallback_root
        try:
            self._fallback_folders = set(os.listdir(fallback_root))
        except OSError:
            self._fallback_folders = set()

    def listed(self, summary: FileSummary) -> list[ListedReport]:
        """The reports of a file with the place and year corrections and label counts of its saved file."""
        labelled, corrections = self._saved_state(summary.path)
        found = []
        for report in summary.reports:
            corrected = corrections.get(report.id, {})
            found.append(ListedReport(
                summary.path, report.id, report.index, corrected.get("place", report.place),
                corrected.get("year", report.year), report.title, report.sentences,
                min(labelled[report.id], report.sentences)))
        return found

    def _candidates(self, source: Path) -> list[Path]:
        name = annotation_file_name(source, self.annotator)
        folder = source.parent
        if folder not in self._names:
            try:
                self._names[folder] = set(os.listdir(folder))
            except OSError:
                self._names[folder] = set()
        candidates = [folder / name] if name in self._names[folder] else []
        if self._fallback_folders:
            if folder not in self._resolved:
                self._resolved[folder] = folder.resolve()
            resolved = self._resolved[folder] / source.name
            if source.is_symlink():
                resolved = source.resolve()
            digest = fallback_folder_name(resolved)
            if digest in self._fallback_folders:
                candidates.append(self._fallback_root / digest / name)
        return candidates

    def _saved_state(self, source: Path) -> tuple[Counter[str], dict[str, dict[str, str]]]:
        """Labelled sentences per report id and the metadata corrections in the annotator's saved file."""
        for candidate in self._candidates(source):
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
