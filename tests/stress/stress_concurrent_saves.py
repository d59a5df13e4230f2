"""Two processes saving one annotation file at the same moment, round after round.

    python tests/stress/stress_concurrent_saves.py --rounds 1000
    python tests/stress/stress_concurrent_saves.py --rounds 150 --no-lock   # the same without the save lock

Each process keeps the file open (as a window does), and in every round
changes one to three sentences (a label, another label, or clearing it),
sometimes a sentence the other process changes too; then both save within
±5 ms of one moment.  After each round the file on disk is checked: a change
(a label, another label, or a cleared label) must be on disk, or in the
``.conflict-<time>.json`` copy of a conflict the saving process reported (a
sentence the other process changed too, in this round or in one this process
had not yet seen); a sentence nobody changed must stay as it was.  Anything
else counts as a label lost.  Prints a table: rounds, saves, labels lost,
conflicts reported.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core.annotations.opening import open_annotations  # noqa: E402
from core.annotations.paths import DATA_DIR_ENV  # noqa: E402
from tests.core.report_builder import make_report, saved_labels  # noqa: E402

SENTENCES = [f"第{number}条：全市地区生产总值增长百分之{number % 9 + 1}左右。" for number in range(1, 31)]
VALUES: list[str | None] = ["target", "achievement", "other", None]
JITTER = 0.005  # seconds either side of the common moment


@dataclass
class Tally:
    rounds: int = 0
    saves: int = 0
    failed_saves: int = 0
    labels_lost: int = 0
    conflicts: int = 0  # sentences changed differently by both processes in one round
    conflicts_reported: int = 0  # sentences the saves reported as changed on both sides (also in earlier rounds)
    problems: list[str] = field(default_factory=list)


def worker(source: Path, lock: bool) -> None:
    """Keep the annotations of ``source`` open; for each command line change, wait, save, answer."""
    if not lock:
        import contextlib

        import core.annotations.annotation_set as annotation_set

        annotation_set.save_lock = lambda path: contextlib.nullcontext()
    report = make_report(SENTENCES, source=source)
    annotations = open_annotations(source, "alice", [report])
    print("ready", flush=True)
    for line in sys.stdin:
        command = json.loads(line)
        changed: dict[str, str | None] = {}
        for index, value in command["changes"].items():
            sentence = report.sentences[int(index)]
            before = annotations.get(report.id, sentence.id)
            annotations.set(report, sentence, value)
            if (before.label if before is not None else None) != value:
                changed[index] = value
        time.sleep(max(0.0, command["at"] - time.time()))
        answer: dict[str, object] = {"changed": changed}
        try:
            annotations.save()
        except Exception as error:  # noqa: BLE001 - reported to the parent, which counts it
            answer["error"] = f"{type(error).__name__}: {error}"
        else:
            merge = annotations.last_merge
            answer["conflicts"] = [sentence_id for _, sentence_id in merge.conflicts] if merge else []
            copy = annotations.last_conflict_copy
            answer["copy"] = str(copy) if copy is not None else None
        print(json.dumps(answer), flush=True)



def run(rounds: int, *, lock: bool = True, seed: int = 1, folder: Path | None = None) -> Tally:
    """Run ``rounds`` rounds in ``folder`` (a fresh temporary one by default)."""
    with tempfile.TemporaryDirectory() as scratch:
        return _run(rounds, lock, random.Random(seed), Path(folder or scratch))


def _run(rounds: int, lock: bool, generator: random.Random, folder: Path) -> Tally:
    os.environ[DATA_DIR_ENV] = str(folder / "data")  # lock files and fallbacks stay in the scratch folder
    source = folder / "report.txt"
    source.write_text("\n".join(SENTENCES), encoding="utf-8")
    report = make_report(SENTENCES, source=source)
    first = open_annotations(source, "alice", [report])
    first.save()
    path = first.path
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", str(source)]
    if not lock:
        command.append("--no-lock")
    workers = [subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
               for _ in range(2)]
    tally = Tally()
    try:
        for process in workers:
            assert process.stdout is not None and process.stdout.readline().strip() == "ready"
        for _ in range(rounds):
            _round(workers, path, report.id, generator, tally)
    finally:
        for process in workers:
            assert process.stdin is not None
            process.stdin.close()
            process.wait()
    return tally


def _round(workers: list[subprocess.Popen[str]], path: Path, report_id: str, generator: random.Random,
           tally: Tally) -> None:
    before = saved_labels(path)
    shared = generator.randrange(len(SENTENCES)) if generator.random() < 0.4 else None
    moment = time.time() + 0.03
    for process in workers:
        indexes = set(generator.sample(range(len(SENTENCES)), generator.randint(1, 3)))
        if shared is not None:
            indexes.add(shared)
        changes = {str(index): generator.choice(VALUES) for index in indexes}
        assert process.stdin is not None
        process.stdin.write(json.dumps({"changes": changes,
                                        "at": moment + generator.uniform(-JITTER, JITTER)}) + "\n")
        process.stdin.flush()
    answers = []
    for process in workers:
        assert process.stdout is not None
        answers.append(json.loads(process.stdout.readline()))
    tally.rounds += 1
    after = saved_labels(path)
    for answer in answers:
        if "error" in answer:
            tally.failed_saves += 1
            tally.problems.append(answer["error"])
        else:
            tally.saves += 1
    reported = {sentence_id for answer in answers for sentence_id in answer.get("conflicts", [])}
    tally.conflicts_reported += sum(len(answer.get("conflicts", [])) for answer in answers)
    copies = [saved_labels(Path(answer["copy"])) for answer in answers if answer.get("copy")]
    changes = [{f"{report_id}-s{int(index) + 1}": value for index, value in answer["changed"].items()}
               for answer in answers]
    for sentence_id in {*before, *after, *changes[0], *changes[1]}:
        now = after.get(sentence_id)
        # A change to the value the file already held when the round began is no change: a process that had
        # not yet seen the other's last save may 'clear' a label the other had already cleared.
        made = [side[sentence_id] for side in changes
                if sentence_id in side and side[sentence_id] != before.get(sentence_id)]
        if not made:
            if now != before.get(sentence_id):
                tally.labels_lost += 1
                tally.problems.append(f"{sentence_id}: untouched, but {now!r} on disk instead of "
                                      f"{before.get(sentence_id)!r}")
            continue
        if len(made) == 2 and made[0] != made[1]:
            tally.conflicts += 1
        for value in made:  # every change is on disk, or in the copy of a conflict the user is told of
            kept = now == value or (sentence_id in reported and any(copy.get(sentence_id) == value
                                                                    for copy in copies))
            if not kept:
                tally.labels_lost += 1
                tally.problems.append(f"{sentence_id}: the change to {value!r} is neither on disk ({now!r}) "
                                      "nor in a reported conflict copy")
        if now not in made and sentence_id not in reported:
            tally.labels_lost += 1
            tally.problems.append(f"{sentence_id}: {now!r} on disk, none of this round's changes {made}")


def print_table(tally: Tally) -> None:
    rows = [("rounds", tally.rounds), ("saves", tally.saves), ("failed saves", tally.failed_saves),
            ("labels lost", tally.labels_lost), ("sentences changed differently by both", tally.conflicts),
            ("conflicts reported", tally.conflicts_reported)]
    for name, value in rows:
        print(f"{name:<38}{value:>8}")
    for problem in tally.problems[:10]:
        print(f"  {problem}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-lock", action="store_true", help="save without the save lock (to compare)")
    parser.add_argument("--worker", metavar="SOURCE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(Path(args.worker), lock=not args.no_lock)
        return 0
    tally = run(args.rounds, lock=not args.no_lock, seed=args.seed)
    print_table(tally)
    return 1 if tally.labels_lost or tally.failed_saves else 0


if __name__ == "__main__":
    sys.exit(main())
