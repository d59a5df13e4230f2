"""Agreement of annotators: κ and percent checked against scikit-learn and statsmodels on hand-made labels."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa

from core.team.agreement import measure, team_agreement
from core.team.team_reports import gather
from tests.core.team_files import label_as, write_report

TARGET, ACHIEVEMENT, OTHER = "target", "achievement", "other"


def test_two_annotators_get_the_textbook_kappa_and_the_library_s() -> None:
    rows = [[ACHIEVEMENT, ACHIEVEMENT], [ACHIEVEMENT, TARGET], [TARGET, TARGET], [TARGET, TARGET]]
    # p_o = 3/4; chance: 1/2*1/4 + 1/2*3/4 = 1/2; kappa = (3/4 - 1/2) / (1 - 1/2)
    pair = measure(rows, ["alice", "bob"]).pairs[0]
    assert pair.kappa.value == pytest.approx(0.5)
    assert pair.kappa.value == pytest.approx(
        cohen_kappa_score([ACHIEVEMENT, ACHIEVEMENT, TARGET, TARGET], [ACHIEVEMENT, TARGET, TARGET, TARGET])
    )
    assert (pair.sentences, pair.percent) == (4, 75.0)
    assert pair.confusion[ACHIEVEMENT] == {ACHIEVEMENT: 1, TARGET: 1} and pair.confusion[TARGET] == {
        ACHIEVEMENT: 0,
        TARGET: 2,
    }


def test_three_annotators_match_the_libraries_pair_by_pair_and_across_all() -> None:
    alice = [TARGET, TARGET, ACHIEVEMENT, OTHER, OTHER, ACHIEVEMENT, TARGET, None, ACHIEVEMENT, OTHER]
    bob = [TARGET, ACHIEVEMENT, ACHIEVEMENT, OTHER, TARGET, ACHIEVEMENT, TARGET, ACHIEVEMENT, None, OTHER]
    carol = [TARGET, ACHIEVEMENT, ACHIEVEMENT, ACHIEVEMENT, OTHER, ACHIEVEMENT, OTHER, ACHIEVEMENT, ACHIEVEMENT, None]
    result = measure(list(map(list, zip(alice, bob, carol))), ["alice", "bob", "carol"], [TARGET, ACHIEVEMENT, OTHER])

    for pair, (first, second) in zip(result.pairs, [(alice, bob), (alice, carol), (bob, carol)]):
        both = [(x, y) for x, y in zip(first, second) if x is not None and y is not None]
        assert pair.sentences == len(both)
        expected = cohen_kappa_score([x for x, _ in both], [y for _, y in both])
        assert pair.kappa.value == pytest.approx(expected) and pair.kappa.reason is None
        assert sum(sum(row.values()) for row in pair.confusion.values()) == len(both)
    complete = [row for row in zip(alice, bob, carol) if None not in row]
    codes = {TARGET: 0, ACHIEVEMENT: 1, OTHER: 2}
    table, _ = aggregate_raters(np.array([[codes[label] for label in row] for row in complete]))
    assert result.sentences == len(complete) == 7
    assert result.fleiss.value == pytest.approx(fleiss_kappa(table))
    assert result.percent == pytest.approx(100 * sum(len(set(row)) == 1 for row in complete) / 7)
    assert result.labelled == {"alice": 9, "bob": 9, "carol": 9}


def test_one_label_only_gives_no_kappa_but_a_reason() -> None:
    result = measure([[OTHER, OTHER], [OTHER, OTHER], [OTHER, OTHER]], ["alice", "bob"])
    assert result.percent == 100.0
    for statistic in (result.fleiss, result.pairs[0].kappa):
        assert statistic.value is None and "only one label" in (statistic.reason or "")
    assert result.to_json()["fleiss_kappa"] == {"value": None, "reason": result.fleiss.reason}


def test_an_annotator_with_no_labels_leaves_the_pair_empty_with_a_reason() -> None:
    result = measure(
        [[TARGET, None, TARGET], [ACHIEVEMENT, None, OTHER], [OTHER, None, OTHER]], ["alice", "bob", "carol"]
    )
    with_bob = [pair for pair in result.pairs if "bob" in (pair.first, pair.second)]
    assert all(pair.sentences == 0 and pair.kappa.value is None and pair.percent is None for pair in with_bob)
    assert all("both" in (pair.kappa.reason or "") for pair in with_bob)
    assert result.sentences == 0 and result.fleiss.value is None and result.labelled["bob"] == 0
    alice_carol = result.pair("alice", "carol")
    assert alice_carol is not None and alice_carol.kappa.value is not None and not math.isnan(alice_carol.kappa.value)


def test_agreement_of_a_folder_per_report_and_overall(tmp_path: Path) -> None:
    first = write_report(tmp_path / "reports", "first.txt")
    second = write_report(tmp_path / "reports", "second.txt", ["各位代表！", "今年要稳就业。", "去年完成了目标。"])
    label_as(first, "alice", [ACHIEVEMENT, ACHIEVEMENT, TARGET, TARGET, OTHER, OTHER])
    label_as(first, "bob", [ACHIEVEMENT, OTHER, TARGET, TARGET, OTHER, None])
    label_as(second, "alice", [OTHER, TARGET, ACHIEVEMENT])
    label_as(second, "bob", [OTHER, TARGET, TARGET])
    label_as(second, "carol", [OTHER, TARGET, ACHIEVEMENT])

    result = team_agreement(gather([tmp_path / "reports"]))

    assert result.annotators == ["alice", "bob", "carol"]
    by_name = dict(result.reports)
    assert by_name["first.txt#r1"].sentences == 0  # carol did not label the first report
    assert by_name["first.txt#r1"].pair("alice", "bob").sentences == 5  # type: ignore[union-attr]
    assert by_name["second.txt#r1"].sentences == 3
    overall_pair = result.overall.pair("alice", "bob")
    assert overall_pair is not None and overall_pair.sentences == 8
    assert overall_pair.kappa.value == pytest.approx(
        cohen_kappa_score(
            [ACHIEVEMENT, ACHIEVEMENT, TARGET, TARGET, OTHER, OTHER, TARGET, ACHIEVEMENT],
            [ACHIEVEMENT, OTHER, TARGET, TARGET, OTHER, OTHER, TARGET, TARGET],
        )
    )


def test_only_the_annotators_named_are_compared(tmp_path: Path) -> None:
    source = write_report(tmp_path)
    label_as(source, "alice", [ACHIEVEMENT, TARGET])
    label_as(source, "bob", [ACHIEVEMENT, ACHIEVEMENT])
    label_as(source, "carol", [TARGET, TARGET])
    team = gather([source], ["carol", "alice", "nobody"])
    assert team.annotators == ["carol", "alice", "nobody"]
    assert any("nobody" in warning for warning in team.warnings)
    result = team_agreement(team)
    assert (result.overall.pairs[0].first, result.overall.pairs[0].second) == ("carol", "alice")
