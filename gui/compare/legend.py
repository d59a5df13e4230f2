"""The legend in the compare window's toolbar: what its colours mean in the view shown, and the label colours."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor

from core.annotations.labels import LabelDef
from core.compare.rows import STATE_DROPPED, STATE_NEW
from gui.compare.diff_view import BACKGROUNDS, NEW_WORDS, OLD_WORDS
from gui.compare.link_gutter import ANSWER_FILL, PAIR_FILL, SCORE_FILL
from gui.compare.text_marks import NEW_WORDS_INK, OLD_WORDS_INK
from gui.language.label_names import label_text
from gui.shell import style
from gui.shell.translation import Translator

_tr = Translator("CompareWindow")


def _chip(background: QColor, text: str, ink: QColor | None = None) -> str:
    colour = f"; color:{ink.name()}" if ink is not None else ""
    return f"<span style='background:{background.name()}{colour}'>&nbsp;{text}&nbsp;</span>"


def legend_html(row_list: bool, label_sets: Sequence[Sequence[LabelDef]]) -> str:
    """Rich text: the row list's colours (``row_list``) or the two texts', then each label once, in its colour."""
    if row_list:
        chips = [
            _chip(OLD_WORDS, _tr("dropped words")),
            _chip(NEW_WORDS, _tr("new words")),
            _chip(BACKGROUNDS[STATE_DROPPED], _tr("dropped")),
            _chip(BACKGROUNDS[STATE_NEW], _tr("new")),
        ]
    else:
        earlier, later = _tr("earlier wording"), _tr("later wording")  # outside f-strings, for lupdate
        chips = [
            f"<u style='color:{OLD_WORDS_INK.name()}'>{earlier}</u>",
            f"<u style='color:{NEW_WORDS_INK.name()}'>{later}</u>",
            *(_chip(style.faded(colour, 1 - colour.alphaF()), text)  # the strip's translucent colours on white
              for colour, text in ((SCORE_FILL, _tr("target → result")), (ANSWER_FILL, _tr("plan → review")),
                                   (PAIR_FILL, _tr("same sentence, reworded")))),
        ]
    chips.append("&nbsp;&nbsp;")
    seen: set[str] = set()
    for labels in label_sets:
        for label in labels:
            if label.name in seen:
                continue
            seen.add(label.name)
            colour = QColor(label.colour)
            key = f"{label.key} " if label.key else ""
            chips.append(_chip(colour, f"{key}{label_text(label.name)}", style.text_colour_on(colour)))
    return "&nbsp;".join(chips)
