"""Benchmark: parse the whole shared corpus.

Run:  python tests/bench/bench_parse.py

Prints, per corpus group and in total, the time to load and parse (decode,
noise, metadata, sections, sentences) beside a plain read-and-regex-split of
the same files.  Target: under 1 second for all (~1.5 million characters),
without jieba being loaded by parsing.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from core.reading.document import load_reports  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
_PLAIN_SPLIT = re.compile(r"(?<=[。！？!?])|\n")


def plain_split(paths: list[Path]) -> int:
    count = 0
    for path in paths:
        count += len([piece for piece in _PLAIN_SPLIT.split(path.read_text(encoding="utf-8")) if piece.strip()])
    return count


def parse_all(paths: list[Path]) -> tuple[int, int]:
    reports = sentences = 0
    for path in paths:
        for report in load_reports(path):
            reports += 1
            sentences += len(report.sentences)
    return reports, sentences


def best_of(runs: int, function, *args):
    best = float("inf")
    result = None
    for _ in range(runs):
        start = time.perf_counter()
        result = function(*args)
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> int:
    if not CORPUS.is_dir():
        print("../shared/corpus is not available beside the project: nothing to measure")
        return 0
    groups = {
        "city reports": sorted(CORPUS.glob("*.txt")),
        "national 1954-2019": sorted(CORPUS.glob("national/*.txt")),
    }
    groups["all"] = groups["city reports"] + groups["national 1954-2019"]
    print(
        f"{'files':<20} {'n':>4} {'chars':>10} {'reports':>8} {'sentences':>10} "
        f"{'parse s':>9} {'plain s':>9} {'ratio':>6}"
    )
    for name, paths in groups.items():
        characters = sum(len(path.read_text(encoding="utf-8")) for path in paths)
        parse_time, (reports, sentences) = best_of(3, parse_all, paths)
        plain_time, _ = best_of(3, plain_split, paths)
        print(
            f"{name:<20} {len(paths):>4} {characters:>10,} {reports:>8} {sentences:>10,} "
            f"{parse_time:>9.3f} {plain_time:>9.3f} {parse_time / plain_time:>6.1f}"
        )
    print(f"jieba loaded by parsing: {'yes' if 'jieba' in sys.modules else 'no'}")
    print("target: 'all' parse under 1 s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
