"""The labels of another annotator beside one's own, read-only: the "Other annotator" panel.

For the report shown, every other annotator's file of it (and gold files) is
read with ``core.team.team_reports.gather`` (read-only sets) off the GUI
thread, once per report file until Reload is pressed (after a ``git pull``);
a combo box chooses whose labels are shown.  One row per sentence: the sentence, one's own
label (live, from the workspace) and theirs; rows where they differ are
marked.  A double-click shows the sentence in the report view.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.errors import AnnotationFileError, ExportError, LoadError
from core.team.team_reports import gather
from gui.language.core_messages import error_text
from gui.language.label_names import label_text
from gui.shell.task_runner import Progress, TaskRunner
from gui.tagging.workspace import ReportEntry, Workspace

Index = QModelIndex | QPersistentModelIndex
DIFFERENT_BACKGROUND = "#fff1c2"
ByReport = dict[str, dict[str, list[str | None]]]  # report id -> annotator -> label of each sentence


def read_other_labels(source: Path, label_folders: list[Path], progress: Progress) -> tuple[ByReport, str]:
    """Every annotator's labels of every report of ``source`` (read-only), and an error message or ""."""
    try:
        team = gather([source], progress=progress, include_gold=True, label_folders=label_folders)
    except (ExportError, LoadError, AnnotationFileError) as error:
        return {}, error_text(error)
    found: ByReport = {}
    for team_report in team.reports:
        found[team_report.report.id] = {name: team_report.labels_of(name) for name in team_report.sets}
    return found, ""


class OtherLabelsModel(QAbstractTableModel):
    """Rows: the sentences of the report (all, or only where the two differ); columns: sentence, mine, theirs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entry: ReportEntry | None = None
        self.theirs: list[str | None] = []
        self.other = ""
        self.only_differences = False
        self.rows: list[int] = []  # sentence indexes shown

    def show(self, entry: ReportEntry | None, other: str, theirs: list[str | None]) -> None:
        self.beginResetModel()
        self.entry, self.other, self.theirs = entry, other, theirs
        self._filter()
        self.endResetModel()

    def set_only_differences(self, only: bool) -> None:
        self.beginResetModel()
        self.only_differences = only
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        count = len(self.entry.report.sentences) if self.entry is not None else 0
        self.rows = [index for index in range(count) if not self.only_differences or self.differs(index)]

    def mine(self, index: int) -> str | None:
        return self.entry.label_of(index) if self.entry is not None else None

    def their(self, index: int) -> str | None:
        return self.theirs[index] if index < len(self.theirs) else None

    def differs(self, index: int) -> bool:
        mine, theirs = self.mine(index), self.their(index)
        return mine is not None and theirs is not None and mine != theirs

    def labels_changed(self, entry: object, indexes: list[int]) -> None:
        """One's own labels changed in the window: show them (all rows, when filtering by differences)."""
        if entry is not self.entry:
            return
        if self.only_differences:
            self.set_only_differences(True)
        elif self.rows:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self.rows) - 1, 2))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.entry is None:
            return None
        sentence_index = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.entry.report.sentences[sentence_index].clean_text
            label = self.mine(sentence_index) if column == 1 else self.their(sentence_index)
            return label_text(label) or "–"
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return self.entry.report.sentences[sentence_index].clean_text
        if role == Qt.ItemDataRole.BackgroundRole and self.differs(sentence_index):
            return QBrush(QColor(DIFFERENT_BACKGROUND))
        if role == Qt.ItemDataRole.FontRole and column > 0 and self.differs(sentence_index):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Sentence"), self.tr("Mine"), self.other or self.tr("Theirs")][section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(self.rows[section] + 1)
        return None


