"""The report list: reports grouped by place, sorted by year, each with its file name and labelling progress.

Rows come from two sides.  A folder's listing (``core.annotations.report_listing``)
gives place, year, file name and saved progress without opening a report; the
workspace's open files give ``ReportEntry`` objects with exact progress.  A
listed report keeps its row when its file is opened: the row then shows the
entry.  Places are top-level rows in pinyin order (a report whose place was
not found goes under "Place not found", last); under each, reports are sorted
by year, then file name.
"""

from __future__ import annotations

import functools
import os
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QCollator,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView, QWidget

from core.annotations.report_listing import ListedReport
from core.file_names import readable
from gui.language.core_messages import read_only_text
from gui.tagging.workspace import OpenFile, ReportEntry, Workspace

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the ReportEntry, or None while the report is not open
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2  # (labelled, total); summed over a place
READ_ONLY_ROLE = Qt.ItemDataRole.UserRole + 3  # bool
PLACE_ROLE = Qt.ItemDataRole.UserRole + 4  # str ("" when not found)
YEAR_ROLE = Qt.ItemDataRole.UserRole + 5  # str ("" when not found)
FILE_NAME_ROLE = Qt.ItemDataRole.UserRole + 6  # str, readable
IS_PLACE_ROLE = Qt.ItemDataRole.UserRole + 7  # bool: a place row (a group)
COUNT_ROLE = Qt.ItemDataRole.UserRole + 8  # reports under a place

AnyIndex = QModelIndex | QPersistentModelIndex
_NO_YEAR = 1 << 30
_PLACE_ORDER = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
_place_order = functools.cmp_to_key(_PLACE_ORDER.compare)


def _key(source: Path, report_id: str) -> tuple[str, str]:
    return os.path.abspath(source), report_id


@dataclass(eq=False)
class ReportRow:
    """One report in the list: listed from a folder, open, or both."""

    source: Path
    report_id: str
    index: int  # of the report in its file
    place: str
    year: str
    title: str
    saved_progress: tuple[int, int] = (0, 0)  # (labelled, total) from the listing
    entry: ReportEntry | None = None

    @classmethod
    def listed(cls, report: ListedReport) -> ReportRow:
        return cls(report.source, report.report_id, report.index, report.place, report.year, report.title,
                   (report.labelled, report.total))

    @classmethod
    def opened(cls, entry: ReportEntry) -> ReportRow:
        row = cls(entry.file.source, entry.report.id, entry.report.index, "", "", "", (0, 0), entry)
        row.take_metadata()
        return row

    def take_metadata(self) -> None:
        """Place, year and title as the open report has them (corrections included)."""
        if self.entry is not None:
            metadata = self.entry.report.metadata
            self.place, self.year, self.title = metadata.place.value, metadata.year.value, metadata.title.value

    @property
    def progress(self) -> tuple[int, int]:
        if self.entry is not None:
            return self.entry.progress.labelled, self.entry.progress.total
        return self.saved_progress

    @property
    def file_name(self) -> str:
        return readable(self.source.name)

    def sort_key(self) -> tuple[int, str, int]:
        return (int(self.year) if self.year.isdigit() else _NO_YEAR, self.file_name, self.index)


@dataclass(eq=False)
class PlaceGroup:
    """The reports of one place."""

    place: str
    rows: list[ReportRow]

    def sort_key(self) -> tuple[bool, object]:
        """Places in pinyin order (as a Chinese dictionary sorts them); "not found" last."""
        return (not self.place, _place_order(self.place))

    def progress(self) -> tuple[int, int]:
        labelled = total = 0
        for row in self.rows:
            done, size = row.progress
            labelled, total = labelled + done, total + size
        return labelled, total


