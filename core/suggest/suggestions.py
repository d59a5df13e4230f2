"""Suggested labels for a report: the rules, improved by a trained model.

``suggest(report, model)`` gives every sentence a ``Suggestion``.  The rules
always answer; a model that has learned from enough confirmed labels
(``model.is_ready``) replaces a rule suggestion where it proposes another
label with more confidence than the rule has.  Where both agree the rule's
reason is kept and the higher confidence shown.
"""

from __future__ import annotations

from core.reading.model import Report
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


def combine(rule: Suggestion, learned: Suggestion) -> Suggestion:
    """One suggestion from the rule's and the model's for the same sentence."""
    if learned.label == rule.label:
        return Suggestion(rule.label, max(rule.confidence, learned.confidence), rule.reason)
    if learned.confidence > rule.confidence:
        return Suggestion(learned.label, learned.confidence, f"model (rules said {rule.label}: {rule.reason})")
    return rule


def suggest(report: Report, model: SuggestionModel | None = None) -> dict[str, Suggestion]:
    """A suggestion for every sentence of ``report``, keyed by sentence id."""
    rules = rule_suggestions(report)
    if model is None or not model.is_ready or not report.sentences:
        return {sentence.id: rule for sentence, rule in zip(report.sentences, rules)}
    learned = model.predict(report)
    return {
        sentence.id: combine(rule, model_suggestion)
        for sentence, rule, model_suggestion in zip(report.sentences, rules, learned)
    }
