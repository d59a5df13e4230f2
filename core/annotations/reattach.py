"""Re-attach annotations to a report whose text or sentence cutting changed.

Each annotation remembers its sentence's id, offsets and text.  When these no
longer agree with the report, the annotation is moved by its text, in passes
that let the surest matches claim sentences first:

1. a sentence with the same offsets and the same text;
2. a sentence with the same text anywhere, nearest to the old offset;
3. a close match: ``rapidfuzz.fuzz.ratio >= CLOSE_MATCH_SCORE`` on texts with
   character widths folded (full-width ，；：（）！？ equal ,;:()!?) and white
   space removed; best score first, then nearest.

Passes 1 and 2 only take texts that occur once among the annotations and once
in the report.  Identical sentences (the same text twice) are matched after
them, in order: the n-th annotation of a text goes to a later sentence than
the (n-1)-th, within the place its placed neighbours (the annotations just
before and after it in the old text) now take, preferring the same sentence id
(ids count repeats of a text, so they survive insertions elsewhere) and then
the nearest position relative to the neighbour before.  So two identical
sentences keep their own labels when text is inserted above them, and when
one of them is deleted the other keeps its own.

Every sentence takes at most one annotation.  What cannot be placed is kept
with ``orphaned=True`` and its old position, never dropped.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
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
    repeated = _repeated_texts(annotations, report.sentences)
    for index, annotation in enumerate(annotations):  # pass 1: same offsets and text
        sentence = by_offsets.get((annotation.start, annotation.end))
        if (index not in placed and sentence is not None and sentence.id not in claimed
                and sentence.text == annotation.text and annotation.text not in repeated):
            claim(index, sentence, METHOD_OFFSETS, 100.0)
    pairs: list[tuple[float, int, int, Sentence]] = []
    for index, annotation in enumerate(annotations):  # pass 2: same text anywhere
        if index in placed or annotation.text in repeated:
            continue
        for sentence in report.sentences:
            if sentence.text == annotation.text and sentence.id not in claimed:
                pairs.append((0.0, abs(sentence.start - annotation.start), index, sentence))
    _claim_greedily(pairs, placed, claimed, METHOD_TEXT)
    _claim_repeated(annotations, report.sentences, repeated, placed, claimed)
    pairs = []
    unplaced = [index for index in range(len(annotations)) if index not in placed]
    folded_sentences = [(sentence, fold(sentence.text)) for sentence in report.sentences] if unplaced else []
    for index in unplaced:  # pass 3: close match
        annotation = annotations[index]
        folded = fold(annotation.text)
        for sentence, folded_sentence in folded_sentences:
            if sentence.id in claimed:
                continue
            score = fuzz.ratio(folded, folded_sentence, score_cutoff=CLOSE_MATCH_SCORE)
            if score:
                pairs.append((-score, abs(sentence.start - annotation.start), index, sentence))
    _claim_greedily(pairs, placed, claimed, METHOD_CLOSE)
    return _result(annotations, placed, report.id)


def _repeated_texts(annotations: Sequence[Annotation], sentences: Sequence[Sentence]) -> set[str]:
    """Texts held by more than one annotation or more than one sentence."""
    counts: dict[str, list[int]] = {}
    for annotation in annotations:
        counts.setdefault(annotation.text, [0, 0])[0] += 1
    for sentence in sentences:
        if sentence.text in counts:
            counts[sentence.text][1] += 1
    return {text for text, (held, found) in counts.items() if held > 1 or found > 1}


_MAX_ORDER_CELLS = 250_000  # above this many annotation x sentence pairs of one text, match greedily


def _claim_repeated(
    annotations: Sequence[Annotation],
    sentences: Sequence[Sentence],
    repeated: set[str],
    placed: dict[int, tuple[Sentence, str, float]],
    claimed: set[str],
) -> None:
    """Place the annotations of repeated texts in order, between their placed neighbours (see the docstring)."""
    anchors = sorted((annotations[index].start, sentence.start) for index, (sentence, _m, _s) in placed.items())
    old_starts = [old for old, _new in anchors]
    waiting: dict[str, list[int]] = {}
    for index, annotation in enumerate(annotations):
        if index not in placed and annotation.text in repeated:
            waiting.setdefault(annotation.text, []).append(index)
    for text, indexes in waiting.items():
        indexes.sort(key=lambda index: (annotations[index].start, index))
        free = sorted((s for s in sentences if s.text == text and s.id not in claimed), key=lambda s: s.start)
        if not free:
            continue
        costs = [[_repeat_cost(annotations[index], sentence, anchors, old_starts) for sentence in free]
                 for index in indexes]
        many = len(indexes) * len(free) > _MAX_ORDER_CELLS
        chosen = _greedy_pairs(costs) if many else _ordered_pairs(costs)
        for row, column in chosen:
            placed[indexes[row]] = (free[column], METHOD_TEXT, 100.0)
            claimed.add(free[column].id)


def _repeat_cost(annotation: Annotation, sentence: Sentence, anchors: list[tuple[int, int]],
                 old_starts: list[int]) -> tuple[int, int] | None:
    """(id differs, distance from where the neighbours put it), or None outside the neighbours' place."""
    position = bisect_left(old_starts, annotation.start)
    before = anchors[position - 1] if position > 0 else None
    after = anchors[position] if position < len(anchors) else None
    if (before is not None and after is not None and before[1] <= after[1]  # the neighbours kept their order
            and not before[1] < sentence.start < after[1]):
        return None
    expected = annotation.start + (before[1] - before[0] if before else after[1] - after[0] if after else 0)
    return int(sentence.id != annotation.sentence_id), abs(sentence.start - expected)


