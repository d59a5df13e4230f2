"""How a wrapped line shows: the clean text of a sentence or heading.

Paragraphs may span line breaks that only wrap the text (see
``core.reading.paragraphs``).  Offsets never change, so a sentence that spans
such a break keeps its raw characters (``\\n``, U+200B, indentation) in
``Sentence.text``.  Inside one paragraph every line break is a wrap; these
functions show it:

- ``clean_text``: the break and the white space around it removed
  (``74.4\\n\\u200b\\n万亿元`` gives ``74.4万亿元``), a space kept between two
  Latin letters (``Public\\ndomain``).  Exports, suggestions, indicators,
  section titles and Word summaries use it.
- ``clean_positions``: the clean text with, for each of its characters, the
  offset in the raw text, to map matches in the clean text back.
- ``hide_breaks``: the same length as the raw text, each line break turned
  into a zero-width space (a space between Latin letters), so a document that
  shows it keeps positions 1:1 with the report (the window).
"""

from __future__ import annotations

import re

# A line break inside a paragraph with the white space and link traces around it.
WRAP_BREAK = re.compile(r"[ \t\r\f\v\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff]*\n[\s\u200b\ufeff]*")
ZERO_WIDTH_SPACE = "\u200b"


def _latin_around(text: str, start: int, end: int) -> bool:
    return start > 0 and end < len(text) and _latin(text[start - 1]) and _latin(text[end])


def _latin(char: str) -> bool:
    return char.isascii() and char.isalpha()


def clean_text(text: str) -> str:
    """``text`` with its wrap breaks removed (a space between Latin letters)."""
    if "\n" not in text:
        return text
    return WRAP_BREAK.sub(lambda match: " " if _latin_around(text, match.start(), match.end()) else "", text)


def clean_positions(text: str) -> tuple[str, list[int]]:
    """The clean text and the raw offset of each of its characters, plus ``len(text)`` at the end."""
    if "\n" not in text:
        return text, list(range(len(text) + 1))
    pieces: list[str] = []
    positions: list[int] = []
    position = 0
    for match in WRAP_BREAK.finditer(text):
        pieces.append(text[position : match.start()])
        positions.extend(range(position, match.start()))
        if _latin_around(text, match.start(), match.end()):
            pieces.append(" ")
            positions.append(match.start())
        position = match.end()
    pieces.append(text[position:])
    positions.extend(range(position, len(text) + 1))
    return "".join(pieces), positions


def hide_breaks(text: str) -> str:
    """``text`` with each line break shown as a zero-width space (a space between Latin letters); same length."""
    if "\n" not in text:
        return text
    characters = list(text)
    for index, char in enumerate(characters):
        if char == "\n":
            characters[index] = " " if _latin_around(text, index, index + 1) else ZERO_WIDTH_SPACE
    return "".join(characters)

