"""Settling the annotators' disagreements into one gold annotation file.

The gold file is an ordinary annotation file of its own annotator name
(``gold`` by default), beside the report like everyone's, whose records have
``source: "adjudicated"`` and ``chosen_by``: the annotators who gave that
label (none when the adjudicator gave another).  It is opened, saved and
merged as every annotation file is (``core.annotations``): atomically, under
the save lock, the previous version kept as ``.bak``.

Rules for filling it in without a person (``fill``):

- ``agreed``: every annotator compared labelled the sentence, all alike;
- ``majority``: more than half of the annotators compared gave one label
  (two of three; with two annotators the same as ``agreed``).

A sentence the gold file already has is never changed; sentences the rule does
not decide are left to decide by hand (the window's adjudication view).
The gold name may not be one of the annotators compared, nor the name of
someone's own file (one that holds labels but none adjudicated).
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from core.annotations.annotation_set import AnnotationSet
from core.annotations.labels import LabelDef
from core.annotations.opening import open_annotations
from core.annotations.record import SOURCE_ADJUDICATED, Annotation
from core.errors import ExportError
from core.reading.model import Report, Sentence
from core.team.team_reports import Team, TeamReport, is_adjudicated

ACCEPT_AGREED = "agreed"
ACCEPT_MAJORITY = "majority"
ACCEPT_RULES = (ACCEPT_AGREED, ACCEPT_MAJORITY)
DEFAULT_GOLD = "gold"


class AdjudicationError(ExportError):
    """The gold file cannot be written as asked; ``str(error)`` is a sentence for the user."""


def decide(labels: Mapping[str, str | None], rule: str) -> str | None:
    """The label ``rule`` gives a sentence the annotators labelled so (annotator -> label), or None."""
    if rule not in ACCEPT_RULES:
        raise ValueError(f"Unknown rule {rule!r}; expected one of {', '.join(ACCEPT_RULES)}.")
    given = [label for label in labels.values() if label is not None]
    if not given:
        return None
    if rule == ACCEPT_AGREED:
        return given[0] if len(given) == len(labels) and len(set(given)) == 1 else None
    label, count = Counter(given).most_common(1)[0]
    return label if count * 2 > len(labels) else None


def chosen_by(labels: Mapping[str, str | None], label: str) -> tuple[str, ...]:
    """The annotators who gave ``label``, in the order compared."""
    return tuple(name for name, given in labels.items() if given == label)


@dataclass(frozen=True)
class Case:
    """One sentence some annotator labelled: each annotator's label (None: not labelled)."""

    report: Report
    sentence: Sentence
    labels: dict[str, str | None]

    @property
    def agreed(self) -> str | None:
        return decide(self.labels, ACCEPT_AGREED)


def cases(team_report: TeamReport, annotators: Sequence[str]) -> list[Case]:
    """The sentences of the report at least one annotator labelled, in text order."""
    columns = {name: team_report.labels_of(name) for name in annotators}
    found = []
    for index, sentence in enumerate(team_report.report.sentences):
        labels = {name: columns[name][index] for name in annotators}
        if any(label is not None for label in labels.values()):
            found.append(Case(team_report.report, sentence, labels))
    return found


def settle(gold: AnnotationSet, case: Case, label: str | None) -> Annotation | None:
    """Give the case ``label`` in the gold file (None clears it); returns the previous record, for undo."""
    if label is None:
        return gold.set(case.report, case.sentence, None)
    return gold.set(case.report, case.sentence, label, source=SOURCE_ADJUDICATED, note=None,
                    chosen_by=chosen_by(case.labels, label))


@dataclass
class GoldFile:
    """The gold set of one report file and the cases of its reports."""

    source: Path
    gold: AnnotationSet
    cases: list[Case] = field(default_factory=list)

    def open_cases(self) -> list[Case]:
        """The cases the gold file has no label for yet."""
        return [case for case in self.cases if self.gold.get(case.report.id, case.sentence.id) is None]


