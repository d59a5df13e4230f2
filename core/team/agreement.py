"""How far annotators agree: percent agreement, Cohen's κ per pair, Fleiss' κ across all, confusion tables.

The statistics come from a well-kept library, not from formulas of our own:
statsmodels' ``cohens_kappa`` (of a pair's confusion table) and
``fleiss_kappa`` (``statsmodels.stats.inter_rater``), imported on first use so
that only a command or view that measures pays for it.  The tests check them
against scikit-learn's ``cohen_kappa_score``, which is fifty times slower per
call (its input checks), too slow for a folder of reports.

What is compared: a pair over the sentences both of them labelled; all
annotators (percent agreement, Fleiss' κ) over the sentences every one of them
labelled.  A statistic that cannot be computed is None with a reason, never
NaN: no sentence to compare, fewer than two annotators, or one single label
used by everyone (κ is undefined when the agreement expected by chance is 1).
"""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations

from core.team.team_reports import Team, TeamReport

Rows = Sequence[Sequence[str | None]]  # one row per sentence, one label (or None) per annotator

REASON_NO_PAIR_SENTENCE = "no sentence was labelled by both"
REASON_NO_COMMON_SENTENCE = "no sentence was labelled by all of them"
REASON_ONE_LABEL = "undefined: only one label was used ({label}), so agreement by chance is certain"
REASON_ONE_ANNOTATOR = "needs two or more annotators"


@dataclass(frozen=True)
class Statistic:
    """A κ value, or None with the reason why it cannot be computed."""

    value: float | None
    reason: str | None = None

    def to_json(self) -> dict[str, object]:
        return {"value": None if self.value is None else round(self.value, 4), "reason": self.reason}


@dataclass
class PairAgreement:
    """Two annotators over the sentences both labelled."""

    first: str
    second: str
    sentences: int
    percent: float | None  # 0..100; None when there is no sentence
    kappa: Statistic  # Cohen's κ
    confusion: dict[str, dict[str, int]]  # first's label -> second's label -> sentences

    def to_json(self) -> dict[str, object]:
        return {"annotators": [self.first, self.second], "sentences": self.sentences,
                "percent_agreement": _rounded(self.percent), "cohen_kappa": self.kappa.to_json(),
                "confusion": self.confusion}


@dataclass
class Agreement:
    """The agreement of the annotators on one report, or on all of them."""

    annotators: list[str]
    sentences: int  # labelled by every annotator
    percent: float | None  # 0..100: the share of those where all gave the same label
    fleiss: Statistic  # Fleiss' κ across all annotators
    pairs: list[PairAgreement] = field(default_factory=list)
    labelled: dict[str, int] = field(default_factory=dict)  # annotator -> sentences labelled
    total: int = 0  # sentences in the scope

    def pair(self, first: str, second: str) -> PairAgreement | None:
        for pair in self.pairs:
            if {pair.first, pair.second} == {first, second}:
                return pair
        return None

    def to_json(self) -> dict[str, object]:
        return {"annotators": self.annotators, "total_sentences": self.total, "labelled": self.labelled,
                "sentences": self.sentences, "percent_agreement": _rounded(self.percent),
                "fleiss_kappa": self.fleiss.to_json(), "pairs": [pair.to_json() for pair in self.pairs]}


