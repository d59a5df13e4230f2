"""Section 一 of the brief: the year's main targets, from the list the plan part gives or its headline figures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from core.reading.document import load_reports, parse_text
from core.reading.model import Report
from core.summary.annotated import Annotated
from core.summary.brief import build_brief
from core.summary.main_targets import main_targets
from tests.conftest import corpus_file
from tests.core.report_builder import report_of_parts


def rows(year: int) -> list[tuple[str, str, str]]:
    (report,) = load_reports(corpus_file(f"national/{year}.txt"))
    return [(row.name, row.target, row.qualifier) for row in main_targets(report)]


def test_a_list_announced_with_a_colon_may_follow_after_a_blank_line() -> None:
    # 2010-2012: 主要预期目标是： stood alone and the list in the next paragraph was not read
    report = report_of_parts(2010, {"一、2009年工作回顾": ["经济平稳较快发展。"], "二、2010年工作部署": [
        "今年经济社会发展的主要预期目标是：", "",
        "国内生产总值增长8%左右；城镇新增就业900万人以上，城镇登记失业率控制在4.6%以内；居民消费价格涨幅3%左右。",
        "这里要着重说明，提出国内生产总值增长8%左右，主要是强调好字当头。"]})
    assert [(row.name, row.target, row.qualifier) for row in main_targets(report)] == [
        ("国内生产总值", "增长8%", "左右"), ("城镇新增就业", "900万人", "以上"),
        ("城镇登记失业率", "控制在4.6%", "以内"), ("居民消费价格", "涨幅3%", "左右")]


@pytest.mark.parametrize("year", [2010, 2011, 2012])
def test_the_national_lists_after_a_blank_line_are_read(year: int) -> None:
    found = {name: (target, qualifier) for name, target, qualifier in rows(year)}
    assert found["国内生产总值"] == ("增长8%", "左右") if year < 2012 else ("增长7.5%", "")
    assert found["城镇新增就业"] == ("900万人", "以上")
    assert found["城镇登记失业率"] == ("控制在4.6%", "以内")
    assert any(name.startswith("居民消费价格") and qualifier == "左右" for name, (_, qualifier) in found.items())


def test_expected_targets_without_the_word_main_are_a_list_too() -> None:
    # 2008: 今年国民经济和社会发展的预期目标是：… the table missed 居民消费价格总水平涨幅控制在4.8%左右
    assert ("居民消费价格总水平涨幅", "控制在4.8%", "左右") in rows(2008)


def test_a_paragraph_of_one_target_or_of_none_is_no_list() -> None:
    # 2004: 主要目标是：改革政府对企业投资的管理制度 (no figure) was taken for the list, and the section was empty;
    # its targets stand in two places: 经济增长预期目标为7%左右, 新增城镇就业900万人
    assert rows(2004) == [("经济", "增长7%", "左右"), ("新增城镇就业", "900万人", "")]


def test_a_headline_target_stated_across_two_clauses() -> None:
    # 1995: 经济增长速度的宏观调控目标，定为百分之八至九; 物价上涨幅度…，力争控制在百分之十五左右
    assert rows(1995) == [("经济增长速度", "8-9%", ""), ("物价上涨幅度", "力争控制在15%", "左右")]


def test_the_qualifier_is_a_bound_not_a_hedge() -> None:
    # 1994 showed 国内生产总值 | 增长9% | 计划, and missed 努力把全年零售物价上涨幅度控制在百分之十以内
    assert rows(1994) == [("国内生产总值", "增长9%", ""), ("零售物价上涨幅度", "努力控制在10%", "以内")]
    assert rows(1999) == [("经济", "增长7%", "左右")]  # not 预期、左右


def test_the_1980s_set_output_and_national_income_for_the_year_planned() -> None:
    # 1980 (September) plans 1981: 工农业总产值，比1980年预计增长5.5%; 劳动就业，在城镇安排600万人
    assert rows(1980) == [("工农业总产值", "比1980年增长5.5%", ""), ("安排就业", "600万人", "")]
    assert ("国民收入", "增长4%", "左右") in rows(1981)  # 国民收入也安排为比今年增长4%左右
    assert rows(1987) == []  # 1986年同1978年相比，国民生产总值由3480亿元增加到9380亿元: no target
    (report,) = load_reports(corpus_file("national/1980.txt"))
    document = build_brief(Annotated(report))
    headings = [p.text for p in document.paragraphs if p.style is not None and p.style.name == "Heading 1"]
    assert headings[0] == "一、1981年主要预期目标"


def test_the_brief_shows_the_list_of_2010() -> None:
    (report,) = load_reports(corpus_file("national/2010.txt"))
    document = build_brief(Annotated(report))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "没有列出主要预期目标" not in text and "没有“主要预期目标”一段" not in text
    table = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    assert table[1] == ["国内生产总值", "增长8%", "左右"]


def test_a_plan_without_a_heading_is_read_as_the_scorecard_reads_it_and_no_plan_is_said_to_be_missing() -> None:
    (report,) = load_reports(corpus_file("national/1979.txt"))  # its plan parts have no heading that says so
    brief = build_brief(Annotated(report))
    assert not any("计划部分没有列出" in p.text or "未找到" in p.text for p in brief.paragraphs)
    assert brief.tables[0].rows[1].cells[0].text == "安排就业"
    review_only = report_of_parts(2020, {"一、2019年工作回顾": ["地区生产总值增长6%。"]})
    text = "\n".join(p.text for p in build_brief(Annotated(review_only)).paragraphs)
    assert "未找到部署当年工作的计划部分" in text


def test_main_targets_set_in_words_stand_in_the_table_where_the_list_sets_them() -> None:
    """2014: 国际收支基本平衡 was left out of section 一, although the list sets it (and the scorecard judges it)."""
    report = report_of_parts(2014, {"二、2014年工作总体部署": [
        "今年经济社会发展的主要预期目标是：国内生产总值增长7.5%左右，城镇登记失业率控制在4.6%以内，"
        "国际收支基本平衡，努力实现居民收入增长和经济发展同步。加强对增长、就业、物价、国际收支等主要目标的统筹平衡。"]})
    assert [(row.name, row.target) for row in main_targets(report)] == [
        ("国内生产总值", "增长7.5%"), ("城镇登记失业率", "控制在4.6%"), ("国际收支基本平衡", "文字表述"),
        ("居民收入增长", "与经济发展同步")]


def test_the_condition_the_targets_are_set_under_is_no_target() -> None:
    """2007, 2008: section 一 opened on the row ：在优化结构、提高效益、降低消耗、保护环境的基础上 | 文字表述."""
    found = rows(2008)
    assert found[0][:2] == ("国内生产总值", "增长8%")
    assert not any("基础上" in name for name, _, _ in found)


def test_a_report_in_traditional_characters_has_the_main_targets_of_the_same_report_in_simplified_ones() -> None:
    # 1954 is written in traditional characters; 2018 converted to them listed 5 main targets instead of 13
    import opencc

    own = corpus_file("national/2018.txt").read_text(encoding="utf-8")
    (simplified,) = parse_text(own, "national/2018.txt")
    (traditional,) = parse_text(opencc.OpenCC("s2t").convert(own), "national/2018.txt")

    def table(report: Report) -> list[list[str]]:
        return [[cell.text for cell in row.cells] for row in build_brief(Annotated(report)).tables[0].rows]

    expected = table(simplified)
    assert len(expected) > 10
    assert table(traditional) == expected


def test_a_pair_in_traditional_characters_has_the_topic_words_of_the_same_pair_and_its_own_titles() -> None:
    import opencc

    convert = opencc.OpenCC("s2t").convert

    def topics(write: Callable[[str], str]) -> list[tuple[str, str]]:
        old, new = (parse_text(write(corpus_file(f"national/{year}.txt").read_text(encoding="utf-8")),
                               f"national/{year}.txt")[0] for year in (2017, 2018))
        text = [p.text for p in build_brief(Annotated(new), Annotated(old)).paragraphs]
        start = next(i for i, line in enumerate(text) if "新提出的重点" in line)
        return [tuple(line.split("——", 1)) for line in text[start + 1 : start + 4]]  # type: ignore[misc]

    expected = topics(lambda text: text)
    assert expected and all(len(line) == 2 for line in expected)
    found = topics(convert)
    assert [words for words, _ in found] == [words for words, _ in expected]  # words are read folded
    assert [title for _, title in found] == [convert(title) for _, title in expected]  # titles as the report has them
