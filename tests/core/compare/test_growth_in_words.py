"""Growth a plan wills in words for a list of subjects (其他经济作物、肉类、水产品的产量和造林面积，也将有一个新的增长):
a direction target of the year for each, judged by the review."""

from __future__ import annotations

from core.compare.scorecard import ScoreRow, build_scorecard
from tests.core.report_builder import report_of_parts


def _rows(plan: list[str], review: list[str]) -> list[ScoreRow]:
    old = report_of_parts(1980, {"一、一九七九年的工作回顾": ["去年工业总产值增长百分之八点五。"],
                                 "二、一九八一年的国民经济计划": plan})
    new = report_of_parts(1981, {"一、一九八一年的工作回顾": review,
                                 "二、一九八二年的国民经济计划": ["明年工业总产值增长百分之四。"]})
    return [row for row in build_scorecard(old, new).rows
            if row.target is not None and row.target.indicator is None and "有" in row.target.quote]


def test_each_subject_of_a_list_that_will_grow_is_a_direction_target_with_its_measure() -> None:
    rows = _rows(["明年粮食产量要达到三亿二千万吨，其他经济作物、肉类、水产品的产量和造林面积，也将有一个新的增长。"],
                 ["今年水产品产量比去年增长了5.2%。"])
    assert {row.indicator: row.verdict for row in rows} == {
        "经济作物产量增长": "no_result", "肉类产量增长": "no_result", "水产品产量增长": "met",
        "造林面积增长": "no_result"}
    quote = "其他经济作物、肉类、水产品的产量和造林面积，也将有一个新的增长"
    assert all(row.horizon == "year" for row in rows)
    assert all(row.target is not None and row.target.quote == quote for row in rows)


def test_a_subject_is_stated_by_the_review_of_its_branch() -> None:
    rows = _rows(["民用航空客货运总周转量和邮电业务总量都将有所增加。"],
                 ["铁路、水运、公路、民航和邮电部门完成计划的情况是好的。"])
    assert [(row.indicator, row.verdict) for row in rows] == [("民用航空客货运总周转量增加", "stated"),
                                                             ("邮电业务总量增加", "stated")]
    assert all(row.result is not None and "民航和邮电部门" in row.result.sentence.text for row in rows)


def test_the_parts_of_a_figure_and_the_rest_of_a_group_are_no_subjects() -> None:
    rows = _rows(["全国职工的平均工资将提高百分之十四，其中物质生产部门和高级技术工人的工资将有较多的提高。",
                  "明年供应社会需要的主要商品，除了粮食以外，都将有所增加。"],
                 ["今年职工工资提高了百分之十四。"])
    assert rows == []


def test_what_is_asked_of_a_list_is_read_and_a_short_subject_is_not_found_inside_a_longer_name() -> None:
    rows = _rows(["这就要求明年的农业和轻纺工业继续有较大幅度的增长。",
                  "我国职工的工资水平虽然将有一定的提高，但也不能要求很高。"],
                 ["工农业总产值的增长速度超过了原定计划。", "轻纺工业总产值增长了百分之十二。",
                  "农业总产值一九七九年比一九七八年增长百分之八，一九八○年预计比一九七九年增长百分之五，两年平均每年递增"
                  "百分之六点五。"])
    assert [(row.indicator, row.verdict) for row in rows] == [("农业增长", "met"), ("轻纺工业增长", "met")]
    # the figure of the year planned, not the year before nor the two years' average
    assert rows[0].result is not None and rows[0].result.quote.endswith("一九八○年预计比一九七九年增长百分之五")


def test_a_forecast_a_fear_a_need_and_one_sum_for_a_list_are_read_as_they_are_meant() -> None:
    rows = _rows(["这样，财政赤字将有所增加。",
                  "预计明年的物价涨幅将有所提高。",
                  "只要工作做好，粮食产量就将有所增加。",
                  "国家财政支出需要有所增加。", "高中阶段教育毛入学率和普及率将有明显提高。",
                  "地方财力用于发展公用事业、文教卫生事业和其他福利事业的费用，也将比去年有所增加。"],
                 ["畜牧业生产遇到了严重困难，没有完成计划。"])
    assert [row.indicator for row in rows] == ["高中阶段教育毛入学率提高", "普及率提高",
                                               "地方财力用于发展公用事业、文教卫生事业和其他福利事业费用增加"]


def test_a_branch_that_went_badly_or_a_branch_figure_of_another_year_states_nothing() -> None:
    rows = _rows(["明年肉类产量和农业都将有较大的增长。"],
                 ["畜牧业生产遇到了严重困难，没有完成计划。", "农业贷款比上年减少百分之十二。",
                  "农业总产值一九七九年比一九七八年增长百分之八。"])
    assert [(row.indicator, row.verdict) for row in rows] == [("肉类产量增长", "no_result"), ("农业增长", "no_result")]


def test_a_goal_set_in_passing_is_one_row() -> None:
    plan = ["今年国内生产总值增长百分之八到九。", "教育经费要有较大的增长。"]
    old = report_of_parts(1995, {"一、1994年的工作": ["去年国内生产总值增长百分之十一。"],
                                 "二、1995年的主要任务": plan})
    new = report_of_parts(1996, {"一、1995年的工作回顾": ["国内生产总值增长百分之十点二。"]})
    rows = [row for row in build_scorecard(old, new).rows if row.target is not None and "教育经费" in row.target.quote]
    assert len(rows) == 1


def test_a_list_over_commas_with_examples_and_a_base_year_is_one_subject_per_part() -> None:
    # 1956: the list runs over commas, each part with its measure; the year of the base is no figure
    rows = _rows(["其他农副产品如烤烟、甘蔗、甜菜、黄麻、蚕茧等的产量，牲畜的数量，开荒和造林的面积，"
                  "也都将比一九八○年有所增长。"],
                 ["造林面积比上年增长了百分之九。"])
    assert [(row.indicator, row.verdict) for row in rows] == [
        ("农副产品产量增长", "no_result"), ("牲畜数量增长", "no_result"), ("开荒面积增长", "no_result"),
        ("造林面积增长", "met")]
    assert all(row.target is not None and row.target.quote.startswith("其他农副产品") for row in rows)


def test_a_growth_said_to_be_considerable_is_willed_and_a_year_in_digits_is_no_subject() -> None:
    # 1958: 各种农药的生产量，也将有相当的增加; 1956: 人民的文化生活水平在１９５６年内也将有相当的提高
    rows = _rows(["各种农药的生产量，也将有相当的增加。", "人民的文化生活水平在１９８１年内也将有相当的提高。"],
                 ["农药生产量比上年增长了百分之八。"])
    assert [(row.indicator, row.verdict) for row in rows] == [("农药生产量增加", "met")]