@dataclass
class TeamAgreement:
    """Agreement per report and over all reports together."""

    annotators: list[str]
    labels: list[str]
    reports: list[tuple[str, Agreement]]  # (report name, its agreement)
    overall: Agreement
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {"annotators": self.annotators, "labels": self.labels,
                "reports": [{"report": name, **agreement.to_json()} for name, agreement in self.reports],
                "overall": self.overall.to_json(), "warnings": self.warnings}


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def measure(rows: Rows, annotators: Sequence[str], labels: Sequence[str] = ()) -> Agreement:
    """The agreement of ``annotators`` on ``rows`` (row i, column j: annotator j's label of sentence i).

    ``labels`` orders the confusion tables; labels found in the rows but not
    named there follow in alphabetical order.
    """
    names = list(annotators)
    order = list(dict.fromkeys([*labels, *sorted({label for row in rows for label in row if label is not None})]))
    labelled = {name: sum(row[index] is not None for row in rows) for index, name in enumerate(names)}
    complete = [list(row) for row in rows if all(label is not None for label in row)]
    agreement = Agreement(annotators=names, sentences=len(complete), percent=None, fleiss=Statistic(None),
                          labelled=labelled, total=len(rows))
    if complete and names:
        agreement.percent = 100.0 * sum(len(set(row)) == 1 for row in complete) / len(complete)
    agreement.fleiss = fleiss(complete, len(names))
    for first, second in combinations(range(len(names)), 2):
        both = [(row[first], row[second]) for row in rows if row[first] is not None and row[second] is not None]
        agreement.pairs.append(_pair(names[first], names[second], both, order))  # type: ignore[arg-type]
    return agreement


def _pair(first: str, second: str, both: list[tuple[str, str]], order: list[str]) -> PairAgreement:
    counts = Counter(both)
    confusion = {mine: {theirs: counts.get((mine, theirs), 0) for theirs in order} for mine in order}
    percent = 100.0 * sum(a == b for a, b in both) / len(both) if both else None
    return PairAgreement(first, second, len(both), percent, cohen(confusion), confusion)


def cohen(confusion: dict[str, dict[str, int]]) -> Statistic:
    """Cohen's κ of a pair's confusion table (first's label -> second's label -> sentences), by statsmodels."""
    if not any(any(row.values()) for row in confusion.values()):
        return Statistic(None, REASON_NO_PAIR_SENTENCE)
    used = {name for mine, row in confusion.items() for theirs, count in row.items() if count
            for name in (mine, theirs)}
    if len(used) == 1:
        return Statistic(None, REASON_ONE_LABEL.format(label=next(iter(used))))
    import numpy as np
    from statsmodels.stats.inter_rater import cohens_kappa

    table = np.array([[confusion[mine][theirs] for theirs in confusion] for mine in confusion], dtype=float)
    return Statistic(float(cohens_kappa(table, return_results=False)))


def fleiss(complete: Sequence[Sequence[str | None]], annotators: int) -> Statistic:
    """Fleiss' κ of sentences every annotator labelled (statsmodels); None with a reason where undefined."""
    if annotators < 2:
        return Statistic(None, REASON_ONE_ANNOTATOR)
    if not complete:
        return Statistic(None, REASON_NO_COMMON_SENTENCE)
    used = sorted({label for row in complete for label in row if label is not None})
    if len(used) == 1:
        return Statistic(None, REASON_ONE_LABEL.format(label=used[0]))
    import numpy as np
    from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa

    codes = {label: code for code, label in enumerate(used)}
    flat = np.array([codes[label] for row in complete for label in row if label is not None])  # complete rows
    table, _ = aggregate_raters(flat.reshape(len(complete), annotators), n_cat=len(used))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # undefined cases are caught above
        value = float(fleiss_kappa(table, method="fleiss"))
    return Statistic(value)


def report_rows(team_report: TeamReport, annotators: Sequence[str]) -> list[list[str | None]]:
    """One row per sentence of the report, one label (or None) per annotator."""
    columns = [team_report.labels_of(name) for name in annotators]
    return [list(row) for row in zip(*columns)] if columns else [[] for _ in team_report.report.sentences]


def team_agreement(team: Team) -> TeamAgreement:
    """Agreement per report and overall, among ``team.annotators``."""
    labels = [label.name for label in team.labels()]
    reports: list[tuple[str, Agreement]] = []
    everything: list[list[str | None]] = []
    for team_report in team.reports:
        rows = report_rows(team_report, team.annotators)
        everything.extend(rows)
        reports.append((team_report.name, measure(rows, team.annotators, labels)))
    return TeamAgreement(annotators=list(team.annotators), labels=labels, reports=reports,
                         overall=measure(everything, team.annotators, labels), warnings=list(team.warnings))
