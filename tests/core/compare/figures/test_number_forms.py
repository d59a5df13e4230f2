"""Figures as older and damaged reports write them."""

from __future__ import annotations

import pytest

from core.compare.figures.number_forms import chinese_numeral_value, read_numbers
from core.compare.indicators import extract_from_text
from core.compare.topics import fold_width


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("增长8 ％，", "增长8%,"),
        ("达到7 4 7 7 2 亿元", "达到74772亿元"),
        ("增长14·1％", "增长14.1%"),
        ("增长8 ．8 ％", "增长8.8%"),
        ("1 0 0万", "100万"),
        ("收入合计２７，２０６万元", "收入合计27206万元"),
        ("百分之二十一点七", "21.7%"),
        ("节约煤和电百分之二到三，", "节约煤和电2%到3%,"),  # a range of percentages said once
        ("降低百分之二点五至三点五。", "降低2.5%至3.5%。"),
        ("每年遞增百分之三十六點九。", "每年递增36.9%。"),  # traditional characters read as simplified
        ("一千一百万人", "1100万人"),
        ("一亿五千万元", "15000万元"),
        ("一千多万人", "1000多万人"),
        ("三点五亿元", "3.5亿元"),
        ("二十四个", "24个"),
        ("专项转移支付项目要减少三分之一", "专项转移支付项目要减少33.3%"),
        ("比上年减少1/3以上", "比上年减少33.3%以上"),
        ("限制类条目缩减一半", "限制类条目缩减50%"),
        ("再就业补助资金25l亿元", "再就业补助资金251亿元"),  # a letter l typed for 1
        ("广义货币M2l", "广义货币M2l"),
        ("审批时间再压减一半以上", "审批时间再压减50%以上"),
        ("由四档税率简并至三档", "由4档税率简并至3档"),
    ],
)
def test_figures_read_in_digits(written: str, read: str) -> None:
    assert read_numbers(fold_width(written))[0] == read


@pytest.mark.parametrize(
    "words", ["两位数增长", "三个1亿人", "第十二个", "十三五时期", "两个一百年", "“1 6”项目",
              "一半以上在中西部", "三个"]
)
def test_words_stay_words(words: str) -> None:
    folded = fold_width(words)
    assert read_numbers(folded)[0] == folded


@pytest.mark.parametrize(("written", "read"), [("一九五四年", "1954年"), ("一九九○年比一九八五年", "1990年比1985年"),
                                               ("二〇〇一年", "2001年"), ("一两个", "一两个")])
def test_years_are_dates_in_digits_and_rough_counts_stay_words(written: str, read: str) -> None:
    assert read_numbers(fold_width(written))[0] == read


def test_each_character_knows_where_it_came_from() -> None:
    text = "粮食产量百分之二十一点七"
    read, spans = read_numbers(text)
    assert read == "粮食产量21.7%"
    assert spans[:4] == [(0, 1), (1, 2), (2, 3), (3, 4)]
    assert spans[4][0] == 4 and spans[-1][1] == len(text)


@pytest.mark.parametrize(("numeral", "value"), [("二十一", 21), ("一千一百", 1100), ("十万", 100000), ("一〇五", 105)])
def test_chinese_numeral_value(numeral: str, value: int) -> None:
    assert chinese_numeral_value(numeral) == value


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("国内生产总值增长8 ％", 8, "%"),
        ("固定资产投资增长14·1％", 14.1, "%"),
        ("钢产量增长百分之二十一点七", 21.7, "%"),
        ("城镇新增就业一千一百万人", 1100, "万人"),
        ("国内生产总值达到7 4 7 7 2 亿元", 74772, "亿元"),
    ],
)
def test_indicators_of_older_reports(text: str, value: float, unit: str) -> None:
    (indicator,) = extract_from_text(text, offset=10)
    assert (indicator.value, indicator.unit) == (value, unit)
    assert indicator.text == text[indicator.start - 10 : indicator.end - 10]
    assert indicator.text.endswith(text[-1])


def test_a_circle_for_zero_is_read_as_zero() -> None:
    assert read_numbers("高等学校二百○八所，铁路一千○五十公里")[0] == "高等学校208所，铁路1050公里"
