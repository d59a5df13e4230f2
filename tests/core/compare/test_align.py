"""Aligning two years: GDP matched on both sides, plan topics paired, a report
against itself all exact, year pairs found, word differences, the command line."""

from __future__ import annotations

import json

import pytest

import main
from core.compare.align import (
    VIEW_RESULT_RESULT,
    VIEW_TARGET_RESULT,
    VIEW_TARGET_TARGET,
    Alignment,
    IndicatorPair,
    align_reports,
    sentence_similarity,
)
from core.compare.word_diff import word_diff
from core.compare.year_pairs import find_year_pairs, place_key
from core.reading.document import load_reports, parse_text
from core.reading.model import LEVEL_SUBSECTION, Report
from tests.conftest import SHARED

CORPUS = SHARED / "corpus"


def corpus_report(name: str) -> Report:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"../shared/corpus/{name} is not available beside the project (tests read the shared corpus)")
    return load_reports(path)[0]


_cache: dict[tuple[str, str], Alignment] = {}


def aligned(old: str, new: str) -> Alignment:
    if (old, new) not in _cache:
        _cache[(old, new)] = align_reports(corpus_report(old), corpus_report(new))
    return _cache[(old, new)]


def gdp(alignment: Alignment, view: str) -> IndicatorPair:
    """The growth-rate GDP pair of ``view``."""
    pairs = [
        pair
        for pair in alignment.indicators(view)
        if pair.name == "生产总值" and pair.old and pair.new and pair.old.unit == "%"
    ]
    assert len(pairs) == 1, pairs
    return pairs[0]


# --- the GDP indicator -------------------------------------------------------------------


def test_gdp_weihai_2020_review_beside_2022_review() -> None:
    pair = gdp(aligned("weihai-2020.txt", "weihai-2022.txt"), VIEW_RESULT_RESULT)
    assert pair.old is not None and pair.new is not None
    assert (pair.old.value, pair.old.qualifier, pair.old.hedge) == (4, "左右", "预计")
    assert (pair.new.value, pair.new.unit, pair.new.qualifier) == (7.5, "%", "")


def test_gdp_weihai_2022_target_beside_2025_target() -> None:
    pair = gdp(aligned("weihai-2022.txt", "weihai-2025-plan-section.txt"), VIEW_TARGET_TARGET)
    assert pair.old is not None and pair.new is not None
    assert (pair.old.value, pair.old.qualifier) == (6, "")
    assert (pair.new.value, pair.new.qualifier) == (5.5, "左右")


def test_gdp_national_2018_target_beside_2019_result_and_target() -> None:
    alignment = aligned("national/2018.txt", "national/2019.txt")
    result = gdp(alignment, VIEW_TARGET_RESULT)
    assert result.old is not None and result.new is not None
    assert (result.old.value, result.old.qualifier) == (6.5, "左右")
    assert (result.new.value, result.new.value_high) == (6.6, None)
    target = gdp(alignment, VIEW_TARGET_TARGET)
    assert target.new is not None and (target.new.value, target.new.value_high) == (6, 6.5)
    review = gdp(alignment, VIEW_RESULT_RESULT)
    assert review.old is not None and review.new is not None
    assert (review.old.value, review.new.value) == (6.9, 6.6)  # 2017's growth, not the five-year 年均 7.1%


def test_indicator_sentence_ids_exist() -> None:
    alignment = aligned("national/2018.txt", "national/2019.txt")
    old_ids = {sentence.id for sentence in alignment.old.sentences}
    new_ids = {sentence.id for sentence in alignment.new.sentences}
    for pair in alignment.indicator_pairs:
        assert pair.old is None or pair.old.sentence_id in old_ids
        assert pair.new is None or pair.new.sentence_id in new_ids


# --- topics ------------------------------------------------------------------------------


def paired_titles(alignment: Alignment) -> list[tuple[str, str]]:
    titles = []
    for pair in alignment.section_pairs:
        old = alignment.old.section_by_id(pair.old)
        new = alignment.new.section_by_id(pair.new)
        if old and new and pair.level == LEVEL_SUBSECTION:
            titles.append((old.title, new.title))
    return titles


