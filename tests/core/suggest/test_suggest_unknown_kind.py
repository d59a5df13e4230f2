"""The learned model against the rules in parts of unknown kind (older reports without review or plan parts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading.model import KIND_OTHER
from core.suggest.calibration import ACCEPT_THRESHOLD
from core.suggest.rules import Suggestion, rule_suggestions
from core.suggest.suggestions import UNKNOWN_KIND_OVERRIDE, combine, suggest, train

SHARED = Path(__file__).resolve().parents[3].parent / "shared"
RULE = Suggestion("target", 0.6, "no part kind; the time of the sentence before", "fallback")


def test_in_a_part_of_unknown_kind_the_model_overrides_the_rule_only_when_as_sure_as_accept_all() -> None:
    assert UNKNOWN_KIND_OVERRIDE == ACCEPT_THRESHOLD
    unsure = Suggestion("other", 0.8, "model")
    kept = combine(RULE, unsure, kind_known=False)
    assert (kept.label, kept.reason, kept.confidence) == ("target", RULE.reason, RULE.confidence)
    assert combine(RULE, unsure).label == "other"  # in a review or plan part the same model wins
    sure = combine(RULE, Suggestion("other", 0.95, "model"), kind_known=False)
    assert (sure.label, sure.confidence) == ("other", 0.95)
    assert sure.reason.startswith("model (rules said target")


def test_a_model_taught_on_one_old_report_does_not_relabel_another_unless_sure() -> None:
    if not (SHARED / "corpus" / "national" / "1985.txt").exists():
        pytest.skip("../shared/corpus is not beside the project (the national reports are shared data)")
    from tests.bench.bench_suggest import dev_sets, score_scored, suggest_examples

    sets = dev_sets()
    model = train(sets["national/1960"])  # an annotator who labelled the 1960 programme report only
    assert model.is_ready
    examples = sets["national/1985"]
    report = examples[0][0]
    rules = dict(zip((sentence.id for sentence in report.sentences), rule_suggestions(report)))
    suggestions = suggest(report, model)
    changed = [sentence for sentence in report.sentences if report.section_kind(sentence) == KIND_OTHER
               and suggestions[sentence.id].label != rules[sentence.id].label]
    assert all(suggestions[sentence.id].confidence >= ACCEPT_THRESHOLD for sentence in changed)
    with_model = score_scored(suggest_examples(examples, model))
    rules_alone = score_scored(suggest_examples(examples, None))
    assert with_model["accuracy"] >= rules_alone["accuracy"] - 0.01



def test_a_model_taught_on_several_old_reports_relabels_where_it_disagrees(tmp_path: Path) -> None:
    if not (SHARED / "corpus" / "national" / "1985.txt").exists():
        pytest.skip("../shared/corpus is not beside the project (the national reports are shared data)")
    from core.suggest.model import load
    from core.suggest.suggestions import UNKNOWN_KIND_REPORTS
    from tests.bench.bench_suggest import dev_sets

    sets = dev_sets()
    taught_on = ("national/1956", "national/1960", "national/1979")
    assert len(taught_on) == UNKNOWN_KIND_REPORTS
    model = train([example for name in taught_on for example in sets[name]])
    assert model.unknown_kind_reports == UNKNOWN_KIND_REPORTS
    report = sets["national/1985"][0][0]
    rules = dict(zip((sentence.id for sentence in report.sentences), rule_suggestions(report)))
    suggestions = suggest(report, model)
    changed = [sentence for sentence in report.sentences if report.stated_kind(sentence) == KIND_OTHER
               and suggestions[sentence.id].label != rules[sentence.id].label]
    assert any(suggestions[sentence.id].confidence < ACCEPT_THRESHOLD for sentence in changed)
    # the count is saved with the model: reopened, it suggests the same
    model.save(tmp_path)
    reopened = load(tmp_path)
    assert reopened.unknown_kind_reports == UNKNOWN_KIND_REPORTS
    assert {key: value.label for key, value in suggest(report, reopened).items()} == {
        key: value.label for key, value in suggestions.items()}
