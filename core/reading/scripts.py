"""Traditional characters read as simplified, one character for one, so every offset holds.

Reports of the 1950s mix the two scripts (手工業总产值…較1955年增長了16％) and some are
written in traditional characters throughout (the 1954 national report: 我們第一届全國人民代表大會…).
Every rule of the reader, the scorecard and the suggestions is written in simplified
characters, so they read ``simplified(text)``; what the user sees keeps its characters.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from importlib import resources

from core.reading.model import Report


@cache
def traditional_table() -> dict[int, str]:
    """Traditional characters to simplified, one for one (業 -> 业, 長 -> 长), from OpenCC's character table.

    A character that OpenCC also lists as simplified (著) is left alone, so no simplified word changes; 乾 and 於
    are folded (乾隆 reads as 干隆, which only the rules see: the text shown keeps its characters).
    """
    simplified_chars = {line.split("\t", 1)[0] for line in _opencc_lines("STCharacters.txt")}
    table: dict[int, str] = {}
    for line in _opencc_lines("TSCharacters.txt"):
        traditional, _, candidates = line.partition("\t")
        first = candidates.split(" ", 1)[0]
        if len(traditional) == 1 and len(first) == 1 and traditional != first and traditional not in simplified_chars:
            table[ord(traditional)] = first
    return table


def _opencc_lines(name: str) -> list[str]:
    text = (resources.files("opencc") / "dictionary" / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line]


def simplified(text: str) -> str:
    """``text`` with its traditional characters made simplified; the same length, so offsets hold."""
    return text.translate(traditional_table())


def simplified_report(report: Report) -> Report:
    """The report as the rules read it: its text, sentences and titles in simplified characters.

    Ids, offsets, kinds and metadata are the report's own, so whatever is found in the copy points into the
    report itself (a sentence by its id).  A report with nothing to fold is returned as it is.
    """
    text = simplified(report.text)
    if text == report.text:
        return report
    return replace(
        report,
        text=text,
        sections=[replace(section, title=simplified(section.title)) for section in report.sections],
        sentences=[replace(sentence, text=simplified(sentence.text)) for sentence in report.sentences],
    )
