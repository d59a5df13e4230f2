"""The same report saved as GB18030, UTF-16 and Word gives the same sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading.document import load_reports
from tests.conftest import corpus_file
from tests.docx_builder import write_report_docx


@pytest.fixture(scope="module")
def original() -> str:
    return corpus_file("weihai-2022.txt").read_text(encoding="utf-8")


def _shape(path: Path) -> tuple[list[str], list[tuple[int, str]], dict[str, str]]:
    (report,) = load_reports(path)
    meta = {name: report.metadata.get(name).value for name in ("place", "year", "speaker", "meeting_date")}
    return [s.text for s in report.sentences], [(s.level, s.title) for s in report.sections], meta


@pytest.mark.parametrize(
    ("encoding", "reported"),
    [("gb18030", "gb18030"), ("gbk", "gb18030"), ("utf-16", "utf-16"), ("utf-8-sig", "utf-8-sig")],
)
def test_text_encodings_give_the_same_report(tmp_path: Path, original: str, encoding: str, reported: str) -> None:
    expected = _shape(corpus_file("weihai-2022.txt"))
    path = tmp_path / f"report-{encoding}.txt"
    path.write_bytes(original.encode(encoding))
    (report,) = load_reports(path)
    assert report.encoding == reported  # GBK is read as its superset GB18030
    assert _shape(path) == expected


def test_word_file_with_auto_numbered_headings_gives_the_same_report(tmp_path: Path, original: str) -> None:
    expected_sentences, expected_sections, expected_meta = _shape(corpus_file("weihai-2022.txt"))
    path = write_report_docx(original, tmp_path / "report.docx", auto_number=True)
    # The numbers of the headings exist only as Word numbering, not as text.
    from docx import Document

    paragraphs = [p.text for p in Document(str(path)).paragraphs]
    assert "2021年工作回顾" in paragraphs and "一、2021年工作回顾" not in paragraphs
    sentences, sections, meta = _shape(path)
    assert sentences == expected_sentences
    assert sections == expected_sections
    assert meta == expected_meta
