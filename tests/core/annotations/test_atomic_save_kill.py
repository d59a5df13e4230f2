"""Killing the program in the middle of a save never leaves a broken annotation file."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.annotations.annotation_set import AnnotationSet
from core.annotations.opening import load_annotation_file
from core.annotations.paths import backup_path
from core.annotations.record import Annotation

ROOT = Path(__file__).resolve().parents[3]
RECORDS = 1500
RUNS = 20

# Loads the file and saves it over and over, switching every label between
# "target" and "achievement"; os.replace is slowed a little so that kills
# also land between writing the temporary file and renaming it.
SAVER = f"""
import os, sys, time
from dataclasses import replace
sys.path.insert(0, {str(ROOT)!r})
from core.annotations.opening import load_annotation_file

real_replace = os.replace
def slow_replace(src, dst):
    time.sleep(0.003)
    real_replace(src, dst)
os.replace = slow_replace

annotations = load_annotation_file(sys.argv[1])
records = annotations.all_annotations()
turn = 0
print("ready", flush=True)
while True:
    label = ("target", "achievement")[turn % 2]
    for record in records:
        annotations.put(replace(record, label=label), record.report, record.sentence_id)
    annotations.save()
    turn += 1
"""


def write_initial_file(path: Path) -> None:
    annotations = AnnotationSet(path, path.with_name("big-report.txt"), "alice")
    for number in range(RECORDS):
        text = f"第{number}句：全市地区生产总值增长百分之六左右，城镇新增就业五万人以上。"
        start = number * 40
        annotations.put(Annotation(report="r1", sentence_id=f"r1-s{number}", start=start, end=start + len(text),
                                   text=text, label="other", created="2024-01-01T00:00:00Z",
                                   modified="2024-01-01T00:00:00Z"), "r1", f"r1-s{number}")
    annotations.save()


def check_whole(path: Path) -> str:
    """The file loads, has every record, and all records carry one label (one version)."""
    records = load_annotation_file(path).all_annotations()
    assert len(records) == RECORDS
    labels = {record.label for record in records}
    assert len(labels) == 1, f"a mix of versions: {labels}"
    return labels.pop()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_during_save_leaves_old_or_new_version(tmp_path: Path) -> None:
    path = tmp_path / "big-report.txt.alice.annotations.json"
    write_initial_file(path)
    seen: set[str] = set()
    generator = random.Random(20240501)
    deadline = time.monotonic() + 25
    for _ in range(RUNS):
        process = subprocess.Popen([sys.executable, "-c", SAVER, str(path)], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        try:
            assert process.stdout is not None
            assert process.stdout.readline().strip() == "ready", process.stderr.read() if process.stderr else ""
            time.sleep(generator.uniform(0.0, 0.25))
        finally:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
        assert process.returncode == -signal.SIGKILL, "the saver ended by itself"
        seen.add(check_whole(path))
        if backup_path(path).exists():
            check_whole(backup_path(path))
        assert time.monotonic() < deadline
    assert seen & {"target", "achievement"}, "no kill landed after a completed save"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) <= RUNS  # temporary files of killed saves may stay; they are never loaded
