"""Importing training data back: round trips, doccano variants, matching, merging, the command."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from core.annotations.annotation_set import AnnotationSet
from core.annotations.opening import open_annotations
from core.annotations.paths import backup_path
from core.annotations.record import Annotation
from core.export.training_export import export_training
from core.export.training_import import import_training, read_labels_file
from core.reading.document import load_reports
from main import main
from resources import resource_path
from tests.core.labelled_reports import labelled_copy


def fresh_copy(folder: Path, name: str) -> Path:
    """The same report file, unlabelled, in another folder."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copy(resource_path("samples", name), target)
    return target


def state(annotations: AnnotationSet, *, with_source: bool = True) -> list[tuple[object, ...]]:
    """What must survive a round trip (timestamps are new on import)."""

    def key(annotation: Annotation) -> tuple[object, ...]:
        base = (annotation.report, annotation.sentence_id, annotation.start, annotation.end, annotation.text,
                annotation.label)
        return (*base, annotation.source) if with_source else base

    return [key(annotation) for annotation in annotations.all_annotations()]


def reopen(source: Path, annotator: str = "alice") -> AnnotationSet:
    return open_annotations(source, annotator, load_reports(source))


@pytest.mark.parametrize("name", ["weihai-2020.txt", "weihai-2022.txt", "weihai-2025-plan-section.txt"])
def test_own_jsonl_round_trip_gives_the_same_annotations(tmp_path: Path, name: str) -> None:
    source, _, original = labelled_copy(tmp_path / "a", name)
    export_training([source], tmp_path / "data.jsonl", include_unlabelled=True)
    target = fresh_copy(tmp_path / "b", name)
    result = import_training([tmp_path / "data.jsonl"], [target.parent])
    assert result.unmatched == [] and result.unplaced == 0 and result.conflicts == 0
    assert [annotations.annotator for annotations in result.sets] == ["alice"]
    imported = reopen(target)
    assert state(imported) == state(original)
    assert result.labelled == len(original.all_annotations())


def test_doccano_round_trip_gives_the_same_labels(tmp_path: Path) -> None:
    source, _, original = labelled_copy(tmp_path / "a", "weihai-2022.txt")
    export_training([source], tmp_path / "doccano.jsonl", format="doccano")
    target = fresh_copy(tmp_path / "b", "weihai-2022.txt")
    assert main(["import", str(tmp_path / "doccano.jsonl"), "--reports", str(target)]) == 0
    assert state(reopen(target), with_source=False) == state(original, with_source=False)


def test_doccano_excerpt_spans_and_entities(tmp_path: Path) -> None:
    target = fresh_copy(tmp_path, "weihai-2020.txt")
    (report,) = load_reports(target)
    first, second, third = report.sentences[10:13]
    excerpt_start = first.start - 3
    excerpt = report.text[excerpt_start:third.end]
    one_sentence = report.sentences[20]
    lines = [
        # an excerpt of the report: one span over two sentences, one inside the third sentence
        {"text": excerpt, "label": [[first.start - excerpt_start, second.end - excerpt_start, "achievement"],
                                    [third.start - excerpt_start + 1, third.start - excerpt_start + 4, "other"]]},
        # newer doccano: entities as objects, and a meta field
        {"text": report.text, "entities": [{"id": 1, "label": "target", "start_offset": one_sentence.start,
                                            "end_offset": one_sentence.end}], "meta": {"annotator": "carol"}},
        # text classification of one sentence
        {"text": report.sentences[30].text, "label": ["other"]},
        {"text": "这段文字不在任何报告里。", "label": [[0, 2, "target"]]},
    ]
    path = tmp_path / "doccano.jsonl"
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    result = import_training([path], [target], annotator="dave")
    assert result.unmatched == ["doccano.jsonl line 4"]
    annotations = reopen(target, "dave")
    assert annotations.get(report.id, first.id).label == "achievement"
    assert annotations.get(report.id, second.id).label == "achievement"
    assert annotations.get(report.id, third.id).label == "other"
    assert annotations.get(report.id, one_sentence.id).label == "target"
    assert annotations.get(report.id, report.sentences[30].id).label == "other"
    assert len(annotations.all_annotations()) == 5


def test_import_merges_into_existing_annotations_and_keeps_a_backup(tmp_path: Path) -> None:
    source, reports, annotations = labelled_copy(tmp_path, "weihai-2020.txt")
    report = reports[0]
    changed, kept = report.sentences[0], report.sentences[1]
    before = annotations.get(report.id, kept.id)
    assert before is not None and annotations.get(report.id, changed.id) is not None
    line = {"text": report.text, "label": [[changed.start, changed.end, "target"]]}
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    result = import_training([path], [source], annotator="alice")
    assert (result.labelled, result.changed) == (1, 1)
    after = reopen(source)
    assert after.get(report.id, changed.id).label == "target"
    assert after.get(report.id, kept.id) == before
    assert backup_path(annotations.path).exists()


def test_new_labels_take_their_definition_from_a_labels_file(tmp_path: Path) -> None:
    target = fresh_copy(tmp_path, "weihai-2020.txt")
    (report,) = load_reports(target)
    sentence = report.sentences[5]
    labels_file = tmp_path / "labels.json"
    labels_file.write_text(json.dumps([{"text": "problem", "suffix_key": "p", "background_color": "#ff0000",
                                        "text_color": "#ffffff"}]), encoding="utf-8")
    data = tmp_path / "data.jsonl"
    data.write_text(json.dumps({"text": report.text, "label": [[sentence.start, sentence.end, "problem"]]}) + "\n",
                    encoding="utf-8")
    import_training([data], [target], labels=read_labels_file(labels_file))
    annotations = reopen(target, "import")
    assert annotations.label_names() == ["target", "achievement", "other", "problem"]
    assert annotations.labels[-1].colour == "#ff0000" and annotations.labels[-1].key == "p"
    assert annotations.get(report.id, sentence.id).label == "problem"


def test_own_records_follow_their_text_when_the_report_changed(tmp_path: Path) -> None:
    source, _reports, original = labelled_copy(tmp_path / "a", "weihai-2020.txt")
    export_training([source], tmp_path / "data.jsonl")
    target = fresh_copy(tmp_path / "b", "weihai-2020.txt")
    target.write_text("前言一句话。\n" + target.read_text(encoding="utf-8"), encoding="utf-8")  # offsets shift
    result = import_training([tmp_path / "data.jsonl"], [target])
    assert result.unmatched == [] and result.unplaced == 0
    imported = reopen(target)
    assert [a.text for a in imported.all_annotations()] == [a.text for a in original.all_annotations()]
    assert [a.label for a in imported.all_annotations()] == [a.label for a in original.all_annotations()]


def test_command_reports_bad_files_without_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = fresh_copy(tmp_path, "weihai-2020.txt")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x", "label": []}\n{broken\n', encoding="utf-8")
    assert main(["import", str(bad), "--reports", str(target)]) == 1
    error = capsys.readouterr().err
    assert "bad.jsonl line 2" in error and "Traceback" not in error
    assert main(["import", str(tmp_path / "missing.jsonl"), "--reports", str(target)]) == 1
    assert "missing.jsonl" in capsys.readouterr().err
    good = tmp_path / "good.jsonl"
    good.write_text('{"text": "x", "label": []}\n', encoding="utf-8")
    assert main(["import", str(good), "--reports", str(tmp_path / "nowhere")]) == 1
    assert "nowhere" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.annotations.json"))
