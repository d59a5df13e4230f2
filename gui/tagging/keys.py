"""The tagging keys every tagging view shares, and the keys a label may not take.

Kept apart from the controllers so that the label editor and the import can
check a label's key without importing a controller (and the dialogs behind it).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt

from core.annotations.labels import LabelDef

NEXT_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_J)
PREVIOUS_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_K)
CLEAR_KEYS = (Qt.Key.Key_0, Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
NEXT_UNLABELLED_KEY = Qt.Key.Key_N
RESERVED_LABEL_KEYS = frozenset("jkn0au")  # keys a label may not take (a, u: gui.suggestions.actions)


def label_for_key(labels: Sequence[LabelDef], text: str) -> str | None:
    """The name of the label whose key is ``text`` (any case), or None; shared by every tagging view."""
    if not text:
        return None
    for label in labels:
        if label.key and label.key.lower() == text.lower():
            return label.name
    return None
