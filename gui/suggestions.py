"""Suggested labels in the window: shown paler than confirmed ones, accepted by a key, learned in the background.

``SuggestionController`` keeps a suggestion (``core.suggest.Suggestion``:
label, confidence, reason) for every sentence of each report shown: the
rules' at once when the report is first shown, then, once a model has learned
from enough confirmed labels, the model's where it is more confident
(``core.suggest``).  The report view tints sentences without a label in the
pale colour of their suggestion; the sentence panel says what is suggested
and why.

Accepting a suggestion saves it with ``source: suggested`` through the same
``LabelCommand`` a label key uses (which saves ``source: manual``); accepting
several at once, with different labels, is one ``AcceptSuggestionsCommand``.
Unaccepted suggestions are never saved.

The model lives in a folder beside the annotation file of the first report
opened (``core.suggest_training`` says where, and what it learns from).  It is
loaded when that report opens, retrained ``RETRAIN_IDLE_MS`` after the last
label change, or at once after ``RETRAIN_EVERY`` changes, and saved after
each training.  Loading, training and predicting run in a
``SuggestionWorker``; only their results reach the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QLabel

from core.annotations import SOURCE_SUGGESTED
from core.errors import SaveError
from core.suggest_model import MANIFEST, MIN_EXAMPLES, Example, ModelError, SuggestionModel, load
from core.suggest_rules import Suggestion, rule_suggestions
from core.suggest_training import (
    CollectedExamples,
    StoredExamples,
    TrainOutcome,
    annotator_files,
    model_folder,
    read_training_folders,
    reset_model,
    suggestions_in_order,
    train_and_save,
    write_training_folders,
)
from gui import suggestion_dialogs
from gui.suggestion_worker import SuggestionWorker
from gui.undo_commands import LabelCommand
from gui.workspace import OpenFile, ReportEntry, Workspace

if TYPE_CHECKING:
    from gui.main_window import MainWindow

RETRAIN_IDLE_MS = 3000
RETRAIN_EVERY = 10  # label changes
DEFAULT_ACCEPT_THRESHOLD = 0.9
THRESHOLD_KEY = "suggestions/acceptThreshold"
SHOW_KEY = "suggestions/show"

JOB_LOAD = "load"
JOB_TRAIN = "train"
JOB_FOLDER = "folder"
JOB_RESET = "reset"
JOB_PREDICT = "predict"


class AcceptSuggestionsCommand(QUndoCommand):
    """Accept the suggestions of several sentences (their labels may differ) as one undo step."""

    def __init__(self, workspace: Workspace, entry: ReportEntry, labels: dict[int, str], text: str) -> None:
        super().__init__(text)
        self.workspace = workspace
        self.entry = entry
        self.first = min(labels)
        groups: dict[str, list[int]] = {}
        for index in sorted(labels):
            groups.setdefault(labels[index], []).append(index)
        # one LabelCommand per label, kept here (not as Qt children, whose Python side could be collected)
        self.parts = [LabelCommand(workspace, entry, indexes, label, SOURCE_SUGGESTED)
                      for label, indexes in groups.items()]
        self._done_once = False

    def redo(self) -> None:
        for part in self.parts:  # the first time they change the labels without moving the reader
            part.redo()
        if self._done_once:
            self.workspace.reveal(self.entry, [self.first])
        self._done_once = True

    def undo(self) -> None:
        for part in reversed(self.parts):
            part.undo()
        self.workspace.reveal(self.entry, [self.first])  # one sentence, not a range a key would act on


class SuggestionController(QObject):
    """Suggestions of the open reports, the model behind them, and accepting them."""

    suggestionsChanged = Signal(object)  # ReportEntry: new suggestions arrived for it
    modelChanged = Signal()  # a model was loaded, trained or reset
    message = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = window.workspace
        self.tagging = window.tagging
        self.view = window.view
        self.panel = window.sentence_panel
        self.annotator = window.annotator
        self._settings = QSettings()
        self.model: SuggestionModel | None = None
        self.model_folder: Path | None = None
        self._annotation_file: tuple[Path, bool] | None = None  # of the file that chose the model folder
        self._stored = StoredExamples()  # touched only inside background jobs
        self._generation = 0  # counts model changes; predictions of an older model are dropped
        self._by_entry: dict[ReportEntry, list[Suggestion]] = {}
        self._predicted: dict[ReportEntry, int] = {}
        self._visited: dict[ReportEntry, set[int]] = {}
        self._changes = 0
        self._show = self._bool(SHOW_KEY, True)
        self.worker = SuggestionWorker(self)
        self._retrain_timer = QTimer(self)
        self._retrain_timer.setSingleShot(True)
        self._retrain_timer.setInterval(RETRAIN_IDLE_MS)
        self._retrain_timer.timeout.connect(self.retrain)
        self.status_label = QLabel(window.statusBar())
        self.status_label.setObjectName("suggestionStatus")
        window.statusBar().addPermanentWidget(self.status_label)
        self.worker.finished.connect(self._job_finished)
        self.worker.failed.connect(self._job_failed)
        self.worker.started.connect(lambda _kind: self._update_status())
        self.worker.busyChanged.connect(lambda _busy: self._update_status())
        self.workspace.fileAdded.connect(self._file_added)
        self.workspace.labelsChanged.connect(self._labels_changed)
        self.tagging.currentChanged.connect(self._show_current)
        self.message.connect(lambda text: window.statusBar().showMessage(text, 8000))
        self._update_status()

    # settings

    def _bool(self, key: str, default: bool) -> bool:
        value = self._settings.value(key, default)
        return value.lower() in ("true", "1", "yes") if isinstance(value, str) else bool(value)

    @property
    def accept_threshold(self) -> float:
        """The confidence a suggestion needs to be accepted with its section."""
        try:
            value = float(str(self._settings.value(THRESHOLD_KEY, DEFAULT_ACCEPT_THRESHOLD)))
        except (TypeError, ValueError):
            value = DEFAULT_ACCEPT_THRESHOLD
        return min(max(value, 0.0), 1.0)

    @accept_threshold.setter
    def accept_threshold(self, value: float) -> None:
        self._settings.setValue(THRESHOLD_KEY, float(value))

    @property
    def show_suggestions(self) -> bool:
        return self._show

    @show_suggestions.setter
    def show_suggestions(self, show: bool) -> None:
        self._show = bool(show)
        self._settings.setValue(SHOW_KEY, self._show)
        self.view.set_suggestions(self._view_labels(self.tagging.entry))
        self._show_current()

    # what is suggested

    def suggestion(self, entry: ReportEntry | None, index: int) -> Suggestion | None:
        """The suggestion for a sentence, if its label is one of the file's labels."""
        suggestions = self._by_entry.get(entry) if entry is not None else None
        if entry is None or suggestions is None or not 0 <= index < len(suggestions):
            return None
        found = suggestions[index]
        return found if entry.file.label(found.label) is not None else None

    def show_entry(self, entry: ReportEntry | None) -> None:
        """Before a report is shown: its rule suggestions (if not known yet) go to the view."""
        if entry is not None and entry not in self._by_entry:
            self._by_entry[entry] = rule_suggestions(entry.report)
        self.view.set_suggestions(self._view_labels(entry), refresh=False)

    def _view_labels(self, entry: ReportEntry | None):  # noqa: ANN202 - a callable or None
        if entry is None or not self._show or entry not in self._by_entry:
            return None
        suggestions = self._by_entry[entry]  # updated in place when the model predicts
        return lambda index: suggestions[index].label

    def _model_ready(self) -> bool:
        return self.model is not None and self.model.is_ready

    def _show_current(self) -> None:
        entry = self.tagging.entry
        if entry is None or not entry.report.sentences:
            self.panel.show_suggestion("")
            return
        found = self.suggestion(entry, entry.current)
        if found is None:
            self.panel.show_suggestion(self.tr("— none —"))
            return
        text = f"{found.label} ({found.confidence:.2f}, {found.reason})"
        label = entry.label_of(entry.current)
        if label == found.label:
            text += "  ✓"
        elif not self._show:
            text += "  " + self.tr("(hidden in the text)")
        definition = entry.file.label(found.label)
        self.panel.show_suggestion(text, definition.colour if definition is not None and label is None else None)

    # accepting

    def _usable_entry(self) -> ReportEntry | None:
        entry = self.tagging.entry
        if entry is None or not entry.report.sentences:
            return None
        if entry.read_only:
            self.message.emit(self.tr("This report is read-only: its annotation file could not be read. "
                                      "Labels cannot be changed."))
            return None
        if not self._show:
            self.message.emit(self.tr("Suggested labels are hidden (Tagging › Show suggested labels)."))
            return None
        return entry

    def accept_current(self) -> bool:
        """Accept the suggestions of the selected sentences without a label, and move on."""
        entry = self._usable_entry()
        if entry is None:
            return False
        indexes = list(entry.selected_range())
        labels = {index: found.label for index in indexes
                  if entry.label_of(index) is None and (found := self.suggestion(entry, index)) is not None}
        if len(set(labels.values())) == 1:
            self.window.undo_stack.push(LabelCommand(self.workspace, entry, sorted(labels), next(iter(labels.values())),
                                                     SOURCE_SUGGESTED))
        elif labels:
            self.window.undo_stack.push(AcceptSuggestionsCommand(self.workspace, entry, labels, self.tr(
                "accept %n suggestions", "", len(labels))))
        last = indexes[-1]
        following = (index for index in range(last + 1, len(entry.report.sentences)) if self.tagging.matches(index))
        self.tagging.go_to(next(following, last))
        return bool(labels)

    def section_of(self, entry: ReportEntry, index: int) -> tuple[str | None, list[int]]:
        """The innermost section of a sentence and the sentences in it (its sub-sections included)."""
        chain = entry.progress.chain(index)
        section_id = chain[-1] if chain else None
        count = len(entry.report.sentences)
        if section_id is None:
            return None, [other for other in range(count) if not entry.progress.chain(other)]
        return section_id, [other for other in range(count) if section_id in entry.progress.chain(other)]

    def accept_section(self) -> int:
        """Accept every suggestion of the current section at or above the threshold, as one undo step."""
        entry = self._usable_entry()
        if entry is None:
            return 0
        section_id, members = self.section_of(entry, entry.current)
        section = entry.report.section_by_id(section_id)
        title = section.title if section is not None else self.tr("before the first section")
        threshold = self.accept_threshold
        open_members = [index for index in members
                        if entry.label_of(index) is None and self.suggestion(entry, index) is not None]
        labels = {index: found.label for index in open_members
                  if (found := self.suggestion(entry, index)) is not None and found.confidence >= threshold}
        left = [index for index in open_members if index not in labels]
        if not labels:
            self.message.emit(self.tr("No suggestion in “%1” reaches the confidence %2.").replace(
                "%1", title).replace("%2", f"{threshold:.2f}"))
            return 0
        self.window.undo_stack.push(AcceptSuggestionsCommand(self.workspace, entry, labels, self.tr(
            "accept %n suggestions in “%1”", "", len(labels)).replace("%1", title)))
        self.message.emit(self.tr("Accepted %1 suggestion(s) in “%2” (confidence ≥ %3); %4 left for you.").replace(
            "%1", str(len(labels))).replace("%2", title).replace("%3", f"{threshold:.2f}").replace(
            "%4", str(len(left))))
        self.tagging.go_to(left[0] if left else entry.current)
        return len(labels)

    def next_uncertain(self) -> int | None:
        """Go to the sentence without a label whose suggestion is least confident.

        Sentences reached this way and left without a label are passed over
        the next time, so pressing the key again walks on to the next hardest.
        """
        entry = self.tagging.entry
        if entry is None or not entry.report.sentences:
            return None
        ranked = sorted((found.confidence, index) for index in range(len(entry.report.sentences))
                        if entry.label_of(index) is None and (found := self.suggestion(entry, index)) is not None)
        if not ranked:
            self.message.emit(self.tr("Every sentence has a label."))
            return None
        visited = self._visited.setdefault(entry, set())
        fresh = [index for _confidence, index in ranked if index not in visited]
        if not fresh:
            visited.clear()
            fresh = [index for _confidence, index in ranked if index != entry.current] or [ranked[0][1]]
            self.message.emit(self.tr("Every uncertain sentence was visited; starting again from the least confident."))
        target = fresh[0]
        visited.add(target)
        self.tagging.go_to(target)
        return target

    # the model

    def _file_added(self, open_file: OpenFile) -> None:
        if self.model_folder is not None:
            self._predict_missing()
            return
        annotations = open_file.annotations
        self.model_folder = model_folder(annotations.path, self.annotator, annotations.is_fallback)
        self._annotation_file = (annotations.path, annotations.is_fallback)
        folder, stored, annotator = self.model_folder, self._stored, self.annotator
        files_of = (annotations.path, annotator, annotations.is_fallback)
        open_examples, open_sources = self._open_examples(), self._open_sources()

        def work() -> tuple[SuggestionModel | None, str | None, list[str], bool]:
            model, error = None, None
            if (folder / MANIFEST).exists():
                try:
                    model = load(folder)
                except ModelError as problem:
                    error = str(problem)
            warnings = stored.load(annotator_files(*files_of), read_training_folders(folder), annotator)
            known = len(open_examples) + len(stored.without(open_sources))
            stale = known >= MIN_EXAMPLES and (model is None or model.example_count != known)
            return model, error, warnings, stale

        self.worker.submit(JOB_LOAD, work)

    def _open_examples(self) -> list[Example]:
        """The confirmed labels of every open report (read on the GUI thread, where they change)."""
        examples: list[Example] = []
        for entry in self.workspace.entries:
            sentences = entry.report.sentences
            examples.extend((entry.report, sentences[index], label)
                            for index, label in enumerate(entry.progress.labels) if label is not None)
        return examples

    def _open_sources(self) -> list[Path]:
        return [open_file.source for open_file in self.workspace.files]

    def _labels_changed(self, entry: ReportEntry, indexes: list[int]) -> None:
        if entry is self.tagging.entry:
            self._show_current()
        if self.model_folder is None:
            return
        self._changes += len(indexes)
        if self._changes >= RETRAIN_EVERY:
            self.retrain()
        else:
            self._retrain_timer.start()

    def retrain(self) -> bool:
        """Train again on every confirmed label, in the background; False before any report is open."""
        self._retrain_timer.stop()
        self._changes = 0
        if self.model_folder is None:
            return False
        folder, stored = self.model_folder, self._stored
        open_examples, open_sources = self._open_examples(), self._open_sources()

        def work() -> TrainOutcome | None:
            examples = open_examples + stored.without(open_sources)
            return train_and_save(examples, folder) if len(examples) >= MIN_EXAMPLES else None

        self.worker.submit(JOB_TRAIN, work)
        return True

    def train_from_folder(self, folder: Path | None = None) -> bool:
        """Learn also from the labels in a folder of annotation files (asked for when not given)."""
        if self.model_folder is None:
            self.message.emit(self.tr("Open a report first: the model is kept beside its labels."))
            return False
        if folder is None:
            folder = suggestion_dialogs.choose_training_folder(self.window, self.window.settings.last_folder)
            if folder is None:
                return False
        model_home, stored = self.model_folder, self._stored
        open_examples, open_sources = self._open_examples(), self._open_sources()

        def work() -> tuple[CollectedExamples, TrainOutcome | None, str | None]:
            collected = stored.add_folder(folder)
            problem = None
            if collected.examples:
                try:
                    write_training_folders(model_home, stored.folders)
                except SaveError as error:
                    problem = str(error)
            examples = open_examples + stored.without(open_sources)
            outcome = train_and_save(examples, model_home) if len(examples) >= MIN_EXAMPLES else None
            return collected, outcome, problem

        self._retrain_timer.stop()
        self.worker.submit(JOB_FOLDER, work)
        self.message.emit(self.tr("Reading the labels in %1…").replace("%1", str(folder)))
        return True

    def reset_model(self) -> bool:
        """Delete the learned model (after asking) and suggest by the rules until it learns again."""
        if self.model_folder is None or self._annotation_file is None:
            self.message.emit(self.tr("There is no suggestion model yet."))
            return False
        if not suggestion_dialogs.confirm_reset_model(self.window, self.model_folder):
            return False
        self._retrain_timer.stop()
        self.worker.cancel_pending()
        folder, stored, annotator = self.model_folder, self._stored, self.annotator
        path, is_fallback = self._annotation_file

        def work() -> None:
            reset_model(folder)
            stored.load(annotator_files(path, annotator, is_fallback), [], annotator)

        self.worker.submit(JOB_RESET, work)
        return True

    def stop(self) -> None:
        """On closing: no more retraining; a job already running finishes."""
        self._retrain_timer.stop()
        self.worker.cancel_pending()

    # results

    def _job_finished(self, kind: str, result: object) -> None:
        if kind == JOB_LOAD:
            model, error, warnings, stale = result  # type: ignore[misc]
            if error:
                self.message.emit(self.tr("The saved suggestion model was not used: %1").replace("%1", error))
            elif warnings:
                self.message.emit(warnings[0])
            self._set_model(model)
            if stale:
                self.retrain()
        elif kind == JOB_TRAIN and result is not None:
            self._trained(result)  # type: ignore[arg-type]
        elif kind == JOB_FOLDER:
            collected, outcome, problem = result  # type: ignore[misc]
            self.message.emit(self.tr("Learned from %1 label(s) in %2 file(s).%3").replace(
                "%1", str(len(collected.examples))).replace("%2", str(collected.files)).replace(
                "%3", " " + " ".join([*collected.warnings[:1], *([problem] if problem else [])])))
            if outcome is not None:
                self._trained(outcome)
        elif kind == JOB_RESET:
            self._set_model(None)
            self.message.emit(self.tr("The suggestion model was reset: the rules suggest until it learns again."))
        elif kind == JOB_PREDICT:
            generation, predictions = result  # type: ignore[misc]
            if generation == self._generation:
                self._apply_predictions(predictions)

    def _trained(self, outcome: TrainOutcome) -> None:
        if outcome.error:
            self.message.emit(outcome.error)
        self._set_model(outcome.model)

    def _job_failed(self, kind: str, error: object) -> None:
        detail = f"{type(error).__name__}: {error}"
        self.message.emit(self.tr("Suggestions: %1 failed (%2); the rules still suggest.").replace(
            "%1", kind).replace("%2", detail))

    def _set_model(self, model: SuggestionModel | None) -> None:
        had_model = self._model_ready()
        self.model = model
        self._generation += 1
        self._predicted.clear()
        if not self._model_ready() and had_model:
            self._back_to_rules()
        self._update_status()
        self.modelChanged.emit()
        self._predict_missing()

    def _back_to_rules(self) -> None:
        for entry, suggestions in self._by_entry.items():
            suggestions[:] = rule_suggestions(entry.report)
        self._refresh_shown()

    def _predict_missing(self) -> None:
        if not self._model_ready():
            return
        model, generation = self.model, self._generation
        shown = self.tagging.entry
        missing = sorted((entry for entry in self.workspace.entries if self._predicted.get(entry) != generation),
                         key=lambda entry: entry is not shown)
        if not missing:
            return
        reports = [(entry, entry.report) for entry in missing]

        def work() -> tuple[int, dict[ReportEntry, list[Suggestion]]]:
            return generation, {entry: suggestions_in_order(report, model) for entry, report in reports}

        self.worker.submit(JOB_PREDICT, work)

    def _apply_predictions(self, predictions: dict[ReportEntry, list[Suggestion]]) -> None:
        for entry, suggestions in predictions.items():
            self._predicted[entry] = self._generation
            if entry in self._by_entry:
                self._by_entry[entry][:] = suggestions  # in place: the view's callable reads this list
            else:
                self._by_entry[entry] = suggestions
        self._refresh_shown()
        for entry in predictions:
            self.suggestionsChanged.emit(entry)

    def _refresh_shown(self) -> None:
        if self.tagging.entry is not None and self._show:
            self.view.refresh_all()
        self._show_current()

    def _update_status(self) -> None:
        running = self.worker.running_kind
        if self._model_ready():
            assert self.model is not None
            text = self.tr("Suggestions: rules + model (%1 labels)").replace("%1", str(self.model.example_count))
        else:
            text = self.tr("Suggestions: rules")
        if running in (JOB_LOAD, JOB_TRAIN, JOB_FOLDER):
            text += " · " + (self.tr("learning…") if running != JOB_LOAD else self.tr("loading…"))
        self.status_label.setText(text)
        self.status_label.setToolTip(self.tr("The model is kept in %1").replace("%1", str(self.model_folder))
                                     if self.model_folder is not None else "")
