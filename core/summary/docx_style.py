"""A python-docx document in the look of a Chinese official document (GB/T 9704).

Fonts.  Every style names its fonts explicitly (the template's theme fonts
are removed, since a theme attribute overrides an explicit name): the title
in 小标宋 (``TITLE_EAST_ASIAN``), first-level headings in 黑体 (SimHei),
second-level headings and notes in 楷体 (KaiTi), body text and tables in 仿宋
(FangSong); Latin text in Times New Roman.  The font table names, for each,
the face Word and WPS use where it is missing (``w:altName``: SimSun for
小标宋) and its kind (``w:family``, ``w:charset`` GB2312, ``w:panose1``), and
``w:eastAsia="zh-CN"`` tells LibreOffice to substitute a Chinese face
(fontconfig gives Noto Serif / Sans CJK SC) rather than a Latin one.

Sizes as GB/T 9704 counts them: title 二号 (22 pt), headings 三号 (16 pt),
body a readable 四号 (14 pt), tables 五号 (10.5 pt).  Page: A4, margins of
the standard (top 3.7 cm, bottom 3.5 cm, left 2.8 cm, right 2.6 cm), page
numbers ``— 1 —`` centred in the footer in 宋体 四号; table header rows repeat on
every page and rows do not break across pages.
"""

from __future__ import annotations

from collections.abc import Sequence

import docx
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import BaseStyle
from docx.table import Table

TITLE_EAST_ASIAN = "方正小标宋简体"  # 小标宋 (FZXiaoBiaoSong-B05S); SimSun where it is missing
BODY_EAST_ASIAN = "FangSong"  # 仿宋
HEADING_EAST_ASIAN = "SimHei"  # 黑体
SECOND_HEADING_EAST_ASIAN = "KaiTi"  # 楷体
PAGE_NUMBER_EAST_ASIAN = "SimSun"  # 宋体
BODY_LATIN = "Times New Roman"
HEADING_LATIN = "Times New Roman"
# The font table: alternative name (what Word and WPS take when the face is missing), family, PANOSE.
FONT_FALLBACKS: dict[str, tuple[str, str, str]] = {
    TITLE_EAST_ASIAN: ("SimSun", "roman", "02010600030101010101"),
    BODY_EAST_ASIAN: ("仿宋", "modern", "02010609060101010101"),
    HEADING_EAST_ASIAN: ("黑体", "modern", "02010609060101010101"),
    SECOND_HEADING_EAST_ASIAN: ("楷体", "modern", "02010609060101010101"),
    PAGE_NUMBER_EAST_ASIAN: ("宋体", "auto", "02010600030101010101"),
}
# Point sizes of the Chinese size names.
SIZE_2 = 22.0  # 二号
SIZE_3 = 16.0  # 三号
SIZE_4 = 14.0  # 四号
SIZE_SMALL_4 = 12.0  # 小四
SIZE_5 = 10.5  # 五号
EAST_ASIAN_LANGUAGE = "zh-CN"
TABLE_STYLE = "Table Grid"
TABLE_TEXT_STYLE = "Table Text"
HEADER_SHADING = "D9D9D9"
A4_WIDTH = Cm(21.0)
A4_HEIGHT = Cm(29.7)
MARGIN_TOP, MARGIN_BOTTOM = Cm(3.7), Cm(3.5)
MARGIN_LEFT, MARGIN_RIGHT = Cm(2.8), Cm(2.6)

# style name -> (size in points, East Asian font, bold?, space before, space after)
_STYLE_LOOK: dict[str, tuple[float, str, bool, float, float]] = {
    "Normal": (SIZE_4, BODY_EAST_ASIAN, False, 0, 3),
    "Title": (SIZE_2, TITLE_EAST_ASIAN, False, 0, 6),
    "Subtitle": (SIZE_SMALL_4, SECOND_HEADING_EAST_ASIAN, False, 0, 12),
    "Heading 1": (SIZE_3, HEADING_EAST_ASIAN, False, 12, 6),
    "Heading 2": (SIZE_4, SECOND_HEADING_EAST_ASIAN, True, 8, 3),
    "Heading 3": (SIZE_4, BODY_EAST_ASIAN, True, 6, 2),
    "List Bullet": (SIZE_4, BODY_EAST_ASIAN, False, 0, 2),
    "List Number": (SIZE_4, BODY_EAST_ASIAN, False, 0, 2),
    "Caption": (SIZE_SMALL_4, SECOND_HEADING_EAST_ASIAN, False, 2, 6),
}
_THEME_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


