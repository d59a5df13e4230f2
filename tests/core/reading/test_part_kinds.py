"""Part kinds as older reports name their parts: years in Chinese numerals or full-width digits, the goals of a
plan period, and the year's tasks set out without a plan heading after the review."""

from __future__ import annotations

from core.reading.headings import arabic_years, part_kind
from core.reading.model import KIND_PLAN, KIND_REVIEW, LEVEL_PART
from tests.core.report_builder import report_of_parts


def test_years_in_chinese_numerals_and_full_width_digits_date_a_part() -> None:
    assert arabic_years("一九八六年和２００１年，“十一五”") == "1986年和2001年，“十一五”"
    assert part_kind("首先报告２００１年的工作", 2002) == KIND_REVIEW
    assert part_kind("一、一九八六年的工作", 1987) == KIND_REVIEW
    assert part_kind("二、关于一九八七年的工作", 1987) == KIND_PLAN
    assert part_kind("一、一九八六年的经济形势", 1987) == KIND_REVIEW  # a year and what it reports on
    assert part_kind("一、一九九四年计划执行情况", 1995) == KIND_REVIEW


def test_the_goals_of_a_plan_period_are_a_plan_part() -> None:
    assert part_kind("二、“十五”期间的奋斗目标和指导方针", 2001) == KIND_PLAN


def test_parts_after_the_review_of_a_report_without_a_plan_heading_are_its_plan() -> None:
    report = report_of_parts(2002, {"一、过去一年的回顾": ["经济平稳。"],
                                    "二、扩大和培育内需，促进经济较快增长": ["继续发行长期建设国债。"],
                                    "三、加快农业和农村经济发展": ["增加农民收入。"]})
    kinds = [section.kind for section in report.sections if section.level == LEVEL_PART]
    assert kinds == [KIND_REVIEW, KIND_PLAN, KIND_PLAN]
