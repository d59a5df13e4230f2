"""Reports of the 1990s: a review that runs on past its praise, parts after it that state as well as order.

Written from the errors on ``national/1994`` and ``national/1999`` (since then tuned on): the review
part's closing paragraphs, this year's policy stated inside the review part, task headlines put as
couplets, definitions and our relations with other states in the topical parts after the review.
"""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.reading.model import Report
from core.reading.tense import time_weights
from core.suggest.cue_rules.statements import states_how_things_are
from core.suggest.rules import Suggestion, suggest_by_rules
from tests.core.suggest.test_suggest import by_text

REPORT_1999 = """政府工作报告
各位代表：
一、1998年工作回顾和1999年工作的总体要求
过去一年，全国各族人民团结奋斗，取得了改革开放和社会主义现代化建设的巨大成就。
国内生产总值比上年增长7.8％，虽然略低于8％的预定目标，但这是在抵御亚洲金融危机的冲击和战胜国内特大洪涝灾害的情况下取得的，来之不易。
为了应对亚洲金融危机的影响，我们年初就采取了增加投资、扩大内需的对策。
由于外贸出口增长速度大幅度回落和国内需求对经济拉动的力度不够，上半年经济增长速度出现减缓趋势。
去年长江、嫩江和松花江流域发生历史罕见的洪涝灾害，直接经济损失2000多亿元。
灾后恢复生产和重建家园的工作进展顺利。
当前我国经济发展的总形势很好，出现了持续、稳定、协调发展的新局面。
过去的一年，我们能够取得这样大的成绩，主要是由于党中央的坚强领导。
在此，我代表国务院，向奋斗在全国各条战线上的广大工人、农民、知识分子和各界人士，表示崇高的敬意！
各位代表！
一年来，经过全国各族人民团结奋斗，基本上完成了全国人大确定的1998年的各项任务。
在肯定成绩的同时，我们清醒地看到，前进中还存在不少困难和问题。
今年政府工作总的要求是：继续推进改革开放，保持国民经济持续快速健康发展。
中共中央明确提出了今年全党和全国工作的基本方针，这就是：加快建立社会主义市场经济体制。
二、促进农业和农村经济全面发展
农业是关系全局的问题。
现代化建设有赖于国民素质的提高和人才的培养。
今年经济工作的重点是扩大内需。
改善经营管理，搞好工交生产。
在注意防汛的同时，做好防旱抗旱工作。
加强农业基础地位，全面发展农村经济。
现在形势很好，机遇难得。
综观世纪之交的形势，我们面临着历史机遇和新的挑战。
我们要抓住机遇，迎接挑战。
这里需要特别指出，实施积极的财政政策是特定条件下采取的特定政策。
这里要加强监督，防止资金挪用。
中国经济正在迅速发展，市场前景非常广阔。
三、关于外交工作
中德关系进入新的发展阶段。
我国同周边各国的睦邻友好关系进一步加强。
现在，中葡两国在澳门问题上的合作进展顺利。
我国同发展中国家的团结与合作继续加强，在国际事务中相互支持、相互配合。
与此同时，我国同亚洲其他国家和南太平洋地区的广大发展中国家，友好合作关系也有进一步发展。
我们要使同发展中国家的团结与合作继续加强。
只要严格遵循三个联合公报的各项原则，中美关系就会继续得到改善和发展。
我们要进一步发展同周边国家的睦邻友好关系。
江泽民主席访俄取得重大成果，两国元首就双边关系和一系列重大国际问题达成广泛共识。
香港回归祖国以来，“一国两制”方针得到全面贯彻落实。
要保持香港的长期繁荣稳定，必须坚定不移地贯彻“一国两制”方针。
中国不搞军备竞赛，不参加军事集团，不谋求势力范围。
中国政府一贯致力于促进和保护人权。
中国政府将继续奉行独立自主的和平外交政策，反对霸权主义，维护世界和平。
"""
COUPLETS_OF_RHETORIC = ["行之愈笃,知之益明。", "只有抓好革命，才能搞好生产。", "使命呼唤担当,奋斗成就未来。"]

Suggested = tuple[Report, dict[str, Suggestion]]


@pytest.fixture(scope="module")
def report_1999() -> Suggested:
    report = parse_text(REPORT_1999, "1999.txt")[0]
    return report, suggest_by_rules(report)


