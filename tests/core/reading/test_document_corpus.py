"""The parser on every file of the shared corpus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.reading.document import load_reports, parse_text
from core.reading.model import KIND_PLAN, KIND_REVIEW, KIND_SELF, LEVEL_PART, LEVEL_SUBSECTION, PARA_NOISE
from tests.conftest import CORPUS, corpus_file

ALL_FILES = sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("national/*.txt")) if CORPUS.is_dir() else []
COMPILATION_PLACES = [
    "彬州市", "高安市", "邯郸市", "河源市", "金华市", "乐昌市", "临沧市",
    "龙南市", "泸州市", "茂名市", "梅州市", "南宁市", "宁波市", "沁阳市",
]


def _ids(paths: list[Path]) -> list[str]:
    return [str(path.relative_to(CORPUS)) for path in paths]


@pytest.fixture(scope="module")
def parsed() -> dict[str, list]:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not available beside the project")
    return {str(path.relative_to(CORPUS)): load_reports(path) for path in ALL_FILES}


@pytest.mark.parametrize("name", _ids(ALL_FILES) or ["(no corpus)"])
def test_offset_identity_and_no_noise_in_sentences(parsed: dict[str, list], name: str) -> None:
    for report in parsed[name]:
        assert report.sentences, f"{name} {report.id} has no sentences"
        noise_lines = [p for p in report.paragraphs if p.role == PARA_NOISE]
        headings = [(s.heading_start, s.heading_end) for s in report.sections if s.level <= LEVEL_SUBSECTION]
        previous_end = 0
        for sentence in report.sentences:
            assert report.text[sentence.start : sentence.end] == sentence.text
            assert sentence.start >= previous_end, "sentences overlap or are out of order"
            previous_end = sentence.end
            assert sentence.text == sentence.text.strip()
            for line in noise_lines:
                assert sentence.end <= line.start or sentence.start >= line.end, f"noise line inside {sentence.text!r}"
            for start, end in headings:
                assert sentence.end <= start or sentence.start >= end, f"heading inside sentence {sentence.text!r}"
        for section in report.sections:
            assert section.start <= section.heading_start < section.heading_end <= section.end <= len(report.text)


def test_compilation_gives_fourteen_reports_of_2023(parsed: dict[str, list]) -> None:
    reports = parsed["2023-city-reports-compilation.txt"]
    assert [report.place for report in reports] == COMPILATION_PLACES
    assert {report.metadata.year.value for report in reports} == {"2023"}
    assert all(report.metadata.review_year.value == "2022" for report in reports)
    # The advert and the 目录 line before the first report are noise, not sentences.
    first = reports[0]
    assert {span.kind for span in first.noise if span.end < 60} >= {"advert", "contents"}
    assert "www." not in " ".join(sentence.text for sentence in first.sentences)


def test_weihai_2020_metadata(parsed: dict[str, list]) -> None:
    meta = parsed["weihai-2020.txt"][0].metadata
    assert meta.place.value == "威海市"
    assert meta.year.value == "2020"
    assert meta.review_year.value == "2019"
    assert meta.speaker.value == "张海波"
    assert meta.meeting_date.value == "2020-01-08"
    for field in (meta.place, meta.year, meta.speaker, meta.meeting_date):
        assert field.source in {"title", "meeting line", "speaker line"}


def test_weihai_2020_web_noise_is_marked(parsed: dict[str, list]) -> None:
    report = parsed["weihai-2020.txt"][0]
    noise_text = [report.text[span.start : span.end] for span in report.noise]
    assert any("来源" in text for text in noise_text)
    assert any("点击查阅更多" in text for text in noise_text)
    assert any("责任编辑" in text for text in noise_text)
    assert "精彩图片" in noise_text
    assert all("责任编辑" not in s.text and "点击查阅" not in s.text for s in report.sentences)


@pytest.mark.parametrize("name", _ids(sorted(CORPUS.glob("national/*.txt"))) if CORPUS.is_dir() else ["(no corpus)"])
def test_national_year_is_the_year_in_the_file_name(parsed: dict[str, list], name: str) -> None:
    (report,) = parsed[name]
    assert report.metadata.year.value == Path(name).stem


def test_weihai_2022_metadata_from_meeting_and_speaker_lines(parsed: dict[str, list]) -> None:
    meta = parsed["weihai-2022.txt"][0].metadata
    assert (meta.place.value, meta.year.value, meta.review_year.value) == ("威海市", "2022", "2021")
    assert (meta.meeting_date.value, meta.speaker.value) == ("2022-02-23", "闫剑波")
    assert meta.meeting_date.source == "meeting line" and meta.speaker.source == "speaker line"
    assert meta.title.value == "政府工作报告"


def test_untitled_plan_section_takes_years_from_part_heading(parsed: dict[str, list]) -> None:
    (report,) = parsed["weihai-2025-plan-section.txt"]
    meta = report.metadata
    assert (meta.year.value, meta.year.source) == ("2025", "part heading")
    assert meta.place.value == "" and meta.speaker.value == ""  # not guessed


def test_abstract_without_title_takes_years_from_part_headings(parsed: dict[str, list]) -> None:
    (report,) = parsed["zhenhai-2020-abstract.txt"]
    assert report.metadata.year.value == "2020"
    assert report.metadata.review_year.value == "2019"
    assert any(span.kind == "web" for span in report.noise)  # 字号:


def _parts(report) -> list[tuple[str, str]]:
    return [(section.title, section.kind) for section in report.sections if section.level == LEVEL_PART]


def test_part_kinds_checked_by_eye(parsed: dict[str, list]) -> None:
    """Part kinds on a sample read by hand."""
    assert _parts(parsed["weihai-2022.txt"][0]) == [
        ("一、2021年工作回顾", KIND_REVIEW),
        ("二、过去五年发展成就和未来五年展望", KIND_REVIEW),
        ("三、2022年政府重点工作", KIND_PLAN),
    ]
    assert _parts(parsed["zhenhai-2020-abstract.txt"][0])[-1][1] == KIND_SELF
    luzhou = parsed["2023-city-reports-compilation.txt"][8]
    assert luzhou.place == "泸州市"
    assert _parts(luzhou) == [
        ("2022年工作回顾", KIND_REVIEW),
        ("2023年重点工作安排", KIND_PLAN),
        ("加强政府自身建设", KIND_SELF),
    ]
    handan = parsed["2023-city-reports-compilation.txt"][2]
    assert [kind for _, kind in _parts(handan)] == [KIND_REVIEW, KIND_PLAN, KIND_SELF]
    assert [kind for _, kind in _parts(parsed["national/2019.txt"][0])] == [KIND_REVIEW, KIND_PLAN, KIND_PLAN]


def test_sub_sections_cut_heading_from_body_and_inherit_kind(parsed: dict[str, list]) -> None:
    report = parsed["weihai-2022.txt"][0]
    section = next(s for s in report.sections if s.title.startswith("（一）经济运行"))
    assert section.level == LEVEL_SUBSECTION and section.kind == KIND_REVIEW
    assert report.text[section.heading_start : section.heading_end] == "（一）经济运行稳中向好。"
    first = next(s for s in report.sentences if s.start >= section.heading_end)
    assert first.text.startswith("地区生产总值完成3463.9亿元") and first.section == section.id


def test_items_under_unnumbered_part_are_sub_sections(parsed: dict[str, list]) -> None:
    luzhou = parsed["2023-city-reports-compilation.txt"][8]
    items = [s for s in luzhou.sections if s.title.startswith("一、全力以赴稳增长")]
    assert items and items[0].level == LEVEL_SUBSECTION
    assert luzhou.section_by_id(items[0].parent).title == "2023年重点工作安排"


def test_run_in_leads_and_bullets_are_sections_and_sentences(parsed: dict[str, list]) -> None:
    report = parsed["weihai-2020.txt"][0]
    lead = next(s for s in report.sections if s.title == "经济增长基础稳固")
    assert lead.level == 3 and lead.kind == KIND_REVIEW
    assert any(s.text == "经济增长基础稳固。" for s in report.sentences)
    bullets = [s for s in parsed["weihai-2022.txt"][0].sections if s.title.startswith("这五年")]
    assert len(bullets) == 8 and all(b.level == 3 for b in bullets)


def test_sentences_match_gold_segmentation() -> None:
    """Every non-heading sentence of the careful reading is one of ours, at the same offsets."""
    import json

    gold_path = CORPUS.parent / "gold" / "weihai-2022.gold.jsonl"
    if not gold_path.exists():
        pytest.skip("../shared/gold is not available beside the project")
    (report,) = load_reports(corpus_file("weihai-2022.txt"))
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    expected = {(row["start"], row["end"]) for row in gold if not row["heading"]}
    ours = {(s.start, s.end) for s in report.sentences}
    assert ours == expected


def test_sentence_ids_are_stable_and_survive_edits_elsewhere() -> None:
    text = corpus_file("weihai-2022.txt").read_text(encoding="utf-8")
    (first,) = parse_text(text)
    (again,) = parse_text(text)
    assert [s.id for s in first.sentences] == [s.id for s in again.sentences]
    cut = text.index("（二）创新动力显著增强")
    edited = text[:cut] + "这是新加的一句话。\n" + text[cut:]
    (changed,) = parse_text(edited)
    before = {s.text: s.id for s in first.sentences}
    after = {s.text: s.id for s in changed.sentences}
    assert all(after[sentence_text] == sentence_id for sentence_text, sentence_id in before.items())


def test_one_long_line_is_cut_into_paragraphs() -> None:
    text = corpus_file("weihai-2022.txt").read_text(encoding="utf-8")
    (normal,) = parse_text(text)
    one_line = re.sub(r"\s*\n\s*", " ", text.strip())
    assert "\n" not in one_line and len(one_line) > 15000
    (report,) = parse_text(one_line)
    assert [s.text for s in report.sentences] == [s.text for s in normal.sentences]
    assert [s.title for s in report.sections] == [s.title for s in normal.sections]
    assert report.metadata.speaker.value == "闫剑波"
