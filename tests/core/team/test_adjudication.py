"""Adjudication into a gold file: the rules, who chose a label, nothing of anyone's overwritten, the file reopens."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.annotations.file_format import ADJUDICATED_SCHEMA_VERSION, SCHEMA_VERSION
from core.annotations.opening import load_annotation_file
from core.annotations.paths import beside_path
from core.annotations.record import SOURCE_ADJUDICATED
from core.errors import AnnotationFileError
from core.team.adjudication import AdjudicationError, decide, fill
from core.team.team_reports import gather
from tests.core.report_builder import saved_labels
from tests.core.team_files import label_as, write_report

TARGET, ACHIEVEMENT, OTHER = "target", "achievement", "other"


@pytest.mark.parametrize(
    ("labels", "agreed", "majority"),
    [
        ({"a": TARGET, "b": TARGET, "c": TARGET}, TARGET, TARGET),
        ({"a": TARGET, "b": TARGET, "c": ACHIEVEMENT}, None, TARGET),
        ({"a": TARGET, "b": TARGET, "c": None}, None, TARGET),
        ({"a": TARGET, "b": ACHIEVEMENT, "c": OTHER}, None, None),
        ({"a": TARGET, "b": None, "c": None}, None, None),
        ({"a": TARGET, "b": ACHIEVEMENT}, None, None),
        ({"a": TARGET, "b": TARGET}, TARGET, TARGET),
    ],
)
def test_the_rules(labels: dict[str, str | None], agreed: str | None, majority: str | None) -> None:
    assert decide(labels, "agreed") == agreed
    assert decide(labels, "majority") == majority


@pytest.fixture
def three(tmp_path: Path) -> Path:
    source = write_report(tmp_path / "reports")
    label_as(source, "alice", [ACHIEVEMENT, ACHIEVEMENT, TARGET, TARGET, OTHER, OTHER])
    label_as(source, "bob", [ACHIEVEMENT, OTHER, TARGET, TARGET, OTHER, None])
    label_as(source, "carol", [ACHIEVEMENT, OTHER, TARGET, ACHIEVEMENT, OTHER, TARGET])
    return source


def test_majority_fills_the_gold_file_and_names_who_chose(three: Path) -> None:
    before = {name: beside_path(three, name).read_bytes() for name in ("alice", "bob", "carol")}

    result = fill(gather([three]), "gold", "majority")

    assert (result.decided, result.kept, result.left) == (5, 0, 1)
    gold_path = beside_path(three, "gold")
    assert result.saved == [gold_path]
    gold = load_annotation_file(gold_path)
    records = gold.all_annotations()
    assert [record.label for record in records] == [ACHIEVEMENT, OTHER, TARGET, TARGET, OTHER]
    assert all(record.source == SOURCE_ADJUDICATED for record in records)
    assert records[1].chosen_by == ("bob", "carol") and records[0].chosen_by == ("alice", "bob", "carol")
    assert json.loads(gold_path.read_text(encoding="utf-8"))["schema_version"] == ADJUDICATED_SCHEMA_VERSION
    assert {name: beside_path(three, name).read_bytes() for name in before} == before  # nobody's file touched


def test_agreed_fills_less_and_a_second_run_keeps_what_is_there(three: Path) -> None:
    first = fill(gather([three]), "gold", "agreed")
    assert (first.decided, first.left) == (3, 3)
    second = fill(gather([three]), "gold", "majority")
    assert (second.decided, second.kept, second.left) == (2, 3, 1)
    assert len(saved_labels(beside_path(three, "gold"))) == 5


def test_the_gold_file_is_not_compared_and_reopens_in_a_new_gather(three: Path) -> None:
    fill(gather([three]), "gold", "majority")
    team = gather([three])
    assert team.annotators == ["alice", "bob", "carol"]
    with_gold = gather([three], ["alice", "gold"])
    assert with_gold.reports[0].labels_of("gold")[:2] == [ACHIEVEMENT, OTHER]


def test_the_gold_name_may_not_be_an_annotator_compared(three: Path) -> None:
    before = beside_path(three, "alice").read_bytes()
    with pytest.raises(AdjudicationError, match="one of the annotators"):
        fill(gather([three], ["alice", "bob"]), "alice", "majority")
    assert beside_path(three, "alice").read_bytes() == before


def test_someone_s_own_file_of_the_gold_name_is_not_written_into(three: Path) -> None:
    label_as(three, "gold", [TARGET])  # a person called gold labelled one sentence by hand
    before = beside_path(three, "gold").read_bytes()
    with pytest.raises(AdjudicationError, match="not adjudicated"):
        fill(gather([three], ["alice", "bob", "carol"]), "gold", "majority")
    assert beside_path(three, "gold").read_bytes() == before


def test_ordinary_files_stay_version_one_and_a_newer_version_is_refused(three: Path, tmp_path: Path) -> None:
    alice = beside_path(three, "alice")
    assert json.loads(alice.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION
    assert "chosen_by" not in alice.read_text(encoding="utf-8")
    fill(gather([three]), "gold", "majority")
    newer = tmp_path / "newer.annotations.json"
    data = json.loads(beside_path(three, "gold").read_text(encoding="utf-8"))
    data["schema_version"] = ADJUDICATED_SCHEMA_VERSION + 1
    newer.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(AnnotationFileError, match="newer version"):
        load_annotation_file(newer)


@pytest.mark.parametrize(("field", "value"), [("chosen_by", [1]), ("chosen_by", None), ("start", True),
                                              ("note", 5), ("source", "guessed")])
def test_a_damaged_record_of_a_gold_file_is_refused_and_left_alone(three: Path, field: str, value: object) -> None:
    fill(gather([three]), "gold", "majority")
    path = beside_path(three, "gold")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["annotations"][0][field] = value
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(AnnotationFileError, match="damaged"):
        load_annotation_file(path)
    assert path.read_bytes() == before


def test_a_label_only_the_annotators_know_is_added_to_the_gold_file(tmp_path: Path) -> None:
    from dataclasses import replace

    from core.annotations.opening import open_annotations
    from core.reading.document import load_reports

    source = write_report(tmp_path)
    reports = load_reports(source)
    for name in ("alice", "bob"):
        annotations = open_annotations(source, name, reports)
        annotations.set_labels([*annotations.labels, replace(annotations.labels[0], name="procedure", key="4")])
        annotations.set(reports[0], reports[0].sentences[0], "procedure")
        annotations.save()

    result = fill(gather([source]), "gold", "agreed")

    assert result.decided == 1
    gold = load_annotation_file(beside_path(source, "gold"))
    assert "procedure" in gold.label_names() and gold.all_annotations()[0].label == "procedure"
