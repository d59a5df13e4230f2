"""Word briefs read back: headings, tables, verdict words, fonts and page setup, the command, folders."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from core.reading.document import load_reports, parse_text
from core.summary.brief import VERDICT_WORDS, facts_line
from core.summary.docx_style import (
    BODY_EAST_ASIAN,
    HEADING_EAST_ASIAN,
    SECOND_HEADING_EAST_ASIAN,
    TITLE_EAST_ASIAN,
)
from core.summary.policy_topics import mentions, plan_word_counts
from core.summary.word_summary import Annotated, label_title, write_summary
from main import main
from resources import resource_path
from tests.conftest import corpus_file
from tests.core.labelled_reports import labelled_copy
from tests.core.report_builder import report_of_parts


def headings(document: docx.document.Document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style is not None and p.style.name == f"Heading {level}"]


def table_rows(table: docx.table.Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def table_with(document: docx.document.Document, first_header: str, second_header: str = "") -> list[list[str]]:
    for table in document.tables:
        rows = table_rows(table)
        if rows[0][0] == first_header and (not second_header or rows[0][1] == second_header):
            return rows
    raise AssertionError(f"no table headed {first_header}")


def all_text(document: docx.document.Document) -> str:
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


@pytest.fixture
def summary(tmp_path: Path) -> tuple[Path, Annotated]:
    source, reports, annotations = labelled_copy(tmp_path / "reports", "weihai-2022.txt")
    out = tmp_path / "summary.docx"
    assert main(["summary", str(source), "-o", str(out)]) == 0
    return out, Annotated(reports[0], annotations)


@pytest.fixture(scope="module")
def national_brief(tmp_path_factory: pytest.TempPathFactory) -> Path:
    older, newer = corpus_file("national/2018.txt"), corpus_file("national/2019.txt")
    out = tmp_path_factory.mktemp("national") / "2019.docx"
    assert main(["summary", str(newer), "--compare", str(older), "-o", str(out)]) == 0
    return out


def test_brief_has_title_facts_main_targets_and_sentence_counts(summary: tuple[Path, Annotated]) -> None:
    out, shown = summary
    document = docx.Document(str(out))
    assert [p.text for p in document.paragraphs if p.style.name == "Title"] == ["威海市2022年政府工作报告"]
    assert document.core_properties.title == "威海市2022年政府工作报告简报"  # what a file list or a search shows
    facts = next(p.text for p in document.paragraphs if p.style.name == "Subtitle")
    assert "地区：威海市" in facts and "日期：2022年2月23日" in facts and "报告人：" in facts and "闫剑波" in facts
    assert "会议：威海市第十八届人民代表大会第一次会议" in facts
    assert headings(document, 1) == ["一、2022年主要预期目标", "二、目标与成绩句子统计"]
    targets = table_with(document, "指标", "目标")
    assert targets[0] == ["指标", "目标", "限定"]
    assert ["生产总值", "增长6%", "—"] in targets
    counts = table_with(document, "部分")
    annotations = shown.annotations
    assert annotations is not None
    labels = [a.label for a in annotations.for_report(shown.report.id)]
    assert counts[-1][:3] == ["合计", str(labels.count("target")), str(labels.count("achievement"))]
    sources = " ".join(row[3] for row in counts)
    assert "人工标注" in sources and "系统推荐已确认" in sources
    assert "〔建议〕" not in all_text(document)
    assert len(document.tables) == 2  # no 140-row indicator dump without --full


def test_official_document_look(summary: tuple[Path, Annotated]) -> None:
    document = docx.Document(str(summary[0]))
    styles = document.styles
    for name, font, size in (("Normal", BODY_EAST_ASIAN, 14), ("Title", TITLE_EAST_ASIAN, 22),
                             ("Heading 1", HEADING_EAST_ASIAN, 16), ("Heading 2", SECOND_HEADING_EAST_ASIAN, 14)):
        fonts = styles[name].element.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        assert fonts is not None and fonts.get(qn("w:eastAsia")) == font, name
        assert fonts.get(qn("w:eastAsiaTheme")) is None, name
        assert styles[name].font.size == Pt(size), name
        language = styles[name].element.find(f"{qn('w:rPr')}/{qn('w:lang')}")
        assert language is not None and language.get(qn("w:eastAsia")) == "zh-CN"
    assert (TITLE_EAST_ASIAN, BODY_EAST_ASIAN) == ("方正小标宋简体", "FangSong")
    font_table = next(rel.target_part for rel in document.part.rels.values() if rel.reltype.endswith("/fontTable"))
    declared = font_table.blob.decode()
    assert '<w:font w:name="方正小标宋简体"><w:altName w:val="SimSun"/>' in declared
    assert '<w:font w:name="KaiTi"><w:altName w:val="楷体"/>' in declared
    section = document.sections[0]
    assert abs(section.page_width - Cm(21.0)) < Cm(0.01) and abs(section.page_height - Cm(29.7)) < Cm(0.01)
    assert abs(section.top_margin - Cm(3.7)) < Cm(0.01) and abs(section.left_margin - Cm(2.8)) < Cm(0.01)
    footer = section.footer.paragraphs[0]
    assert "PAGE" in footer._p.xml and footer.text.startswith("— ") and footer.text.endswith(" —")
    for table in document.tables:
        header = table.rows[0]._tr.trPr
        assert header is not None and header.find(qn("w:tblHeader")) is not None


def test_national_pair_scores_last_years_targets_in_words(national_brief: Path) -> None:
    document = docx.Document(str(national_brief))
    assert headings(document, 1)[:3] == ["一、2019年主要预期目标", "二、2018年目标完成情况", "三、工作部署的新变化"]
    card = table_with(document, "指标", "2018年目标")
    assert card[0] == ["指标", "2018年目标", "2019年结果", "评价", "说明"]
    gdp = next(row for row in card if row[0] == "国内生产总值")
    assert gdp[1:4] == ["增长6.5%左右", "增长6.6%", "完成"] and gdp[4] == "达到目标"
    prices = next(row for row in card if row[0] == "居民消费价格")
    assert prices[3] == "完成" and prices[4] == "未超过上限"
    assert next(row for row in card if row[0] == "城镇登记失业率")[3] == "未报告"
    assert {row[3] for row in card[1:]} <= set(VERDICT_WORDS.values())
    assert all(row[4] and not re.search(r"[A-Za-z]{3}", row[4]) for row in card[1:])  # reasons in Chinese
    # the year's judged rows (24 in 2018→2019, words included); the rest are named, not sent to an appendix the
    # brief does not have, nor to a command a reader handed the brief cannot run
    assert len(card) < 30
    rest = next(p.text for p in document.paragraphs if p.text.startswith("另有"))
    assert "未列入上表：" in rest and "、" in rest and "附录" not in rest and "--" not in rest and "命令行" not in rest


def test_the_headline_counts_every_row_and_says_how_many_the_table_shows(national_brief: Path) -> None:
    # it said 完成 13 项，未报告 3 项… of the table's 24 rows, and the 23 rows listed after it (all unreported) were
    # in no count
    document = docx.Document(str(national_brief))
    texts = [p.text for p in document.paragraphs]
    headline = next(text for text in texts if text.startswith("2018年报告的目标对照2019年报告的回顾："))
    card = table_with(document, "指标", "2018年目标")[1:]
    left_out = re.match(r"另有 (\d+) 项", next(text for text in texts if text.startswith("另有")))
    counted = re.search(r"共 (\d+) 项", headline)
    assert left_out is not None and counted is not None
    rest, total = int(left_out[1]), int(counted[1])
    by_verdict = {word: int(count) for word, count in re.findall(r"([^\s，：]+) (\d+) 项", headline.split("。")[0])[1:]}
    assert total == len(card) + rest == sum(by_verdict.values())
    assert by_verdict["完成"] == sum(row[3] == "完成" for row in card)
    assert by_verdict["未报告"] > sum(row[3] == "未报告" for row in card)  # the rows left out are unreported
    assert f"下表列出其中 {len(card)} 项，其余 {rest} 项见表后。" in headline
    # 2019 says of 2018 that its main targets were met: the unreported rows stand beside the report's own words
    assert headline.endswith("2019年报告称“完成全年经济社会发展主要目标任务”，但未逐项给出标为“未报告”的各项结果。")


def test_a_brief_with_the_complete_tables_sends_the_rest_to_its_appendix(tmp_path: Path) -> None:
    older = load_reports(corpus_file("national/2018.txt"))[0]
    newer = load_reports(corpus_file("national/2019.txt"))[0]
    out = write_summary(tmp_path / "full.docx", Annotated(newer), Annotated(older), full=True)
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    rest = next(text for text in texts if text.startswith("另有"))
    assert rest.endswith("完整对照见附录二。") and "附录二　目标对照全表" in texts


def test_a_topic_of_the_closing_fields_of_a_plan_says_where_it_is(tmp_path: Path) -> None:
    """2016→2017: 祖国 stood alone in the list of new topics, with no section after it as every other topic has."""
    older = load_reports(corpus_file("national/2016.txt"))[0]
    newer = load_reports(corpus_file("national/2017.txt"))[0]
    out = write_summary(tmp_path / "topics.docx", Annotated(newer), Annotated(older))
    items = [p.text for p in docx.Document(str(out)).paragraphs if p.style is not None
             and p.style.name == "List Bullet"]
    assert items and all(item.partition("——")[2] for item in items), items
    assert any(item.endswith("——报告结尾部分") for item in items)
    # 1955: words of the plan in no section (建设费、国防费) are not at the report's close
    older, newer = (load_reports(corpus_file(f"national/{year}.txt"))[0] for year in (1955, 1956))
    out = write_summary(tmp_path / "sections.docx", Annotated(newer), Annotated(older))
    items = [p.text for p in docx.Document(str(out)).paragraphs if p.style is not None
             and p.style.name == "List Bullet"]
    assert any("建设费" in item for item in items) and not any("结尾" in item for item in items), items


def test_national_pair_topics_come_from_the_plans_not_the_five_year_review(national_brief: Path) -> None:
    document = docx.Document(str(national_brief))
    texts = [p.text for p in document.paragraphs]
    new_at, dropped_at = texts.index("2019年新提出的重点"), texts.index("2018年提到而2019年未再提及的重点")
    end = next(index for index, text in enumerate(texts) if text.startswith("四、"))
    new_items, dropped_items = texts[new_at + 1 : dropped_at], texts[dropped_at + 1 : end]
    assert new_items and dropped_items
    older = load_reports(corpus_file("national/2018.txt"))[0]
    newer = load_reports(corpus_file("national/2019.txt"))[0]
    review_titles = {section.title for section in older.sections if section.kind == "review"}
    assert not any(title in item for item in dropped_items for title in review_titles)
    old_plan = set().union(*plan_word_counts(older).values())
    new_plan = set().union(*plan_word_counts(newer).values())
    for item in new_items:
        words = item.split("——")[0].split("、")
        assert words and all(word in new_plan and not mentions(older, word) for word in words), item
    for item in dropped_items:
        words = item.split("——")[0].split("、")
        assert all(word in old_plan and not mentions(newer, word) for word in words), item


def test_without_labels_the_suggestions_count_and_the_brief_says_so(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "weihai-2022.txt"
    shutil.copy(resource_path("samples", "weihai-2022.txt"), source)
    out = tmp_path / "plain.docx"
    assert main(["summary", str(source), "-o", str(out)]) == 0
    assert "no annotation file" in capsys.readouterr().err
    document = docx.Document(str(out))
    assert any("系统推荐" in p.text and "未经人工确认" in p.text for p in document.paragraphs)
    counts = table_with(document, "部分")
    assert int(counts[-1][1]) > 0 and int(counts[-1][2]) > 0
    assert all(row[3] == "系统推荐（未确认）" for row in counts[1:-1])


def test_full_appends_the_complete_indicator_table(tmp_path: Path) -> None:
    source, _reports, _annotations = labelled_copy(tmp_path / "reports", "weihai-2022.txt")
    out = tmp_path / "full.docx"
    assert main(["summary", str(source), "--full", "-o", str(out)]) == 0
    document = docx.Document(str(out))
    assert "附录一　指标全表" in headings(document, 1)
    indicators = table_with(document, "序号")
    assert len(indicators) > 50 and any(row[1] == "地区生产总值" and row[2] == "完成3463.9亿元" for row in indicators)


def test_city_report_of_a_compilation(tmp_path: Path) -> None:
    source = corpus_file("2023-city-reports-compilation.txt")
    out = tmp_path / "binzhou.docx"
    assert main(["summary", str(source), "--report", "r1", "-o", str(out)]) == 0
    document = docx.Document(str(out))
    facts = next(p.text for p in document.paragraphs if p.style.name == "Subtitle")
    assert facts == "地区：彬州市｜年份：2023年｜会议、日期、报告人：文中未注明"
    assert ["生产总值", "增长7%", "左右"] in table_with(document, "指标", "目标")


def test_facts_line_names_the_meeting_and_the_speakers_office() -> None:
    (report,) = parse_text("政府工作报告\n——2023年3月5日在第十四届全国人民代表大会第一次会议上\n国务院总理　李　强\n"
                           "各位代表：\n一、2022年工作回顾\n过去一年很不平凡。\n")
    assert facts_line(report) == ("地区：全国｜年份：2023年｜会议：第十四届全国人民代表大会第一次会议｜"
                                  "日期：2023年3月5日｜报告人：国务院总理 李强")


def test_the_speakers_office_on_the_line_above_the_name_is_kept() -> None:
    # 2017 prints 国务院总理 and 李克强 on two lines: the brief said 报告人：李克强, where 2016 and 2018 say
    # 国务院总理 李克强 (from the record of sessions)
    (report,) = load_reports(corpus_file("national/2017.txt"))
    assert report.metadata.speaker.start is not None  # read from the text, not the record
    assert facts_line(report).endswith("报告人：国务院总理 李克强")


def test_a_folder_gives_one_brief_per_report_paired_by_year(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("national/2018.txt", "national/2019.txt"):
        shutil.copy(corpus_file(name), folder / name.replace("/", "-"))
    labelled_copy(folder, "weihai-2022.txt")
    out = tmp_path / "briefs"
    assert main(["summary", str(folder), "-o", f"{out}/"]) == 0
    written = sorted(path.name for path in out.iterdir())
    assert written == ["中国2018年政府工作报告-简报.docx", "中国2019年政府工作报告-简报.docx",
                       "威海市2022年政府工作报告-简报.docx"]
    assert "二、2018年目标完成情况" in headings(docx.Document(str(out / written[1])), 1)
    assert not any("目标完成情况" in text for text in headings(docx.Document(str(out / written[0])), 1))
    capsys.readouterr()
    before = {path: path.stat().st_mtime_ns for path in out.iterdir()}
    assert main(["summary", str(folder), "-o", f"{out}/"]) == 1
    assert "--force" in capsys.readouterr().err
    assert {path: path.stat().st_mtime_ns for path in out.iterdir()} == before
    assert main(["summary", str(folder), "-o", f"{out}/", "--force"]) == 0
    assert main(["summary", str(folder), str(folder / "weihai-2022.txt"), "--compare", "x", "-o", str(out)]) == 1


def _pdf_pages(docx_file: Path, folder: Path) -> int:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed: the page count needs it")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(docx_file)],
                   check=True, capture_output=True, timeout=240)
    data = (folder / (docx_file.stem + ".pdf")).read_bytes()
    return len(re.findall(rb"/Type\s*/Page(?![a-z])", data))


def test_briefs_are_at_most_four_pages_in_libreoffice(national_brief: Path, tmp_path: Path) -> None:
    city = tmp_path / "city.docx"
    assert main(["summary", str(corpus_file("2023-city-reports-compilation.txt")), "--report", "r3",
                 "-o", str(city)]) == 0
    assert 1 <= _pdf_pages(national_brief, tmp_path) <= 4
    assert 1 <= _pdf_pages(city, tmp_path) <= 4


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


def test_write_summary_takes_the_later_report_as_the_one_judging(tmp_path: Path) -> None:
    older = load_reports(corpus_file("national/2018.txt"))[0]
    newer = load_reports(corpus_file("national/2019.txt"))[0]
    out = write_summary(tmp_path / "b.docx", Annotated(older), Annotated(newer))
    assert "二、2018年目标完成情况" in headings(docx.Document(str(out)), 1)


def test_label_titles() -> None:
    assert (label_title("target"), label_title("achievement"), label_title("custom")) == ("目标", "成绩", "custom")


def test_a_report_given_late_in_the_year_is_scored_on_the_next_years_targets(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The 1980 report (September 1980) sets the 1981 plan: the brief and the command line say 1981."""
    older, newer = corpus_file("national/1980.txt"), corpus_file("national/1981.txt")
    out = tmp_path / "1981.docx"
    assert main(["summary", str(newer), "--compare", str(older), "-o", str(out)]) == 0
    document = docx.Document(str(out))
    assert "二、1981年目标完成情况" in headings(document, 1)
    assert table_with(document, "指标", "1981年目标")[0][:3] == ["指标", "1981年目标", "1981年结果"]
    capsys.readouterr()
    assert main(["scorecard", str(older), str(newer), "--json", "--csv", str(tmp_path / "card.csv")]) == 0
    assert json.loads(capsys.readouterr().out)["old"]["plan_year"] == 1981
    assert (tmp_path / "card.csv").read_text(encoding="utf-8").splitlines()[1].startswith("1981,1981,")