def new_document() -> Document:
    """An empty document with A4 pages, Chinese fonts on every style and page numbers."""
    document = docx.Document()
    _set_defaults(document)
    for name, look in _STYLE_LOOK.items():
        _style(document, name, *look)
    _table_text_style(document)
    _strip_theme_fonts(document)
    _east_asian_theme_language(document)
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = A4_WIDTH, A4_HEIGHT
    section.left_margin, section.right_margin = MARGIN_LEFT, MARGIN_RIGHT
    section.top_margin, section.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM
    section.header_distance, section.footer_distance = Cm(1.5), Cm(2.2)
    _page_number_footer(document)
    _font_table(document)
    document.core_properties.language = EAST_ASIAN_LANGUAGE
    return document


def set_fonts(rpr_parent: object, latin: str, east_asian: str) -> None:
    """Set ``w:rFonts`` (Latin and East Asian) and ``w:lang`` on a style's or run's ``w:rPr``."""
    rpr = rpr_parent.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in _THEME_ATTRIBUTES:
        fonts.attrib.pop(qn(attribute), None)
    for attribute, value in (("w:ascii", latin), ("w:hAnsi", latin), ("w:eastAsia", east_asian), ("w:cs", latin)):
        fonts.set(qn(attribute), value)
    language = rpr.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        rpr.append(language)
    language.set(qn("w:val"), "en-US")
    language.set(qn("w:eastAsia"), EAST_ASIAN_LANGUAGE)


def east_asian_font(style: BaseStyle) -> str | None:
    """The East Asian font a style names, or None."""
    fonts = style.element.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
    return None if fonts is None else fonts.get(qn("w:eastAsia"))


def _set_defaults(document: Document) -> None:
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    fonts = rpr.find(qn("w:rFonts"))
    for attribute in _THEME_ATTRIBUTES:
        fonts.attrib.pop(qn(attribute), None)
    for attribute, value in (("w:ascii", BODY_LATIN), ("w:hAnsi", BODY_LATIN), ("w:eastAsia", BODY_EAST_ASIAN),
                             ("w:cs", BODY_LATIN)):
        fonts.set(qn(attribute), value)
    language = rpr.find(qn("w:lang"))
    language.set(qn("w:eastAsia"), EAST_ASIAN_LANGUAGE)


def _style(document: Document, name: str, size: float, east_asian: str, bold: bool, before: float,
           after: float) -> None:
    style = document.styles[name]
    set_fonts(style.element, BODY_LATIN, east_asian)
    font = style.font
    font.size = Pt(size)
    font.bold = bold
    font.color.rgb = RGBColor(0, 0, 0)
    paragraph = style.paragraph_format
    paragraph.space_before = Pt(before)
    paragraph.space_after = Pt(after)
    paragraph.line_spacing = 1.2 if name in ("Normal", "List Bullet", "List Number") else 1.1
    if name == "Title":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        border = style.element.find(f"{qn('w:pPr')}/{qn('w:pBdr')}")
        if border is not None:
            border.getparent().remove(border)
    if name == "Subtitle":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        font.italic = False


def _table_text_style(document: Document) -> None:
    from docx.enum.style import WD_STYLE_TYPE

    style = document.styles.add_style(TABLE_TEXT_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    set_fonts(style.element, BODY_LATIN, BODY_EAST_ASIAN)
    style.font.size = Pt(SIZE_5)
    style.paragraph_format.space_before = Pt(1)
    style.paragraph_format.space_after = Pt(1)
    style.paragraph_format.line_spacing = 1.1


def _strip_theme_fonts(document: Document) -> None:
    """Theme font attributes win over explicit names; take them out of every style."""
    for fonts in document.styles.element.iter(qn("w:rFonts")):
        if any(fonts.get(qn(attribute)) is not None for attribute in _THEME_ATTRIBUTES):
            heading = fonts.get(qn("w:eastAsiaTheme"), "").startswith("major")
            for attribute in _THEME_ATTRIBUTES:
                fonts.attrib.pop(qn(attribute), None)
            latin, east_asian = (BODY_LATIN, HEADING_EAST_ASIAN) if heading else (BODY_LATIN, BODY_EAST_ASIAN)
            fonts.set(qn("w:ascii"), fonts.get(qn("w:ascii")) or latin)
            fonts.set(qn("w:hAnsi"), fonts.get(qn("w:hAnsi")) or latin)
            fonts.set(qn("w:eastAsia"), fonts.get(qn("w:eastAsia")) or east_asian)


def _east_asian_theme_language(document: Document) -> None:
    settings = document.settings.element
    language = settings.find(qn("w:themeFontLang"))
    if language is None:
        language = OxmlElement("w:themeFontLang")
        settings.append(language)
    language.set(qn("w:val"), "en-US")
    language.set(qn("w:eastAsia"), EAST_ASIAN_LANGUAGE)


def _field(paragraph: object, instruction: str) -> None:
    run = paragraph.add_run()  # type: ignore[attr-defined]
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "1"), ("end", None)):
        if kind is not None:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == "1":
            element = OxmlElement("w:t")
            element.text = text
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {text} "
        run._r.append(element)


