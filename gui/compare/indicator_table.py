"""The indicator table of the compare window.

``IndicatorTableModel`` lists ``alignment.indicators(view)`` for one of three
views: the earlier report's targets beside the later one's results, targets
beside targets, results beside results.  ``IndicatorPanel`` adds the view
chooser; a click on a row asks the compare view to show its sentence.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from core.compare.align import VIEW_RESULT_RESULT, VIEW_TARGET_RESULT, VIEW_TARGET_TARGET, Alignment, IndicatorPair
from core.compare.indicators import Indicator
from core.compare.rows import NEW, OLD
from gui.shell.translation import QT_TRANSLATE_NOOP, Translator

COLUMN_NAME = 0
COLUMN_OLD_VALUE = 1
COLUMN_NEW_VALUE = 2
COLUMN_CHANGE = 3
INDICATOR_PAIR_ROLE = Qt.ItemDataRole.UserRole + 1  # the IndicatorPair of the row

MISSING_INK = QColor("#9a9a9a")
DROPPED_BACKGROUND = QColor("#fbeaea")
NEW_BACKGROUND = QColor("#e8f5e6")


_tr = Translator("IndicatorTable")


def value_text(indicator: Indicator | None) -> str:
    """``预计 增长 4%左右``: hedge, relation and the value with its unit and qualifier."""
    if indicator is None:
        return ""
    words = [word for word in (indicator.hedge, indicator.relation) if word]
    return " ".join([*words, indicator.value_text()]) if words else indicator.value_text()


def change_text(pair: IndicatorPair) -> str:
    """The difference of two values in one unit (``+1.5%``), or what became of the indicator."""
    old, new = pair.old, pair.new
    if old is None:
        return _tr("new")
    if new is None:
        return _tr("dropped")
    if old.value is None or new.value is None or old.unit != new.unit:
        return ""
    difference = round(new.value - old.value, 4)
    if difference == 0:
        return "="
    number = f"{difference:+.4f}".rstrip("0").rstrip(".")
    unit = "个百分点" if old.unit == "%" else old.unit
    return number + unit


class IndicatorTableModel(QAbstractTableModel):
    """Indicator pairs of one view: name, earlier value, later value, change."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.alignment: Alignment | None = None
        self.view = VIEW_TARGET_RESULT
        self.pairs: list[IndicatorPair] = []

    def set_alignment(self, alignment: Alignment | None) -> None:
        self.beginResetModel()
        self.alignment = alignment
        self.pairs = alignment.indicators(self.view) if alignment is not None else []
        self.endResetModel()

    def set_view(self, view: str) -> None:
        self.view = view
        self.set_alignment(self.alignment)

    def pair(self, row: int) -> IndicatorPair:
        return self.pairs[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.pairs)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        old_name = self.alignment.old.display_name() if self.alignment else ""
        new_name = self.alignment.new.display_name() if self.alignment else ""
        return {COLUMN_NAME: _tr("Indicator"), COLUMN_OLD_VALUE: old_name or _tr("Earlier"),
                COLUMN_NEW_VALUE: new_name or _tr("Later"), COLUMN_CHANGE: _tr("Change")}.get(section)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        pair = self.pairs[index.row()]
        column = index.column()
        if role == INDICATOR_PAIR_ROLE:
            return pair
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COLUMN_NAME:
                return pair.name
            if column == COLUMN_OLD_VALUE:
                return value_text(pair.old) or "—"
            if column == COLUMN_NEW_VALUE:
                return value_text(pair.new) or "—"
            return change_text(pair)
        if role == Qt.ItemDataRole.ToolTipRole:
            texts = [f"{name}: {indicator.text}" for name, indicator in
                     ((_tr("Earlier"), pair.old), (_tr("Later"), pair.new)) if indicator is not None]
            return "\n".join(texts)
        if role == Qt.ItemDataRole.ForegroundRole:
            if (column == COLUMN_OLD_VALUE and pair.old is None) or (column == COLUMN_NEW_VALUE and pair.new is None):
                return MISSING_INK
            return None
        if role == Qt.ItemDataRole.BackgroundRole and column == COLUMN_CHANGE:
            if pair.new is None:
                return DROPPED_BACKGROUND
            if pair.old is None:
                return NEW_BACKGROUND
        return None