def test_the_brief_warns_only_of_what_the_scorecard_found_missing(tmp_path: Path) -> None:
    """1956 plans without a part titled as a plan and 1957 reviews without a review part; the scorecard reads both
    by their content, so the brief does not say there is nothing to compare above the rows it compares.  An earlier
    report that is a review only (weihai-2020) does set no targets, and the brief says so, with its year."""
    older, newer = corpus_file("national/1956.txt"), corpus_file("national/1957.txt")
    out = tmp_path / "1957.docx"
    assert main(["summary", str(newer), "--compare", str(older), "-o", str(out)]) == 0
    text = all_text(docx.Document(str(out)))
    assert "没有计划部分" not in text and "没有回顾部分" not in text
    assert table_with(docx.Document(str(out)), "指标", "1956年目标")[1:]  # rows compared

    review_only, later = corpus_file("weihai-2020.txt"), corpus_file("weihai-2022.txt")
    out = tmp_path / "2022.docx"
    assert main(["summary", str(later), "--compare", str(review_only), "-o", str(out)]) == 0
    text = all_text(docx.Document(str(out)))
    assert "2020年的报告没有计划部分，没有可对照的目标。" in text
    assert "两份报告为2020年和2022年，不是相邻年份" in text


def test_every_warning_of_the_scorecard_has_its_chinese_for_the_brief() -> None:
    from core.compare.scorecard import PAIR_WARNINGS
    from core.summary.brief import PAIR_WARNINGS_CHINESE

    assert set(PAIR_WARNINGS_CHINESE) == set(PAIR_WARNINGS)
    for code, english in PAIR_WARNINGS.items():  # no parameter the scorecard does not give, so each fills in
        assert set(re.findall(r"\{(\w+)\}", PAIR_WARNINGS_CHINESE[code])) <= set(re.findall(r"\{(\w+)\}", english))


