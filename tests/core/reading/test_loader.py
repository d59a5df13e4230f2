"""Tests for core.reading.loader: encodings, Word files and every kind of bad file."""

from __future__ import annotations

import codecs
import os
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from hypothesis import given, settings
from hypothesis import strategies as st

from core.errors import LoadError
from core.reading.formats.docx_numbers import format_number
from core.reading.loader import HeadingHint, SourceText, decode_text, read_source
from tests.conftest import SHARED
from tests.docx_builder import NUMBERED_STYLE, TABLE_ROWS, write_report_docx

CORPUS = SHARED / "corpus"

REPORT = """政府工作报告
——2022年2月23日在威海市第十八届人民代表大会第一次会议上
一、2021年工作回顾
（一）经济运行稳中向好。地区生产总值完成3463.9亿元，增长7.5%。
全面落实“六稳”“六保”措施。
（二）创新动力显著增强
二、2022年工作安排
（一）坚持以企业为中心，推动经济高质量发展
（二）培育特色优势产业
（三）切实扩大有效投资
"""
REPORT_LINES = [line for line in REPORT.splitlines() if line]
REPORT_LEVELS = [1, 2, 2, 1, 2, 2, 2]
SHORT_GBK_TEXTS = [
    "今年全市地区生产总值增长5.5%左右，一般公共预算收入增长3%左右。",
    "（一）经济运行稳中向好。城镇新增就业3.3万人。",
    "政府工作报告",
]


def _corpus_file(name: str) -> Path:
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"shared corpus file {path} is not available (needs ../shared next to the repo)")
    return path


@pytest.fixture(scope="module")
def excerpt() -> str:
    """The first 3000 characters of a real report, line ends as in the file."""
    with open(_corpus_file("weihai-2022.txt"), encoding="utf-8", newline="") as handle:
        return handle.read()[:3000]


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _load_error(path: Path, **kwargs: int) -> LoadError:
    with pytest.raises(LoadError) as caught:
        read_source(path, **kwargs)
    message = str(caught.value)
    assert f"“{path.name}”" in message, message
    assert message.endswith("."), message
    return caught.value


# ------------------------------------------------------------------- text


