"""PDF reports with a text layer open as the report; scans, protected and damaged files get a clear message."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from core.errors import LoadError
from core.reading.document import load_reports
from core.reading.model import Report
from tests.conftest import REPO, corpus_file
from tests.docx_builder import write_report_docx
from tests.pdf_builder import (
    convert_with_libreoffice,
    write_pdf_without_unicode_map,
    write_report_pdf,
    write_scanned_pdf,
)

# What a printed page adds around the report and must not become text.
PAGE_FURNITURE = ("— 1 —", "— 2 —", "— 12 —", "威海市2022年政府工作报告")


@pytest.fixture(scope="module")
def original() -> str:
    return corpus_file("weihai-2022.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def expected() -> Report:
    (report,) = load_reports(corpus_file("weihai-2022.txt"))
    return report


def _shape(report: Report) -> tuple[list[tuple[int, str]], dict[str, str]]:
    sections = [(section.level, section.title) for section in report.sections]
    return sections, {name: report.metadata.get(name).value for name in ("title", "place", "year", "speaker",
                                                                         "meeting_date")}


def _assert_clean(report: Report) -> None:
    for sentence in report.sentences:
        assert report.text[sentence.start : sentence.end] == sentence.text
        assert not any(furniture in sentence.text for furniture in PAGE_FURNITURE), sentence.text
    assert "—" not in report.text.splitlines()[-1]  # the last page number is gone too


def test_typeset_pdf_gives_the_same_report_as_the_text(tmp_path: Path, original: str, expected: Report) -> None:
    path = write_report_pdf(original, tmp_path / "report.pdf")
    (report,) = load_reports(path)
    assert report.encoding == "pdf"
    _assert_clean(report)
    # Paragraphs wrap over many rows and pages; every sentence comes back whole.  The one difference: the
    # middle dot of 精致城市·幸福威海 is lost, because pdfminer cannot map U+00B7 back out of the UCS-2
    # encoding of the Adobe font reportlab writes with (7 of 332 sentences; a font embedded with a
    # ToUnicode map, as LibreOffice writes it, keeps it).
    assert [sentence.clean_text for sentence in report.sentences] == [
        sentence.text.replace("·", "") for sentence in expected.sentences
    ]
    assert _shape(report) == _shape(expected)


def test_libreoffice_pdf_of_a_word_report_gives_the_same_report(
    tmp_path: Path, original: str, expected: Report
) -> None:
    docx = write_report_docx(original, tmp_path / "report.docx", auto_number=True)
    path = convert_with_libreoffice(docx, tmp_path)
    (report,) = load_reports(path)
    _assert_clean(report)
    # Heading numbers that Word numbering draws are printed into the text layer; LibreOffice's spacing
    # between Chinese and figures (完成 3463.9 亿元) is no space of the text.
    assert [sentence.clean_text for sentence in report.sentences] == [sentence.text for sentence in expected.sentences]
    assert _shape(report) == _shape(expected)


def test_scanned_pdf_needs_text_recognition(tmp_path: Path) -> None:
    path = write_scanned_pdf(tmp_path / "scan.pdf")
    with pytest.raises(LoadError) as caught:
        load_reports(path)
    assert caught.value.reason == "scanned"
    assert "scan.pdf" in str(caught.value) and "OCR" in str(caught.value)


def test_pdf_whose_fonts_map_no_characters_says_so(tmp_path: Path) -> None:
    path = write_pdf_without_unicode_map(tmp_path / "converted.pdf")
    with pytest.raises(LoadError) as caught:
        load_reports(path)
    assert caught.value.reason == "unmapped"
    assert "converted.pdf" in str(caught.value) and "OCR" in str(caught.value)


def test_password_protected_pdf_says_so(tmp_path: Path) -> None:
    canvas = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab writes the test PDFs")
    path = tmp_path / "protected.pdf"
    page = canvas.Canvas(str(path), encrypt="secret")
    page.drawString(72, 700, "Government work report")
    page.save()
    with pytest.raises(LoadError) as caught:
        load_reports(path)
    assert caught.value.reason == "encrypted"
    assert "password" in str(caught.value)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 3],  # a download cut off
        lambda data: data[:2000] + bytes(4000) + data[6000:],  # a hole in the middle
        lambda data: b"%PDF-1.7\n" + b"\x00garbage\xff" * 100,
        lambda data: b"<html>not a pdf</html>",
    ],
    ids=["cut", "hole", "garbage", "html-named-pdf"],
)
def test_damaged_pdf_never_crashes(tmp_path: Path, original: str, damage: object) -> None:
    good = write_report_pdf(original[:3000], tmp_path / "good.pdf").read_bytes()
    path = tmp_path / "damaged.pdf"
    path.write_bytes(damage(good))  # type: ignore[operator]
    try:
        reports = load_reports(path)
    except LoadError as error:
        assert error.reason == "not-pdf"
        assert "damaged.pdf" in str(error)
    else:  # pdfminer recovers what it can from a damaged file
        assert all(report.text[s.start : s.end] == s.text for report in reports for s in report.sentences)


def test_a_line_in_a_larger_font_is_a_heading(tmp_path: Path) -> None:
    text = ("各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n奋力谱写新时代发展新篇章\n"
            "全市经济运行稳中向好，主要指标好于预期。\n今年要继续推动高质量发展。")
    path = write_report_pdf(text, tmp_path / "report.pdf", larger=("奋力谱写新时代发展新篇章",))
    (report,) = load_reports(path)
    assert [(section.level, section.title) for section in report.sections] == [(1, "奋力谱写新时代发展新篇章")]
    assert "奋力谱写新时代发展新篇章" not in [sentence.text for sentence in report.sentences]
    (plain,) = load_reports(write_report_pdf(text, tmp_path / "plain.pdf"))
    assert plain.sections == []  # the same words in the body's size are a sentence


def test_text_files_open_without_loading_the_page_and_pdf_readers(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("各位代表：\n现在，我代表市人民政府向大会报告工作。\n", encoding="utf-8")
    script = (
        "import sys\nfrom core.reading.document import load_reports\n"
        f"load_reports({str(path)!r})\n"
        "print(sorted(name for name in ('pdfminer', 'lxml.html', 'docx') if name in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("running_header", "page_number"),
    [
        ("威海市人民政府公报　2022年第{page}期", "第{page}页"),
        ("", "- {page} -"),
        ("政府工作报告", "{page}"),
    ],
)
def test_headers_and_page_numbers_of_every_kind_are_removed(
    tmp_path: Path, original: str, expected: Report, running_header: str, page_number: str
) -> None:
    path = write_report_pdf(original, tmp_path / "report.pdf", running_header=running_header, page_number=page_number)
    (report,) = load_reports(path)
    assert [sentence.clean_text for sentence in report.sentences] == [
        sentence.text.replace("·", "") for sentence in expected.sentences  # the middle dot: see above
    ]
    assert "公报" not in report.text and "页" not in report.text.replace("页岩", "")
