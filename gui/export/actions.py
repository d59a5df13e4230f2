"""File › Export training data…, Import labels… and Word summary….

Each action asks through ``gui.shell.dialogs``, then runs a core function
(``export_training``, ``import_training``, ``write_summary``) off the GUI
thread with a progress dialog (``gui.shell.task_runner``), and reports the outcome
in a message box and the status bar.  Exports and imports save pending labels
first, so they see the latest ones; an import changes the open annotation
sets as one undo step (``gui.export.import_labels``).  A failure says why and
leaves every annotation file and every label in the window as it was.
"""

from __future__ import annotations

import copy
import dataclasses
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal, Slot
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QWidget

from core.annotations.atomic_write import os_error_reason
from core.annotations.sources import annotation_files_for
from core.compare.year_pairs import find_year_pairs, place_key
from core.errors import AnnotationFileError, ExportError, LoadError, SaveError
from core.export.output_files import UnsafeOutputError, check_outputs
from core.export.training_export import FORMAT_DOCCANO, MAX_LISTED_WARNINGS, ExportResult, export_labelled
from core.export.training_import import TrainingImportError
from core.file_names import readable
from core.summary.batch import brief_file_name, plan_for
from core.summary.word_summary import Annotated, SummaryError, is_later, write_summary
from gui.export.dialogs import ExportOptions, ask_replace_files
from gui.export.import_labels import ImportPlan, apply_import, live_state, plan_import
from gui.language.core_messages import error_text, notice_text
from gui.shell import dialogs
from gui.shell.settings import AppSettings
from gui.shell.task_runner import Progress, TaskRunner, show_progress
from gui.shell.translation import Translator
from gui.tagging.autosave import Autosaver
from gui.tagging.workspace import ReportEntry, Workspace

USER_ERRORS = (ExportError, TrainingImportError, SummaryError, LoadError, AnnotationFileError, SaveError, ValueError)
STATUS_MS = 10000

_tr = Translator("ExportActions")


@dataclass
class _Task:
    """The task running now: how to name it, what to do with its result, what to say otherwise."""

    title: str
    on_success: Callable[[object], None]
    cancelled_message: str
    failure_note: str
    outcome: tuple[str, object] | None = None  # ("succeeded" | "failed" | "cancelled", value)


