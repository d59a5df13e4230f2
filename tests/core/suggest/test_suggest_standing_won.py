"""In a plan part, the praise or regard won is a result, and so is a sentence opening on last year (1987, 1999,
2013); the same words as a task or a condition are not."""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

REPORT_1987 = """各位代表：
现在，我代表国务院向大会作政府工作报告，请予审议。
一、一九八六年工作回顾
一九八六年，国民生产总值比上年增长7.8%。
二、一九八七年的主要任务
我国为维护和平、实现裁军、推动合作、促进发展所作的不懈努力，在国际上赢得普遍赞赏。
我国作为一支重要的和平力量，愈益受到国际社会的高度重视。
中央政府严格按照基本法办事，确保香港特别行政区实行高度自治，赢得了广泛的赞誉。
安全生产要受到各级政府的高度重视。
只要坚持改革开放，我们的事业就一定会受到人民的欢迎和赞扬。
去年居民消费价格涨幅回落到2.6%，这是我们控制通货膨胀取得的一个重要成果。
去年以来出台的各项措施，要继续抓好落实。
"""


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("我国为维护和平", "achievement"),
        ("我国作为一支重要的和平力量", "achievement"),
        ("中央政府严格按照基本法办事", "achievement"),  # the clause of the standing is the main one
        ("安全生产要受到", "target"),  # to be given regard: a task
        ("只要坚持改革开放", "other"),  # a condition: what may come, no standing won
        ("去年居民消费价格", "achievement"),
        ("去年以来出台的各项措施", "target"),
    ],
)
def test_standing_won_and_last_year_in_a_plan_part(start: str, label: str) -> None:
    report = parse_text(REPORT_1987, "national/1987.txt")[0]
    suggestion = by_text(report, suggest_by_rules(report), start)
    assert suggestion.label == label, suggestion.reason


# The 1990s: topical parts after the review carry the year's tasks, and tell the year's diplomacy and Hong Kong.
AFTER_THE_REVIEW_1999 = """各位代表：
现在，我代表国务院向大会作政府工作报告，请予审议。
一、一九九八年工作回顾
一九九八年，国内生产总值比上年增长7.8%。
二、关于香港、澳门和台湾
中央政府严格按照基本法办事，不干预香港特别行政区自治范围内的事务，确保香港特别行政区实行高度自治，赢得了广泛的赞誉。
政府工作要自觉接受人民监督，赢得人民群众的广泛赞誉。
"""


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("中央政府严格按照基本法办事", "achievement"),
        ("政府工作要自觉接受", "target"),
    ],
)
def test_standing_won_in_a_topical_part_after_the_review(start: str, label: str) -> None:
    report = parse_text(AFTER_THE_REVIEW_1999, "national/1999.txt")[0]
    suggestion = by_text(report, suggest_by_rules(report), start)
    assert suggestion.label == label, suggestion.reason
