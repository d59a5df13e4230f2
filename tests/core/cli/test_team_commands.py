"""The team commands: agreement, adjudicate, status, and export --annotators."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sklearn.metrics import cohen_kappa_score

from core.annotations.paths import beside_path
from main import main
from tests.core.team_files import label_as, write_report

TARGET, ACHIEVEMENT, OTHER = "target", "achievement", "other"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    reports = tmp_path / "reports"
    source = write_report(reports)
    label_as(source, "alice", [ACHIEVEMENT, ACHIEVEMENT, TARGET, TARGET, OTHER, OTHER])
    label_as(source, "bob", [ACHIEVEMENT, OTHER, TARGET, TARGET, OTHER, None])
    label_as(source, "carol", [ACHIEVEMENT, OTHER, TARGET, ACHIEVEMENT, OTHER, TARGET])
    return reports


def test_agreement_json(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["agreement", str(folder), "--annotators", "alice", "bob", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["annotators"] == ["alice", "bob"]
    pair = data["overall"]["pairs"][0]
    assert pair["sentences"] == 5 and pair["percent_agreement"] == 80.0
    expected = cohen_kappa_score(
        [ACHIEVEMENT, ACHIEVEMENT, TARGET, TARGET, OTHER], [ACHIEVEMENT, OTHER, TARGET, TARGET, OTHER]
    )
    assert pair["cohen_kappa"]["value"] == pytest.approx(expected, abs=1e-4)
    assert pair["confusion"][ACHIEVEMENT] == {TARGET: 0, ACHIEVEMENT: 1, OTHER: 1}
    assert data["reports"][0]["report"] == "report.txt#r1"


def test_agreement_tables_and_an_undefined_kappa(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_report(tmp_path)
    label_as(source, "alice", [OTHER, OTHER])
    label_as(source, "bob", [OTHER, OTHER])
    assert main(["agreement", str(source)]) == 0
    out = capsys.readouterr().out
    assert "100.0 % agreement" in out and "only one label was used (other)" in out and "nan" not in out.lower()
    assert "alice \\ bob" in out


def test_agreement_needs_two_annotators(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_report(tmp_path)
    label_as(source, "alice", [OTHER])
    assert main(["agreement", str(source)]) == 1
    assert "two or more annotators" in capsys.readouterr().err
    assert main(["agreement", str(tmp_path / "missing")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_adjudicate_reports_what_is_left(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "adjudicate",
                str(folder),
                "--annotators",
                "alice",
                "bob",
                "carol",
                "--into",
                "gold",
                "--accept",
                "majority",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "5 sentence(s) decided now, 0 already in the gold file, 1 left to decide by hand" in out
    gold = beside_path(folder / "report.txt", "gold")
    assert f"saved {gold}" in out
    assert main(["adjudicate", str(folder), "--into", "bob"]) == 1
    assert "one of the annotators compared" in capsys.readouterr().err


def test_adjudicate_refuses_when_only_one_named_annotator_has_labels(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a typo in a name must not turn alice's labels alone into "agreed" gold labels
    assert main(["adjudicate", str(folder), "--annotators", "alice", "bobb"]) == 1
    err = capsys.readouterr().err
    assert "two or more annotators with labels" in err and "no file of bobb" in err
    assert not beside_path(folder / "report.txt", "gold").exists()


def test_status_json_and_table(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", str(folder), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    report = data["reports"][0]
    assert [(entry["annotator"], entry["labelled"], entry["total"]) for entry in report["annotators"]] == [
        ("alice", 6, 6),
        ("bob", 5, 6),
        ("carol", 6, 6),
    ]
    assert report["agreement"]["sentences"] == 5
    assert main(["status", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "report.txt#r1" in out and "5/6" in out
    assert "Fleiss' κ" in out  # three annotators: which κ it is, said


def test_agreement_over_a_folder_does_not_warn_of_each_report_nobody_labelled(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for year in range(2001, 2011):
        write_report(folder, f"unlabelled-{year}.txt")
    assert main(["agreement", str(folder)]) == 0
    assert "unlabelled" not in capsys.readouterr().err
    assert main(["agreement", str(folder), str(folder / "unlabelled-2001.txt")]) == 0  # named: said
    err = capsys.readouterr().err
    assert "unlabelled-2001.txt" in err and "unlabelled-2002.txt" not in err


def test_status_of_a_folder_without_reports_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    assert main(["status", str(tmp_path / "empty")]) == 1
    captured = capsys.readouterr()
    assert "holds no report files (.txt" in captured.err and captured.out == ""


def test_export_by_annotator(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["adjudicate", str(folder), "--accept", "majority"]) == 0
    everyone, gold_only = tmp_path / "all.jsonl", tmp_path / "gold.jsonl"
    assert main(["export", str(folder), "-o", str(everyone)]) == 0
    assert main(["export", str(folder), "-o", str(gold_only), "--annotators", "gold"]) == 0
    records = [json.loads(line) for line in everyone.read_text(encoding="utf-8").splitlines()]
    assert sorted({record["annotator"] for record in records}) == ["alice", "bob", "carol", "gold"]
    assert len(records) == 6 + 5 + 6 + 5
    gold = [json.loads(line) for line in gold_only.read_text(encoding="utf-8").splitlines()]
    assert {record["annotator"] for record in gold} == {"gold"} and len(gold) == 5
    assert {record["source"] for record in gold} == {"adjudicated"}
    capsys.readouterr()
    assert main(["export", str(folder), "-o", str(tmp_path / "x.jsonl"), "--annotators", "nobody"]) == 1
    assert "No annotation file of nobody" in capsys.readouterr().err


def test_labels_kept_in_another_folder_are_found(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    reports = tmp_path / "reports"
    source = write_report(reports)
    label_as(source, "alice", [ACHIEVEMENT, OTHER])
    label_as(source, "bob", [ACHIEVEMENT, TARGET])
    elsewhere = tmp_path / "from-bob"
    elsewhere.mkdir()
    bob = beside_path(source, "bob")
    bob.rename(elsewhere / bob.name)  # bob's file came by mail, into a folder of its own

    assert main(["agreement", str(source), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["annotators"] == ["alice"]
    assert main(["agreement", str(source), "--labels-in", str(elsewhere), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["annotators"] == ["alice", "bob"] and data["overall"]["pairs"][0]["sentences"] == 2
    assert main(["status", str(reports), "--labels-in", str(elsewhere), "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert [entry["annotator"] for entry in status["reports"][0]["annotators"]] == ["alice", "bob"]


def _bob_labelled_another_report_of_my_file_name(tmp_path: Path) -> tuple[Path, Path]:
    """Mine (威海 2022) and, in a folder of its own, bob's labels of the 2020 report, also named report.txt."""
    from resources import resource_path

    mine, theirs = tmp_path / "weihai" / "report.txt", tmp_path / "bob-copy" / "report.txt"
    for path, sample in ((mine, "weihai-2022.txt"), (theirs, "weihai-2020.txt")):
        path.parent.mkdir()
        shutil.copy(resource_path("samples", sample), path)
    label_as(theirs, "bob", [OTHER, ACHIEVEMENT, TARGET])
    elsewhere = tmp_path / "from-bob"
    elsewhere.mkdir()
    beside_path(theirs, "bob").rename(elsewhere / beside_path(theirs, "bob").name)
    return mine, elsewhere


