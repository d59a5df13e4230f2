"""Read the report out of a web page saved from a government site (.html, .htm).

A page holds far more than the report: the site's header and navigation, a
breadcrumb (当前位置：首页 > 政务公开 > …), an information line (发布时间 …
来源 … 字号 …), share buttons, 打印本页/关闭窗口, related links, a footer
with registration numbers, scripts and styles.  The report is the block of
the page that holds most of its prose outside links: each text node counts
its Chinese characters for the block it stands in (a ``<p>`` counts for the
block around it, as readability does), and the best block wins.  Inside it,
parts named as page furniture (share, print, source lines) are dropped.

The block is written out as the browser shows it: a paragraph per
paragraph, heading, list item, table row or ``<br>`` (a blank line between
them; a single break after a line left open on a comma), white space inside
a line collapsed, the
``&nbsp;``/U+3000 indent kept, so that ``一、``/``（一）`` headings stand at
the start of their lines for the section tree.

The page's title (the ``ArticleTitle`` meta tag, the ``<h1>``, or
``<title>`` without the site's name) and its publication date (``PubDate``
and similar meta tags, or a 发布时间/发布日期 line) are returned beside the
text as metadata sources; they are not put into the text.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import lxml.html
from lxml import etree

from core.reading.model import CELL_SEPARATOR

# lxml elements; lxml ships no type information.
HtmlElement = Any

_SNIFF_BYTES = 4096
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{2,40})""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# Labels a page gives that a wider code page reads correctly (browsers do the same).
_WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030", "cp936": "gb18030",
          "big5": "cp950", "iso-8859-1": "cp1252", "us-ascii": "cp1252"}

_DROPPED_TAGS = ("script", "style", "noscript", "template", "iframe", "form", "button", "select", "textarea",
                 "input", "nav", "header", "footer", "aside", "object", "embed", "svg", "canvas", "map", "head")
_BLOCK_TAGS = {"p", "div", "td", "th", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
               "blockquote", "pre", "center", "main", "body", "table", "tbody", "tr", "ul", "ol", "dl", "font"}
_LINE_TAGS = _BLOCK_TAGS - {"font"} | {"br", "hr"}
# Blocks whose text belongs to the block around them.
_PARAGRAPH_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "pre", "blockquote", "font", "span"}
_HEADING_LEVELS = {"h2": 1, "h3": 2, "h4": 3, "h5": 3, "h6": 3}
# Names (class or id) sites give page furniture inside or beside the article.
_FURNITURE = re.compile(
    r"(?:^|[-_\s])(?:share|bdshare|fenxiang|print|dayin|tools?|toolbar|font-?size|zihao|source|laiyuan|info|"
    r"breadcrumbs?|crumbs?|position|location|weizhi|related|xgxx|xglj|pages?-?nav|pagination|comments?|qrcode|"
    r"erweima|footer|copyright|nav|menu)(?:$|[-_\s\d])",
    re.IGNORECASE,
)
_CHINESE = re.compile(r"[\u4e00-\u9fff]")
# A sibling of the report's block with at least this share of its prose is part of the report.
_SIBLING_SHARE = 0.2
_SPACES = re.compile(r"[ \t\r\n\f]+")
_INDENT = " \u3000\u00a0\u200b"
_BREAK = "\n"
_PARAGRAPH_BREAK = "\n\n"
# A line ending in one of these goes on after a <br> (a hard-wrapped page).
_OPEN_AT_END = "“‘「『（(【《〈，,、"
_TITLE_META = ("articletitle", "og:title", "title", "dc.title")
_DATE_META = ("pubdate", "publishdate", "firstpublishedtime", "article:published_time", "dc.date", "date",
              "dcterms.created", "publish_date", "releasedate")
_DATE = re.compile(r"((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")
_DATE_LINE = re.compile(r"(?:发布|发表|成文|公开)?(?:时间|日期)\s*[:：]\s*" + _DATE.pattern)
_SITE_SUFFIX = re.compile(r"\s*[_|｜\-–]+\s*[^_|｜\-–]*(?:政府|网|门户|人民|官方|网站|中国)[^_|｜\-–]*$")


class HtmlFormatError(Exception):
    """The page could not be parsed."""


@dataclass(frozen=True)
class HtmlContent:
    """The report's text in a page, how the page was decoded, and what the page says of itself."""

    text: str
    encoding: str
    title: str
    published: str  # ISO date (YYYY-MM-DD) or ""
    headings: tuple[tuple[int, int, int], ...]  # (start, end, level) of <h2>–<h6> lines


