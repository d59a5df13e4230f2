"""Training data export: JSONL, CSV, doccano, labels file, splits, sources and the command."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from core.annotations.annotation_set import AnnotationSet
from core.annotations.opening import open_annotations
from core.annotations.paths import fallback_path
from core.annotations.sources import annotation_files_for, collect
from core.export.training_export import (
    RECORD_KEYS,
    SOURCE_SUGGESTED_UNCONFIRMED,
    export_training,
    parse_split,
    split_keys,
)
from core.reading.document import load_reports
from core.reading.model import Report
from core.suggest.rules import suggest_by_rules
from main import main
from resources import resource_path
from tests.core.labelled_reports import labelled_copy

SAMPLES = ("weihai-2020.txt", "weihai-2022.txt", "weihai-2025-plan-section.txt")




def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def reports_by_id(folder: Path) -> dict[str, Report]:
    return {
        f"{path.name}#{report.id}": report for path in sorted(folder.glob("*.txt")) for report in load_reports(path)
    }


@pytest.fixture
def corpus_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    for name in SAMPLES:
        labelled_copy(folder, name)
    return folder


def test_jsonl_has_the_same_keys_on_every_line_and_text_at_the_offsets(corpus_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "data.jsonl"
    out.parent.mkdir()
    result = export_training([corpus_folder], out)
    records = read_jsonl(out)
    reports = reports_by_id(corpus_folder)
    assert records and result.records == len(records)
    types: dict[str, set[str]] = {}
    for record in records:
        assert list(record) == list(RECORD_KEYS)
        report = reports[record["report_id"]]
        assert record["text"] == report.text[record["start"]:record["end"]]
        assert record["label"] in ("target", "achievement", "other")
        assert record["source"] in ("manual", "suggested")
        assert record["annotator"] == "alice" and record["schema_version"] == 1
        for key, value in record.items():
            if value is not None:
                types.setdefault(key, set()).add(type(value).__name__)
    assert all(len(kinds) == 1 for kinds in types.values()), types  # a dataset loader infers one type per column
    expected = sum(len(annotations.for_report(report.id)) for annotations, report in _sets(corpus_folder))
    assert len(records) == expected
    first_plan = next(record for record in records if record["section_kind"] == "plan")
    assert first_plan["section_path"] and isinstance(first_plan["section_path"][0], str)
    assert {record["year"] for record in records} == {2020, 2022, 2025}
    assert json.loads((tmp_path / "out" / "data.labels.json").read_text(encoding="utf-8"))[0]["name"] == "target"


def _sets(folder: Path) -> list[tuple[AnnotationSet, Report]]:
    pairs = []
    for path in sorted(folder.glob("*.txt")):
        reports = load_reports(path)
        annotations = open_annotations(path, "alice", reports)
        pairs.extend((annotations, report) for report in reports)
    return pairs


def test_include_unlabelled_adds_every_sentence_with_null_label(corpus_folder: Path, tmp_path: Path) -> None:
    labelled_only = read_jsonl(_export(corpus_folder, tmp_path / "a.jsonl"))
    everything = read_jsonl(_export(corpus_folder, tmp_path / "b.jsonl", "--include-unlabelled"))
    total = sum(len(report.sentences) for report in reports_by_id(corpus_folder).values())
    assert len(everything) == total > len(labelled_only)
    unlabelled = [record for record in everything if record["label"] is None]
    assert len(unlabelled) == total - len(labelled_only)
    assert all(record["source"] is None and list(record) == list(RECORD_KEYS) for record in unlabelled)
    assert all(record["label"] is not None for record in labelled_only)


def _export(sources: Path, out: Path, *options: str) -> Path:
    assert main(["export", str(sources), "-o", str(out), *options]) == 0
    return out


def test_split_is_by_report_disjoint_and_reproducible_from_the_seed(corpus_folder: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    first.mkdir(), second.mkdir()
    for folder in (first, second):
        _export(corpus_folder, folder / "data.jsonl", "--split", "80/10/10", "--seed", "7", "--include-unlabelled")
    parts = {}
    for name in ("train", "dev", "test"):
        assert (first / f"data.{name}.jsonl").read_bytes() == (second / f"data.{name}.jsonl").read_bytes()
        parts[name] = {record["report_hash"] for record in read_jsonl(first / f"data.{name}.jsonl")}
    assert (
        not (parts["train"] & parts["dev"])
        and not (parts["train"] & parts["test"])
        and not (parts["dev"] & parts["test"])
    )
    assert len(parts["train"] | parts["dev"] | parts["test"]) == 3
    assert len(parts["train"]) == 2  # 3 reports at 80/10/10
    assert not (first / "data.jsonl").exists()


def test_split_keys_follow_the_ratios_and_the_seed() -> None:
    keys = [f"report-{number}" for number in range(100)]
    assignment = split_keys(keys, (80, 10, 10), seed=1)
    assert split_keys(reversed(keys), (80, 10, 10), seed=1) == assignment  # the input order does not matter
    counts = {name: list(assignment.values()).count(name) for name in ("train", "dev", "test")}
    assert counts == {"train": 80, "dev": 10, "test": 10}
    assert split_keys(keys, (80, 10, 10), seed=2) != assignment
    assert parse_split("70/15/15") == (70, 15, 15)
    with pytest.raises(ValueError):
        parse_split("80/20")


def test_csv_has_a_bom_and_reads_back(corpus_folder: Path, tmp_path: Path) -> None:
    out = _export(corpus_folder, tmp_path / "data.csv", "--format", "csv")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    records = read_jsonl(_export(corpus_folder, tmp_path / "records.jsonl"))
    assert len(rows) == len(records)
    assert list(rows[0]) == list(RECORD_KEYS)
    for row, record in zip(rows, records):
        assert row["text"] == record["text"] and row["label"] == record["label"]
        assert int(row["start"]) == record["start"] and row["place"] == (record["place"] or "")
        assert row["section_path"] == " > ".join(record["section_path"])
    assert any("威海" in row["text"] for row in rows)


def test_doccano_documents_carry_spans_per_report(corpus_folder: Path, tmp_path: Path) -> None:
    out = _export(corpus_folder, tmp_path / "doccano.jsonl", "--format", "doccano")
    documents = read_jsonl(out)
    reports = reports_by_id(corpus_folder)
    assert len(documents) == 3
    for document in documents:
        report = reports[document["report_id"]]
        assert document["text"] == report.text
        annotations = open_annotations(report.source, "alice", [report])
        expected = [[a.start, a.end, a.label] for a in annotations.for_report(report.id)]
        assert document["label"] == expected and expected
        for start, end, _ in document["label"]:
            assert report.text[start:end] in {sentence.text for sentence in report.sentences}
    doccano_labels = json.loads((tmp_path / "doccano.doccano-labels.json").read_text(encoding="utf-8"))
    assert doccano_labels[0] == {"text": "target", "suffix_key": "1", "background_color": "#9ecae1",
                                 "text_color": "#000000"}
    labels = json.loads((tmp_path / "doccano.labels.json").read_text(encoding="utf-8"))
    assert [label["name"] for label in labels] == ["target", "achievement", "other"]
    assert all(set(label) == {"name", "key", "colour", "description"} for label in labels)
    assert "目标" in labels[0]["description"]


def test_an_annotation_file_finds_its_report_even_when_moved(tmp_path: Path) -> None:
    _source, reports, annotations = labelled_copy(tmp_path / "first", "weihai-2020.txt")
    moved = tmp_path / "moved"
    shutil.copytree(tmp_path / "first", moved)
    shutil.rmtree(tmp_path / "first")  # the recorded source path no longer exists
    collection = collect([moved / annotations.path.name])
    (item,) = collection.items
    assert item.report.source.parent == moved
    assert item.annotations is not None and len(item.annotations.for_report(item.report.id)) == len(
        annotations.for_report(reports[0].id))


def test_a_report_finds_its_annotation_files_in_the_fallback_folder(tmp_path: Path) -> None:
    source, _reports, annotations = labelled_copy(tmp_path / "reports", "weihai-2020.txt")
    labelled_copy(tmp_path / "reports", "weihai-2020.txt", annotator="bob")
    fallback = fallback_path(source, "alice")
    fallback.parent.mkdir(parents=True)
    annotations.path.rename(fallback)
    found = annotation_files_for(source)
    assert [path.name for path in found] == [fallback.name, "weihai-2020.txt.bob.annotations.json"]
    assert found[0] == fallback
    collection = collect([source])
    assert sorted(item.annotator or "" for item in collection.items) == ["alice", "bob"]


def test_metadata_corrections_go_into_the_records(tmp_path: Path) -> None:
    source, reports, annotations = labelled_copy(tmp_path / "reports", "weihai-2025-plan-section.txt")
    annotations.set_metadata_correction(reports[0].id, "place", "威海市")
    annotations.save()
    records = read_jsonl(_export(source, tmp_path / "data.jsonl"))
    assert {record["place"] for record in records} == {"威海市"}


def test_a_report_without_annotations_is_left_out_with_a_warning(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "reports"
    labelled_copy(folder, "weihai-2020.txt")
    shutil.copy(resource_path("samples", "weihai-2022.txt"), folder / "weihai-2022.txt")
    records = read_jsonl(_export(folder, tmp_path / "data.jsonl"))
    assert {record["year"] for record in records} == {2020}
    assert "weihai-2022.txt" in capsys.readouterr().err
    everything = read_jsonl(_export(folder, tmp_path / "all.jsonl", "--include-unlabelled"))
    assert {record["annotator"] for record in everything if record["year"] == 2022} == {None}


def test_command_errors_are_one_line_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "x.jsonl")]) == 1
    error = capsys.readouterr().err
    assert "missing.txt" in error and "Traceback" not in error
    source, _, annotations = labelled_copy(tmp_path / "reports", "weihai-2020.txt")
    annotations.path.write_text("{not json", encoding="utf-8")
    assert main(["export", str(source), "-o", str(tmp_path / "x.jsonl")]) == 1
    error = capsys.readouterr().err
    assert "damaged" in error and "Traceback" not in error
    assert not (tmp_path / "x.jsonl").exists()
    assert main(["export", str(source), "-o", str(tmp_path / "x.jsonl"), "--split", "a/b"]) == 1
    assert "80/10/10" in capsys.readouterr().err


def test_unconfirmed_suggestions_are_included_only_when_asked(corpus_folder: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    confirmed = read_jsonl(_export(corpus_folder, tmp_path / "a.jsonl"))
    assert all(record["confidence"] is None for record in confirmed)
    assert all(record["source"] in ("manual", "suggested") for record in confirmed)
    capsys.readouterr()
    everything = read_jsonl(_export(corpus_folder, tmp_path / "b.jsonl", "--include-suggestions"))
    assert "unconfirmed suggestions" in capsys.readouterr().out
    total = sum(len(report.sentences) for report in reports_by_id(corpus_folder).values())
    assert len(everything) == total  # every sentence has a label now: confirmed or suggested
    assert all(list(record) == list(RECORD_KEYS) and record["label"] is not None for record in everything)
    unconfirmed = [record for record in everything if record["source"] == SOURCE_SUGGESTED_UNCONFIRMED]
    assert len(unconfirmed) == total - len(confirmed)
    assert all(isinstance(record["confidence"], float) and 0 < record["confidence"] <= 1 for record in unconfirmed)
    reports = reports_by_id(corpus_folder)
    for record in unconfirmed[:50]:
        report = reports[record["report_id"]]
        assert record["label"] == suggest_by_rules(report)[record["sentence_id"]].label
    # confirmed labels are the same records as without the option
    assert [record for record in everything if record["source"] != SOURCE_SUGGESTED_UNCONFIRMED] == confirmed


def test_a_report_nobody_labelled_gets_its_suggestions(corpus_folder: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    sample = resource_path("samples") / SAMPLES[0]
    unlabelled = corpus_folder / "nobody-labelled.txt"
    shutil.copyfile(sample, unlabelled)
    records = read_jsonl(_export(corpus_folder, tmp_path / "data.jsonl", "--include-suggestions"))
    (report,) = load_reports(unlabelled)
    mine = [record for record in records if record["report_id"].startswith("nobody-labelled.txt#")]
    assert len(mine) == len(report.sentences)
    assert {record["source"] for record in mine} == {SOURCE_SUGGESTED_UNCONFIRMED}
    assert all(record["label"] is not None for record in mine)
    error = capsys.readouterr().err
    assert "nobody-labelled.txt" in error and "unconfirmed suggestions" in error
    # without the option it is left out, as before
    plain = read_jsonl(_export(corpus_folder, tmp_path / "plain.jsonl"))
    assert not [record for record in plain if record["report_id"].startswith("nobody-labelled.txt#")]


def test_suggestions_in_csv_and_doccano_and_import_skips_them(corpus_folder: Path, tmp_path: Path) -> None:
    csv_out = _export(corpus_folder, tmp_path / "data.csv", "--format", "csv", "--include-suggestions")
    with csv_out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["confidence"] == "" for row in rows if row["source"] != SOURCE_SUGGESTED_UNCONFIRMED} == {True}
    assert all(float(row["confidence"]) > 0 for row in rows if row["source"] == SOURCE_SUGGESTED_UNCONFIRMED)
    result = export_training([corpus_folder], tmp_path / "doccano.jsonl", format="doccano", include_suggestions=True)
    documents = read_jsonl(tmp_path / "doccano.jsonl")
    reports = reports_by_id(corpus_folder)
    for document in documents:
        spans = document["label"]
        assert len(spans) == len(reports[document["report_id"]].sentences)
        assert spans == sorted(spans)
    assert result.suggested > 0 and result.labelled + result.suggested == sum(
        len(report.sentences) for report in reports.values())

    from core.export.training_import import read_training_file

    out = _export(corpus_folder, tmp_path / "mixed.jsonl", "--include-suggestions")
    records = read_jsonl(out)
    confirmed = [record for record in records if record["source"] != SOURCE_SUGGESTED_UNCONFIRMED]
    assert len(confirmed) < len(records)
    imported = read_training_file(out)  # the unconfirmed suggestions are not read back as labels
    assert sum(len(document.spans) for document in imported) == len(confirmed)


def test_model_option_needs_include_suggestions(corpus_folder: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(corpus_folder), "-o", str(tmp_path / "x.jsonl"), "--model", str(tmp_path)]) == 1
    assert "--include-suggestions" in capsys.readouterr().err
    assert main(["export", str(corpus_folder), "-o", str(tmp_path / "x.jsonl"), "--include-suggestions",
                 "--model", str(tmp_path / "no-model")]) == 1
    assert "manifest.json" in capsys.readouterr().err
    assert not (tmp_path / "x.jsonl").exists()
