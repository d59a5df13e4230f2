"""A cause, a damage done or a danger named first, then a duty of the government, is the duty: a `target` (1979)."""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

# A report of the 1970s with no review or plan part: the rules read each sentence's own words.
REPORT_1979 = """各位代表：
现在，我代表国务院向大会作政府工作报告，请予审议。
一、关于加强社会主义民主和法制
由于林彪、“四人帮”的破坏，我们的各级领导干部都多少不等地存在着青黄不接的现象，因此特别注意培养和提拔青年和中年干部是各级政府的紧迫任务之一。
由于林彪、“四人帮”的干扰破坏，过去十多年中经济事业和各项事业发展缓慢，使需要就业的人员超过了能够提供的就业岗位。
鉴于在我们的国家中还存在阶级斗争，林彪、“四人帮”所传播的派性和无政府主义的流毒还没有肃清，当前在坚持发展社会主义民主的过程中，各级政府要注意教育干部和群众，正确认识和处理民主与自由的关系。
林彪、“四人帮”所传播的派性和无政府主义的流毒还没有肃清。
"""


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("由于林彪、“四人帮”的破坏", "target"),  # ends in the government's urgent task
        ("由于林彪、“四人帮”的干扰破坏", "other"),  # the damage alone
        ("鉴于在我们的国家中", "target"),  # ends in the government's duty
        ("林彪、“四人帮”所传播的派性", "other"),  # the danger alone
    ],
)
def test_a_duty_after_a_cause_is_the_duty(start: str, label: str) -> None:
    report = parse_text(REPORT_1979, "national/1979.txt")[0]
    assert by_text(report, suggest_by_rules(report), start).label == label
