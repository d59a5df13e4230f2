"""Calibrated confidence: reliability and ECE, rules re-measured on confirmed labels, few labels stay unsure."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading.document import parse_text
from core.reading.model import Report
from core.suggest.calibration import ACCEPT_THRESHOLD, expected_calibration_error, reliability, smoothed_precision
from core.suggest.model import PRIOR_WEIGHT
from core.suggest.rule_confidence import CONFIDENCE, CONFIDENCE_UNKNOWN_KIND, UNKNOWN_KIND
from core.suggest.rules import Suggestion, rule_suggestions
from core.suggest.suggestions import combine, suggest, train
from tests.core.suggest.test_suggest import lead_corrections, opens_lead, sample

SHARED = Path(__file__).resolve().parents[3].parent / "shared"


@pytest.fixture(scope="module")
def weihai_2020() -> Report:
    return sample("weihai-2020.txt")


@pytest.fixture(scope="module")
def weihai_2022() -> Report:
    return sample("weihai-2022.txt")


def test_reliability_bins_and_ece_agree_with_scikit_learn() -> None:
    from sklearn.calibration import calibration_curve

    confidences = [0.95] * 10 + [0.55] * 4 + [0.75] * 6
    correct = [True] * 9 + [False] + [True, True, False, False] + [True] * 3 + [False] * 3
    table = reliability(confidences, correct)
    assert [(row.low, row.count) for row in table] == [(0.5, 4), (0.7, 6), (0.9, 10)]
    assert [round(row.accuracy, 3) for row in table] == [0.5, 0.5, 0.9]
    expected = (4 * abs(0.55 - 0.5) + 6 * abs(0.75 - 0.5) + 10 * abs(0.95 - 0.9)) / 20
    assert expected_calibration_error(confidences, correct) == pytest.approx(expected)
    share_right, mean_confidence = calibration_curve(correct, confidences, n_bins=10, strategy="uniform")
    assert list(share_right) == pytest.approx([row.accuracy for row in table])
    assert list(mean_confidence) == pytest.approx([row.mean_confidence for row in table])


def test_a_rule_confidence_is_re_measured_on_the_confirmed_labels(weihai_2020: Report) -> None:
    examples = lead_corrections(weihai_2020)  # the user calls every run-in lead of the review `other`
    model = train(examples)
    review = next(rule for rule in rule_suggestions(weihai_2020) if rule.rule == "review")
    right, total = model.rule_stats["review"]
    assert 0 < right < total
    assert model.rule_confidence(review) == pytest.approx(
        smoothed_precision(right, total, CONFIDENCE["review"], PRIOR_WEIGHT))
    assert model.rule_confidence(review) < CONFIDENCE["review"]
    # A rule the labels never met keeps the confidence it was shipped with.
    plan = next(rule for rule in rule_suggestions(sample("weihai-2022.txt")) if rule.rule == "plan")
    assert model.rule_confidence(plan) == pytest.approx(CONFIDENCE["plan"])


def test_a_few_dozen_labels_change_a_suggestion_without_making_it_sure(
    weihai_2020: Report, weihai_2022: Report
) -> None:
    examples = lead_corrections(weihai_2020)[:45]
    assert sum(label == "other" and opens_lead(report, sentence) for report, sentence, label in examples) == 6
    model = train(examples)
    assert model.is_ready
    # The six corrections change the leads further down the same report (on another report they count
    # only once more reports, or more of this one, say the same: core.suggest.model).
    suggestions = suggest(weihai_2020, model)
    leads = [sentence for sentence in weihai_2020.sentences[len(examples):] if opens_lead(weihai_2020, sentence)]
    assert leads and all(suggestions[sentence.id].label == "other" for sentence in leads)
    # Six corrections are evidence, not certainty: "accept the confident suggestions" leaves these to the user.
    assert all(suggestions[sentence.id].confidence < ACCEPT_THRESHOLD for sentence in leads)
    assert max(suggestion.confidence for suggestion in suggestions.values()) < 0.99
    assert max(suggestion.confidence for suggestion in suggest(weihai_2022, model).values()) < 0.99


def test_held_out_confident_suggestions_are_right_nineteen_times_in_twenty() -> None:
    if not (SHARED / "gold" / "weihai-2022.gold.jsonl").exists():
        pytest.skip("../shared/gold is not beside the project (held-out labels are shared data)")
    from tests.bench.bench_suggest import dev_sets, gold_set, suggest_examples

    training = [example for examples in dev_sets().values() for example in examples]
    scored = suggest_examples(gold_set(), train(training))
    confident = [truth == suggestion.label for truth, suggestion in scored if suggestion.confidence >= ACCEPT_THRESHOLD]
    assert len(confident) > 0.9 * len(scored)
    assert sum(confident) / len(confident) >= 0.95
    confidences = [suggestion.confidence for _, suggestion in scored]
    assert expected_calibration_error(confidences, [truth == s.label for truth, s in scored]) <= 0.05


# A report whose parts say neither review nor plan (a reform report of the 1980s, shortened).
UNKNOWN_KIND_REPORT = """各位代表：
（一）关于经济形势
1984年，我国农业又获得了大丰收。
国民收入和国家财政收入都比上年增长12%。
城乡居民的居住条件进一步改善。
（二）关于经济体制改革
继续抓好粮食生产，努力开辟粮食的多种用途。
我们必须充分运用各种有利因素，不失时机地把改革继续推向前进。
"""


def test_in_a_part_of_unknown_kind_a_rule_shows_the_confidence_it_has_in_such_parts(weihai_2022: Report) -> None:
    report = parse_text(UNKNOWN_KIND_REPORT, "reform.txt")[0]
    fallback = [rule for rule in rule_suggestions(report) if rule.rule == "fallback"]
    assert fallback and all(rule.unknown_kind for rule in fallback)
    assert {rule.confidence for rule in fallback} == {CONFIDENCE_UNKNOWN_KIND["fallback"]}
    plan = [rule for rule in rule_suggestions(weihai_2022) if rule.rule == "plan"]
    assert plan and not any(rule.unknown_kind for rule in plan)
    assert {rule.confidence for rule in plan} == {CONFIDENCE["plan"]}
    assert CONFIDENCE_UNKNOWN_KIND["plan"] < CONFIDENCE["plan"]  # a year title is weaker evidence than a plan heading


def test_a_rule_is_re_measured_apart_in_parts_of_unknown_kind(weihai_2020: Report) -> None:
    report = parse_text(UNKNOWN_KIND_REPORT, "reform.txt")[0]
    rules = rule_suggestions(report)
    # The annotator calls every sentence of the unknown parts `other`: the rules there were wrong.
    unknown = [(report, sentence, "other") for sentence in report.sentences]
    known = [(weihai_2020, sentence, rule.label) for sentence, rule in zip(weihai_2020.sentences,
                                                                            rule_suggestions(weihai_2020))]
    model = train(known + unknown)
    fallback = next(rule for rule in rules if rule.rule == "fallback" and rule.label != "other")
    right, total = model.rule_stats["fallback" + UNKNOWN_KIND]
    assert right < total
    assert model.rule_confidence(fallback) < CONFIDENCE_UNKNOWN_KIND["fallback"]
    review = next(rule for rule in rule_suggestions(weihai_2020) if rule.rule == "review")
    assert model.rule_confidence(review) >= CONFIDENCE["review"]  # the review part was always right


def test_where_model_and_rule_agree_in_a_part_of_unknown_kind_the_rule_confidence_is_shown() -> None:
    rule = Suggestion("target", 0.7, "no part kind; more future markers than past", "fallback", unknown_kind=True)
    sure_model = Suggestion("target", 0.99, "model")
    shown = combine(rule, sure_model, kind_known=False)
    assert (shown.label, shown.confidence, shown.reason) == ("target", 0.7, rule.reason)
    assert shown.confidence < ACCEPT_THRESHOLD  # "accept the confident suggestions" leaves it to the user
    assert combine(rule, sure_model).confidence == 0.99  # in a review or plan part the model's stands
