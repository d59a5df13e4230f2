"""Numbered items of a list (一是…, 二要…, 第三，…) that stand as paragraphs of their own are read alike.

A short item (二是进一步完善城镇社会保障体系。) reads as a run-in lead by itself, a longer one (一是采取更有力的措施，
千方百计增加农民收入，切实减轻农民负担。) does not, so the section tree of 2002 listed 二是, 四是 and 五是 under
their part but not 一是 and 三是.  Where most items of a list are leads already, the others that are a paragraph of
one sentence become leads too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from core.reading.model import LEVEL_LEAD, LEVEL_PART, PARA_BODY, PARA_HEADING, Section
from core.reading.sections.headings import ITEM_NUMBER
from core.reading.wraps import clean_text

_SENTENCE_END = re.compile(r"[。！？!?]")
# An item that goes on after a semicolon or a colon (一是充分运用…支持出口；适度扩大…) is a paragraph of measures, no
# heading.
_CLAUSES_OF_THEIR_OWN = re.compile(r"[；;：:]")
MAX_ITEM_LEAD = 60  # an item longer than this is a paragraph of its own, not a heading
MAX_TITLE = 40


class _Item(NamedTuple):
    start: int
    heading_end: int | None  # None: the item runs on into more sentences, or is too long


def item_leads(text: str, blocks: Sequence[tuple[int, int, str, int]], sections: list[Section],
               number_of: Callable[[str], int], make_id: Callable[[str], str]) -> list[Section]:
    """``sections`` with a lead for each item of a list most of whose items are leads already.

    ``blocks``: (start, end, role, level) of each paragraph in order; ``number_of`` reads a Chinese numeral;
    ``make_id`` makes a section id from a key.
    """
    leads = {section.heading_start: section for section in sections if section.level == LEVEL_LEAD}
    added: list[Section] = []
    for items in _lists(text, blocks, number_of):
        found = [leads[item.start] for item in items if item.start in leads]
        if len(items) < 2 or not found or 2 * len(found) < len(items):
            continue
        for item in items:
            if item.start in leads or item.heading_end is None:
                continue
            title = clean_text(text[item.start : item.heading_end]).strip().rstrip("。！？!?")
            added.append(Section(id=make_id(f"{LEVEL_LEAD}:{title}"), title=title[:MAX_TITLE], level=LEVEL_LEAD,
                                 kind="", start=item.start, end=item.start, heading_start=item.start,
                                 heading_end=item.heading_end, parent=found[0].parent))
    if not added:
        return sections
    return sorted([*sections, *added], key=lambda section: section.start)


def _lists(text: str, blocks: Sequence[tuple[int, int, str, int]],
           number_of: Callable[[str], int]) -> list[list[_Item]]:
    """The runs of paragraphs numbered 一是, 二是, … (一要…, 第一，…) in order, each within one part or sub-section."""
    runs: list[list[_Item]] = []
    current: list[_Item] = []
    for start, end, role, level in blocks:
        if role == PARA_HEADING and LEVEL_PART <= level < LEVEL_LEAD:
            current = []  # a new part or sub-section: its items are a list of their own
            continue
        if role != PARA_BODY:
            continue
        line = text[start:end]
        item = ITEM_NUMBER.match(line)
        if item is None:
            continue
        number = number_of(item["number"] or item["ordinal"])
        if number == 1:
            current = []
            runs.append(current)
        elif number != len(current) + 1 or not current:
            current = []
            continue
        stop = _SENTENCE_END.search(line)
        alone = (stop is not None and stop.group() == "。" and stop.start() <= MAX_ITEM_LEAD
                 and not _CLAUSES_OF_THEIR_OWN.search(line, 0, stop.start())
                 and not clean_text(line[stop.end() :]).strip())
        current.append(_Item(start, start + stop.end() if alone and stop is not None else None))
    return runs
