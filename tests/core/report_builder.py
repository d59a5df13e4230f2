"""Reports built directly from sentences, for tests that need no parser."""

from __future__ import annotations

from pathlib import Path

from core.reading.model import Report, Sentence


def make_report(sentences: list[str], report_id: str = "r1", source: Path = Path("report.txt"),
                index: int = 0) -> Report:
    """A Report whose text is the sentences joined by newlines, with correct offsets."""
    parts: list[Sentence] = []
    text = ""
    for number, sentence in enumerate(sentences, start=1):
        if text:
            text += "\n"
        parts.append(Sentence(f"{report_id}-s{number}", len(text), len(text) + len(sentence), sentence))
        text += sentence
    return Report(id=report_id, source=source, index=index, text=text, encoding="utf-8", sentences=parts)
