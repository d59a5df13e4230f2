"""Keys and clicks of the compare view: moving between rows and sides, labelling.

The current cell is the view's current index: its row, and its column for
the side (earlier or later report).  Labels go through the same workspace,
``LabelCommand`` and undo stack as the reading window, with the same label
keys (``gui.tagging.keys.label_for_key``).

Keys: J/↓ and K/↑ next and previous sentence on the current side; ←/→ or Tab
change side; N/F7 next change, Shift+N/Shift+F7 previous change (a change is
a reworded pair, a new or a dropped sentence); the label keys label, 0,
Backspace or Delete clear; Home/End first and last row; Enter shows the
sentence in the reading window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QMenu

from core.compare.rows import NEW, OLD
from gui.compare.diff_view import CompareView
from gui.compare.model import (
    COLUMN_OF_SIDE,
    IS_CHANGE_ROLE,
    SENTENCE_INDEX_ROLE,
    SIDE_OF_COLUMN,
    SOURCE_ROW_ROLE,
    CompareFilterModel,
    CompareModel,
)
from gui.language.label_names import label_text
from gui.shell import dialogs
from gui.shell.translation import Translator
from gui.tagging.keys import CLEAR_KEYS, NEXT_KEYS, PREVIOUS_KEYS, label_for_key
from gui.tagging.undo_commands import LabelCommand
from gui.tagging.workspace import ReportEntry, Workspace

NEXT_CHANGE_KEYS = (Qt.Key.Key_N, Qt.Key.Key_F7)


_tr = Translator("CompareTagging")


def push_label(workspace: Workspace, undo_stack: QUndoStack, entry: ReportEntry, index: int, label: str | None,
               say: Callable[[str], None]) -> bool:
    """Label one sentence of a compared report (None clears it) as one step on the shared undo stack;
    a read-only report says why not."""
    if entry.read_only:
        say(_tr("This report is read-only: its annotation file could not be read. Labels cannot be changed."))
        return False
    undo_stack.push(LabelCommand(workspace, entry, [index], label))
    return True


class CompareTagging(QObject):
    """Moves the current cell of the compare view and labels its sentence."""

    currentChanged = Signal()
    message = Signal(str)  # something to tell the user in the status bar
    showRequested = Signal(object, int)  # ReportEntry, sentence index: show it in the reading window

    def __init__(self, workspace: Workspace, undo_stack: QUndoStack, view: CompareView, model: CompareModel,
                 proxy: CompareFilterModel, auto_advance: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = undo_stack
        self.view = view
        self.model = model
        self.proxy = proxy
        self.auto_advance = auto_advance
        self.side = OLD
        self._last_source_row = 0
        view.installEventFilter(self)
        view.cellClicked.connect(self.click)
        view.cellActivated.connect(self._activate)
        view.contextMenuRequested.connect(self.show_context_menu)
        proxy.layoutChanged.connect(self._keep_current)
        proxy.rowsRemoved.connect(self._keep_current)
        proxy.modelReset.connect(self._keep_current)
        workspace.revealRequested.connect(self._reveal)

    # where we are

    def current_source_row(self) -> int | None:
        current = self.view.currentIndex()
        return current.data(SOURCE_ROW_ROLE) if current.isValid() else None

    def current_sentence(self) -> tuple[ReportEntry, int] | None:
        """The entry and sentence index of the current cell, if it holds a sentence."""
        number = self.current_source_row()
        entry = self.model.entry(self.side)
        if number is None or entry is None:
            return None
        index = self.model.row(number).sentence(self.side)
        return (entry, index) if index is not None else None

    def go_to(self, proxy_row: int, side: int | None = None) -> None:
        """Make a row (of the filtered view) and a side current, and scroll it into view."""
        if not 0 <= proxy_row < self.proxy.rowCount():
            return
        if side is not None:
            self.side = side
        index = self.proxy.index(proxy_row, COLUMN_OF_SIDE[self.side])
        self.view.setCurrentIndex(index)
        self._scroll_to(index)
        self._last_source_row = index.data(SOURCE_ROW_ROLE)
        self.currentChanged.emit()

    def _scroll_to(self, index: QModelIndex) -> None:
        """Keep the current row away from the edges: centre it when it comes too close to one."""
        rect = self.view.visualRect(index)
        height = self.view.viewport().height()
        margin = min(120, height // 5)
        if rect.top() < margin or rect.bottom() > height - margin:
            hint = QAbstractItemView.ScrollHint.PositionAtCenter
            if rect.height() > height - 2 * margin:
                hint = QAbstractItemView.ScrollHint.PositionAtTop
            self.view.scrollTo(index, hint)

    def go_to_sentence(self, side: int, sentence_index: int) -> bool:
        """Make a sentence of one side current (from the indicator table or an undo)."""
        number = self.model.row_of(side, sentence_index)
        if number < 0:
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(number, COLUMN_OF_SIDE[side]))
        if not proxy_index.isValid():
            self.message.emit(self.tr("That sentence is hidden by the filter."))
            return False
        self.go_to(proxy_index.row(), side)
        self.view.scrollTo(proxy_index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def first(self) -> None:
        """The first sentence of the current side (or of any side) after a new comparison or filter."""
        found = self._find(-1, 1, lambda row: self._has_sentence(row, self.side))
        if found is None:
            found = self._find(-1, 1, lambda row: self._has_sentence(row, 1 - self.side))
            if found is not None:
                self.side = 1 - self.side
        if found is not None:
            self.go_to(found)

    # moving

    def _current_proxy_row(self) -> int:
        current = self.view.currentIndex()
        return current.row() if current.isValid() else -1

    def _has_sentence(self, proxy_row: int, side: int) -> bool:
        return self.proxy.index(proxy_row, COLUMN_OF_SIDE[side]).data(SENTENCE_INDEX_ROLE) is not None

    def _find(self, start: int, direction: int, wanted: Callable[[int], bool]) -> int | None:
        row = start + direction
        count = self.proxy.rowCount()
        while 0 <= row < count:
            if wanted(row):
                return row
            row += direction
        return None

    def step(self, direction: int) -> None:
        """The next (1) or previous (-1) sentence on the current side."""
        found = self._find(self._current_proxy_row(), direction, lambda row: self._has_sentence(row, self.side))
        if found is not None:
            self.go_to(found)

    def step_change(self, direction: int) -> None:
        """The next or previous change; the side moves to where the change is when this side is empty."""
        found = self._find(self._current_proxy_row(), direction,
                           lambda row: bool(self.proxy.index(row, 0).data(IS_CHANGE_ROLE)))
        if found is None:
            self.message.emit(self.tr("No change further on.") if direction > 0
                              else self.tr("No change before this one."))
            return
        side = self.side if self._has_sentence(found, self.side) else 1 - self.side
        self.go_to(found, side)

    def switch_side(self, side: int) -> None:
        """Move to the other column; on an empty cell, to the nearest sentence of that side."""
        row = self._current_proxy_row()
        if side == self.side or row < 0:
            self.side = side
            return
        self.side = side
        if self._has_sentence(row, side):
            self.go_to(row)
            return
        below = self._find(row, 1, lambda other: self._has_sentence(other, side))
        above = self._find(row, -1, lambda other: self._has_sentence(other, side))
        candidates = [found for found in (below, above) if found is not None]
        if candidates:
            self.go_to(min(candidates, key=lambda found: abs(found - row)))
        else:
            self.go_to(row)

    # labelling

    def apply_label(self, label: str | None) -> bool:
        """Label the current sentence (None clears it): one undo step on the shared stack."""
        current = self.current_sentence()
        if current is None:
            self.message.emit(self.tr("No sentence on this side of the row."))
            return False
        if not push_label(self.workspace, self.undo_stack, *current, label, self.message.emit):
            return False
        if self.auto_advance():
            self.step(1)
        else:
            self.currentChanged.emit()
        return True

    # input

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            return self.handle_key(event)  # type: ignore[arg-type]
        return False

    def handle_key(self, event: QKeyEvent) -> bool:
        """React to a compare key; False lets the view handle it (page keys, shortcuts)."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        shift = modifiers == Qt.KeyboardModifier.ShiftModifier
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        key = event.key()
        entry = self.model.entry(self.side)
        if not shift and entry is not None:
            label = label_for_key(entry.file.labels, event.text())
            if label is not None:
                self.apply_label(label)
                return True
        if key in NEXT_CHANGE_KEYS:
            self.step_change(-1 if shift else 1)
        elif shift:
            return key == Qt.Key.Key_Backtab and self._toggle_side()
        elif key in NEXT_KEYS:
            self.step(1)
        elif key in PREVIOUS_KEYS:
            self.step(-1)
        elif key == Qt.Key.Key_Left:
            self.switch_side(OLD)
        elif key == Qt.Key.Key_Right:
            self.switch_side(NEW)
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self._toggle_side()
        elif key in CLEAR_KEYS:
            self.apply_label(None)
        elif key == Qt.Key.Key_Home:
            self.first()
        elif key == Qt.Key.Key_End:
            found = self._find(self.proxy.rowCount(), -1, lambda row: self._has_sentence(row, self.side))
            if found is not None:
                self.go_to(found)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._activate(self.view.currentIndex())
        else:
            return False
        return True

    def _toggle_side(self) -> bool:
        self.switch_side(NEW if self.side == OLD else OLD)
        return True

    def click(self, index: QModelIndex) -> None:
        side = SIDE_OF_COLUMN.get(index.column())
        if side is None or index.data(SENTENCE_INDEX_ROLE) is None:
            return  # the gutter, a heading or an empty cell
        self.go_to(index.row(), side)

    def _activate(self, index: QModelIndex | QPersistentModelIndex) -> None:
        side = SIDE_OF_COLUMN.get(index.column()) if index.isValid() else None
        entry = self.model.entry(side) if side is not None else None
        sentence_index = index.data(SENTENCE_INDEX_ROLE) if index.isValid() else None
        if entry is not None and sentence_index is not None:
            self.showRequested.emit(entry, sentence_index)

    def show_context_menu(self, index: QModelIndex, position: QPoint) -> None:
        if index.isValid():
            self.click(index)
        current = self.current_sentence()
        if current is None:
            return
        entry = current[0]
        menu = QMenu(self.view)
        for label in entry.file.labels:
            text = self.tr("Label “%1”").replace("%1", label_text(label.name))
            action = menu.addAction(f"{text}\t{label.key}" if label.key else text)
            action.setData(label.name)
            action.setEnabled(not entry.read_only)
        clear = menu.addAction(self.tr("Clear the label") + "\t0")
        clear.setData(None)
        clear.setEnabled(not entry.read_only)
        menu.addSeparator()
        show = menu.addAction(self.tr("Show in the reading window") + "\tEnter")
        chosen = dialogs.popup_menu(menu, position)
        if chosen is show:
            self._activate(self.view.currentIndex())
        elif chosen is not None:
            self.apply_label(chosen.data())
        menu.deleteLater()

    # after filtering, undo and redo

    def _keep_current(self, *_args: object) -> None:
        """The current row was filtered away: go to the nearest row still shown."""
        if self.view.currentIndex().isValid() or self.proxy.rowCount() == 0:
            return
        nearest = 0
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(SOURCE_ROW_ROLE) >= self._last_source_row:
                nearest = row
                break
        else:
            nearest = self.proxy.rowCount() - 1
        side = self.side if self._has_sentence(nearest, self.side) else 1 - self.side
        self.go_to(nearest, side)

    def _reveal(self, entry: ReportEntry, indexes: list[int]) -> None:
        for side in (OLD, NEW):
            if entry is self.model.entry(side) and indexes:
                self.go_to_sentence(side, indexes[0])
                return
