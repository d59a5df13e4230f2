"""Read the text of a PDF report that has a text layer (pdfminer.six).

Characters are taken with their positions and set into rows by their
baseline, left to right, a page at a time (one column, as reports are
printed).  Then the page furniture goes: a row at the top or bottom of the
pages that repeats on most of them at the same place and size once its
digits are ignored (a running header ``2022年政府工作报告``,
``威海市人民政府公报 2022年第3期``; the report's own title under it stays) and
page numbers (``— 3 —``, ``- 3 -``, ``第3页``, ``3/12``).

Rows are joined into paragraphs from the layout: a row that reaches the right
margin wraps into the next one, unless the next row is indented, opens with a
heading number or stands in another font size; a paragraph may go on over a
page break.  A wrap is removed as ``core.reading.wraps.clean_text`` removes it
(a space kept between Latin letters).  The text holds one paragraph per line,
a blank line between paragraphs; where the layout cannot tell (a row a few
characters short that stops mid-sentence, before a row that is not indented)
a single line break leaves the decision to ``core.reading.paragraphs``.  A row opening with a heading number, a
``——`` bullet or ``各位代表`` opens a paragraph after a row that ends a
sentence or clause; after a full row mid-sentence it is wrapped text.
A paragraph set in a larger font than the body (an unnumbered part title) is
reported as a heading.  Gaps the layout leaves between Chinese characters and
figures (``完成 3463.9 亿元``) are no spaces of the text.

A PDF without characters is a scan: ``PdfFormatError("scanned")``; one whose
fonts map most glyphs to no character: ``"unmapped"``; one that asks for a
password: ``"encrypted"``; anything that cannot be parsed: ``"damaged"``.
"""

from __future__ import annotations

import io
import itertools
import logging
import re
import statistics
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar, LTContainer, LTImage, LTItem
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.psexceptions import PSException

from core.reading.metadata import DATE_LINE, MEETING, SPEAKER
from core.reading.sections import headings
from core.reading.wraps import clean_text

# Rows within this share of a character's size of each other's middle stand on one line.
_SAME_ROW = 0.35
# A gap wider than this share of the size, with no space glyph in it, is a space (between table cells, words).
_SPACE_GAP = 0.6
_LATIN_SPACE_GAP = 0.2
# A row this close to the right margin (in characters) is full: the text wraps into the next row.
_FULL_ROW = 1.5
# A row starting this far right of the left margin (in characters) is indented.
_INDENT = 1.2
# A row shorter than full by less than this many characters (beyond what the next row opens with) may wrap.
_UNCLEAR_ROOM = 4
_LARGER_FONT = 1.15
_FURNITURE_ROWS = 2  # rows at the top and at the bottom of a page that may be header or footer
_PAGE_NUMBER = re.compile(
    r"^[-—–－‒―~～·\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-—–－‒―~～·\s]*$"
)
_OPENING = "“‘「『（(《〈【"
_CLOSING = "”’」』）)》〉】，,。．.、；;：:！!？?%‰"
_WORD = re.compile(r"^[A-Za-z0-9.+\-/%]$")
_UNMAPPED = re.compile(r"^\(cid:\d+\)$")  # pdfminer's text for a glyph its font maps to no character
_PRIVATE_USE = re.compile(r"^[\ue000-\uf8ff]$")
_SHOW_TEXT = re.compile(rb"(?:\)|>|\])\s*(?:Tj|TJ|'|\")")
_DIGITS = re.compile(r"\d+")
_CLAUSE_END = re.compile(r"[。！？!?：:；;][”’」』）)】》\"']*$")
_PARAGRAPH_BREAK = "\n\n"  # the layout has decided: a new paragraph
_LINE_BREAK = "\n"  # the layout cannot tell: the text decides

# pdfminer logs every oddity of a damaged file; the reader's error says what matters.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


