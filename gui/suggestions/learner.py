"""The suggestion model of the window: loaded, retrained and asked in the background.

The model lives in a folder beside the annotation file of the first report
opened (``core.suggest.training`` says where, and what it learns from).  It is
loaded shortly after that report opens (``LOAD_DELAY_MS``; a child process
is started only when there is something to load or enough labels to learn
from), retrained
``RETRAIN_IDLE_MS`` after the last label change, or at once after
``RETRAIN_EVERY`` changes, and saved after each training.  All of that runs
in the child process of a ``SuggestionWorker`` (``core.suggest.service``):
the model never enters the GUI process, only its ``ModelState`` and the
suggestions it makes, which arrive by ``predicted``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from core.suggest.model import MANIFEST, MIN_EXAMPLES
from core.suggest.rules import Suggestion
from core.suggest.service import LabelRef, ModelState, ReportKey
from core.suggest.training import TRAINING_FOLDERS_FILE, annotator_files, model_folder
from gui.suggestions import dialogs as suggestion_dialogs
from gui.suggestions.worker import SuggestionWorker
from gui.tagging.workspace import OpenFile, ReportEntry, Workspace

RETRAIN_IDLE_MS = 3000
RETRAIN_EVERY = 10  # label changes
LOAD_DELAY_MS = 1500  # after a report opens: let it be parsed and shown before the model loads

JOB_LOAD = "load"
JOB_TRAIN = "train"
JOB_FOLDER = "folder"
JOB_RESET = "reset"
JOB_PREDICT = "predict"


class SuggestionLearner(QObject):
    """Keeps the model of the open reports learning, and asks it for their suggestions."""

    predicted = Signal(object, list)  # ReportEntry, list[Suggestion] in sentence order
    modelChanged = Signal()  # a model was loaded, trained or reset: ``state`` is new
    message = Signal(str)

    def __init__(self, workspace: Workspace, annotator: str, status_bar: QStatusBar, dialog_parent: QWidget,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.annotator = annotator
        self.dialog_parent = dialog_parent
        self.shown: ReportEntry | None = None  # predicted first
        self.state: ModelState | None = None  # of the model in the worker's process
        self.model_folder: Path | None = None
        self._annotation_file: tuple[Path, bool] | None = None  # of the file that chose the model folder
        self._opened = False  # the worker's process has opened the model
        self._generation = 0  # counts model changes; predictions of an older model are dropped
        self._keys: dict[ReportEntry, ReportKey] = {}
        self._predicted: dict[ReportEntry, int] = {}
        self._changes = 0
        self.worker = SuggestionWorker(self)
        self._retrain_timer = QTimer(self)
        self._retrain_timer.setSingleShot(True)
        self._retrain_timer.setInterval(RETRAIN_IDLE_MS)
        self._retrain_timer.timeout.connect(self.retrain)
        self._load_timer = QTimer(self)
        self._load_timer.setSingleShot(True)
        self._load_timer.setInterval(LOAD_DELAY_MS)
        self._load_timer.timeout.connect(self._load_if_needed)
        self.status_label = QLabel(status_bar)
        self.status_label.setObjectName("suggestionStatus")
        status_bar.addPermanentWidget(self.status_label)
        self.worker.finished.connect(self._job_finished)
        self.worker.failed.connect(self._job_failed)
        self.worker.started.connect(lambda _kind: self._update_status())
        self.worker.busyChanged.connect(lambda _busy: self._update_status())
        workspace.fileAdded.connect(self._file_added)
        workspace.labelsChanged.connect(self._labels_changed)
        self._update_status()

    @property
    def ready(self) -> bool:
        """Whether the model has learned enough to change suggestions."""
        return self.state is not None and self.state.ready

    # what the model learns from

    def _file_added(self, open_file: OpenFile) -> None:
        if self.model_folder is None:
            annotations = open_file.annotations
            self.model_folder = model_folder(annotations.path, self.annotator, annotations.is_fallback)
            self._annotation_file = (annotations.path, annotations.is_fallback)
            self._update_status()
        if self._opened:
            self._predict_missing()
        else:
            self._load_timer.start()

    def _load_if_needed(self) -> None:
        if not self._opened and self._something_to_load():
            self._open_model()

    def _something_to_load(self) -> bool:
        """Whether there is a model, a training folder or enough labels; else no process is started yet."""
        assert self.model_folder is not None and self._annotation_file is not None
        if (self.model_folder / MANIFEST).exists() or (self.model_folder / TRAINING_FOLDERS_FILE).exists():
            return True
        path, is_fallback = self._annotation_file
        open_files = {open_file.annotations.path for open_file in self.workspace.files}
        others = [found for found in annotator_files(path, self.annotator, is_fallback) if found not in open_files]
        return bool(others) or len(self._label_refs()) >= MIN_EXAMPLES

    def _open_model(self) -> None:
        assert self.model_folder is not None and self._annotation_file is not None
        path, is_fallback = self._annotation_file
        self._opened = True
        self._load_timer.stop()
        self.worker.submit(JOB_LOAD, "open", self.model_folder, path, self.annotator, is_fallback,
                           self._label_refs(), self._open_sources())

    def _key(self, entry: ReportEntry) -> ReportKey:
        key = self._keys.get(entry)
        if key is None:
            key = self._keys[entry] = ReportKey.of(entry.report)
        return key

    def _label_refs(self) -> list[LabelRef]:
        """The confirmed labels of every open report (read on the GUI thread, where they change)."""
        refs: list[LabelRef] = []
        for entry in self.workspace.entries:
            key, sentences = self._key(entry), entry.report.sentences
            refs.extend((key, sentences[index].id, label)
                        for index, label in enumerate(entry.progress.labels) if label is not None)
        return refs

    def _open_sources(self) -> list[str]:
        return [str(open_file.source) for open_file in self.workspace.files]

    def _labels_changed(self, _entry: ReportEntry, indexes: list[int]) -> None:
        if self.model_folder is None:
            return
        self._changes += len(indexes)
        if self._changes >= RETRAIN_EVERY:
            self.retrain()
        else:
            self._retrain_timer.start()

    # commands

    def retrain(self) -> bool:
        """Train again on every confirmed label, in the background; False before any report is open."""
        self._retrain_timer.stop()
        self._changes = 0
        if self.model_folder is None:
            return False
        if not self._opened:
            if len(self._label_refs()) < MIN_EXAMPLES:
                return False  # nothing stored, nothing saved: too few labels to learn from
            self._open_model()
        self.worker.submit(JOB_TRAIN, "train", self._label_refs(), self._open_sources())
        return True

    def train_from_folder(self, folder: Path | None = None, start: str = "") -> bool:
        """Learn also from the labels in a folder of annotation files (asked for when not given)."""
        if self.model_folder is None:
            self.message.emit(self.tr("Open a report first: the model is kept beside its labels."))
            return False
        if folder is None:
            folder = suggestion_dialogs.choose_training_folder(self.dialog_parent, start)
            if folder is None:
                return False
        if not self._opened:
            self._open_model()
        self._retrain_timer.stop()
        self.worker.submit(JOB_FOLDER, "add_folder", Path(folder), self._label_refs(), self._open_sources())
        self.message.emit(self.tr("Reading the labels in %1…").replace("%1", str(folder)))
        return True

    def reset_model(self) -> bool:
        """Delete the learned model (after asking) and suggest by the rules until it learns again."""
        if self.model_folder is None:
            self.message.emit(self.tr("There is no suggestion model yet."))
            return False
        if not suggestion_dialogs.confirm_reset_model(self.dialog_parent, self.model_folder):
            return False
        self._retrain_timer.stop()
        self.worker.cancel_pending()
        if not self._opened:
            self._open_model()
        self.worker.submit(JOB_RESET, "reset")
        return True

    def stop(self) -> None:
        """On closing: no more retraining; the child process ends after a job already running."""
        self._retrain_timer.stop()
        self._load_timer.stop()
        self.worker.shutdown()

    # results

    def _job_finished(self, kind: str, result: object, tag: object) -> None:
        if kind == JOB_PREDICT:
            assert isinstance(tag, tuple) and isinstance(result, dict)
            generation, entries = tag
            if generation == self._generation:  # else a newer model's predictions are on their way
                self._apply_predictions(result, entries)
            return
        assert isinstance(result, ModelState)
        problems = [*([result.error] if result.error else []), *result.warnings[:1]]
        if kind == JOB_FOLDER:
            self.message.emit(" ".join([self.tr("Learned from %1 label(s) in %2 file(s).").replace(
                "%1", str(result.folder_labels)).replace("%2", str(result.folder_files)), *problems]))
        elif kind == JOB_RESET:
            self.message.emit(self.tr("The suggestion model was reset: the rules suggest until it learns again."))
        elif problems:
            self.message.emit(self.tr("Suggestions: %1").replace("%1", " ".join(problems)))
        if kind in (JOB_LOAD, JOB_RESET) or result.trained:
            self._set_state(result)
        if kind == JOB_LOAD and result.stale:
            self.retrain()

    def _job_failed(self, kind: str, error: object) -> None:
        self._opened = False  # the child may have died with its state; the next job opens the model again
        self.worker.restart()
        detail = f"{type(error).__name__}: {error}"
        self.message.emit(self.tr("Suggestions: %1 failed (%2); the rules still suggest.").replace(
            "%1", kind).replace("%2", detail))

    def _set_state(self, state: ModelState) -> None:
        self.state = state
        self._generation += 1
        self._predicted.clear()
        self._update_status()
        self.modelChanged.emit()
        self._predict_missing()

    def _predict_missing(self) -> None:
        if not self.ready:
            return
        generation, shown = self._generation, self.shown
        missing = sorted((entry for entry in self.workspace.entries if self._predicted.get(entry) != generation),
                         key=lambda entry: entry is not shown)
        if missing:
            self.worker.submit(JOB_PREDICT, "predict", [self._key(entry) for entry in missing],
                               tag=(generation, {self._key(entry): entry for entry in missing}))

    def _apply_predictions(self, predictions: dict[ReportKey, list[Suggestion]],
                           entries: dict[ReportKey, ReportEntry]) -> None:
        for key, suggestions in predictions.items():
            entry = entries.get(key)
            if entry is not None and len(suggestions) == len(entry.report.sentences):
                self._predicted[entry] = self._generation
                self.predicted.emit(entry, suggestions)

    def _update_status(self) -> None:
        running = self.worker.running_kind
        if self.ready:
            assert self.state is not None
            text = self.tr("Suggestions: rules + model (%1 labels)").replace("%1", str(self.state.example_count))
        else:
            text = self.tr("Suggestions: rules")
        if running in (JOB_LOAD, JOB_TRAIN, JOB_FOLDER):
            text += " · " + (self.tr("learning…") if running != JOB_LOAD else self.tr("loading…"))
        self.status_label.setText(text)
        self.status_label.setToolTip(self.tr("The model is kept in %1").replace("%1", str(self.model_folder))
                                     if self.model_folder is not None else "")
