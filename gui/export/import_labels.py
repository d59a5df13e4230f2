"""Importing labels into the open reports without losing anything in memory.

The open ``AnnotationSet`` objects are the live ones: an import must neither
be overwritten by the next autosave of a stale set nor overwrite labels not
yet saved.  So the import runs in two halves:

- ``plan_import`` (plain Python, in a worker): ``core.export.training_import`` with
  ``save=False`` against fresh copies of the annotation files; it returns
  only what the import changes compared with a snapshot of the live sets
  (``live_state``), and nothing is written.
- ``apply_import`` (GUI thread): puts those annotations into the live sets
  through the workspace, as one undo step (``ImportLabelsCommand`` per
  report, plus ``LabelSetCommand`` for labels the files did not know yet).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtGui import QUndoCommand, QUndoStack

from core.annotations.labels import LabelDef, validate_labels
from core.annotations.record import Annotation
from core.export.training_export import side_file
from core.export.training_import import ImportResult, Progress, import_training, read_labels_file
from core.file_names import readable
from gui.shell.translation import Translator
from gui.tagging.keys import RESERVED_LABEL_KEYS
from gui.tagging.undo_commands import ImportLabelsCommand, LabelSetCommand
from gui.tagging.workspace import OpenFile, Workspace

# (report id, sentence id) -> (label, source, note) of every attached annotation of one file
LiveState = dict[tuple[str, str], tuple[str, str, str | None]]


_tr = Translator("ImportLabels")


@dataclass
class FileImport:
    """What the import changes in one open file."""

    source: Path  # the report file
    labels: list[LabelDef]  # the label set the import needs (the file's, plus new labels)
    changes: list[Annotation]  # annotations to put in, each replacing whatever that sentence has


@dataclass
class ImportPlan:
    """The import's changes per file, and what the user should hear about."""

    files: list[FileImport] = field(default_factory=list)
    result: ImportResult = field(default_factory=ImportResult)

    @property
    def changed(self) -> int:
        return sum(len(item.changes) for item in self.files)


@dataclass
class AppliedImport:
    """What ``apply_import`` did."""

    changed: int = 0
    files: int = 0
    reports: list[str] = field(default_factory=list)  # display names of the reports that changed
    new_labels: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # messages about files that could not take the labels


def _key(path: Path) -> Path:
    return Path(path).resolve()


def live_state(open_file: OpenFile) -> LiveState:
    """A snapshot (taken on the GUI thread) of one open file's labels, to compare the import with."""
    return {(annotation.report, annotation.sentence_id): (annotation.label, annotation.source, annotation.note)
            for annotation in open_file.annotations.all_annotations() if not annotation.orphaned}


def labels_beside(training_file: Path) -> list[LabelDef]:
    """Label definitions written beside an export (``X.labels.json`` or doccano's ``X.doccano-labels.json``)."""
    for tag in ("labels", "doccano-labels"):
        candidate = side_file(Path(training_file), tag, ".json")
        if candidate.is_file():
            try:
                return read_labels_file(candidate)
            except Exception:  # noqa: BLE001 - a bad side file only loses colours and keys
                return []
    return []


def plan_import(training_files: Sequence[Path], sources: Sequence[Path], annotator: str,
                live: dict[Path, LiveState], progress: Progress | None = None) -> ImportPlan:
    """Run the import against the files on disk (writing nothing) and keep what it changes.

    ``live`` maps each source (resolved) to ``live_state`` of its open file.
    Raises TrainingImportError, LoadError, AnnotationFileError, ExportError.
    """
    definitions: list[LabelDef] = []
    for path in training_files:
        definitions.extend(labels_beside(path))
    result = import_training(training_files, sources, annotator=annotator, labels=definitions, save=False,
                             progress=progress)
    plan = ImportPlan(result=result)
    for annotation_set in result.sets:
        source = _key(annotation_set.source)
        before = live.get(source, {})
        changes = [annotation for annotation in annotation_set.all_annotations() if not annotation.orphaned
                   and before.get((annotation.report, annotation.sentence_id))
                   != (annotation.label, annotation.source, annotation.note)]
        if changes:
            plan.files.append(FileImport(source, list(annotation_set.labels), changes))
    return plan


def _labels_to_add(open_file: OpenFile, wanted: Iterable[LabelDef]) -> list[LabelDef]:
    """Labels the import uses that the open file lacks; a key already taken (or reserved) is dropped."""
    names = {label.name for label in open_file.labels}
    keys = {label.key.lower() for label in open_file.labels if label.key} | set(RESERVED_LABEL_KEYS)
    added: list[LabelDef] = []
    for label in wanted:
        if label.name in names:
            continue
        if label.key and label.key.lower() in keys:
            label = LabelDef(name=label.name, key="", colour=label.colour, description=label.description)
        keys.add(label.key.lower())
        names.add(label.name)
        added.append(label)
    return added


def apply_import(workspace: Workspace, undo_stack: QUndoStack, plan: ImportPlan, title: str) -> AppliedImport:
    """Put the planned changes into the live sets as one undo step named ``title``."""
    applied = AppliedImport()
    steps: list[QUndoCommand] = []
    for item in plan.files:
        open_file = workspace.find_file(item.source)
        if open_file is None:
            applied.skipped.append(_tr("%1 is no longer open; its labels were not imported.").replace(
                "%1", readable(item.source.name)))
            continue
        if open_file.read_only:
            applied.skipped.append(_tr("%1 is read-only; its labels were not imported.").replace(
                "%1", readable(item.source.name)))
            continue
        new_labels = _labels_to_add(open_file, item.labels)
        known = {label.name for label in open_file.labels} | {label.name for label in new_labels}
        by_report: dict[str, list[Annotation]] = {}
        for annotation in item.changes:
            if annotation.label in known:
                by_report.setdefault(annotation.report, []).append(annotation)
        file_steps: list[QUndoCommand] = []
        if new_labels:
            try:
                validate_labels([*open_file.labels, *new_labels])
            except ValueError as error:
                applied.skipped.append(_tr("The labels of %1 could not be added (%2); its labels were not "
                                           "imported.").replace("%1", readable(item.source.name))
                                       .replace("%2", str(error)))
                continue
            file_steps.append(LabelSetCommand(workspace, open_file, [*open_file.labels, *new_labels]))
        changed = 0
        for entry in open_file.entries:
            annotations = by_report.get(entry.report.id, [])
            indexes = [entry.progress.index_of[a.sentence_id] for a in annotations
                       if a.sentence_id in entry.progress.index_of]
            placed = [a for a in annotations if a.sentence_id in entry.progress.index_of]
            if indexes:
                file_steps.append(ImportLabelsCommand(workspace, entry, indexes, placed))
                changed += len(indexes)
                applied.reports.append(entry.report.display_name())
        if changed:
            steps.extend(file_steps)
            applied.changed += changed
            applied.files += 1
            applied.new_labels.extend(label.name for label in new_labels)
    if steps:
        undo_stack.beginMacro(title)
        for step in steps:
            undo_stack.push(step)
        undo_stack.endMacro()
    return applied
