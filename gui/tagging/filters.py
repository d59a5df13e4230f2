"""Which sentences the Show filter keeps: all, unlabelled, one label, uncertain, suggested, orphaned.

A filter is a value of the Show box (a label's name, or one of the constants
below, which no label name can take); ``sentence_filter`` turns it into a test
of a sentence index for one report.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from core.annotations.labels import LabelDef
from core.annotations.record import SOURCE_SUGGESTED
from gui.language.label_names import label_text
from gui.shell.translation import Translator
from gui.tagging.workspace import ReportEntry

_tr = Translator("Filters")

FILTER_ALL = ""
FILTER_UNLABELLED = "\x00unlabelled"
FILTER_UNCERTAIN = "\x00uncertain"  # no label; the suggestion is below the accept threshold
FILTER_SUGGESTED = "\x00suggested"  # labelled by accepting a suggestion, never confirmed by a key
FILTER_ORPHANED = "\x00orphaned"  # where a label was that no longer matches a sentence

# the suggested label of a sentence and whether it reaches the accept threshold; None: no suggestion
Suggested = Callable[[ReportEntry, int], "tuple[str, bool] | None"]


def filter_choices(labels: Sequence[LabelDef]) -> list[tuple[str, str]]:
    """(text, value) of every choice of the Show box, for a report with these labels."""
    choices = [(_tr("All sentences"), FILTER_ALL), (_tr("Unlabelled only"), FILTER_UNLABELLED)]
    choices += [(_tr("Only “%1”").replace("%1", label_text(label.name)), label.name) for label in labels]
    choices += [
        (_tr("Uncertain suggestion"), FILTER_UNCERTAIN),
        (_tr("Suggested, not confirmed"), FILTER_SUGGESTED),
        (_tr("Where labels were orphaned"), FILTER_ORPHANED),
    ]
    return choices


def sentence_filter(entry: ReportEntry, value: str, suggested: Suggested) -> Callable[[int], bool] | None:
    """The test of the filter ``value`` on ``entry``'s sentences; None when every sentence passes."""
    if value == FILTER_ALL:
        return None
    if value == FILTER_UNLABELLED:
        return lambda index: entry.label_of(index) is None
    if value == FILTER_UNCERTAIN:
        def uncertain(index: int) -> bool:
            found = suggested(entry, index) if entry.label_of(index) is None else None
            return found is not None and not found[1]
        return uncertain
    if value == FILTER_SUGGESTED:
        def not_confirmed(index: int) -> bool:
            annotation = entry.annotation(index) if entry.label_of(index) is not None else None
            return annotation is not None and annotation.source == SOURCE_SUGGESTED
        return not_confirmed
    if value == FILTER_ORPHANED:
        spans = [(orphan.start, orphan.end) for orphan in entry.annotations.orphans()
                 if orphan.report == entry.report.id]
        sentences = entry.report.sentences
        return lambda index: any(start < sentences[index].end and sentences[index].start < end
                                 for start, end in spans)
    return lambda index: entry.label_of(index) == value
