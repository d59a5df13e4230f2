"""A report as a QTextDocument, built once, with a map between positions.

Each paragraph of the report becomes one block; headings are styled by level,
noise is dimmed (or left out).  Report offsets are code points into
``report.text``; document positions are UTF-16 units in the document, which
differ by the paragraph breaks and by characters outside the BMP.
``DocumentMap`` converts between the two and finds the sentence at a position.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from core.reading.model import (
    LEVEL_LEAD,
    LEVEL_PART,
    PARA_BODY,
    PARA_HEADING,
    PARA_NOISE,
    PARA_TITLE,
    Paragraph,
    Report,
)
from core.reading.wraps import hide_breaks
from gui.shell import style

# Characters that would end a block inside the document; shown as a space (same length).
_BREAKS = str.maketrans({"\n": " ", "\r": " ", "\u2028": " ", "\u2029": " ", "\x0b": " ", "\x0c": " "})


def utf16_length(text: str) -> int:
    """Length of ``text`` in UTF-16 code units (what Qt counts)."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class _Piece:
    """One paragraph in the document: where it is in the report and in the document."""

    start: int  # report offset
    end: int
    doc_start: int  # document position
    narrow: bool  # every character is one UTF-16 unit


class DocumentMap:
    """Converts report offsets to document positions and back; finds sentences."""

    def __init__(self, report: Report, pieces: list[_Piece]) -> None:
        self.report = report
        self._pieces = pieces
        self._starts = [piece.start for piece in pieces]
        self._doc_starts = [piece.doc_start for piece in pieces]
        self.sentence_starts: list[int] = []
        self.sentence_ends: list[int] = []
        for sentence in report.sentences:
            self.sentence_starts.append(self.to_document(sentence.start))
            self.sentence_ends.append(self.to_document(sentence.end))

    def to_document(self, offset: int) -> int:
        """The document position of a report offset (clamped into the nearest shown paragraph)."""
        if not self._pieces:
            return 0
        index = max(bisect_right(self._starts, offset) - 1, 0)
        piece = self._pieces[index]
        offset = min(max(offset, piece.start), piece.end)
        if piece.narrow:
            return piece.doc_start + offset - piece.start
        return piece.doc_start + utf16_length(self.report.text[piece.start:offset])

    def to_report(self, position: int) -> int:
        """The report offset of a document position."""
        if not self._pieces:
            return 0
        index = max(bisect_right(self._doc_starts, position) - 1, 0)
        piece = self._pieces[index]
        units = position - piece.doc_start
        if piece.narrow:
            return min(piece.start + max(units, 0), piece.end)
        offset = piece.start
        while offset < piece.end and units > 0:
            units -= 2 if ord(self.report.text[offset]) > 0xFFFF else 1
            offset += 1
        return offset

    def sentence_at(self, position: int, nearest: bool = False) -> int | None:
        """Index of the sentence at a document position (or the nearest one before it)."""
        index = bisect_right(self.sentence_starts, position) - 1
        if index < 0:
            return 0 if nearest and self.sentence_starts else None
        if position < self.sentence_ends[index] or nearest:
            return index
        return None

    def sentence_range(self, index: int) -> tuple[int, int]:
        return self.sentence_starts[index], self.sentence_ends[index]


@dataclass
class DocumentStyle:
    """What the document looks like; a change rebuilds the document."""

    point_size: float = style.DEFAULT_POINT_SIZE
    show_noise: bool = True


