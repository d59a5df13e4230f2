"""The rows of the side-by-side comparison, built from a core ``Alignment``.

Plain Python (no Qt), so it runs in the alignment worker and is tested alone.
One row holds what sits level in the two columns:

* a sentence pair (old beside new, changed or not);
* unpaired sentences packed beside each other, the way a side-by-side diff
  shows a replaced hunk: between two pairs, the dropped old sentences of a
  section sit beside the new sentences of the section it was paired with by
  topic, so a reader sees last year's part next to this year's;
* a heading row where a part or sub-section starts on either side.

Each column keeps its own report's order (only a moved pair breaks it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import zip_longest

from core.compare.align import Alignment, Progress, SectionPair, SentencePair, align_reports
from core.compare.scorecard import Scorecard, build_scorecard
from core.compare.word_diff import word_diff
from core.reading.model import LEVEL_PART, LEVEL_SUBSECTION, Report, Section

ROW_SENTENCES = "sentences"
ROW_HEADING = "heading"

# What one side of a row shows.
STATE_EMPTY = "empty"  # nothing on this side
STATE_SAME = "same"  # paired, same text (widths folded)
STATE_CHANGED = "changed"  # paired, reworded
STATE_MOVED = "moved"  # paired across sections that were not paired
STATE_DROPPED = "dropped"  # old sentence without a partner
STATE_NEW = "new"  # new sentence without a partner
STATE_HEADING = "heading"

CHANGE_STATES = frozenset({STATE_CHANGED, STATE_MOVED, STATE_DROPPED, STATE_NEW})

OLD = 0
NEW = 1


@dataclass(frozen=True)
class CompareRow:
    """One level row: sentence indexes (or sections, for a heading row) per side."""

    kind: str
    old: int | None = None  # sentence index in the old report
    new: int | None = None  # sentence index in the new report
    pair: SentencePair | None = None  # set when old and new are a true pair
    old_section: Section | None = None  # heading rows only
    new_section: Section | None = None
    section_score: float | None = None  # topic score when the two headings are a section pair
    shared_words: tuple[str, ...] = ()

    def sentence(self, side: int) -> int | None:
        return self.old if side == OLD else self.new

    def section(self, side: int) -> Section | None:
        return self.old_section if side == OLD else self.new_section

    def state(self, side: int) -> str:
        if self.kind == ROW_HEADING:
            return STATE_HEADING if self.section(side) is not None else STATE_EMPTY
        if self.sentence(side) is None:
            return STATE_EMPTY
        if self.pair is None:
            return STATE_DROPPED if side == OLD else STATE_NEW
        if self.pair.moved:
            return STATE_MOVED
        return STATE_CHANGED if self.pair.changed else STATE_SAME

    @property
    def is_change(self) -> bool:
        """A changed pair, or a new or dropped sentence on either side."""
        return self.kind == ROW_SENTENCES and (self.state(OLD) in CHANGE_STATES or self.state(NEW) in CHANGE_STATES)


@dataclass
class Comparison:
    """What the compare window shows: the alignment, its rows and the word differences of pairs."""

    alignment: Alignment
    rows: list[CompareRow]
    diffs: dict[tuple[int, int], tuple[list[tuple[int, int]], list[tuple[int, int]]]]  # (old, new) -> spans
    scorecard: Scorecard | None = None  # the earlier report's targets against the later one's results
    answers: list[tuple[int, int]] | None = None  # side_by_side.year_links, when computed (the window's worker)

    @property
    def old(self) -> Report:
        return self.alignment.old

    @property
    def new(self) -> Report:
        return self.alignment.new


class _Units:
    """The part and the topic unit (sub-section, else part) of each section of a report."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.part: dict[str, Section | None] = {}
        self.unit: dict[str, Section | None] = {}
        for section_id, path in report.section_paths().items():
            part = next((link for link in path if link.level == LEVEL_PART), None)
            unit = next((link for link in reversed(path) if link.level == LEVEL_SUBSECTION), None)
            self.part[section_id] = part
            self.unit[section_id] = unit or part

    def of_sentence(self, index: int) -> tuple[Section | None, Section | None]:
        """(part, unit) of a sentence; (None, None) in the front matter."""
        section_id = self.report.sentences[index].section
        if section_id is None:
            return None, None
        return self.part.get(section_id), self.unit.get(section_id)


