"""Part kinds as older reports name their parts: years in Chinese numerals or full-width digits, and the goals of a
plan period."""

from __future__ import annotations

from core.reading.model import KIND_PLAN, KIND_REVIEW
from core.reading.sections.headings import arabic_years, part_kind


def test_years_in_chinese_numerals_and_full_width_digits_date_a_part() -> None:
    assert arabic_years("一九八六年和２００１年，“十一五”") == "1986年和2001年，“十一五”"
    assert part_kind("首先报告２００１年的工作", 2002) == KIND_REVIEW
    assert part_kind("一、一九八六年的工作", 1987) == KIND_REVIEW
    assert part_kind("二、关于一九八七年的工作", 1987) == KIND_PLAN
    assert part_kind("一、一九八六年的经济形势", 1987) == KIND_REVIEW  # a year and what it reports on
    assert part_kind("一、一九九四年计划执行情况", 1995) == KIND_REVIEW


def test_the_goals_of_a_plan_period_are_a_plan_part() -> None:
    assert part_kind("二、“十五”期间的奋斗目标和指导方针", 2001) == KIND_PLAN
    assert part_kind("一、“九五”计划的主要目标胜利实现", 2001) == KIND_REVIEW  # a goal said to be reached
    assert part_kind("三、确保全面完成今年的目标任务", 2001) == KIND_PLAN
