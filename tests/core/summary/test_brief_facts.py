"""What the brief says of the report before its sections: the facts line and the file's properties."""

from __future__ import annotations

import pytest

from core.reading.document import load_reports
from core.summary.facts import facts_line
from tests.conftest import corpus_file


@pytest.mark.parametrize(("year", "meeting"), [
    (1959, "第二届全国人民代表大会第一次会议"),  # 向第二届全国人民代表大会第一次会议作政府工作报告
    (1958, "第一届全国人民代表大会第五次会议"),  # 向第一届全国人民代表大会第五次会议，提出…
    (1954, "第一届全国人民代表大会第一次会议"),  # 我們第一届全國人民代表大會第一次會議 (traditional characters)
    (1975, "第四届全国人民代表大会"),  # 向第四届全国人民代表大会作政府工作报告: as far as the text says
])
def test_a_report_before_1978_names_its_meeting_in_its_opening(year: int, meeting: str) -> None:
    # the public record (1978 on) has nothing for these years; the brief said 会议、日期、报告人：文中未注明
    (report,) = load_reports(corpus_file(f"national/{year}.txt"))
    line = facts_line(report)
    assert f"会议：{meeting}｜" in line
    assert "＊" not in line  # read from the text, not the record
    assert line.endswith("日期、报告人：文中未注明")


def test_a_meeting_the_opening_looks_back_to_is_not_its_own() -> None:
    # 1964 (a news account): 从第二届全国人民代表大会第一次会议以来 — the report was given to the third congress
    (report,) = load_reports(corpus_file("national/1964.txt"))
    assert "会议、日期、报告人：文中未注明" in facts_line(report)


def test_from_1978_the_record_still_names_the_session() -> None:
    # the 1978 text says only 第五届全国人民代表大会; the record names the session
    (report,) = load_reports(corpus_file("national/1978.txt"))
    assert "会议：第五届全国人民代表大会第一次会议＊" in facts_line(report)
