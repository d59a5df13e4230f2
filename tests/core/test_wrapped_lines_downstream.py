"""A sentence over wrapped lines reads whole wherever it is used: indicators, suggestions, exports."""

from __future__ import annotations

import json
from pathlib import Path

from core.annotations.opening import open_annotations
from core.compare.indicators import extract_indicators
from core.export.training_export import export_training
from core.reading.document import load_reports, parse_text
from core.suggest.rules import suggest_by_rules

WIKI_COPY = (
    "政府工作报\n告\n\n\n各位代表：\n\n\n一、2016年工作回顾\n\n\n"
    "——经济运行缓中趋稳、稳中向好。国内生产总值达到74.4\n\u200b\n万亿元，增长6.7%。\n\n"
    "二、2017年工作总体部署\n\n\n今年发展的主要预期目标是：国内生产总值增长6.5%左右，城镇新增就业1100\n万人以上。\n\n"
)
WRAPPED = "国内生产总值达到74.4\n\u200b\n万亿元，增长6.7%。"


def test_indicator_over_a_wrap_reads_whole_and_points_into_the_report() -> None:
    (report,) = parse_text(WIKI_COPY)
    gdp = next(indicator for indicator in extract_indicators(report) if indicator.value == 74.4)
    assert gdp.unit == "万亿元" and gdp.text == "国内生产总值达到74.4万亿元"
    assert report.text[gdp.start : gdp.end] == "国内生产总值达到74.4\n\u200b\n万亿元"
    jobs = next(indicator for indicator in extract_indicators(report) if indicator.value == 1100)
    assert (jobs.unit, jobs.qualifier) == ("万人", "以上")


def test_suggestions_read_the_clean_sentence() -> None:
    (wrapped,) = parse_text(WIKI_COPY)
    (whole,) = parse_text(WIKI_COPY.replace("1100\n万人", "1100万人").replace("74.4\n\u200b\n万亿元", "74.4万亿元"))
    labels = suggest_by_rules(wrapped)
    clean_labels = suggest_by_rules(whole)
    assert [(labels[s.id].label, labels[s.id].reason) for s in wrapped.sentences] == [
        (clean_labels[s.id].label, clean_labels[s.id].reason) for s in whole.sentences
    ]


def test_export_keeps_the_exact_text_and_adds_the_clean_text(tmp_path: Path) -> None:
    source = tmp_path / "2017.txt"
    source.write_text(WIKI_COPY, encoding="utf-8")
    (report,) = load_reports(source)
    annotations = open_annotations(source, "alice", [report])
    sentence = next(s for s in report.sentences if s.text == WRAPPED)
    annotations.set(report, sentence, "achievement")
    annotations.save()
    out = tmp_path / "out.jsonl"
    export_training([source], out)
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["text"] == WRAPPED == report.text[record["start"] : record["end"]]
    assert record["clean_text"] == "国内生产总值达到74.4万亿元，增长6.7%。"
