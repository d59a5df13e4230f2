"""The keyboard help shown over the report (F1).

Its list is made when it is shown: the label keys of the shown report, the
tagging keys the report view handles (``key_help``), then every action of the
window that has a shortcut, with its menu text, so no key is ever left out.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QVBoxLayout, QWidget

from core.annotations.labels import LabelDef
from gui.language.label_names import label_text
from gui.tagging.controller import key_help

HELP_TEXT_PROPERTY = "helpText"  # an action's text for the help, where its menu text changes (undo, redo)
# Keys of a keyboard's own that standard actions also answer to (Redo, Exit, Copy…): not worth listing.
_KEYBOARD_KEYS = frozenset({Qt.Key.Key_Redo, Qt.Key.Key_Undo, Qt.Key.Key_Exit, Qt.Key.Key_Copy, Qt.Key.Key_Cut,
                            Qt.Key.Key_Paste, Qt.Key.Key_Open, Qt.Key.Key_Save, Qt.Key.Key_Find, Qt.Key.Key_Close,
                            Qt.Key.Key_ZoomIn, Qt.Key.Key_ZoomOut, Qt.Key.Key_Help, Qt.Key.Key_Forward,
                            Qt.Key.Key_Back})
_KEYBOARD_KEY_NAMES = frozenset(QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)
                                for key in _KEYBOARD_KEYS)


def _typed(key: QKeySequence) -> bool:
    """Whether a person types this on an ordinary keyboard (not a key of its own such as Redo)."""
    return key.count() > 0 and key.toString(QKeySequence.SequenceFormat.PortableText) not in _KEYBOARD_KEY_NAMES


def action_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a shortcut, in the order given, each once."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for action in actions:
        keys = [key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
                if not key.isEmpty() and _typed(key)]
        if not keys:
            continue
        text = action.property(HELP_TEXT_PROPERTY) or action.text().split("\t")[0]
        text = str(text).replace("&&", "\x00").replace("&", "").replace("\x00", "&").rstrip("…").strip()
        shown = "  ".join(keys)
        if text and shown not in seen:
            seen.add(shown)
            rows.append((shown, text))
    return rows


class HelpOverlay(QFrame):
    """A translucent panel over the window listing the keys; it follows the window's size."""

    def __init__(self, parent: QWidget, actions: Callable[[], Iterable[QAction]] = lambda: ()) -> None:
        super().__init__(parent)
        self.setObjectName("helpOverlay")
        self.setStyleSheet(
            "QFrame#helpOverlay { background: rgba(30, 34, 40, 228); border-radius: 8px; }"
            " QLabel { color: #f2f2f2; background: transparent; }"
        )
        self._actions = actions
        self._labels: list[LabelDef] = []
        self._keys: list[tuple[str, str]] | None = None
        layout = self.box = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.label)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        parent.installEventFilter(self)
        self.hide()

    def set_labels(self, labels: list[LabelDef], keys: list[tuple[str, str]] | None = None) -> None:
        """The label keys, then ``keys`` (keys, what they do; the reading window's keys by default), then
        the keys of the window's actions."""
        self._labels = list(labels)
        self._keys = keys
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """List the keys as they are now."""
        rows = [(label.key, self.tr("Label “%1”").replace("%1", label_text(label.name)))
                for label in self._labels if label.key]
        rows.extend(key_help() if self._keys is None else self._keys)
        rows.extend(action_rows(self._actions()))
        body = "".join("<tr>" + "".join(
            f"<td style='padding-right:14px'><b>{html.escape(keys)}</b></td><td style='padding-right:28px'>"
            f"{html.escape(what)}</td>" for keys, what in line) + "</tr>" for line in self._lines(rows))
        title = html.escape(self.tr("Keys"))
        self.label.setText(f"<h3 style='margin:0 0 6px 0'>{title}</h3><table cellspacing='2'>{body}</table>")
        self._place()

    def _lines(self, rows: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
        """The rows in as many columns side by side as the height of the report view asks for."""
        parent = self.parentWidget()
        row_height = self.label.fontMetrics().lineSpacing() + 4
        room = (parent.height() - 160) // row_height if parent is not None else len(rows)
        per_column = max(room, 1, -(-len(rows) // 3))  # at most three columns
        columns = [rows[start:start + per_column] for start in range(0, len(rows), per_column)]
        return [[column[number] for column in columns if number < len(column)] for number in range(per_column)
                if any(number < len(column) for column in columns)]

    def toggle(self) -> None:
        self.setVisible(not self.isVisible())
        if self.isVisible():
            self.refresh()
            self.raise_()

    def _place(self) -> None:
        """Centred over the parent, below its menus and tool bar when it is a main window."""
        parent = self.parentWidget()
        if parent is None:
            return
        self._fit(max(parent.width() - 16, 240))
        top = 16
        central = parent.centralWidget() if isinstance(parent, QMainWindow) else None
        if central is not None:
            top += central.geometry().top()
        self.move(max((parent.width() - self.width()) // 2, 8), top)

    def _fit(self, available: int) -> None:
        """As wide as the keys need, or the width available with the descriptions wrapped (never cut off)."""
        margins = self.box.contentsMargins()
        sides = margins.left() + margins.right()
        self.label.setWordWrap(False)
        if self.label.sizeHint().width() + sides <= available:
            self.adjustSize()
            return
        self.label.setWordWrap(True)
        self.resize(available, self.label.heightForWidth(available - sides) + margins.top() + margins.bottom())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            if self.isVisible():
                self.refresh()  # the columns follow the height
            self._place()
        return False
