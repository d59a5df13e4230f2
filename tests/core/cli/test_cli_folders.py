"""``parse``, ``suggest`` and ``export`` take a folder: every report file in it and its sub-folders."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from main import main
from resources import resource_path
from tests.core.labelled_reports import labelled_copy
from tests.docx_builder import write_report_docx

PLAN_2025 = "weihai-2025-plan-section.txt"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """weihai-2020.txt at the top, weihai-2022.docx in a sub-folder, and files that are no reports."""
    root = tmp_path / "reports"
    (root / "2022").mkdir(parents=True)
    shutil.copy(resource_path("samples", "weihai-2020.txt"), root / "weihai-2020.txt")
    text = resource_path("samples", "weihai-2022.txt").read_text(encoding="utf-8")
    write_report_docx(text, root / "2022" / "weihai-2022.docx")
    (root / ".hidden").mkdir()
    shutil.copy(resource_path("samples", PLAN_2025), root / ".hidden" / PLAN_2025)
    (root / "notes.md").write_text("not a report", encoding="utf-8")
    (root / "weihai-2020.txt.alice.annotations.json.bak").write_text("{}", encoding="utf-8")
    return root


def _names(output: str) -> list[str]:
    return [Path(entry["file"]).name for entry in json.loads(output)["files"]]


def test_parse_reads_every_report_of_a_folder_and_its_sub_folders(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(folder), "--json"]) == 0
    captured = capsys.readouterr()
    assert _names(captured.out) == ["weihai-2022.docx", "weihai-2020.txt"]  # sorted by path: 2022/ first
    years = [entry["reports"][0]["metadata"]["year"]["value"] for entry in json.loads(captured.out)["files"]]
    assert years == ["2022", "2020"]
    assert captured.err == ""


def test_suggest_takes_a_folder_and_a_file_together(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    extra = shutil.copy(resource_path("samples", PLAN_2025), folder.parent / PLAN_2025)
    assert main(["suggest", str(folder), str(extra), "--json"]) == 0
    output = capsys.readouterr().out
    assert _names(output) == ["weihai-2022.docx", "weihai-2020.txt", PLAN_2025]
    labels = {sentence["label"] for entry in json.loads(output)["files"]
              for sentence in entry["reports"][0]["sentences"]}
    assert {"target", "achievement"} <= labels


def test_a_folder_without_reports_is_an_error_and_the_rest_is_still_parsed(
        tmp_path: Path, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "readme.md").write_text("nothing here", encoding="utf-8")
    assert main(["parse", str(empty), str(folder), "--json"]) == 1
    captured = capsys.readouterr()
    assert "empty holds no report files" in captured.err
    assert _names(captured.out) == ["weihai-2022.docx", "weihai-2020.txt"]


def test_export_of_a_folder_finds_labelled_reports_in_sub_folders(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "reports"
    labelled_copy(root / "a", "weihai-2020.txt")
    labelled_copy(root / "b" / "deeper", "weihai-2022.txt")
    out = tmp_path / "out.jsonl"
    assert main(["export", str(root), "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {record["report_id"] for record in records} == {"weihai-2020.txt#r1", "weihai-2022.txt#r1"}
    assert "from 2 report(s)" in capsys.readouterr().out


def test_briefs_written_into_the_folder_of_the_reports_are_not_read_as_reports(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary", str(folder), "-o", f"{folder}/"]) == 0
    assert list(folder.glob("*-简报.docx"))
    capsys.readouterr()
    assert main(["parse", str(folder), "--json"]) == 0
    assert sorted(_names(capsys.readouterr().out)) == ["weihai-2020.txt", "weihai-2022.docx"]
    assert main(["summary", str(folder), "-o", f"{folder}/", "--force"]) == 0  # written again, not read
