"""The time of a sentence read from its own words (core.reading.tense)."""

from __future__ import annotations

import pytest

from core.reading.tense import OBLIGATION, marks_future, time_weights, turns_to_obligation


@pytest.mark.parametrize(
    "text",
    [
        "我们坚决地粉碎了敌人的进攻。",  # 坚决 tells how it was done
        "产品质量逐步提高了。",
        "各项工作已经逐步走上正轨。",
        "经过努力，我们基本上完成了计划。",  # 努力 the effort made
        "经过全国人民的艰苦努力，粮食产量达到了新的水平。",
        "由于双方的共同努力，两国人民的往来有了发展。",
        "保证了人民吃穿的基本需要。",  # 需要 the noun
        "在全国人民的努力下，完成了任务。",
        "我们取得了一定的成绩。",  # 一定 an amount
        "农业生产在一定程度上得到了恢复。",
    ],
)
def test_words_of_manner_are_no_future_in_a_sentence_telling_of_the_past(text: str) -> None:
    future, past = time_weights(text)
    assert future == 0
    assert past >= 1


@pytest.mark.parametrize(
    ("text", "future"),
    [
        ("这个速度，比一九五七年要高得多。", 0),
        ("实际执行的结果比我们的预料要好得多。", 0),
        ("农村购买力的增长速度将比城市购买力的增长速度还要来得快些。", 1),  # 将 alone
        ("在建设期间，工业发展的速度当然要低些。", 0),
        ("增长速度要快一些。", 0),
    ],
)
def test_yao_in_a_comparison_is_no_future(text: str, future: int) -> None:
    assert time_weights(text)[0] == future


def test_a_comparison_alone_is_neither_future_nor_an_obligation() -> None:
    assert time_weights("这个速度，比一九五七年要高得多。") == (0, 0)
    assert not marks_future("去年的收成比前年要好得多。")
    assert not turns_to_obligation("产量增加了，要好得多。")
    assert turns_to_obligation("产量增加了，要继续努力。")


@pytest.mark.parametrize(
    ("text", "future"),
    [
        ("要坚决打击走私。", 2),
        ("要逐步提高人民生活。", 2),
        ("我们一定要把农业搞上去。", 2),
        ("我们一定能够克服困难。", 1),
        ("继续努力，把工作做好。", 2),
        ("比重大的省要抓农业。", 1),  # 比重 is no comparison
        ("比较发达的省市要进一步扩大开放。", 1),
        ("今后要继续努力，巩固已经取得的成果。", 3),  # 已 in another clause
    ],
)
def test_words_of_manner_and_yao_still_mark_the_future_in_a_plan(text: str, future: int) -> None:
    assert time_weights(text)[0] == future


def test_xuyao_is_an_obligation_as_a_verb_only() -> None:
    assert OBLIGATION.search("我们需要更多的资金。")
    assert not OBLIGATION.search("保证了人民吃穿的基本需要。")
    assert not OBLIGATION.search("为了满足人民的需要而生产。")
    assert time_weights("我们需要更多的资金。") == (1, 0)


@pytest.mark.parametrize(
    "text",
    [
        "最近几年，城乡人民生活都逐步有所改善。",  # the past stretch of time is in another clause
        "我们的这一重大努力，受到了苏联人民的热烈欢迎。",
        "我们清除了帮派骨干分子，而且开始实行了选举的办法，使民主权利逐步扩大。",
    ],
)
def test_words_of_manner_alone_against_the_past_tell_how_it_went(text: str) -> None:
    assert time_weights(text) == (0, 1)


def test_an_order_keeps_its_words_of_manner_beside_a_past_marker() -> None:
    assert time_weights("坚决打击走私，巩固已经取得的成果。") == (2, 2)


def test_a_perfect_that_sets_a_condition_tells_of_no_past() -> None:
    assert time_weights("这一仗打好了，我们就会具备比较有利的条件，促使国民经济逐步走上轨道。") == (1, 0)
    assert time_weights("这一仗打好了。")[1] == 1


@pytest.mark.parametrize(
    "text", ["经济管理体制的要害问题是违背了客观经济规律。", "下面简要说明几个问题。", "这是报告的要领。"]
)
def test_yao_inside_a_word_is_no_time_marker(text: str) -> None:
    assert time_weights(text)[0] == 0
