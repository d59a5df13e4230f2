"""How far the labelling of one report is: labelled-of-total per section and per label."""

from __future__ import annotations

from collections import Counter

from core.annotations.annotation_set import AnnotationSet
from core.reading.model import Report


class ReportProgress:
    """Labelled-of-total counts per section and per label, kept up to date cheaply."""

    def __init__(self, report: Report, annotations: AnnotationSet) -> None:
        self.report = report
        self.annotations = annotations
        self.index_of: dict[str, int] = {sentence.id: index for index, sentence in enumerate(report.sentences)}
        chains = {section_id: tuple(section.id for section in path)
                  for section_id, path in report.section_paths().items()}
        self._chains: list[tuple[str, ...]] = [chains.get(sentence.section or "", ()) for sentence in report.sentences]
        self.section_totals: Counter[str] = Counter()
        for chain in self._chains:
            self.section_totals.update(chain)
        self.section_labelled: Counter[str] = Counter()
        self.label_counts: Counter[str] = Counter()
        self.labels: list[str | None] = []
        self.rebuild()

    def rebuild(self) -> None:
        """Count again from the annotation set (after loading or a label-set change)."""
        self.labels = []
        for sentence in self.report.sentences:
            annotation = self.annotations.get(self.report.id, sentence.id)
            self.labels.append(annotation.label if annotation is not None else None)
        self.section_labelled = Counter()
        self.label_counts = Counter()
        for chain, label in zip(self._chains, self.labels):
            if label is not None:
                self.section_labelled.update(chain)
                self.label_counts[label] += 1

    def update(self, sentence_id: str) -> None:
        """Take the current label of one sentence into the counts."""
        index = self.index_of[sentence_id]
        annotation = self.annotations.get(self.report.id, sentence_id)
        new = annotation.label if annotation is not None else None
        old = self.labels[index]
        if new == old:
            return
        self.labels[index] = new
        if old is not None:
            self.label_counts[old] -= 1
        if new is not None:
            self.label_counts[new] += 1
        if (old is None) != (new is None):
            step = 1 if new is not None else -1
            for section_id in self._chains[index]:
                self.section_labelled[section_id] += step

    def chain(self, index: int) -> tuple[str, ...]:
        """Ids of the sections holding sentence ``index``, outermost first."""
        return self._chains[index]

    @property
    def labelled(self) -> int:
        return sum(self.label_counts.values())

    @property
    def total(self) -> int:
        return len(self.labels)

    def section_counts(self, section_id: str) -> tuple[int, int]:
        """(labelled, total) of the sentences in a section and its sub-sections."""
        return self.section_labelled.get(section_id, 0), self.section_totals.get(section_id, 0)
