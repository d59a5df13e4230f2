"""The list of open reports: place, year and labelling progress."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from core.file_names import readable
from gui.tagging.workspace import OpenFile, ReportEntry, Workspace

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the ReportEntry
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2  # (labelled, total)
READ_ONLY_ROLE = Qt.ItemDataRole.UserRole + 3  # bool

AnyIndex = QModelIndex | QPersistentModelIndex


class ReportListModel(QAbstractListModel):
    """One row per open report, in the order the files were opened."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._entries: list[ReportEntry] = []
        workspace.fileAdded.connect(self._add_file)
        workspace.labelsChanged.connect(lambda entry, _indexes: self.entry_changed(entry))
        workspace.metadataChanged.connect(self.entry_changed)
        workspace.labelSetChanged.connect(self._file_changed)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.report.display_name()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry)
        if role == ENTRY_ROLE:
            return entry
        if role == PROGRESS_ROLE:
            return entry.progress.labelled, entry.progress.total
        if role == READ_ONLY_ROLE:
            return entry.read_only
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def row_of(self, entry: ReportEntry) -> int:
        for row, candidate in enumerate(self._entries):
            if candidate is entry:
                return row
        return -1

    def entry_at(self, row: int) -> ReportEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def entry_changed(self, entry: ReportEntry) -> None:
        row = self.row_of(entry)
        if row >= 0:
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)

    def _file_changed(self, open_file: OpenFile) -> None:
        for entry in open_file.entries:
            self.entry_changed(entry)

    def _add_file(self, open_file: OpenFile) -> None:
        if not open_file.entries:
            return
        first = len(self._entries)
        self.beginInsertRows(QModelIndex(), first, first + len(open_file.entries) - 1)
        self._entries.extend(open_file.entries)
        self.endInsertRows()

    def _tooltip(self, entry: ReportEntry) -> str:
        annotations = entry.annotations
        lines = [
            entry.report.metadata.title.value or entry.report.display_name(),
            self.tr("Source: %1").replace("%1", readable(entry.file.source)),
            self.tr("Labels: %1").replace("%1", readable(annotations.path)),
        ]
        if annotations.is_fallback:
            lines.append(self.tr("(kept in your data folder: a bundled sample, or a folder that cannot be written)"))
        if entry.read_only:
            lines.append(self.tr("Read-only: %1").replace("%1", annotations.read_only_reason or ""))
        return "\n".join(lines)


class ReportListDelegate(QStyledItemDelegate):
    """Draws a report's name with a thin progress bar and labelled/total under it."""

    BAR_HEIGHT = 4

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(160, metrics.height() + self.BAR_HEIGHT + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else None
        text = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        labelled, total = index.data(PROGRESS_ROLE) or (0, 0)
        read_only = bool(index.data(READ_ONLY_ROLE))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        )
        ink = option.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        metrics = QFontMetrics(option.font)
        rect = option.rect.adjusted(8, 5, -8, -5)
        info = f"{labelled} / {total}"
        if read_only:
            info = self.tr("read-only") + "  " + info
        small = QFont(option.font)
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 7))
        small_metrics = QFontMetrics(small)
        info_width = small_metrics.horizontalAdvance(info) + 6
        painter.save()
        painter.setPen(ink)
        name_rect = QRect(rect.left(), rect.top(), rect.width() - info_width, metrics.height())
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, name_rect.width()))
        painter.setFont(small)
        dim = option.palette.color(group, QPalette.ColorRole.PlaceholderText)
        painter.setPen(ink if selected else (QColor("#e53935") if read_only else dim))
        info_rect = QRect(rect.right() - info_width, rect.top(), info_width, metrics.height())
        painter.drawText(info_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, info)
        bar = QRect(rect.left(), name_rect.bottom() + 4, rect.width(), self.BAR_HEIGHT)
        painter.fillRect(bar, QColor(255, 255, 255, 90) if selected else QColor(0, 0, 0, 30))
        if total:
            done = QRect(bar.left(), bar.top(), round(bar.width() * labelled / total), bar.height())
            painter.fillRect(done, QColor("#2e7d32") if labelled == total else QColor("#3b78c2"))
        painter.restore()


class ReportListView(QListView):
    """The report list widget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportList")
        self.setItemDelegate(ReportListDelegate(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
