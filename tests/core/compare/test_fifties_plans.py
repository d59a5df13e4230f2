"""Targets as the plans of the 1950s set them: levels the plan will reach (将达到), lists of products under a
name and a colon, and around them figures that are no targets: what a measure would bring, a figure said
again another way, an example, a fault, and the months behind in a plan given mid-year."""

from __future__ import annotations

from core.compare.figures.indicator_names import name_key
from core.compare.indicators import extract_from_text
from core.compare.scorecard import build_scorecard
from core.reading.model import Report
from tests.core.report_builder import report_of_parts

LATER = report_of_parts(1958, {"一、一九五七年的工作回顾": ["一九五七年工业总产值比上年增长百分之十一。"]})


def _targets(old: Report) -> list[str]:
    return [row.target.quote for row in build_scorecard(old, LATER).rows if row.target is not None]


def _plan(*paragraphs: str) -> Report:
    return report_of_parts(1957, {"二、一九五七年的任务": list(paragraphs)})


def test_a_level_the_plan_will_reach_is_a_target_and_the_growth_beside_it_is_the_same_target() -> None:
    old = _plan("铁路货物周转量将达到一千二百一十亿吨公里，比一九五二年增长百分之五十五。",
                "高校毕业生将达727万人。")
    assert _targets(old) == ["铁路货物周转量将达到一千二百一十亿吨公里"]


def test_a_name_before_a_colon_names_the_figure_after_it() -> None:
    old = _plan("主要产品的产量：载重汽车：达到四千辆；棉布：从一亿一千一百六十三万匹增加到一亿六千三百七十二万匹，"
                "增长零点五倍；黄麻、洋麻：达到七百三十万担。")
    assert _targets(old) == ["载重汽车：达到四千辆", "棉布：从一亿一千一百六十三万匹增加到一亿六千三百七十二万匹",
                             "黄麻、洋麻：达到七百三十万担"]


def test_an_effect_a_restatement_an_example_and_a_fault_set_no_target() -> None:
    old = _plan("粮食产量要增长百分之十七点六，即增产五百七十八亿斤。",
                "节约下来的资金，则可以新建铁路三千公里以上。",
                "例如大连工矿车辆厂第一季度生产的五十吨敞车，质量很差。",
                "有些宿舍的单位造价高达三百四十六元，浪费六百三十万元。")
    assert _targets(old) == ["粮食产量要增长百分之十七点六"]


def test_the_months_behind_in_a_plan_given_mid_year_set_no_target() -> None:
    old = _plan("据国家统计局初步统计，本年１——５月份工业生产总值计划完成１０２．６％，比上年同期增长３３．３％。"
                "但是有几项重要产品的产量没有完成计划：钢完成９６．４％，钢材完成９５％。",
                "１９５７年工业生产总值将增长４．５％。")
    assert _targets(old) == ["工业生产总值将增长４．５％"]


def test_a_review_in_traditional_characters_a_sector_named_before_and_a_plan_inside_the_review() -> None:
    old = report_of_parts(1956, {"二、１９５６年的计划": [
        "１９５６年工业总产值比１９５５年将增长１９．７％。",
        "在手工业方面，１９５６年的全国总产值将比１９５５年增长１６．２％。"]})
    new = report_of_parts(1957, {"一、一九五六年的工作": [
        "1957年的工业总产值比1956年将增长百分之四点五，达到六百零三亿元。",
        "这一年，工业总产值比1955年增长了28.1%。",
        "公私合营企業的总产值較1955年增加了約32％。这一年，手工業总产值达到一百一十七亿元，較1955年增長了16％。"]})
    rows = {row.indicator: (row.result.quote if row.result else None, row.verdict)
            for row in build_scorecard(old, new).rows if row.target is not None}
    assert rows == {"工业总产值": ("工业总产值比1955年增长了28.1%", "met"),
                    "手工业总产值": ("較1955年增長了16％", "not_met")}


