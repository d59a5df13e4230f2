"""The highlights the compare texts lay over the labels: hovered partners, changed words, a scorecard figure.

Each is a ``Mark``, (start, end, format) in document positions, for
``ReportView.set_marks``.  Tints are translucent so the label colour shows
through; changed words get coloured ink and an underline, never a background
that could read as a label.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QTextCharFormat

from gui.reading.report_document import DocumentMap

Mark = tuple[int, int, QTextCharFormat]

HOVER_FILL = QColor(70, 110, 220, 60)  # the partners of the sentence under the mouse
OLD_WORDS_INK = QColor("#c62828")  # words of the earlier sentence that the later one changed
NEW_WORDS_INK = QColor("#1b7a2a")
FIGURE_FILL = QColor(255, 200, 0, 110)  # the figure a scorecard row reads, in its sentence
FIGURE_INK = QColor("#8e5a00")


def ink(colour: QColor) -> QTextCharFormat:
    """Coloured, underlined text."""
    char_format = QTextCharFormat()
    char_format.setForeground(colour)
    char_format.setFontUnderline(True)
    char_format.setUnderlineColor(colour)
    return char_format


def fill(colour: QColor, underline: QColor | None = None) -> QTextCharFormat:
    """A background, underlined in ``underline`` when given."""
    char_format = QTextCharFormat()
    char_format.setBackground(colour)
    if underline is not None:
        char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        char_format.setUnderlineColor(underline)
    return char_format


def sentence_marks(document_map: DocumentMap, indexes: Sequence[int], char_format: QTextCharFormat) -> list[Mark]:
    """Whole sentences."""
    count = len(document_map.sentence_starts)
    return [(*document_map.sentence_range(index), char_format) for index in indexes if 0 <= index < count]


def span_marks(document_map: DocumentMap, sentence_start: int, spans: Sequence[tuple[int, int]],
               char_format: QTextCharFormat) -> list[Mark]:
    """Pieces of a sentence: ``spans`` are (start, end) code points from the sentence's start."""
    return [(document_map.to_document(sentence_start + first), document_map.to_document(sentence_start + last),
             char_format) for first, last in spans]
