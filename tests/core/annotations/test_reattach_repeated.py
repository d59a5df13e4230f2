"""Identical sentences keep their own labels and notes when the text around them changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.annotations.opening import open_annotations
from core.annotations.paths import DATA_DIR_ENV
from core.reading.document import load_reports
from core.reading.model import Report, Sentence
from resources import resource_path

REPEATED = "要坚持稳中求进工作总基调，推动高质量发展。"
BETWEEN = "这是关键。"  # shorter than the repeated sentence
BEFORE = "今年工作的总体要求已经明确。"
AFTER = "全市上下要齐心协力抓落实。"
INSERTED = "新插入的一段话，长度超过两个相同句子之间的距离，" * 6 + "以此检验标签是否跟着原来的句子。"


def report_text(*, inserted: bool = False, first_deleted: bool = False) -> str:
    sample = (resource_path("samples") / "weihai-2022.txt").read_text(encoding="utf-8")
    head, tail = sample.split("二、过去五年发展成就和未来五年展望", 1)
    paragraphs = [INSERTED] if inserted else []
    paragraphs.append(BEFORE if first_deleted else BEFORE + REPEATED)
    paragraphs.append(BETWEEN + REPEATED + AFTER)
    return head + "\n\n".join(paragraphs) + "\n\n二、过去五年发展成就和未来五年展望" + tail


@pytest.fixture
def source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "user-data"))
    path = tmp_path / "weihai-2022.txt"
    path.write_text(report_text(), encoding="utf-8")
    return path


def sentence(report: Report, text: str, occurrence: int = 0) -> Sentence:
    return [s for s in report.sentences if s.text == text][occurrence]


def label_the_region(source: Path) -> tuple[str, str]:
    """Label both copies differently, with notes, and their neighbours; return the copies' ids."""
    reports = load_reports(source)
    report = reports[0]
    annotations = open_annotations(source, "alice", reports)
    first, second = sentence(report, REPEATED, 0), sentence(report, REPEATED, 1)
    assert first.id != second.id and second.start - first.end < len(INSERTED)
    annotations.set(report, first, "target", note="the first one")
    annotations.set(report, second, "achievement", note="the second one")
    for text, label in ((BEFORE, "other"), (BETWEEN, "other"), (AFTER, "target")):
        annotations.set(report, sentence(report, text), label)
    annotations.save()
    return first.id, second.id


def reopened(source: Path) -> tuple[Report, list[tuple[str, str, str | None]]]:
    reports = load_reports(source)
    annotations = open_annotations(source, "alice", reports)
    report = reports[0]
    copies = [s for s in report.sentences if s.text == REPEATED]
    found = []
    for copy in copies:
        record = annotations.get(report.id, copy.id)
        assert record is not None
        found.append((copy.id, record.label, record.note))
    return report, found


def test_identical_sentences_keep_their_labels_after_a_long_insertion_above(source: Path) -> None:
    first_id, second_id = label_the_region(source)
    source.write_text(report_text(inserted=True), encoding="utf-8")
    _report, found = reopened(source)
    assert found == [(first_id, "target", "the first one"), (second_id, "achievement", "the second one")]


def test_when_one_identical_sentence_is_deleted_the_other_keeps_its_label(source: Path) -> None:
    label_the_region(source)
    source.write_text(report_text(first_deleted=True), encoding="utf-8")
    reports = load_reports(source)
    annotations = open_annotations(source, "alice", reports)
    report = reports[0]
    (remaining,) = [s for s in report.sentences if s.text == REPEATED]
    record = annotations.get(report.id, remaining.id)
    assert record is not None and (record.label, record.note) == ("achievement", "the second one")
    assert [(orphan.label, orphan.note) for orphan in annotations.orphans()] == [("target", "the first one")]