def test_counts_said_with_gong_you_and_a_doubling_are_targets_and_a_worked_out_rate_and_a_whole_are_not() -> None:
    old = _plan("今年施工的限额以上建设单位共有９６４个。",
                "国家预算对科学事业的支出比上年增加一倍以上。",
                "如果扣除上年结转收入，则本年收入实际增长１５．８３％。",
                "在本年的４６种主要工业产品中，有三十种要超额完成计划。",
                "他们以十倍的努力工作。")
    assert _targets(old) == ["施工的限额以上建设单位共有９６４个", "国家预算对科学事业的支出比上年增加一倍以上"]


def test_a_task_told_as_done_as_a_condition_or_as_a_duty_and_a_capacity_once_built_are_no_goals() -> None:
    old = report_of_parts(1955, {"二、第一个五年计划的任务": [
        "五年内，全国每年都超额完成了生产任务。只有全国人民群众都完成生产任务，五年计划才能完成。",
        "在五年计划期间，各级干部要更好地完成自己所担负的任务。",
        "鞍山钢铁公司全部建成后增加的年产能力将为二百五十万吨。",
        "在五年计划期间，要完成第一个五年计划规定的基本建设任务。"]})
    assert _targets(old) == ["要完成第一个五年计划规定的基本建设任务"]


def test_a_growth_and_the_level_it_reaches_by_a_year_are_one_target_the_level() -> None:
    old = _plan("高等学校在校学生的人数将增长百分之一百二十七，在一九五七年达到四十三万四千人。")
    assert _targets(old) == ["在一九五七年达到四十三万四千人"]
    rows = [row for row in build_scorecard(old, LATER).rows if row.target is not None]
    assert rows[0].indicator == "高等学校在校学生的人数"


def test_by_how_much_spending_passed_revenue_is_no_result_for_revenue() -> None:
    old = _plan("本年收入共为２９，７３１，７３２，０００元。")
    new = report_of_parts(1958, {"一、一九五七年的工作回顾": [
        "从财政方面说，执行国家预算的结果，当年支出超过当年收入十八亿三千万元。"]})
    (row,) = [row for row in build_scorecard(old, new).rows if row.target is not None]
    assert (row.result, row.verdict) == (None, "no_result")


def test_a_target_hedged_against_disaster_set_against_the_plan_period_is_a_target_of_the_year() -> None:
    old = report_of_parts(1956, {"二、１９５６年的计划": [
        "如果没有特大的灾荒，粮食产量将要达到３，９８９亿斤，比五年计划原定１９５７年３，８５６亿斤的水平超过１３３亿斤。"]})
    new = report_of_parts(1957, {"一、一九五六年的工作": [
        "1956年，粮食（不包括大豆）的产量为三千六百五十亿斤，比1955年增加了一百五十四亿斤。"]})
    row = next(row for row in build_scorecard(old, new).rows if row.indicator == "粮食产量")
    assert row.horizon == "year"
    assert row.result is not None and row.result.quote == "粮食（不包括大豆）的产量为三千六百五十亿斤"
    assert row.verdict == "not_met"


def test_an_example_a_fact_of_nature_a_boast_a_capacity_a_possibility_and_a_recount_set_no_target() -> None:
    old = _plan("该厂生产的三百八十台钻床质量很差。黄河全长四千八百多公里。",
                "国民党曾经大肆吹嘘要建立一个年产十万吨的钢厂。这个厂建成以后，每年能够出产载重汽车三万辆。",
                "玉米的单位面积产量比别的杂粮可能增加百分之五十。",
                "在工业生产方面，工业总产值比一九五二年增长了百分之五十三点七，如铁增长百分之五十六，钢增长百分之六十五。",
                "钢产量要达到四百一十二万吨，但赤字率稳定在2.1%。")
    assert _targets(old) == ["钢产量要达到四百一十二万吨", "赤字率稳定在2.1%"]


def test_the_names_and_verbs_of_the_fifties() -> None:
    assert name_key("工业生产总值") == name_key("工业总产值")
    assert name_key("农业和副业总产值") == name_key("农业总产值")
    (share,) = extract_from_text("手工业所占的比重将下降为１５．３％。")
    assert (share.name, share.relation, share.value) == ("手工业所占的比重", "下降为", 15.3)
    old = _plan("如果没有特大的灾荒，粮食产量将要达到３，９８９亿斤，"
                "比五年计划原定３，８５６亿斤的水平超过１３３亿斤。")
    assert _targets(old) == ["粮食产量将要达到３，９８９亿斤"]


