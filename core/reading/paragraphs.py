"""Cut a text into paragraph spans without changing it.

A paragraph is one or more lines with the surrounding white space (ASCII
spaces, tabs, U+3000, NBSP, carriage returns) left out.  Lines are joined
into one paragraph where a line break only wraps the text: copies of a wiki
page where every link broke the line (``国内生产总值达到74.4`` /
``万亿元…``), text copied out of a PDF or a fixed-width page.  Whether a
break ends a paragraph is decided per file, then per break:

- A file whose sentence-ending lines are mostly followed by a blank line
  separates paragraphs by blank lines; a single line break there wraps,
  unless the line ends a sentence (or a clause with ：；), the next line is
  indented or opens with a heading number or a ``——`` bullet, the line is a
  title, or either line is noise (``字号:``).  A heading line itself may wrap
  (``三、关于《`` / ``国民经济…纲要（草案）`` / ``》的说明``).
- A file where a single line break separates paragraphs keeps every break,
  except clear wraps: a line left open on a comma or an opening quote or
  bracket, a next line that starts with a closing mark or a comma, a number
  broken over the two lines (``74.4`` / ``万亿元``), a long
  line with punctuation that stops mid-sentence (not a heading).

A blank line always ends a paragraph.  A line holding only U+200B (the trace
of a wiki link) is neither blank nor text.  Inside a paragraph every line
break is a wrap; ``core.reading.wraps`` shows it cleanly.

A report that arrives as one very long line, with paragraphs separated only
by spaces, is cut where a run of spaces follows the end of a sentence or
precedes a heading number.
"""

from __future__ import annotations

import re

from core.reading.metadata import TITLE
from core.reading.noise import line_noise_kind
from core.reading.sections import headings

# White space as it occurs in downloaded reports.
SPACE_CHARS = " \t\r\f\v\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff"
_STRIP = SPACE_CHARS + "\n"
# A line of only these (with a U+200B among them) is the trace of a wiki link, not a blank line.
_INVISIBLE = "\u200b\ufeff\r"
# White space that indents a line, and how much of it starts a paragraph (Chinese prose indents two characters;
# one U+3000 is the gap in a speaker line such as ``国务院总理`` / ``\u3000李克强``).
_INDENT = " \t\u3000\u00a0\u2002\u2003"
MIN_INDENT = 2

# A line longer than this is checked for paragraphs run together.
LONG_LINE = 1500

# A run of white space inside a long line where a paragraph break was lost:
# after a sentence end or a colon, or before a heading number or a dash bullet.
_LOST_BREAK = re.compile(
    r"(?<=[。！？!?：:”」』])[ \u3000\u00a0\t]+"
    r"|(?<=[^\d\s])[ \u3000\u00a0\t]+(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|——|各位代表"
    r"|[\u4e00-\u9fff]{0,12}(?:市长|区长|县长|州长|省长|总理)[ \u3000])"
)

# A line that ends a sentence or a clause (closing quotes and brackets may follow).
_ENDS_PARAGRAPH = re.compile(r"[。！？!?：:；;][”’」』）)】》\"']*$")
# A line left open: the next line must go on with it.
_OPEN_AT_END = "“‘「『（(【《〈，,、"
# A line starting with one of these goes on with the line before.
_CONTINUES = "”’」』）)】》〉，,、。；;：:！？!?%"
# A line that opens a paragraph: a heading number, a dash bullet, the address to the deputies.
_OPENS_PARAGRAPH = re.compile(r"——|--|各位代表")
_NUMBER_AT_END = re.compile(r"\d[.．]?$")
_NUMBER_GOES_ON = re.compile(r"[\d.．%‰万亿千百十多余]")
_PUNCTUATION = re.compile(r"[，,。；;：:！!？?、]")
# In a file with blank lines between paragraphs, at least this share of sentence-ending lines has one.
BLANK_LINE_SHARE = 0.5
_MIN_ENDING_LINES = 3


