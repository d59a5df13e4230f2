"""`other` done right: principles, explanations, vows, lead-ins, remedied problems, older reports by their years."""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

CITY = """2023年示例市政府工作报告
各位代表：
现在，我代表市人民政府向大会报告工作，请予审议。
一、2022年工作回顾
走过的2022年，是党和国家历史上具有里程碑意义的一年，也是示例发展进程中极不平凡的一年。
面对突如其来的疫情和频繁发生的自然灾害，全市上下团结奋斗，在高质量发展的道路上迈出重要步伐。
面对复杂多变的国际形势、突如其来的非典型肺炎疫情和频繁发生的自然灾害，在中国共产党领导下，各级政府和全国各族人民一道，迎难而上，顽强拼搏，在全面建设小康社会的道路上迈出重要步伐。
针对收容救助工作中存在的问题，制定并组织实施救助管理办法和配套措施。
全市生产总值增长4.2%。
油菜籽的收获比上年增加，但是没有完成年度计划。
二、2023年工作安排
今年主要预期目标是：生产总值增长6%左右。
这些目标的设定，充分体现了稳中求进的要求，与“十四五”规划目标相衔接。
这也有利于引导各方面把主要精力放在提高经济增长的质量和效益上。
今年重点构建“八个具体场景”：
全力办好十件民生实事。
发展卫生事业，今年重点抓好三件事。
解决农业、农村和农民问题，是我们全部工作的重中之重。
适当控制固定资产投资规模，是今年宏观调控的一项重要任务。
我国消费在国内生产总值中的比重偏低，不利于国内需求的稳定扩大。
当前，我国农业发展又处在一个关键时期。
但是，不能把物价基本稳定理解为物价冻结。
普及科学知识，弘扬科学精神。
各位代表！
我们一定咬定目标不放松，一年接着一年干，为实现现代化贡献示例力量！
三、加强政府自身建设
一年来，我们按照建设法治政府的目标，坚持依法行政，并认真贯彻执行。
政府的一切权力都是人民赋予的，必须对人民负责，接受人民监督。
各位代表！
让我们更加紧密地团结在党中央周围，加快建设现代化城市，为全面建设社会主义现代化国家作出新的贡献！
"""


@pytest.mark.parametrize(
    ("start", "label", "reason"),
    [
        ("走过的2022年", "other", "background: what the year is"),
        ("面对突如其来的疫情", "achievement", "review part"),
        # 2004: the international situation met is no other party's doing, and we act under our own party's lead.
        ("面对复杂多变的国际形势", "achievement", "review part"),
        ("针对收容救助工作中存在的问题", "achievement", "review part"),
        ("这些目标的设定", "other", "explanation"),
        ("这也有利于引导", "other", "explanation"),
        ("今年重点构建", "other", "lead-in"),
        ("全力办好十件民生实事", "target", "plan"),
        ("发展卫生事业，今年重点抓好三件事", "other", "lead-in"),
        ("解决农业、农村和农民问题", "other", "statement of principle"),
        ("适当控制固定资产投资规模", "target", "plan"),
        ("我国消费在国内生产总值中的比重偏低", "other", "problem"),
        ("当前，我国农业发展", "other", "background"),
        ("油菜籽的收获比上年增加", "other", "problem"),
        ("但是，不能把物价基本稳定", "other", "caveat"),
        ("普及科学知识", "target", "plan"),
        ("我们一定咬定目标不放松", "other", "rhetoric"),
        ("一年来，我们按照建设法治政府的目标", "achievement", "past year"),
        ("政府的一切权力都是人民赋予的", "other", "statement of principle"),
        ("让我们更加紧密地团结", "other", "rhetoric"),
    ],
)
def test_what_is_other_and_what_only_looks_like_it(start: str, label: str, reason: str) -> None:
    report = parse_text(CITY, "city.txt")[0]
    found = by_text(report, suggest_by_rules(report), start)
    assert found.label == label and reason in found.reason, found


BUDGET_1956 = """关于1955年国家决算和1956年国家预算的报告
各位代表：
现在我向大会提出关于1955年国家决算和1956年国家预算的报告，请予审查。
一、1955年国家决算
1955年国家决算的收支总数如下：本年收入合计272亿元。
同1954年决算的可比部分相比，1955年本年收入增长3.68%。
这是广大职工努力推广先进经验、积极试制新产品的结果。
二、1956年的国家预算
1956年国家预算规定，本年收入共为297亿元。
工商税收的增长比例比较大，主要是由于1956年工农业生产增长比较快。
以上所说的预算的各项数字，都包括地方财政的收支在内。
"""


