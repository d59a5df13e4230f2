"""Re-attach annotations to a report whose text or sentence cutting changed.

Each annotation remembers its sentence's id, offsets and text.  When these no
longer agree with the report, the annotation is moved by its text, in passes
that let the surest matches claim sentences first:

1. a sentence with the same offsets and the same text;
2. a sentence with the same text anywhere, nearest to the old offset;
3. a close match: ``rapidfuzz.fuzz.ratio >= CLOSE_MATCH_SCORE`` on texts with
   character widths folded (full-width ，；：（）！？ equal ,;:()!?) and white
   space removed; best score first, then nearest.

Every sentence takes at most one annotation.  What cannot be placed is kept
with ``orphaned=True`` and its old position, never dropped.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from core.reading.model import Report, Sentence

if TYPE_CHECKING:
    from core.annotations.record import Annotation

CLOSE_MATCH_SCORE = 85.0
METHOD_SAME = "same"  # nothing changed
METHOD_OFFSETS = "offsets"  # same offsets and text, new sentence id
METHOD_TEXT = "text"  # same text elsewhere
METHOD_CLOSE = "close"  # close match


@dataclass(frozen=True)
class Move:
    """One annotation that was moved to another sentence."""

    before: Annotation
    after: Annotation
    method: str  # METHOD_OFFSETS, METHOD_TEXT or METHOD_CLOSE
    score: float  # 100 for exact matches


@dataclass
class ReattachResult:
    """What re-attachment did: the new annotations, the moves and the orphans."""

    annotations: list[Annotation] = field(default_factory=list)
    moved: list[Move] = field(default_factory=list)
    orphaned: list[Annotation] = field(default_factory=list)

    def extend(self, other: ReattachResult) -> None:
        self.annotations.extend(other.annotations)
        self.moved.extend(other.moved)
        self.orphaned.extend(other.orphaned)


def fold(text: str) -> str:
    """Text for comparison: NFKC (folds full-width forms) without white space."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def is_attached(annotation: Annotation, sentence: Sentence | None) -> bool:
    """Whether the annotation still sits exactly on ``sentence``."""
    return (
        sentence is not None
        and sentence.id == annotation.sentence_id
        and sentence.start == annotation.start
        and sentence.end == annotation.end
        and sentence.text == annotation.text
    )


def reattach(annotations: Sequence[Annotation], report: Report) -> ReattachResult:
    """Place ``annotations`` (orphans included) on the sentences of ``report``."""
    by_id = {sentence.id: sentence for sentence in report.sentences}
    by_offsets = {(sentence.start, sentence.end): sentence for sentence in report.sentences}
    placed: dict[int, tuple[Sentence, str, float]] = {}
    claimed: set[str] = set()

    def claim(index: int, sentence: Sentence, method: str, score: float) -> None:
        placed[index] = (sentence, method, score)
        claimed.add(sentence.id)

    for index, annotation in enumerate(annotations):  # pass 0: unchanged
        sentence = by_id.get(annotation.sentence_id)
        if is_attached(annotation, sentence) and sentence is not None and sentence.id not in claimed:
            claim(index, sentence, METHOD_SAME, 100.0)
    for index, annotation in enumerate(annotations):  # pass 1: same offsets and text
        sentence = by_offsets.get((annotation.start, annotation.end))
        if (index not in placed and sentence is not None and sentence.id not in claimed
                and sentence.text == annotation.text):
            claim(index, sentence, METHOD_OFFSETS, 100.0)
    pairs: list[tuple[float, int, int, Sentence]] = []
    for index, annotation in enumerate(annotations):  # pass 2: same text anywhere
        if index in placed:
            continue
        for sentence in report.sentences:
            if sentence.text == annotation.text and sentence.id not in claimed:
                pairs.append((0.0, abs(sentence.start - annotation.start), index, sentence))
    _claim_greedily(pairs, placed, claimed, METHOD_TEXT)
    pairs = []
    folded_sentences = [(sentence, fold(sentence.text)) for sentence in report.sentences]
    for index, annotation in enumerate(annotations):  # pass 3: close match
        if index in placed:
            continue
        folded = fold(annotation.text)
        for sentence, folded_sentence in folded_sentences:
            if sentence.id in claimed:
                continue
            score = fuzz.ratio(folded, folded_sentence, score_cutoff=CLOSE_MATCH_SCORE)
            if score:
                pairs.append((-score, abs(sentence.start - annotation.start), index, sentence))
    _claim_greedily(pairs, placed, claimed, METHOD_CLOSE)
    return _result(annotations, placed, report.id)