def build_rows(alignment: Alignment) -> list[CompareRow]:
    """Sentence rows in the alignment's order (new report order), hunks packed, headings added."""
    old, new = alignment.old, alignment.new
    old_index = {sentence.id: index for index, sentence in enumerate(old.sentences)}
    new_index = {sentence.id: index for index, sentence in enumerate(new.sentences)}
    old_units, new_units = _Units(old), _Units(new)
    partner = {pair.new: pair.old for pair in alignment.section_pairs if pair.old and pair.new}

    sentence_rows: list[CompareRow] = []
    dropped: list[int] = []
    added: list[int] = []

    def flush_hunk() -> None:
        sentence_rows.extend(_pack_hunk(dropped, added, old_units, new_units, partner))
        dropped.clear()
        added.clear()

    for pair in alignment.sentence_pairs:
        if pair.old and pair.new:
            flush_hunk()
            sentence_rows.append(CompareRow(ROW_SENTENCES, old_index[pair.old], new_index[pair.new], pair))
        elif pair.old:
            dropped.append(old_index[pair.old])
        elif pair.new:
            added.append(new_index[pair.new])
    flush_hunk()
    return _with_headings(sentence_rows, alignment, old_units, new_units)


def _pack_hunk(dropped: Sequence[int], added: Sequence[int], old_units: _Units, new_units: _Units,
               partner: dict[str, str]) -> list[CompareRow]:
    """Unpaired sentences between two pairs: each section's new sentences beside its partner's dropped ones."""
    old_groups = _groups(dropped, old_units)
    new_groups = _groups(added, new_units)
    position = {unit_id: number for number, (unit_id, _indexes) in enumerate(old_groups)}
    rows: list[CompareRow] = []
    next_old = 0
    for unit_id, new_indexes in new_groups:
        wanted = position.get(partner.get(unit_id or "", ""), -1)
        if wanted < next_old:
            rows.extend(_side_by_side([], new_indexes))
            continue
        for _unit, old_indexes in old_groups[next_old:wanted]:
            rows.extend(_side_by_side(old_indexes, []))
        rows.extend(_side_by_side(old_groups[wanted][1], new_indexes))
        next_old = wanted + 1
    for _unit, old_indexes in old_groups[next_old:]:
        rows.extend(_side_by_side(old_indexes, []))
    return rows


def _groups(indexes: Iterable[int], units: _Units) -> list[tuple[str | None, list[int]]]:
    """Runs of consecutive sentences in one topic unit, in order."""
    groups: list[tuple[str | None, list[int]]] = []
    for index in indexes:
        unit = units.of_sentence(index)[1]
        unit_id = unit.id if unit is not None else None
        if groups and groups[-1][0] == unit_id:
            groups[-1][1].append(index)
        else:
            groups.append((unit_id, [index]))
    return groups


def _side_by_side(old_indexes: Sequence[int], new_indexes: Sequence[int]) -> list[CompareRow]:
    return [CompareRow(ROW_SENTENCES, first, second) for first, second in zip_longest(old_indexes, new_indexes)]


def _with_headings(rows: list[CompareRow], alignment: Alignment, old_units: _Units,
                   new_units: _Units) -> list[CompareRow]:
    """Insert heading rows where a part or topic unit starts on either side."""
    section_pairs: dict[tuple[str | None, str | None], SectionPair] = {
        (pair.old, pair.new): pair for pair in alignment.section_pairs if pair.old and pair.new}
    result: list[CompareRow] = []
    shown: list[tuple[Section | None, Section | None]] = [(None, None), (None, None)]  # (part, unit) per side
    for row in rows:
        starting: list[list[Section]] = [[], []]
        for side, units in ((OLD, old_units), (NEW, new_units)):
            index = row.sentence(side)
            if index is None:
                continue
            part, unit = units.of_sentence(index)
            shown_part, shown_unit = shown[side]
            if part is not None and part is not shown_part:
                starting[side].append(part)
            if unit is not None and unit is not part and unit is not shown_unit:
                starting[side].append(unit)
            shown[side] = (part, unit)
        for first, second in zip_longest(*starting):
            pair = section_pairs.get((first.id if first else None, second.id if second else None))
            result.append(CompareRow(ROW_HEADING, old_section=first, new_section=second,
                                     section_score=pair.score if pair else None,
                                     shared_words=pair.words if pair else ()))
        result.append(row)
    return result


def compute_comparison(old: Report, new: Report, progress: Progress | None = None) -> Comparison:
    """Align two reports and lay out the rows; the work the alignment worker runs off the GUI thread."""
    alignment = align_reports(old, new, progress)
    rows = build_rows(alignment)
    diffs: dict[tuple[int, int], tuple[list[tuple[int, int]], list[tuple[int, int]]]] = {}
    for row in rows:
        if row.pair is not None and row.pair.changed and row.old is not None and row.new is not None:
            difference = word_diff(old.sentences[row.old].text, new.sentences[row.new].text)
            diffs[(row.old, row.new)] = (difference.old, difference.new)
    return Comparison(alignment, rows, diffs, build_scorecard(old, new))
