"""The annotation file: naming, round trip, determinism, safety of saving and loading."""

from __future__ import annotations

import errno
import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import core.annotations.paths as paths_module
from core.annotations.annotation_set import AnnotationSet, ReadOnlyError
from core.annotations.labels import DEFAULT_LABELS, LabelDef
from core.annotations.opening import load_annotation_file, open_annotations
from core.annotations.paths import DATA_DIR_ENV, annotation_path, annotator_slug, backup_path
from core.annotations.record import Annotation
from core.errors import AnnotationFileError, SaveError
from core.reading.model import MetaField, Report, Sentence
from tests.core.report_builder import make_report

SENTENCES = [
    "过去一年，全市生产总值增长4%。",
    "新增市场主体2.1万户。",
    "今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。",
    "各位代表！",
]
RECORD_KEYS = ["report", "sentence_id", "start", "end", "text", "label", "source", "created", "modified", "note"]


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "user-data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def source(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    path = folder / "weihai-2022.txt"
    path.write_text("\n".join(SENTENCES), encoding="utf-8")
    return path


def saved_set(source: Path) -> tuple[AnnotationSet, Report]:
    report = make_report(SENTENCES, source=source)
    annotations = open_annotations(source, "alice", [report])
    annotations.set(report, report.sentences[0], "achievement")
    annotations.set(report, report.sentences[2], "target")
    annotations.save()
    return annotations, report


# --- naming and location ---------------------------------------------------


def test_slug_keeps_cjk_and_ascii_letters() -> None:
    assert annotator_slug("alice") == "alice"
    assert annotator_slug("Alice Smith") == "alice-smith"
    assert annotator_slug("张三") == "张三"
    assert annotator_slug("李 四/../x") == "李-四-x"
    assert annotator_slug("***") == "annotator"


def test_path_is_beside_the_source(source: Path) -> None:
    path, is_fallback = annotation_path(source, "alice")
    assert path == source.with_name("weihai-2022.txt.alice.annotations.json")
    assert not is_fallback