def _ordered_pairs(costs: list[list[tuple[int, int] | None]]) -> list[tuple[int, int]]:
    """The order-keeping matching of rows to columns with most pairs, then fewest id changes, then distance."""
    rows, columns = len(costs), len(costs[0]) if costs else 0
    # best[i][j]: (-pairs, id changes, distance) matching the first i rows with the first j columns
    best = [[(0, 0, 0)] * (columns + 1) for _ in range(rows + 1)]
    step = [[0] * (columns + 1) for _ in range(rows + 1)]  # 0 skip row, 1 skip column, 2 pair
    for i in range(1, rows + 1):
        best[i][0], step[i][0] = best[i - 1][0], 0
    for j in range(1, columns + 1):
        best[0][j], step[0][j] = best[0][j - 1], 1
    for i in range(1, rows + 1):
        for j in range(1, columns + 1):
            options = [(best[i - 1][j], 0), (best[i][j - 1], 1)]
            cost = costs[i - 1][j - 1]
            if cost is not None:
                pairs, changes, distance = best[i - 1][j - 1]
                options.append(((pairs - 1, changes + cost[0], distance + cost[1]), 2))
            best[i][j], step[i][j] = min(options)
    chosen: list[tuple[int, int]] = []
    i, j = rows, columns
    while i > 0 and j > 0:
        if step[i][j] == 2:
            chosen.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif step[i][j] == 0:
            i -= 1
        else:
            j -= 1
    return chosen


def _greedy_pairs(costs: list[list[tuple[int, int] | None]]) -> list[tuple[int, int]]:
    """Cheapest pairs first, each row and column once (for very many repeats of one text)."""
    candidates = sorted((cost, row, column) for row, line in enumerate(costs)
                        for column, cost in enumerate(line) if cost is not None)
    rows: set[int] = set()
    columns: set[int] = set()
    chosen: list[tuple[int, int]] = []
    for _cost, row, column in candidates:
        if row not in rows and column not in columns:
            rows.add(row)
            columns.add(column)
            chosen.append((row, column))
    return chosen


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
        if method == METHOD_SAME and annotation.report == report_id and not annotation.orphaned:
            result.annotations.append(annotation)  # unchanged: no copy
            continue
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


def remap_corrections(corrections: dict[str, dict[str, str]],
                       mapping: dict[str, str | None]) -> dict[str, dict[str, str]]:
    """Move corrections with their reports; unmatched ones stay under their id, never dropped."""
    moved: dict[str, dict[str, str]] = {}
    for report_id, fields in corrections.items():
        target = mapping.get(report_id)
        if target is not None:
            moved.setdefault(target, {}).update(fields)
    for report_id, fields in corrections.items():
        if mapping.get(report_id) is None:
            kept = moved.setdefault(report_id, {})
            for field, value in fields.items():
                kept.setdefault(field, value)
    return moved