@pytest.mark.parametrize(
    ("start", "label", "reason"),
    [
        # A result with its praise is a result, and the review goes on after it.
        ("国内生产总值比上年增长7.8％", "achievement", "review part"),
        ("为了应对亚洲金融危机", "achievement", "review part"),
        ("由于外贸出口增长速度", "other", "problem"),  # a slowdown named, and what caused it
        ("去年长江", "other", "problem"),  # a disaster that struck
        ("灾后恢复生产", "achievement", "review part"),
        # The closing paragraphs: causes of success, thanks; the year's tasks done is a result.
        ("过去的一年，我们能够取得", "other", "explanation"),
        ("在此，我代表国务院", "other", "thanks"),
        ("一年来，经过全国各族人民", "achievement", "review part"),
        ("在肯定成绩的同时", "other", "problem"),
        # This year's policy stated in the review part is a target.
        ("今年政府工作总的要求是", "target", "general requirement"),
        ("中共中央明确提出了今年", "target", "general requirement"),
        # A part after the review: definitions are other, a task named as the subject and orders are targets.
        ("农业是关系全局的问题", "other", "states how things are"),
        ("现代化建设有赖于", "other", "states how things are"),
        ("今年经济工作的重点是", "target", "part after the review"),
        ("改善经营管理", "target", "part after the review"),
        ("在注意防汛的同时", "target", "part after the review"),
        ("加强农业基础地位", "target", "part after the review"),
        # 1994: how things stand and where they lead is background; a state reached in the review is a result.
        ("现在形势很好", "other", "background"),
        ("综观世纪之交的形势", "other", "background"),  # 1999: the chances and challenges faced
        ("我们要抓住机遇", "target", "tasks ahead"),
        ("这里需要特别指出", "other", "explanation"),  # 1999, 1979: what the speaker stops to point out
        ("这里要加强监督", "target", "tasks ahead"),
        ("中国经济正在迅速发展", "other", "background"),
        ("当前我国经济发展的总形势很好", "achievement", "review part"),
        # Our relations with other states told as they went are results; a condition or a task is none.
        ("中德关系进入", "achievement", "relations with other states"),
        ("我国同周边各国", "achievement", "relations with other states"),
        ("现在，中葡两国", "achievement", "relations with other states"),  # 1994
        ("我国同发展中国家的团结", "achievement", "relations with other states"),  # 1999
        ("与此同时，我国同亚洲", "achievement", "relations with other states"),  # 1994: the states named, a comma
        ("我们要使同发展中国家", "target", "tasks ahead"),
        ("只要严格遵循", "other", "rhetoric"),
        ("我们要进一步发展", "target", "tasks ahead"),
        # Told as done: more past markers than future ones, and no obligation.
        ("江泽民主席访俄", "achievement", "told as done"),
        ("香港回归祖国以来", "achievement", "told as done"),
        ("要保持香港的长期繁荣稳定", "target", "tasks ahead"),
        # 1994, 1999: what China always or never does is a standing position; what it will go on doing a task.
        ("中国不搞军备竞赛", "other", "statement of principle"),
        ("中国政府一贯致力于", "other", "statement of principle"),
        ("中国政府将继续奉行", "target", "tasks ahead"),
    ],
)
def test_a_nineties_report_reads_as_its_labellers_read_it(
    report_1999: Suggested, start: str, label: str, reason: str
) -> None:
    report, suggestions = report_1999
    found = by_text(report, suggestions, start)
    assert found.label == label and reason in found.reason, found


@pytest.mark.parametrize("text", COUPLETS_OF_RHETORIC)
def test_couplets_without_an_order_stay_rhetoric(text: str) -> None:
    text_of_report = f"政府工作报告\n各位代表：\n一、2023年工作回顾\n一年来，全市经济稳中有进。\n{text}\n"
    report = parse_text(text_of_report, "r.txt")[0]
    found = by_text(report, suggest_by_rules(report), text[:4])
    assert found.label == "other" and "rhetoric" in found.reason, found


MODERN = """政府工作报告
各位代表：
一、2023年工作回顾和2024年工作总体要求
一年来，全市经济稳中有进。
二、扎实推动高质量发展
力争全年实现地区生产总值增长5.5%。
推动实现更高质量更充分就业。
打好污染防治攻坚战，完成省下达的节能减排任务。
着力扩大有效需求特别是消费需求。
医患关系进一步改善。
推动中美关系稳步发展。
全年没有发生重大安全事故。
强化防灾减灾，有效防止发生重大灾害。
去年7月我市发生特大暴雨洪涝灾害，我们迅速组织抢险救灾，紧急转移群众5万人。
做好今年政府工作，要把握好以下三点。
一季度物价涨幅出现回落趋势。
"""


@pytest.mark.parametrize(
    ("start", "label"),
    [
        # The verbs of a target are no sign of a result; 特别是 opens no definition; relations of a state only.
        ("力争全年实现", "target"),
        ("推动实现更高质量", "target"),
        ("打好污染防治攻坚战", "target"),
        ("着力扩大有效需求", "target"),
        ("医患关系", "target"),
        ("推动中美关系", "target"),
        # A disaster denied, prevented or followed by its relief is no problem; a fall in prices may be good news.
        ("全年没有发生", "target"),
        ("强化防灾减灾", "target"),
        ("去年7月我市发生", "achievement"),
        ("一季度物价涨幅", "target"),
        # A lead-in line announces points.
        ("做好今年政府工作", "other"),
    ],
)
def test_the_rules_from_the_nineties_keep_modern_wordings(start: str, label: str) -> None:
    report = parse_text(MODERN, "2024.txt")[0]
    found = by_text(report, suggest_by_rules(report), start)
    assert found.label == label, found


@pytest.mark.parametrize("text", ["特别令人高兴的是能源的生产超过计划的要求，原煤产量达到七亿七千多万吨。",
                                  "前几年首先是搞活农村经济。", "着力扩大有效需求特别是消费需求。"])
def test_a_result_or_a_task_put_with_shi_is_no_definition(text: str) -> None:
    assert not states_how_things_are(text, *time_weights(text))  # a marker of time, or 特别是 (1985, 2020s)
