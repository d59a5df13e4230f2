"""Scorecards scored against the truth tables in tests/data/scorecard, and timed.

    python tests/bench/bench_scorecard.py

Per pair of reports it prints: target rows in the truth table and found,
precision (rows whose target is a real target), recall (real targets found),
pairing (found targets whose result is the right sentence, or rightly none),
verdict accuracy on found targets, one-to-one precision (as precision, but a second row on a real target
already found, the same target twice, counts as wrong), and the warm time of one scorecard (the best of five
runs).  Pairs
the rules were tuned on are marked; the figures that count are those of the
others.  Then the command line, start-up included, against an all-pairs
difflib comparison of the same two reports' sentences.
"""

from __future__ import annotations

import difflib
import json
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from core.compare.scorecard import Scorecard, ScoreRow, build_scorecard  # noqa: E402
from core.reading.document import load_reports  # noqa: E402
from core.reading.model import Report  # noqa: E402

TRUTH = ROOT / "tests" / "data" / "scorecard"
CORPUS = ROOT.parent / "shared" / "corpus"
# The pairs whose truth tables the extraction and verdict rules were written from.  2005→2006 to
# 2012→2013, then 2001→2002, 2003→2004 and 2004→2005, then 1997→1998 to 2000→2001 were read by hand before
# the scorecard ran on them, held out at first, then tuned on; so were 1987→1988 and 1992→1993 to 1994→1995,
# tuned on next; then 1980→1981 to 1983→1984, and last 1978→1979, 1979→1980, 1984→1985 to 1986→1987 and
# 2002→2003 (each batch read by hand and held out until then).  The pairs of 1954→1955 to 1959→1960 were read
# by hand and held out; then rules were written from 1955→1956 and 1956→1957 (a split declared before), and
# 1954→1955, 1957→1958, 1958→1959 and 1959→1960 stayed held out, until a reader's review of the 1958→1959 brief
# named its wrong rows and rules were written from them (a level is not judged by a rise; a figure of another year
# or country is no result): 1958→1959 counts as tuned since; 1957→1958 too, once rules were written from its
# diagnostics (a turn for the better judged by its figure).  1954→1955 and 1959→1960 stay held out.
TUNED_ON = {"national-1955-1956", "national-1956-1957", "national-1957-1958", "national-1958-1959",
            "national-1980-1981", "national-1981-1982", "national-1982-1983", "national-1983-1984",
            "national-1978-1979", "national-1979-1980", "national-1984-1985", "national-1985-1986",
            "national-1986-1987", "national-2002-2003",
            "national-1987-1988", "national-1992-1993", "national-1993-1994", "national-1994-1995",
            "national-2001-2002", "national-2003-2004", "national-2004-2005",
            "national-2005-2006", "national-2006-2007", "national-2007-2008", "national-2008-2009",
            "national-2009-2010", "national-2010-2011", "national-2011-2012", "national-2012-2013",
            "national-2013-2014", "national-2014-2015", "national-2015-2016", "national-2016-2017",
            "national-2017-2018", "national-2018-2019",
            "national-1997-1998", "national-1998-1999", "national-1999-2000", "national-2000-2001"}


@dataclass
class Score:
    truth: int = 0
    found_rows: int = 0
    real_rows: int = 0
    recalled: int = 0
    paired_right: int = 0
    verdict_right: int = 0

    def add(self, other: Score) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def row(self) -> str:
        precision = self.real_rows / self.found_rows if self.found_rows else 0.0
        recall = self.recalled / self.truth if self.truth else 0.0
        pairing = self.paired_right / self.recalled if self.recalled else 0.0
        verdicts = self.verdict_right / self.recalled if self.recalled else 0.0
        # one-to-one: a second row on a truth row already matched (the same target twice) counts as wrong
        one_to_one = self.recalled / self.found_rows if self.found_rows else 0.0
        return (f"{self.truth:>6} {self.found_rows:>6} {precision:>9.3f} {recall:>7.3f} {pairing:>8.3f} "
                f"{verdicts:>8.3f} {one_to_one:>8.3f}")


def span_of(text: str, quote: str) -> tuple[int, int] | None:
    position = text.find(quote)
    return None if position < 0 else (position, position + len(quote))


def overlaps(first: tuple[int, int] | None, second: tuple[int, int] | None) -> bool:
    return first is not None and second is not None and first[0] < second[1] and second[0] < first[1]