class PdfFormatError(Exception):
    """The PDF cannot be read as text; ``reason`` is "scanned", "unmapped", "encrypted" or "damaged"."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(detail or reason)
        self.reason = reason


@dataclass(frozen=True)
class PdfContent:
    """The text of a PDF, a paragraph per line, and (start, end, level) spans of paragraphs set larger."""

    text: str
    headings: tuple[tuple[int, int, int], ...]
    pages: int


@dataclass(frozen=True)
class _Glyph:
    x0: float
    x1: float
    middle: float
    size: float
    text: str


@dataclass
class _Row:
    glyphs: list[_Glyph]
    page: int = 0

    @property
    def x0(self) -> float:
        return self.glyphs[0].x0

    @property
    def x1(self) -> float:
        return self.glyphs[-1].x1

    @property
    def middle(self) -> float:
        return self.glyphs[0].middle

    @property
    def size(self) -> float:
        return statistics.median(glyph.size for glyph in self.glyphs)

    def text(self) -> str:
        pieces: list[str] = []
        previous: _Glyph | None = None
        for glyph in self.glyphs:
            if glyph.text.isspace():
                if pieces and pieces[-1] != " ":
                    pieces.append(" ")
            else:
                if previous is not None and pieces and pieces[-1] != " ":
                    gap = glyph.x0 - previous.x1
                    latin = _latin(previous.text) and _latin(glyph.text)
                    if gap > (_LATIN_SPACE_GAP if latin else _SPACE_GAP) * glyph.size:
                        pieces.append(" ")
                pieces.append(glyph.text)
            previous = glyph
        return "".join(pieces).strip()


def _latin(text: str) -> bool:
    return text.isascii() and text.isalnum()


def read_pdf(data: bytes) -> PdfContent:
    """The text of a PDF; raises PdfFormatError (and nothing else)."""
    try:
        pages, images, unmapped = _pages(data)
    except PdfFormatError:
        raise
    except (PDFPasswordIncorrect, PDFEncryptionError) as error:
        raise PdfFormatError("encrypted", str(error)) from error
    except Exception as error:  # pdfminer raises many kinds of errors on a damaged file
        raise PdfFormatError("damaged", f"{type(error).__name__}: {error}") from error
    if not pages:
        raise PdfFormatError("damaged", "no pages")
    mapped = sum(len(row.glyphs) for rows in pages for row in rows)
    if unmapped > mapped:
        raise PdfFormatError("unmapped", f"{unmapped} glyphs without a character, {mapped} with one")
    if not any(pages):
        raise PdfFormatError("scanned", f"no text on {len(pages)} pages ({images} images)")
    rows = _without_furniture(pages)
    text, heading_spans = _paragraphs(rows)
    if not text.strip():
        raise PdfFormatError("scanned", "only page headers and numbers")
    return PdfContent(text, heading_spans, len(pages))


def _pages(data: bytes) -> tuple[list[list[_Row]], int, int]:
    """The rows of each page, how many images the pages hold and how many glyphs map to no character."""
    parser = PDFParser(io.BytesIO(data))
    document = PDFDocument(parser, password="")
    manager = PDFResourceManager(caching=True)
    device = PDFPageAggregator(manager, laparams=None)
    interpreter = PDFPageInterpreter(manager, device)
    pages: list[list[_Row]] = []
    images = unmapped = 0
    for number, page in enumerate(PDFPage.create_pages(document)):
        interpreter.process_page(page)
        glyphs: list[_Glyph] = []
        for item in _items(device.get_result()):
            if isinstance(item, LTChar):
                text = item.get_text()
                if not text or _UNMAPPED.match(text) or _PRIVATE_USE.match(text):
                    unmapped += 1
                else:
                    size = max(item.size, 1.0)
                    glyphs.append(_Glyph(item.x0, item.x1, (item.y0 + item.y1) / 2, size, text))
            elif isinstance(item, LTImage):
                images += 1
        if not glyphs and _shows_text(page):
            unmapped += 1  # text drawn in a font pdfminer could not read at all
        pages.append([_Row(row, number) for row in _rows(glyphs)])
    return pages, images, unmapped


def _shows_text(page: PDFPage) -> bool:
    """Whether the page's content draws text (``Tj``/``TJ`` operators), whatever came of it."""
    for stream in page.contents:
        try:
            content = stream.get_data()
        except (PSException, ValueError, zlib.error):  # a stream pdfminer cannot decode: nothing read from it
            continue
        if _SHOW_TEXT.search(content):
            return True
    return False


