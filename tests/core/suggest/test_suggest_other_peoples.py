"""What another people's struggle did, told in a report without review or plan parts, is ``other``.

Written from the leave-one-report-out errors on the national report of 1964
(foreign affairs told of others, as ``core.suggest.cue_rules.foreign`` reads them).
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
他说，阿尔及利亚人民的民族解放战争的胜利，为非洲民族解放运动树立了一个光辉榜样。
中国人民的革命斗争取得了伟大的胜利。
"""


@pytest.fixture(scope="module")
def undivided() -> Report:
    return parse_text(UNDIVIDED, source="national/1964.txt")[0]


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("他说，阿尔及利亚人民", "other"),  # 1964: what another people's war of liberation did
        ("中国人民的革命斗争", "achievement"),  # our own people's struggle stays with the time rules
    ],
)
def test_another_peoples_struggle(undivided: Report, start: str, label: str) -> None:
    assert by_text(undivided, suggest_by_rules(undivided), start).label == label
