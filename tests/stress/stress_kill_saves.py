"""Kill a saving process at random moments (SIGKILL) and check what is left on disk.

    python tests/stress/stress_kill_saves.py --kills 300

A process opens the annotation file (as a window does) and changes one
sentence after another, saving after each change; ``os.replace`` is slowed a
little so that kills also land between writing the temporary file and
renaming it.  After each kill the file must load and hold the last completed
save or the one in flight; a label of an earlier completed save that is not on
disk is a label lost.  Then the file is opened again (the next start): no
temporary file of the killed save may remain.  Prints a table: kills, saves,
labels lost, broken files, temporary files left, conflicts reported.  POSIX
only.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core.annotations.opening import open_annotations  # noqa: E402
from core.errors import AnnotationFileError  # noqa: E402
from tests.core.report_builder import make_report, saved_labels  # noqa: E402

SENTENCES = [f"第{number}条：城镇新增就业{number}万人以上，居民收入与经济增长基本同步。" for number in range(1, 301)]
VALUES = ["target", "achievement", "other"]


@dataclass
class Tally:
    kills: int = 0
    saves: int = 0
    labels_lost: int = 0
    broken_files: int = 0
    temps_left: int = 0
    conflicts_reported: int = 0


def saver(source: Path, seed: int) -> None:
    """Change and save one sentence after another until killed; say each change before saving it."""
    real_replace = os.replace

    def slow_replace(src: str, dst: str) -> None:
        time.sleep(0.003)
        real_replace(src, dst)

    os.replace = slow_replace
    generator = random.Random(seed)
    report = make_report(SENTENCES, source=source)
    annotations = open_annotations(source, "alice", [report])
    print("ready", flush=True)
    while True:
        index = generator.randrange(len(SENTENCES))
        current = annotations.get(report.id, report.sentences[index].id)
        label = generator.choice([v for v in VALUES if current is None or v != current.label])
        annotations.set(report, report.sentences[index], label)
        print(f"about {report.sentences[index].id} {label}", flush=True)
        annotations.save()
        conflicts = len(annotations.last_merge.conflicts) if annotations.last_merge else 0
        print(f"done {conflicts}", flush=True)



def run(kills: int, seed: int = 1) -> Tally:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        os.environ["GWR_ANNOTATOR_DATA_DIR"] = str(folder / "data")
        source = folder / "report.txt"
        source.write_text("\n".join(SENTENCES), encoding="utf-8")
        report = make_report(SENTENCES, source=source)
        first = open_annotations(source, "alice", [report])
        first.save()
        path = first.path
        generator = random.Random(seed)
        tally = Tally()
        state: dict[str, str] = {}
        for round_number in range(kills):
            state = _one_kill(source, path, state, generator, round_number, tally)
        return tally


def _one_kill(source: Path, path: Path, state: dict[str, str], generator: random.Random, seed: int,
              tally: Tally) -> dict[str, str]:
    process = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--saver", str(source),
                                "--seed", str(seed)], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    time.sleep(generator.uniform(0.0, 0.3))
    os.kill(process.pid, signal.SIGKILL)
    lines = process.stdout.read().splitlines()
    process.wait()
    tally.kills += 1
    completed = dict(state)
    in_flight: dict[str, str] | None = None
    for line in lines:
        word, *rest = line.split()
        if word == "about":
            in_flight = {**completed, rest[0]: rest[1]}
        elif word == "done" and in_flight is not None:
            completed, in_flight = in_flight, None
            tally.saves += 1
            tally.conflicts_reported += int(rest[0])
    try:
        on_disk = saved_labels(path)
    except AnnotationFileError:
        tally.broken_files += 1
        return completed
    if on_disk != completed and on_disk != in_flight:
        tally.labels_lost += sum(1 for sentence_id, label in completed.items() if on_disk.get(sentence_id) != label)
    report = make_report(SENTENCES, source=source)
    open_annotations(source, "alice", [report])  # the next start
    tally.temps_left += len(list(path.parent.glob(f".{path.name}.*.tmp")))
    return on_disk


def print_table(tally: Tally) -> None:
    for name, value in [("kills", tally.kills), ("saves", tally.saves), ("labels lost", tally.labels_lost),
                        ("broken files", tally.broken_files), ("temporary files left after restart",
                                                               tally.temps_left),
                        ("conflicts reported", tally.conflicts_reported)]:
        print(f"{name:<38}{value:>8}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--saver", metavar="SOURCE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.saver:
        saver(Path(args.saver), args.seed)
        return 0
    tally = run(args.kills, args.seed)
    print_table(tally)
    return 1 if tally.labels_lost or tally.broken_files or tally.temps_left else 0


if __name__ == "__main__":
    sys.exit(main())
