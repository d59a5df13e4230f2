"""A python-docx document set up for Chinese text: fonts, A4, headings, tables.

Fonts.  Every style names its fonts explicitly (the template's theme fonts
are removed, since a theme attribute overrides an explicit name): East Asian
text in ``BODY_EAST_ASIAN`` (SimSun, 宋体) and ``HEADING_EAST_ASIAN`` (SimHei,
黑体), the two Chinese fonts Windows and Word have always shipped; Latin
text in Times New Roman and Arial.  Where SimSun is not installed (Linux),
the ``w:eastAsia="zh-CN"`` language tells LibreOffice to substitute a Chinese
font of the same kind (fontconfig gives Noto Serif / Sans CJK SC) rather than
a Latin one.

Page.  A4 portrait, 2.5 cm margins, page numbers centred in the footer;
table header rows repeat on every page and rows do not break across pages.
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

BODY_EAST_ASIAN = "SimSun"  # 宋体
HEADING_EAST_ASIAN = "SimHei"  # 黑体
BODY_LATIN = "Times New Roman"
HEADING_LATIN = "Arial"
EAST_ASIAN_LANGUAGE = "zh-CN"
TABLE_STYLE = "Table Grid"
TABLE_TEXT_STYLE = "Table Text"
HEADER_SHADING = "D9D9D9"
A4_WIDTH = Cm(21.0)
A4_HEIGHT = Cm(29.7)
MARGIN = Cm(2.5)

# style name -> (size in points, heading font?, bold?, space before, space after)
_STYLE_LOOK: dict[str, tuple[float, bool, bool, float, float]] = {
    "Normal": (10.5, False, False, 0, 4),
    "Title": (18, True, False, 0, 12),
    "Subtitle": (12, False, False, 0, 12),
    "Heading 1": (15, True, True, 18, 6),
    "Heading 2": (12.5, True, True, 12, 4),
    "Heading 3": (10.5, True, True, 8, 2),
    "List Bullet": (10.5, False, False, 0, 3),
    "List Number": (10.5, False, False, 0, 3),
    "Caption": (9, False, False, 2, 6),
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
    section.left_margin = section.right_margin = MARGIN
    section.top_margin = section.bottom_margin = MARGIN
    section.header_distance = section.footer_distance = Cm(1.25)
    _page_number_footer(document)
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


def _style(document: Document, name: str, size: float, heading: bool, bold: bool, before: float,
           after: float) -> None:
    style = document.styles[name]
    set_fonts(style.element, HEADING_LATIN if heading else BODY_LATIN,
              HEADING_EAST_ASIAN if heading else BODY_EAST_ASIAN)
    font = style.font
    font.size = Pt(size)
    font.bold = bold
    font.color.rgb = RGBColor(0, 0, 0)
    paragraph = style.paragraph_format
    paragraph.space_before = Pt(before)
    paragraph.space_after = Pt(after)
    paragraph.line_spacing = 1.25 if name in ("Normal", "List Bullet", "List Number") else 1.1
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
    style.font.size = Pt(9)
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
            latin, east_asian = (HEADING_LATIN, HEADING_EAST_ASIAN) if heading else (BODY_LATIN, BODY_EAST_ASIAN)
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
    footer = document.sections[0].footer
    paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    paragraph.style = document.styles[TABLE_TEXT_STYLE]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run("第 ")
    _field(paragraph, "PAGE")
    paragraph.add_run(" 页，共 ")
    _field(paragraph, "NUMPAGES")
    paragraph.add_run(" 页")


def add_table(document: Document, header: Sequence[str], rows: Sequence[Sequence[object]],
              widths_cm: Sequence[float] | None = None) -> Table:
    """A real Word table in ``TABLE_STYLE``: bold shaded header repeated on each page."""
    table: Table = document.add_table(rows=1, cols=len(header))
    table.style = document.styles[TABLE_STYLE]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = widths_cm is None
    _fill_row(table.rows[0], header, bold=True)
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
    "A4_HEIGHT", "A4_WIDTH", "BODY_EAST_ASIAN", "EAST_ASIAN_LANGUAGE", "HEADING_EAST_ASIAN", "TABLE_STYLE",
    "TABLE_TEXT_STYLE", "add_table", "east_asian_font", "new_document", "set_fonts",
]
