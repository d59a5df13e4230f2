"""Read the text and heading structure of a Word (.docx) report.

Body paragraphs come out in reading order, one line per paragraph; a table
row is one line, its cells joined by ``CELL_SEPARATOR`` (a row of a table of
targets reads as one sentence: ``经济　地区生产总值增长　5.5%左右``).
Numbers that Word draws from automatic numbering ("一、", "（一）") are not
stored in the paragraph text, so they are rendered here the way Word shows
them; otherwise a report saved from Word would lose every heading number.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE

from core.reading.formats.docx_numbers import format_number
from core.reading.model import CELL_SEPARATOR

# lxml elements as python-docx hands them over; lxml ships no type information.
XmlElement = Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
OLD_OR_ENCRYPTED = "old Word format or password-protected"  # DocxFormatError detail
_OFF_VALUES = ("0", "false", "off")
# Parts of a paragraph whose text Word does not show inline.
_SKIPPED = {
    _W + "pPr", _W + "rPr", _W + "del", _W + "moveFrom", _W + "drawing",
    _W + "pict", _W + "object", _W + "sdtPr", _MC + "Fallback",
}
_HEADING_STYLE = re.compile(r"^\s*(?:heading|标题)\s*([1-9])\s*$", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"%([1-9])")


class DocxFormatError(Exception):
    """The bytes are not a readable Word document; ``reason`` is a LoadError tag."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason


@dataclass(frozen=True)
class DocxContent:
    """Text of a document plus (start, end, level) spans of its headings."""

    text: str
    headings: tuple[tuple[int, int, int], ...]


# ---------------------------------------------------------------- numbers


# -------------------------------------------------------------- numbering


@dataclass(frozen=True)
class _Level:
    start: int = 1
    number_format: str = "decimal"
    text: str = ""
    restart: int | None = None  # w:lvlRestart; None = after any higher level
    legal: bool = False  # w:isLgl: show every level as decimal
    suffix: str = "tab"
    style_id: str | None = None


@dataclass
class _Num:
    abstract_id: str
    start_overrides: dict[int, int] = field(default_factory=dict)
    level_overrides: dict[int, _Level] = field(default_factory=dict)


def _val(element: XmlElement, child: str) -> str | None:
    """The ``w:val`` of ``element``'s child ``child`` (a ``w:`` tag), if any."""
    found = None if element is None else element.find(_W + child)
    return None if found is None else found.get(_W + "val")


def _int(text: str | None, default: int | None = None) -> int | None:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def _on(element: XmlElement, child: str) -> bool:
    """Whether a boolean toggle like ``w:isLgl`` is present and not switched off."""
    found = None if element is None else element.find(_W + child)
    return found is not None and found.get(_W + "val", "1").lower() not in _OFF_VALUES


def _parse_level(lvl: XmlElement) -> _Level:
    number_format = _val(lvl, "numFmt")
    if number_format is None:  # Word 2010 wraps custom formats in mc:AlternateContent
        for fallback in lvl.iter(_MC + "Fallback"):
            number_format = _val(fallback, "numFmt") or number_format
    return _Level(
        start=_int(_val(lvl, "start"), 1) or 0,  # w:start may legitimately be 0
        number_format=number_format or "decimal",
        text=_val(lvl, "lvlText") or "",
        restart=_int(_val(lvl, "lvlRestart")),
        legal=_on(lvl, "isLgl"),
        suffix=_val(lvl, "suff") or "tab",
        style_id=_val(lvl, "pStyle"),
    )


def _levels_of(element: XmlElement) -> dict[int, _Level]:
    levels: dict[int, _Level] = {}
    for lvl in element.iterchildren(_W + "lvl"):
        ilvl = _int(lvl.get(_W + "ilvl"))
        if ilvl is not None:
            levels[ilvl] = _parse_level(lvl)
    return levels


