"""Turn a source file or a decoded text into reports.

This is the one entry point the GUI, the command line and the exports use:
``load_reports(path)`` reads the file (any common Chinese encoding, or .docx)
and returns one ``Report`` per report it holds.  Parsing never loads jieba.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from core.reading.ids import IdMaker
from core.reading.metadata import (
    NATIONAL_PLACE,
    SourceFacts,
    complete_from_page,
    complete_years,
    find_front_matter,
    read_metadata,
)
from core.reading.model import (
    KIND_PLAN,
    KIND_REVIEW,
    LEVEL_PART,
    PARA_BODY,
    PARA_HEADING,
    PARA_NOISE,
    PARA_TITLE,
    NoiseSpan,
    Paragraph,
    Report,
    Section,
    Sentence,
)
from core.reading.national_sessions import fill_national_facts
from core.reading.noise import inline_noise, line_noise_kind
from core.reading.paragraphs import SPACE_CHARS, paragraph_spans
from core.reading.scripts import simplified
from core.reading.sections import headings
from core.reading.sections.structure import assign_kinds, build_structure
from core.reading.segment import sentence_spans
from core.reading.split_reports import report_ranges
from core.reading.wraps import clean_text

_TRIM = SPACE_CHARS + "\n"


def load_reports(path: Path | str) -> list[Report]:
    """Read ``path`` and parse every report in it.  Raises ``LoadError`` only."""
    from core.reading.loader import read_source

    source = read_source(path)
    hints = {hint.start: hint.level for hint in source.headings}
    return parse_text(source.text, Path(path), source.encoding, hints, source.facts)


def parse_text(
    text: str,
    source: Path | str = "<text>",
    encoding: str = "utf-8",
    heading_hints: dict[int, int] | None = None,
    facts: SourceFacts | None = None,
) -> list[Report]:
    """Split ``text`` into reports and parse each.  Always at least one report.

    ``facts`` (a web page's title and date) fill metadata the text leaves open.
    """
    source = Path(source)
    read = simplified(text)  # the rules read simplified characters (scripts.py); the reports keep their own
    all_paragraphs = paragraph_spans(read)
    reports: list[Report] = []
    for index, (range_start, range_end) in enumerate(report_ranges(read, all_paragraphs)):
        paragraphs = [
            (start - range_start, end - range_start)
            for start, end in all_paragraphs
            if range_start <= start < range_end
        ]
        hints = {
            start - range_start: level
            for start, level in (heading_hints or {}).items()
            if range_start <= start < range_end
        }
        report = Report(
            id=f"r{index + 1}",
            source=source,
            index=index,
            text=text[range_start:range_end],
            encoding=encoding,
            offset_in_source=range_start,
        )
        _parse_report(report, paragraphs, hints, facts or SourceFacts())
        reports.append(report)
    return reports


def _parse_report(
    report: Report, paragraphs: list[tuple[int, int]], hints: dict[int, int], facts: SourceFacts
) -> None:
    # Every rule reads simplified characters; the sentences and titles keep the report's own (scripts.py).
    text = simplified(report.text)
    content: list[tuple[int, int]] = []
    for start, end in paragraphs:
        kind = line_noise_kind(text[start:end])
        if kind:
            report.noise.append(NoiseSpan(start, end, kind))
            report.paragraphs.append(Paragraph(start, end, PARA_NOISE))
        else:
            content.append((start, end))

    front = find_front_matter(text, content)
    front_spans = set(front.spans())
    body = [span for span in content if span not in front_spans]
    opening = next((span for span in body[:8] if "我代表" in text[span[0] : min(span[1], span[0] + 300)]), None)
    report.metadata = read_metadata(text, front, opening)
    complete_from_page(report.metadata, facts)

    structure = build_structure(text, body, hints)
    report.sections = structure.sections
    year = report.year
    assign_kinds(report.sections, year)
    complete_years(
        report.metadata,
        _first_part_year(text, report.sections, KIND_REVIEW),
        _first_part_year(text, report.sections, KIND_PLAN),
        report.source,
        facts.published,
    )
    if report.year != year:
        assign_kinds(report.sections, report.year)
    if report.metadata.place.value == NATIONAL_PLACE:
        fill_national_facts(report.metadata, report.year)

    for start, end in front.spans():
        report.paragraphs.append(Paragraph(start, end, PARA_TITLE))
    spans: list[tuple[int, int]] = []
    for start, end in sorted(front_spans):
        spans.extend(sentence_spans(text, start, end))
    for block in structure.blocks:
        report.paragraphs.append(Paragraph(block.start, block.end, block.role, block.level))
        if block.body_start < block.end:
            spans.extend(sentence_spans(text, block.body_start, block.end))
    for start, end in content:
        report.noise.extend(inline_noise(text, start, end))
    report.paragraphs.sort(key=lambda paragraph: paragraph.start)
    report.noise.sort(key=lambda span: span.start)
    if text != report.text:
        _keep_own_titles(report.text, text, report.sections)
    report.sentences = _make_sentences(report.text, sorted(spans), report.noise, report.sections)


def _keep_own_titles(own: str, read: str, sections: list[Section]) -> None:
    """Section titles in the report's own characters: each title was made from the simplified heading by
    ``clean_text`` and cuts, which keep the place of every character, so it is found at the same place."""
    for section in sections:
        heading = clean_text(read[section.heading_start : section.heading_end])
        at = heading.find(section.title)
        if at >= 0:
            section.title = clean_text(own[section.heading_start : section.heading_end])[at : at + len(section.title)]


def _first_part_year(text: str, sections: Sequence[Section], kind: str) -> tuple[int, int, int] | None:
    for section in sections:
        if section.level == LEVEL_PART and section.kind == kind:
            year = headings.heading_year(section.title)
            if year:
                return year, section.heading_start, section.heading_end
    return None


def _trim_noise(
    text: str, start: int, end: int, noise_at: dict[int, int], noise_ending: dict[int, int]
) -> tuple[int, int]:
    """Move sentence bounds off noise (footnote markers) and white space, wrap breaks included."""
    changed = True
    while changed and start < end:
        changed = False
        if start in noise_at:
            start, changed = noise_at[start], True
        if end in noise_ending:
            end, changed = noise_ending[end], True
        while start < end and text[start] in _TRIM:
            start, changed = start + 1, True
        while end > start and text[end - 1] in _TRIM:
            end, changed = end - 1, True
    return start, end


def _make_sentences(
    text: str, spans: list[tuple[int, int]], noise: list[NoiseSpan], sections: list[Section]
) -> list[Sentence]:
    noise_at = {span.start: span.end for span in noise}
    noise_ending = {span.end: span.start for span in noise}
    ids = IdMaker("s")
    sentences: list[Sentence] = []
    stack: list[Section] = []
    next_section = 0
    for raw_start, raw_end in spans:
        start, end = _trim_noise(text, raw_start, raw_end, noise_at, noise_ending)
        if start >= end:
            continue
        while next_section < len(sections) and sections[next_section].start <= start:
            section = sections[next_section]
            while stack and stack[-1].level >= section.level:
                stack.pop()
            stack.append(section)
            next_section += 1
        while stack and stack[-1].end <= start:
            stack.pop()
        sentence_text = text[start:end]
        sentences.append(Sentence(ids.make(sentence_text), start, end, sentence_text, stack[-1].id if stack else None))
    return sentences


__all__ = ["PARA_BODY", "PARA_HEADING", "load_reports", "parse_text"]
