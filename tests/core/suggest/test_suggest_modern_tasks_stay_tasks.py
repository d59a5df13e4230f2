"""The cues for statements and results written from older reports leave the tasks of a modern plan part and the
problems of a modern review as they were: 特别是 is no copula, a 是 inside what is held defines nothing, praise to
be won is a goal, a task called urgent is a task, and a duty after a problem in a review closes the problems."""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

REPORT_2019 = """各位代表：
现在，我代表国务院向大会作政府工作报告，请予审议。
一、2018年工作回顾
过去一年，国内生产总值增长6.6%。
政府工作还存在不少不足，一些干部不担当、不作为，必须坚决加以纠正。
由于地震的严重破坏，一些地区未能完成全年的任务。
二、2019年工作总体部署
加强农村特别是边远贫困地区教师队伍建设。
加强适应气候变化特别是应对极端气候事件能力建设。
坚持房子是用来住的、不是用来炒的定位，落实地方主体责任。
坚持科技是第一生产力、人才是第一资源、创新是第一动力，建设教育强市。
政府工作要自觉接受人民监督，赢得人民群众的广泛赞誉。
让广大教师受到全社会的尊重和重视。
推动中国制造赢得国际市场的广泛好评。
加快建设一流营商环境，赢得市场主体广泛好评。
以实际行动赢得人民群众的信任和好评。
加强水利建设是一项迫切任务。
实现今年目标任务，是全国人民的共同愿望，各级政府要认真落实。
推动构建新型国际关系和人类命运共同体。
"""


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("政府工作还存在不少不足", "other"),
        ("由于地震的严重破坏", "other"),
        ("加强农村特别是", "target"),
        ("加强适应气候变化", "target"),
        ("坚持房子是用来住的", "target"),
        ("坚持科技是第一生产力", "target"),
        ("政府工作要自觉接受", "target"),
        ("让广大教师", "target"),
        ("推动中国制造", "target"),
        ("加快建设一流营商环境", "target"),
        ("以实际行动", "target"),
        ("加强水利建设是", "target"),
        ("实现今年目标任务", "target"),
        ("推动构建新型国际关系", "target"),
    ],
)
def test_modern_tasks_and_problems_keep_their_labels(start: str, label: str) -> None:
    report = parse_text(REPORT_2019, "national/2019.txt")[0]
    suggestion = by_text(report, suggest_by_rules(report), start)
    assert suggestion.label == label, suggestion.reason
