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
from core.annotations.file_format import report_entry
from core.annotations.labels import DEFAULT_LABELS, LabelDef, union_of_labels
from core.annotations.opening import load_annotation_file
from core.annotations.paths import FILE_SUFFIX, fallback_path, folder_is_writable, other_place
from core.errors import ExportError, LoadError, Notice
from core.reading.document import load_reports
from core.reading.folders import report_files_in, visible_files
from core.reading.model import Report

Progress = Callable[[int, int], None]


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
        return union_of_labels(item.annotations.labels for item in self.items
                               if item.annotations is not None) or list(DEFAULT_LABELS)


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
            reports.extend(report_files_in(path))
            annotation_files.extend(sorted(child for child in visible_files(path) if child.name.endswith(FILE_SUFFIX)))
        elif path.is_file():
            (annotation_files if path.name.endswith(FILE_SUFFIX) else reports).append(path)
            named.add(Path(os.path.abspath(path)))
        else:
            raise ExportError(f"{path} does not exist.")
    reports = _unique(reports)
    if found_in_folders is not None:
        found_in_folders.update(path for path in reports if path not in named)
    return reports, _unique(annotation_files)


def _unique(paths: list[Path]) -> list[Path]:
    seen: dict[Path, Path] = {}
    for path in paths:
        seen.setdefault(Path(os.path.abspath(path)), path)
    return list(seen)


def annotation_files_for(source: Path, extra_folders: Iterable[Path] = ()) -> list[Path]:
    """Every annotation file of ``source``: beside it, or in the data folder (one per annotator).

    ``extra_folders`` (folders of other people's labels the user added) are
    searched too, by file name; a name found beside the report or in the data
    folder wins.
    """
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
    taken = set(beside) | set(fallback)
    for folder in extra_folders:
        if Path(folder).is_dir():
            for path in sorted(Path(folder).glob(pattern)):
                if path.name not in taken:
                    chosen.append(path)
                    taken.add(path.name)
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
            include_unannotated: bool = False, read_only_reason: str | None = None,
            label_folders: Iterable[Path] = ()) -> Collection:
    """Load every report and annotation file the sources name.

    ``label_folders`` are searched for annotation files of the reports too
    (``annotation_files_for``).

    With ``read_only_reason`` the annotation sets are read-only (read to
    compare or count; see ``load_annotation_file``).

    A report without annotation files is left out (with a warning) unless
    ``include_unannotated``; then one found in a folder that cannot be read
    is skipped with a warning.  Raises ExportError for a missing source or
    report, LoadError for a named report that cannot be read and
    AnnotationFileError for a damaged annotation file.
    """
    found_in_folders: set[Path] = set()
    folders = [Path(folder) for folder in label_folders]
    label_folder_set = {Path(os.path.abspath(folder)) for folder in folders}
    report_files, annotation_files = expand_sources(sources, found_in_folders)
    collection = Collection()
    plan: dict[Path, list[Path]] = {}  # report file -> its annotation files
    loaded_sets: dict[Path, AnnotationSet] = {}
    for report_file in report_files:
        plan.setdefault(Path(os.path.abspath(report_file)), []).extend(annotation_files_for(report_file, folders))
    for annotation_file in annotation_files:
        annotations = load_annotation_file(annotation_file, read_only_reason=read_only_reason)
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
                collection.warnings.append(Notice("no-annotations", file=str(report_file)))
                continue
            try:
                reports = load_reports(report_file)
            except LoadError as error:
                if report_file not in found_in_folders:
                    raise
                collection.warnings.append(Notice("skipped", error, file=str(report_file), detail=str(error)))
                continue
            _without_annotations(collection, report_file, reports, include_unannotated)
            continue
        reports = load_reports(report_file)
        merged_in: set[Path] = set()
        used = False
        for annotation_file in files:
            if Path(os.path.abspath(annotation_file)) in merged_in:
                continue
            loaded = loaded_sets.get(Path(os.path.abspath(annotation_file)))
            annotations = loaded if loaded is not None else load_annotation_file(
                annotation_file, read_only_reason=read_only_reason)
            if Path(annotations.source).name != report_file.name:
                continue  # a file of another report whose name starts alike
            if Path(os.path.abspath(annotation_file)).parent in label_folder_set and not is_of(annotations, reports):
                collection.warnings.append(Notice("another-report", file=str(annotation_file),
                                                  report=str(report_file), found=_named(annotations)))
                continue  # found by file name only: 2019.txt of another place
            twin = other_place(annotation_file, report_file)
            if twin.is_file():
                merged_in.add(Path(os.path.abspath(twin)))
                result = annotations.merge_file(load_annotation_file(twin, read_only_reason=read_only_reason))
                collection.warnings.append(Notice(
                    "two-files-conflicts" if result.conflicts else "two-files", annotator=annotations.annotator,
                    report=report_file.name, first=str(annotation_file), second=str(twin), taken=str(result.taken),
                    conflicts=str(len(result.conflicts))))
            annotations.reattach(reports)
            orphans = len(annotations.orphans())
            if orphans:
                collection.warnings.append(Notice("orphans", count=str(orphans), file=str(annotation_file)))
            for report in reports:
                collection.items.append(LabelledReport(_corrected(report, annotations), annotations))
            used = True
        if not used:  # every file found by its name was of another report: the report is still there
            _without_annotations(collection, report_file, reports, include_unannotated)
    if progress is not None:
        progress(total, total)
    return collection


def _without_annotations(collection: Collection, report_file: Path, reports: list[Report],
                         include_unannotated: bool) -> None:
    """A report without annotation files: listed without labels (``include_unannotated``), else left out; said."""
    if include_unannotated:
        collection.warnings.append(Notice("no-annotations-unlabelled", file=str(report_file)))
        collection.items.extend(LabelledReport(report, None) for report in reports)
    else:
        collection.warnings.append(Notice("no-annotations", file=str(report_file)))


def is_of(annotations: AnnotationSet, reports: list[Report]) -> bool:
    """Whether an annotation file is of these reports: one it recorded has the text, or the place and year, of one
    of them (a file that recorded neither is taken)."""
    recorded = annotations.recorded_reports()
    entries = [report_entry(report) for report in reports]
    if not recorded or {info.get("hash") for info in recorded} & {entry["hash"] for entry in entries}:
        return True
    known = [(info["place"], info["year"]) for info in recorded if info.get("place") and info.get("year")]
    return not known or bool(set(known) & {(entry.get("place"), entry.get("year")) for entry in entries})


def _named(annotations: AnnotationSet) -> str:
    """The reports an annotation file recorded, as the user knows them: ``威海市 2022``."""
    return ", ".join(" ".join(part for part in (info.get("place", ""), info.get("year", "")) if part) or info["id"]
                     for info in annotations.recorded_reports())


def _corrected(report: Report, annotations: AnnotationSet) -> Report:
    """A copy of ``report`` with the annotator's metadata corrections applied."""
    if not annotations.metadata_corrections(report.id):
        return report
    corrected = dataclasses.replace(report, metadata=copy.deepcopy(report.metadata))
    annotations.apply_corrections(corrected)
    return corrected
