"""Part layouts of older national reports: parts numbered （一）, （二） with items 一、 inside them (1981, 1985),
and stand-alone part titles with numbered items below (1982: 第六个五年计划的基本任务 … 六五计划前两年的执行情况)."""

from __future__ import annotations

from pathlib import Path

from core.reading.document import load_reports
from core.reading.model import KIND_PLAN, KIND_REVIEW, LEVEL_PART, Report
from core.reading.sections.headings import part_kind


def _report(tmp_path: Path, body: str) -> Report:
    path = tmp_path / "report.txt"
    path.write_text("各位代表：\n\n现在，我代表国务院向大会报告工作，请予审议。\n\n" + body, encoding="utf-8")
    return load_reports(path)[0]


def _parts(report: Report) -> list[tuple[str, str]]:
    return [(section.title, section.kind) for section in report.sections if section.parent is None]


def test_parts_numbered_like_sub_sections_keep_their_items_inside(tmp_path: Path) -> None:
    report = _report(tmp_path, "（一）当前的经济形势\n\n今年工农业总产值预计比去年增长百分之三。\n\n"
                               "（二）今后经济建设的方针\n\n明年要继续调整国民经济。\n\n"
                               "一、依靠政策和科学，加快农业的发展\n\n农业是国民经济的基础。\n\n"
                               "二、把消费品工业的发展放到重要地位\n\n轻工业要继续较快地增长。\n\n"
                               "（三）我国经济发展的前景\n\n我们的前途是光明的。\n")
    assert _parts(report) == [("（一）当前的经济形势", KIND_REVIEW), ("（二）今后经济建设的方针", KIND_PLAN),
                              ("（三）我国经济发展的前景", KIND_PLAN)]
    items = [section for section in report.sections if section.title.startswith(("一、", "二、"))]
    assert [section.level > LEVEL_PART for section in items] == [True, True]
    assert {report.section_by_id(section.parent).title for section in items if section.parent} == {
        "（二）今后经济建设的方针"}
    farming = next(sentence for sentence in report.sentences if sentence.text.startswith("农业是"))
    assert report.section_kind(farming) == KIND_PLAN


def test_stand_alone_titles_of_tasks_results_and_measures_are_parts(tmp_path: Path) -> None:
    report = _report(tmp_path, "第六个五年计划的基本任务\n\n一、关于工农业生产的发展速度\n\n"
                               "工农业总产值计划每年递增百分之四。\n\n"
                               "二、关于基本建设的规模\n\n五年内基本建设投资为二千三百亿元。\n\n"
                               "六五计划前两年的执行情况\n\n一九八二年工农业总产值预计可以达到百分之六点四。\n\n"
                               "全面实现六五计划的主要措施\n\n一、所有建设项目必须严格按照基本建设程序办事。\n\n要加强综合平衡。\n")
    assert _parts(report) == [("第六个五年计划的基本任务", KIND_PLAN), ("六五计划前两年的执行情况", KIND_REVIEW),
                              ("全面实现六五计划的主要措施", KIND_PLAN)]
    result = next(sentence for sentence in report.sentences if sentence.text.startswith("一九八二年"))
    assert report.section_kind(result) == KIND_REVIEW


def test_a_part_on_the_economic_situation_reviews() -> None:
    assert part_kind("（一）关于经济形势", 1985) == KIND_REVIEW
    assert part_kind("六、国际形势和我国对外政策", 1978) != KIND_REVIEW  # the world's situation is no review
