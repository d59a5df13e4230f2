"""Ctrl+F: find text in the shown report, next and previous hit."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from gui.reading.report_view import ReportView
from gui.tagging.controller import TaggingController


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of ``query`` in ``text``, ignoring Latin case."""
    if not query:
        return []
    return [(match.start(), match.end()) for match in re.finditer(re.escape(query), text, re.IGNORECASE)]


class SearchBar(QWidget):
    """A find bar; the window moves to the hits it asks for."""

    searchChanged = Signal(str)  # the query changed: find from the current place
    nextRequested = Signal()
    previousRequested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setPlaceholderText(self.tr("Find in this report"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self.searchChanged)
        self.field.returnPressed.connect(self.nextRequested)
        self.field.installEventFilter(self)
        layout.addWidget(self.field, 1)
        self.previous_button = QToolButton(self)
        self.previous_button.setText("▲")
        self.previous_button.setToolTip(self.tr("Previous hit (Shift+F3)"))
        self.previous_button.clicked.connect(self.previousRequested)
        layout.addWidget(self.previous_button)
        self.next_button = QToolButton(self)
        self.next_button.setText("▼")
        self.next_button.setToolTip(self.tr("Next hit (F3, Enter)"))
        self.next_button.clicked.connect(self.nextRequested)
        layout.addWidget(self.next_button)
        self.count_label = QLabel(self)
        self.count_label.setMinimumWidth(90)
        layout.addWidget(self.count_label)
        close = QToolButton(self)
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close (Esc)"))
        close.clicked.connect(self.close_bar)
        layout.addWidget(close)
        self.hide()

    @property
    def query(self) -> str:
        return self.field.text()

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def show_count(self, current: int | None, total: int) -> None:
        if not self.query:
            self.count_label.setText("")
        elif total == 0:
            self.count_label.setText(self.tr("No hits"))
        else:
            self.count_label.setText(self.tr("%1 of %2").replace("%1", str((current or 0) + 1)).replace(
                "%2", str(total)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc closes; Shift+Enter goes back (the field would take both keys otherwise)."""
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
                self.previousRequested.emit()
                return True
        return False


class SearchController(QObject):
    """Finds the bar's query in the shown report and moves the tagging cursor to each hit."""

    def __init__(self, bar: SearchBar, view: ReportView, tagging: TaggingController,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bar = bar
        self.view = view
        self.tagging = tagging
        self.hits: list[tuple[int, int]] = []
        self.current: int | None = None
        bar.searchChanged.connect(self.search)
        bar.nextRequested.connect(lambda: self.step(1))
        bar.previousRequested.connect(lambda: self.step(-1))
        bar.closed.connect(self.close)

    def search(self, query: str | None = None) -> None:
        """Find all hits; go to the first one at or after the current sentence."""
        entry = self.tagging.entry
        query = self.bar.query if query is None else query
        self.hits = find_all(entry.report.text, query) if entry is not None else []
        self.current = None
        if self.hits and entry is not None and entry.report.sentences:
            here = entry.report.sentences[entry.current].start
            self.current = next((number for number, (start, _end) in enumerate(self.hits) if start >= here), 0)
        self._show()

    def step(self, direction: int) -> None:
        if not self.bar.isVisible():
            self.bar.open_bar()
        if not self.hits:
            self.search()
            return
        if self.current is None:
            self.current = 0
        else:
            self.current = (self.current + direction) % len(self.hits)
        self._show()

    def close(self) -> None:
        self.hits = []
        self.current = None
        self.view.set_search_hit(None)
        self.view.setFocus()

    def _show(self) -> None:
        self.bar.show_count(self.current, len(self.hits))
        document_map = self.view.document_map
        if self.current is None or document_map is None:
            self.view.set_search_hit(None)
            return
        start, end = self.hits[self.current]
        index = document_map.sentence_at(document_map.to_document(start), nearest=True)
        if index is not None:
            self.tagging.go_to(index)
        self.view.set_search_hit(document_map.to_document(start), document_map.to_document(end))
