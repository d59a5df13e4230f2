"""The keys of the compare window: its views, the hints in the status bar and the list its help shows (F1)."""

from __future__ import annotations

from gui.shell.translation import QT_TRANSLATE_NOOP, Translator

# Translated where shown (``self.tr(hint)``); marked here so that the translation update finds them.
KEYS_HINT = QT_TRANSLATE_NOOP(
    "CompareWindow",
    "J/K ↓/↑ sentence · ←/→ Tab side · N/F7 next change, Shift: previous · label keys · 0 clear · Enter: reading window"
)
TEXTS_HINT = QT_TRANSLATE_NOOP(
    "CompareWindow",
    "J/K sentence · ←/→ Tab other side · N next linked · label keys · 0 clear · F6 scorecard · F1 keys",
)
SCORECARD_HINT = QT_TRANSLATE_NOOP(
    "CompareWindow",
    "↓/↑ next target, shown in both texts · Alt+S which verdicts · F6 the texts alone · Ctrl+3 row list · F1 keys")

VIEW_SCORECARD = "scorecard"
VIEW_TEXTS = "texts"
VIEW_ROWS = "rows"

_tr = Translator("CompareWindow")


def compare_key_help() -> list[tuple[str, str]]:
    """(keys, what they do) in the compare window, for its help (F1)."""
    return [
        ("Ctrl+1", _tr("Scorecard above the two texts")),
        ("Ctrl+2", _tr("The two texts alone (reading view)")),
        ("Ctrl+3", _tr("Row list of every sentence pair")),
        ("F6", _tr("Between the scorecard and the texts")),
        ("↓  ↑", _tr("In the scorecard: next / previous target, shown in both texts")),
        ("Alt+S", _tr("In the scorecard: show only some verdicts (the missed targets, those with a result…)")),
        ("Home  End", _tr("In the scorecard: first / last target")),
        ("↓  J,  ↑  K", _tr("Next / previous sentence")),
        ("←  →  Tab", _tr("The other report (the linked sentence)")),
        ("N  Shift+N", _tr("Next / previous linked sentence (texts), change (row list)")),
        ("0  Backspace  Delete", _tr("Clear the label")),
        ("Enter", _tr("Show the sentence in the reading window")),
        ("Ctrl+Z  Ctrl+Shift+Z", _tr("Undo / redo")),
        ("Ctrl+S", _tr("Save now")),
        ("F1", _tr("Show or hide this help")),
    ]
