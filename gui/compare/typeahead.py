"""Keys a reader presses while the compare window is still aligning, kept and replayed once it is ready.

The alignment takes a second or two (more while the word segmenter loads);
a reader who opens the window and presses ↓ ↓ at once expects to be two
rows down when the scorecard appears, not to find the keys lost.  Only keys
that move (arrows, J, K, N, Page Up/Down, Home, End) are replayed: a label key typed
before anything was shown would label a sentence the reader never saw, so
those are counted instead and the window says they were not applied.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from gui.tagging.keys import NEXT_KEYS, NEXT_UNLABELLED_KEY, PREVIOUS_KEYS

MOVING_KEYS = frozenset({
    *NEXT_KEYS, *PREVIOUS_KEYS, NEXT_UNLABELLED_KEY, Qt.Key.Key_Left, Qt.Key.Key_Right,
    Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End,
})  # the tagging views' own moving keys (J, K, N) with the arrows and pages
_MODIFIER_KEYS = frozenset({Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta})
MAX_KEPT = 100  # a key held down while waiting repeats; more than this is not what anyone meant


class TypeAhead(QObject):
    """Holds the key presses meant for ``window`` until ``release``; shortcuts still fire as usual."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.kept: list[tuple[Qt.Key, Qt.KeyboardModifier, str]] = []
        self.dropped = 0  # keys that would have changed something: not replayed
        self.holding = False

    def start(self) -> None:
        application = QApplication.instance()
        if application is not None and not self.holding:
            application.installEventFilter(self)
            self.holding = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget) or not isinstance(
                event, QKeyEvent) or watched.window() is not self.window:
            return False
        key = Qt.Key(event.key())
        if key in _MODIFIER_KEYS:
            return False
        modifiers = event.modifiers()
        if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False  # a shortcut (Ctrl+2, Alt+S, Ctrl+W…): the window's actions answer it now
        if key in MOVING_KEYS:
            if len(self.kept) < MAX_KEPT:
                self.kept.append((key, modifiers, event.text()))
        elif key not in (Qt.Key.Key_Escape, Qt.Key.Key_F1):
            self.dropped += 1
        else:
            return False
        return True

    def release(self, replay: bool = True) -> int:
        """Stop holding keys, replay the moving ones to the window's focus widget; how many others were not applied."""
        application = QApplication.instance()
        if application is not None and self.holding:
            application.removeEventFilter(self)
        self.holding = False
        kept, self.kept = self.kept, []
        dropped, self.dropped = self.dropped, 0
        target = self.window.focusWidget() or self.window  # the window's own, active or not
        for key, modifiers, text in kept if replay else []:  # a window closing before it showed: nothing to move
            QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text))
            QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyRelease, key, modifiers, text))
        return dropped