def _items(container: LTItem) -> Iterator[LTItem]:
    if isinstance(container, LTContainer):
        for item in container:
            yield item
            yield from _items(item)


def _rows(glyphs: list[_Glyph]) -> list[list[_Glyph]]:
    """Glyphs set into rows, top to bottom, each left to right."""
    rows: list[list[_Glyph]] = []
    for glyph in sorted(glyphs, key=lambda glyph: -glyph.middle):
        if rows and abs(rows[-1][0].middle - glyph.middle) <= _SAME_ROW * max(rows[-1][0].size, glyph.size):
            rows[-1].append(glyph)
        else:
            rows.append([glyph])
    rows = [sorted(row, key=lambda glyph: glyph.x0) for row in rows]
    return [row for row in rows if not all(glyph.text.isspace() for glyph in row)]


def _without_furniture(pages: list[list[_Row]]) -> list[_Row]:
    """All rows in reading order, without running headers, footers and page numbers."""
    edge_keys: Counter[tuple[str, int, int]] = Counter()
    for rows in pages:
        edges = {id(row): row for row in (*rows[:_FURNITURE_ROWS], *rows[-_FURNITURE_ROWS:])}
        edge_keys.update({_furniture_key(row) for row in edges.values()})
    filled = sum(1 for rows in pages if rows)
    repeated = {key for key, count in edge_keys.items() if filled >= 2 and count >= max(2, filled / 2)}
    kept: list[_Row] = []
    for rows in pages:
        edge = {id(row) for row in (*rows[:_FURNITURE_ROWS], *rows[-_FURNITURE_ROWS:])}
        for row in rows:
            if id(row) in edge and (_furniture_key(row) in repeated or _PAGE_NUMBER.match(row.text())):
                continue
            kept.append(row)
    return kept


def _furniture_key(row: _Row) -> tuple[str, int, int]:
    """The row's words with any digits, where it stands on the page and its size: the same on every page."""
    return _DIGITS.sub("#", "".join(row.text().split())), round(row.middle / 4), round(row.size)


def _margins(rows: list[_Row]) -> tuple[float, float, float]:
    """The left and right margins of the body text and its font size."""
    sizes: Counter[float] = Counter()
    lefts: Counter[int] = Counter()
    for row in rows:
        sizes[round(row.size, 1)] += len(row.glyphs)
        lefts[round(row.x0)] += 1
    body_size = sizes.most_common(1)[0][0]
    left = float(lefts.most_common(1)[0][0])
    rights = sorted(row.x1 for row in rows)
    right = rights[int(0.9 * (len(rights) - 1))]
    return left, right, body_size


def _leading_width(row: _Row) -> float:
    """How wide the start of ``row`` is that a line cannot break inside: a figure or word, an opening quote with
    what follows it, and the closing marks after it (``1905个`` wraps as ``1905``, ``用”模式`` as ``用”``).

    Layout engines also keep words together (LibreOffice breaks Chinese between words), so a row is taken to wrap
    while one more character beside that start would not have fitted."""
    glyphs = row.glyphs
    index = 0
    while index < len(glyphs) - 1 and glyphs[index].text in _OPENING:
        index += 1
    if _WORD.match(glyphs[index].text):
        while index + 1 < len(glyphs) and _WORD.match(glyphs[index + 1].text):
            index += 1
    while index + 1 < len(glyphs) and glyphs[index + 1].text in _CLOSING:
        index += 1
    while index + 2 < len(glyphs) and glyphs[index + 1].text in _OPENING:
        index += 2  # an opening mark stays with what follows it
    return glyphs[index].x1 - glyphs[0].x0