def test_labels_of_another_report_of_the_same_file_name_are_left_out(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mine, elsewhere = _bob_labelled_another_report_of_my_file_name(tmp_path)
    label_as(mine, "alice", [OTHER, OTHER])
    label_as(mine, "carol", [OTHER, TARGET])

    assert main(["agreement", str(mine), "--labels-in", str(elsewhere), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["annotators"] == ["alice", "carol"]
    assert any("holds labels of another report (威海市 2020); it is left out" in line for line in data["warnings"])


def test_a_report_whose_only_file_by_name_is_of_another_report_stays_listed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mine, elsewhere = _bob_labelled_another_report_of_my_file_name(tmp_path)  # nobody labelled mine

    assert main(["status", str(mine.parent), "--labels-in", str(elsewhere), "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert [(report["report"], report["annotators"]) for report in status["reports"]] == [("report.txt#r1", [])]
    assert any("holds labels of another report" in line for line in status["warnings"])


def test_gold_may_not_take_the_name_of_someone_whose_labels_are_in_another_folder(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_report(tmp_path / "reports")
    label_as(source, "alice", [ACHIEVEMENT, OTHER])
    label_as(source, "bob", [ACHIEVEMENT, TARGET])
    label_as(source, "carol", [OTHER, TARGET])
    elsewhere = tmp_path / "from-carol"
    elsewhere.mkdir()
    carol = beside_path(source, "carol")
    carol.rename(elsewhere / carol.name)

    assert main(["adjudicate", str(source), "--annotators", "alice", "bob", "--into", "carol",
                 "--labels-in", str(elsewhere)]) == 1
    assert "someone's own labels" in capsys.readouterr().err
    assert not carol.exists()  # no gold file that would hide carol's own labels
