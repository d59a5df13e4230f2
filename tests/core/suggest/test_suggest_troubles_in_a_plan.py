"""The troubles a plan part names (1987): a problem singled out, a trouble not yet overcome, the state of things to
be borne in mind, a deficit that arose, harm done; the past year's results and our relations with other states told
there; and our beliefs and hopes."""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

PLAN_1987 = """各位代表：
现在，我代表国务院向大会作政府工作报告，请予审议。
一、一九八六年工作回顾
一九八六年，国民生产总值比上年增长7.8%。
我们坚信人民解放军在这些方面将继续为国家、为人民作出更大的贡献。
二、一九八七年的主要任务
但是必须指出，目前我国经济生活中一个值得重视的问题，就是消费需求增长过快。
去年，就全国来说已经使经济增长转入正常轨道，但片面追求增长速度的思想尚未完全克服。
我们一定要充分认识，目前我国按人口平均的粮食占有量还很低，基础都还比较脆弱。
我们一定要充分认识农业的基础地位，切实加强农业。
去年，国家财政出现一些赤字，银行信贷也出现一些差额。
今年国家财政赤字控制在八十亿元。
去年，控制固定资产投资过度增长的工作初见成效，基本建设投资比上年增长７．３％。
为了进一步改变在建规模过大和投资结构不合理的状况，国务院已于今年初作出决定，对基本建设坚决实行“三保压”的方针。
这些年经济作物发展缓慢，影响轻工业的增长。
这些年，我国制造业积累了较大产能，劳动力总量仍然很大。
我们对自己国家的前途充满了希望，同时满怀着必胜的信心。
这种状况搅乱了部分人的思想，影响了安定团结，干扰了建设、改革和开放。
工资、奖金和集团消费等开支增加过多，既提高了生产成本，又加剧了消费结构与产业结构的矛盾。
许多机关和企事业单位请客送礼，滥发实物，铺张浪费发展到了相当严重的地步。
这几年许多高档耐用消费品生产大幅度增长，但市场供需矛盾仍相当尖锐。
这几年许多高档耐用消费品生产大幅度增长，市场供应有了很大改善。
我国同世界各国的友好合作关系得到进一步的巩固和发展。
我国同世界各国的友好合作关系将得到进一步的巩固和发展。
我们希望，生产、流通、建设领域中的各类企业，都要把着眼点放在挖掘自己内部的潜力上。
我们希望，港澳广大同胞共同为此而努力。
我们殷切希望台湾同胞继续发扬爱国精神，为实现祖国统一各展所长。
我们也希望台湾国民党当局以国家和民族利益为重，为祖国和平统一大业采取切实的步骤。
"""


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("但是必须指出", "other"),  # a problem singled out
        ("去年，就全国来说", "other"),  # a trouble not yet overcome
        ("我们一定要充分认识，", "other"),  # the state of things to be borne in mind
        ("我们一定要充分认识农业", "target"),
        ("去年，国家财政出现一些赤字", "other"),  # a deficit that arose
        ("今年国家财政赤字", "target"),  # the deficit planned
        ("去年，控制固定资产投资", "achievement"),  # the past year told in a plan part
        ("为了进一步改变在建规模过大", "target"),  # a remedy, no problem
        ("这些年经济作物发展缓慢", "other"),  # the past told with a trouble and no result
        ("这些年，我国制造业", "achievement"),
        ("我们对自己国家的前途", "other"),  # our confidence
        ("我们坚信人民解放军", "other"),  # a belief in what others will do
        ("这种状况搅乱了", "other"),  # harm done, told in the perfect
        ("工资、奖金和集团消费", "other"),
        ("许多机关和企事业单位", "other"),
        ("这几年许多高档耐用消费品生产大幅度增长，但", "other"),  # a strain still grave
        ("这几年许多高档耐用消费品生产大幅度增长，市场", "achievement"),
        ("我国同世界各国的友好合作关系得到", "achievement"),  # our relations told as they went
        ("我国同世界各国的友好合作关系将", "target"),
        ("我们希望，生产、流通", "target"),  # a requirement made of our enterprises
        ("我们希望，港澳广大同胞", "other"),  # hopes addressed to others
        ("我们殷切希望台湾同胞", "other"),
        ("我们也希望台湾国民党当局", "other"),
    ],
)
def test_troubles_named_in_a_plan_part_are_other(start: str, label: str) -> None:
    report = parse_text(PLAN_1987, "national/1987.txt")[0]
    assert by_text(report, suggest_by_rules(report), start).label == label
