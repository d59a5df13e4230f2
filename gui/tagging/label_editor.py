"""The label-set editor: add, rename, recolour and re-key labels."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.annotations.labels import LabelDef, validate_labels
from gui.shell import style
from gui.tagging.keys import RESERVED_LABEL_KEYS

COLUMN_NAME, COLUMN_KEY, COLUMN_COLOUR, COLUMN_DESCRIPTION = range(4)
ORIGINAL_NAME_ROLE = Qt.ItemDataRole.UserRole + 1
NEW_COLOURS = ("#a1d99b", "#bcbddc", "#fc9272", "#fdd0a2", "#c7e9c0", "#9e9ac8")


class LabelEditorDialog(QDialog):
    """Edits a copy of a label set; ``result_labels()`` and ``renames()`` give the outcome."""

    def __init__(self, labels: Sequence[LabelDef], used: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelEditor")
        self.setWindowTitle(self.tr("Edit labels"))
        self.resize(760, 340)
        self.used = set(used)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Key"), self.tr("Colour"), self.tr("Meaning")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMN_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COLUMN_NAME, 130)
        self.table.setColumnWidth(COLUMN_KEY, 50)
        self.table.setColumnWidth(COLUMN_COLOUR, 90)
        self.table.cellDoubleClicked.connect(self._cell_double_clicked)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add a label"), self)
        add.clicked.connect(self.add_label)
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(self.remove_selected)
        colour = QPushButton(self.tr("Colour…"), self)
        colour.clicked.connect(lambda: self.choose_colour(self.table.currentRow()))
        row.addWidget(add)
        row.addWidget(remove)
        row.addWidget(colour)
        row.addStretch(1)
        layout.addLayout(row)
        hint = QLabel(self.tr("Double-click a cell to edit it, a colour to choose another. A key is one character; "
                              "J, K, N and 0 move between sentences or clear a label and cannot be used. "
                              "Renaming a label renames it on every sentence that has it."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("QLabel { color: #555; }")
        layout.addWidget(hint)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("QLabel { color: #b71c1c; }")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for label in labels:
            self._append(label, original=label.name)

    # rows

    def _append(self, label: LabelDef, original: str | None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(label.name)
        name.setData(ORIGINAL_NAME_ROLE, original)
        self.table.setItem(row, COLUMN_NAME, name)
        self.table.setItem(row, COLUMN_KEY, QTableWidgetItem(label.key))
        colour = QTableWidgetItem(label.colour)
        colour.setFlags(colour.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, COLUMN_COLOUR, colour)
        self._paint_colour(row, label.colour)
        self.table.setItem(row, COLUMN_DESCRIPTION, QTableWidgetItem(label.description))
        return row

    def _paint_colour(self, row: int, colour: str) -> None:
        item = self.table.item(row, COLUMN_COLOUR)
        if item is None:
            return
        item.setText(colour)
        item.setBackground(QColor(colour))
        item.setForeground(style.text_colour_on(QColor(colour)))

    def add_label(self) -> int:
        existing = {self._text(row, COLUMN_NAME) for row in range(self.table.rowCount())}
        number = 1
        while f"label{number}" in existing:
            number += 1
        keys = {self._text(row, COLUMN_KEY) for row in range(self.table.rowCount())}
        key = next((digit for digit in "123456789" if digit not in keys), "")
        colour = NEW_COLOURS[self.table.rowCount() % len(NEW_COLOURS)]
        row = self._append(LabelDef(f"label{number}", key, colour, ""), original=None)
        self.table.setCurrentCell(row, COLUMN_NAME)
        return row

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        original = self._original(row)
        if original in self.used:
            self.error_label.setText(self.tr("“%1” is used by labelled sentences and cannot be removed; "
                                             "rename it instead.").replace("%1", original))
            return
        self.table.removeRow(row)

    def set_colour(self, row: int, colour: str) -> None:
        if 0 <= row < self.table.rowCount() and QColor.isValidColorName(colour):
            self._paint_colour(row, QColor(colour).name())

    def choose_colour(self, row: int) -> None:
        if not 0 <= row < self.table.rowCount():
            return
        chosen = QColorDialog.getColor(QColor(self._text(row, COLUMN_COLOUR)), self, self.tr("Label colour"))
        if chosen.isValid():
            self.set_colour(row, chosen.name())

    def _cell_double_clicked(self, row: int, column: int) -> None:
        if column == COLUMN_COLOUR:
            self.choose_colour(row)

    def _original(self, row: int) -> str | None:
        """The name the label had when the dialog opened (None for a new label)."""
        item = self.table.item(row, COLUMN_NAME)
        return item.data(ORIGINAL_NAME_ROLE) if item is not None else None

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    # the outcome

    def result_labels(self) -> list[LabelDef]:
        return [
            LabelDef(
                name=self._text(row, COLUMN_NAME).strip(),
                key=self._text(row, COLUMN_KEY).strip().lower(),
                colour=self._text(row, COLUMN_COLOUR).strip().lower(),
                description=self._text(row, COLUMN_DESCRIPTION).strip(),
            )
            for row in range(self.table.rowCount())
        ]

    def renames(self) -> dict[str, str]:
        renames: dict[str, str] = {}
        for row in range(self.table.rowCount()):
            original = self._original(row)
            name = self._text(row, COLUMN_NAME).strip()
            if original and original != name:
                renames[original] = name
        return renames

    def problem(self) -> str | None:
        """Why the edited set cannot be used, or None."""
        labels = self.result_labels()
        try:
            validate_labels(labels)
        except ValueError as error:
            return str(error)
        for label in labels:
            if label.key in RESERVED_LABEL_KEYS:
                return self.tr("The key “%1” moves between sentences or clears a label; choose another key for “%2”."
                               ).replace("%1", label.key).replace("%2", label.name)
        names = {label.name for label in labels}
        renames = self.renames()
        lost = sorted(renames.get(name, name) for name in self.used if renames.get(name, name) not in names)
        if lost:
            return self.tr("Labels in use cannot be removed: %1.").replace("%1", ", ".join(lost))
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error_label.setText(problem)
            return
        super().accept()
