"""Why a label is suggested, in the window's language.

``core.suggest`` explains each suggestion in English ("review part",
"plan target cue: 力争", "model (rules said target: plan part)"): a fixed
phrase, or a phrase and the words of the report that decided it.  The window
translates the phrase and keeps the report's words; a reason it does not know
is shown as core wrote it.
"""

from __future__ import annotations

import re

from gui.language.label_names import label_text
from gui.shell.translation import QT_TRANSLATE_NOOP, Translator

_tr = Translator("SuggestionReasons")

# Whole reasons (core/suggest/rules.py and model.py).
WHOLE = frozenset((
    QT_TRANSLATE_NOOP("SuggestionReasons", "procedure: opening of the report"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "title, meeting or speaker line"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "procedure: form of address"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "rhetoric: short exclamation after the address"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "rhetoric: short couplet"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "background: what the year is"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "closing paragraph of the review"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "commitment in the review"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "review part"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "plan part"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "five-year outlook (continued)"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "government's own conduct"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "part after the review: tasks ahead"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "no part kind and no clear time"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "model"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "judgement: …是…的"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "no part kind; more future markers than past"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "no part kind; more past markers than future"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "no part kind; the time of the sentence before"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "no part kind; states how things are, no time marker and no measure"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "part titled by the planned year; states how things are"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "problem: a part of them doing wrong"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "title line run into the text"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "comment on the plan: title line run into the text"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "forecast, not a task"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "rhetoric: our confidence"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "states how things are: a definition or standing fact"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "part after the review; told as done"),
))
# Phrases followed by ": " and the report's words.
PREFIXES = frozenset((
    QT_TRANSLATE_NOOP("SuggestionReasons", "procedure"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "thanks"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "lead-in line"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "five-year outlook"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "general requirement"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "rhetoric"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "praise / cause of success"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "background"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "problem cue"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "five-year review"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "estimate in review"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "plan target cue"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "government's own conduct, commitment"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "part after the review; past period"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "no part kind; future marker"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "no part kind; past marker"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "argument"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "caveat or shortfall"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "done already"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "explanation"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "government's own conduct in the past year"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "order for a kind of case"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "past in a plan part"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "progress this year"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "statement of principle"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "no part kind; the main task stated"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "comment on the plan (procedure)"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "comment on the plan (argument)"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "comment on the plan (explanation)"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "comment on the plan (principle)"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "comment on the plan (background)"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "the speaker's topic told"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "relations with other states told as they went"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "standing won"),
    QT_TRANSLATE_NOOP("SuggestionReasons", "principle for the future"),
))
_RULES_SAID = re.compile(r"model \(rules said ([^:()]+): (.*)\)", re.DOTALL)
_NO_CONFIRMED = re.compile(r"model \(no confirmed labels where the rules said ([^()]+)\)")
_YEAR_BEFORE = re.compile(r"names a year before (\d{4})")
_PLANNED_YEAR = re.compile(r"names the planned year (\d{4})")


def reason_text(reason: str) -> str:
    """A suggestion's reason as the window shows it."""
    if reason in WHOLE:
        return _tr(reason)
    found = _RULES_SAID.fullmatch(reason)
    if found:
        return _tr("model (rules said %1: %2)").replace("%1", label_text(found.group(1))).replace(
            "%2", reason_text(found.group(2)))
    found = _NO_CONFIRMED.fullmatch(reason)
    if found:
        return _tr("model (no confirmed labels where the rules said %1)").replace("%1", label_text(found.group(1)))
    found = _YEAR_BEFORE.fullmatch(reason)
    if found:
        return _tr("names a year before %1").replace("%1", found.group(1))
    found = _PLANNED_YEAR.fullmatch(reason)
    if found:
        return _tr("names the planned year %1").replace("%1", found.group(1))
    prefix, separator, words = reason.partition(": ")
    if separator and prefix in PREFIXES:
        return _tr("%1: %2").replace("%1", _tr(prefix)).replace("%2", words)
    return reason
