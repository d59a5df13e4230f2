"""What an export must keep and must not do: spreadsheet formulas, splits by labelled report,
notes and sources through export and import, and misspelt labels on import."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from core.annotations.annotation_set import AnnotationSet
from core.annotations.opening import open_annotations
from core.export.training_export import export_training
from core.export.training_import import TrainingImportError, import_training
from core.reading.document import load_reports
from main import main
from resources import resource_path
from tests.core.labelled_reports import labelled_copy

FORMULA_REPORT = """威海市2022年政府工作报告

一、过去一年工作回顾

=HYPERLINK("http://example.com","点击")是一句话。-5%的降幅来自出口。+3个项目全部完成。@所有人参加了会议。全市生产总值增长8%。

二、2022年工作安排

今年主要预期目标是生产总值增长6%。
"""


def _read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _formula_report(folder: Path) -> tuple[Path, AnnotationSet]:
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "formulas.txt"
    source.write_text(FORMULA_REPORT, encoding="utf-8")
    (report,) = load_reports(source)
    annotations = open_annotations(source, "alice", [report])
    for sentence in report.sentences:
        annotations.set(report, sentence, "other", note="=1+1" if sentence.text.startswith("@") else None)
    annotations.save()
    return source, annotations


def test_csv_cells_that_start_like_a_formula_are_neutralised_and_jsonl_keeps_them(tmp_path: Path) -> None:
    source, _annotations = _formula_report(tmp_path / "reports")
    export_training([source], tmp_path / "data.csv", format="csv")
    export_training([source], tmp_path / "records.jsonl")
    with (tmp_path / "data.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    records = _read_jsonl(tmp_path / "records.jsonl")
    texts = [row["text"] for row in rows]
    assert texts[1:5] == ["'=HYPERLINK(\"http://example.com\",\"点击\")是一句话。", "'-5%的降幅来自出口。",
                          "'+3个项目全部完成。", "'@所有人参加了会议。"]
    assert texts[5] == "全市生产总值增长8%。"  # other text is as it was
    assert [row["note"] for row in rows if row["note"]] == ["'=1+1"]
    assert [record["text"] for record in records][1:3] == ["=HYPERLINK(\"http://example.com\",\"点击\")是一句话。",
                                                            "-5%的降幅来自出口。"]
    assert [record["note"] for record in records if record["note"]] == ["=1+1"]
    assert all(row["start"].isdigit() and row["year"] == "2022" for row in rows)  # numbers stay numbers


def test_a_split_puts_the_only_labelled_report_in_train_and_says_what_each_part_got(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "reports"
    _source, _reports, annotations = labelled_copy(folder, "weihai-2022.txt")
    for name in ("weihai-2020.txt", "weihai-2025-plan-section.txt"):  # opened but never labelled
        shutil.copy(resource_path("samples", name), folder / name)
        empty = open_annotations(folder / name, "alice", load_reports(folder / name))
        empty.save()
        assert empty.path.is_file()
    labelled = len(annotations.all_annotations())
    out = tmp_path / "data.jsonl"

    for seed in ("0", "1", "2", "3"):
        assert main(["export", str(folder), "-o", str(out), "--split", "80/10/10", "--seed", seed, "--force"]) == 0
        train = _read_jsonl(tmp_path / "data.train.jsonl")
        assert len(train) == labelled
        assert _read_jsonl(tmp_path / "data.dev.jsonl") == [] and _read_jsonl(tmp_path / "data.test.jsonl") == []
        printed = capsys.readouterr().out
        assert f"train: 1 report(s), {labelled} sentences ({labelled} labelled)" in printed
        assert "dev: 0 report(s), 0 sentences" in printed and "test: 0 report(s), 0 sentences" in printed


def test_a_split_that_gives_train_nothing_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, _reports, _annotations = labelled_copy(tmp_path / "reports", "weihai-2022.txt")
    assert main(["export", str(source), "-o", str(tmp_path / "data.jsonl"), "--split", "0/50/50"]) == 1
    assert "train" in capsys.readouterr().err
    assert not list(tmp_path.glob("data.*"))


def _state(annotations: AnnotationSet) -> list[tuple[object, ...]]:
    return [(a.report, a.sentence_id, a.label, a.source, a.note) for a in annotations.all_annotations()]


@pytest.mark.parametrize("format", ["jsonl", "doccano"])
def test_a_round_trip_keeps_label_source_and_note_of_every_sentence(tmp_path: Path, format: str) -> None:
    source, reports, original = labelled_copy(tmp_path / "a", "weihai-2022.txt")
    report = reports[0]
    for index in range(0, len(report.sentences), 3):
        if original.get(report.id, report.sentences[index].id) is not None:
            original.set_note(report.id, report.sentences[index].id, f"note {index}")
    original.save()
    assert {a.source for a in original.all_annotations()} == {"manual", "suggested"}
    assert sum(a.note is not None for a in original.all_annotations()) > 10
    out = tmp_path / "data.jsonl"
    export_training([source], out, format=format)
    target = tmp_path / "b" / "weihai-2022.txt"
    target.parent.mkdir()
    shutil.copy(source, target)

    assert main(["import", str(out), "--reports", str(target), "--annotator", "alice"]) == 0

    imported = open_annotations(target, "alice", load_reports(target))
    assert _state(imported) == _state(original)


def test_an_import_keeps_notes_the_file_does_not_give(tmp_path: Path) -> None:
    source, reports, annotations = labelled_copy(tmp_path, "weihai-2020.txt")
    report, sentence = reports[0], reports[0].sentences[0]
    annotations.set_note(report.id, sentence.id, "keep me")
    annotations.save()
    line = {"text": report.text, "label": [[sentence.start, sentence.end, "target"]]}
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    import_training([path], [source], annotator="alice")
    after = open_annotations(source, "alice", load_reports(source)).get(report.id, sentence.id)
    assert after is not None and (after.label, after.note) == ("target", "keep me")


def test_a_misspelt_label_is_an_error_unless_a_labels_file_defines_it(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    source, reports, annotations = labelled_copy(tmp_path, "weihai-2020.txt")
    saved = annotations.path.read_bytes()
    report = reports[0]
    first, second = report.sentences[0], report.sentences[1]
    lines = [{"text": report.text, "label": [[first.start, first.end, "target"]]},
             {"text": report.text, "label": [[second.start, second.end, "targte"]]}]
    path = tmp_path / "doccano.jsonl"
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")

    assert main(["import", str(path), "--reports", str(source), "--annotator", "alice"]) == 1
    error = capsys.readouterr().err
    assert error.startswith("error: ") and "'targte'" in error and "doccano.jsonl line 2" in error
    assert annotations.path.read_bytes() == saved  # nothing imported, not even the good line

    with pytest.raises(TrainingImportError, match="targte"):
        import_training([path], [source], annotator="alice", save=False)

    labels_file = tmp_path / "labels.json"
    labels_file.write_text(json.dumps([{"name": "targte", "key": "", "colour": "#123456", "description": ""}]),
                           encoding="utf-8")
    assert main(["import", str(path), "--reports", str(source), "--annotator", "alice",
                 "--labels", str(labels_file)]) == 0
    after = open_annotations(source, "alice", load_reports(source))
    assert after.get(report.id, second.id).label == "targte"
    assert "targte" in after.label_names()
