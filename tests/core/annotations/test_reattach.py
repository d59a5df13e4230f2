"""Re-attaching annotations when the report text or its sentence cutting changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.annotations.opening import load_annotation_file, open_annotations
from core.annotations.paths import DATA_DIR_ENV
from core.annotations.reattach import METHOD_CLOSE, METHOD_OFFSETS, METHOD_TEXT, fold, match_reports, reattach
from core.annotations.record import Annotation
from core.reading.model import Report, Sentence
from tests.core.report_builder import make_report

SENTENCES = [
    "过去一年，全市生产总值增长4%。",
    "新增市场主体2.1万户，城镇新增就业5.2万人。",
    "产业转型仍处于起步阶段。",
    "今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。",
    "加快建设现代化产业体系，推进数字经济发展。",
]
LABELS = ["achievement", "achievement", "other", "target", "target"]


@pytest.fixture
def source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "user-data"))
    path = tmp_path / "weihai-2022.txt"
    path.write_text("\n".join(SENTENCES), encoding="utf-8")
    return path


def annotate_all(source: Path, sentences: list[str] = SENTENCES) -> list[Annotation]:
    """Label every sentence, save, and return the saved records."""
    report = make_report(sentences, source=source)
    annotations = open_annotations(source, "alice", [report])
    for sentence, label in zip(report.sentences, LABELS):
        annotations.set(report, sentence, label, note=f"note {sentence.id}")
    annotations.save()
    return annotations.all_annotations()


def by_text(records: list[Annotation]) -> dict[str, Annotation]:
    return {record.text: record for record in records}


def test_sentence_moved_by_an_insertion(source: Path) -> None:
    before = annotate_all(source)
    changed = make_report([SENTENCES[0], "新插入的一句话。", *SENTENCES[1:]], source=source)
    annotations = open_annotations(source, "alice", [changed])
    result = annotations.last_reattach
    assert result.orphaned == [] and annotations.orphans() == []
    assert len(result.moved) == 4  # all but the first sentence shifted
    assert {move.method for move in result.moved} == {METHOD_TEXT}
    for old in before[1:]:
        new = by_text(annotations.for_report("r1"))[old.text]
        sentence = next(s for s in changed.sentences if s.text == old.text)
        assert (new.sentence_id, new.start, new.end) == (sentence.id, sentence.start, sentence.end)
        assert new.start == old.start + len("新插入的一句话。\n")
        assert (new.label, new.note, new.created, new.modified) == (old.label, old.note, old.created, old.modified)
    assert annotations.get("r1", "r1-s2") is None  # the new sentence has no label
    assert annotations.dirty
    annotations.save()
    assert load_annotation_file(annotations.path, [changed]).last_reattach.moved == []


@pytest.mark.parametrize("edited", [
    "新增市场主体2.2万户，城镇新增就业5.2万人。",  # one character changed
    "新增市场主体2.1万户,城镇新增就业5.2万人。",  # full-width comma swapped for half-width
])
def test_slightly_edited_sentence_is_found_by_close_match(source: Path, edited: str) -> None:
    annotate_all(source)
    changed = make_report([*SENTENCES[:1], edited, *SENTENCES[2:]], source=source)
    annotations = open_annotations(source, "alice", [changed])
    record = annotations.get("r1", "r1-s2")
    assert record is not None and record.text == edited and record.label == "achievement"
    assert [move.method for move in annotations.last_reattach.moved] == [METHOD_CLOSE]
    assert annotations.orphans() == []


def test_deleted_sentence_is_orphaned_and_kept(source: Path) -> None:
    before = annotate_all(source)
    changed = make_report([*SENTENCES[:2], *SENTENCES[3:]], source=source)
    annotations = open_annotations(source, "alice", [changed])
    orphans = annotations.orphans()
    assert [orphan.text for orphan in orphans] == [SENTENCES[2]]
    assert orphans[0].orphaned and orphans[0].label == "other" and orphans[0].note == "note r1-s3"
    assert annotations.last_reattach.orphaned == orphans
    assert len(annotations.all_annotations()) == len(before)
    assert annotations.counts("r1") == {"target": 2, "achievement": 2, "other": 0}
    annotations.save()

    records = json.loads(annotations.path.read_text(encoding="utf-8"))["annotations"]
    assert len(records) == len(before)
    orphan_records = [record for record in records if record.get("orphaned")]
    assert [record["text"] for record in orphan_records] == [SENTENCES[2]]
    assert list(orphan_records[0])[-1] == "orphaned"

    again = load_annotation_file(annotations.path, [changed])
    assert [orphan.text for orphan in again.orphans()] == [SENTENCES[2]]
    # the sentence comes back: the orphan finds its place again
    restored = load_annotation_file(annotations.path, [make_report(SENTENCES, source=source)])
    assert restored.orphans() == [] and restored.get("r1", "r1-s3").label == "other"


def test_same_text_new_cutting(source: Path) -> None:
    """The hash is unchanged but sentence ids differ (a new segmenter): re-attached by offsets."""
    annotate_all(source)
    report = make_report(SENTENCES, source=source)
    renamed = Report(id="r1", source=source, index=0, text=report.text, encoding="utf-8",
                     sentences=[Sentence(s.id.replace("-s", "-sent"), s.start, s.end, s.text)
                                for s in report.sentences])
    annotations = open_annotations(source, "alice", [renamed])
    assert {move.method for move in annotations.last_reattach.moved} == {METHOD_OFFSETS}
    assert [a.sentence_id for a in annotations.for_report("r1")] == [s.id for s in renamed.sentences]


def test_reports_reordered_in_the_source(source: Path) -> None:
    first = make_report(SENTENCES[:3], "r1", source)
    second = make_report(SENTENCES[3:], "r2", source, index=1)
    annotations = open_annotations(source, "alice", [first, second])
    annotations.set(first, first.sentences[0], "achievement")
    annotations.set(second, second.sentences[0], "target")
    annotations.set_metadata_correction("r2", "year", "2022")
    annotations.save()
    inserted = make_report(["另一份报告。"], "r1", source)
    moved_first = make_report(SENTENCES[:3], "r2", source, index=1)
    moved_second = make_report(SENTENCES[3:], "r3", source, index=2)
    reopened = open_annotations(source, "alice", [inserted, moved_first, moved_second])
    assert reopened.for_report("r1") == []
    assert [a.label for a in reopened.for_report("r2")] == ["achievement"]
    assert [a.label for a in reopened.for_report("r3")] == ["target"]
    assert reopened.metadata_corrections("r3") == {"year": "2022"}
    assert reopened.orphans() == []


def test_missing_report_orphans_its_annotations(source: Path) -> None:
    first = make_report(SENTENCES[:3], "r1", source)
    second = make_report(SENTENCES[3:], "r2", source, index=1)
    annotations = open_annotations(source, "alice", [first, second])
    annotations.set(second, second.sentences[0], "target")
    annotations.save()
    reopened = open_annotations(source, "alice", [first])
    assert [(a.report, a.text) for a in reopened.orphans()] == [("r2", SENTENCES[3])]
    reopened.save()
    back = load_annotation_file(reopened.path, [first, second])
    assert back.orphans() == [] and back.get("r2", "r2-s1").label == "target"


def record(text: str, start: int, sentence_id: str = "old", label: str = "target") -> Annotation:
    return Annotation(report="r1", sentence_id=sentence_id, start=start, end=start + len(text), text=text,
                      label=label, created="2024-01-01T00:00:00Z", modified="2024-01-01T00:00:00Z")


def test_duplicate_text_goes_to_nearest_and_each_sentence_takes_one() -> None:
    report = make_report(["各位代表！", "甲。", "各位代表！", "乙。"])
    late = record("各位代表！", report.sentences[2].start + 3, label="other")
    early = record("各位代表！", 1, label="target")
    third = record("各位代表！", 40, label="achievement")
    result = reattach([late, early, third], report)
    placed = {a.label: a for a in result.annotations}
    assert placed["target"].sentence_id == "r1-s1"
    assert placed["other"].sentence_id == "r1-s3"
    assert placed["achievement"].orphaned  # no free sentence left: kept, not dropped
    assert len(result.annotations) == 3 and result.orphaned == [placed["achievement"]]


def test_unrelated_text_is_not_matched() -> None:
    report = make_report(SENTENCES)
    result = reattach([record("完全不同的一句话，与报告无关。", 0)], report)
    assert result.orphaned and result.orphaned[0].start == 0 and result.moved == []


def test_fold_treats_widths_alike() -> None:
    assert fold("增长，；：（6%）！？") == fold("增长,;:(6%)!?")
    assert fold("a b\u3000c") == "abc"


def test_match_reports_prefers_hash_then_content() -> None:
    one, two = make_report(["甲。"], "r1"), make_report(["乙。"], "r2")
    assert match_reports({"r1": two.hash, "r2": one.hash}, {}, [one, two]) == {"r1": "r2", "r2": "r1"}
    assert match_reports({"r1": "sha256:gone"}, {"r1": ["乙。"]}, [one, two]) == {"r1": "r2"}
    assert match_reports({"r1": "sha256:gone"}, {"r1": ["丙。"]}, [one, two]) == {"r1": "r1"}
