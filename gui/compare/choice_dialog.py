"""The dialog that picks two open reports to compare.

It offers the pairs ``core.compare.align.find_year_pairs`` found (one place,
consecutive years) and lets the user pick any two open reports as well, for
reports without a place or years further apart.  Reached only through
``gui.shell.dialogs.choose_reports_to_compare``, which tests replace.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.file_names import readable
from gui.tagging.workspace import ReportEntry


def entry_name(entry: ReportEntry) -> str:
    """``威海市 2022 — weihai-2022.txt`` (with the report id when the file holds several)."""
    name = f"{entry.report.display_name()} — {readable(entry.file.source.name)}"
    if len(entry.file.reports) > 1:
        name += f" #{entry.report.id}"
    return name


class CompareChoiceDialog(QDialog):
    """Pick an earlier (left) and a later (right) report among the open ones."""

    def __init__(self, entries: Sequence[ReportEntry], pairs: Sequence[tuple[ReportEntry, ReportEntry]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare two reports"))
        self.entries = list(entries)
        self.pairs = list(pairs)
        layout = QVBoxLayout(self)
        if self.pairs:
            layout.addWidget(QLabel(self.tr("Reports of one place in consecutive years:"), self))
            self.pair_list = QListWidget(self)
            for old, new in self.pairs:
                item = QListWidgetItem(f"{old.report.display_name()}  →  {new.report.display_name()}")
                item.setToolTip(f"{entry_name(old)}\n{entry_name(new)}")
                self.pair_list.addItem(item)
            # long names are shortened in the middle (the tooltip has them whole): no scroll bar hides a row
            self.pair_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.pair_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
            rows_shown = self.pair_list.sizeHintForRow(0) * min(len(self.pairs), 6) + 8
            self.pair_list.setMaximumHeight(rows_shown)
            self.pair_list.setMinimumHeight(rows_shown)  # every pair in sight (at most six), not one row
            layout.addWidget(self.pair_list)
            layout.addWidget(QLabel(self.tr("Or any two open reports:"), self))
        else:
            note = QLabel(self.tr("No two open reports are of one place in consecutive years. "
                                  "Pick any two:"), self)
            note.setWordWrap(True)
            layout.addWidget(note)
        form = QFormLayout()
        self.old_box = QComboBox(self)
        self.new_box = QComboBox(self)
        for box in (self.old_box, self.new_box):
            for entry in self.entries:
                box.addItem(entry_name(entry))
        form.addRow(self.tr("Earlier (left):"), self.old_box)
        form.addRow(self.tr("Later (right):"), self.new_box)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Compare"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.old_box.currentIndexChanged.connect(self._check)
        self.new_box.currentIndexChanged.connect(self._check)
        if self.pairs:
            self.pair_list.currentRowChanged.connect(self._pair_chosen)
            self.pair_list.itemDoubleClicked.connect(lambda _item: self.accept())
            self.pair_list.setCurrentRow(0)
            self.pair_list.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.old_box.setCurrentIndex(0)
            self.new_box.setCurrentIndex(min(1, len(self.entries) - 1))
        self._check()
        self.resize(520, self.sizeHint().height())

    def _pair_chosen(self, row: int) -> None:
        if 0 <= row < len(self.pairs):
            old, new = self.pairs[row]
            self.old_box.setCurrentIndex(self.entries.index(old))
            self.new_box.setCurrentIndex(self.entries.index(new))

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.old_box.currentIndex() != self.new_box.currentIndex())

    def chosen(self) -> tuple[ReportEntry, ReportEntry]:
        return self.entries[self.old_box.currentIndex()], self.entries[self.new_box.currentIndex()]
