"""Property tests: arbitrary input never breaks the parser or the offsets."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from core.errors import LoadError
from core.reading.document import load_reports, parse_text

REPORT_ALPHABET = st.sampled_from(
    list(
        '一二三四五六七八九十、（）()。！？!?；;：:，,“”"——|【】[]0123456789%'
        "年月日工作回顾安排政府报告各位代表增长 \u3000\u00a0\n\r\t"
    )
)


def _check(text: str) -> None:
    for report in parse_text(text):
        assert report.text == text[report.offset_in_source : report.offset_in_source + len(report.text)]
        for sentence in report.sentences:
            assert report.text[sentence.start : sentence.end] == sentence.text
            assert sentence.text.strip()
        for section in report.sections:
            assert 0 <= section.start <= section.heading_end <= section.end <= len(report.text)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_keeps_the_offset_identity(text: str) -> None:
    _check(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=REPORT_ALPHABET, max_size=400))
def test_report_like_text_keeps_the_offset_identity(text: str) -> None:
    _check(text)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from([".txt", ".docx"]))
def test_arbitrary_bytes_raise_only_load_error(tmp_path_factory, data: bytes, suffix: str) -> None:
    path = Path(tmp_path_factory.mktemp("bytes")) / f"input{suffix}"
    path.write_bytes(data)
    try:
        reports = load_reports(path)
    except LoadError as error:
        assert str(error)
        return
    for report in reports:
        for sentence in report.sentences:
            assert report.text[sentence.start : sentence.end] == sentence.text
