"""A report whose file name is not UTF-8 (GBK bytes from a Windows archive): open, label, save, reopen, export."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.gui.helpers import REPO, SAMPLES, annotation_file, open_and_wait

GBK_NAME = b"\xcd\xfe\xba\xa3-2022.txt"  # 威海-2022.txt in GBK


def gbk_named_report(folder: Path) -> Path:
    """weihai-2022.txt copied under a GBK file name; skip where the file system refuses it."""
    folder.mkdir(parents=True, exist_ok=True)
    target = os.path.join(os.fsencode(folder), GBK_NAME)
    try:
        shutil.copyfile(os.fsencode(SAMPLES / "weihai-2022.txt"), target)
    except (OSError, UnicodeError) as error:
        pytest.skip(f"this file system does not take non-UTF-8 file names ({error})")
    if GBK_NAME not in os.listdir(os.fsencode(folder)):
        pytest.skip("this file system changed the non-UTF-8 file name")
    return Path(os.fsdecode(target))


def test_open_label_save_reopen_and_export_a_gbk_named_report(qtbot, make_window, dialog_log, tmp_path) -> None:
    source = gbk_named_report(tmp_path / "reports")
    window = make_window()
    open_and_wait(qtbot, window, [source])
    assert window.current_entry is not None, dialog_log.calls
    assert "show_error" not in dialog_log.names()
    tooltip = window.report_model.index_of_entry(window.current_entry).data(Qt.ItemDataRole.ToolTipRole)
    assert "\ufffd\ufffd\ufffd\ufffd-2022.txt" in tooltip  # a readable name stands in for the undecodable bytes
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    first, second = window.current_entry.report.sentences[:2]
    window.close()
    assert "show_error" not in dialog_log.names(), dialog_log.calls

    saved = annotation_file(source)
    assert os.fsencode(saved.name).startswith(GBK_NAME + b".")  # named after the real bytes
    data = json.loads(saved.read_bytes().decode("utf-8"))
    assert os.fsencode(data["source"]) == os.fsencode(source)  # the path reads back to the same bytes
    assert [(r["sentence_id"], r["label"]) for r in data["annotations"]] == [
        (first.id, "target"), (second.id, "achievement")]

    reopened = make_window()
    open_and_wait(qtbot, reopened, [source])
    entry = reopened.current_entry
    assert not entry.annotations.read_only
    assert entry.annotations.get(entry.report.id, first.id).label == "target"
    reopened.close()
    assert json.loads(saved.read_bytes().decode("utf-8"))["annotations"] == data["annotations"]

    out = tmp_path / "out"
    out.mkdir()
    for form, name in (("jsonl", "train.jsonl"), ("csv", "table.csv")):
        done = subprocess.run([sys.executable, str(REPO / "main.py"), "export", os.fsdecode(source), "--format", form,
                               "-o", str(out / name)], capture_output=True, env={**os.environ}, cwd=REPO)
        assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    rows = [json.loads(line) for line in (out / "train.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [row["label"] for row in rows] == ["target", "achievement"]
    assert {os.fsencode(row["report_id"].rsplit("#", 1)[0]) for row in rows} == {GBK_NAME}
    assert "\ufffd-2022.txt" in (out / "table.csv").read_text(encoding="utf-8-sig").replace("\ufffd\ufffd", "\ufffd")
