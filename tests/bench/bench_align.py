"""Benchmark: align the national reports of 2018 and 2019.

Run:  python tests/bench/bench_align.py [--runs N]

Prints, in one run: the time to load jieba (once per process, kept apart),
the alignment time (sections, sentences, indicators; cold = tokenisation cache
cleared, warm = cache kept) and an all-pairs difflib.SequenceMatcher ratio
over every sentence pair of the two reports, the naive way to find moved and
reworded sentences, with the speed-up.  Target: at least 20 times faster
than the baseline and under 0.3 s once jieba is loaded.
"""

from __future__ import annotations

import argparse
import difflib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from core.compare.align import align_reports  # noqa: E402
from core.compare.topics import clear_caches, comparable, load_jieba  # noqa: E402
from core.reading.document import load_reports  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
TARGET_SECONDS = 0.3
TARGET_SPEED_UP = 20.0


def difflib_all_pairs(old: list[str], new: list[str], threshold: float = 0.6) -> int:
    """Best difflib partner of every new sentence over all old ones; pairs above ``threshold``."""
    plain_old = [comparable(text) for text in old]
    paired = 0
    for text in new:
        plain = comparable(text)
        matcher = difflib.SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(plain)
        best = 0.0
        for candidate in plain_old:
            matcher.set_seq1(candidate)
            best = max(best, matcher.ratio())
        paired += best >= threshold
    return paired


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="alignment runs; the best is reported (default 5)")
    args = parser.parse_args()
    old_path, new_path = CORPUS / "national" / "2018.txt", CORPUS / "national" / "2019.txt"
    if not old_path.exists() or not new_path.exists():
        print(f"skipped: {CORPUS} is not available beside the project")
        return 0
    old, new = load_reports(old_path)[0], load_reports(new_path)[0]

    start = time.perf_counter()
    load_jieba()
    jieba_seconds = time.perf_counter() - start

    cold = warm = float("inf")
    alignment = None
    for _ in range(args.runs):
        clear_caches()
        start = time.perf_counter()
        alignment = align_reports(old, new)
        cold = min(cold, time.perf_counter() - start)
        start = time.perf_counter()
        align_reports(old, new)
        warm = min(warm, time.perf_counter() - start)
    assert alignment is not None

    start = time.perf_counter()
    baseline_pairs = difflib_all_pairs([s.text for s in old.sentences], [s.text for s in new.sentences])
    baseline = time.perf_counter() - start

    paired = sum(1 for pair in alignment.sentence_pairs if pair.old and pair.new)
    comparisons = len(old.sentences) * len(new.sentences)
    print(f"national 2018 ({len(old.sentences)} sentences) vs 2019 ({len(new.sentences)} sentences)")
    print(f"{'step':42} {'seconds':>9} {'speed-up':>9}  result")
    print(f"{'load jieba (once, not counted)':42} {jieba_seconds:9.3f} {'':>9}")
    print(f"{'align_reports, cold (tokenise again)':42} {cold:9.3f} {baseline / cold:8.1f}x  {paired} sentence pairs")
    print(f"{'align_reports, warm (tokens cached)':42} {warm:9.3f} {baseline / warm:8.1f}x")
    print(f"{f'difflib ratio, all {comparisons} pairs':42} {baseline:9.3f} {1:8.1f}x  {baseline_pairs} pairs >= 0.6")
    ok = cold < TARGET_SECONDS and baseline / cold >= TARGET_SPEED_UP
    print(f"target: cold < {TARGET_SECONDS} s and >= {TARGET_SPEED_UP:.0f}x the baseline: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
