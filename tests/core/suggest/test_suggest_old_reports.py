"""Older reports whose parts do not say review or plan: each sentence is read by its own words."""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.reading.tense import time_weights
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

# Parts titled by years only: the kind comes from the years, so each sentence still has its say.
BUDGET = """关于1955年国家决算和1956年国家预算的报告
各位代表：
现在我向大会提出关于1955年国家决算和1956年国家预算的报告，请予审查。
一、1955年国家决算
1955年国家决算的收支总数如下：本年收入合计272亿元。
有一部分国营企业还没有贯彻执行增产节约的措施。
1955年决算支出比预算少支出了约1.59%，这主要地是各部门各地方厉行节约、反对浪费的结果。
在1955年的预算执行过程中，节减了基本建设的投资，克服了铺张浪费现象，这是正确的，必要的。
本年支出合计293亿元。
二、1956年的国家预算
1956年国家预算规定，本年收入共为297亿元。在粮食统购方面，政府所定的收购价格是对农民有利的。许多企业对于职工的福利和安全的关心也很不够。全国职工的劳动保险费用由企业收入中支付，没有列入国家预算。
在交通运输业方面，今年1——5月份铁道货运量计划完成105%，江海货运量计划完成104%。
按照完成的投资额来比较，比去年同期增长68%。
在1956年过去几个月中，我国农业、手工业和资本主义工商业的社会主义改造，都已经获得了决定性的胜利。
在反对保守主义的时候，必须同时反对急躁冒进的倾向，而这种倾向在许多部门都已经发生了。
加强对地方财政的领导，增加地方的机动财力。
中央预算收入为236亿元，占国家预算的77.06%。
"""

# Parts of unknown kind: no years in the titles, no review or plan headings.
REFORM = """各位代表：
现在，我就以此为题，向大会作政府工作报告，请予审议。
（一）关于经济形势
1984年，我国农业又获得了大丰收。
这对于我国今后经济的长时期发展将产生重要作用。
这是一条重要的教训。
如果不积极进行改革，坐失良机，就会失去群众。
大城市是全国或区域性的经济、政治、文化中心。
而那种把增加收入的主要希望寄托在涨价上的想法和做法，是同改革的目的相违背的，是不符合人民的根本利益的。
价格放开后将促进生产的迅速增长，随着生产的上升，价格也必然逐步趋于平稳和合理。
（二）关于经济体制改革
继续抓好粮食生产，努力开辟粮食的多种用途。
对沿用过去的工资、奖金办法的，要征收超额奖金税。
现在，有的地方不顾社会的需要，片面追求脱离实际的高指标。
对收入超过一定水平的职工，准备征收个人所得税。目前工资改革的各项具体工作正在抓紧进行。
"""


@pytest.mark.parametrize(
    ("start", "label", "reason"),
    [
        ("1955年国家决算的收支总数", "achievement", "review"),
        ("有一部分国营企业还没有", "other", "problem"),  # 1956: a part of them doing wrong
        ("1955年决算支出比预算少支出了", "other", "explanation"),  # 1956: ，这主要是…的结果
        ("在1955年的预算执行过程中", "other", "judgement"),  # 1956: ，这是正确的
        ("本年支出合计", "achievement", "review"),  # neither closes the review
        ("1956年国家预算规定", "target", "plan"),
        ("在粮食统购方面", "other", "judgement"),  # 1956: …是…的
        ("许多企业对于职工的福利", "other", "problem"),  # 1956: one problem word in a bare statement
        ("全国职工的劳动保险费用", "other", "states how things are"),  # 1956: no task in it
        ("在交通运输业方面", "achievement", "progress this year"),  # 1956: in-year progress
        ("按照完成的投资额来比较", "achievement", "progress this year"),
        ("在1956年过去几个月中", "achievement", "done already"),  # 1956: 已经…了 in a plan part
        ("在反对保守主义的时候", "target", "plan"),  # …but not beside 必须
        ("加强对地方财政的领导", "target", "plan"),
        ("中央预算收入为236亿元", "target", "plan"),  # 1956: figures are no bare statement  # a measure still is a task
    ],
)
def test_a_budget_report_reads_each_sentence_under_its_year_titles(start: str, label: str, reason: str) -> None:
    report = parse_text(BUDGET, "budget.txt")[0]
    found = by_text(report, suggest_by_rules(report), start)
    assert found.label == label and reason in found.reason, found


@pytest.mark.parametrize(
    ("start", "label", "reason"),
    [
        ("1984年，我国农业", "achievement", "past markers"),
        ("这对于我国今后经济", "other", "argument"),  # 1985: what a measure will bring about
        ("这是一条重要的教训", "other", "argument"),  # 1985: a short verdict (重要 is no future marker)
        ("如果不积极进行改革", "other", "argument"),  # 1985: what would follow if…
        ("大城市是全国", "other", "states how things are"),  # 1985: not the time of the sentence before
        ("而那种把增加收入", "other", "judgement"),  # 1985: 主要 is no future marker
        ("价格放开后将促进", "other", "argument"),  # 1985: a prediction (必然), not a task
        ("继续抓好粮食生产", "target", "future markers"),
        ("对沿用过去的工资", "target", "order for a kind of case"),  # 1985
        ("对收入超过一定水平的职工", "target", "order for a kind of case"),
        ("现在，有的地方不顾", "other", "problem"),  # 1985: a part of them doing wrong
        ("目前工资改革的各项具体工作", "target", "sentence before"),  # 1985: work under way is no bare statement
    ],
)
def test_a_report_without_review_or_plan_parts_reads_each_sentence_by_its_own_words(
    start: str, label: str, reason: str
) -> None:
    report = parse_text(REFORM, "reform.txt")[0]
    found = by_text(report, suggest_by_rules(report), start)
    assert found.label == label and reason in found.reason, found


def test_words_that_only_contain_a_time_character_are_no_time_markers() -> None:
    assert time_weights("这是一条重要的教训。") == (0, 0)
    assert time_weights("主要表现在信贷增长过猛。") == (0, 0)
    assert time_weights("为了增加工资基数。") == (0, 0)
    assert time_weights("要征收超额奖金税。")[0] == 1
    assert time_weights("取得了很大成绩。")[1] == 2
    # A decision taken speaks of the measure ahead (1985): 已 is then no past marker.
    assert time_weights("国家已决定采取预售办法，直接供应给消费者。") == (1, 0)
    assert time_weights("国务院已经决定：严格控制消费基金。") == (1, 0)


def test_a_judgement_is_other_but_a_commitment_put_as_one_is_a_target() -> None:
    vow = "保证人民的实际生活水平不下降，这是我们必须坚持做到的，也是一定能够做到的。\n"
    report = parse_text(BUDGET + vow, "budget.txt")[0]
    suggestions = suggest_by_rules(report)
    assert by_text(report, suggestions, "在粮食统购方面").label == "other"
    assert by_text(report, suggestions, "保证人民的实际生活水平").label == "target"
