"""How sure each rule of ``core.suggest.rules`` is, as shipped: the share of its suggestions that were right on the
development labels, for parts a heading names and for parts of unknown kind apart."""

from __future__ import annotations

# How sure each kind of rule is: the share of its suggestions that were right on the development labels
# (tests/data/dev_labels and the gold file), rounded down, so that a confidence of 0.9 means nine in ten
# right (see core.suggest.calibration).  A trained model replaces these by what the annotator's own
# labels show, pulled towards these values (``SuggestionModel.rule_confidence``).
CONFIDENCE = {
    "front": 0.97,
    "procedure": 0.97,
    "thanks": 0.97,
    "lead-in": 0.93,
    "general requirement": 0.95,
    "rhetoric": 0.95,
    "success": 0.93,
    "problem": 0.88,
    "weak problem": 0.8,
    "background": 0.9,
    "principle": 0.9,
    "explanation": 0.88,
    "caveat": 0.8,
    "judgement": 0.85,
    "already done": 0.85,
    # Right on 6 of the 10 sentences of plan parts it fires on, in 1956, 1958 and 1980 it was written from.
    "perfect in plan": 0.6,
    "argument": 0.85,
    # Right on all 58 sentences it fires on, 52 of them in national/1958 it was written from (in-sample): set lower.
    "plan comment": 0.85,
    "foreign affairs": 0.85,
    # Right on the 13 sentences of 1979, 1994 and 1999 it fires on, written from 1994 and 1999 (in-sample): set lower.
    "relations": 0.8,
    # Right on the 3 sentences of 1987 and 1999 it was written from (in-sample): set as "relations".
    "standing": 0.8,
    "order": 0.9,
    "statement": 0.6,
    "in-year progress": 0.85,
    "outlook": 0.9,
    "five-year review": 0.93,
    "estimate": 0.93,
    "plan cue": 0.97,
    "plan": 0.95,
    "review": 0.97,
    "self cue": 0.95,
    "self": 0.93,
    "closing": 0.9,
    # Lessons for the coming years at the end of a review (national/1992 it was written from, in-sample): set lower.
    "lesson": 0.8,
    "commitment": 0.8,
    "position": 0.8,
    "year": 0.8,
    "fallback": 0.6,
}
# The same for sentences in parts of unknown kind (the parser found no review or plan heading; older
# reports): there the rules read the time of each sentence from its own words, and are right less often.
# Read off the development labels of such parts (national/1960 left out: it was held out then), taking for each
# rule the lower of its share right before and after the rules were last tuned on those labels, rounded
# down.  A rule missing here keeps its CONFIDENCE value.  "plan", "problem" and "statement" were read again once
# the 1990s and tense rules were in (right on 0.90, 0.91 and 0.92 of 137, 44 and 140 sentences; rounded down).
CONFIDENCE_UNKNOWN_KIND = {
    "argument": 0.85,
    "background": 0.85,
    "caveat": 0.8,
    "explanation": 0.85,
    "fallback": 0.75,
    # Right on all 32 sentences of 1975 and 1979 it was written from (in-sample), so set lower.
    "foreign affairs": 0.85,
    "front": 0.9,
    "in-year progress": 0.8,
    "judgement": 0.85,
    "lead-in": 0.9,
    "plan": 0.85,
    "plan cue": 0.8,
    "principle": 0.9,
    "problem": 0.85,
    "procedure": 0.95,
    "review": 0.9,
    "rhetoric": 0.9,
    "statement": 0.85,
    "success": 0.9,
    "year": 0.8,
}
UNKNOWN_KIND = "@unknown kind"  # appended to a rule's name where its confidence is measured apart
