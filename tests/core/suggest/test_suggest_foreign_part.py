"""The part on foreign affairs after the review: the world situation and positions held, beside our tasks.

Written from the errors on ``national/1992`` (part 六), checked on the
foreign-affairs parts of ``national/1994`` and ``national/1999``.
"""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.reading.model import Report
from core.suggest.cue_rules.foreign_part import is_foreign_part, position_held, world_situation
from core.suggest.rules import Suggestion, suggest_by_rules
from tests.core.suggest.test_suggest import by_text

REPORT = """政府工作报告
各位代表：
一、１９９１年国内工作的回顾
１９９１年国民生产总值比上年增长百分之七。
二、为经济建设和改革开放创造更好的社会政治环境
中国政府支持北京市申办２０００年奥运会。
三、关于国际形势和外交工作
去年国际形势发生了剧烈变化。
世界旧的格局已经终结，新的格局尚未形成，正朝着多极化方向发展。
在动荡不定的国际形势下，我国政府坚持奉行独立自主的和平外交政策，在过去一年里开拓了外交工作的新局面。
中国将继续加强同朝鲜民主主义人民共和国的传统友谊与合作。
我们高兴地看到，朝鲜半岛出现缓和的趋势，并衷心希望这一势头继续发展。
中国政府支持南非人民的正义斗争。
中国愿意同拉美国家和南太平洋各国进一步推进双边关系的发展。
我国同这些国家发展经贸合作有着广阔的前景。
中美两国保持正常关系，符合两国人民的根本利益。
中德关系进入新的发展阶段。
江泽民主席作为国家元首首次对日本进行了成功的国事访问，双方宣布建立友好合作伙伴关系。
我们同意就人权问题进行正常的国际讨论。
在平等互利的基础上发展同世界各国的经贸、科技、文化以及其他领域的交流与合作。
同有关国家一道，防范和化解金融风险，促进亚洲乃至世界经济的稳定增长。
让我们全国各族人民更加紧密地团结在一起，同心同德，迎接党的十四大的召开。
"""


@pytest.fixture(scope="module")
def suggested() -> tuple[Report, dict[str, Suggestion]]:
    report = parse_text(REPORT, "1992.txt")[0]
    return report, suggest_by_rules(report)


@pytest.mark.parametrize(
    ("start", "label", "reason"),
    [
        # Outside the foreign part a support of ours is a task: the rules read only that part.
        ("中国政府支持北京市", "target", "tasks ahead"),
        # The world, told of no party of ours, is background whatever its time.
        ("去年国际形势发生了", "other", "background"),
        ("世界旧的格局已经终结", "other", "background"),
        ("在动荡不定的国际形势下", "achievement", "past period"),  # our diplomacy last year
        # Positions held, with no word of time; what we will or wish to do is a task.
        ("中国将继续加强", "target", "tasks ahead"),
        ("我们高兴地看到", "other", "statement of principle"),
        ("中国政府支持南非人民", "other", "statement of principle"),
        ("中国愿意同拉美国家", "target", "tasks ahead"),
        ("我国同这些国家发展经贸合作", "other", "statement of principle"),
        ("中美两国保持正常关系", "other", "statement of principle"),
        ("中德关系进入", "achievement", "relations with other states"),
        ("江泽民主席作为国家元首", "achievement", "told as done"),  # our leader's visit is ours
        ("我们同意就人权问题", "other", "statement of principle"),
        # Orders with no subject, and a call to act together, stay tasks.
        ("在平等互利的基础上", "target", "tasks ahead"),
        ("同有关国家一道", "target", "tasks ahead"),
        ("让我们全国各族人民", "target", "tasks ahead"),
    ],
)
def test_the_foreign_part_tells_the_world_and_positions_from_tasks(
    suggested: tuple[Report, dict[str, Suggestion]], start: str, label: str, reason: str
) -> None:
    report, suggestions = suggested
    found = by_text(report, suggestions, start)
    assert found.label == label and reason in found.reason, found


@pytest.mark.parametrize(
    ("title", "foreign"),
    [("六、关于国际形势和外交工作", True), ("七、关于外交工作", True), ("五、积极推进祖国和平统一大业", False)],
)
def test_a_part_on_foreign_affairs_is_known_by_its_title(title: str, foreign: bool) -> None:
    assert is_foreign_part(title) == foreign


def test_the_world_and_positions_need_no_order_nor_time() -> None:
    assert world_situation("人类即将进入21世纪。") is not None
    assert world_situation("中美关系在去年有所改善。") is None  # ours
    assert world_situation("积极参与联合国事务，以积极务实的态度参与多边合作。") is None  # an order
    assert position_held("中国政府支持联合国人权委员会的决议。") is not None
    assert position_held("中国政府将继续奉行独立自主的和平外交政策。") is None
    assert position_held("我国已经同以色列建交。") is None