def test_an_older_report_is_read_by_the_years_its_parts_name() -> None:
    report = parse_text(BUDGET_1956, "budget.txt")[0]
    assert [section.kind for section in report.sections if section.level == 1] == ["other", "other"]
    suggestions = suggest_by_rules(report)
    assert by_text(report, suggestions, "1955年国家决算的收支总数").label == "achievement"
    assert by_text(report, suggestions, "同1954年决算").label == "achievement"
    assert by_text(report, suggestions, "这是广大职工").label == "other"
    assert by_text(report, suggestions, "1956年国家预算规定").label == "target"
    assert by_text(report, suggestions, "工商税收的增长比例").reason.startswith("explanation")
    assert by_text(report, suggestions, "以上所说的").label == "other"


REFORM_1985 = """各位代表：
在过去的一年中，我们继续坚持独立自主的外交政策，进一步发展同世界各国的友好关系，使我国的国际地位有了新的提高。
现在，我就以此为题，向大会作政府工作报告，请予审议。
（一）关于经济形势
1984年，我国农业又获得了大丰收。
农村多种经营有较大发展，商品经济越来越活跃。
（二）关于经济体制改革
我们必须足够估计面临的问题和困难，认真防范可能发生的风险。
继续抓好粮食生产，努力开辟粮食的多种用途。
适当提高银行存款利率，增加信贷资金来源。
1985年的工资改革，重点是改革现行不合理的工资制度。
"""


def test_parts_of_unknown_kind_are_read_by_their_time_markers() -> None:
    report = parse_text(REFORM_1985, "reform.txt")[0]
    suggestions = suggest_by_rules(report)
    assert by_text(report, suggestions, "在过去的一年中").label == "achievement"  # a long sentence, no title line
    assert by_text(report, suggestions, "1984年，我国农业").label == "achievement"
    # No time marker of its own: the time of the sentence before in the part.
    assert by_text(report, suggestions, "农村多种经营").label == "achievement"
    assert by_text(report, suggestions, "我们必须足够估计").label == "target"
    assert by_text(report, suggestions, "继续抓好粮食生产").label == "target"
    assert by_text(report, suggestions, "适当提高银行存款利率").label == "target"
    assert by_text(report, suggestions, "1985年的工资改革").label == "target"


# Troubles met in the past, told as they happened (1964), in a part of unknown kind and in a review.
TROUBLES = """各位代表：
现在，我受国务院的委托，向全国人民代表大会报告政府工作。
一、关于国民经济
几年以前，我国的国民经济在取得巨大发展的同时，曾经遇到了相当严重的困难。
我们在实际工作中也发生了一些缺点和错误。
几年来连续发生了严重的自然灾害，给整个国民经济的发展带来了很大的困难。
我们遇到了很大的困难，但是这些困难都被我们克服了。
我们将继续克服在执行过程中所发生的缺点。
"""


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("几年以前", "other"),
        ("我们在实际工作中", "other"),
        ("几年来连续", "other"),
        ("我们遇到了很大的困难", "achievement"),  # overcome
        ("我们将继续克服", "target"),  # looks ahead
    ],
)
def test_a_trouble_met_in_the_past_is_a_problem_unless_overcome(start: str, label: str) -> None:
    report = parse_text(TROUBLES, source="national/1964.txt")[0]
    assert by_text(report, suggest_by_rules(report), start).label == label


@pytest.mark.parametrize(
    "text",
    [
        "我们坚定不移地相信，中苏两国人民的伟大团结，是任何力量也破坏不了的。",  # 1964
        "我们从来相信，占人口百分之九十五以上的人民群众是要革命的。",  # 1964
        "对于这种情况，相信我们的广大干部和知识分子是能够充分理解的。",  # 1985
    ],
)
def test_a_belief_however_worded_is_no_task(text: str) -> None:
    report = parse_text(f"各位代表：\n现在，我向大会报告政府工作。\n一、关于国内工作\n{text}\n")[0]
    suggestion = by_text(report, suggest_by_rules(report), text[:6])
    assert (suggestion.label, suggestion.rule) == ("other", "rhetoric")
