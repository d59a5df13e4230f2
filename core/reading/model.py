"""The document model: a report, its sections, sentences and noise.

Everything here is plain data.  Offsets are Unicode code points into
``Report.text``, end-exclusive, and ``report.text[s.start:s.end] == s.text``
holds for every sentence.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from core.reading.wraps import clean_text

# Part kinds.  Sub-sections inherit the kind of their part.
KIND_REVIEW = "review"
KIND_PLAN = "plan"
KIND_SELF = "self"
KIND_OTHER = "other"
SECTION_KINDS = (KIND_REVIEW, KIND_PLAN, KIND_SELF, KIND_OTHER)

# Section levels.
LEVEL_PART = 1  # 一、 or an unnumbered part title
LEVEL_SUBSECTION = 2  # （一） / (一)
LEVEL_LEAD = 3  # a run-in lead or a —— bullet opening a paragraph

# Between the cells of a table row, which the .docx and web page readers put on one line (one sentence).
CELL_SEPARATOR = "\u3000"

# Paragraph roles.
PARA_TITLE = "title"  # title, meeting line, speaker line
PARA_HEADING = "heading"  # a numbered or part heading standing alone
PARA_BODY = "body"
PARA_NOISE = "noise"


@dataclass(frozen=True)
class MetaField:
    """One metadata value and where it came from.

    ``value`` is "" when the field was not found.  ``source`` names where the
    value was read ("title", "meeting line", "speaker line", "part heading",
    "file name", "page title", "publication date", "user"), and ``start``/``end`` locate it in the text when it
    came from the text.
    """

    value: str = ""
    source: str = ""
    start: int | None = None
    end: int | None = None

    def to_json(self) -> dict[str, object]:
        return {"value": self.value, "source": self.source, "start": self.start, "end": self.end}


METADATA_FIELDS = ("title", "place", "year", "review_year", "meeting_date", "speaker")


@dataclass
class Metadata:
    """What the report is: place, year, the year under review, date, speaker."""

    title: MetaField = field(default_factory=MetaField)
    place: MetaField = field(default_factory=MetaField)
    year: MetaField = field(default_factory=MetaField)
    review_year: MetaField = field(default_factory=MetaField)
    meeting_date: MetaField = field(default_factory=MetaField)  # ISO date, YYYY-MM-DD
    speaker: MetaField = field(default_factory=MetaField)

    def get(self, name: str) -> MetaField:
        value = getattr(self, name)
        assert isinstance(value, MetaField), name
        return value

    def to_json(self) -> dict[str, object]:
        return {name: self.get(name).to_json() for name in METADATA_FIELDS}


@dataclass(frozen=True)
class Paragraph:
    """A line-like unit of the text (a paragraph, heading, or noise line)."""

    start: int
    end: int
    role: str  # PARA_*
    level: int = 0  # heading level for PARA_HEADING, else 0


@dataclass(frozen=True)
class NoiseSpan:
    """Text that is not part of the report: web noise, ads, footnote markers."""

    start: int
    end: int
    kind: str  # "web", "advert", "contents", "separator", "footnote", ...

    def to_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "kind": self.kind}


@dataclass
class Section:
    """A node of the section tree.

    ``start``/``end`` cover the heading and everything under it;
    ``heading_start``/``heading_end`` cover the heading text only (for a run-in
    lead, the lead sentence).
    """

    id: str
    title: str
    level: int
    kind: str
    start: int
    end: int
    heading_start: int
    heading_end: int
    parent: str | None = None
    # the kind was not read off a heading but follows from where the part stands (the parts after a review
    # in a report without a plan part); a guess the suggestions do not lean on
    kind_by_position: bool = False

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "level": self.level,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "heading_start": self.heading_start,
            "heading_end": self.heading_end,
            "parent": self.parent,
        }


@dataclass(frozen=True)
class Sentence:
    """One labelable sentence.  ``section`` is the id of the innermost section.

    ``text`` is exactly ``report.text[start:end]``, wrap breaks included;
    ``clean_text`` is how it reads (``core.reading.wraps``).
    """

    id: str
    start: int
    end: int
    text: str
    section: str | None = None

    @property
    def clean_text(self) -> str:
        """The text with the line breaks that only wrap it removed."""
        return clean_text(self.text)

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "start": self.start, "end": self.end, "section": self.section, "text": self.text}


def text_hash(text: str) -> str:
    """The hash the annotation file keeps of a report's text."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Report:
    """One government work report as loaded from a source file."""

    id: str  # unique within its source file, e.g. "r1"
    source: Path
    index: int  # position within the source file, from 0
    text: str
    encoding: str
    offset_in_source: int = 0  # where ``text`` starts in the decoded source
    metadata: Metadata = field(default_factory=Metadata)
    paragraphs: list[Paragraph] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    noise: list[NoiseSpan] = field(default_factory=list)

    @property
    def hash(self) -> str:
        return text_hash(self.text)

    @property
    def year(self) -> int | None:
        value = self.metadata.year.value
        return int(value) if value.isdigit() else None

    @property
    def place(self) -> str:
        return self.metadata.place.value

    def section_by_id(self, section_id: str | None) -> Section | None:
        if section_id is None:
            return None
        for section in self.sections:
            if section.id == section_id:
                return section
        return None

    def section_kind(self, sentence: Sentence) -> str:
        section = self.section_by_id(sentence.section)
        return section.kind if section else KIND_OTHER

    def stated_kind(self, sentence: Sentence) -> str:
        """The kind a heading states for the sentence's part: ``other`` where it only follows from position."""
        section = self.section_by_id(sentence.section)
        return section.kind if section and not section.kind_by_position else KIND_OTHER

    def section_path(self, section_id: str | None) -> list[Section]:
        """The chain of sections from the part down to ``section_id``."""
        return list(self.section_paths().get(section_id or "", ()))

    def section_paths(self) -> dict[str, tuple[Section, ...]]:
        """Every section's chain from its part down to itself, in one pass: the one walk up the parents."""
        by_id = {section.id: section for section in self.sections}
        paths: dict[str, tuple[Section, ...]] = {}
        for section in self.sections:
            chain: list[Section] = []
            current: Section | None = section
            while current is not None and current.id not in paths:
                chain.append(current)
                current = by_id.get(current.parent) if current.parent else None
            above = paths[current.id] if current is not None else ()
            for depth, link in enumerate(reversed(chain)):
                paths[link.id] = (*above, *reversed(chain[len(chain) - depth - 1:]))
        return paths

    def display_name(self) -> str:
        place = self.place or self.source.stem
        year = self.metadata.year.value
        return f"{place} {year}".strip()

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "source": str(self.source),
            "index": self.index,
            "encoding": self.encoding,
            "hash": self.hash,
            "text": self.text,
            "metadata": self.metadata.to_json(),
            "sections": [section.to_json() for section in self.sections],
            "sentences": [sentence.to_json() for sentence in self.sentences],
            "noise": [span.to_json() for span in self.noise],
        }
