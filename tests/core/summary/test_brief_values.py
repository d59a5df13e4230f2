"""Figures in the brief's target and result cells, as a reader says them."""

from __future__ import annotations

import pytest

from core.compare.indicators import extract_from_text
from core.summary.annotated import indicator_value


@pytest.mark.parametrize(("sentence", "shown"), [
    ("国内生产总值比上年增长9%。", "比上年增长9%"),  # was 增长上年9%
    ("粮食产量较1957年增长了16%。", "比1957年增长16%"),
    ("地区生产总值增速高于全省1个百分点。", "高于全省1个百分点"),
    ("钢产量一亿五千零七十二万四千吨。", "15072.4万吨"),  # was 150724000吨
    ("钢产量6248000吨。", "624.8万吨"),
    ("基本建设投资为6883000万元。", "688.3亿元"),  # was 为6883000万元
    ("财政收入29731732000元。", "297.32亿元"),
    ("城镇新增就业1168万人。", "1168万人"),
    ("新增就业12000人。", "12000人"),
])
def test_a_figure_reads_as_a_reader_says_it(sentence: str, shown: str) -> None:
    (indicator,) = extract_from_text(sentence)
    assert indicator_value(indicator) == shown
