"""One undo step per user edit: labels, accepted suggestions, imported labels, notes,
metadata corrections, the label set.

Each command's ``redo`` and ``undo`` call the workspace (which calls core) and
restore exactly what they changed, timestamps included.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QUndoCommand

from core.annotations.labels import LabelDef
from core.annotations.record import SOURCE_MANUAL, SOURCE_SUGGESTED, Annotation
from core.reading.model import MetaField
from gui.reading.metadata_form import field_title
from gui.shell.translation import Translator
from gui.tagging.workspace import OpenFile, ReportEntry, Workspace

_tr = Translator("UndoCommands")


class LabelCommand(QUndoCommand):
    """Give one label (or none) to one or many sentences of a report.

    ``source`` is "manual" (a label key) or "suggested" (an accepted suggestion).
    """

    def __init__(self, workspace: Workspace, entry: ReportEntry, indexes: Sequence[int], label: str | None,
                 source: str = SOURCE_MANUAL) -> None:
        super().__init__()
        self.workspace = workspace
        self.entry = entry
        self.indexes = list(indexes)
        self.label = label
        self.source = source
        self.before: list[Annotation | None] | None = None
        self.after: list[Annotation | None] = []
        count = len(self.indexes)
        if label is None:
            self.setText(_tr("clear a label") if count == 1 else _tr("clear %n labels", None, count))
        elif source != SOURCE_MANUAL:
            text = _tr("accept the suggestion “%1”") if count == 1 else _tr("accept %n suggestions “%1”", None, count)
            self.setText(text.replace("%1", label))
        else:
            text = _tr("label “%1”") if count == 1 else _tr("label %n sentences “%1”", None, count)
            self.setText(text.replace("%1", label))

    def redo(self) -> None:
        if self.before is None:  # the first time: make the change and remember both states
            self.before = self.workspace.set_label(self.entry, self.indexes, self.label, self.source)
            self.after = self.workspace.current_annotations(self.entry, self.indexes)
            if self.after == self.before:
                self.setObsolete(True)  # nothing changed: not an undo step
            return
        self.workspace.put_annotations(self.entry, self.indexes, self.after)
        self.workspace.reveal(self.entry, self.indexes)

    def undo(self) -> None:
        assert self.before is not None
        self.workspace.put_annotations(self.entry, self.indexes, self.before)
        self.workspace.reveal(self.entry, self.indexes)


class NoteCommand(QUndoCommand):
    """Change the note of one labelled sentence."""

    def __init__(self, workspace: Workspace, entry: ReportEntry, index: int, note: str | None) -> None:
        super().__init__(_tr("Edit a note"))
        self.workspace = workspace
        self.entry = entry
        self.index = index
        self.note = note
        self.before: Annotation | None = None
        self.after: Annotation | None = None

    def redo(self) -> None:
        if self.before is None:
            self.before = self.workspace.set_note(self.entry, self.index, self.note)
            self.after = self.entry.annotation(self.index)
            if self.after == self.before:
                self.setObsolete(True)
            return
        self.workspace.put_annotations(self.entry, [self.index], [self.after])
        self.workspace.reveal(self.entry, [self.index])

    def undo(self) -> None:
        self.workspace.put_annotations(self.entry, [self.index], [self.before])
        self.workspace.reveal(self.entry, [self.index])


class MetadataCommand(QUndoCommand):
    """Correct one metadata field of a report (None removes the correction)."""

    def __init__(self, workspace: Workspace, entry: ReportEntry, field_name: str, value: str | None,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(_tr("Correct the %1").replace("%1", field_title(field_name).lower()), parent)
        self.workspace = workspace
        self.entry = entry
        self.field_name = field_name
        self.value = value
        self.shown_before: MetaField = entry.report.metadata.get(field_name)
        self.correction_before: str | None = None

    def redo(self) -> None:
        if self.value is None:
            shown = self.entry.parsed_metadata(self.field_name)
        else:
            shown = MetaField(self.value, source="user")
        self.correction_before = self.workspace.set_metadata(self.entry, self.field_name, self.value, shown)

    def undo(self) -> None:
        self.workspace.set_metadata(self.entry, self.field_name, self.correction_before, self.shown_before)


class LabelSetCommand(QUndoCommand):
    """Replace the label set of a file (add, rename, recolour, change keys)."""

    def __init__(self, workspace: Workspace, open_file: OpenFile, labels: Sequence[LabelDef],
                 renames: dict[str, str] | None = None) -> None:
        super().__init__(_tr("Edit the label set"))
        self.workspace = workspace
        self.open_file = open_file
        self.labels = list(labels)
        self.renames = dict(renames or {})
        self.previous: list[LabelDef] = list(open_file.labels)

    def redo(self) -> None:
        self.previous = self.workspace.set_label_set(self.open_file, self.labels, self.renames)

    def undo(self) -> None:
        reverse = {new: old for old, new in self.renames.items()}
        self.workspace.set_label_set(self.open_file, self.previous, reverse)


class AcceptSuggestionsCommand(QUndoCommand):
    """Accept the suggestions of several sentences (their labels may differ) as one undo step."""

    def __init__(self, workspace: Workspace, entry: ReportEntry, labels: dict[int, str], text: str) -> None:
        super().__init__(text)
        self.workspace = workspace
        self.entry = entry
        self.first = min(labels)
        groups: dict[str, list[int]] = {}
        for index in sorted(labels):
            groups.setdefault(labels[index], []).append(index)
        # one LabelCommand per label, kept here (not as Qt children, whose Python side could be collected)
        self.parts = [LabelCommand(workspace, entry, indexes, label, SOURCE_SUGGESTED)
                      for label, indexes in groups.items()]
        self._done_once = False

    def redo(self) -> None:
        for part in self.parts:  # the first time they change the labels without moving the reader
            part.redo()
        if self._done_once:
            self.workspace.reveal(self.entry, [self.first])
        self._done_once = True

    def undo(self) -> None:
        for part in reversed(self.parts):
            part.undo()
        self.workspace.reveal(self.entry, [self.first])  # one sentence, not a range a key would act on


class ImportLabelsCommand(QUndoCommand):
    """Put imported annotations on sentences of one report; undo puts back what they had."""

    def __init__(self, workspace: Workspace, entry: ReportEntry, indexes: Sequence[int],
                 annotations: Sequence[Annotation | None]) -> None:
        super().__init__(_tr("import %n label(s)", None, len(indexes)))
        self.workspace = workspace
        self.entry = entry
        self.indexes = list(indexes)
        self.after = list(annotations)
        self.before: list[Annotation | None] | None = None

    def redo(self) -> None:
        if self.before is None:
            self.before = self.workspace.current_annotations(self.entry, self.indexes)
        self.workspace.put_annotations(self.entry, self.indexes, self.after)

    def undo(self) -> None:
        assert self.before is not None
        self.workspace.put_annotations(self.entry, self.indexes, self.before)
