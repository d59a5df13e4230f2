"""The open files and reports of one window, and the one way labels change.

Every label change goes through ``Workspace`` (called by the undo commands), so
the progress counts and all views learn of it from one signal.  The data live
in core objects: ``Report`` and ``AnnotationSet``; nothing here parses or
writes files.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from core.annotations.annotation_set import AnnotationSet
from core.annotations.labels import LabelDef
from core.annotations.progress import ReportProgress
from core.annotations.record import SOURCE_MANUAL, Annotation
from core.reading.model import MetaField, Report, Sentence


@dataclass(eq=False)
class OpenFile:
    """One source file: its reports and the one annotation set they share."""

    source: Path
    reports: list[Report]
    annotations: AnnotationSet
    # metadata fields as parsed, where a stored correction replaced them: {report id: {field: value}}
    parsed_metadata: dict[str, dict[str, MetaField]] = field(default_factory=dict)
    entries: list[ReportEntry] = field(default_factory=list)

    @property
    def read_only(self) -> bool:
        return self.annotations.read_only

    @property
    def labels(self) -> list[LabelDef]:
        return self.annotations.labels

    def label(self, name: str | None) -> LabelDef | None:
        for label in self.annotations.labels:
            if label.name == name:
                return label
        return None


@dataclass(eq=False)
class ReportEntry:
    """One report as the window shows it, with where the reader was in it."""

    file: OpenFile
    report: Report
    progress: ReportProgress
    current: int = 0  # index of the current sentence
    anchor: int | None = None  # other end of a sentence range, or None

    @property
    def annotations(self) -> AnnotationSet:
        return self.file.annotations

    def parsed_metadata(self, field_name: str) -> MetaField:
        """The field as the parser found it, before any correction."""
        replaced = self.file.parsed_metadata.get(self.report.id, {})
        return replaced.get(field_name, self.report.metadata.get(field_name))

    @property
    def read_only(self) -> bool:
        return self.file.read_only

    def sentence(self, index: int) -> Sentence:
        return self.report.sentences[index]

    def label_of(self, index: int) -> str | None:
        return self.progress.labels[index]

    def annotation(self, index: int) -> Annotation | None:
        return self.annotations.get(self.report.id, self.report.sentences[index].id)

    def selected_range(self) -> range:
        if self.anchor is None:
            return range(self.current, self.current + 1)
        low, high = sorted((self.anchor, self.current))
        return range(low, high + 1)


class Workspace(QObject):
    """All open files; applies label, note, metadata and label-set changes."""

    fileAdded = Signal(object)  # OpenFile
    labelsChanged = Signal(object, list)  # ReportEntry, sentence indexes
    labelSetChanged = Signal(object)  # OpenFile
    metadataChanged = Signal(object)  # ReportEntry
    revealRequested = Signal(object, list)  # ReportEntry, sentence indexes (after undo/redo)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.files: list[OpenFile] = []
        self.entries: list[ReportEntry] = []

    def find_file(self, source: Path) -> OpenFile | None:
        wanted = Path(source).resolve()
        for open_file in self.files:
            if open_file.source.resolve() == wanted:
                return open_file
        return None

    def add_file(self, open_file: OpenFile) -> None:
        for report in open_file.reports:
            entry = ReportEntry(open_file, report, ReportProgress(report, open_file.annotations))
            open_file.entries.append(entry)
        self.files.append(open_file)
        self.entries.extend(open_file.entries)
        self.fileAdded.emit(open_file)

    # labels

    def set_label(self, entry: ReportEntry, indexes: Sequence[int], label: str | None,
                  source: str = SOURCE_MANUAL) -> list[Annotation | None]:
        """Label (or clear, with None) sentences; returns what each had before.

        ``source`` is "manual", or "suggested" for an accepted suggestion.
        """
        previous: list[Annotation | None] = []
        for index in indexes:
            sentence = entry.report.sentences[index]
            previous.append(entry.annotations.set(entry.report, sentence, label, source=source))
            entry.progress.update(sentence.id)
        self.labelsChanged.emit(entry, list(indexes))
        return previous

    def put_annotations(self, entry: ReportEntry, indexes: Sequence[int],
                        annotations: Sequence[Annotation | None]) -> None:
        """Put back exact earlier states of sentences (undo and redo)."""
        for index, annotation in zip(indexes, annotations):
            sentence_id = entry.report.sentences[index].id
            entry.annotations.put(annotation, entry.report.id, sentence_id)
            entry.progress.update(sentence_id)
        self.labelsChanged.emit(entry, list(indexes))

    def reload_labels(self, open_file: OpenFile) -> None:
        """Show the labels of a file again after its annotation set took in another program's save."""
        for entry in open_file.entries:
            entry.progress.rebuild()
            self.labelsChanged.emit(entry, list(range(len(entry.report.sentences))))

    def current_annotations(self, entry: ReportEntry, indexes: Sequence[int]) -> list[Annotation | None]:
        return [entry.annotation(index) for index in indexes]

    def set_note(self, entry: ReportEntry, index: int, note: str | None) -> Annotation:
        previous = entry.annotations.set_note(entry.report.id, entry.report.sentences[index].id, note)
        self.labelsChanged.emit(entry, [index])
        return previous

    def reveal(self, entry: ReportEntry, indexes: Sequence[int]) -> None:
        self.revealRequested.emit(entry, list(indexes))

    # metadata

    def set_metadata(self, entry: ReportEntry, field_name: str, correction: str | None,
                     shown: MetaField) -> str | None:
        """Store a metadata correction and show ``shown`` for the field; returns the old correction."""
        previous = entry.annotations.set_metadata_correction(entry.report.id, field_name, correction)
        originals = entry.file.parsed_metadata.setdefault(entry.report.id, {})
        originals.setdefault(field_name, entry.report.metadata.get(field_name))
        setattr(entry.report.metadata, field_name, shown)
        self.metadataChanged.emit(entry)
        return previous

    def replace_annotations(self, open_file: OpenFile, annotations: AnnotationSet) -> None:
        """Show another version of a file's labels (read again from disk): labels, progress, metadata anew."""
        for report in open_file.reports:
            for field_name, original in open_file.parsed_metadata.pop(report.id, {}).items():
                setattr(report.metadata, field_name, original)
            replaced = annotations.apply_corrections(report)
            if replaced:
                open_file.parsed_metadata[report.id] = replaced
        open_file.annotations = annotations
        for entry in open_file.entries:
            entry.progress = ReportProgress(entry.report, annotations)
            self.metadataChanged.emit(entry)
        self.labelSetChanged.emit(open_file)

    # the label set

    def set_label_set(self, open_file: OpenFile, labels: Sequence[LabelDef],
                      renames: dict[str, str] | None = None) -> list[LabelDef]:
        previous = open_file.annotations.set_labels(list(labels), renames)
        for entry in open_file.entries:
            entry.progress.rebuild()
        self.labelSetChanged.emit(open_file)
        return previous
