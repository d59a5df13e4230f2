"""Reports built directly from sentences, for tests that need no parser."""

from __future__ import annotations

from pathlib import Path

from core.annotations.opening import load_annotation_file
from core.reading.document import parse_text
from core.reading.model import Report, Sentence

# A small report of every kind of sentence: an achievement, a figure, a target, procedure.
FOUR_SENTENCES = [
    "过去一年，全市生产总值增长4%。", "新增市场主体2.1万户。", "今年地区生产总值增长6%左右。", "各位代表！",
]


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


def report_of_parts(year: int, parts: dict[str, list[str]], place: str = "某某市") -> Report:
    """A parsed report of ``place`` and ``year`` with the given parts (heading -> paragraphs)."""
    lines = [f"{year}年{place}政府工作报告"]
    for title, paragraphs in parts.items():
        lines.append(title)
        lines.extend(paragraphs)
    (report,) = parse_text("\n".join(lines) + "\n")
    return report


def saved_labels(path: Path) -> dict[str, str]:
    """Sentence id -> label of every attached annotation in the annotation file at ``path``."""
    return {annotation.sentence_id: annotation.label for annotation in load_annotation_file(path).all_annotations()}
