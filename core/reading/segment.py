"""Cut paragraphs into sentences as GUIDELINES.md defines them.

A sentence ends at 。！？!? (a run of them counts once) with any closing
quotes or brackets kept on it.  A terminator inside a balanced “…” does not
end the sentence, unless the quote closes right after it (``…。”``), where the
sentence ends after the closing quote.  Quotes are balanced per paragraph, so
an unclosed “ cannot swallow the rest of the report.  Semicolons do not end
sentences.
"""

from __future__ import annotations

import re

from core.reading.paragraphs import SPACE_CHARS

_TOKEN = re.compile(r"[。！？!?]+|[“”]")
CLOSERS = "”’」』）)】》"
_TRIM = SPACE_CHARS + "\n"


_QUOTE = re.compile("[“”]")


def _matched_quotes(text: str, start: int, end: int) -> tuple[set[int], set[int]]:
    """Positions of the “ and ” that pair up within ``text[start:end]``."""
    opens: list[int] = []
    matched_open: set[int] = set()
    matched_close: set[int] = set()
    for match in _QUOTE.finditer(text, start, end):
        position = match.start()
        if match.group() == "“":
            opens.append(position)
        elif opens:
            matched_open.add(opens.pop())
            matched_close.add(position)
    return matched_open, matched_close


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans in ``text[start:end]``, white space trimmed from each."""
    matched_open, matched_close = _matched_quotes(text, start, end)
    raw: list[tuple[int, int]] = []
    sentence_start = start
    depth = 0
    for match in _TOKEN.finditer(text, start, end):
        token = match.group()
        position = match.start()
        if token == "“":
            if position in matched_open:
                depth += 1
            continue
        if token == "”":
            if position in matched_close:
                depth -= 1
                if depth == 0 and _before(text, start, position) in "。！？!?":
                    cut = _after_closers(text, position + 1, end)
                    raw.append((sentence_start, cut))
                    sentence_start = cut
            continue
        if depth > 0:
            continue
        cut = _after_closers(text, match.end(), end)
        raw.append((sentence_start, cut))
        sentence_start = cut
    if sentence_start < end:
        raw.append((sentence_start, end))
    spans: list[tuple[int, int]] = []
    for span_start, span_end in raw:
        while span_start < span_end and text[span_start] in _TRIM:
            span_start += 1
        while span_end > span_start and text[span_end - 1] in _TRIM:
            span_end -= 1
        if span_end > span_start and not text[span_start:span_end].isspace():  # e.g. a lone control character
            spans.append((span_start, span_end))
    return spans


def _after_closers(text: str, position: int, end: int) -> int:
    """The end of the closing quotes and brackets at ``position``, also across a wrapped line."""
    while True:
        while position < end and text[position] in CLOSERS:
            position += 1
        after_break = position
        while after_break < end and text[after_break] in _TRIM:
            after_break += 1
        if after_break in (position, end) or text[after_break] not in CLOSERS:
            return position
        if "\n" not in text[position:after_break]:
            return position
        position = after_break


def _before(text: str, start: int, position: int) -> str:
    """The character before ``position``, looking past white space and wrap breaks (" " at ``start``)."""
    position -= 1
    while position >= start and text[position] in _TRIM:
        position -= 1
    return text[position] if position >= start else " "