def declared_charset(data: bytes) -> str | None:
    """The code page a page names in its meta tags (``charset=gb2312``), as Python reads it best."""
    match = _DECLARED_CHARSET.search(data[:_SNIFF_BYTES])
    if match is None:
        return None
    label = match.group(1).decode("ascii").lower()
    label = _WIDER.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_page(data: bytes) -> tuple[str, str] | None:
    """The page decoded by its byte-order mark, as UTF-8 when it is valid UTF-8, or as its meta tag says;
    None when none of these decodes it.

    Valid UTF-8 wins over the meta tag: a page re-saved as UTF-8 often keeps
    its old ``charset=gb2312``, while GBK text is hardly ever valid UTF-8.
    """
    for mark, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                           (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(mark):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                return None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data)
    if declared is None or declared == "utf-8":
        return None  # left to the detector (GB18030, Big5, damaged UTF-8…)
    try:
        return data.decode(declared), declared
    except UnicodeDecodeError:
        return None


def read_html(page: str, encoding: str) -> HtmlContent:
    """The report in the decoded ``page`` (empty text when it has none); HtmlFormatError when it cannot be parsed."""
    page = _XML_DECLARATION.sub("", page)
    if not page.strip():
        return HtmlContent("", encoding, "", "", ())
    try:
        root = lxml.html.document_fromstring(page)
    except (etree.ParserError, ValueError) as error:
        raise HtmlFormatError(str(error)) from error
    title = _page_title(root)
    published = _meta_date(root)
    for element in list(root.iter(etree.Comment, etree.ProcessingInstruction, *_DROPPED_TAGS)):
        _drop(element)
    if not published:
        published = _date_in_text(root.text_content())
    blocks = _report_blocks(root)
    for block in blocks:
        for element in list(block.iterdescendants()):
            if element.getparent() is not None and _is_furniture(element):
                _drop(element)
    text, headings = _lines(blocks)
    return HtmlContent(text, encoding, title, published, headings)


# ------------------------------------------------------------ page facts


def _meta(root: HtmlElement, names: tuple[str, ...]) -> str:
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        name = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        if name in names and content and name not in found:
            found[name] = content
    return next((found[name] for name in names if name in found), "")


def _page_title(root: HtmlElement) -> str:
    title = _meta(root, _TITLE_META)
    if not title:
        heading = next(root.iter("h1"), None)
        title = heading.text_content() if heading is not None else ""
    if not title:
        element = next(root.iter("title"), None)
        title = _SITE_SUFFIX.sub("", element.text_content()) if element is not None else ""
    return _SPACES.sub(" ", title).strip()


def _iso(match: re.Match[str]) -> str:
    year, month, day = (int(part) for part in match.groups()[-3:])
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else ""


def _meta_date(root: HtmlElement) -> str:
    match = _DATE.search(_meta(root, _DATE_META))
    return _iso(match) if match else ""


def _date_in_text(text: str) -> str:
    match = _DATE_LINE.search(text)
    return _iso(match) if match else ""


# ------------------------------------------------------------ the report