class OtherLabelsPanel(QWidget):
    """Whose labels to show, and the table of one's own beside theirs."""

    def __init__(self, workspace: Workspace, annotator: str, go_to: Callable[[ReportEntry, int], None],
                 label_folders: Callable[[], list[Path]] = list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("otherLabelsPanel")
        self.annotator = annotator
        self.label_folders = label_folders
        self.go_to = go_to
        self.entry: ReportEntry | None = None
        self.labels_by_annotator: dict[str, list[str | None]] = {}
        self.read: dict[Path, tuple[ByReport, str]] = {}  # report file -> what its files hold, an error
        self._stale = True
        self.runner = TaskRunner(self)
        self.runner.succeeded.connect(self._read_done)
        self.runner.failed.connect(lambda error: self._read_done(({}, str(error))))  # said, not tried again
        self.runner.finished.connect(self._read_finished)
        self._reading: Path | None = None
        self.model = OtherLabelsModel(self)
        workspace.labelsChanged.connect(self.model.labels_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Labels of:"), self))
        self.chooser = QComboBox(self)
        self.chooser.setObjectName("otherAnnotatorChooser")
        self.chooser.currentTextChanged.connect(self._show_other)
        row.addWidget(self.chooser, 1)
        self.only_differences = QCheckBox(self.tr("Only where we differ"), self)
        self.only_differences.toggled.connect(self.model.set_only_differences)
        row.addWidget(self.only_differences)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.reload_button.setToolTip(self.tr("Read the other annotators' files again (after they changed)"))
        self.reload_button.clicked.connect(self.reload)
        row.addWidget(self.reload_button)
        layout.addLayout(row)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.table = QTableView(self)
        self.table.setObjectName("otherLabelsTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._go_to)
        layout.addWidget(self.table, 1)

    def set_entry(self, entry: ReportEntry | None) -> None:
        """Show this report; the other files are read now if the panel is visible, else when it is shown."""
        self.entry = entry
        self._stale = True
        if self.isVisible():
            self._refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._refresh()

    def reload(self) -> None:
        """Read the other annotators' files of the report shown again."""
        if self.entry is not None:
            self.read.pop(self.entry.file.source, None)
        self._refresh()

    def _refresh(self) -> None:
        """Show what was read of the report's file; read it in the background when it was not yet."""
        self._stale = False
        entry = self.entry
        if entry is not None and entry.file.source not in self.read:
            self.note.setText(self.tr("Reading the other annotators' labels…"))
            self.note.show()
            if not self.runner.busy:
                self._reading = entry.file.source
                source, folders = entry.file.source, self.label_folders()
                self.runner.start(lambda progress: read_other_labels(source, folders, progress))
            return
        by_report, message = self.read.get(entry.file.source, ({}, "")) if entry is not None else ({}, "")
        found = by_report.get(entry.report.id, {}) if entry is not None else {}
        self.labels_by_annotator = {name: labels for name, labels in found.items() if name != self.annotator}
        previous = self.chooser.currentText()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        self.chooser.addItems(sorted(self.labels_by_annotator))
        if previous in self.labels_by_annotator:
            self.chooser.setCurrentText(previous)
        self.chooser.blockSignals(False)
        if entry is not None and not self.labels_by_annotator and not message:
            message = self.tr("No other annotator has labelled this report.")
        self.note.setText(message)
        self.note.setVisible(bool(message))
        self._show_other(self.chooser.currentText())

    def _read_done(self, result: object) -> None:
        if self._reading is not None and isinstance(result, tuple):
            by_report, message = result
            self.read[self._reading] = (by_report, message)

    def _read_finished(self) -> None:
        self._reading = None
        if self.isVisible():
            self._refresh()  # the report shown, or another one chosen meanwhile

    def _show_other(self, name: str) -> None:
        self.model.show(self.entry, name, self.labels_by_annotator.get(name, []))

    def follow(self) -> None:
        """Select the row of the current sentence (when it is shown), so one's place is kept in view."""
        entry = self.entry
        if entry is None or not self.isVisible() or entry is not self.model.entry:
            return
        try:
            row = self.model.rows.index(entry.current)
        except ValueError:
            return
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _go_to(self, index: QModelIndex) -> None:
        if self.entry is not None and index.isValid():
            self.go_to(self.entry, self.model.rows[index.row()])
