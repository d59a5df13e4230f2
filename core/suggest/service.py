"""The suggestion model behind the window, kept by one object in a process of its own.

Training and predicting are pure Python for a good part (jieba, feature
dictionaries), so in a thread of the window they would hold the interpreter
lock the GUI thread needs for every key press.  The window therefore runs them
in a child process (``gui.suggestions.worker``), and this module is what runs
there: ``SuggestionService`` keeps what must survive between calls (the
reports it parsed, the labels read from annotation files, the model), and
``run(method, *args)`` is the entry point the process pool calls.

Only small values cross between the processes: paths, ids, labels
(``LabelRef``), ``ModelState`` and lists of ``Suggestion``.  The service reads
a report again from its file (cached while the file is unchanged) and uses it
only when its text hash is the one the window has.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from core.errors import LoadError, SaveError
from core.reading.document import load_reports
from core.reading.model import Report
from core.suggest.model import MANIFEST, MIN_EXAMPLES, Example, ModelError, SuggestionModel, load
from core.suggest.rules import Suggestion
from core.suggest.training import (
    StoredExamples,
    annotator_files,
    read_training_folders,
    reset_model,
    suggestions_in_order,
    train_and_save,
    write_training_folders,
)


@dataclass(frozen=True)
class ReportKey:
    """A report as the window has it: its file, id within the file, and text hash."""

    source: str
    report_id: str
    report_hash: str

    @classmethod
    def of(cls, report: Report) -> ReportKey:
        return cls(str(report.source), report.id, report.hash)


LabelRef = tuple[ReportKey, str, str]  # report, sentence id, confirmed label


@dataclass(frozen=True)
class ModelState:
    """What the window needs to know of the model after a call."""

    ready: bool = False  # learned enough to change suggestions
    example_count: int = 0
    folder: str | None = None
    error: str | None = None  # a model that could not be loaded or saved
    warnings: tuple[str, ...] = ()  # annotation files that could not be read
    stale: bool = False  # the labels known differ from those the loaded model learned from
    trained: bool = False  # this call trained a new model
    folder_labels: int = 0  # add_folder: labels the folder gave
    folder_files: int = 0  # add_folder: annotation files that gave them


class SuggestionService:
    """Parsed reports, stored labels and the model of one window."""

    def __init__(self) -> None:
        self.folder: Path | None = None
        self.model: SuggestionModel | None = None
        self.stored = StoredExamples()
        self._own_files: tuple[Path, str, bool] | None = None  # annotation file, annotator, is_fallback
        self._reports: dict[str, tuple[float, list[Report]]] = {}  # source -> (mtime, reports)

    # reports

    def report(self, key: ReportKey) -> Report | None:
        """The report of ``key`` read from its file, None when the file no longer has it."""
        try:
            modified = os.stat(key.source).st_mtime
        except OSError:
            return None
        cached = self._reports.get(key.source)
        if cached is None or cached[0] != modified:
            try:
                cached = (modified, load_reports(Path(key.source)))
            except LoadError:
                return None
            self._reports[key.source] = cached
        return next((report for report in cached[1]
                     if report.id == key.report_id and report.hash == key.report_hash), None)

    def examples(self, labels: Sequence[LabelRef], open_sources: Sequence[str]) -> list[Example]:
        """The window's confirmed labels, then the stored ones of files not open."""
        examples: list[Example] = []
        for key, sentence_id, label in labels:
            report = self.report(key)
            sentence = next((item for item in report.sentences if item.id == sentence_id), None) if report else None
            if report is not None and sentence is not None:
                examples.append((report, sentence, label))
        return examples + self.stored.without([Path(source) for source in open_sources])

    # the model

    def open(self, folder: Path, annotation_file: Path, annotator: str, is_fallback: bool,
             labels: Sequence[LabelRef], open_sources: Sequence[str]) -> ModelState:
        """Load the model of ``folder`` (if any) and the annotator's other labels."""
        self.folder = Path(folder)
        self.model = None
        self._own_files = (Path(annotation_file), annotator, is_fallback)
        error = None
        if (self.folder / MANIFEST).exists():
            try:
                self.model = load(self.folder)
            except ModelError as problem:
                error = str(problem)
        warnings = self.stored.load(annotator_files(*self._own_files), read_training_folders(self.folder), annotator)
        known = len(self.examples(labels, open_sources))
        stale = known >= MIN_EXAMPLES and (self.model is None or self.model.example_count != known)
        return self.state(error=error, warnings=warnings, stale=stale)

    def train(self, labels: Sequence[LabelRef], open_sources: Sequence[str]) -> ModelState:
        """Train on every confirmed label and save the model; too few labels leave the model as it is."""
        examples = self.examples(labels, open_sources)
        if len(examples) < MIN_EXAMPLES:
            return self.state()
        outcome = train_and_save(examples, self.folder)
        self.model = outcome.model
        return self.state(error=outcome.error, trained=True)

    def add_folder(self, folder: Path, labels: Sequence[LabelRef], open_sources: Sequence[str]) -> ModelState:
        """Learn also from every label in ``folder``, remembered with the model."""
        collected = self.stored.add_folder(Path(folder))
        problem = None
        if collected.examples and self.folder is not None:
            try:
                write_training_folders(self.folder, self.stored.folders)
            except SaveError as error:
                problem = str(error)
        state = self.train(labels, open_sources)
        return replace(state, error=state.error or problem, warnings=tuple(collected.warnings),
                       folder_labels=len(collected.examples), folder_files=collected.files)

    def reset(self) -> ModelState:
        """Delete the model and the training folder list; keep the annotator's own labels."""
        if self.folder is not None:
            reset_model(self.folder)
        self.model = None
        if self._own_files is not None:
            self.stored.load(annotator_files(*self._own_files), [], self._own_files[1])
        return self.state()

    def predict(self, keys: Sequence[ReportKey]) -> dict[ReportKey, list[Suggestion]]:
        """Suggestions (rules and model) for each report still as the window has it."""
        model = self.model if self.model is not None and self.model.is_ready else None
        found: dict[ReportKey, list[Suggestion]] = {}
        for key in keys:
            report = self.report(key)
            if report is not None:
                found[key] = suggestions_in_order(report, model)
        return found

    def state(self, error: str | None = None, warnings: Sequence[str] = (), stale: bool = False,
              trained: bool = False) -> ModelState:
        model = self.model
        return ModelState(
            ready=model is not None and model.is_ready,
            example_count=model.example_count if model is not None else 0,
            folder=str(self.folder) if self.folder is not None else None,
            error=error, warnings=tuple(warnings), stale=stale, trained=trained,
        )


_SERVICE: SuggestionService | None = None
BACKGROUND_NICENESS = 10  # how much less CPU priority the child process takes


def lower_priority() -> None:
    """Make this process yield the processor to the window (where the system allows it)."""
    if hasattr(os, "nice"):
        try:
            os.nice(BACKGROUND_NICENESS)
        except OSError:
            pass


def run(method: str, *args: object) -> object:
    """Call a method of this process's service (made on first use); the pool's entry point."""
    global _SERVICE
    if _SERVICE is None:
        _SERVICE = SuggestionService()
    return getattr(_SERVICE, method)(*args)