def _drop(element: HtmlElement) -> None:
    """Remove an element but keep the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    previous = element.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _is_furniture(element: HtmlElement) -> bool:
    if not isinstance(element.tag, str):
        return False
    names = f"{element.get('class') or ''} {element.get('id') or ''}".strip()
    return bool(names) and _FURNITURE.search(names) is not None and len(_CHINESE.findall(element.text_content())) < 200


def _own_texts(element: HtmlElement) -> Iterator[tuple[HtmlElement, str]]:
    """Each text node with the element it stands in (a tail stands in the parent)."""
    for node in element.iter():
        if not isinstance(node.tag, str):
            continue
        if node.text:
            yield node, node.text
        if node.tail and node.getparent() is not None:
            yield node.getparent(), node.tail


def _in_link(element: HtmlElement) -> bool:
    return any(ancestor.tag == "a" for ancestor in element.iterancestors()) or element.tag == "a"


def _is_paragraph(element: HtmlElement) -> bool:
    """A paragraph, heading or list item, or a block holding only inline content (``<div>`` per paragraph)."""
    if element.tag in _PARAGRAPH_TAGS:
        return True
    return element.tag in _BLOCK_TAGS and not any(
        isinstance(child.tag, str) and child.tag in _BLOCK_TAGS and child.tag != "font"
        for child in element.iterdescendants()
    )


def _container(element: HtmlElement, paragraphs: dict[HtmlElement, bool]) -> HtmlElement | None:
    """The block whose score a text in ``element`` raises: the block around its paragraph.

    ``paragraphs`` remembers which blocks are paragraphs (a block with thousands of ``<br>`` is asked once).
    """
    node = element
    while node is not None and (node.tag not in _BLOCK_TAGS or node.tag == "font"):
        node = node.getparent()  # inline markup: <span>, <strong>, <font>
    if node is not None and node not in paragraphs:
        paragraphs[node] = _is_paragraph(node)
    if node is None or not paragraphs[node]:
        return node
    parent = node.getparent()
    while parent is not None and parent.tag in _PARAGRAPH_TAGS:
        parent = parent.getparent()
    return parent


def _report_blocks(root: HtmlElement) -> list[HtmlElement]:
    """The block with most prose, with its siblings that hold a good share of it too (a report split
    around a picture or a table), in page order; empty when the page has no prose."""
    scores: dict[HtmlElement, int] = {}
    paragraphs: dict[HtmlElement, bool] = {}
    for element, text in _own_texts(root):
        if _in_link(element):
            continue
        count = len(_CHINESE.findall(text))
        if not count:
            continue
        container = _container(element, paragraphs)
        if container is not None:
            scores[container] = scores.get(container, 0) + count
    if not scores:
        return []
    best = max(scores, key=lambda element: scores[element])
    parent = best.getparent()
    if parent is None:
        return [best]
    return [
        sibling for sibling in parent
        if sibling is best or (scores.get(sibling, 0) >= _SIBLING_SHARE * scores[best] and not _is_furniture(sibling))
    ]


def _is_data_row(row: HtmlElement) -> bool:
    """A row of a table of figures, not of a page laid out in tables: no cell holds paragraphs or tables."""
    return not any(
        isinstance(element.tag, str) and element.tag in ("p", "div", "br", "table", "ul", "ol", "h1", "h2", "h3")
        for element in row.iterdescendants()
    )


def _lines(blocks: list[HtmlElement]) -> tuple[str, tuple[tuple[int, int, int], ...]]:
    """The blocks as text and where their <h2>–<h6> headings are.

    Paragraphs (``<p>``, ``<div>``, headings, list items, table rows) are
    separated by a blank line, and so are lines cut by ``<br>``, unless the
    line is left open (``，``, an opening quote): such a single break is
    judged as in a text file.  A row of a table of figures is one line, its
    cells joined by ``CELL_SEPARATOR``.
    """
    pieces: list[str] = []
    heading_marks: list[tuple[int, int]] = []  # (piece index where a heading starts, level)

    def walk(element: HtmlElement) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "tr" and _is_data_row(element):
            cells = (_SPACES.sub(" ", cell.text_content()).strip() for cell in element if cell.tag in ("td", "th"))
            pieces.extend((_PARAGRAPH_BREAK, CELL_SEPARATOR.join(cell for cell in cells if cell), _PARAGRAPH_BREAK))
            return
        if tag in _LINE_TAGS:
            pieces.append(_BREAK if tag in ("br", "hr") else _PARAGRAPH_BREAK)
        if tag in _HEADING_LEVELS:
            heading_marks.append((len(pieces), _HEADING_LEVELS[tag]))
        if element.text and tag:
            pieces.append(_SPACES.sub(" ", element.text))
        for child in element:
            walk(child)
            if child.tail:
                pieces.append(_SPACES.sub(" ", child.tail))
        if tag in _LINE_TAGS and tag not in ("br", "hr"):
            pieces.append(_PARAGRAPH_BREAK)

    for block in blocks:
        walk(block)
        pieces.append(_PARAGRAPH_BREAK)
    marks = dict(heading_marks)
    text: list[str] = []
    hints: list[tuple[int, int, int]] = []
    line: list[str] = []
    level: int | None = None
    separator = ""
    offset = 0

    def finish() -> None:
        nonlocal offset, level, separator
        content = "".join(line).strip(" ").rstrip()
        if content.strip(_INDENT):
            if text:
                text.append(separator or _BREAK)
                offset += len(separator or _BREAK)
            if level is not None:
                hints.append((offset + len(content) - len(content.lstrip(_INDENT)), offset + len(content), level))
            text.append(content)
            offset += len(content)
            separator = ""
        line.clear()
        level = None

    for index, piece in enumerate(pieces):
        if index in marks:
            finish()
            level = marks[index]
        if piece in (_BREAK, _PARAGRAPH_BREAK):
            finish()
            if piece == _BREAK and not (text and text[-1][-1] in _OPEN_AT_END):
                piece = _PARAGRAPH_BREAK  # a <br> is a new paragraph unless the line is left open
            separator = _PARAGRAPH_BREAK if _PARAGRAPH_BREAK in (piece, separator) else _BREAK
        else:
            line.append(piece)
    finish()
    return "".join(text), tuple(hints)