class ExportActions(QObject):
    """The window's export, import and summary actions and the background work behind them."""

    taskFinished = Signal()  # an export, import or summary ended and its outcome was shown

    def __init__(self, parent: QWidget, workspace: Workspace, undo_stack: QUndoStack, autosaver: Autosaver,
                 settings: AppSettings, annotator: str, current_entry: Callable[[], ReportEntry | None],
                 show_message: Callable[[str, int], None]) -> None:
        """``parent`` owns the dialogs; ``current_entry`` is the report shown; ``show_message`` the status bar."""
        super().__init__(parent)
        self.host = parent
        self.workspace = workspace
        self.undo_stack = undo_stack
        self.autosaver = autosaver
        self.settings = settings
        self.annotator = annotator
        self.current_entry = current_entry
        self.show_message = show_message
        self.runner = TaskRunner(self)
        self._task: _Task | None = None
        self._output_folder = ""
        self._import_folder = ""
        self.export_action = self._action(self.tr("Export &training data…"), self.export_training,
                                          "exportTrainingAction")
        self.import_action = self._action(self.tr("&Import labels…"), self.import_labels, "importLabelsAction")
        self.summary_action = self._action(self.tr("&Word summary…"), self.word_summary, "wordSummaryAction")
        self.runner.succeeded.connect(lambda result: self._record("succeeded", result))
        self.runner.failed.connect(lambda error: self._record("failed", error))
        self.runner.cancelled.connect(lambda: self._record("cancelled", None))
        # queued: the progress dialog has closed before the outcome is shown
        self.runner.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)

    def _action(self, text: str, slot: Callable[[], None], name: str) -> QAction:
        action = QAction(text, self.host)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    @property
    def actions(self) -> list[QAction]:
        return [self.export_action, self.import_action, self.summary_action]

    def finish(self) -> None:
        """On closing: let an export or summary being written finish (the only background work that writes)."""
        if self.runner.busy:
            self.runner.wait()

    @property
    def busy(self) -> bool:
        return self._task is not None

    # export

    def export_training(self) -> None:
        """Ask for the export's options, save pending labels, export in the background."""
        if self.busy:
            return
        title = self.tr("Export training data")
        suggested = ExportOptions(output=self._suggested_folder() / "training.jsonl")
        options = dialogs.ask_export_options(self.host, len(self.workspace.files), suggested)
        if options is None:
            return
        self._output_folder = str(options.output.parent)
        if not self._save_first(title):
            return
        sources: list[Path]
        notes: list[str]
        if options.folder is not None:
            sources, notes = [options.folder], []
        else:
            sources, notes = self._open_sources(options.include_unlabelled)
        if not sources:
            dialogs.show_information(self.host, title,
                                     self.tr("There is nothing to export.") + "\n\n" + "\n".join(notes))
            return

        def work(progress: Progress) -> ExportResult:
            return export_labelled(sources, options.output, format=options.format, notes=notes,
                                   include_unlabelled=options.include_unlabelled, split=options.split,
                                   seed=options.seed, progress=progress, overwrite=options.overwrite)

        self._run(title, self.tr("Collecting the labelled reports…"), work,
                  lambda result: self._export_done(result, options),  # type: ignore[arg-type]
                  self.tr("Export cancelled; nothing was written."),
                  self.tr("Nothing was exported. Your labels and annotation files are unchanged."),
                  self.tr("Writing the files…"))

    def _open_sources(self, include_unlabelled: bool) -> tuple[list[Path], list[str]]:
        """This annotator's saved annotation files of the open reports, and notes about files left out."""
        sources: list[Path] = []
        notes: list[str] = []
        for open_file in self.workspace.files:
            annotations = open_file.annotations
            if annotations.read_only:
                notes.append(self.tr("%1 is left out: its annotation file could not be read.").replace(
                    "%1", readable(open_file.source.name)))
            elif annotations.path.is_file():
                sources.append(annotations.path)
            elif include_unlabelled and not annotation_files_for(open_file.source):
                sources.append(open_file.source)
            else:
                notes.append(self.tr("%1 is left out: you have not labelled it yet.").replace(
                    "%1", readable(open_file.source.name)))
        return sources, notes

    def _export_done(self, result: ExportResult, options: ExportOptions) -> None:
        if options.format == FORMAT_DOCCANO:
            text = self.tr("Wrote %1 report document(s) with %2 labelled span(s) from %3 report(s).")
        else:
            text = self.tr("Wrote %1 sentence(s), %2 of them labelled, from %3 report(s).")
        text = text.replace("%1", str(result.records)).replace("%2", str(result.labelled)).replace(
            "%3", str(result.reports))
        warnings = list(result.warnings)
        for name, part in result.parts.items():
            text += "\n" + self.tr("%1: %2 report(s), %3 sentence(s)").replace("%1", name).replace(
                "%2", str(part.reports)).replace("%3", str(part.labelled if options.format == FORMAT_DOCCANO
                                                          else part.sentences))
            empty = [name for name, count in result.split_counts.items() if not count]
            if empty:
                warnings.insert(0, self.tr("No report went to %1: there are too few reports for this split.").replace(
                    "%1", ", ".join(empty)))
        text += "\n\n" + self.tr("Files:") + "\n" + "\n".join(str(path) for path in result.files)
        self._report(self.tr("Training data exported"), text, warnings)
        self.show_message(self.tr("Exported %n record(s) to %1", "", result.records).replace(
            "%1", str(options.output.parent)), STATUS_MS)

    # import

    def import_labels(self) -> None:
        """Choose training files, save pending labels, and import into the open reports as one undo step."""
        if self.busy:
            return
        title = self.tr("Import labels")
        writable = [open_file for open_file in self.workspace.files if not open_file.read_only]
        if not writable:
            dialogs.show_information(self.host, title, self.tr(
                "Open the reports the labels belong to first; labels are imported into the open reports."))
            return
        files = dialogs.choose_training_files(self.host, self._import_folder or self.settings.last_folder)
        if not files:
            return
        self._import_folder = str(files[0].parent)
        if not self._save_first(title):
            return
        live = {open_file.source.resolve(): live_state(open_file) for open_file in writable}
        sources = [open_file.source for open_file in writable]
        annotator = self.annotator

        def work(progress: Progress) -> ImportPlan:
            return plan_import(files, sources, annotator, live, progress)

        self._run(title, self.tr("Reading the labels…"), work,
                  lambda plan: self._import_done(plan, files),  # type: ignore[arg-type]
                  self.tr("Import cancelled; nothing was imported."),
                  self.tr("Nothing was imported. Your labels and annotation files are unchanged."),
                  self.tr("Comparing with the labels in the window…"))

    def _import_done(self, plan: ImportPlan, files: list[Path]) -> None:
        names = ", ".join(path.name for path in files)
        applied = apply_import(self.workspace, self.undo_stack, plan,
                               self.tr("Import labels from %1").replace("%1", names))
        if applied.changed:
            self.autosaver.save_all()  # a failure shows the save banner; the labels stay in the window
        result = plan.result
        if applied.changed:
            where = ", ".join(applied.reports) if len(applied.reports) <= 3 else self.tr("%1 reports").replace(
                "%1", str(len(applied.reports)))
            text = self.tr("%1 sentence(s) in %2 got a new or different label from %3.").replace(
                "%1", str(applied.changed)).replace("%2", where).replace("%3", names)
            if result.labelled > applied.changed:
                text += " " + self.tr("%n sentence(s) already had the imported label.", "",
                                      result.labelled - applied.changed)
        elif result.labelled:
            text = self.tr("The %n sentence(s) labelled in %1 already have these labels; nothing changed.", "",
                           result.labelled).replace("%1", names)
        else:
            text = self.tr("No sentence of the open reports was labelled by %1.").replace("%1", names)
        if applied.new_labels:
            text += "\n" + self.tr("New labels added to the label set: %1").replace("%1", ", ".join(applied.new_labels))
        if applied.changed:
            text += "\n\n" + self.tr("Edit › Undo takes the whole import back.")
        self._report(self.tr("Labels imported"), text, [*result.warnings, *applied.skipped])
        self.show_message(self.tr("Imported %n label(s) from %1", "", applied.changed).replace("%1", names), STATUS_MS)

    # Word summary

    def word_summary(self) -> None:
        """Write a Word summary of the report shown, optionally compared with another open report."""
        if self.busy:
            return
        title = self.tr("Word summary")
        entry = self.current_entry()
        if entry is None:
            dialogs.show_information(self.host, title,
                                     self.tr("Open a report first; the summary is of the report shown."))
            return
        others = self._comparable(entry)
        choices = [f"{other.report.display_name()} — {readable(other.file.source.name)}" for other in others]
        folder = self._suggested_folder()
        # a later report chosen: the brief written is that report's, judging this one's targets (build_document)
        later = [(other.report.display_name(), folder / brief_file_name(other.report))
                 if is_later(other.report, entry.report) else None for other in others]
        options = dialogs.ask_summary_options(self.host, entry.report.display_name(), choices,
                                              self._year_partner(entry, others),
                                              folder / brief_file_name(entry.report), later)
        if options is None:
            return
        if options.folder is not None:
            self._briefs_of_open_reports(title, options.folder, options.full)
            return
        self._output_folder = str(options.output.parent)
        main = _snapshot(entry)
        compare = _snapshot(others[options.compare]) if options.compare is not None else None
        output, overwrite, full = options.output, options.overwrite, options.full

        def work(progress: Progress) -> Path:
            return write_summary(output, main, compare, progress, overwrite=overwrite, full=full)

        self._run(title, self.tr("Writing the summary…"), work, self._summary_done,  # type: ignore[arg-type]
                  self.tr("Summary cancelled; nothing was written."),
                  self.tr("No summary was written. Your labels are unchanged."),
                  self.tr("Saving the summary…"))

    def _briefs_of_open_reports(self, title: str, folder: Path, full: bool) -> None:
        """One brief per open report into ``folder``, each paired with its place's year before when open."""
        self._output_folder = str(folder)
        planned = plan_for([_snapshot(entry) for entry in self.workspace.entries], folder)
        try:
            existing = check_outputs([brief.output for brief in planned], overwrite=True)
        except (UnsafeOutputError, OSError) as error:
            dialogs.show_error(self.host, title, error_message(error))
            return
        if existing and not ask_replace_files(self.host, title, existing):
            return

        def work(progress: Progress) -> Path:
            folder.mkdir(parents=True, exist_ok=True)
            for done, brief in enumerate(planned):
                progress(done, len(planned))
                write_summary(brief.output, brief.main, brief.previous, overwrite=True, full=full)
            progress(len(planned), len(planned))
            return folder

        self._run(title, self.tr("Writing %1 briefs…").replace("%1", str(len(planned))), work,
                  self._summary_done,  # type: ignore[arg-type]
                  self.tr("Briefs cancelled; those written so far are kept."),
                  self.tr("Not every brief was written. Your labels are unchanged."),
                  self.tr("Saving the briefs…"))

    def _comparable(self, entry: ReportEntry) -> list[ReportEntry]:
        """The other open reports, those of the same place first, by year."""
        key = place_key(entry.report.place) if entry.report.place else None

        def order(other: ReportEntry) -> tuple[int, int, str]:
            same = key is not None and bool(other.report.place) and place_key(other.report.place) == key
            return (0 if same else 1, other.report.year or 0, other.report.display_name())

        return sorted((other for other in self.workspace.entries if other is not entry), key=order)

    @staticmethod
    def _year_partner(entry: ReportEntry, others: list[ReportEntry]) -> int | None:
        """The index of the report of the year before (else after) of the same place, if open."""
        pairs = find_year_pairs([entry.report, *(other.report for other in others)])
        position = {id(other.report): index for index, other in enumerate(others)}
        earlier = [position[id(old)] for old, new in pairs if new is entry.report and id(old) in position]
        later = [position[id(new)] for old, new in pairs if old is entry.report and id(new) in position]
        found = earlier or later
        return found[0] if found else None

    def _summary_done(self, path: Path) -> None:
        self.show_message(self.tr("Summary written to %1").replace("%1", str(path)), STATUS_MS)
        dialogs.offer_to_open(self.host, self.tr("Summary written"),
                              self.tr("The summary was written to\n%1").replace("%1", str(path)), path)

    # running and reporting

    def _save_first(self, title: str) -> bool:
        """Save pending labels so the work sees them; False (and a message) when they cannot be saved."""
        failures = self.autosaver.save_all()
        if not failures:
            return True
        dialogs.show_error(self.host, title, self.tr(
            "Your latest labels could not be saved, so they would be missing. Nothing was done; the labels are "
            "kept in the window and saving is retried.\n\n%1").replace(
            "%1", "\n".join(failure.message for failure in failures)))
        return False

    def _suggested_folder(self) -> Path:
        for folder in (self._output_folder, self.settings.last_folder,
                       QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)):
            if folder and Path(folder).is_dir():
                return Path(folder)
        return Path.home()

    def _run(self, title: str, label: str, work: Callable[[Progress], object], on_success: Callable[[object], None],
             cancelled_message: str, failure_note: str, finishing_label: str) -> None:
        self._task = _Task(title, on_success, cancelled_message, failure_note)
        for action in self.actions:
            action.setEnabled(False)
        show_progress(self.host, self.runner, title, label, finishing_label=finishing_label)
        self.runner.start(work)

    def _record(self, kind: str, value: object) -> None:
        if self._task is not None:
            self._task.outcome = (kind, value)

    @Slot()
    def _finished(self) -> None:
        task, self._task = self._task, None
        for action in self.actions:
            action.setEnabled(True)
        try:
            if task is None or task.outcome is None:
                return
            kind, value = task.outcome
            if kind == "succeeded":
                task.on_success(value)
            elif kind == "cancelled":
                self.show_message(task.cancelled_message, STATUS_MS)
            else:
                dialogs.show_error(self.host, task.title, error_message(value) + "\n\n" + task.failure_note)
        finally:
            self.taskFinished.emit()

    def _report(self, title: str, text: str, warnings: list[str]) -> None:
        if not warnings:
            dialogs.show_information(self.host, title, text)
            return
        listed = [notice_text(warning) for warning in warnings[:MAX_LISTED_WARNINGS]]
        if len(warnings) > len(listed):
            listed.append(self.tr("… and %1 more.").replace("%1", str(len(warnings) - len(listed))))
        dialogs.show_warning(self.host, title, text + "\n\n" + self.tr("Please note:") + "\n• " + "\n• ".join(listed))


def error_message(error: object) -> str:
    """A sentence for the user about an exception from the work."""
    if isinstance(error, OSError):
        reason = os_error_reason(error)
        where = f" ({error.filename})" if error.filename else ""
        return f"{reason[:1].upper()}{reason[1:]}{where}."
    if isinstance(error, USER_ERRORS):
        return error_text(error)
    if isinstance(error, BaseException):
        detail = "".join(traceback.format_exception_only(type(error), error)).strip()
        return _tr("Something went wrong that should not have (a bug in the program): %1").replace("%1", detail)
    return str(error)


def _snapshot(entry: ReportEntry) -> Annotated:
    """The report and its labels as they are now, for a worker to read while the user goes on labelling."""
    report = dataclasses.replace(entry.report, metadata=copy.deepcopy(entry.report.metadata))
    return Annotated(report, copy.deepcopy(entry.annotations))
