"""``main.py parse``: JSON output and errors on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from main import main
from tests.conftest import corpus_file


def test_parse_json_prints_structure_for_each_report(capsys: pytest.CaptureFixture[str]) -> None:
    path = corpus_file("weihai-2020.txt")
    assert main(["parse", str(path), "--json"]) == 0
    output = json.loads(capsys.readouterr().out)
    (report,) = output["files"][0]["reports"]
    assert set(report) >= {"text", "metadata", "sections", "sentences", "noise"}
    assert report["metadata"]["place"] == {"value": "威海市", "source": "title", "start": 0, "end": 3}
    assert report["metadata"]["speaker"]["value"] == "张海波"
    assert {"id", "title", "level", "kind", "start", "end", "parent"} <= set(report["sections"][0])
    for sentence in report["sentences"]:
        assert report["text"][sentence["start"] : sentence["end"]] == sentence["text"]
        assert set(sentence) == {"id", "start", "end", "section", "text"}
    assert report["noise"]


def test_bad_file_goes_to_stderr_and_others_are_still_parsed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text("2021年某市政府工作报告\n各位代表:\n一、2020年工作回顾\n经济增长5%。\n", encoding="gb18030")
    assert main(["parse", str(empty), str(good), "--json"]) == 1
    captured = capsys.readouterr()
    assert "empty.txt" in captured.err and "Traceback" not in captured.err
    files = json.loads(captured.out)["files"]
    assert [Path(entry["file"]).name for entry in files] == ["good.txt"]
    assert files[0]["reports"][0]["metadata"]["place"]["value"] == "某市"


def test_a_mistyped_command_is_named_as_such_and_opens_no_window(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sugest", "report.txt"]) == 2
    error = capsys.readouterr().err
    assert "'sugest' is neither a command" in error and "suggest" in error
