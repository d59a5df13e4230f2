"""What China says it stands for in world affairs ("中国主张…") is `other`: a position held, no task and no result."""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

# A 1990s report: a review, then topical parts that carry the year's tasks.
TOPICAL_1994 = """各位代表：
现在，我代表国务院向大会作政府工作报告，请予审议。
一、一九九三年的工作回顾
一九九三年，国内生产总值比上年增长13.4%。
二、外交工作
我们主张在相互尊重的基础上，通过对话解决分歧。
中国主张积极扩大国与国之间的经贸关系，发展南南合作和南北对话。
我们仍然主张通过谈判解决两国之间的问题，并且在谈判中提出了八项原则建议。
我们主张，各国要加强合作，共同应对挑战。
中国反对任何形式的霸权主义，中国现在不称霸，将来经济发展起来了，也永远不称霸。
"""



@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("我们主张在相互尊重", "other"),
        ("中国主张积极扩大", "other"),
        ("我们仍然主张", "achievement"),  # tells what was done (提出了): left to the time rules
        ("我们主张，各国要加强合作", "target"),  # a task
        ("中国反对任何形式的霸权主义", "other"),  # 了 in what may come (将来…起来了) tells nothing done
    ],
)
def test_what_we_stand_for_in_world_affairs_is_other(start: str, label: str) -> None:
    report = parse_text(TOPICAL_1994, "national/1994.txt")[0]
    assert by_text(report, suggest_by_rules(report), start).label == label