def test_goals_left_out_of_the_table_name_the_span_they_are_set_for(tmp_path: Path) -> None:
    """钢产量 alone in the list reads as the year's target the later report left unreported."""
    old = report_of_parts(1993, {"二、今后五年的主要任务": ["到1997年，钢产量达到9000万吨。"],
                                 "三、1993年的工作": ["今年国民生产总值计划增长百分之八。"]})
    new = report_of_parts(1994, {"一、1993年的工作回顾": ["国内生产总值比上年增长百分之十三点四。"]})
    out = write_summary(tmp_path / "brief.docx", Annotated(new), Annotated(old))
    rest = next(p.text for p in docx.Document(str(out)).paragraphs if p.text.startswith("另有"))
    assert "钢产量（到1997年）" in rest


def test_goals_of_a_plan_period_are_counted_apart_and_named_by_the_year_they_aim_at(tmp_path: Path) -> None:
    """1986→1987: 21 of the 25 未报告 were 七五 goals due in 1990, and 工农业总产值 was dated 到1980年 by the year it is
    compared with."""
    old = report_of_parts(1986, {
        "二、“七五”计划的主要任务": ["一九九○年工农业总产值达到一万六千七百七十亿元，比一九八○年增长一点三倍。"],
        "三、1986年的工作": ["今年工农业总产值计划增长百分之六。"]})
    new = report_of_parts(1987, {"一、1986年的工作回顾": ["工农业总产值比上年增长百分之九点三。"]})
    out = write_summary(tmp_path / "brief.docx", Annotated(new), Annotated(old))
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    headline = next(text for text in texts if "报告的目标对照" in text)
    assert "1986年的目标共 1 项，完成 1 项。" in headline
    assert "另有规划期或五年目标 1 项，后一年的报告未回顾其完成情况，不计入上述统计。" in headline
    assert "工农业总产值（到1990年）" in next(text for text in texts if text.startswith("另有"))


