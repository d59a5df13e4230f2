"""A stance on what another state may do, what results prove and what a thing rests on are ``other``.

Written from the leave-one-report-out errors on the national reports of 1964
and 2013: "如果美国要扩大印度支那战争，中国绝对不会置之不理；…" is a position held
(the "要" is the other state's), "…的巨大成就，…充分地证明了社会主义制度的优越性，…"
a proof, and "国际合作必须建立在自力更生的基础上。", "…一切成就都建立在经济持续健康
发展的基础之上，…" what a thing rests on.  Our own task and a task that puts a
thing on a footing stay targets.
"""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.reading.model import Report
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

UNDIVIDED = """一九六四年政府工作报告
各位代表！
我代表国务院，向大会作政府工作报告。
从上次大会以来，我国各族人民在各条战线上进行了艰苦的工作，国民经济有了很大的发展，人民的生活有了一定的改善。
如果美国要扩大印度支那战争，中国绝对不会置之不理；美国扩大战争的结果只能使它自己遭到更加惨重的失败。
周总理说，我国国民经济调整工作的巨大成就，充分地证明了社会主义制度的优越性，证明了社会主义建设总路线的正确。
国际合作必须建立在自力更生的基础上。
我国社会主义现代化建设取得的一切成就都建立在经济持续健康发展的基础之上，经济不发展，什么事情都办不成。
如果遇到严重的自然灾害，中国政府要及时调拨粮食，保证灾区人民的生活。
我们必须把国民经济的发展建立在自力更生的基础上。
"""


@pytest.fixture(scope="module")
def undivided() -> Report:
    return parse_text(UNDIVIDED, source="national/1964.txt")[0]


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("如果美国要扩大", "other"),  # 1964: our stance on what another state may do
        ("周总理说，我国国民经济", "other"),  # 1964: what the results prove
        ("国际合作必须", "other"),  # 1964: what cooperation rests on
        ("我国社会主义现代化建设", "other"),  # 2013: what all results rest on
        ("如果遇到严重的自然灾害", "target"),  # our own task under a condition
        ("我们必须把国民经济", "target"),  # the task of putting it on that footing
    ],
)
def test_stances_and_proofs(undivided: Report, start: str, label: str) -> None:
    assert by_text(undivided, suggest_by_rules(undivided), start).label == label