def _wraps(previous: _Row, row: _Row, right: float) -> bool:
    """Whether ``previous`` ends where the page ran out of room: full, or too short for the start of ``row``."""
    room = right - previous.x1
    return room <= _FULL_ROW * previous.size or room < _leading_width(row) + previous.size


def _front_line(text: str) -> bool:
    line = text.strip()
    return bool(SPEAKER.match(line) or DATE_LINE.match(line) or MEETING.match(line))


def _centred(row: _Row, left: float, right: float) -> bool:
    return abs((row.x0 + row.x1) / 2 - (left + right) / 2) < row.size and row.x0 > left + row.size


def _stands_alone(group: list[_Row]) -> bool:
    """A heading or a line of the front matter on rows of its own: ``三、2022年政府重点工作``, ``（一）…``,
    ``加强政府自身建设``, ``——2022年2月23日在…会议上``."""
    line = clean_text("\n".join(row.text() for row in group))
    if _front_line(line):
        return True
    number = headings.PART_NUMBER.match(line) or headings.SUB_NUMBER.match(line)
    if number is not None:
        return headings.numbered_heading_length(line, number.end()) == len(line)
    return headings.is_unnumbered_part_title(line)


def _opens_paragraph(text: str) -> bool:
    number = headings.PART_NUMBER.match(text) or headings.SUB_NUMBER.match(text)
    if number is not None and headings.numbered_heading_length(text, number.end()) > 0:
        return True
    return text.startswith(("——", "各位代表"))


def _paragraphs(rows: list[_Row]) -> tuple[str, tuple[tuple[int, int, int], ...]]:
    if not rows:
        return "", ()
    left, right, body_size = _margins(rows)
    groups: list[list[_Row]] = [[rows[0]]]
    separators: list[str] = []  # before each group after the first
    for previous, row in itertools.pairwise(rows):
        full = _wraps(previous, row, right)
        indented = row.x0 >= left + _INDENT * row.size
        if indented and _centred(row, left, right) and _wraps(previous, row, previous.x0 + right - left):
            indented = _front_line(row.text())  # a centred title too long for one row, not the speaker below it
        resized = abs(row.size - previous.size) > 0.15 * max(row.size, previous.size)
        gap = previous.page == row.page and previous.middle - row.middle > 2.2 * max(row.size, previous.size)
        ends_clause = _CLAUSE_END.search(previous.text()) is not None
        opens = _opens_paragraph(row.text()) and ends_clause
        if full and not indented and not resized and not gap and not opens:
            groups[-1].append(row)
            continue
        groups.append([row])
        # A row a few characters short that stops mid-sentence, before a row that is not indented: the layout
        # cannot tell (engines keep words together), so a single line break leaves it to core.reading.paragraphs.
        nearly_full = right - previous.x1 < _leading_width(row) + _UNCLEAR_ROOM * previous.size
        unclear = nearly_full and not (indented or resized or gap or opens or ends_clause
                                       or _stands_alone(groups[-2]) or _front_line(row.text()))
        separators.append(_LINE_BREAK if unclear else _PARAGRAPH_BREAK)
    text: list[str] = []
    spans: list[tuple[int, int, int]] = []
    offset = 0
    for index, group in enumerate(groups):
        line = clean_text("\n".join(row.text() for row in group))
        if not line:
            continue
        if text:
            text.append(separators[index - 1])
            offset += len(separators[index - 1])
        if all(row.size >= _LARGER_FONT * body_size for row in group) and len(line) <= headings.MAX_UNNUMBERED_PART:
            spans.append((offset, offset + len(line), 1))
        text.append(line)
        offset += len(line)
    return "".join(text), tuple(spans)

