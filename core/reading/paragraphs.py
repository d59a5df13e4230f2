"""Cut a text into paragraph spans without changing it.

A paragraph is a line with its surrounding white space (ASCII spaces, tabs,
U+3000, NBSP, carriage returns) left out.  A report that arrives as one very
long line, with paragraphs separated only by spaces, is cut where a run of
spaces follows the end of a sentence or precedes a heading number.
"""

from __future__ import annotations

import re

# White space as it occurs in downloaded reports.
SPACE_CHARS = " \t\r\f\v\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff"
_STRIP = SPACE_CHARS + "\n"

# A line longer than this is checked for paragraphs run together.
LONG_LINE = 1500

# A run of white space inside a long line where a paragraph break was lost:
# after a sentence end or a colon, or before a heading number or a dash bullet.
_LOST_BREAK = re.compile(
    r"(?<=[。！？!?：:”」』])[ \u3000\u00a0\t]+"
    r"|(?<=[^\d\s])[ \u3000\u00a0\t]+(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|——|各位代表"
    r"|[\u4e00-\u9fff]{0,12}(?:市长|区长|县长|州长|省长|总理)[ \u3000])"
)


def paragraph_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the non-blank paragraphs of ``text[start:end]``."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    position = start
    while position < end:
        newline = text.find("\n", position, end)
        line_end = end if newline < 0 else newline
        _add_line(text, position, line_end, spans)
        position = line_end + 1
    return spans


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return start, end


def _add_line(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    start, end = _trimmed(text, start, end)
    if start >= end:
        return
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