def row_span(row: ScoreRow, side: str) -> tuple[int, int] | None:
    figure = row.target if side == "target" else row.result
    if figure is None:
        return None
    if figure.indicator is not None:
        return figure.indicator.start, figure.indicator.end
    start = figure.sentence.text.find(figure.quote)
    base = figure.sentence.start
    return (base + start, base + start + len(figure.quote)) if start >= 0 else (figure.sentence.start,
                                                                                 figure.sentence.end)


@dataclass
class TruthMatch:
    """One truth row and the scorecard row found for its target (None when not found)."""

    truth: dict[str, Any]
    row: ScoreRow | None
    paired_right: bool
    verdict_right: bool


def match_truth(table: dict[str, Any], old: Report, new: Report,
                card: Scorecard | None = None) -> tuple[list[TruthMatch], list[ScoreRow]]:
    """Each truth row with the scorecard row for its target, and the target rows no truth row accounts for."""
    card = card or build_scorecard(old, new)
    ours = [row for row in card.rows if row.target is not None]
    truth_rows = [row for row in table["rows"] if isinstance(row, dict) and row.get("target")]
    truth_spans = [span_of(old.text, row["target"]["quote"]) for row in truth_rows]
    used: set[int] = set()
    matches: list[TruthMatch] = []
    for truth, span in zip(truth_rows, truth_spans):
        index = next((index for index, row in enumerate(ours)
                      if index not in used and overlaps(row_span(row, "target"), span)), None)
        if index is None:
            matches.append(TruthMatch(truth, None, False, False))
            continue
        used.add(index)
        row = ours[index]
        result = truth.get("result")
        if result is None:
            paired = row.result is None
        else:
            paired = overlaps(row_span(row, "result"), span_of(new.text, result["quote"]))
        matches.append(TruthMatch(truth, row, paired, row.verdict == truth["verdict"]))
    extra = [row for row in ours if not any(overlaps(row_span(row, "target"), span) for span in truth_spans)]
    return matches, extra


def score_pair(table: dict[str, Any], old: Report, new: Report) -> Score:
    card = build_scorecard(old, new)
    matches, extra = match_truth(table, old, new, card)
    found = [match for match in matches if match.row is not None]
    ours = sum(1 for row in card.rows if row.target is not None)
    return Score(truth=len(matches), found_rows=ours, real_rows=ours - len(extra), recalled=len(found),
                 paired_right=sum(match.paired_right for match in found),
                 verdict_right=sum(match.verdict_right for match in found))


WARM_RUNS = 5  # the best of these: the machine is shared, so one run says more about the neighbours


def _timed(old: Report, new: Report) -> float:
    started = time.perf_counter()
    build_scorecard(old, new)
    return time.perf_counter() - started


def load(name: str) -> Report:
    return load_reports(CORPUS / name)[0]


def main() -> int:
    tables = sorted(TRUTH.glob("*.json"))
    if not tables or not CORPUS.is_dir():
        print("needs tests/data/scorecard/*.json and ../shared/corpus beside the project")
        return 1
    print(f"{'pair':<24} {'tuned':>5} {'truth':>6} {'found':>6} {'precision':>9} {'recall':>7} {'pairing':>8} "
          f"{'verdicts':>8} {'1-to-1 P':>8} {'warm s':>7}")
    totals = {True: Score(), False: Score()}
    timed: tuple[Report, Report] | None = None
    for path in tables:
        table = json.loads(path.read_text(encoding="utf-8"))
        old, new = load(table["old"]), load(table["new"])
        score = score_pair(table, old, new)
        warm = min(_timed(old, new) for _ in range(WARM_RUNS))
        tuned = path.stem in TUNED_ON
        totals[tuned].add(score)
        timed = timed or (old, new)
        print(f"{path.stem:<24} {'yes' if tuned else 'no':>5} {score.row()} {warm:>7.3f}")
    print(f"{'all tuned-on pairs':<24} {'yes':>5} {totals[True].row()}")
    print(f"{'all other pairs':<24} {'no':>5} {totals[False].row()}")
    if timed is not None:
        old, new = timed
        command = [sys.executable, str(ROOT / "main.py"), "scorecard", str(old.source), str(new.source), "--json"]
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
        cli = time.perf_counter() - started
        started = time.perf_counter()
        for first in old.sentences:
            for second in new.sentences:
                difflib.SequenceMatcher(None, first.text, second.text).ratio()
        baseline = time.perf_counter() - started
        print(f"\ncommand line, start-up included: {cli:.2f} s; all-pairs difflib "
              f"({len(old.sentences)}×{len(new.sentences)} sentences): {baseline:.2f} s; {baseline / cli:.0f}× faster")
    return 0


if __name__ == "__main__":
    sys.exit(main())