@pytest.mark.parametrize("topic", [("乡村振兴", "乡村全面振兴"), ("绿色低碳",), ("对外开放",), ("产业",)])
def test_weihai_plan_topics_pair(topic: tuple[str, ...]) -> None:
    alignment = aligned("weihai-2022.txt", "weihai-2025-plan-section.txt")
    old_word, new_word = topic[0], topic[-1]
    matches = [(old, new) for old, new in paired_titles(alignment) if old_word in old and new_word in new]
    assert matches, paired_titles(alignment)


@pytest.mark.parametrize(
    ("old_word", "new_word"), [("乡村振兴", "乡村振兴"), ("开放", "开放"), ("区域协调", "区域协调")]
)
def test_national_plan_topics_pair(old_word: str, new_word: str) -> None:
    alignment = aligned("national/2018.txt", "national/2019.txt")
    assert any(old_word in old and new_word in new for old, new in paired_titles(alignment))


def test_parts_pair_by_kind() -> None:
    alignment = aligned("national/2018.txt", "national/2019.txt")
    for pair in alignment.section_pairs:
        old = alignment.old.section_by_id(pair.old)
        new = alignment.new.section_by_id(pair.new)
        if old and new:
            assert old.kind == new.kind == pair.kind


# --- sentences ---------------------------------------------------------------------------


def test_every_sentence_appears_once() -> None:
    alignment = aligned("national/2018.txt", "national/2019.txt")
    olds = [pair.old for pair in alignment.sentence_pairs if pair.old]
    news = [pair.new for pair in alignment.sentence_pairs if pair.new]
    assert sorted(olds) == sorted(sentence.id for sentence in alignment.old.sentences)  # moved ones break order
    assert news == [sentence.id for sentence in alignment.new.sentences]
    for pair in alignment.sentence_pairs:
        assert (pair.old is not None and pair.new is not None) == (pair.score > 0)


def test_reworded_sentences_pair_and_unrelated_do_not() -> None:
    alignment = aligned("national/2018.txt", "national/2019.txt")
    texts_old = {sentence.id: sentence.text for sentence in alignment.old.sentences}
    texts_new = {sentence.id: sentence.text for sentence in alignment.new.sentences}
    pairs = {
        (texts_old[pair.old], texts_new[pair.new])
        for pair in alignment.sentence_pairs
        if pair.old and pair.new
    }
    assert ("各位代表：", "各位代表：") in pairs
    assert any(old.startswith("现在，我代表国务院") and new.startswith("现在，我代表国务院") for old, new in pairs)
    paired = sum(1 for pair in alignment.sentence_pairs if pair.old and pair.new)
    assert paired < 0.5 * len(alignment.new.sentences)  # consecutive reports share little


@pytest.mark.parametrize(
    "name", ["weihai-2020.txt", "weihai-2022.txt", "weihai-2025-plan-section.txt", "national/2018.txt"]
)
def test_report_against_itself_is_all_exact(name: str) -> None:
    report = corpus_report(name)
    alignment = align_reports(report, report)
    assert alignment.section_pairs and alignment.sentence_pairs
    for section_pair in alignment.section_pairs:
        assert section_pair.old == section_pair.new and section_pair.score == 1.0
    assert len(alignment.sentence_pairs) == len(report.sentences)
    for sentence_pair in alignment.sentence_pairs:
        assert sentence_pair.old == sentence_pair.new and sentence_pair.score == 1.0
        assert not sentence_pair.changed and not sentence_pair.moved
    for indicator_pair in alignment.indicator_pairs:
        if indicator_pair.view == VIEW_TARGET_RESULT:
            continue  # a plan target against the same report's review
        assert indicator_pair.old == indicator_pair.new


def test_punctuation_width_does_not_count() -> None:
    assert (
        sentence_similarity("生产总值增长6%，一般公共预算收入增长5%。", "生产总值增长6%,一般公共预算收入增长5%.") == 1.0
    )
    assert sentence_similarity("做好东西部协作和对口支援。", "统筹抓好对口支援和东西部协作。") > 0.6
    assert sentence_similarity("做好东西部协作和对口支援。", "加强污染防治和生态建设。") < 0.45