def paragraph_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the non-blank paragraphs of ``text[start:end]``, wrapped lines joined."""
    end = len(text) if end is None else end
    lines = _lines(text, start, end)
    blank_lines = _blank_line_paragraphs(text, lines)
    spans: list[tuple[int, int]] = []
    paragraph: tuple[int, int] | None = None
    previous: tuple[int, int] = (0, 0)
    blank_before = trace_first = False  # a blank line since the last text line; a link trace right after it
    for index, (line_start, line_end, raw_start) in enumerate(lines):
        if line_start >= line_end:
            trace = _link_trace(text, raw_start, line_end)
            trace_first = trace_first or (trace and index > 0 and lines[index - 1][0] < lines[index - 1][1])
            blank_before = blank_before or not trace
            continue
        indented = sum(char in _INDENT for char in text[raw_start:line_start]) >= MIN_INDENT
        line = text[previous[0] : previous[1]]
        # A blank line after a link's trace, in mid-sentence, is one more trace of the link.
        blank = blank_before and not (trace_first and blank_lines and not _ENDS_PARAGRAPH.search(line))
        if paragraph is not None and not blank and not indented and _wraps(
            line, text[line_start:line_end], blank_lines
        ):
            paragraph = (paragraph[0], line_end)
        else:
            if paragraph is not None:
                _add_paragraph(text, *paragraph, spans)
            paragraph = (line_start, line_end)
        previous = (line_start, line_end)
        blank_before = trace_first = False
    if paragraph is not None:
        _add_paragraph(text, *paragraph, spans)
    return spans


def _lines(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(trimmed start, trimmed end, raw start) of each line; empty when the line is blank."""
    lines: list[tuple[int, int, int]] = []
    position = start
    while position < end:
        newline = text.find("\n", position, end)
        line_end = end if newline < 0 else newline
        trimmed_start, trimmed_end = _trimmed(text, position, line_end)
        lines.append((trimmed_start, trimmed_end, position))
        position = line_end + 1
    return lines


def _link_trace(text: str, start: int, end: int) -> bool:
    """Whether the white line ``text[start:end]`` holds a U+200B and nothing visible: not a blank line."""
    line = text[start:end]
    return "\u200b" in line and all(char in _INVISIBLE for char in line)


def _blank_line_paragraphs(text: str, lines: list[tuple[int, int, int]]) -> bool:
    """Whether blank lines separate the paragraphs: most sentence-ending lines are followed by one."""
    ending = followed = 0
    for index in range(len(lines) - 1):
        line_start, line_end, _ = lines[index]
        if line_start < line_end and _ENDS_PARAGRAPH.search(text, line_start, line_end):
            ending += 1
            next_start, next_end, next_raw = lines[index + 1]
            followed += next_start >= next_end and not _link_trace(text, next_raw, next_end)
    return ending >= _MIN_ENDING_LINES and followed >= BLANK_LINE_SHARE * ending


def _is_heading(line: str) -> bool:
    number = headings.PART_NUMBER.match(line) or headings.SUB_NUMBER.match(line)
    return number is not None and number.end() < len(line) and headings.numbered_heading_length(line, number.end()) > 0


def _is_bare_number(line: str) -> bool:
    number = headings.PART_NUMBER.match(line) or headings.SUB_NUMBER.match(line)
    return number is not None and number.end() == len(line)


def _wraps(line: str, following: str, blank_lines: bool) -> bool:
    """Whether the single line break between ``line`` and ``following`` only wraps the text."""
    if following[0] in _CONTINUES or line[-1] in _OPEN_AT_END or _is_bare_number(line):
        return True
    if _NUMBER_AT_END.search(line) and _NUMBER_GOES_ON.match(following):
        return True  # a broken number: 74.4 / 万亿元
    if _ENDS_PARAGRAPH.search(line):
        return False
    if _is_heading(following) or _OPENS_PARAGRAPH.match(following):
        return False
    if line_noise_kind(line) or line_noise_kind(following) or TITLE.match(line):
        return False
    if blank_lines:
        return True
    if _is_heading(line) or headings.is_unnumbered_part_title(line) or headings.is_unnumbered_part_title(following):
        return False
    return len(line) > headings.MAX_UNNUMBERED_PART and _PUNCTUATION.search(line) is not None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return start, end


def _add_paragraph(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    if end - start < LONG_LINE:
        spans.append((start, end))
        return
    piece_start = start
    for match in _LOST_BREAK.finditer(text, start, end):
        if match.start() > piece_start:
            spans.append((piece_start, match.start()))
        piece_start = match.end()
    if piece_start < end:
        spans.append((piece_start, end))
