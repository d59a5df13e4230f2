"""Suggested labels for a report: the rules, improved by a trained model.

``suggest(report, model)`` gives every sentence a ``Suggestion``.  The rules
always answer; a model that has learned from enough confirmed labels
(``model.is_ready``) first re-measures each rule's confidence on those labels
(``rule_confidence``), then replaces a rule suggestion where it proposes
another label: its probabilities already weigh the rule's confidence, so
another label wins only where the learned evidence outweighs the rule.
Where the model has seen no label for what the rule said it has no
opinion (confidence 0) and the rule stands.  Where both agree the
rule's reason is kept with the model's confidence, which already weighs the
rule's: both are calibrated (``core.suggest.calibration``), so no maximum of
the two is taken.

In a part of unknown kind (older reports whose parts say neither review nor
plan) a model whose labels in such parts come from fewer than
``UNKNOWN_KIND_REPORTS`` reports may override the rule only when it is as
sure as a suggestion accepted by default (``ACCEPT_THRESHOLD``).  There the rules read
the time of each sentence from its own words, while what the model learned
about such parts comes from the few reports of that shape among its labels,
and one report's way of writing does not carry over to another (the labels
of the 1960 agriculture report taught "unknown part → other", wrong on the
1985 reform report).  Where the rule stands against the model it keeps its own
calibrated confidence: on held-out old reports the rules kept this way were
right about as often as that confidence says, far more often than what the
model left to them.  Where the two agree there, the confidence shown is the
rule's too, measured on the confirmed labels of such parts apart from the
others (``SuggestionModel.rule_confidence``): the model's own probability,
learned mostly on reports with review and plan parts, was near 1.0 on old
reports where only four suggestions in five were right.

A model that learned such parts from ``UNKNOWN_KIND_REPORTS`` or more reports
overrides the rule there as anywhere else: left out one at a time, the six
labelled national reports of 1956–1994 were labelled better by a model
trained on the other reports than by the rules it may not override below
0.9 (macro-F1 0.895 against 0.885 over every labelled report; each of the
four old reports no rule was written from gained 0.02–0.04).
"""

from __future__ import annotations

from dataclasses import replace

from core.reading.model import KIND_OTHER, Report
from core.suggest.calibration import ACCEPT_THRESHOLD
from core.suggest.model import SuggestionModel, load, reset, train
from core.suggest.rules import LABELS, Suggestion, rule_suggestions, suggest_by_rules

__all__ = [
    "LABELS",
    "Suggestion",
    "SuggestionModel",
    "combine",
    "load",
    "reset",
    "suggest",
    "suggest_by_rules",
    "train",
]


# How sure the model must be to override a rule in a part of unknown kind: as sure as "accept all confident",
# while its labels in such parts come from fewer reports than this (one report's way of writing does not carry
# over to another; several reports' do).
UNKNOWN_KIND_OVERRIDE = ACCEPT_THRESHOLD
UNKNOWN_KIND_REPORTS = 3


def combine(rule: Suggestion, learned: Suggestion, *, kind_known: bool = True,
            override: float = UNKNOWN_KIND_OVERRIDE) -> Suggestion:
    """One suggestion from the rule's and the model's for the same sentence.

    ``kind_known`` is False for a sentence in a part of unknown kind (see the
    module docstring): there the model needs ``override`` to win, and where
    it agrees the rule's calibrated confidence is shown.
    """
    if learned.label == rule.label:
        confidence = learned.confidence if kind_known else rule.confidence
        return Suggestion(rule.label, confidence, rule.reason, rule.rule, rule.unknown_kind)
    if not kind_known and 0 < learned.confidence < override:
        return rule
    if learned.confidence > 0:  # the model weighed the rule's confidence already and still prefers another label
        return Suggestion(learned.label, learned.confidence, f"model (rules said {rule.label}: {rule.reason})")
    return rule


def suggest(report: Report, model: SuggestionModel | None = None) -> dict[str, Suggestion]:
    """A suggestion for every sentence of ``report``, keyed by sentence id."""
    rules = rule_suggestions(report)
    if model is None or not model.is_ready or not report.sentences:
        return {sentence.id: rule for sentence, rule in zip(report.sentences, rules)}
    learned = model.predict(report)
    rules = [replace(rule, confidence=model.rule_confidence(rule)) for rule in rules]
    override = 0.0 if model.unknown_kind_reports >= UNKNOWN_KIND_REPORTS else UNKNOWN_KIND_OVERRIDE
    return {
        sentence.id: combine(rule, model_suggestion, kind_known=report.stated_kind(sentence) != KIND_OTHER,
                             override=override)
        for sentence, rule, model_suggestion in zip(report.sentences, rules, learned)
    }