def test_rows_left_out_under_one_name_are_counted_in_the_list(tmp_path: Path) -> None:
    """1986→1987 said 另有 25 项 and named 23: two figures of one name were named once."""
    old = report_of_parts(1986, {
        "二、“七五”计划的主要任务": ["在“七五”期间，国民生产总值平均每年增长百分之七点五。",
                                     "在“七五”期间，国民生产总值平均每年增加五百亿元。"],
        "三、1986年的工作": ["今年工农业总产值计划增长百分之六。"]})
    new = report_of_parts(1987, {"一、1986年的工作回顾": ["工农业总产值比上年增长百分之九点三。"]})
    out = write_summary(tmp_path / "brief.docx", Annotated(new), Annotated(old))
    rest = next(p.text for p in docx.Document(str(out)).paragraphs if p.text.startswith("另有"))
    named = re.findall(r"国民生产总值（[^）]+）(?:(\d+) 项)?", rest)
    assert rest.startswith("另有 2 项") and sum(int(count or 1) for count in named) == 2


def test_a_plan_of_period_goals_only_is_told_without_a_table_it_does_not_have(tmp_path: Path) -> None:
    """1983→1984 said 不计入上述统计 after no count, 均未列入表中 and 未列入上表 of a table the brief did not draw."""
    old = report_of_parts(1983, {"二、第六个五年计划的主要任务": ["到一九八五年，钢产量达到三千九百万吨。"]})
    new = report_of_parts(1984, {"一、1983年的工作回顾": ["钢产量四千万吨。"]})
    out = write_summary(tmp_path / "brief.docx", Annotated(new), Annotated(old))
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "上述统计" not in text and "未列入表中" not in text and "未列入上表" not in text
    assert "规划期或五年目标 1 项，后一年的报告未回顾其完成情况。" in text
    assert "各项目标（1 项）：钢产量（到1985年）" in text


