"""How the national reports of the 1990s state targets and results: the scorecard reads them as it reads later ones."""

from __future__ import annotations

import pytest

from core.compare.figures.indicator_names import name_key
from core.compare.indicators import extract_from_text


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        ("经济增长速度的调控目标定为８％", "经济增长速度", "生产总值"),  # framing words are no part of the name
        ("经济增长速度8 ％", "经济增长速度", "生产总值"),
        ("国民生产总值增长6％", "国民生产总值", "生产总值"),
        ("今年全社会固定资产投资预定增长1 0 ％或者更多一些", "全社会固定资产投资", "固定资产投资"),
    ],
)
def test_the_growth_target_of_the_1990s_is_gdp_growth(text: str, name: str, key: str) -> None:
    (indicator,) = extract_from_text(text)
    assert (indicator.name, indicator.key, indicator.unit) == (name, key, "%")
    assert name_key(name) == key


def test_the_growth_target_and_last_years_growth_are_one_indicator() -> None:
    (target,) = extract_from_text("经济增长速度的调控目标定为８％")
    (result, _) = extract_from_text("去年经济增长8 ．8 ％，商品零售价格涨幅为0 ．8 ％", kind="review")
    assert target.key == result.key and result.value == 8.8
