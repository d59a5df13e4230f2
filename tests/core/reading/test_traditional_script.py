"""A report in traditional characters reads as the same report in simplified ones, and keeps its characters."""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from core.compare.scorecard import build_scorecard
from core.reading.document import load_reports, parse_text
from core.reading.model import KIND_PLAN, KIND_REVIEW
from core.reading.scripts import simplified, simplified_report
from core.reading.wraps import clean_text
from core.suggest.rules import rule_suggestions
from tests.conftest import corpus_file

REPORT = """2021年政府工作报告

各位代表：

一、2020年工作回顾

过去一年，全市经济持续健康发展。地区生产总值增长5.2%，城镇新增就业3.2万人。
我们坚持稳中求进，改革开放取得新进展。

二、2021年工作安排

今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业3万人以上。
我们要加快建设现代产业体系，全面推进乡村振兴。
"""


def _traditional(text: str) -> str:
    return opencc.OpenCC("s2t").convert(text)


def test_simplified_keeps_every_offset() -> None:
    text = "我們第一届全國人民代表大會，手工業總產值較1955年增長了16％。"
    read = simplified(text)
    assert read == "我们第一届全国人民代表大会，手工业总产值较1955年增长了16％。"
    assert len(read) == len(text)
    assert simplified("经济发展") == "经济发展"


def test_a_traditional_report_has_the_parts_of_the_simplified_one() -> None:
    own = parse_text(REPORT)[0]
    traditional_text = _traditional(REPORT)
    assert traditional_text != REPORT and "過去一年" in traditional_text
    other = parse_text(traditional_text)[0]
    assert [(section.kind, section.level) for section in other.sections] == [
        (section.kind, section.level) for section in own.sections]
    assert [section.kind for section in other.sections if section.level == 1] == [KIND_REVIEW, KIND_PLAN]
    assert [(sentence.start, sentence.end) for sentence in other.sentences] == [
        (sentence.start, sentence.end) for sentence in own.sentences]
    assert other.metadata.year.value == own.metadata.year.value == "2021"
    # what the reader sees keeps its own characters
    assert other.sections[0].title == "一、2020年工作回顧"
    assert all(sentence.text == other.text[sentence.start : sentence.end] for sentence in other.sentences)
    assert "過去一年，全市經濟持續健康發展。" in [sentence.text for sentence in other.sentences]


def test_the_rules_suggest_the_same_labels_in_either_script() -> None:
    own = parse_text(REPORT)[0]
    other = parse_text(_traditional(REPORT))[0]
    assert [suggestion.label for suggestion in rule_suggestions(other)] == [
        suggestion.label for suggestion in rule_suggestions(own)]
    assert simplified_report(own) is own  # nothing to fold: the report itself


@pytest.mark.parametrize(("old_name", "new_name"), [("2018.txt", "2019.txt"), ("1955.txt", "1956.txt")])
def test_a_pair_in_traditional_characters_gets_the_same_scorecard(tmp_path: Path, old_name: str,
                                                                  new_name: str) -> None:
    reports = []
    for name in (old_name, new_name):
        own = corpus_file(f"national/{name}")
        copy = tmp_path / name
        copy.write_text(_traditional(own.read_text(encoding="utf-8")), encoding="utf-8")
        reports.append((load_reports(own)[0], load_reports(copy)[0]))
    (old, old_copy), (new, new_copy) = reports
    card, card_copy = build_scorecard(old, new), build_scorecard(old_copy, new_copy)
    assert len(card.rows) > 20
    assert [(row.horizon, row.verdict, simplified(row.indicator)) for row in card_copy.rows] == [
        (row.horizon, row.verdict, row.indicator) for row in card.rows]
    # each side is the copy's own sentence, and its quote the copy's own words at the same place
    sides = [figure for row in card_copy.rows for figure in (row.target, row.result) if figure is not None]
    own_sentences = {id(sentence) for report in (old_copy, new_copy) for sentence in report.sentences}
    assert all(id(figure.sentence) in own_sentences and figure.quote in figure.sentence.text for figure in sides)
    assert any(figure.quote != simplified(figure.quote) for figure in sides)
    # the figure the window marks is found in the sentence shown
    figures = [figure for figure in sides if figure.indicator is not None]
    assert figures and all(figure.indicator is not None and figure.indicator.text in clean_text(figure.sentence.text)
                           for figure in figures)


def test_a_sentence_both_years_repeat_points_into_its_own_report() -> None:
    old = parse_text(_traditional(REPORT))[0]
    new = parse_text(_traditional(REPORT.replace("2021年", "2022年").replace("2020年", "2021年")
                                   .replace("各位代表：", "各位代表：\n\n现在，我代表市人民政府作报告。")))[0]
    card = build_scorecard(old, new)
    targets = [row.target for row in card.rows if row.target is not None and row.target.indicator is not None]
    assert targets
    for target in targets:
        assert target.sentence in old.sentences  # not the later report's sentence of the same words
        assert target.indicator is not None
        assert target.sentence.start <= target.indicator.start < target.sentence.end