def build_document(report: Report, look: DocumentStyle,
                   shown: Callable[[int], bool] | None = None) -> tuple[QTextDocument, DocumentMap]:
    """Make the document for ``report`` and the map of its positions.

    With ``shown``, only the sentences for which ``shown(index)`` is true are
    in it (each run of them in a paragraph becomes a paragraph of its own),
    with the headings of the sections they are in; noise is left out.  The
    other sentences map to empty ranges.
    """
    parts = _all_paragraphs(report, look) if shown is None else _shown_parts(report, shown)
    document = QTextDocument()
    document.setUndoRedoEnabled(False)
    base_font = style.report_font(look.point_size)
    document.setDefaultFont(base_font)
    document.setDocumentMargin(28)
    formats = _Formats(base_font)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    pieces: list[_Piece] = []
    headings = _run_in_headings(report)
    heading_ends = {start: end for start, end, _level in headings}
    first = True
    title_seen = False
    for paragraph in parts:
        text = hide_breaks(report.text[paragraph.start:paragraph.end]).translate(_BREAKS)  # wraps: zero-width
        styled_spans = paragraph.role == PARA_BODY
        if paragraph.role == PARA_TITLE:
            block_format, char_format = formats.title(main=not title_seen)
            title_seen = True
        elif paragraph.role == PARA_HEADING and heading_ends.get(paragraph.start, paragraph.end) < paragraph.end:
            block_format, char_format = formats.body(top=formats.size * 0.6)  # a heading run into its text
            styled_spans = True
        elif paragraph.role == PARA_HEADING:
            block_format, char_format = formats.heading(paragraph.level)
        elif paragraph.role == PARA_NOISE:
            block_format, char_format = formats.noise()
        else:
            block_format, char_format = formats.body()
        if first:
            cursor.setBlockFormat(block_format)
            cursor.setBlockCharFormat(char_format)
            first = False
        else:
            cursor.insertBlock(block_format, char_format)
        doc_start = cursor.position()
        pieces.append(
            _Piece(paragraph.start, paragraph.end, doc_start, text.isascii() or utf16_length(text) == len(text))
        )
        cursor.insertText(text, char_format)
        if styled_spans:
            _style_spans(cursor, report, paragraph.start, paragraph.end, pieces[-1], headings, formats)
    cursor.endEditBlock()
    document_map = DocumentMap(report, pieces)
    for span in report.noise:  # inline noise such as footnote markers: dimmed
        start, end = document_map.to_document(span.start), document_map.to_document(span.end)
        if start < end:  # spans of left-out paragraphs map to an empty range
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(formats.inline_noise)
    return document, document_map


def _all_paragraphs(report: Report, look: DocumentStyle) -> list[Paragraph]:
    return [paragraph for paragraph in report.paragraphs if look.show_noise or paragraph.role != PARA_NOISE]


def _shown_parts(report: Report, shown: Callable[[int], bool]) -> list[Paragraph]:
    """The paragraphs of a filtered document: runs of shown sentences, and the headings above them."""
    sentences = report.sentences
    starts = [sentence.start for sentence in sentences]
    parts: list[Paragraph] = []
    pending_headings: list[Paragraph] = []  # headings waiting for a shown sentence in their section
    for paragraph in report.paragraphs:
        if paragraph.role == PARA_NOISE:
            continue
        first = bisect_left(starts, paragraph.start)
        runs: list[tuple[int, int]] = []
        index = first
        while index < len(sentences) and sentences[index].start < paragraph.end:
            if shown(index):
                run_start = index
                while index + 1 < len(sentences) and sentences[index + 1].start < paragraph.end and shown(index + 1):
                    index += 1
                runs.append((sentences[run_start].start, min(sentences[index].end, paragraph.end)))
            index += 1
        if paragraph.role == PARA_HEADING and not runs:
            pending_headings = [heading for heading in pending_headings if heading.level < paragraph.level]
            pending_headings.append(paragraph)
            continue
        if runs:
            parts.extend(pending_headings)
            pending_headings = []
            titled = paragraph.role in (PARA_TITLE, PARA_HEADING)
            # a run from the middle of a heading's paragraph (a heading run into its text) is body text
            parts.extend(Paragraph(start, end, paragraph.role if titled and start == paragraph.start else PARA_BODY,
                                   paragraph.level) for start, end in runs)
    return parts


