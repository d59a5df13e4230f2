"""What the scorecard gets right and wrong on one truth table, row by row.

    python tests/bench/diagnose_scorecard.py national-2018-2019 [--all]

For every row of ``tests/data/scorecard/PAIR.json`` it prints whether the
target was found, whether it was paired with the right result (or rightly with
none) and whether the verdict is right, with the truth and the scorecard side
by side; then the scorecard's target rows that no truth row accounts for (the
false positives).  Rows that are right on all three counts are shown only with
``--all``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from core.compare.scorecard import Figure, ScoreRow  # noqa: E402
from tests.bench.bench_scorecard import TRUTH, TUNED_ON, load, match_truth  # noqa: E402


def _mark(flag: bool) -> str:
    return "ok" if flag else "--"


def _quote(figure: Figure | None) -> str:
    if figure is None:
        return "—"
    return figure.quote.replace("\n", " ")[:60]


def _truth_quote(side: object) -> str:
    return side["quote"][:60] if isinstance(side, dict) else "—"


def _row(row: ScoreRow) -> str:
    return f"[{row.indicator}] {_quote(row.target)} → {_quote(row.result)} : {row.verdict} ({row.reason})"


def main(argv: list[str]) -> int:
    names = [arg for arg in argv if not arg.startswith("--")]
    show_all = "--all" in argv
    if not names:
        print(__doc__)
        return 2
    for name in names:
        path = TRUTH / f"{name.removesuffix('.json')}.json"
        table = json.loads(path.read_text(encoding="utf-8"))
        old, new = load(table["old"]), load(table["new"])
        matches, extra = match_truth(table, old, new)
        tuned = "tuned on" if path.stem in TUNED_ON else "held out"
        print(f"== {path.stem} ({tuned}): {len(matches)} truth rows, {len(extra)} extra rows")
        print("found pair verdict | truth … | scorecard …")
        for match in matches:
            found = match.row is not None
            if found and match.paired_right and match.verdict_right and not show_all:
                continue
            truth = match.truth
            print(f"{_mark(found)}    {_mark(match.paired_right)}   {_mark(match.verdict_right)}     "
                  f"| {truth['horizon']:<11} {_truth_quote(truth['target'])} → {_truth_quote(truth.get('result'))}"
                  f" : {truth['verdict']}")
            if match.row is not None:
                print(f"{'':<20}| ours: {_row(match.row)}")
        print(f"-- extra rows ({len(extra)}):")
        for row in extra:
            print(f"   {_row(row)}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