def _page_number_footer(document: Document) -> None:
    """``— 1 —`` centred, 宋体 四号, as GB/T 9704 numbers pages."""
    footer = document.sections[0].footer
    paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    paragraph.style = document.styles[TABLE_TEXT_STYLE]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run("— ")
    _field(paragraph, "PAGE")
    paragraph.add_run(" —")
    for run in paragraph.runs:
        run.font.size = Pt(SIZE_4)
        set_fonts(run._r, BODY_LATIN, PAGE_NUMBER_EAST_ASIAN)


def _font_table(document: Document) -> None:
    """Declare each Chinese face with the face to take where it is missing, its kind and GB2312."""
    part = next((rel.target_part for rel in document.part.rels.values() if rel.reltype.endswith("/fontTable")), None)
    if part is None:
        return
    from docx.oxml import parse_xml

    root = parse_xml(part.blob)
    declared = {font.get(qn("w:name")) for font in root.iter(qn("w:font"))}
    for name, (alternative, family, panose) in FONT_FALLBACKS.items():
        if name in declared:
            continue
        font = OxmlElement("w:font")
        font.set(qn("w:name"), name)
        for tag, value in (("w:altName", alternative), ("w:panose1", panose), ("w:charset", "86"),
                           ("w:family", family), ("w:pitch", "variable")):
            element = OxmlElement(tag)
            element.set(qn("w:val"), value)
            font.append(element)
        root.append(font)
    from docx.opc.oxml import serialize_part_xml

    part._blob = serialize_part_xml(root)


def add_table(document: Document, header: Sequence[str], rows: Sequence[Sequence[object]],
              widths_cm: Sequence[float] | None = None) -> Table:
    """A real Word table in ``TABLE_STYLE``: bold shaded header repeated on each page."""
    table: Table = document.add_table(rows=1, cols=len(header))
    table.style = document.styles[TABLE_STYLE]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = widths_cm is None
    _fill_row(table.rows[0], header, bold=True)
    for cell in table.rows[0].cells:
        for run in cell.paragraphs[0].runs:
            set_fonts(run._r, BODY_LATIN, HEADING_EAST_ASIAN)
    _repeat_header(table.rows[0])
    for cell in table.rows[0].cells:
        _shade(cell, HEADER_SHADING)
    for values in rows:
        _fill_row(table.add_row(), values, bold=False)  # type: ignore[no-untyped-call]  # python-docx leaves it untyped
    if widths_cm is not None:
        for column, width in zip(table.columns, widths_cm):
            column.width = Cm(width)  # the grid, which LibreOffice reads
        for row in table.rows:
            for cell, width in zip(row.cells, widths_cm):
                cell.width = Cm(width)
    for row in table.rows:
        _cant_split(row)
    return table


def _fill_row(row: object, values: Sequence[object], *, bold: bool) -> None:
    for cell, value in zip(row.cells, values):  # type: ignore[attr-defined]
        paragraph = cell.paragraphs[0]
        paragraph.style = TABLE_TEXT_STYLE
        run = paragraph.add_run("" if value is None else str(value))
        if bold:
            run.bold = True


def _shade(cell: object, colour: str) -> None:
    properties = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    properties.append(shading)


def _repeat_header(row: object) -> None:
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    properties.append(element)


def _cant_split(row: object) -> None:
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    properties.insert(0, OxmlElement("w:cantSplit"))


__all__ = [
    "A4_HEIGHT", "A4_WIDTH", "BODY_EAST_ASIAN", "EAST_ASIAN_LANGUAGE", "FONT_FALLBACKS", "HEADING_EAST_ASIAN",
    "SECOND_HEADING_EAST_ASIAN", "TABLE_STYLE", "TABLE_TEXT_STYLE", "TITLE_EAST_ASIAN", "add_table",
    "east_asian_font", "new_document", "set_fonts",
]
