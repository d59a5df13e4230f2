"""The Compare menu of the main window: "Compare years…" (Ctrl+D).

It offers the open reports of one place in consecutive years
(``core.compare.align.find_year_pairs``) and any two others through a replaceable
dialog, then opens a compare window for the chosen pair (or raises the one
already open).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from core.compare.topics import load_jieba
from core.compare.year_pairs import find_year_pairs
from gui.compare.window import CompareSession, CompareWindow
from gui.shell import dialogs
from gui.tagging.workspace import ReportEntry

COMPARE_SHORTCUT = "Ctrl+D"


class CompareLauncher(QObject):
    """Opens compare windows from the reading window; they close with it.

    The window's menu list (``gui.shell.menus.MENU_BAR``) puts ``action`` in the Compare menu.
    """

    opened = Signal(object)  # CompareWindow, once its rows are shown

    def __init__(self, session: CompareSession, window: QWidget) -> None:
        """``window``: the reading window, parent of the dialogs and the compare windows."""
        super().__init__(window)
        self.session = session
        self.window = window
        self.windows: list[CompareWindow] = []
        self.action = QAction(self.tr("Compare &years…"), window)
        self.action.setObjectName("compareAction")
        self.action.setShortcut(QKeySequence(COMPARE_SHORTCUT))
        self.action.setToolTip(self.tr("Two open reports side by side, usually one place in consecutive years "
                                       "(%1)").replace("%1", COMPARE_SHORTCUT))
        self.action.triggered.connect(self.choose_and_compare)
        window.addAction(self.action)
        window.installEventFilter(self)

    def year_pairs(self) -> list[tuple[ReportEntry, ReportEntry]]:
        """(earlier, later) open reports of one place in consecutive years; those of the report shown first."""
        entries = self.session.workspace.entries
        entry_of = {id(entry.report): entry for entry in entries}
        pairs = [(entry_of[id(old)], entry_of[id(new)])
                 for old, new in find_year_pairs(entry.report for entry in entries)]
        shown = self.session.shown_entry()
        # sorted is stable: otherwise in the order found
        return sorted(pairs, key=lambda pair: not any(entry is shown for entry in pair))

    def choose_and_compare(self) -> None:
        entries = list(self.session.workspace.entries)
        if len(entries) < 2:
            dialogs.show_information(self.window, self.tr("Compare years"), self.tr(
                "Open two reports first, for example one city's reports of two consecutive years."))
            return
        # the word segmenter loads (about a second and a half) while the reader chooses, not after
        QThreadPool.globalInstance().start(load_jieba)
        chosen = dialogs.choose_reports_to_compare(self.window, entries, self.year_pairs())
        if chosen is not None and chosen[0] is not chosen[1]:
            self.compare(*chosen)

    def compare(self, old: ReportEntry, new: ReportEntry) -> CompareWindow:
        """Open (or raise) the compare window of ``old`` (left) and ``new`` (right)."""
        for existing in self.windows:
            if existing.entries == (old, new):
                existing.show()
                existing.raise_()
                existing.activateWindow()
                return existing
        compare_window = CompareWindow(self.session, old, new, self.window)
        self.windows.append(compare_window)
        compare_window.ready.connect(lambda: self.opened.emit(compare_window))
        compare_window.destroyed.connect(lambda _object=None: self._forget(compare_window))
        compare_window.show()
        return compare_window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            QTimer.singleShot(0, self._close_with_window)  # after the window decided whether it closes
        return False

    def _close_with_window(self) -> None:
        if not self.window.isVisible():
            for compare_window in list(self.windows):
                compare_window.close()

    def _forget(self, compare_window: CompareWindow) -> None:
        if compare_window in self.windows:
            self.windows.remove(compare_window)
