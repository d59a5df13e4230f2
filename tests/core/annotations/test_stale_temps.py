"""Temporary files of a save that was killed are removed when the file is next opened."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from core.annotations.opening import open_annotations
from tests.core.report_builder import make_report

ROOT = Path(__file__).resolve().parents[3]
SENTENCES = ["过去一年，全市生产总值增长4%。", "今年地区生产总值增长6%左右。"]

# Starts a save whose rename never comes: the temporary file stays while the process lives.
STUCK_SAVER = f"""
import os, sys, time
sys.path.insert(0, {str(ROOT)!r})
from core.annotations.atomic_write import atomic_write

def stuck(src, dst):
    print("writing", flush=True)
    time.sleep(600)
os.replace = stuck
atomic_write(sys.argv[1], b"half of a save")
"""


def start_stuck_save(path: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen([sys.executable, "-c", STUCK_SAVER, str(path)], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "writing"
    return process


def temps(path: Path) -> set[str]:
    return {found.name for found in path.parent.glob(f".{path.name}.*.tmp")}


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_temporary_file_of_a_killed_save_is_removed_at_the_next_start(tmp_path: Path) -> None:
    source = tmp_path / "weihai-2022.txt"
    source.write_text("\n".join(SENTENCES), encoding="utf-8")
    report = make_report(SENTENCES, source=source)
    path = open_annotations(source, "alice", [report]).path
    killed = start_stuck_save(path)
    killed_temps = temps(path)
    killed.kill()
    killed.wait()
    assert killed.returncode == -signal.SIGKILL
    running = start_stuck_save(path)
    try:
        running_temps = temps(path) - killed_temps
        assert len(killed_temps) == 1 and len(running_temps) == 1
        open_annotations(source, "alice", [report])  # the next start
        assert temps(path) == running_temps  # the killed save's file is gone, the running save's is not
    finally:
        running.kill()
        running.wait()
    open_annotations(source, "alice", [report])
    assert temps(path) == set()
