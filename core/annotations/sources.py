"""Where labelled reports come from: report files, annotation files and folders of either.

A report file brings every annotation file of it (beside it, or in the per-user
data folder, see ``core.annotations.paths``); an annotation file finds its report
through its ``source`` field, or beside itself when the report was moved.
Each (report, annotator) pair becomes one ``LabelledReport``.
"""

from __future__ import annotations

import copy
import dataclasses
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from core.annotations.annotation_set import AnnotationSet
from core.annotations.labels import LabelDef
from core.annotations.opening import load_annotation_file
from core.annotations.paths import FILE_SUFFIX, fallback_path, folder_is_writable, other_place
from core.errors import ExportError, LoadError
from core.reading.document import load_reports
from core.reading.file_types import SUPPORTED_SUFFIXES
from core.reading.model import Report

Progress = Callable[[int, int], None]


REPORT_SUFFIXES = SUPPORTED_SUFFIXES


@dataclass
class LabelledReport:
    """One report with one annotator's annotations (None: no annotation file)."""

    report: Report
    annotations: AnnotationSet | None

    @property
    def report_id(self) -> str:
        """Unique across files: ``<file name>#<report id>``."""
        return f"{self.report.source.name}#{self.report.id}"

    @property
    def annotator(self) -> str | None:
        return self.annotations.annotator if self.annotations is not None else None


@dataclass
class Collection:
    """What the sources gave: the pairs, and things the user should hear about."""

    items: list[LabelledReport] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def labels(self) -> list[LabelDef]:
        """The union of the label sets, first definition of a name wins."""
        seen: dict[str, LabelDef] = {}
        for item in self.items:
            for label in item.annotations.labels if item.annotations is not None else ():
                seen.setdefault(label.name, label)
        if not seen:
            from core.annotations.labels import DEFAULT_LABELS

            return list(DEFAULT_LABELS)
        return list(seen.values())


def expand_sources(sources: Iterable[Path | str], found_in_folders: set[Path] | None = None,
                   ) -> tuple[list[Path], list[Path]]:
    """Split ``sources`` into (report files, annotation files); folders are searched recursively.

    Report files found inside folders (not named) are added to ``found_in_folders``.
    """
    reports: list[Path] = []
    annotation_files: list[Path] = []
    named: set[Path] = set()
    for source in sources:
        path = Path(source)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
                    _sort_file(child, reports, annotation_files, explicit=False)
        elif path.is_file():
            _sort_file(path, reports, annotation_files, explicit=True)
            named.add(Path(os.path.abspath(path)))
        else:
            raise ExportError(f"{path} does not exist.")
    reports = _unique(reports)
    if found_in_folders is not None:
        found_in_folders.update(path for path in reports if path not in named)
    return reports, _unique(annotation_files)


def _sort_file(path: Path, reports: list[Path], annotation_files: list[Path], *, explicit: bool) -> None:
    if path.name.endswith(FILE_SUFFIX):
        annotation_files.append(path)
    elif path.suffix.lower() in REPORT_SUFFIXES or explicit:
        reports.append(path)


def _unique(paths: list[Path]) -> list[Path]:
    seen: dict[Path, Path] = {}
    for path in paths:
        seen.setdefault(Path(os.path.abspath(path)), path)
    return list(seen)


def annotation_files_for(source: Path) -> list[Path]:
    """Every annotation file of ``source``: beside it, or in the data folder (one per annotator)."""
    source = Path(os.path.abspath(source))
    pattern = f"{_glob_escape(source.name)}.*{FILE_SUFFIX}"
    beside_folder = source.parent
    data_folder = fallback_path(source, "annotator").parent
    beside = {path.name: path for path in beside_folder.glob(pattern)}
    fallback = {path.name: path for path in data_folder.glob(pattern)} if data_folder.is_dir() else {}
    writable = folder_is_writable(beside_folder)
    chosen: list[Path] = []
    for name in sorted(set(beside) | set(fallback)):
        if name in beside and (writable or name not in fallback):
            chosen.append(beside[name])
        else:
            chosen.append(fallback[name])
    return chosen


def _glob_escape(name: str) -> str:
    return "".join(f"[{char}]" if char in "*?[" else char for char in name)