class ReportListModel(QAbstractItemModel):
    """Places, and under each its reports sorted by year; one column."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._groups: list[PlaceGroup] = []
        self._rows: dict[tuple[str, str], ReportRow] = {}
        self._row_of_entry: dict[int, ReportRow] = {}
        workspace.fileAdded.connect(self._add_file)
        workspace.labelsChanged.connect(lambda entry, _indexes: self.entry_changed(entry))
        workspace.metadataChanged.connect(self._metadata_changed)
        workspace.labelSetChanged.connect(self._file_changed)

    # the Qt model

    def index(self, row: int, column: int = 0, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, self) if row < len(self._groups) else QModelIndex()
        group = self._group_at(parent)
        if group is None or row >= len(group.rows):
            return QModelIndex()
        return self.createIndex(row, 0, group)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        owner = index.internalPointer()
        if owner is self or not isinstance(owner, PlaceGroup):
            return QModelIndex()
        return self.createIndex(self._group_row(owner), 0, self)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        group = self._group_at(parent)
        return len(group.rows) if group is not None else 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._group_at(index) is not None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        group = self._group_at(index)
        if group is not None:
            return self._group_data(group, role)
        row = self.row_at(index)
        return self._row_data(row, role) if row is not None else None

    def _group_data(self, group: PlaceGroup, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return group.place or self.tr("Place not found")
        if role == Qt.ItemDataRole.ToolTipRole:
            labelled, total = group.progress()
            return self.tr("%1: %2 of %3 sentences labelled").replace(
                "%1", group.place or self.tr("Place not found")).replace("%2", str(labelled)).replace("%3", str(total))
        if role == PLACE_ROLE:
            return group.place
        if role == IS_PLACE_ROLE:
            return True
        if role == PROGRESS_ROLE:
            return group.progress()
        if role == COUNT_ROLE:
            return len(group.rows)
        return None

    def _row_data(self, row: ReportRow, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.year or '?'}  {row.file_name}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == ENTRY_ROLE:
            return row.entry
        if role == PROGRESS_ROLE:
            return row.progress
        if role == READ_ONLY_ROLE:
            return row.entry is not None and row.entry.read_only
        if role == PLACE_ROLE:
            return row.place
        if role == YEAR_ROLE:
            return row.year
        if role == FILE_NAME_ROLE:
            return row.file_name
        if role == IS_PLACE_ROLE:
            return False
        return None

    # finding rows

    def row_at(self, index: AnyIndex) -> ReportRow | None:
        """The report row at ``index``; None for a place row or an invalid index."""
        if not index.isValid():
            return None
        group = index.internalPointer()
        if not isinstance(group, PlaceGroup) or not 0 <= index.row() < len(group.rows):
            return None
        return group.rows[index.row()]

    def entry_at(self, index: AnyIndex) -> ReportEntry | None:
        row = self.row_at(index)
        return row.entry if row is not None else None

    def index_of_row(self, row: ReportRow) -> QModelIndex:
        for group in self._groups:
            if row in group.rows:
                return self.createIndex(group.rows.index(row), 0, group)
        return QModelIndex()

    def index_of_entry(self, entry: ReportEntry) -> QModelIndex:
        row = self._row_of_entry.get(id(entry))
        return self.index_of_row(row) if row is not None else QModelIndex()

    def find(self, source: Path, report_id: str) -> ReportRow | None:
        return self._rows.get(_key(source, report_id))

    def rows(self) -> Iterator[ReportRow]:
        """Every report row, in the order shown."""
        for group in self._groups:
            yield from group.rows

    # changes

    def add_listed(self, reports: Sequence[ListedReport]) -> None:
        """Add the reports of a folder's listing; ones listed or open already are left as they are."""
        fresh: list[ReportRow] = []
        for report in reports:
            key = _key(report.source, report.report_id)
            if key not in self._rows:
                self._rows[key] = row = ReportRow.listed(report)
                fresh.append(row)
        self._insert(fresh)

    def entry_changed(self, entry: ReportEntry) -> None:
        row = self._row_of_entry.get(id(entry))
        if row is not None:
            self._row_changed(row)

    def _row_changed(self, row: ReportRow) -> None:
        index = self.index_of_row(row)
        if index.isValid():
            self.dataChanged.emit(index, index)
            group = self.parent(index)
            self.dataChanged.emit(group, group)

    def _file_changed(self, open_file: OpenFile) -> None:
        for entry in open_file.entries:
            self.entry_changed(entry)

    def _metadata_changed(self, entry: ReportEntry) -> None:
        row = self._row_of_entry.get(id(entry))
        if row is not None:
            row.take_metadata()
            self._move_to_place(row)
            self._row_changed(row)

    def _add_file(self, open_file: OpenFile) -> None:
        fresh: list[ReportRow] = []
        for entry in open_file.entries:
            key = _key(open_file.source, entry.report.id)
            row = self._rows.get(key)
            if row is None:
                self._rows[key] = row = ReportRow.opened(entry)
                fresh.append(row)
            else:
                row.entry = entry
                row.take_metadata()
            self._row_of_entry[id(entry)] = row
        self._insert(fresh)
        for entry in open_file.entries:
            row = self._row_of_entry[id(entry)]
            if row not in fresh:
                self._move_to_place(row)
                self._row_changed(row)

    def _insert(self, rows: list[ReportRow]) -> None:
        by_place: dict[str, list[ReportRow]] = {}
        for row in rows:
            by_place.setdefault(row.place, []).append(row)
        for place, new_rows in by_place.items():
            group = self._group_of_place(place)
            if group is None:  # a new place comes in whole, sorted
                group = PlaceGroup(place, sorted(new_rows, key=ReportRow.sort_key))
                position = bisect_left(self._groups, group.sort_key(), key=PlaceGroup.sort_key)
                self.beginInsertRows(QModelIndex(), position, position)
                self._groups.insert(position, group)
                self.endInsertRows()
                continue
            parent = self.createIndex(self._group_row(group), 0, self)
            for row in new_rows:
                position = bisect_left(group.rows, row.sort_key(), key=ReportRow.sort_key)
                self.beginInsertRows(parent, position, position)
                group.rows.insert(position, row)
                self.endInsertRows()

    def _move_to_place(self, row: ReportRow) -> None:
        """Put a row whose place or year changed where it now belongs."""
        source_index = self.index_of_row(row)
        old_group: PlaceGroup = source_index.internalPointer()
        target = self._group_of_place(row.place)
        if target is None:
            target = PlaceGroup(row.place, [])
            position = bisect_left(self._groups, target.sort_key(), key=PlaceGroup.sort_key)
            self.beginInsertRows(QModelIndex(), position, position)
            self._groups.insert(position, target)
            self.endInsertRows()
            source_index = self.index_of_row(row)
        old_position = source_index.row()
        others = [other for other in target.rows if other is not row]
        position = bisect_left(others, row.sort_key(), key=ReportRow.sort_key)
        if target is old_group and position == old_position:
            return
        destination = position + 1 if target is old_group and position > old_position else position
        old_parent = self.createIndex(self._group_row(old_group), 0, self)
        new_parent = self.createIndex(self._group_row(target), 0, self)
        self.beginMoveRows(old_parent, old_position, old_position, new_parent, destination)
        old_group.rows.pop(old_position)
        target.rows.insert(position, row)
        self.endMoveRows()
        if not old_group.rows:
            group_row = self._group_row(old_group)
            self.beginRemoveRows(QModelIndex(), group_row, group_row)
            self._groups.pop(group_row)
            self.endRemoveRows()

    # helpers

    def _group_at(self, index: AnyIndex) -> PlaceGroup | None:
        """The place row at ``index`` (a top-level index), else None."""
        if not index.isValid() or index.internalPointer() is not self or not 0 <= index.row() < len(self._groups):
            return None
        return self._groups[index.row()]

    def _group_row(self, group: PlaceGroup) -> int:
        for number, candidate in enumerate(self._groups):
            if candidate is group:
                return number
        raise ValueError("not a place of this list")

    def _group_of_place(self, place: str) -> PlaceGroup | None:
        return next((group for group in self._groups if group.place == place), None)

    def _tooltip(self, row: ReportRow) -> str:
        lines = [
            row.title or f"{row.place} {row.year}".strip() or row.file_name,
            self.tr("Source: %1").replace("%1", readable(row.source)),
        ]
        entry = row.entry
        if entry is None:
            lines.append(self.tr("Not opened yet: it opens when you choose it."))
            return "\n".join(lines)
        annotations = entry.annotations
        lines.append(self.tr("Labels: %1").replace("%1", readable(annotations.path)))
        if annotations.is_fallback:
            lines.append(self.tr("(kept in your data folder: a bundled sample, or a folder that cannot be written)"))
        if entry.read_only:
            lines.append(self.tr("Read-only: %1").replace("%1", read_only_text(annotations)))
        return "\n".join(lines)


