"""The section tree of one report as a Qt item model, with labelled-of-total per section."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from core.reading.model import LEVEL_PART, Section
from gui.tagging.workspace import ReportEntry

SECTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # str: the section's id
SECTION_START_ROLE = Qt.ItemDataRole.UserRole + 2  # int: report offset of the heading
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 3  # (labelled, total)

COLUMN_TITLE = 0
COLUMN_PROGRESS = 1

AnyIndex = QModelIndex | QPersistentModelIndex


class SectionTreeModel(QAbstractItemModel):
    """Parts, sub-sections and leads of the shown report; read-only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entry: ReportEntry | None = None
        self._sections: list[Section] = []
        self._row: list[int] = []  # row of each section under its parent
        self._parent: list[int] = []  # index of the parent section, -1 for top level
        self._children: dict[int, list[int]] = {-1: []}
        self._by_id: dict[str, int] = {}
        self._starts: list[int] = []

    def set_entry(self, entry: ReportEntry | None) -> None:
        self.beginResetModel()
        self.entry = entry
        self._sections = list(entry.report.sections) if entry is not None else []
        self._by_id = {section.id: number for number, section in enumerate(self._sections)}
        self._children = {-1: []}
        self._parent = []
        self._row = []
        for number, section in enumerate(self._sections):
            parent = self._by_id.get(section.parent, -1) if section.parent else -1
            if parent >= number:  # a parent must come first; otherwise show it at the top
                parent = -1
            siblings = self._children.setdefault(parent, [])
            self._parent.append(parent)
            self._row.append(len(siblings))
            siblings.append(number)
        self._starts = [section.start for section in self._sections]
        self.endResetModel()

    # the model

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        if column not in (COLUMN_TITLE, COLUMN_PROGRESS) or row < 0:
            return QModelIndex()
        if parent.isValid() and parent.column() != COLUMN_TITLE:
            return QModelIndex()
        parent_number = parent.internalId() - 1 if parent.isValid() else -1
        children = self._children.get(parent_number, [])
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row] + 1)

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        parent_number = self._parent[child.internalId() - 1]
        if parent_number < 0:
            return QModelIndex()
        return self.createIndex(self._row[parent_number], COLUMN_TITLE, parent_number + 1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if parent.isValid():
            if parent.column() != COLUMN_TITLE:
                return 0
            return len(self._children.get(parent.internalId() - 1, []))
        return len(self._children.get(-1, []))

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 2

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Section") if section == COLUMN_TITLE else self.tr("Done")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.entry is None:
            return None
        number = index.internalId() - 1
        section = self._sections[number]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COLUMN_TITLE:
                return section.title
            labelled, total = self.entry.progress.section_counts(section.id)
            return f"{labelled}/{total}" if total else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            labelled, total = self.entry.progress.section_counts(section.id)
            path = " › ".join(item.title for item in self.entry.report.section_path(section.id))
            return self.tr("%1\n%2 of %3 sentences labelled").replace("%1", path).replace(
                "%2", str(labelled)).replace("%3", str(total))
        if role == Qt.ItemDataRole.FontRole and column == COLUMN_TITLE and section.level <= LEVEL_PART:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == COLUMN_PROGRESS:
            labelled, total = self.entry.progress.section_counts(section.id)
            if total and labelled == total:
                return QBrush(QColor("#2e7d32"))
            return QBrush(QColor("#666666"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COLUMN_PROGRESS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SECTION_ID_ROLE:
            return section.id
        if role == SECTION_START_ROLE:
            return section.start
        if role == PROGRESS_ROLE:
            return self.entry.progress.section_counts(section.id)
        return None

    # helpers for the window

    def index_of_section(self, section_id: str | None) -> QModelIndex:
        number = self._by_id.get(section_id) if section_id is not None else None
        if number is None:
            return QModelIndex()
        return self.createIndex(self._row[number], COLUMN_TITLE, number + 1)

    def section_at(self, offset: int) -> str | None:
        """The innermost section whose range holds a report offset."""
        position = bisect_right(self._starts, offset) - 1
        while position >= 0:
            section = self._sections[position]
            if section.start <= offset < section.end:
                return section.id
            position -= 1
        return None

    def sentences_changed(self, indexes: Sequence[int]) -> None:
        """Refresh the progress of the sections holding these sentences."""
        if self.entry is None:
            return
        touched: set[str] = set()
        for index in indexes:
            touched.update(self.entry.progress.chain(index))
        for section_id in touched:
            title_index = self.index_of_section(section_id)
            if title_index.isValid():
                progress_index = title_index.siblingAtColumn(COLUMN_PROGRESS)
                self.dataChanged.emit(progress_index, progress_index)

    def refresh(self) -> None:
        if self._sections:
            for number in range(len(self._sections)):
                index = self.createIndex(self._row[number], COLUMN_PROGRESS, number + 1)
                self.dataChanged.emit(index, index)