def test_a_long_name_keeps_its_head_past_what_it_says_in_brackets() -> None:
    investment = extract_from_text("全国基本建设（包括经济、文教、行政各方面的基本建设）的投资共有１４０亿元，"
                                   "比１９５５年基本建设投资增长６２％。")[0]
    assert investment.name.startswith("全国基本建设")
    assert name_key(investment.name) == name_key("基本建设投资")


def test_sums_of_yuan_written_in_full_show_in_yi_yuan() -> None:
    (revenue,) = extract_from_text("本年收入共为２９，７３１，７３２，０００元。")
    assert revenue.value == 29731732000
    assert revenue.value_text() == "297.32亿元"


def test_the_rules_for_older_plans_keep_the_targets_of_modern_ones() -> None:
    """Found in a review of the rules above, each on a modern wording."""
    # a level after a semicolon takes no name from another clause
    assert [(item.name, item.value) for item in extract_from_text(
        "城镇新增就业1100万人以上；高校毕业生就业总体稳定，达到900万人。")] == [("城镇新增就业", 1100)]
    assert [item.name for item in extract_from_text(
        "发电装机增长百分之四十六，达到16500万千瓦；原油产量继续增长，达到1.42亿吨。")] == ["发电装机", "发电装机"]
    old = report_of_parts(2023, {"二、2023年工作安排": [
        "带动全市完成固定资产投资2250亿元，增长10%以上。年度投资额达到450亿元以上，力争同比增长12%。",
        "今年要完成80%以上的老旧小区改造任务，新增养老床位20万张。",
        "上半年要完成全年任务的一半，全年粮食产量保持在1.3万亿斤以上。",
        "在去年增长了8%的基础上，研发经费投入增长10%以上。"]})
    new = report_of_parts(2024, {"一、2023年工作回顾": ["粮食产量1.39万亿斤。"]})
    assert [row.target.quote for row in build_scorecard(old, new).rows if row.target is not None] == [
        "带动全市完成固定资产投资2250亿元", "增长10%以上", "年度投资额达到450亿元以上", "力争同比增长12%",
        "80%以上的老旧小区改造任务", "新增养老床位20万张", "粮食产量保持在1.3万亿斤以上", "研发经费投入增长10%以上"]


def test_a_product_named_by_one_character_in_a_list_names_its_output() -> None:
    old = _plan("主要产品的产量：钢：从一百三十五万吨增加到四百十二万吨，增长二点一倍。")
    assert [row.indicator for row in build_scorecard(old, LATER).rows if row.target is not None] == ["钢产量"]


def test_a_figure_said_of_each_of_a_list_of_examples_is_a_target_for_each() -> None:
    speeds = extract_from_text("机械产品中的发电设备、电动机、载重汽车和蒸气机车等，增长的速度都将达到百分之五十以上。")
    assert [(item.name, item.relation, item.value) for item in speeds] == [
        ("发电设备产量", "增长", 50), ("电动机产量", "增长", 50), ("载重汽车产量", "增长", 50),
        ("蒸气机车产量", "增长", 50)]
    outputs = extract_from_text("水产品、机制纸、自行车和胶鞋等产品，在一九五八年的生产量，也都将增长百分之十以上。")
    assert [item.name for item in outputs] == ["水产品产量", "机制纸产量", "自行车产量", "胶鞋产量"]


def test_a_list_of_examples_measured_together_names_each_examples_measure() -> None:
    outputs = extract_from_text("生铁、钢、发电设备、动力机械等产品的产量，都比一九五七年增长一倍以上。", kind="review")
    assert [item.name for item in outputs] == ["生铁产量", "钢产量", "发电设备产量", "动力机械产量"]