class ReportListDelegate(QStyledItemDelegate):
    """Places in bold with their report count; reports as year and file name over a thin progress bar."""

    BAR_HEIGHT = 3

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(160, metrics.height() + self.BAR_HEIGHT + 7)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else None
        text = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        is_place = bool(index.data(IS_PLACE_ROLE))
        labelled, total = index.data(PROGRESS_ROLE) or (0, 0)
        read_only = bool(index.data(READ_ONLY_ROLE))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        )
        ink = option.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        font = QFont(option.font)
        font.setBold(is_place)
        metrics = QFontMetrics(font)
        rect = option.rect.adjusted(4, 2, -6, -2)
        info = f"{labelled} / {total}"
        if is_place:
            count = int(index.data(COUNT_ROLE) or 0)
            reports = self.tr("1 report") if count == 1 else self.tr("%1 reports").replace("%1", str(count))
            info = reports + " · " + info
        elif read_only:
            info = self.tr("read-only") + "  " + info
        small = QFont(option.font)
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 7))
        small_metrics = QFontMetrics(small)
        info_width = small_metrics.horizontalAdvance(info) + 6
        painter.save()
        painter.setFont(font)
        painter.setPen(ink)
        name_rect = QRect(rect.left(), rect.top(), rect.width() - info_width, metrics.height())
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, name_rect.width()))
        painter.setFont(small)
        dim = option.palette.color(group, QPalette.ColorRole.PlaceholderText)
        painter.setPen(ink if selected else (QColor("#e53935") if read_only else dim))
        info_rect = QRect(rect.right() - info_width, rect.top(), info_width, metrics.height())
        painter.drawText(info_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, info)
        if not is_place:
            bar = QRect(rect.left(), name_rect.bottom() + 3, rect.width(), self.BAR_HEIGHT)
            painter.fillRect(bar, QColor(255, 255, 255, 90) if selected else QColor(0, 0, 0, 30))
            if total:
                done = QRect(bar.left(), bar.top(), round(bar.width() * labelled / total), bar.height())
                painter.fillRect(done, QColor("#2e7d32") if labelled == total else QColor("#3b78c2"))
        painter.restore()


class ReportListView(QTreeView):
    """The report list widget: places expanded as they appear."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportList")
        self.setItemDelegate(ReportListDelegate(self))
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setIndentation(12)
        self.setSelectionMode(QTreeView.SelectionMode.SingleSelection)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if isinstance(model, ReportListModel):
            model.rowsInserted.connect(self._expand_new_places)

    def _expand_new_places(self, parent: QModelIndex, first: int, last: int) -> None:
        if not parent.isValid():
            model = self.model()
            for row in range(first, last + 1):
                self.expand(model.index(row, 0))