def open_gold(team: Team, gold_name: str = DEFAULT_GOLD) -> list[GoldFile]:
    """The gold file of every report file of the team, with the cases to settle (nothing is written).

    Raises AdjudicationError when ``gold_name`` is an annotator compared or
    someone's own file, AnnotationFileError when the gold file is damaged.
    """
    gold_name = gold_name.strip()
    if not gold_name:
        raise AdjudicationError("The gold file needs an annotator name.")
    if gold_name in team.annotators:
        raise AdjudicationError(f"{gold_name!r} is one of the annotators compared; the adjudicated labels go into "
                                "a file of another name (e.g. gold), so that nobody's own labels are overwritten.")
    with_files = [name for name in team.annotators if any(name in team_report.sets for team_report in team.reports)]
    if len(with_files) < 2:  # one person's labels "agreed" with nobody are no adjudication
        without = [name for name in team.annotators if name not in with_files]
        raise AdjudicationError("Adjudication needs two or more annotators with labels; found "
                                f"{', '.join(with_files) or 'none'}"
                                + (f" (no file of {', '.join(without)})." if without else "."))
    by_file: dict[Path, list[TeamReport]] = defaultdict(list)
    for team_report in team.reports:
        by_file[Path(os.path.abspath(team_report.report.source))].append(team_report)
    files = []
    for source, team_reports in by_file.items():
        gold = open_annotations(source, gold_name, [team_report.report for team_report in team_reports])
        if gold.all_annotations() and not is_adjudicated(gold):
            raise AdjudicationError(f"{gold.path} holds labels of an annotator named {gold_name!r} that were "
                                    "not adjudicated; it is not written into. Choose another name for the "
                                    "gold file.")
        _add_missing_labels(gold, team.labels())
        found = [case for team_report in team_reports for case in cases(team_report, team.annotators)]
        files.append(GoldFile(source, gold, found))
    if gold_name in team.labellers:  # their file is elsewhere (a folder of others' labels): it would be hidden
        raise AdjudicationError(f"{gold_name!r} is the name of someone's own labels found in the sources; the gold "
                                "file is not written under it. Choose another name for the gold file.")
    return files


def _add_missing_labels(gold: AnnotationSet, labels: Sequence[LabelDef]) -> None:
    """Give the gold file every label an annotator uses that it lacks (without a key already taken)."""
    missing = [label for label in labels if label.name not in gold.label_names()]
    if missing:
        keys = {label.key for label in gold.labels if label.key}
        added = [replace(label, key="") if label.key in keys else label for label in missing]
        gold.set_labels([*gold.labels, *added])


@dataclass
class FillResult:
    """What ``fill`` did: the gold files and counts of sentences."""

    files: list[GoldFile]
    decided: int = 0  # given a label by the rule now
    kept: int = 0  # already in the gold file, left as they were
    left: int = 0  # labelled by someone, not decided by the rule: to decide by hand
    saved: list[Path] = field(default_factory=list)


def fill(team: Team, gold_name: str = DEFAULT_GOLD, rule: str = ACCEPT_AGREED, *, save: bool = True) -> FillResult:
    """Fill the gold files with what ``rule`` decides and save them (see the module docstring)."""
    if rule not in ACCEPT_RULES:
        raise AdjudicationError(f"Unknown rule {rule!r}; expected one of {', '.join(ACCEPT_RULES)}.")
    result = FillResult(open_gold(team, gold_name))
    for gold_file in result.files:
        for case in gold_file.cases:
            if gold_file.gold.get(case.report.id, case.sentence.id) is not None:
                result.kept += 1
                continue
            label = decide(case.labels, rule)
            if label is None:
                result.left += 1
                continue
            settle(gold_file.gold, case, label)
            result.decided += 1
        if save and gold_file.gold.dirty:
            gold_file.gold.save()
            result.saved.append(gold_file.gold.path)
    return result


@dataclass(frozen=True)
class Item:
    """One case of one gold file, as an adjudicator walks through them."""

    gold_file: GoldFile
    case: Case

    @property
    def decided(self) -> Annotation | None:
        """The gold file's label of the sentence (None: not decided yet)."""
        return self.gold_file.gold.get(self.case.report.id, self.case.sentence.id)


def disagreements(files: Sequence[GoldFile]) -> list[Item]:
    """The cases the annotators did not all label alike (someone left it, or gave another label), in order."""
    return [Item(gold_file, case) for gold_file in files for case in gold_file.cases if case.agreed is None]


def agreed_undecided(files: Sequence[GoldFile]) -> list[Item]:
    """The cases every annotator labelled alike that the gold file has no label for: to accept in bulk."""
    return [Item(gold_file, case) for gold_file in files for case in gold_file.open_cases()
            if case.agreed is not None]