def make_folder_read_only(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """chmod 0555; as root (who can still write) the writability check is patched instead."""
    folder.chmod(0o555)
    if paths_module.folder_is_writable(folder):
        original = paths_module.folder_is_writable
        monkeypatch.setattr(paths_module, "folder_is_writable",
                            lambda path: False if Path(path) == folder else original(path))


def test_read_only_folder_falls_back_to_data_dir(source: Path, data_dir: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    make_folder_read_only(source.parent, monkeypatch)
    try:
        path, is_fallback = annotation_path(source, "alice")
        assert is_fallback
        assert path.name == "weihai-2022.txt.alice.annotations.json"
        assert path.parent.parent == data_dir / "annotations"
        assert len(path.parent.name) == 12
        report = make_report(SENTENCES, source=source)
        annotations = open_annotations(source, "alice", [report])
        assert annotations.path == path and annotations.is_fallback
        annotations.set(report, report.sentences[1], "achievement")
        annotations.save()
        assert path.exists()
        assert sorted(p.name for p in source.parent.iterdir()) == ["weihai-2022.txt"]
        # the saved fallback file is found again
        again = open_annotations(source, "alice", [report])
        assert again.get("r1", "r1-s2") is not None and again.is_fallback
    finally:
        source.parent.chmod(0o755)
        monkeypatch.undo()
    monkeypatch.setenv(DATA_DIR_ENV, str(data_dir))
    assert annotation_path(source, "alice") == (path, True)  # writable again: the saved work still wins


def test_read_only_file_beside_source_is_loaded_and_saved_to_fallback(
        source: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    annotations, report = saved_set(source)
    beside = annotations.path
    before = beside.read_bytes()
    make_folder_read_only(source.parent, monkeypatch)
    try:
        reopened = open_annotations(source, "alice", [report])
        assert reopened.is_fallback and reopened.path != beside
        assert reopened.get("r1", "r1-s1").label == "achievement"
        reopened.set(report, reopened_sentence(report, 1), "target")
        reopened.save()
        assert beside.read_bytes() == before
        assert load_annotation_file(reopened.path).get("r1", "r1-s2").label == "target"
    finally:
        source.parent.chmod(0o755)


def reopened_sentence(report: Report, index: int) -> Sentence:
    return report.sentences[index]


# --- round trip and file form ------------------------------------------------


def test_round_trip(source: Path) -> None:
    report = make_report(SENTENCES, source=source)
    annotations = open_annotations(source, "alice", [report])
    assert not annotations.dirty and not annotations.path.exists()
    problem = LabelDef("problem", "4", "#e377c2", "问题 Problems and shortcomings.")
    annotations.set_labels([*DEFAULT_LABELS, problem])
    annotations.set(report, report.sentences[2], "target")
    annotations.set(report, report.sentences[0], "achievement", source="suggested", note="预计数")
    annotations.set(report, report.sentences[1], "problem")
    annotations.set_metadata_correction("r1", "place", "威海市")
    annotations.set_metadata_correction("r1", "year", "2022")
    assert annotations.dirty
    annotations.save()
    assert not annotations.dirty

    loaded = load_annotation_file(annotations.path, [report])
    assert loaded.all_annotations() == annotations.all_annotations()
    assert loaded.labels == annotations.labels
    assert loaded.metadata_corrections("r1") == {"place": "威海市", "year": "2022"}
    assert loaded.annotator == "alice" and loaded.source == source
    assert not loaded.dirty
    assert loaded.to_bytes() == annotations.path.read_bytes()
    assert loaded.get("r1", "r1-s1") == Annotation(
        report="r1", sentence_id="r1-s1", start=0, end=len(SENTENCES[0]), text=SENTENCES[0], label="achievement",
        source="suggested", created=loaded.get("r1", "r1-s1").created,
        modified=loaded.get("r1", "r1-s1").modified, note="预计数")


def test_file_form(source: Path) -> None:
    annotations, report = saved_set(source)
    annotations.set(report, report.sentences[3], "other", note="程序性")
    annotations.save()
    raw = annotations.path.read_bytes()
    text = raw.decode("utf-8")
    assert text.endswith("}\n")
    assert "全市生产总值" in text and "\\u" not in text
    data = json.loads(text)
    assert list(data) == ["schema", "schema_version", "source", "reports", "annotator", "labels",
                          "metadata_corrections", "annotations"]
    assert data["schema"] == "gwr-annotations" and data["schema_version"] == 1
    assert data["source"] == str(source.absolute())
    assert data["reports"] == [{"id": "r1", "hash": report.hash}]
    assert [label["key"] for label in data["labels"]] == ["1", "2", "3"]
    records = data["annotations"]
    assert all(list(record) == RECORD_KEYS for record in records)
    assert records == sorted(records, key=lambda r: (r["report"], r["start"], r["sentence_id"]))
    assert [record["label"] for record in records] == ["achievement", "target", "other"]
    for record in records:  # one record per line, ISO-8601 UTC times
        assert json.dumps(record, ensure_ascii=False, separators=(", ", ": ")) in text.splitlines()[
            text.splitlines().index(' "annotations": [') + 1 + records.index(record)]
        assert record["created"].endswith("Z") and record["modified"] >= record["created"]
    assert records[0]["note"] is None and records[2]["note"] == "程序性"


def test_saving_twice_gives_identical_bytes(source: Path) -> None:
    annotations, report = saved_set(source)
    first = annotations.path.read_bytes()
    previous = annotations.set(report, report.sentences[1], "target")
    annotations.save()
    assert annotations.path.read_bytes() != first
    annotations.put(previous, "r1", "r1-s2")
    annotations.save()
    assert annotations.path.read_bytes() == first
    reloaded = load_annotation_file(annotations.path, [report])
    reloaded.save()
    assert annotations.path.read_bytes() == first
    assert reloaded.to_bytes() == reloaded.to_bytes() == first


def test_save_keeps_previous_version_as_backup(source: Path) -> None:
    annotations, report = saved_set(source)
    first = annotations.path.read_bytes()
    assert not backup_path(annotations.path).exists()
    annotations.set(report, report.sentences[3], "other")
    annotations.save()
    assert backup_path(annotations.path).read_bytes() == first
    assert annotations.path.name + ".bak" == backup_path(annotations.path).name


records_strategy = st.lists(
    st.tuples(st.text(min_size=1, max_size=30), st.sampled_from(["target", "achievement", "other"]),
              st.sampled_from(["manual", "suggested"]), st.none() | st.text(max_size=20), st.booleans()),
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(records=records_strategy, annotator=st.text(min_size=1, max_size=10))
def test_any_content_round_trips_byte_for_byte(records: list[tuple[str, str, str, str | None, bool]],
                                               annotator: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.annotations.json"
        annotations = AnnotationSet(path, Path(folder) / "x.txt", annotator)
        for number, (text, label, source, note, orphaned) in enumerate(records):
            record = Annotation(report=f"r{number % 3}", sentence_id=f"s{number}", start=number * 7,
                                end=number * 7 + len(text), text=text, label=label, source=source,
                                created="2024-01-01T00:00:00Z", modified="2024-01-02T00:00:00Z",
                                note=note or None, orphaned=orphaned)
            if orphaned:
                annotations._orphans.append(record)  # no public way to make an orphan directly
                annotations._changed()
            else:
                annotations.put(record, record.report, record.sentence_id)
        annotations.save()
        loaded = load_annotation_file(path)
        assert loaded.all_annotations() == annotations.all_annotations()
        assert loaded.annotator == annotator
        assert loaded.to_bytes() == path.read_bytes()


def test_lone_surrogates_from_undecodable_bytes_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "x.annotations.json"
    annotations = AnnotationSet(path, tmp_path / "x.txt", "alice")
    odd = Annotation(report="r1", sentence_id="s1", start=0, end=4, text="增长\udcff。", label="target",
                     created="2024-01-01T00:00:00Z", modified="2024-01-01T00:00:00Z", note="\ud800")
    annotations.put(odd, "r1", "s1")
    annotations.save()
    assert load_annotation_file(path).get("r1", "s1") == odd
    assert "增长\\udcff。" in path.read_text(encoding="utf-8")


# --- editing and undo ----------------------------------------------------------


def test_set_returns_previous_and_put_restores_it(source: Path) -> None:
    report = make_report(SENTENCES, source=source)
    annotations = open_annotations(source, "alice", [report])
    sentence = report.sentences[0]
    assert annotations.set(report, sentence, "target") is None
    first = annotations.get("r1", sentence.id)
    assert annotations.set(report, sentence, "achievement") == first
    second = annotations.get("r1", sentence.id)
    assert second.created == first.created and second.label == "achievement"
    annotations.put(first, "r1", sentence.id)
    assert annotations.get("r1", sentence.id) == first
    assert annotations.set(report, sentence, None) == first
    assert annotations.get("r1", sentence.id) is None
    annotations.put(None, "r1", sentence.id)  # undo of the first set: back to nothing
    assert annotations.get("r1", sentence.id) is None
    assert not annotations.dirty  # back where the file started
    annotations.put(second, "r1", sentence.id)
    assert annotations.get("r1", sentence.id) == second and annotations.dirty


def test_notes_counts_and_labels(source: Path) -> None:
    annotations, report = saved_set(source)
    before = annotations.set_note("r1", "r1-s1", "  estimate ")
    assert before.note is None and annotations.get("r1", "r1-s1").note == "  estimate "
    annotations.set(report, report.sentences[0], "target")  # changing the label keeps the note
    assert annotations.get("r1", "r1-s1").note == "  estimate "
    with pytest.raises(ValueError):
        annotations.set_note("r1", "r1-s4", "no label here")
    with pytest.raises(ValueError):
        annotations.set(report, report.sentences[3], "nonsense")
    assert annotations.counts("r1") == {"target": 2, "achievement": 0, "other": 0}
    assert [a.sentence_id for a in annotations.for_report("r1")] == ["r1-s1", "r1-s3"]

    annotations.rename_label("target", "goal")
    assert [label.name for label in annotations.labels] == ["goal", "achievement", "other"]
    assert {a.label for a in annotations.for_report("r1")} == {"goal"}
    with pytest.raises(ValueError, match="goal"):
        annotations.set_labels(DEFAULT_LABELS[1:])
    previous = annotations.set_labels(list(DEFAULT_LABELS), {"goal": "target"})
    assert [label.name for label in previous] == ["goal", "achievement", "other"]
    assert {a.label for a in annotations.for_report("r1")} == {"target"}


def test_metadata_corrections_win(source: Path) -> None:
    annotations, report = saved_set(source)
    report.metadata.place = MetaField("威海", source="title", start=0, end=2)
    assert annotations.set_metadata_correction("r1", "place", "威海市") is None
    replaced = annotations.apply_corrections(report)
    assert report.metadata.place == MetaField("威海市", source="user")
    assert replaced == {"place": MetaField("威海", source="title", start=0, end=2)}
    assert annotations.set_metadata_correction("r1", "place", None) == "威海市"
    assert annotations.metadata_corrections("r1") == {}
    with pytest.raises(ValueError):
        annotations.set_metadata_correction("r1", "colour", "red")


# --- bad files are never touched -------------------------------------------------


def good_file(source: Path) -> dict[str, object]:
    annotations, _ = saved_set(source)
    return json.loads(annotations.path.read_text(encoding="utf-8"))


def damage(kind: str, data: dict[str, object], text: str) -> str:
    if kind == "truncated":
        return text[: len(text) // 2]
    if kind == "empty":
        return ""
    if kind == "wrong-schema":
        return json.dumps({**data, "schema": "something-else"})
    if kind == "not-an-object":
        return "[1, 2]"
    if kind == "newer":
        return json.dumps({**data, "schema_version": 99})
    if kind == "annotations-not-list":
        return json.dumps({**data, "annotations": {"a": 1}})
    if kind == "bad-record":
        records = list(data["annotations"])
        return json.dumps({**data, "annotations": [{**records[0], "start": "0"}, *records[1:]]})
    if kind == "missing-field":
        return json.dumps({key: value for key, value in data.items() if key != "labels"})
    if kind == "duplicate-key":
        return text.replace('"schema_version": 1,', '"schema_version": 1, "schema_version": 1,')
    raise AssertionError(kind)


@pytest.mark.parametrize(("kind", "reason"), [
    ("truncated", "corrupt"), ("empty", "corrupt"), ("wrong-schema", "not-annotations"),
    ("not-an-object", "not-annotations"), ("newer", "newer-schema"), ("annotations-not-list", "corrupt"),
    ("bad-record", "corrupt"), ("missing-field", "corrupt"), ("duplicate-key", "corrupt"),
])
def test_bad_file_is_reported_and_left_alone(source: Path, kind: str, reason: str) -> None:
    data = good_file(source)
    path, _ = annotation_path(source, "alice")
    path.write_bytes(damage(kind, data, path.read_text(encoding="utf-8")).encode("utf-8"))
    before = path.read_bytes()
    report = make_report(SENTENCES, source=source)
    with pytest.raises(AnnotationFileError) as caught:
        open_annotations(source, "alice", [report])
    assert caught.value.reason == reason and caught.value.path == path
    assert str(path) in str(caught.value)
    with pytest.raises(AnnotationFileError):
        load_annotation_file(path, [report])

    annotations = open_annotations(source, "alice", [report], on_error="read-only")
    assert annotations.read_only and annotations.read_only_reason == str(caught.value)
    assert annotations.load_error is not None and annotations.load_error.reason == reason
    with pytest.raises(ReadOnlyError):
        annotations.set(report, report.sentences[0], "target")
    with pytest.raises(SaveError):
        annotations.save()
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == sorted([source.name, path.name])


def test_unreadable_file(source: Path) -> None:
    path, _ = annotation_path(source, "alice")
    path.mkdir()  # a folder where the file should be cannot be read
    with pytest.raises(AnnotationFileError) as caught:
        load_annotation_file(path)
    assert caught.value.reason == "unreadable"


# --- saving that fails leaves the previous file -----------------------------------


@pytest.mark.parametrize("failing", ["backup", "main file"])
def test_disk_full_keeps_previous_file(source: Path, monkeypatch: pytest.MonkeyPatch, failing: str) -> None:
    annotations, report = saved_set(source)
    before = annotations.path.read_bytes()
    annotations.set(report, report.sentences[3], "other")
    real_replace = os.replace

    def disk_full(src: object, dst: object) -> None:
        if failing == "main file" and str(dst).endswith(".bak"):
            return real_replace(src, dst)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(SaveError, match="disk is full") as caught:
        annotations.save()
    assert caught.value.path == annotations.path and str(annotations.path) in str(caught.value)
    monkeypatch.undo()
    assert annotations.path.read_bytes() == before
    assert annotations.dirty
    leftovers = [p.name for p in annotations.path.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
    annotations.save()  # the disk has room again
    assert load_annotation_file(annotations.path).get("r1", "r1-s4").label == "other"


def test_read_only_folder_save_fails_cleanly(source: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    annotations, report = saved_set(source)
    before = annotations.path.read_bytes()
    annotations.set(report, report.sentences[3], "other")
    source.parent.chmod(0o555)
    try:
        if paths_module.folder_is_writable(source.parent):  # root: simulate the refusal
            real_open = os.open

            def refuse(path: object, flags: int, mode: int = 0o777) -> int:
                if flags & os.O_CREAT and Path(str(path)).parent == source.parent:
                    raise PermissionError(errno.EACCES, "Permission denied", str(path))
                return real_open(path, flags, mode)

            monkeypatch.setattr(os, "open", refuse)
        with pytest.raises(SaveError, match="permission"):
            annotations.save()
    finally:
        monkeypatch.undo()
        source.parent.chmod(0o755)
    assert annotations.path.read_bytes() == before and annotations.dirty


def test_change_on_disk_is_not_overwritten_silently(source: Path) -> None:
    first, report = saved_set(source)
    second = open_annotations(source, "alice", [report])
    first.set(report, report.sentences[3], "other")
    first.save()
    saved_by_first = first.path.read_bytes()
    second.set(report, report.sentences[1], "achievement")
    second.save()  # merges the first window's change instead of overwriting it
    assert backup_path(first.path).read_bytes() == saved_by_first
    merged = load_annotation_file(first.path)
    assert merged.get(report.id, report.sentences[3].id).label == "other"
    assert merged.get(report.id, report.sentences[1].id).label == "achievement"
    assert second.last_conflict_copy is None


def test_stale_temporary_files_are_removed_on_save(source: Path) -> None:
    annotations, report = saved_set(source)
    stale = annotations.path.with_name(f".{annotations.path.name}.deadbeef.tmp")
    fresh = annotations.path.with_name(f".{annotations.path.name}.cafebabe.tmp")
    stale.write_text("half a file")
    fresh.write_text("another save in progress")
    os.utime(stale, (1_000_000_000, 1_000_000_000))
    annotations.set(report, report.sentences[3], "other")
    annotations.save()
    assert not stale.exists() and fresh.exists()


def test_deleted_file_is_written_again(source: Path) -> None:
    annotations, report = saved_set(source)
    annotations.path.unlink()
    annotations.set(report, report.sentences[3], "other")
    annotations.save()
    assert load_annotation_file(annotations.path).get("r1", "r1-s4") is not None


def test_no_reports_leaves_annotations_alone(source: Path) -> None:
    saved_set(source)
    annotations = open_annotations(source, "alice", [])
    assert annotations.orphans() == [] and len(annotations.for_report("r1")) == 2


def test_bundled_samples_are_annotated_in_the_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The app's own folder is never written, even when it happens to be writable."""
    from core.annotations.paths import DATA_DIR_ENV, annotation_path
    from resources import sample_reports

    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    sample = sample_reports()[0]
    path, is_fallback = annotation_path(sample, "alice")
    assert is_fallback and path.is_relative_to(tmp_path / "data")
