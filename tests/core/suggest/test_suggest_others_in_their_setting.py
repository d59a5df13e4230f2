"""What another party did, told after when and under what circumstances it did it, is ``other``.

Written from the leave-one-report-out errors on the national report of 1964,
which has no review or plan part: a hostile party at home or abroad is often
named only after the time and the circumstances ("一九六二年，在外来力量的策划和
直接指挥下，…民族主义分子，…发动了…叛乱"), after a concession ("不管美帝国主义…"),
or as the place where things happen ("在美国发生…"); the world's peoples
("全世界一切要革命、要解放的人民和民族", "世界人民") are such a party, and a demand
another state makes of us ("它还提出要我们撤出…") is told of it.  What we did in the same
setting stays with the time rules.
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
一九六二年，在外来力量的策划和直接指挥下，新疆一批最反动的地方民族主义分子，在伊宁发动了叛国的反革命武装叛乱。
一九五九年到一九六二年，在我国经济遇到暂时困难的情况下，国内的阶级敌人又一次向社会主义发动进攻。
周总理指出，过去五年多来，以马克思列宁主义力量为核心的世界革命人民，同帝国主义进行了严重的较量，取得了很大的胜利。
不管美帝国主义还要怎样继续挣扎，继续捣乱，都挽救不了它最终失败的命运。
在美国发生一次新的经济危机的条件正在逐渐成熟。
一九六三年，在全国人民的努力下，我国工业生产增长了百分之十五。
过去五年多来，我们同亚洲、非洲的许多国家建立了外交关系。
不管遇到什么困难，我们都要完成一九六五年的计划。
全世界一切要革命、要解放的人民和民族，都不能不把斗争的主要锋芒指向美帝国主义。
周总理指出，在反对美帝国主义的伟大斗争中，世界人民的革命觉悟日益提高。
印度政府拒绝通过谈判解决边界问题。
它还提出要我们撤出中国境内的七个民政点，作为谈判的先决条件。
在同各国人民的友好往来中，我们同他们的友谊加深了。
"""


@pytest.fixture(scope="module")
def undivided() -> Report:
    return parse_text(UNDIVIDED, source="national/1964.txt")[0]


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("一九六二年，在外来力量", "other"),  # 1964: a rebellion at home, after its year and circumstances
        ("一九五九年到一九六二年", "other"),  # 1964: the class enemy's attack, after the years and the setting
        ("周总理指出，过去五年多来", "other"),  # 1964: the world's revolutionary people, after a span of time
        ("不管美帝国主义", "other"),  # 1964: whatever the imperialists do
        ("在美国发生", "other"),  # 1964: what happens in another country
        ("一九六三年，在全国人民", "achievement"),  # our own result in the same setting
        ("过去五年多来，我们同", "achievement"),  # our own diplomacy over the span
        ("不管遇到什么困难", "target"),  # our task whatever comes
        ("全世界一切", "other"),  # 1964: the world's peoples
        ("周总理指出，在反对", "other"),  # 1964: the world's people, after the struggle they wage
        ("它还提出要我们", "other"),  # 1964: what another state demands of us
        ("在同各国人民", "achievement"),  # our own friendship, in the same setting
    ],
)
def test_others_told_after_their_setting(undivided: Report, start: str, label: str) -> None:
    assert by_text(undivided, suggest_by_rules(undivided), start).label == label