class _Numbering:
    """Numbering definitions plus Word's running counters.

    Counters belong to the abstract definition: several ``w:num`` instances
    of one abstract list continue each other, and an instance with a
    ``w:startOverride`` restarts that level the first time it is used.
    """

    def __init__(self, numbering: XmlElement | None, styles: _Styles) -> None:
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._style_links: dict[str, str] = {}
        self._nums: dict[str, _Num] = {}
        self._styles = styles
        self._counters: dict[str, dict[int, int]] = {}
        self._seen: set[tuple[str, int]] = set()
        if numbering is None:
            return
        for abstract in numbering.iterchildren(_W + "abstractNum"):
            abstract_id = abstract.get(_W + "abstractNumId")
            self._abstract[abstract_id] = _levels_of(abstract)
            link = _val(abstract, "numStyleLink")
            if link:
                self._style_links[abstract_id] = link
        for num in numbering.iterchildren(_W + "num"):
            entry = _Num(_val(num, "abstractNumId") or "")
            for override in num.iterchildren(_W + "lvlOverride"):
                ilvl = _int(override.get(_W + "ilvl"))
                if ilvl is None:
                    continue
                start = _int(_val(override, "startOverride"))
                if start is not None:
                    entry.start_overrides[ilvl] = start
                lvl = override.find(_W + "lvl")
                if lvl is not None:
                    entry.level_overrides[ilvl] = _parse_level(lvl)
            self._nums[num.get(_W + "numId")] = entry

    def _abstract_of(self, num_id: str) -> str | None:
        """Follow ``w:numStyleLink`` indirections to the abstract holding the levels."""
        num = self._nums.get(num_id)
        abstract_id = num.abstract_id if num else None
        for _ in range(5):
            link = self._style_links.get(abstract_id or "")
            linked_num = self._styles.numbering(link)[0] if link else None
            if not linked_num or linked_num not in self._nums:
                break
            abstract_id = self._nums[linked_num].abstract_id
        return abstract_id if abstract_id in self._abstract else None

    def _level(self, num_id: str, abstract_id: str, ilvl: int) -> _Level | None:
        return self._nums[num_id].level_overrides.get(ilvl) or self._abstract[abstract_id].get(ilvl)

    def level_for_style(self, num_id: str, style_ids: list[str]) -> int:
        """The level a style-linked list gives a paragraph (the lvl naming its style)."""
        abstract_id = self._abstract_of(num_id)
        for ilvl, level in (self._abstract.get(abstract_id or "") or {}).items():
            if level.style_id and level.style_id in style_ids:
                return ilvl
        return 0

    def next_label(self, num_id: str, ilvl: int) -> tuple[str, bool] | None:
        """Count one paragraph of list ``num_id`` at ``ilvl``; return its label.

        The flag says whether the label is a visible number (not a bullet or
        an empty format). ``None`` means the list is not defined.
        """
        abstract_id = self._abstract_of(num_id)
        if abstract_id is None or num_id not in self._nums:
            return None
        level = self._level(num_id, abstract_id, ilvl)
        if level is None:
            return None
        num = self._nums[num_id]
        counters = self._counters.setdefault(abstract_id, {})
        if (num_id, ilvl) not in self._seen:
            self._seen.add((num_id, ilvl))
            if ilvl in num.start_overrides:
                counters.pop(ilvl, None)
        start = num.start_overrides.get(ilvl, level.start)
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else start
        for deeper in [d for d in counters if d > ilvl]:
            deeper_level = self._level(num_id, abstract_id, deeper)
            restart = deeper if deeper_level is None or deeper_level.restart is None else deeper_level.restart
            if ilvl < restart:
                del counters[deeper]
        if level.number_format == "bullet":
            return "", False

        def placeholder(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            shown = self._level(num_id, abstract_id, index)
            if shown is None:
                return ""
            value = counters.get(index, num.start_overrides.get(index, shown.start))
            return format_number(value, "decimal" if level.legal else shown.number_format)

        label = _PLACEHOLDER.sub(placeholder, level.text)
        if label and level.suffix != "nothing" and label[-1].isascii() and label[-1].isprintable():
            label += " "  # Word puts a tab or space after "1."; keep words apart
        return label, bool(label.strip()) and level.number_format != "none"


# ----------------------------------------------------------------- styles


@dataclass(frozen=True)
class _Style:
    name: str
    based_on: str | None
    num_id: str | None
    ilvl: int | None
    outline: int | None


class _Styles:
    """Paragraph styles with their inherited numbering and outline level."""

    def __init__(self, styles: XmlElement | None) -> None:
        self._styles: dict[str, _Style] = {}
        self.default: str | None = None
        if styles is None:
            return
        for style in styles.iterchildren(_W + "style"):
            if style.get(_W + "type", "paragraph") != "paragraph":
                continue
            style_id = style.get(_W + "styleId") or ""
            ppr = style.find(_W + "pPr")
            num_pr = None if ppr is None else ppr.find(_W + "numPr")
            self._styles[style_id] = _Style(
                name=_val(style, "name") or style_id,
                based_on=_val(style, "basedOn"),
                num_id=_val(num_pr, "numId"),
                ilvl=_int(_val(num_pr, "ilvl")),
                outline=_int(_val(ppr, "outlineLvl")),
            )
            if style.get(_W + "default", "0").lower() in ("1", "true", "on"):
                self.default = style_id

    def chain(self, style_id: str | None) -> list[str]:
        """``style_id`` and the styles it is based on, nearest first."""
        chain: list[str] = []
        while style_id and style_id in self._styles and style_id not in chain:
            chain.append(style_id)
            style_id = self._styles[style_id].based_on
        return chain

    def numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        """Inherited (numId, ilvl) of a style."""
        num_id = ilvl = None
        for sid in self.chain(style_id):
            style = self._styles[sid]
            num_id = num_id if num_id is not None else style.num_id
            ilvl = ilvl if ilvl is not None else style.ilvl
        return num_id, ilvl

    def outline(self, style_id: str | None) -> int | None:
        for sid in self.chain(style_id):
            if self._styles[sid].outline is not None:
                return self._styles[sid].outline
        return None

    def heading_number(self, style_id: str | None) -> int | None:
        """N for a "Heading N" style (or one based on it)."""
        for sid in self.chain(style_id):
            match = _HEADING_STYLE.match(self._styles[sid].name)
            if match:
                return int(match.group(1))
        return None


# ------------------------------------------------------------------- body


def _paragraph_text(paragraph: XmlElement) -> str:
    """The text Word shows for a paragraph: runs, insertions, fields, tabs, breaks."""
    parts: list[str] = []

    def walk(element: XmlElement) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED:
                continue
            if tag == _W + "t":
                parts.append(child.text or "")
            elif tag == _W + "tab":
                parts.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                if child.get(_W + "type", "textWrapping") == "textWrapping":
                    parts.append("\n")
            elif tag == _W + "noBreakHyphen":
                parts.append("-")
            elif tag == _W + "r" and _on(child.find(_W + "rPr"), "vanish"):
                continue  # hidden text
            elif tag != _W + "p":  # a nested paragraph belongs to a text box
                walk(child)

    walk(paragraph)
    return "".join(parts)


def _is_merged_continuation(cell: XmlElement) -> bool:
    tc_pr = cell.find(_W + "tcPr")
    merge = None if tc_pr is None else tc_pr.find(_W + "vMerge")
    return merge is not None and merge.get(_W + "val", "continue") == "continue"


def _children(element: XmlElement, wanted: str) -> Iterator[XmlElement]:
    """Children tagged ``wanted``, looking through content controls and custom XML."""
    for child in element:
        if child.tag == _W + wanted:
            yield child
        elif child.tag in (_W + "sdt", _W + "sdtContent", _W + "customXml"):
            yield from _children(child, wanted)


def _blocks(container: XmlElement) -> Iterator[list[XmlElement]]:
    """The document's lines in reading order: a body paragraph alone, or the paragraphs of one table row.

    A vertically merged cell is read once, from its first row; a table inside
    a cell adds its rows' paragraphs to that row.
    """
    for child in container:
        tag = child.tag
        if tag == _W + "p":
            yield [child]
        elif tag == _W + "tbl":
            for row in _children(child, "tr"):
                paragraphs = [paragraph for cell in _children(row, "tc") if not _is_merged_continuation(cell)
                              for block in _blocks(cell) for paragraph in block]
                if paragraphs:
                    yield paragraphs
        elif tag in (_W + "sdt", _W + "sdtContent", _W + "customXml"):
            yield from _blocks(child)


def _heading_level(paragraph: XmlElement, styles: _Styles, numbering: _Numbering,
                   parts: list[str]) -> int | None:
    """Render the paragraph's automatic number into ``parts``; return its heading level."""
    ppr = paragraph.find(_W + "pPr")
    style_id = _val(ppr, "pStyle") or styles.default
    num_pr = None if ppr is None else ppr.find(_W + "numPr")
    style_num, style_ilvl = styles.numbering(style_id)
    num_id = _val(num_pr, "numId") or style_num
    ilvl = _int(_val(num_pr, "ilvl"))
    if ilvl is None:
        ilvl = style_ilvl
    numbered_level = None
    if num_id and num_id != "0":
        if ilvl is None:
            ilvl = numbering.level_for_style(num_id, styles.chain(style_id)) if style_num else 0
        label = numbering.next_label(num_id, ilvl)
        if label is not None:
            parts.append(label[0])
            numbered_level = ilvl + 1 if label[1] else None
    if numbered_level is not None:
        return numbered_level
    heading = styles.heading_number(style_id)
    if heading is not None:
        return heading
    outline = _int(_val(ppr, "outlineLvl"))
    if outline is None:
        outline = styles.outline(style_id)
    return outline + 1 if outline is not None and 0 <= outline < 9 else None


def _part_element(document: XmlElement, relationship_type: str) -> XmlElement | None:
    for rel in document.part.rels.values():
        if rel.reltype == relationship_type and not rel.is_external:
            return getattr(rel.target_part, "element", None)
    return None


_LOCAL_HEADER = 30  # bytes of a zip local file header before its name and extra field
_CHUNK = 64 * 1024


def _checked_package(data: bytes, members: list[zipfile.ZipInfo], budget: int) -> io.BytesIO:
    """The package rebuilt, uncompressed, from members unpacked within ``budget`` bytes in all.

    The sizes a zip declares can lie (a zip bomb says 1,000 bytes and unpacks
    to gigabytes, and zipfile then inflates a whole member in one call), so
    every member is inflated here in small steps, counting the real bytes and
    stopping at the budget; python-docx only ever sees the checked bytes.
    """
    out = io.BytesIO()
    left = budget
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as package:
        for info in members:
            if info.is_dir():
                continue
            content = _unpack_member(data, info, left)
            left -= len(content)
            package.writestr(info.filename, content)
    out.seek(0)
    return out


def _unpack_member(data: bytes, info: zipfile.ZipInfo, budget: int) -> bytes:
    """The real bytes of one member; DocxFormatError "too-large" past ``budget``."""
    header = data[info.header_offset:info.header_offset + _LOCAL_HEADER]
    if len(header) < _LOCAL_HEADER or header[:4] != b"PK\x03\x04":
        raise DocxFormatError("not-docx", f"bad local header of {info.filename}")
    start = info.header_offset + _LOCAL_HEADER + int.from_bytes(header[26:28], "little") + int.from_bytes(
        header[28:30], "little")
    raw = memoryview(data)[start:start + info.compress_size]
    if info.compress_type == zipfile.ZIP_STORED:
        if len(raw) > budget:
            raise DocxFormatError("too-large", f"{info.filename} unpacks to more than the limit")
        return bytes(raw)
    if info.compress_type != zipfile.ZIP_DEFLATED:
        raise DocxFormatError("not-docx", f"{info.filename} uses compression {info.compress_type}")
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    pieces: list[bytes] = []
    size = 0
    for offset in range(0, len(raw), _CHUNK):
        pending = bytes(raw[offset:offset + _CHUNK])
        while pending and not inflater.eof:
            piece = inflater.decompress(pending, _CHUNK)
            pending = inflater.unconsumed_tail
            size += len(piece)
            if size > budget:
                raise DocxFormatError("too-large", f"{info.filename} unpacks to more than the limit")
            pieces.append(piece)
        if inflater.eof:
            break
    return b"".join(pieces)


def _read(data: bytes, max_unpacked_bytes: int) -> DocxContent:
    if data[:4] == b"\xd0\xcf\x11\xe0":  # OLE compound file: .doc or encrypted .docx
        raise DocxFormatError("not-docx", OLD_OR_ENCRYPTED)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        unpacked = sum(info.file_size for info in archive.infolist())
        names = set(archive.namelist())
        if unpacked > max_unpacked_bytes:
            raise DocxFormatError("too-large", f"unpacks to {unpacked} bytes")
        if "[Content_Types].xml" not in names:
            raise DocxFormatError("not-docx", "no content types")
        package = _checked_package(data, archive.infolist(), max_unpacked_bytes)
    document = Document(package)
    styles = _Styles(_part_element(document, RELATIONSHIP_TYPE.STYLES))
    numbering = _Numbering(_part_element(document, RELATIONSHIP_TYPE.NUMBERING), styles)
    lines: list[str] = []
    headings: list[tuple[int, int, int]] = []
    offset = 0
    for block in _blocks(document.element.body):
        texts: list[str] = []
        level = None
        for paragraph in block:
            parts: list[str] = []
            level = _heading_level(paragraph, styles, numbering, parts)
            parts.append(_paragraph_text(paragraph))
            texts.append("".join(parts))
        if len(block) > 1:  # a table row: its cells on one line, never a heading
            line, level = CELL_SEPARATOR.join(text for text in texts if text.strip()), None
        else:
            line = texts[0]
        if level is not None and line.strip():
            headings.append((offset, offset + len(line), level))
        lines.append(line)
        offset += len(line) + 1
    return DocxContent("\n".join(lines), tuple(headings))


def read_docx(data: bytes, max_unpacked_bytes: int) -> DocxContent:
    """Read a .docx from bytes; raise DocxFormatError when it is not one."""
    try:
        return _read(data, max_unpacked_bytes)
    except DocxFormatError:
        raise
    except Exception as error:  # zipfile, lxml and python-docx fail in many ways on bad files
        raise DocxFormatError("not-docx", f"{type(error).__name__}: {error}") from error