def test_small_synthetic_pair() -> None:
    old_text = (
        "2022年示例市政府工作报告\n一、2021年工作回顾\n（一）乡村振兴扎实推进。新建高标准农田5万亩。\n"
        "二、2022年工作安排\n主要预期目标是：地区生产总值增长6%左右。\n（一）全面推进乡村振兴。实施乡村建设行动，新建高标准农田5万亩。\n"
    )
    new_text = (
        "2023年示例市政府工作报告\n一、2022年工作回顾\n（一）农业农村持续发展。新建高标准农田5.2万亩，乡村振兴取得新进展。\n"
        "二、2023年工作安排\n主要预期目标是：全市生产总值增长5.5%左右。\n（一）加快乡村全面振兴。实施乡村建设行动，新建高标准农田5万亩。\n"
    )
    old, new = parse_text(old_text)[0], parse_text(new_text)[0]
    alignment = align_reports(old, new)
    result = gdp(alignment, VIEW_TARGET_TARGET)
    assert result.old and result.new and (result.old.value, result.new.value) == (6, 5.5)
    texts = {sentence.id: sentence.text for sentence in [*old.sentences, *new.sentences]}
    same = [pair for pair in alignment.sentence_pairs if pair.old and pair.new and not pair.changed]
    assert any(texts[pair.old or ""] == "实施乡村建设行动，新建高标准农田5万亩。" for pair in same)
    assert ("（一）全面推进乡村振兴", "（一）加快乡村全面振兴") in paired_titles(alignment)


# --- word differences, year pairs --------------------------------------------------------


def test_word_diff_spans() -> None:
    old = "国内生产总值增长6.5%左右，居民消费价格涨幅3%左右。"
    new = "国内生产总值增长6%－6.5%；居民消费价格涨幅3%左右。"
    diff = word_diff(old, new)
    assert [old[start:end] for start, end in diff.old] == ["左右"]
    assert [new[start:end] for start, end in diff.new] == ["6%"]
    assert word_diff(old, old.replace("，", ",")).old == []


def test_place_key() -> None:
    assert place_key("威海市") == place_key("威海") == "威海"
    assert place_key("宁波市镇海区") != place_key("宁波市")


def test_find_year_pairs() -> None:
    def report(place: str, year: str) -> Report:
        made = parse_text(f"{year}年{place}政府工作报告\n一、{int(year) - 1}年工作回顾\n经济平稳。\n")[0]
        made.metadata.place = type(made.metadata.place)(place, "title")
        made.metadata.year = type(made.metadata.year)(year, "title")
        return made

    reports = [report("威海市", "2020"), report("威海", "2021"), report("威海市", "2023"), report("烟台市", "2021")]
    pairs = find_year_pairs(reports)
    assert [(older.year, newer.year) for older, newer in pairs] == [(2020, 2021)]


def test_find_year_pairs_in_corpus() -> None:
    reports = [corpus_report("national/2018.txt"), corpus_report("national/2019.txt"), corpus_report("weihai-2022.txt")]
    pairs = find_year_pairs(reports)
    assert [(older.year, newer.year, older.place) for older, newer in pairs] == [(2018, 2019, reports[0].place)]


# --- command line --------------------------------------------------------------------------


def test_diff_command_json(capsys: pytest.CaptureFixture[str]) -> None:
    old, new = CORPUS / "weihai-2022.txt", CORPUS / "weihai-2025-plan-section.txt"
    if not old.exists():
        pytest.skip("../shared/corpus is not available beside the project")
    assert main.main(["diff", str(old), str(new), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"section_pairs", "sentence_pairs", "indicators"} <= data.keys()
    assert all({"old", "new", "score"} <= pair.keys() for pair in data["sentence_pairs"])
    gdp_rows = [
        row
        for row in data["indicators"]
        if row["name"] == "生产总值" and row["old"] and row["new"] and row["view"] == VIEW_TARGET_TARGET
    ]
    assert [(row["old"]["value"], row["new"]["value"], row["new"]["qualifier"]) for row in gdp_rows] == [
        (6, 5.5, "左右")
    ]
    for side in ("old", "new"):
        assert {"value", "unit", "qualifier", "sentence_id"} <= gdp_rows[0][side].keys()


def test_diff_command_picks_a_report_and_reports_errors(capsys: pytest.CaptureFixture[str]) -> None:
    compilation = CORPUS / "2023-city-reports-compilation.txt"
    if not compilation.exists():
        pytest.skip("../shared/corpus is not available beside the project")
    assert main.main(["diff", f"{compilation}#r2", f"{compilation}#r3"]) == 0
    assert "->" in capsys.readouterr().out
    assert main.main(["diff", f"{compilation}#r99", f"{compilation}#r3"]) == 1
    assert "r99" in capsys.readouterr().err
