"""Build the section tree of a report from its paragraphs.

Parts (``一、…`` or unnumbered part titles), sub-sections (``（一）…``, the
heading cut from the body when it runs on), and run-in leads and ``——``
bullets below them.  Under an unnumbered part, ``一、`` numbers items, so
they become sub-sections and ``（一）`` goes a level deeper.  A report that opens
its parts with ``（一）`` (1958, 1981, 1985 national) numbers its parts that way:
``（一）…`` are the parts and any ``一、`` inside them are items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.reading.ids import IdMaker
from core.reading.model import (
    KIND_OTHER,
    KIND_PLAN,
    KIND_REVIEW,
    LEVEL_LEAD,
    LEVEL_PART,
    LEVEL_SUBSECTION,
    PARA_BODY,
    PARA_HEADING,
    Section,
)
from core.reading.sections import headings
from core.reading.sections.item_leads import item_leads
from core.reading.wraps import clean_text

MAX_LEAD = 20  # a run-in lead sentence is at most this long
_LEAD_END = re.compile(r"[。！？!?]")
_LEAD_BREAKS = re.compile(r"[，,；;：:、“”]")
_LEAD_BREAKS_ALONE = re.compile(r"[；;：:“”]")  # a lead that is its whole paragraph may join two tasks by a comma
# …but it tells no sum (其他为四亿六千万元), says nothing is something (伟大祖国永远是…后盾; 三是… is an item's
# number), tells no one's doing (对这些问题，我们将…解决) and follows no lone form of address (各位代表！征途漫漫，
# 惟有奋斗。 is the closing's rhetoric).  A lead of one clause (加强水利建设是一项迫切任务。) may say what a thing is.
_NO_HEADING_ALONE = re.compile(r"[元亿万]|百分之|这些|我们将|现在我"
                               r"|(?<![一二三四五六七八九十还就凡但于总或只而])(?<!特别|尤其)是")  # 特别是 is no copula
# A paragraph alone that announces a list (一年来，我们主要做了以下工作, 重点做好十方面工作) is no heading.
_ANNOUNCES = re.compile(r"以下|上述|方面工作$")
_JOINED = re.compile(r"[，,、]")
# A paragraph that numbers a later item of a list (二要…, 四是…, 第二，…): what stood before it alone was the body of
# the item before, not a heading (2010 三是…。严格控制一般性支出，大力压缩公用经费。四是…); before 一要… it heads the
# list (2001 适应经济全球化趋势，进一步提高对外开放水平。一要…)
_ADDRESS = re.compile(r"^各位(?:代表|委员)[！!：:]?$")  # a paragraph that is only a form of address
_NOT_LEAD = re.compile(r"^(?:各位代表|今年|去年|明年|我们|这|过去|同时|当前|目前|现在|总之|但是|此外|另外)")
# A paragraph that announces the year's tasks, numbered after it (今年要着重做好以下八个方面工作。).
_YEARS_TASKS_FOLLOW = re.compile(r"(?:今年|本年|[\d０-９]{4}年)[^。]{0,16}(?:以下|下列)[^。]{0,8}(?:方面|项|个)(?:的)?"
                                 r"(?:工作|任务)[。：:]?\s*$")
_NUMERAL_VALUE = {char: index + 1 for index, char in enumerate(headings.CHINESE_NUMERAL)}


@dataclass
class Block:
    """A paragraph with its role; ``body_start`` is where text after a run-on heading begins."""

    start: int
    end: int
    role: str
    level: int = 0
    body_start: int = 0


@dataclass
class Structure:
    blocks: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)


def chinese_number(numeral: str) -> int:
    """Value of a small Chinese numeral (一 … 九十九)."""
    if "十" not in numeral:
        return _NUMERAL_VALUE.get(numeral[:1], 0)
    tens, _, ones = numeral.partition("十")
    return (_NUMERAL_VALUE.get(tens, 1) if tens else 1) * 10 + (_NUMERAL_VALUE.get(ones, 0) if ones else 0)


class _Builder:
    def __init__(self, text: str, hints: dict[int, int]) -> None:
        self.text = text
        self.hints = hints
        self.ids = IdMaker("sec")
        self.structure = Structure()
        self.open: dict[int, Section] = {}  # level -> innermost open section
        self.unnumbered_parts = False
        self.last_part_number = 0
        self.items_as_subsections = False
        self.sub_numbered_parts = False  # the parts are numbered （一）, （二） …
        self.previous_role = ""
        self.after_address = False
        self.joined_alone: Section | None = None  # the last paragraph was two tasks alone, read as a sub-heading
        self.announces_the_years_tasks = False  # the body paragraph before: 今年要着重做好以下八个方面工作
        self.listed_item = 0  # the number of the item of a list in body text the paragraph before was (一、…；)

    def add_section(self, level: int, start: int, heading_end: int, title: str) -> None:
        for deeper in [key for key in self.open if key >= level]:
            del self.open[deeper]
        parent = None
        for candidate in range(level - 1, 0, -1):
            if candidate in self.open:
                parent = self.open[candidate].id
                break
        section = Section(
            id=self.ids.make(f"{level}:{title}"),
            title=title,
            level=level,
            kind="",
            start=start,
            end=start,
            heading_start=start,
            heading_end=heading_end,
            parent=parent,
        )
        self.structure.sections.append(section)
        self.open[level] = section

    def block(self, start: int, end: int) -> None:
        line = self.text[start:end]
        item = headings.ITEM_NUMBER.match(line)
        if self.joined_alone is not None and item and chinese_number(item["number"] or item["ordinal"]) > 1:
            self._withdraw(self.joined_alone)
        self.joined_alone = None
        hint = self.hints.get(start)
        role, level, body_start = PARA_BODY, 0, start
        part = headings.PART_NUMBER.match(line)
        sub = headings.SUB_NUMBER.match(line)
        listed, self.listed_item = self.listed_item, 0
        if part and (number := self.list_item(line, part, listed)):
            self.listed_item = number  # 一、继续深入批评…的错误观点；二、…: a list in the text, not parts (1987)
        elif part:
            length = headings.numbered_heading_length(line, part.end())
            if length:
                level = self.numbered_part_level(line[: part.end()].rstrip("、.． \u3000\n"))
                role, body_start = PARA_HEADING, start + length
        elif sub:
            length = headings.numbered_heading_length(line, sub.end())
            if length:
                if not self.structure.sections and not self.unnumbered_parts:
                    self.sub_numbered_parts = True  # the first heading of all is （一）
                level = (LEVEL_PART if self.sub_numbered_parts
                         else LEVEL_SUBSECTION + (1 if self.items_as_subsections else 0))
                role, body_start = PARA_HEADING, start + length
        elif hint is not None or headings.is_unnumbered_part_title(clean_text(line)):
            if hint is None and self.last_part_number and not self.unnumbered_parts:
                pass  # numbered parts in use: a title-like line is body text
            else:
                level = min(hint or LEVEL_PART, LEVEL_LEAD)
                if level == LEVEL_PART:
                    self.unnumbered_parts = hint is None
                    self.items_as_subsections = False
                role, body_start = PARA_HEADING, end
        elif self.previous_role == "part" and headings.is_headline(clean_text(line)):
            role, level, body_start = PARA_HEADING, 0, end  # a part's subtitle: no section of its own
        self.announces_the_years_tasks = role == PARA_BODY and bool(_YEARS_TASKS_FOLLOW.search(line))
        if role == PARA_HEADING and level:
            heading_end = body_start
            title = clean_text(self.text[start:heading_end]).rstrip("。！？!? \u3000")
            self.add_section(min(level, LEVEL_LEAD), start, heading_end, title)
            self.previous_role = "part" if level == LEVEL_PART else "heading"
        else:
            self.previous_role = role
            if role == PARA_BODY and not self.listed_item:  # the last item of a list (…。) leads nothing
                self.maybe_lead(start, end)
        self.after_address = bool(_ADDRESS.match(clean_text(line)))
        self.structure.blocks.append(Block(start, end, role, level, body_start))

    @staticmethod
    def list_item(line: str, part: re.Match[str], listed: int) -> int:
        """The number of ``line`` when it is an item of a list in body text, else 0: it ends on a semicolon, as no
        heading does, or it is the next item after one that did (the last of the list ends on 。)."""
        number = chinese_number(part.group().rstrip("、.． \u3000\n"))
        ending = line.rstrip()[-1:]
        return number if ending in "；;" or (listed and number == listed + 1 and ending == "。") else 0

    def numbered_part_level(self, numeral_text: str) -> int:
        number = chinese_number(numeral_text)
        if number == 1 and self.unnumbered_parts and self.announces_the_years_tasks:
            # 首先报告２００１年的工作 …；按照这个总体要求，今年要着重做好以下八个方面工作。一、…: parts of the plan,
            # not items of the unnumbered review before them
            self.unnumbered_parts = self.items_as_subsections = False
            self.last_part_number = 0
        if self.unnumbered_parts or self.items_as_subsections or self.sub_numbered_parts:
            self.items_as_subsections = True
            return LEVEL_SUBSECTION
        if self.last_part_number and number <= self.last_part_number:
            # Numbering restarted inside a part: these are items.
            self.items_as_subsections = True
            return LEVEL_SUBSECTION
        self.last_part_number = number
        return LEVEL_PART

    def maybe_lead(self, start: int, end: int) -> None:
        if not self.open:
            return
        line = self.text[start:end]
        if line.startswith("——"):
            stop = _LEAD_END.search(line)
            heading_end = start + (stop.end() if stop else len(line))
            title = clean_text(self.text[start + 2 : heading_end]).rstrip("。！？!?")
            self.add_section(LEVEL_LEAD, start, heading_end, title[:40])
            return
        stop = _LEAD_END.search(line, 0, MAX_LEAD + 2)
        if stop is None or stop.start() < 2:
            return
        lead = clean_text(line[: stop.start()])
        # 加强农业基础地位，全面发展农村经济。 as a paragraph of its own (1994): a sub-heading of two tasks
        alone = not clean_text(line[stop.end() :]).strip() and line[stop.start()] == "。"
        joined = alone and bool(_JOINED.search(lead))
        breaks = (_LEAD_BREAKS.search(lead) if not joined
                  else _LEAD_BREAKS_ALONE.search(lead) or _NO_HEADING_ALONE.search(lead) or self.after_address)
        announces = alone and _ANNOUNCES.search(lead)
        if breaks or announces or _NOT_LEAD.match(lead) or any(char.isdigit() for char in lead):
            return
        self.add_section(LEVEL_LEAD, start, start + stop.end(), lead)
        if joined:
            self.joined_alone = self.structure.sections[-1]

    def _withdraw(self, section: Section) -> None:
        """Take back the last sub-heading read: it was body text after all."""
        self.structure.sections.remove(section)
        if self.open.get(section.level) is section:
            del self.open[section.level]


def build_structure(
    text: str, paragraphs: list[tuple[int, int]], heading_hints: dict[int, int] | None = None
) -> Structure:
    """Blocks and sections for the report paragraphs (noise and title lines excluded)."""
    builder = _Builder(text, heading_hints or {})
    for start, end in paragraphs:
        builder.block(start, end)
    structure = builder.structure
    structure.sections = item_leads(text, [(block.start, block.end, block.role, block.level)
                                           for block in structure.blocks],
                                    structure.sections, chinese_number, builder.ids.make)
    _close_sections(structure.sections, paragraphs[-1][1] if paragraphs else 0)
    return structure


def _close_sections(sections: list[Section], report_end: int) -> None:
    for index, section in enumerate(sections):
        section.end = report_end
        for later in sections[index + 1 :]:
            if later.level <= section.level:
                section.end = later.start
                break
        if section.end < section.heading_end:
            section.end = section.heading_end


def assign_kinds(sections: list[Section], report_year: int | None) -> None:
    """Give each part a kind from its heading; sections below inherit it."""
    by_id = {section.id: section for section in sections}
    for section in sections:
        if section.parent is None and section.level == LEVEL_PART:
            section.kind = headings.part_kind(section.title, report_year)
            section.kind_by_position = headings.reviews_by_its_situation(section.title)
        elif section.parent is not None:
            section.kind = by_id[section.parent].kind
        else:
            section.kind = headings.part_kind(section.title, report_year)
    _tasks_after_the_review(sections)
    _tasks_after_the_plan(sections)
    for section in sections:  # parents come before their sections
        if section.parent is not None:
            section.kind_by_position = by_id[section.parent].kind_by_position


def _tasks_after_the_review(sections: list[Section]) -> None:
    """In a report without a plan part, the parts after the review are the tasks of the coming year.

    National reports of the 1990s review the last year in part 一 and then
    set out the year's work in parts named by their subject
    (``二、保持国民经济发展的良好势头`` …, 1997), none of them called a plan.
    Parts of the government's own conduct keep their kind.
    """
    parts = [section for section in sections if section.parent is None and section.level == LEVEL_PART]
    if any(part.kind == KIND_PLAN for part in parts):
        return
    after_review = False
    for part in parts:
        if part.kind == KIND_REVIEW:
            after_review = True
        elif part.kind == KIND_OTHER and after_review:
            part.kind = KIND_PLAN
            part.kind_by_position = True


def _tasks_after_the_plan(sections: list[Section]) -> None:
    """Parts that follow the year's plan without a kind of their own are its tasks: the plan goes on.

    The 2015 national report sets out its plan in part 二 and its tasks in parts
    三 to 五 (``把改革开放扎实推向纵深``), until the part on the government's own
    conduct.
    """
    by_id = {section.id: section for section in sections}
    in_plan = False
    for section in sections:
        if section.parent is None and section.level == LEVEL_PART:
            if section.kind == KIND_PLAN:
                in_plan = True
            elif section.kind == KIND_OTHER and in_plan:
                section.kind = KIND_PLAN
            else:
                in_plan = False
        elif section.parent is not None:
            section.kind = by_id[section.parent].kind