ENCODINGS = [
    ("utf-8", lambda text: text.encode("utf-8"), "utf-8"),
    ("utf-8 with BOM", lambda text: codecs.BOM_UTF8 + text.encode("utf-8"), "utf-8-sig"),
    ("gb18030", lambda text: text.encode("gb18030"), "gb18030"),
    ("gbk", lambda text: text.encode("gbk"), "gb18030"),
    ("utf-16-le with BOM", lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"), "utf-16"),
    ("utf-16-be with BOM", lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"), "utf-16"),
    ("utf-16-le without BOM", lambda text: text.encode("utf-16-le"), "utf-16-le"),
    ("utf-32 with BOM", lambda text: text.encode("utf-32"), "utf-32"),
]


@pytest.mark.parametrize(("label", "encode", "expected"), ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_real_report_decodes_identically_in_every_encoding(
    tmp_path: Path, excerpt: str, label: str, encode: object, expected: str
) -> None:
    path = _write(tmp_path, "report.txt", encode(excerpt))
    source = read_source(path)
    assert source == SourceText(path, excerpt, expected)
    assert decode_text(path.read_bytes()) == (excerpt, expected)


def test_text_is_not_normalised(tmp_path: Path) -> None:
    text = "一、总体要求\r\n\u3000\u3000坚持稳中求进，\u00a0增长5.5%左右。\r\n"
    for data in (text.encode("utf-8"), text.encode("gb18030")):
        assert read_source(_write(tmp_path, "crlf.txt", data)).text == text


@pytest.mark.parametrize("text", SHORT_GBK_TEXTS)
def test_short_gbk_text_is_detected(tmp_path: Path, text: str) -> None:
    source = read_source(_write(tmp_path, "short.txt", text.encode("gbk")))
    assert (source.text, source.encoding) == (text, "gb18030")


def test_big5_text_is_detected() -> None:
    text = "我們在過去一年裡，經濟發展穩中向好，人民生活水平不斷提高。"
    decoded, encoding = decode_text(text.encode("big5"))
    assert decoded == text
    assert encoding in ("cp950", "big5hkscs")


def test_cut_off_utf8_keeps_the_text(excerpt: str) -> None:
    data = excerpt.encode("utf-8")[:-1]  # last character cut in half
    text, encoding = decode_text(data)
    assert encoding == "utf-8"
    assert text == excerpt[:-1] + "\ufffd"


def test_suffix_is_case_insensitive(tmp_path: Path) -> None:
    assert read_source(_write(tmp_path, "REPORT.TXT", "报告".encode())).text == "报告"


# ----------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \r\n\t\n", "empty"),
        ("blank-cjk.txt", "\u3000\u3000\n\u00a0".encode("utf-8"), "empty"),
        ("bom-only.txt", codecs.BOM_UTF8, "empty"),
        ("bom-only-16.txt", codecs.BOM_UTF16_LE + "\n ".encode("utf-16-le"), "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary"),
        ("random.txt", bytes(range(256)) * 4, "binary"),
        ("controls.txt", b"abc\x01\x02\x03\x04def\x05\x06", "binary"),
        ("bad-utf16.txt", codecs.BOM_UTF16_LE + b"\x00\xd8\x41", "encoding"),
        ("text.docx", "一、2021年工作回顾".encode(), "not-docx"),
        ("report.pdf", b"%PDF-1.7\n", "not-pdf"),
        ("report.epub", b"PK\x03\x04", "extension"),
        ("report.doc", b"\xd0\xcf\x11\xe0", "extension"),
        ("report", "报告".encode(), "extension"),
    ],
)
def test_bad_files_raise_load_error(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    assert _load_error(_write(tmp_path, name, data)).reason == reason


def test_zip_that_is_not_word(tmp_path: Path) -> None:
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "not a word document")
    error = _load_error(path)
    assert error.reason == "not-docx"
    assert "is not a Word document (.docx) or is damaged" in str(error)


def test_zip_with_content_types_that_is_not_word(tmp_path: Path) -> None:
    path = tmp_path / "sheet.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert _load_error(path).reason == "not-docx"


def test_damaged_docx(tmp_path: Path) -> None:
    good = write_report_docx(REPORT, tmp_path / "good.docx").read_bytes()
    assert _load_error(_write(tmp_path, "cut.docx", good[: len(good) // 2])).reason == "not-docx"


def test_old_word_file_named_docx(tmp_path: Path) -> None:
    error = _load_error(_write(tmp_path, "old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64))
    assert error.reason == "not-docx"
    assert "old-format Word document" in str(error)


def test_extension_message_lists_supported_types(tmp_path: Path) -> None:
    message = str(_load_error(_write(tmp_path, "report.epub", b"PK\x03\x04")))
    assert all(suffix in message for suffix in (".txt", ".docx", ".html", ".htm", ".pdf"))


def test_too_large(tmp_path: Path) -> None:
    path = _write(tmp_path, "big.txt", "报告".encode() * 100)
    error = _load_error(path, max_bytes=100)
    assert error.reason == "too-large"
    assert "600 bytes" in str(error) and "100 bytes" in str(error)
    assert read_source(path, max_bytes=600).text == "报告" * 100


def test_missing_file(tmp_path: Path) -> None:
    error = _load_error(tmp_path / "missing.txt")
    assert error.reason == "unreadable"
    assert "could not be found" in str(error)


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "reports.txt"
    folder.mkdir()
    error = _load_error(folder)
    assert error.reason == "unreadable"
    assert "folder" in str(error)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_permission_denied(tmp_path: Path) -> None:
    path = _write(tmp_path, "secret.txt", "报告".encode())
    path.chmod(0)
    try:
        assert _load_error(path).reason == "unreadable"
    finally:
        path.chmod(0o600)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2048))
def test_decode_text_returns_text_or_raises_load_error(data: bytes) -> None:
    try:
        text, encoding = decode_text(data)
    except LoadError as error:
        assert error.reason in ("empty", "binary", "encoding")
        assert str(error)
    else:
        assert isinstance(text, str) and isinstance(encoding, str) and text.strip()


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=200).filter(lambda t: t.strip() and "\x00" not in t))
def test_utf8_text_round_trips(text: str) -> None:
    try:
        assert decode_text(text.encode("utf-8")) == (text, "utf-8")
    except LoadError as error:  # arbitrary text may be mostly control characters
        assert error.reason in ("binary", "empty")


# ------------------------------------------------------------------- docx


def _hint_texts(source: SourceText) -> list[tuple[str, int]]:
    return [(source.text[h.start:h.end], h.level) for h in source.headings]


def test_docx_renders_automatic_numbers(tmp_path: Path) -> None:
    path = write_report_docx(REPORT, tmp_path / "report.docx")
    source = read_source(path)
    assert source.encoding == "docx"
    assert source.text == "\n".join(REPORT_LINES)
    assert "一、2021年工作回顾" in source.text.splitlines()
    assert "（一）坚持以企业为中心，推动经济高质量发展" in source.text.splitlines()


def test_docx_numbers_come_from_word_numbering_not_text(tmp_path: Path) -> None:
    document = Document(str(write_report_docx(REPORT, tmp_path / "report.docx")))
    numbered = [p for p in document.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    assert [p.text for p in numbered][:2] == [
        "2021年工作回顾",
        "经济运行稳中向好。地区生产总值完成3463.9亿元，增长7.5%。",
    ]
    assert {p.style.name for p in numbered} == {NUMBERED_STYLE}


def test_docx_heading_hints(tmp_path: Path) -> None:
    source = read_source(write_report_docx(REPORT, tmp_path / "report.docx"))
    expected = [(line, level) for line, level in zip(
        [line for line in REPORT_LINES if line[0] in "一二（"], REPORT_LEVELS)]
    assert _hint_texts(source) == expected
    for hint in source.headings:
        assert source.text[hint.end:hint.end + 1] in ("\n", "")
        assert hint.start == 0 or source.text[hint.start - 1] == "\n"


def test_docx_without_auto_numbering_keeps_typed_numbers(tmp_path: Path) -> None:
    source = read_source(write_report_docx(REPORT, tmp_path / "plain.docx", auto_number=False))
    assert source.text == "\n".join(REPORT_LINES)
    assert source.headings == ()


def test_docx_numbering_restarts_and_counts_past_ten(tmp_path: Path) -> None:
    numbers = "一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十九 二十 二十一".split()
    sections = [f"（{n}）第{n}项" for n in numbers]
    text = "\n".join(["二、第二部分", *sections, "三、第三部分", "(一)半角括号", "（三）跳号"])
    source = read_source(write_report_docx(text, tmp_path / "long.docx"))
    assert source.text.splitlines() == ["二、第二部分", *sections, "三、第三部分", "（一）半角括号", "（三）跳号"]
    assert [level for _, level in _hint_texts(source)] == [1] + [2] * len(sections) + [1, 2, 2]


def test_docx_table_one_line_per_row_in_reading_order(tmp_path: Path) -> None:
    source = read_source(write_report_docx(REPORT, tmp_path / "table.docx", with_table=True))
    half = len(REPORT_LINES) // 2
    assert TABLE_ROWS[1] == "经济\u3000地区生产总值增长\u30005.5%左右"  # a row reads as one line
    assert source.text.splitlines() == REPORT_LINES[:half] + list(TABLE_ROWS) + REPORT_LINES[half:]
    assert len(source.headings) == len(REPORT_LEVELS)
    for text, _ in _hint_texts(source):
        assert text in REPORT_LINES


def test_docx_heading_styles_and_outline_levels(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("各位代表：")
    document.add_heading("扎实推进乡村振兴", level=2)
    document.add_heading("2022年工作安排", level=1)
    outlined = document.add_paragraph("大纲级别段落")
    outlined._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="2"/>'))
    document.add_paragraph("正文")
    path = tmp_path / "styled.docx"
    document.save(str(path))
    source = read_source(path)
    assert source.text == "各位代表：\n扎实推进乡村振兴\n2022年工作安排\n大纲级别段落\n正文"
    assert source.headings == (HeadingHint(6, 14, 2), HeadingHint(15, 24, 1), HeadingHint(25, 31, 3))


def test_docx_numbering_from_a_style(tmp_path: Path) -> None:
    document = Document()
    for text in ("第一项", "第二项", "第三项"):
        document.add_paragraph(text, style="List Number")  # numbering comes from the style
    path = tmp_path / "list.docx"
    document.save(str(path))
    source = read_source(path)
    assert source.text == "1. 第一项\n2. 第二项\n3. 第三项"
    assert [h.level for h in source.headings] == [1, 1, 1]


def test_docx_heading_styles_linked_to_a_multilevel_list(tmp_path: Path) -> None:
    document = Document()
    numbering = document.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        f'<w:pStyle w:val="{style}"/><w:suff w:val="nothing"/><w:lvlText w:val="{text}"/></w:lvl>'
        for ilvl, style, text in ((0, "Heading1", "%1、"), (1, "Heading2", "（%2）")))
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for name in ("Heading 1", "Heading 2"):  # the styles carry the list, without a level
        document.styles[name].element.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="90"/></w:numPr>'))
    for text, level in (("回顾", 1), ("经济", 2), ("民生", 2), ("安排", 1), ("投资", 2)):
        document.add_heading(text, level=level)
    path = tmp_path / "linked.docx"
    document.save(str(path))
    source = read_source(path)
    assert source.text == "一、回顾\n（一）经济\n（二）民生\n二、安排\n（一）投资"
    assert [h.level for h in source.headings] == [1, 2, 2, 1, 2]


def test_docx_text_as_word_shows_it(tmp_path: Path) -> None:
    document = Document()
    paragraph = document.add_paragraph("保留")
    paragraph._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="1" w:author="a"><w:r><w:t>插入</w:t></w:r></w:ins>'))
    paragraph._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="2" w:author="a"><w:r><w:delText>删除</w:delText></w:r></w:del>'))
    paragraph._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>'))
    paragraph.add_run("\t结尾")
    path = tmp_path / "tracked.docx"
    document.save(str(path))
    assert read_source(path).text == "保留插入\t结尾"


def test_empty_docx(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    Document().save(str(path))
    assert _load_error(path).reason == "empty"


def test_real_report_round_trips_through_word(tmp_path: Path) -> None:
    with open(_corpus_file("weihai-2022.txt"), encoding="utf-8") as handle:
        text = handle.read()
    lines = [line for line in text.splitlines() if line.strip()]
    source = read_source(write_report_docx(text, tmp_path / "weihai-2022.docx", with_table=True))
    half = len(lines) // 2
    assert source.text.splitlines() == lines[:half] + list(TABLE_ROWS) + lines[half:]
    parts = [t for t, level in _hint_texts(source) if level == 1]
    assert parts == ["一、2021年工作回顾", "二、过去五年发展成就和未来五年展望", "三、2022年政府重点工作"]
    assert len(source.headings) == len(parts) + 26


@pytest.mark.parametrize(
    ("value", "number_format", "expected"),
    [
        (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (11, "chineseCounting", "十一"),
        (19, "chineseCounting", "十九"), (20, "chineseCounting", "二十"), (21, "chineseCounting", "二十一"),
        (99, "chineseCountingThousand", "九十九"), (101, "chineseCounting", "一百零一"),
        (110, "japaneseCounting", "一百一十"), (12, "chineseLegalSimplified", "壹拾贰"),
        (3, "ideographTraditional", "丙"), (10, "ideographDigital", "一〇"),
        (4, "upperRoman", "IV"), (14, "lowerRoman", "xiv"), (28, "upperLetter", "BB"),
        (3, "lowerLetter", "c"), (3, "decimalEnclosedCircle", "③"), (21, "decimalEnclosedCircle", "㉑"),
        (2, "decimalEnclosedParen", "⑵"), (7, "decimal", "7"), (7, "decimalZero", "07"),
        (12, "decimalFullWidth", "１２"), (5, "unknownFormat", "5"), (5, "none", ""),
    ],
)
def test_number_formats(value: int, number_format: str, expected: str) -> None:
    assert format_number(value, number_format) == expected
