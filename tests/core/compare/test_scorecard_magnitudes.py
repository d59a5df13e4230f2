"""A result of the target's name is no result for it when it counts something else: a name that says who or what
kind (中央, 项目) rather than what is measured, or a sentence in words that only holds a two-character name inside
another word (发电 in 大型发电设备)."""

from __future__ import annotations

from core.compare.scorecard import build_scorecard
from core.compare.scorecard.verdicts import MET, NO_RESULT, NOT_MET
from tests.core.report_builder import report_of_parts

PLAN = report_of_parts(1956, {"二、一九五六年的任务": [
    "对戏曲、话剧、歌剧等７个项目，免税两年。",
    "按照中央１７个部培养熟练工人的计划，受训练的工人在今年将达７１万人。",
    "今年城镇新增就业1100万人以上。",
]})
REVIEW = report_of_parts(1957, {"一、一九五六年的工作回顾": [
    "1956年，苏联帮助设计和供应设备的建设项目共有一百五十六个。",
    "1956年城镇新增就业0.1361亿人。",
]})


def test_who_or_what_kind_names_no_indicator() -> None:
    rows = {row.indicator: row for row in build_scorecard(PLAN, REVIEW).rows}
    assert "项目" not in rows and "中央" not in rows  # who or what kind, no measure: 7 is not judged by 156
    jobs = rows["城镇新增就业"]
    assert jobs.verdict == MET and jobs.result is not None  # 1361万 (said in 亿) against 1100万以上: the same measure


def test_a_floor_beaten_many_times_over_is_met() -> None:
    plan = report_of_parts(2023, {"二、2023年工作安排": ["今年新增市场主体1万户以上。"]})
    review = report_of_parts(2024, {"一、2023年工作回顾": ["2023年新增市场主体12.3万户。"]})
    assert [row.verdict for row in build_scorecard(plan, review).rows if row.indicator == "新增市场主体"] == [MET]


def test_a_name_of_two_characters_is_not_found_inside_other_words() -> None:
    plan = report_of_parts(1956, {"二、一九五六年的任务": ["１９５６年发电增长１５％，水泥增长４０％。"]})
    review = report_of_parts(1957, {"一、一九五六年的工作回顾": [
        "喷气式飞机、载重汽车、大型发电设备等重要新产品都是在这一年制造成功的。",
        "1956年水泥产量比上年增长38%。",
    ]})
    rows = {row.indicator: row for row in build_scorecard(plan, review).rows}
    assert rows["发电"].verdict == NO_RESULT and rows["发电"].result is None  # 发电设备 is no power generated
    assert rows["水泥"].verdict == NOT_MET  # a figure of its own name still judges it
