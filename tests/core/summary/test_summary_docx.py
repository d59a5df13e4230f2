"""Word summaries: headings, tables, Chinese text, East Asian fonts, A4, comparison, command."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Cm
from lxml import etree

from core.reading.document import load_reports
from core.summary.docx_style import BODY_EAST_ASIAN, HEADING_EAST_ASIAN
from core.summary.word_summary import Annotated, label_title, write_summary
from main import main
from resources import resource_path
from tests.core.labelled_reports import labelled_copy


def headings(document: docx.document.Document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style is not None and p.style.name == f"Heading {level}"]


def table_rows(table: docx.table.Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


@pytest.fixture
def summary(tmp_path: Path) -> tuple[Path, Annotated]:
    source, reports, annotations = labelled_copy(tmp_path / "reports", "weihai-2022.txt")
    out = tmp_path / "summary.docx"
    assert main(["summary", str(source), "-o", str(out)]) == 0
    return out, Annotated(reports[0], annotations)


def test_summary_has_title_headings_and_the_labelled_sentences(summary: tuple[Path, Annotated]) -> None:
    out, main_report = summary
    document = docx.Document(str(out))
    title = [p.text for p in document.paragraphs if p.style.name == "Title"]
    assert title == ["威海市2022年政府工作报告"]
    level_one = headings(document, 1)
    assert level_one[:2] == ["基本信息", "标注统计"] and "指标表" in level_one
    assert "一、2021年工作回顾" in level_one and "三、2022年政府重点工作" in level_one
    level_two = headings(document, 2)
    assert "（一）经济运行稳中向好" in level_two
    assert any(text.startswith("目标（") for text in headings(document, 3))
    report, annotations = main_report.report, main_report.annotations
    assert annotations is not None
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    listed = {a.text for a in annotations.for_report(report.id) if a.label in ("target", "achievement")}
    assert {text.removesuffix("〔建议〕") for text in bullets} == listed
    other = next(a.text for a in annotations.for_report(report.id) if a.label == "other")
    assert other not in {text.removesuffix("〔建议〕") for text in bullets}


def test_summary_tables_hold_metadata_counts_and_indicators(summary: tuple[Path, Annotated]) -> None:
    out, main_report = summary
    document = docx.Document(str(out))
    assert len(document.tables) == 3
    metadata, counts, indicators = (table_rows(table) for table in document.tables)
    assert (
        ["地区", "威海市"] in metadata and ["报告人", "闫剑波"] in metadata and ["会议日期", "2022-02-23"] in metadata
    )
    assert counts[0] == ["标签", "名称", "句数", "占比"]
    annotations = main_report.annotations
    assert annotations is not None
    expected = annotations.counts(main_report.report.id)
    assert {row[1]: int(row[2]) for row in counts[1:4]} == expected
    assert counts[-1][:3] == ["合计", "", str(len(main_report.report.sentences))]
    assert indicators[0] == ["序号", "指标", "数值", "部分", "标注", "原文"]
    gdp = [row for row in indicators[1:] if row[1] == "地区生产总值"]
    assert gdp and gdp[0][2] == "完成3463.9亿元" and gdp[0][3] == "回顾"
    for table in document.tables:
        assert table.style.name == "Table Grid"
        header = table.rows[0]._tr.trPr
        assert header is not None and header.find(qn("w:tblHeader")) is not None


def test_east_asian_fonts_language_and_a4(summary: tuple[Path, Annotated]) -> None:
    document = docx.Document(str(summary[0]))
    styles = document.styles
    for name, font in (("Normal", BODY_EAST_ASIAN), ("Title", HEADING_EAST_ASIAN), ("Heading 1", HEADING_EAST_ASIAN),
                       ("Heading 2", HEADING_EAST_ASIAN), ("Heading 3", HEADING_EAST_ASIAN)):
        fonts = styles[name].element.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        assert fonts is not None and fonts.get(qn("w:eastAsia")) == font, name
        assert fonts.get(qn("w:eastAsiaTheme")) is None and fonts.get(qn("w:asciiTheme")) is None, name
        language = styles[name].element.find(f"{qn('w:rPr')}/{qn('w:lang')}")
        assert language is not None and language.get(qn("w:eastAsia")) == "zh-CN"
    xml = styles.element.xml
    assert 'w:eastAsia="SimSun"' in xml and 'w:eastAsia="SimHei"' in xml and "eastAsiaTheme" not in xml
    defaults = etree.tostring(styles.element.find(qn("w:docDefaults"))).decode()
    assert 'w:eastAsia="SimSun"' in defaults and 'w:eastAsia="zh-CN"' in defaults
    section = document.sections[0]
    assert abs(section.page_width - Cm(21.0)) < Cm(0.01) and abs(section.page_height - Cm(29.7)) < Cm(0.01)
    assert abs(section.left_margin - Cm(2.5)) < Cm(0.01)
    assert "PAGE" in section.footer.paragraphs[0]._p.xml


def test_compare_adds_the_year_comparison(tmp_path: Path) -> None:
    source, _, _ = labelled_copy(tmp_path / "reports", "weihai-2022.txt")
    later = tmp_path / "reports" / "weihai-2025-plan-section.txt"
    shutil.copy(resource_path("samples", later.name), later)
    out = tmp_path / "compare.docx"
    assert main(["summary", str(source), "--compare", str(later), "-o", str(out)]) == 0
    document = docx.Document(str(out))
    assert "年度对比：2022年与2025年" in headings(document, 1)
    assert "2022年目标与2025年报告的结果、新目标" in headings(document, 2)
    assert "2025年新增的议题" in headings(document, 2) and "2025年不再出现的议题" in headings(document, 2)
    comparison = table_rows(document.tables[-1])
    assert comparison[0] == ["指标", "2022年目标", "2025年报告结果", "2025年新目标"]
    gdp = next(row for row in comparison if row[0] == "生产总值")
    assert gdp[1] == "增长6%" and gdp[3] == "增长5.5%左右"
    assert any(row[1] == "（新增）" for row in comparison)
    assert any("2025年报告没有回顾部分" in p.text for p in document.paragraphs)
    assert len(document.tables) == 4


def test_compare_lists_new_and_dropped_topics(tmp_path: Path) -> None:
    _source, reports, annotations = labelled_copy(tmp_path / "reports", "weihai-2022.txt")
    earlier = load_reports(resource_path("samples", "weihai-2020.txt"))[0]
    out = write_summary(tmp_path / "topics.docx", Annotated(reports[0], annotations), Annotated(earlier))
    document = docx.Document(str(out))
    level_two = headings(document, 2)
    assert "2020年目标与2022年报告的结果、新目标" in level_two  # 2020 is older: it goes first
    assert len(document.tables) == 3  # 2020's file has no plan part: no targets to set against 2022
    assert any("2020年报告中没有找到计划部分的数量指标" in p.text for p in document.paragraphs)
    texts = [p.text for p in document.paragraphs]
    start = texts.index("2022年新增的议题")
    end = texts.index("2022年不再出现的议题")
    new_topics = texts[start + 1:end]
    assert new_topics and all(topic.endswith("（回顾）") for topic in new_topics)


def test_summary_without_annotations_still_has_structure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "weihai-2020.txt"
    shutil.copy(resource_path("samples", "weihai-2020.txt"), source)
    out = tmp_path / "plain.docx"
    assert main(["summary", str(source), "-o", str(out)]) == 0
    assert "no annotation file" in capsys.readouterr().err
    document = docx.Document(str(out))
    assert "指标表" in headings(document, 1)
    assert any("未找到标注文件" in p.text for p in document.paragraphs)


def test_command_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.docx"
    assert main(["summary", str(tmp_path / "missing.txt"), "-o", str(out)]) == 1
    assert "missing.txt" in capsys.readouterr().err
    source, _reports, annotations = labelled_copy(tmp_path / "reports", "weihai-2020.txt")
    labelled_copy(tmp_path / "reports", "weihai-2020.txt", annotator="bob")
    assert main(["summary", str(source), "-o", str(out)]) == 1
    assert "several annotators" in capsys.readouterr().err
    assert main(["summary", str(source), "--annotator", "bob", "-o", str(out)]) == 0
    annotations.path.write_text("{", encoding="utf-8")
    assert main(["summary", str(source), "--annotations", str(annotations.path), "-o", str(out)]) == 1
    error = capsys.readouterr().err
    assert "damaged" in error and "Traceback" not in error
    assert main(["summary", str(source), "--annotator", "bob", "-o", str(tmp_path / "no" / "x.docx")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_a_file_with_several_reports_needs_a_choice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "\n".join(resource_path("samples", name).read_text(encoding="utf-8")
                     for name in ("weihai-2020.txt", "weihai-2022.txt"))
    source = tmp_path / "two.txt"
    source.write_text(text, encoding="utf-8")
    if len(load_reports(source)) < 2:
        pytest.skip("the parser reads the joined samples as one report")
    assert main(["summary", str(source), "-o", str(tmp_path / "x.docx")]) == 1
    assert "--report" in capsys.readouterr().err
    assert main(["summary", str(source), "--report", "r2", "-o", str(tmp_path / "x.docx")]) == 0


def test_label_titles() -> None:
    assert (label_title("target"), label_title("achievement"), label_title("custom")) == ("目标", "成绩", "custom")
