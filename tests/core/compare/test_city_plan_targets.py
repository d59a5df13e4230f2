"""Targets as city plans set them: the output of industry above a size, and investment in the year's projects."""

from __future__ import annotations

from core.compare.indicators import extract_from_text
from core.compare.scorecard import build_scorecard
from core.compare.scorecard.verdicts import MET, NOT_MET
from core.reading.model import KIND_PLAN
from tests.core.report_builder import report_of_parts


def _figures(text: str) -> list[tuple[str, float | None, str]]:
    return [(figure.name, figure.value, figure.unit) for figure in extract_from_text(text, kind=KIND_PLAN)]


def _pair():
    old = report_of_parts(2023, {
        "一、2022年工作回顾": ["经济平稳运行。"],
        "二、2023年工作安排": [
            "主要预期目标是：生产总值增长7%左右，规模以上工业增加值增长8%左右，固定资产投资增长8%左右。",
            "力争市重点项目31个，总投资377.6亿元，计划投资124.7亿元。",
            "统筹建设龙高、永乐等镇区基础设施，完成投资9亿元。",
        ]})
    new = report_of_parts(2024, {
        "一、2023年工作回顾": [
            "全市生产总值增长7.2%，规模以上工业增加值增长6.1%，固定资产投资增长9%。",
            "市重点项目计划投资完成130亿元。",
        ],
        "二、2024年工作安排": ["继续推进高质量发展。"]})
    return build_scorecard(old, new)


def test_industry_above_a_size_is_a_target_and_a_result() -> None:
    rows = {row.indicator: row for row in _pair().rows}
    industry = next(row for name, row in rows.items() if name.startswith("规模以上工业增加值"))
    assert industry.target is not None and industry.result is not None
    assert industry.verdict == NOT_MET  # 6.1% against 8%左右
    assert rows[next(name for name in rows if name.startswith("固定资产投资"))].verdict == MET


def test_the_year_s_investment_in_projects_is_named_by_them() -> None:
    assert _figures("力争焦作市重点项目31个，总投资377.6亿元，计划投资124.7亿元。") == [
        ("焦作市重点项目", 31.0, "个"), ("焦作市重点项目计划投资", 124.7, "亿元")]  # 总投资: their whole cost
    assert _figures("全年175个重点项目完成投资170多亿元。") == [
        ("重点项目", 175.0, "个"), ("重点项目完成投资", 170.0, "亿元")]
    assert _figures("统筹建设龙高、永乐等镇区基础设施，完成投资9亿元。") == [("镇区基础设施完成投资", 9.0, "亿元")]
    # no projects named: a bare investment stays unnamed, and the plan's own investment keeps its name
    assert _figures("加强基础设施，完成投资9亿元。") == []
    assert _figures("固定资产投资增长8%左右。") == [("固定资产投资", 8.0, "%")]


def test_a_planned_investment_in_projects_is_on_the_scorecard() -> None:
    targets = [row.indicator for row in _pair().rows if row.target is not None]
    assert any(name.endswith("计划投资") for name in targets)
    assert not any(name == "总投资" for name in targets)


def test_the_investment_of_a_total_of_projects_is_named_by_the_total_not_a_member_of_its_list() -> None:
    assert _figures("推进1000个重点项目建设，分领域抓好358个工业重点项目、140个基础设施重点项目，"
                    "力争全年完成投资1200亿元。")[-1] == ("重点项目完成投资", 1200.0, "亿元")


def test_codes_articles_and_capacities_are_no_figures() -> None:
    assert _figures("做好半岛北海上风电N1场址等项目前期工作。") == []  # a code that names a site
    assert _figures("力争全市GDP3000亿元，增长6%。") == [("全市GDP", 3000.0, "亿元"), ("全市GDP", 6.0, "%")]  # no code
    assert _figures("狠抓国务院安委会“十五条”硬措施和我市60条“铁办法”贯彻落实。") == []  # a document's articles
    assert _figures("落实创新驱动高质量发展29条措施。") == []
    assert _figures("加快宏达钢铁年产200万吨新型再生钢铁材料、景兴铝模板绿色装配式建筑产业园等项目建设。") == []
    # what stays: roads counted in 条, a figure after a name with a code in it
    assert _figures("新建道路10条。") == [("新建道路", 10.0, "条")]
    assert _figures("打通10条“断头路”。") == [('打通"断头路"', 10.0, "条")]
    assert _figures("细颗粒物（PM2.5）浓度下降3%。") == [("细颗粒物(PM2.5)浓度", 3.0, "%")]  # names are read folded


def test_a_growth_said_of_listed_measures_is_one_target_each() -> None:
    assert _figures("力争全市酒业营业收入、利润总额、入库税金同比增长10%以上。") == [
        ("全市酒业营业收入", 10.0, "%"), ("利润总额", 10.0, "%"), ("入库税金", 10.0, "%")]
    # a list of things that are no measures of money stays as it is read
    assert _figures("二氧化硫、氮氧化物排放量下降3%。") == [("二氧化硫排放量", 3.0, "%"), ("氮氧化物排放量", 3.0, "%")]


def test_targets_the_province_sets_are_one_row_each() -> None:
    old = report_of_parts(2023, {
        "一、2022年工作回顾": ["经济平稳运行。"],
        "二、2023年工作安排": [
            "主要预期目标是：生产总值增长7%左右；节能减排和环境保护等指标完成省下达任务。",
            "PM2.5平均浓度、单位GDP能耗下降率完成省定目标。",
        ]})
    new = report_of_parts(2024, {"一、2023年工作回顾": ["全市生产总值增长7.2%。"],
                                 "二、2024年工作安排": ["继续发展。"]})
    names = [row.indicator for row in build_scorecard(old, new).rows if row.target is not None]
    assert {"节能减排", "环境保护", "PM2.5平均浓度", "单位GDP能耗下降率"} <= set(names)


def test_each_of_the_things_listed_before_各_is_a_target() -> None:
    assert _figures("力争新增省级技术创新中心、众创空间各1家。") == [
        ("新增省级技术创新中心", 1.0, "家"), ("新增众创空间", 1.0, "家")]
    assert _figures("规划建设高铁新城连接高州城区、化州城区各2条市政道路。") == [
        ("规划建设高铁新城连接高州城区市政道路", 2.0, "条"), ("化州城区市政道路", 2.0, "条")]
    assert _figures("创建省、韶卫生村各5个。") == [("创建省、韶卫生村", 5.0, "个")]  # 省 alone names no thing
    # levels of one kind of thing: each level names the thing
    assert _figures("新增国家级和省级专精特新企业各10家。") == [
        ("新增国家级专精特新企业", 10.0, "家"), ("新增省级专精特新企业", 10.0, "家")]


def test_megawatts_and_charging_piles_are_units() -> None:
    assert _figures("力争光伏装机容量突破800兆瓦。") == [("光伏装机容量", 800.0, "兆瓦")]
    assert _figures("推进200根充电桩建设。") == [("推进充电桩建设", 200.0, "根")]
    assert _figures("根据规划，建设3个园区。") == [("建设园区", 3.0, "个")]
