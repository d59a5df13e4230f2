"""A small form to correct what the parser found about a report (place, year, …)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from core.reading.model import METADATA_FIELDS
from gui.shell.translation import QT_TRANSLATE_NOOP, Translator
from gui.tagging.workspace import ReportEntry

_tr = Translator("MetadataForm")


# Where core.reading.metadata found a value (MetaField.source); "user" is a correction.
_SOURCES = {
    "title": QT_TRANSLATE_NOOP("MetadataForm", "the title"),
    "meeting line": QT_TRANSLATE_NOOP("MetadataForm", "the meeting line"),
    "speaker line": QT_TRANSLATE_NOOP("MetadataForm", "the speaker line"),
    "date line": QT_TRANSLATE_NOOP("MetadataForm", "the date line"),
    "opening": QT_TRANSLATE_NOOP("MetadataForm", "the opening"),
    "file name": QT_TRANSLATE_NOOP("MetadataForm", "the file name"),
    "part heading": QT_TRANSLATE_NOOP("MetadataForm", "a part heading"),
    "report year": QT_TRANSLATE_NOOP("MetadataForm", "the report's year"),
    "user": QT_TRANSLATE_NOOP("MetadataForm", "your correction"),
    "page title": QT_TRANSLATE_NOOP("MetadataForm", "the web page's title"),
    "publication date": QT_TRANSLATE_NOOP("MetadataForm", "the web page's publication date"),
    "national congress": QT_TRANSLATE_NOOP("MetadataForm", "the report's address to the National People's Congress"),
    "national sessions table": QT_TRANSLATE_NOOP(
        "MetadataForm", "the public record of the National People's Congress (the text does not say)"),
}


def source_text(source: str) -> str:
    """Where a metadata value was found, as shown."""
    return _tr(_SOURCES[source]) if source in _SOURCES else source


def field_title(name: str) -> str:
    titles = {
        "title": _tr("Title"),
        "place": _tr("Place"),
        "year": _tr("Year"),
        "review_year": _tr("Year reviewed"),
        "meeting_date": _tr("Meeting date"),
        "speaker": _tr("Speaker"),
    }
    return titles.get(name, name)


class MetadataForm(QWidget):
    """Edits the metadata of the shown report; Apply stores corrections (undoable)."""

    correctionsRequested = Signal(dict)  # {field: new value, or None to drop the correction}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metadataForm")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for name in METADATA_FIELDS:
            field = QLineEdit(self)
            field.setObjectName(f"metadata-{name}")
            field.returnPressed.connect(self.apply)
            self.fields[name] = field
            form.addRow(field_title(name) + ":", field)
        layout.addLayout(form)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("QLabel { color: #666; }")
        layout.addWidget(self.note)
        row = QHBoxLayout()
        row.addStretch(1)
        self.reset_button = QPushButton(self.tr("Revert"), self)
        self.reset_button.setToolTip(self.tr("Show the stored values again"))
        self.reset_button.clicked.connect(self.reload)
        self.found_button = QPushButton(self.tr("Use found values"), self)
        self.found_button.setToolTip(self.tr("Drop every correction and go back to what was found in the text"))
        self.found_button.clicked.connect(self.use_found_values)
        row.addWidget(self.found_button)
        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.apply_button.clicked.connect(self.apply)
        row.addWidget(self.reset_button)
        row.addWidget(self.apply_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.entry: ReportEntry | None = None

    def show_entry(self, entry: ReportEntry | None) -> None:
        self.entry = entry
        self.reload()

    def reload(self) -> None:
        entry = self.entry
        for name, field in self.fields.items():
            value = entry.report.metadata.get(name) if entry is not None else None
            field.setText(value.value if value is not None else "")
            if value is not None and value.source:
                field.setToolTip(self.tr("From: %1").replace("%1", source_text(value.source)))
            else:
                field.setToolTip(self.tr("Not found in the text"))
            field.setEnabled(entry is not None and not entry.read_only)
        self.apply_button.setEnabled(entry is not None and not entry.read_only)
        self.found_button.setEnabled(entry is not None and not entry.read_only)
        if entry is None:
            self.note.setText("")
        elif entry.read_only:
            self.note.setText(self.tr("Read-only: the annotation file could not be read."))
        else:
            self.note.setText(self.tr("Corrections are saved in the annotation file; the report file is never changed. "
                                      "An emptied field means the value is unknown."))

    def apply(self) -> None:
        entry = self.entry
        if entry is None or entry.read_only:
            return
        changes: dict[str, str | None] = {}
        stored = entry.annotations.metadata_corrections(entry.report.id)
        for name, field in self.fields.items():
            text = field.text().strip()
            if name in YEAR_FIELDS and text and not _is_year(text):
                self.note.setText(self.tr("“%1” is not a year: write four digits, such as 2023.").replace("%1", text))
                field.setFocus()
                return
            if text == entry.report.metadata.get(name).value:
                continue
            if text == entry.parsed_metadata(name).value:
                if name in stored:
                    changes[name] = None  # back to the parsed value
            else:
                changes[name] = text  # "" records that the value is unknown
        if changes:
            self.correctionsRequested.emit(changes)

    def use_found_values(self) -> None:
        """Drop every correction of the shown report."""
        entry = self.entry
        if entry is None or entry.read_only:
            return
        stored = entry.annotations.metadata_corrections(entry.report.id)
        if stored:
            self.correctionsRequested.emit(dict.fromkeys(stored))


YEAR_FIELDS = ("year", "review_year")


def _is_year(text: str) -> bool:
    return len(text) == 4 and text.isascii() and text.isdigit()