def report_file_of(annotation_file: Path, annotations: AnnotationSet) -> Path:
    """The report file an annotation file belongs to; ExportError when it is nowhere."""
    recorded = Path(annotations.source)
    if recorded.is_file():
        return recorded
    moved = Path(annotation_file).parent / recorded.name
    if moved.is_file():
        return moved
    raise ExportError(f"The report file of {annotation_file} was not found: {recorded} does not exist "
                      f"and there is no {recorded.name} beside the annotation file.")


def collect(sources: Iterable[Path | str], progress: Progress | None = None, *,
            include_unannotated: bool = False) -> Collection:
    """Load every report and annotation file the sources name.

    A report without annotation files is left out (with a warning) unless
    ``include_unannotated``; then one found in a folder that cannot be read
    is skipped with a warning.  Raises ExportError for a missing source or
    report, LoadError for a named report that cannot be read and
    AnnotationFileError for a damaged annotation file.
    """
    found_in_folders: set[Path] = set()
    report_files, annotation_files = expand_sources(sources, found_in_folders)
    collection = Collection()
    plan: dict[Path, list[Path]] = {}  # report file -> its annotation files
    loaded_sets: dict[Path, AnnotationSet] = {}
    for report_file in report_files:
        plan.setdefault(Path(os.path.abspath(report_file)), []).extend(annotation_files_for(report_file))
    for annotation_file in annotation_files:
        annotations = load_annotation_file(annotation_file)
        absolute = Path(os.path.abspath(annotation_file))
        loaded_sets[absolute] = annotations
        report_file = Path(os.path.abspath(report_file_of(annotation_file, annotations)))
        plan.setdefault(report_file, []).append(absolute)
    total = len(plan)
    for done, (report_file, files) in enumerate(plan.items()):
        if progress is not None:
            progress(done, total)
        files = _unique(files)
        if not files:
            if not include_unannotated:
                collection.warnings.append(f"No annotation file was found for {report_file}; it is left out.")
                continue
            try:
                reports = load_reports(report_file)
            except LoadError as error:
                if report_file not in found_in_folders:
                    raise
                collection.warnings.append(f"Skipped {report_file}: {error}")
                continue
            collection.warnings.append(f"No annotation file was found for {report_file}; "
                                       "its sentences are written without labels.")
            collection.items.extend(LabelledReport(report, None) for report in reports)
            continue
        reports = load_reports(report_file)
        merged_in: set[Path] = set()
        for annotation_file in files:
            if Path(os.path.abspath(annotation_file)) in merged_in:
                continue
            loaded = loaded_sets.get(Path(os.path.abspath(annotation_file)))
            annotations = loaded if loaded is not None else load_annotation_file(annotation_file)
            if Path(annotations.source).name != report_file.name:
                continue  # a file of another report whose name starts alike
            twin = other_place(annotation_file, report_file)
            if twin.is_file():
                merged_in.add(Path(os.path.abspath(twin)))
                result = annotations.merge_file(load_annotation_file(twin))
                collection.warnings.append(
                    f"The labels of {annotations.annotator} on {report_file.name} are kept in two files, "
                    f"{annotation_file} and {twin} (one was saved while the report's folder could not be "
                    f"written); both are used: {result.taken} label(s) come from the second only"
                    + (f", {len(result.conflicts)} sentence(s) labelled differently in both get the newer label"
                       if result.conflicts else "") + ". Open the report in the program to merge the files.")
            annotations.reattach(reports)
            orphans = len(annotations.orphans())
            if orphans:
                collection.warnings.append(
                    f"{orphans} annotation(s) in {annotation_file} no longer match a sentence and are left out.")
            for report in reports:
                collection.items.append(LabelledReport(_corrected(report, annotations), annotations))
    if progress is not None:
        progress(total, total)
    return collection


def _corrected(report: Report, annotations: AnnotationSet) -> Report:
    """A copy of ``report`` with the annotator's metadata corrections applied."""
    if not annotations.metadata_corrections(report.id):
        return report
    corrected = dataclasses.replace(report, metadata=copy.deepcopy(report.metadata))
    annotations.apply_corrections(corrected)
    return corrected