class _RowTable(QTableView):
    """A table of whole rows: Home and End go to the first and last row (a row has no cell of its own to go to)."""

    def moveCursor(self, cursorAction: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        if cursorAction in (QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MoveEnd):
            modifiers = modifiers | Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(cursorAction, modifiers)


def row_table(parent: QWidget, model: QAbstractTableModel, name: str) -> QTableView:
    """A read-only table of whole rows, one chosen at a time, as the compare window's side panels show them."""
    table = _RowTable(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    return table


class IndicatorPanel(QWidget):
    """The view chooser over the indicator table; asks to show an indicator's sentence when clicked."""

    sentenceRequested = Signal(int, str)  # side (OLD or NEW), sentence id

    VIEWS = (
        (VIEW_TARGET_RESULT, QT_TRANSLATE_NOOP("IndicatorTable", "Earlier targets → later results")),
        (VIEW_TARGET_TARGET, QT_TRANSLATE_NOOP("IndicatorTable", "Earlier targets → later targets")),
        (VIEW_RESULT_RESULT, QT_TRANSLATE_NOOP("IndicatorTable", "Earlier results → later results")),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = IndicatorTableModel(self)
        self.view_box = QComboBox(self)
        self.view_box.setObjectName("indicatorViewBox")
        for view, text in self.VIEWS:
            self.view_box.addItem(_tr(text), view)
        self.table = row_table(self, self.model, "indicatorTable")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMN_NAME, QHeaderView.ResizeMode.Stretch)
        for column in (COLUMN_OLD_VALUE, COLUMN_NEW_VALUE, COLUMN_CHANGE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #6b6b6b; padding: 4px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        self.view_box.currentIndexChanged.connect(self._view_chosen)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)

    def set_alignment(self, alignment: Alignment | None) -> None:
        """Show an alignment's indicators, in the view with the most indicators found in both reports."""
        self.model.set_alignment(alignment)
        if alignment is not None:
            def found_in_both(view: str) -> tuple[int, int]:
                pairs = alignment.indicators(view)
                return sum(1 for pair in pairs if pair.old is not None and pair.new is not None), len(pairs)

            best = max((view for view, _text in self.VIEWS), key=found_in_both)  # first of equals wins
            if found_in_both(best) > found_in_both(self.model.view):
                self.choose_view(best)
        self._show_count()

    def choose_view(self, view: str) -> None:
        self.view_box.setCurrentIndex(max(self.view_box.findData(view), 0))

    def _view_chosen(self, _position: int) -> None:
        self.model.set_view(str(self.view_box.currentData()))
        self._show_count()

    def _show_count(self) -> None:
        pairs = self.model.pairs
        both = sum(1 for pair in pairs if pair.old is not None and pair.new is not None)
        if self.model.alignment is None:
            text = ""
        elif not pairs:
            text = _tr("No indicators in this view (the earlier report may have no plan part, or the later "
                       "no review part).")
        else:
            text = _tr("%1 indicators, %2 found in both reports. Click one to see its sentence.").replace(
                "%1", str(len(pairs))).replace("%2", str(both))
        self.empty_label.setText(text)

    def _clicked(self, index: QModelIndex) -> None:
        pair = self.model.pair(index.row())
        chosen: Indicator | None
        if index.column() == COLUMN_OLD_VALUE and pair.old is not None:
            chosen, side = pair.old, OLD
        elif (index.column() == COLUMN_NEW_VALUE and pair.new is not None) or pair.new is not None:
            chosen, side = pair.new, NEW
        else:
            chosen, side = pair.old, OLD
        if chosen is not None and chosen.sentence_id:
            self.sentenceRequested.emit(side, chosen.sentence_id)