def _run_in_headings(report: Report) -> list[tuple[int, int, int]]:
    """(start, end, level) of section headings that sit inside body paragraphs."""
    return sorted(
        (section.heading_start, section.heading_end, section.level)
        for section in report.sections
        if section.heading_end > section.heading_start
    )


def _style_spans(cursor: QTextCursor, report: Report, start: int, end: int, piece: _Piece,
                 headings: list[tuple[int, int, int]], formats: _Formats) -> None:
    """Make run-in headings and leads inside a body paragraph bold."""
    index = bisect_right(headings, (start, -1, -1))
    while index < len(headings) and headings[index][0] < end:
        heading_start, heading_end, level = headings[index]
        heading_end = min(heading_end, end)
        if heading_start >= start and heading_end > heading_start:
            if piece.narrow:
                doc_start = piece.doc_start + heading_start - start
                doc_end = piece.doc_start + heading_end - start
            else:
                doc_start = piece.doc_start + utf16_length(report.text[start:heading_start])
                doc_end = piece.doc_start + utf16_length(report.text[start:heading_end])
            cursor.setPosition(doc_start)
            cursor.setPosition(doc_end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(formats.run_in_lead if level >= LEVEL_LEAD else formats.run_in_heading)
        index += 1
    cursor.movePosition(QTextCursor.MoveOperation.End)


class _Formats:
    """Block and character formats of one document."""

    def __init__(self, base: QFont) -> None:
        self.size = base.pointSizeF()
        self.run_in_heading = QTextCharFormat()
        self.run_in_heading.setFontWeight(QFont.Weight.Bold)
        self.run_in_heading.setForeground(style.HEADING_INK)
        self.run_in_lead = QTextCharFormat()
        self.run_in_lead.setFontWeight(QFont.Weight.DemiBold)
        self.inline_noise = QTextCharFormat()
        self.inline_noise.setForeground(style.DIM_INK)

    def _block(self, top: float, bottom: float, line_height: int = 165) -> QTextBlockFormat:
        block = QTextBlockFormat()
        block.setTopMargin(top)
        block.setBottomMargin(bottom)
        block.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        return block

    def body(self, top: float = 0) -> tuple[QTextBlockFormat, QTextCharFormat]:
        block = self._block(top, self.size * 0.7)
        block.setTextIndent(self.size * 2 * 1.33)  # two characters, as Chinese prose is set
        # Left-aligned: Qt justifies by widening spaces, so a line with a quoted number or a Latin word
        # gets gaps; Chinese characters are of one width and need no justification to look even.
        block.setAlignment(Qt.AlignmentFlag.AlignLeft)
        char = QTextCharFormat()
        char.setForeground(style.INK)
        return block, char

    def heading(self, level: int) -> tuple[QTextBlockFormat, QTextCharFormat]:
        char = QTextCharFormat()
        char.setFontWeight(QFont.Weight.Bold)
        char.setForeground(style.HEADING_INK)
        if level <= LEVEL_PART:
            char.setFontPointSize(self.size * 1.3)
            block = self._block(self.size * 1.6, self.size * 0.8, 140)
        else:
            char.setFontPointSize(self.size * 1.1)
            block = self._block(self.size * 0.9, self.size * 0.5, 150)
        return block, char

    def title(self, main: bool) -> tuple[QTextBlockFormat, QTextCharFormat]:
        char = QTextCharFormat()
        block = self._block(self.size * (0.4 if main else 0), self.size * (1.0 if main else 0.4), 140)
        block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        if main:
            char.setFontPointSize(self.size * 1.55)
            char.setFontWeight(QFont.Weight.Bold)
            char.setForeground(style.HEADING_INK)
        else:
            char.setFontPointSize(self.size * 0.95)
            char.setForeground(style.SUBTITLE_INK)
        return block, char

    def noise(self) -> tuple[QTextBlockFormat, QTextCharFormat]:
        block = self._block(0, self.size * 0.3, 130)
        char = QTextCharFormat()
        char.setForeground(style.DIM_INK)
        char.setFontPointSize(self.size * 0.8)
        return block, char

