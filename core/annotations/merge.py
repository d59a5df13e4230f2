"""Merging two versions of one annotation file, sentence by sentence.

Used when a save finds that another window or program saved the file since it
was loaded (a three-way merge against the version both started from), and
when one annotator's labels of one report exist twice: beside the report and
in the data folder (a two-way merge: no common version, so nothing counts as
deleted).

Rules, per sentence (and per metadata correction):

- changed on one side only: that change wins; a cleared label is a change;
- changed alike on both sides: kept;
- changed differently on both sides (a *conflict*): the newer annotation (by
  ``modified``; on a tie, ``mine``) wins; a label beats a cleared label, so no
  label is ever dropped by a merge.  The losing side is kept in ``other``: the
  merged content with the losing version of each conflicting sentence, written
  by the caller as a ``.conflict-<time>.json`` copy.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field, replace
from typing import TypeVar

from core.annotations.file_format import AnnotationFileContent
from core.annotations.labels import LabelDef
from core.annotations.record import Annotation, moment

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


@dataclass
class MergeResult:
    """What a merge did: the merged content, the losing versions, and counts for the user."""

    merged: AnnotationFileContent
    other: AnnotationFileContent  # ``merged`` with the losing version of every conflict
    taken: int = 0  # sentences (and corrections) whose state came from ``theirs``
    conflicts: list[tuple[str, str]] = field(default_factory=list)  # (report, sentence id or field)

    @property
    def changed_anything(self) -> bool:
        return bool(self.taken or self.conflicts)


def merge_contents(base: AnnotationFileContent | None, mine: AnnotationFileContent,
                   theirs: AnnotationFileContent) -> MergeResult:
    """Merge ``theirs`` into ``mine``; ``base`` is the version both started from (None: none)."""
    result = MergeResult(merged=replace(mine, attached={}, orphans=[], corrections={}, reports={}),
                         other=replace(mine, attached={}, orphans=[], corrections={}, reports={}))
    attached, other_attached, taken, conflicts = _merge_maps(
        base.attached if base is not None else None, mine.attached, theirs.attached, _annotation_winner)
    result.taken += taken
    result.conflicts.extend(conflicts)
    result.merged.attached, result.other.attached = attached, other_attached

    base_corrections = _flat(base.corrections) if base is not None else None
    corrections, other_corrections, taken, conflicts = _merge_maps(
        base_corrections, _flat(mine.corrections), _flat(theirs.corrections), _correction_winner)
    result.taken += taken
    result.conflicts.extend(conflicts)
    result.merged.corrections, result.other.corrections = _nested(corrections), _nested(other_corrections)

    orphans = _merge_orphans(base.orphans if base is not None else None, mine.orphans, theirs.orphans)
    result.merged.orphans = result.other.orphans = orphans
    reports = {**theirs.reports, **mine.reports}
    result.merged.reports = result.other.reports = reports
    labels = _merge_labels(base.labels if base is not None else None, mine.labels, theirs.labels,
                           [*attached.values(), *other_attached.values(), *orphans])
    result.merged.labels = result.other.labels = labels
    return result


def _merge_maps(base: Mapping[K, V] | None, mine: Mapping[K, V], theirs: Mapping[K, V],
                winner: Callable[[V | None, V | None], V | None]) -> tuple[dict[K, V], dict[K, V], int, list[K]]:
    """Three-way merge of two maps key by key: (merged, losers in place, taken from theirs, conflicts)."""
    merged: dict[K, V] = {}
    other: dict[K, V] = {}
    taken = 0
    conflicts: list[K] = []
    for key in dict.fromkeys([*mine, *theirs]):
        ours, their = mine.get(key), theirs.get(key)
        was = base.get(key) if base is not None else None
        if ours == their:
            chosen, lost = ours, ours
        elif base is not None and ours == was:
            chosen, lost = their, their
            taken += 1
        elif base is not None and their == was:
            chosen, lost = ours, ours
        else:
            chosen = winner(ours, their)
            lost = their if chosen is ours else ours
            if chosen is their:
                taken += 1
            if base is not None or (ours is not None and their is not None):
                conflicts.append(key)
            else:
                lost = chosen  # one file lacks the record: nothing to choose
        if chosen is not None:
            merged[key] = chosen
        if lost is not None:
            other[key] = lost
    return merged, other, taken, conflicts


def _annotation_winner(mine: Annotation | None, theirs: Annotation | None) -> Annotation | None:
    """A label beats no label; of two labels the newer, on a tie ``mine``."""
    if mine is None or theirs is None:
        return theirs if mine is None else mine
    return theirs if moment(theirs.modified) > moment(mine.modified) else mine


def _correction_winner(mine: str | None, theirs: str | None) -> str | None:
    """No times are kept for corrections: mine, or theirs where mine cleared it."""
    return mine if mine is not None else theirs


def _flat(corrections: dict[str, dict[str, str]]) -> dict[tuple[str, str], str]:
    return {(report, name): value for report, fields in corrections.items() for name, value in fields.items()}


def _nested(flat: dict[tuple[str, str], str]) -> dict[str, dict[str, str]]:
    nested: dict[str, dict[str, str]] = {}
    for (report, name), value in flat.items():
        nested.setdefault(report, {})[name] = value
    return nested


def _merge_orphans(base: list[Annotation] | None, mine: list[Annotation],
                   theirs: list[Annotation]) -> list[Annotation]:
    """Theirs, less what mine dropped since base, plus what mine added; never twice the same."""
    dropped = set(base or ()) - set(mine)
    merged = [orphan for orphan in theirs if orphan not in dropped]
    merged.extend(orphan for orphan in mine if orphan not in set(base or ()))
    return list(dict.fromkeys(merged))


def _merge_labels(base: list[LabelDef] | None, mine: list[LabelDef], theirs: list[LabelDef],
                  used: list[Annotation]) -> list[LabelDef]:
    """The label set changed on one side; or mine plus theirs' other labels; plus every label still used."""
    needed = {annotation.label for annotation in used}
    if base is not None and mine == base:
        labels, extra = list(theirs), list(mine)
    else:
        labels, extra = list(mine), list(theirs)
        if base is None or theirs != base:  # changed on both sides: theirs' labels are added
            needed |= {label.name for label in theirs}
    names = {label.name for label in labels}
    keys = {label.key for label in labels}
    for label in extra:
        if label.name in names or label.name not in needed:
            continue
        if label.key in keys:
            label = replace(label, key="")  # a key already in use: the added label gets none
        labels.append(label)
        names.add(label.name)
        keys.add(label.key)
    return labels
