"""How we always go about things ("我们一贯…", "始终注意…") is a standing way of working: `other`.

Written from the leave-one-report-out errors on national/2013 and national/1964: told in a review or where
no part says review or plan, with no marker of time, it reports nothing done in the period; in a plan
"始终坚持…" is the task, and a standing policy told with what we strive for (…而努力) is one too (1979).
"""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

REPORT = """政府工作报告
各位代表：
一、过去五年工作回顾
五年来，国内生产总值年均增长9.3%。
我们始终把实行科学民主决策、坚持依法行政、推进政务公开作为政府工作的基本准则。
在货币政策运用上，始终注意把握稳增长、控物价和防风险之间的平衡。
始终坚持人民至上，有效守护了人民群众生命安全和身体健康。
我们始终保持前8位。
二、2013年工作总体部署
始终坚持政府过紧日子，严控一般性支出。
"""
# A report whose parts say neither review nor plan (1964, 1979).
UNKNOWN_PARTS = """各位代表：
现在，我受国务院的委托，向全国人民代表大会报告政府工作。
一、关于国际问题
作为亚非大家庭的一员，中国政府一向致力于促进亚非国家团结的事业。
我国一贯奉行和平外交政策，坚定不移地为维护世界和平而努力。
"""


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("我们始终把实行", "other"),
        ("在货币政策运用上", "other"),
        ("始终坚持人民至上", "achievement"),  # a result reached, told with 了
        ("我们始终保持前8位", "achievement"),  # a figure: a result
        ("始终坚持政府过紧日子", "target"),  # in a plan: the task
    ],
)
def test_a_standing_way_of_working_is_other(start: str, label: str) -> None:
    report = parse_text(REPORT, "national/2013.txt")[0]
    found = by_text(report, suggest_by_rules(report), start)
    assert found.label == label, found


@pytest.mark.parametrize(("start", "label"), [("作为亚非大家庭的一员", "other"), ("我国一贯奉行", "target")])
def test_a_standing_way_of_working_in_parts_of_unknown_kind(start: str, label: str) -> None:
    report = parse_text(UNKNOWN_PARTS, "national/1964.txt")[0]
    found = by_text(report, suggest_by_rules(report), start)
    assert found.label == label, found