def _claim_greedily(
    pairs: list[tuple[float, int, int, Sentence]],
    placed: dict[int, tuple[Sentence, str, float]],
    claimed: set[str],
    method: str,
) -> None:
    """Take candidate pairs best first (score, then distance); each side is used once."""
    pairs.sort(key=lambda pair: (pair[0], pair[1], pair[2], pair[3].start))
    for negative_score, _distance, index, sentence in pairs:
        if index in placed or sentence.id in claimed:
            continue
        placed[index] = (sentence, method, -negative_score if negative_score else 100.0)
        claimed.add(sentence.id)


def _result(
    annotations: Sequence[Annotation], placed: Mapping[int, tuple[Sentence, str, float]], report_id: str
) -> ReattachResult:
    result = ReattachResult()
    for index, annotation in enumerate(annotations):
        if index not in placed:
            orphan = annotation if annotation.orphaned and annotation.report == report_id else replace(
                annotation, report=report_id, orphaned=True
            )
            result.annotations.append(orphan)
            result.orphaned.append(orphan)
            continue
        sentence, method, score = placed[index]
        after = replace(
            annotation,
            report=report_id,
            sentence_id=sentence.id,
            start=sentence.start,
            end=sentence.end,
            text=sentence.text,
            orphaned=False,
        )
        result.annotations.append(after)
        if after != annotation:
            result.moved.append(Move(annotation, after, METHOD_OFFSETS if method == METHOD_SAME else method, score))
    return result


def match_reports(
    stored_hashes: Mapping[str, str],
    texts_by_report: Mapping[str, Iterable[str]],
    reports: Sequence[Report],
) -> dict[str, str | None]:
    """Map each stored report id to the current report it belongs to (or None).

    A report keeps its id when its text hash is unchanged; otherwise a report
    with the stored hash is looked for (reports reordered in the source file);
    otherwise the free report containing most of the annotated texts wins, the
    same id on ties; otherwise the same id if it is free.
    """
    current = {report.id: report for report in reports}
    mapping: dict[str, str | None] = {}
    taken: set[str] = set()
    stored_ids = sorted(set(stored_hashes) | set(texts_by_report))
    for stored_id in stored_ids:
        report = current.get(stored_id)
        if report is not None and stored_hashes.get(stored_id) == report.hash:
            mapping[stored_id] = stored_id
            taken.add(stored_id)
    for stored_id in stored_ids:
        wanted = stored_hashes.get(stored_id)
        if stored_id in mapping or wanted is None:
            continue
        for report in reports:
            if report.id not in taken and report.hash == wanted:
                mapping[stored_id] = report.id
                taken.add(report.id)
                break
    for stored_id in stored_ids:
        if stored_id in mapping:
            continue
        texts = [text for text in texts_by_report.get(stored_id, ()) if text]
        best: tuple[int, int] = (0, 0)
        choice: str | None = None
        for report in reports:
            if report.id in taken:
                continue
            score = (sum(1 for text in texts if text in report.text), int(report.id == stored_id))
            if score > best:
                best, choice = score, report.id
        if choice is None and stored_id in current and stored_id not in taken:
            choice = stored_id
        mapping[stored_id] = choice
        if choice is not None:
            taken.add(choice)
    return mapping
