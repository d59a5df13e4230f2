"""Write real .docx reports with python-docx, numbered the way Word numbers them.

Used by tests: a plain-text report goes in, a Word file comes out whose part
headings (一、) and sub-headings (（一）) carry Word automatic numbering
instead of typed numbers, so a reader has to render the numbers itself.
"""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from core.reading.model import CELL_SEPARATOR

_CHINESE_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}
_PART = re.compile(r"^([一二三四五六七八九十]{1,3})、")
_SECTION = re.compile(r"^[（(]([一二三四五六七八九十]{1,3})[）)]")
NUMBERED_STYLE = "List Paragraph"  # no heading style, no outline level: numbering alone marks it

# The small table added by ``with_table``: a merged first column and a
# merged last row, read once each, row by row.
TABLE_LINES = (
    "类别", "指标", "目标",
    "经济", "地区生产总值增长", "5.5%左右",
    "一般公共预算收入增长", "3%左右",
    "注：以上为预期性指标",
)
# The lines the reader gives for that table: one per row, a cell merged downwards read in its first row.
TABLE_ROWS = (
    CELL_SEPARATOR.join(TABLE_LINES[0:3]),
    CELL_SEPARATOR.join(TABLE_LINES[3:6]),
    CELL_SEPARATOR.join(TABLE_LINES[6:8]),
    TABLE_LINES[8],
)


def chinese_number(text: str) -> int | None:
    """一 → 1, 十 → 10, 十一 → 11, 二十一 → 21; None for anything else."""
    if not text or any(c not in _CHINESE_DIGITS and c != "十" for c in text):
        return None
    if "十" not in text:
        return _CHINESE_DIGITS[text] if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return None
    return (_CHINESE_DIGITS[tens] if tens else 1) * 10 + (_CHINESE_DIGITS[ones] if ones else 0)


def _numbered(line: str) -> tuple[int, int, str] | None:
    """(level, number, rest) for a line opening with 一、 or （一）."""
    for ilvl, pattern in ((0, _PART), (1, _SECTION)):
        match = pattern.match(line)
        number = chinese_number(match.group(1)) if match else None
        if match and number:
            return ilvl, number, line[match.end():]
    return None


def _level_xml(ilvl: int, text: str) -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
            f'<w:suff w:val="nothing"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>')


class _ReportNumbering:
    """One abstract list (一、 / （一）) plus the w:num instances Word would use.

    Paragraphs share one plain instance, so they count on as Word counts. A
    number that does not follow on gets an instance of its own with a start
    override (Word's "Set Numbering Value"); instances share the abstract
    list's counters, so the plain instance carries on from there.
    """

    def __init__(self, document: object) -> None:
        self._element = document.part.numbering_part.element
        abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in self._element.findall(qn("w:abstractNum"))]
        self._num_ids = [int(n.get(qn("w:numId"))) for n in self._element.findall(qn("w:num"))]
        self._abstract_id = max(abstract_ids, default=-1) + 1
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{self._abstract_id}">'
            f'<w:multiLevelType w:val="multilevel"/>'
            + _level_xml(0, "%1、") + _level_xml(1, "（%2）") + "</w:abstractNum>")
        nums = self._element.findall(qn("w:num"))
        if nums:
            nums[0].addprevious(abstract)  # schema order: abstractNum before num
        else:
            self._element.append(abstract)
        self._plain = self._new_num({})
        self._counters: dict[int, int] = {}

    def _new_num(self, overrides: dict[int, int]) -> int:
        num_id = max(self._num_ids, default=0) + 1
        self._num_ids.append(num_id)
        override_xml = "".join(
            f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
            for ilvl, start in overrides.items())
        self._element.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}">'
            f'<w:abstractNumId w:val="{self._abstract_id}"/>{override_xml}</w:num>'))
        return num_id

    def number(self, ilvl: int, value: int) -> int:
        """The numId that makes Word show ``value`` at ``ilvl`` here."""
        num_id = self._plain
        if self._counters.get(ilvl, 0) + 1 != value:
            num_id = self._new_num({ilvl: value})
        self._counters[ilvl] = value
        if ilvl == 0:
            self._counters.pop(1, None)
        return num_id


def _add_numbered(document: object, text: str, num_id: int, ilvl: int) -> None:
    paragraph = document.add_paragraph(text, style=NUMBERED_STYLE)
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def _add_table(document: object) -> None:
    table = document.add_table(rows=4, cols=3)
    for column, text in enumerate(TABLE_LINES[:3]):
        table.cell(0, column).text = text
    table.cell(1, 0).merge(table.cell(2, 0)).text = TABLE_LINES[3]
    table.cell(1, 1).text, table.cell(1, 2).text = TABLE_LINES[4:6]
    table.cell(2, 1).text, table.cell(2, 2).text = TABLE_LINES[6:8]
    table.cell(3, 0).merge(table.cell(3, 2)).text = TABLE_LINES[8]


def write_report_docx(text: str, path: Path, auto_number: bool = True,
                      with_table: bool = False) -> Path:
    """Write one paragraph per non-empty line of ``text`` to a .docx at ``path``.

    With ``auto_number``, lines opening with 一、 or （一）/(一) become Word
    auto-numbered paragraphs (levels 0 and 1) with the number removed from
    their text; Word then shows "（一）" for both bracket widths. With
    ``with_table``, TABLE_LINES is added as a table after the first half of
    the paragraphs.
    """
    document = Document()
    numbering = _ReportNumbering(document) if auto_number else None
    lines = [line for line in text.splitlines() if line.strip()]
    for index, line in enumerate(lines):
        if with_table and index == len(lines) // 2:
            _add_table(document)
        found = _numbered(line) if numbering else None
        if numbering and found:
            ilvl, value, rest = found
            _add_numbered(document, rest, numbering.number(ilvl, value), ilvl)
        else:
            document.add_paragraph(line)
    if with_table and not lines:
        _add_table(document)
    document.save(str(path))
    return Path(path)
