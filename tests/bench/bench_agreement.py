"""Benchmark: agreement over a folder of 100 reports labelled by 3 annotators.

Run:  python tests/bench/bench_agreement.py

Writes, in a temporary folder, 100 report files of 250 sentences and the
annotation files of alice, bob and carol (each labels about nine sentences in
ten; they agree on about four in five), then times the steps of
``main.py agreement FOLDER``: finding and reading the files (reports parsed,
labels re-attached), the statistics (Cohen's κ per pair and report, Fleiss' κ,
confusion tables, per report and overall), and ``main.py status``; and the
whole command in a fresh process, imports included.  Each step is given as
wall-clock time and as this process's CPU time (best of 3): on a shared
machine the wall clock also counts the time other programs had the CPU (the
load average is printed).  Target: agreement under 2 s (reading and
statistics).
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from core.annotations.opening import open_annotations  # noqa: E402
from core.annotations.paths import DATA_DIR_ENV  # noqa: E402
from core.reading.document import load_reports  # noqa: E402

REPORTS = 100
SENTENCES = 250
ANNOTATORS = ("alice", "bob", "carol")
LABELS = ("target", "achievement", "other")
T = TypeVar("T")


def write_folder(folder: Path) -> int:
    """The reports and their annotation files; returns the number of labels written."""
    chance = random.Random(15)
    written = 0
    for number in range(REPORTS):
        lines = [f"第{number}篇第{index}句：全市生产总值增长{index % 9}.{index % 7}%，完成目标任务{index}项。"
                 for index in range(SENTENCES)]
        source = folder / f"report-{number:03}.txt"
        source.write_text("\n".join(lines) + "\n", encoding="utf-8")
        reports = load_reports(source)
        truth = [chance.choice(LABELS) for _ in reports[0].sentences]
        for annotator in ANNOTATORS:
            annotations = open_annotations(source, annotator, reports)
            for sentence, label in zip(reports[0].sentences, truth):
                if chance.random() < 0.1:
                    continue
                given = label if chance.random() < 0.85 else chance.choice(LABELS)
                annotations.set(reports[0], sentence, given)
                written += 1
            annotations.save()
    return written


def best_of(runs: int, function: Callable[[], T]) -> tuple[tuple[float, float], T]:
    """((wall seconds, CPU seconds), result), each the best of ``runs``."""
    wall = cpu = float("inf")
    result = None
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = function()
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    assert result is not None
    return (wall, cpu), result


def main() -> int:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "reports"
        folder.mkdir()
        os.environ[DATA_DIR_ENV] = str(Path(temporary) / "data")
        start = time.perf_counter()
        labels = write_folder(folder)
        print(f"wrote {REPORTS} reports x {SENTENCES} sentences, {len(ANNOTATORS)} annotators, {labels:,} labels "
              f"in {time.perf_counter() - start:.1f} s")

        from core.team.agreement import team_agreement
        from core.team.status import team_status
        from core.team.team_reports import gather

        team_agreement(gather([folder]))  # imports scikit-learn and statsmodels once
        read_time, team = best_of(3, lambda: gather([folder]))
        statistics_time, result = best_of(3, lambda: team_agreement(team))
        both_time, _ = best_of(3, lambda: team_agreement(gather([folder])))
        status_time, _ = best_of(3, lambda: team_status([folder]))
        start = time.perf_counter()
        completed = subprocess.run([sys.executable, str(ROOT / "main.py"), "agreement", str(folder), "--json"],
                                   capture_output=True, check=True, env=os.environ)
        command_time = (time.perf_counter() - start, float("nan"))
        assert b'"overall"' in completed.stdout

        print(f"{'step':<44} {'wall s':>8} {'CPU s':>8}")
        for name, (wall, cpu) in [("read: find files, parse reports, re-attach", read_time),
                                  ("statistics: per report and overall", statistics_time),
                                  ("agreement (read + statistics)", both_time),
                                  ("status (read + per-report agreement)", status_time),
                                  ("main.py agreement --json, fresh process", command_time)]:
            print(f"{name:<44} {wall:>8.3f} {cpu:>8.3f}")
        overall = result.overall
        print(f"overall: {overall.sentences:,} sentences labelled by all, {overall.percent:.1f} % agreement, "
              f"Fleiss' kappa {overall.fleiss.value:.3f}")
        print(f"load average: {' '.join(f'{value:.1f}' for value in os.getloadavg())} on {os.cpu_count()} CPUs")
        verdict = "met" if both_time[0] < 2 else "met in CPU time" if both_time[1] < 2 else "NOT met"
        print(f"target: agreement under 2 s: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