def test_a_rise_in_times_judges_a_growth_target_in_percent() -> None:
    old = _plan("发电设备、电动机等，增长的速度都将达到百分之五十以上。")
    new = report_of_parts(1958, {"一、一九五七年的工作回顾": [
        "一九五七年生铁、发电设备、机车等产品的产量，都比上年增长一倍以上。"]})
    rows = {row.indicator: row for row in build_scorecard(old, new).rows if row.target is not None}
    assert rows["发电设备产量"].verdict == "met"
    assert rows["电动机产量"].verdict == "no_result"


def test_a_level_grown_to_times_the_base_is_no_rise_of_as_many_hundreds() -> None:
    """增长到两倍 is a rise of 100%, not of 200%: a level in times is left unconverted, unlike 增长两倍."""
    from core.compare.figures.indicator_matching import growth_unit

    (to_a_level,) = extract_from_text("粮食产量比上年增长到2倍。", kind="review")
    (a_rise,) = extract_from_text("粮食产量比上年增长2倍。", kind="review")
    assert (to_a_level.unit, growth_unit(to_a_level)) == ("倍", "倍")
    assert growth_unit(a_rise) == "%"


def test_a_level_the_clause_before_names_is_read_with_its_name() -> None:
    old = _plan("一九五八年的基本建设总投资额，拟定为一百四十五亿七千七百万元，比一九五七年的预计数增加了二十二亿元。",
                "一九五八年的职工工资总额，计划安排为一百五十八亿元，比上一年增加五亿五千万元。",
                "一九五八年，包括在国家计划以内的职工总数，将达到二千四百三十九万二千人，比上一年增加四十一万九千人。")
    assert _targets(old) == ["拟定为一百四十五亿七千七百万元", "计划安排为一百五十八亿元",
                             "将达到二千四百三十九万二千人"]


def test_the_parts_of_a_count_of_works_are_no_targets_of_their_own() -> None:
    old = _plan("一九五八年计划施工的限额以上的建设项目共有一千一百八十五个，其中农林水利建设项目是一百八十五个，"
                "交通运输建设项目是一百零六个。",
                "在这一百一十九个项目中，电站有一百个，其中火力电站是七十六个，水电站是二十四个。",
                "国家投资建设的水利工程，限额以上的项目有七十三个。其中，包括三十八个续建工程。",
                "煤炭工业部和石油工业部共有二百个建设项目。",
                "今年国家财政赤字一千二百亿元，其中中央财政赤字八百五十亿元。")
    assert sorted(_targets(old)) == sorted(["施工的限额以上的建设项目共有一千一百八十五个",
                                            "国家财政赤字一千二百亿元", "中央财政赤字八百五十亿元"])


def test_a_forecast_an_example_of_one_works_and_a_quoted_name_set_no_target() -> None:
    old = _plan("一九五八年的社会购买力估算为四百九十四亿元左右。",
                "群众自办的学校的招生人数，大致估算为：高中一万人，初中十八万人。",
                "拿北京京西矿务局来说，原定的煤炭产量的指标是二百八十五万吨。",
                "在苏联帮助设计的“一五六项”建设工程所需要的成套设备中，国内制造的部分将提高到百分之六十左右。",
                "这些电站建设完工后，每年可发电四十五亿度以上。",
                "例如，钢产量拟定为六百二十四万八千吨。")
    assert sorted(_targets(old)) == sorted(["国内制造的部分将提高到百分之六十左右", "钢产量拟定为六百二十四万八千吨"])


def test_the_clauses_after_a_past_year_tell_of_that_year_unless_a_later_year_follows() -> None:
    old = _plan("解放以后，我国在一九五二年的粮食产量就达到三千二百七十八亿斤，棉花产量达到二千六百万担。",
                "在一九五四年全国的基本建设投资中，非生产性的投资占百分之二十四点三。",
                "全国职工的工资总额一九五二年为七十七亿元，一九五七年将达到九十八亿元。",
                "一九五七年粮食产量比一九五二年增长百分之十七。")
    assert sorted(_targets(old)) == sorted(["一九五七年将达到九十八亿元", "粮食产量比一九五二年增长百分之十七"])