def test_the_rows_left_out_beyond_the_names_listed_are_counted(tmp_path: Path) -> None:
    """2017→2018 listed 30 names of the rows left out of the table and ended on 等: 14 more a reader could not
    count."""
    older, newer = corpus_file("national/2017.txt"), corpus_file("national/2018.txt")
    out = tmp_path / "2018.docx"
    assert main(["summary", str(newer), "--compare", str(older), "-o", str(out)]) == 0
    rest = next(p.text for p in docx.Document(str(out)).paragraphs if p.text.startswith("另有"))
    total = int(re.search(r"另有 (\d+) 项", rest).group(1))  # type: ignore[union-attr]
    counted = re.search(r"等 (\d+) 项，其余 (\d+) 项未列出名称", rest)
    assert counted is not None and int(counted.group(1)) + int(counted.group(2)) == total


def test_goals_of_a_period_the_later_report_judges_are_in_the_table(tmp_path: Path) -> None:
    """2000→2001: the three-year goal for the state firms, which 2001 says was 基本实现, was only a name in the list
    after the table, and the headline read 未报告 6 项 with no result in sight."""
    older, newer = corpus_file("national/2000.txt"), corpus_file("national/2001.txt")
    out = tmp_path / "2001.docx"
    assert main(["summary", str(newer), "--compare", str(older), "-o", str(out)]) == 0
    rows = table_with(docx.Document(str(out)), "指标", "2000年目标")
    judged = {row[0]: row[3] for row in rows}
    assert judged.get("国有企业改革和脱困三年目标（规划期）") == "完成"


def test_topics_of_a_report_without_a_plan_of_its_year_are_said_not_comparable(tmp_path: Path) -> None:
    """1982→1983: section 三 said 没有新出现的重点词 / 没有不再提及的重点词, a finding, where 1982 plans five years and
    no comparison was made."""
    old = report_of_parts(1982, {"一、1982年的工作回顾": ["经济平稳。"],
                                 "二、第六个五年计划的主要任务": ["在“六五”期间，要大力发展低空经济产业。"]})
    new = report_of_parts(1983, {"一、1982年的工作回顾": ["经济平稳。"],
                                 "二、1983年的工作": ["今年要推进老旧小区改造，加快老旧小区改造。"]})
    out = write_summary(tmp_path / "brief.docx", Annotated(new), Annotated(old))
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "1982年报告没有部署当年工作的部分，无法比较两年工作部署的变化。" in text
    assert "没有新出现的重点词" not in text