def test_another_countrys_figure_told_for_comparison_is_no_target() -> None:
    old = _plan("而苏联的第一个五年计划，制造生产资料工业的投资占百分之八十五点九。",
                "在苏联帮助设计的工厂中，国内制造的设备将提高到百分之六十左右。")
    assert _targets(old) == ["国内制造的设备将提高到百分之六十左右"]


def test_last_years_carry_over_and_the_total_with_it_are_no_targets() -> None:
    old = _plan("１９５７年国家预算规定，本年收入共为２９，７３１，７３２，０００元，"
                "上年结转收入１，０１１，０３８，０００元，收入总数共为３０，７４２，７７０，０００元。")
    assert _targets(old) == ["本年收入共为２９，７３１，７３２，０００元"]


def test_one_part_named_a_base_year_and_what_is_learnt_from_another_country_keep_their_targets() -> None:
    old = report_of_parts(2016, {"二、2016年重点工作": [
        "今年支持建设重大项目5000个，其中新开工项目1000个。",
        "今年要培训农村基层干部100万人次。",
        "按2010年不变价计算，国内生产总值增长6.5%。",
        "推广苏联的先进经验，工业劳动生产率将提高百分之十五。"]})
    new = report_of_parts(2017, {"一、2016年工作回顾": ["国内生产总值增长6.7%。"]})
    quotes = [row.target.quote for row in build_scorecard(old, new).rows if row.target is not None]
    assert {"新开工项目1000个", "培训农村基层干部100万人次", "国内生产总值增长6.5%",
            "工业劳动生产率将提高百分之十五"} <= {quote.removeprefix("今年") for quote in quotes}


def test_a_growth_by_a_multiple_said_with_one_numeral_is_a_target() -> None:
    # 1958: 排水灌溉机械将比一九五七年增长两倍多; a multiple with no growth before it stays words
    old = _plan("排水灌溉机械将比一九五六年增长两倍多。", "他们以十倍的努力工作。")
    rows = [row for row in build_scorecard(old, LATER).rows if row.target is not None]
    assert [row.target.quote for row in rows if row.target is not None] == ["排水灌溉机械将比一九五六年增长两倍多"]
    assert rows[0].target is not None and rows[0].target.indicator is not None
    assert (rows[0].target.indicator.value, rows[0].target.indicator.unit) == (2.0, "倍")


def test_power_cloth_and_books_are_counted_in_their_own_units() -> None:
    # 1958: 呢绒将增加约六百六十万尺; 将达到五十万马力; 1983: 共印二百三十九亿册
    old = _plan("呢绒将增加约六百六十万尺。", "排灌机械将达到五十万马力。", "图书共印二百三十九亿册。",
                "这是衡量的尺度。")
    indicators = [row.target.indicator for row in build_scorecard(old, LATER).rows
                  if row.target is not None and row.target.indicator is not None]
    assert [(indicator.value, indicator.unit) for indicator in indicators] == [(660.0, "万尺"), (50.0, "万马力"),
                                                                               (239.0, "亿册")]


def test_an_area_named_in_the_clause_before_names_the_level_after_it() -> None:
    # 1956: 中央各部和所属企业为职工修建的住宅面积，在１９５６年将达到１，３１０万平方公尺以上
    old = _plan("中央各部和所属企业为职工修建的住宅面积，在一九五七年将达到一千三百一十万平方公尺以上。")
    rows = [row for row in build_scorecard(old, LATER).rows if row.target is not None]
    assert [(row.indicator, row.target.quote) for row in rows if row.target is not None] == [
        ("住宅面积", "在一九五七年将达到一千三百一十万平方公尺以上")]


def test_what_there_will_be_is_named_after_its_count_not_by_whose_it_is() -> None:
    # 1956: １９５６年建设的结果，中央各部门将有１１７个重大建设单位，包括鞍钢的九号炼铁炉
    old = _plan("一九五七年建设的结果，中央各部门将有一百一十七个重大建设单位，包括鞍钢的九号炼铁炉。")
    rows = [row for row in build_scorecard(old, LATER).rows if row.target is not None]
    assert [(row.indicator, row.verdict) for row in rows] == [("重大建设单位", "no_result")]
    assert rows[0].target is not None and rows[0].target.quote.endswith("一百一十七个重大建设单位")
