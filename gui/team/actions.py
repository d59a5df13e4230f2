"""Team › Adjudicate…, Team status… and Agreement of this report….

Each gathers every annotator's files of the open reports (``core.team``),
beside them, in the data folder and in the folders of others' labels the
user added (kept in the settings), off
the GUI thread (``gui.shell.task_runner``), after saving pending labels so the
window's own are counted, then shows the result: the adjudication view over
the gold files (``gold``), the team's progress as a table, or the shown
report's agreement.  Views are opened through ``open_view`` (a test may
replace it); errors a user can cause are said in a message box.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from core.errors import AnnotationFileError, ExportError, LoadError, SaveError
from core.team.adjudication import DEFAULT_GOLD, GoldFile, open_gold
from core.team.agreement import Agreement, measure, report_rows
from core.team.status import team_status
from core.team.team_reports import Team, gather
from gui.language.core_messages import error_text
from gui.shell import dialogs
from gui.shell.settings import AppSettings
from gui.shell.task_runner import Progress, TaskRunner, show_progress
from gui.tagging.workspace import ReportEntry, Workspace
from gui.team.adjudication_dialog import AdjudicationDialog
from gui.team.team_tables import ReportAgreementDialog, TeamStatusDialog

USER_ERRORS = (ExportError, LoadError, AnnotationFileError, SaveError)


def open_view(view: QDialog) -> None:
    """Show a team view (not modal: the window stays usable)."""
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.show()
    view.raise_()
    view.activateWindow()


class TeamActions(QObject):
    """The Team menu's actions and the background work behind them."""

    def __init__(self, parent: QWidget, workspace: Workspace, settings: AppSettings, save_first: Callable[[], bool],
                 current_entry: Callable[[], ReportEntry | None],
                 show_message: Callable[[str, int], None] = lambda _text, _ms: None) -> None:
        super().__init__(parent)
        self.host = parent
        self.workspace = workspace
        self.settings = settings
        self.show_message = show_message
        self.save_first = save_first
        self.current_entry = current_entry
        self.runner = TaskRunner(self)
        self.adjudication: AdjudicationDialog | None = None  # the adjudication view, while open
        self._on_success: Callable[[object], None] = lambda _result: None
        self._title = ""
        self.runner.succeeded.connect(lambda result: self._on_success(result))
        self.runner.failed.connect(self._failed)
        self.adjudicate_action = self._action(self.tr("&Adjudicate…"), self.adjudicate, "adjudicateAction")
        self.status_action = self._action(self.tr("Team &status…"), self.team_status, "teamStatusAction")
        self.agreement_action = self._action(self.tr("A&greement of this report…"), self.report_agreement,
                                             "reportAgreementAction")
        self.add_folder_action = self._action(self.tr("Add a &folder of others' labels…"), self.add_label_folder,
                                              "addLabelFolderAction")
        self.forget_folders_action = self._action(self.tr("&Forget the added folders"), self.forget_label_folders,
                                                  "forgetLabelFoldersAction")

    @property
    def actions(self) -> list[QAction]:
        return [self.adjudicate_action, self.status_action, self.agreement_action, self.add_folder_action,
                self.forget_folders_action]

    # folders of other people's labels

    def label_folders(self) -> list[Path]:
        """Folders of other annotators' files the user added; searched besides each report's own folder."""
        return self.settings.label_folders()

    def add_label_folder(self) -> None:
        folder = dialogs.choose_label_folder(self.host, self.settings.last_folder)
        if folder is None:
            return
        folders = self.label_folders()
        if folder not in folders:
            self.settings.set_label_folders([*folders, folder])
        self.show_message(self.tr("Other annotators' labels are also looked for in %1").replace("%1", str(folder)),
                          10000)

    def forget_label_folders(self) -> None:
        self.settings.set_label_folders([])
        self.show_message(self.tr("Only the reports' own folders are searched for labels now."), 10000)

    def _action(self, text: str, slot: Callable[[], None], name: str) -> QAction:
        action = QAction(text, self.host)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _sources(self) -> list[Path]:
        return [open_file.source for open_file in self.workspace.files]

    def _run(self, title: str, work: Callable[[Progress], object], on_success: Callable[[object], None]) -> None:
        if self.runner.busy:
            return
        if not self.workspace.files:
            dialogs.show_information(self.host, title, self.tr("Open the reports first."))
            return
        if not self.save_first():
            return
        self._title, self._on_success = title, on_success
        show_progress(self.host, self.runner, title, self.tr("Reading every annotator's labels…"))
        self.runner.start(work)

    def _failed(self, error: object) -> None:
        if isinstance(error, USER_ERRORS):
            dialogs.show_error(self.host, self._title, error_text(error))
        else:
            dialogs.show_error(self.host, self._title, self.tr("Unexpected error: %1").replace("%1", repr(error)))

    def _show(self, view: QDialog) -> None:
        if isinstance(view, AdjudicationDialog):
            self.adjudication = view
        open_view(view)

    def close_views(self) -> bool:
        """Close the adjudication view (saving its gold files); False when a gold file could not be saved."""
        view, self.adjudication = self.adjudication, None
        if view is None:
            return True
        try:
            if not view.isVisible():
                return view.save()
            closed = view.close()
        except RuntimeError:  # already deleted with its window
            return True
        if not closed:
            self.adjudication = view
        return closed

    # the three views

    def adjudicate(self) -> None:
        """Open the adjudication view over the gold files of the open reports (one at a time)."""
        if not self.close_views():
            return
        sources, folders = self._sources(), self.label_folders()

        def work(progress: Progress) -> object:
            team = gather(sources, progress=progress, label_folders=folders)
            return team, open_gold(team, DEFAULT_GOLD)

        self._run(self.tr("Adjudication"), work, self._adjudication_ready)

    def _adjudication_ready(self, result: object) -> None:
        assert isinstance(result, tuple)
        team: Team = result[0]
        gold_files: list[GoldFile] = result[1]
        self._show(AdjudicationDialog(gold_files, team.annotators,
                                      lambda title, message: dialogs.show_error(self.host, title, message),
                                      self.host))

    def team_status(self) -> None:
        """The progress of every annotator on the open reports, as a table."""
        sources, folders = self._sources(), self.label_folders()
        self._run(self.tr("Team status"), lambda progress: team_status(sources, progress, folders),
                  lambda status: self._show(TeamStatusDialog(status, self.host)))  # type: ignore[arg-type]

    def report_agreement(self) -> None:
        """The agreement of the annotators of the report shown."""
        entry = self.current_entry()
        if entry is None:
            dialogs.show_information(self.host, self.tr("Agreement"), self.tr("Open a report first."))
            return
        source, report_id, folders = entry.file.source, entry.report.id, self.label_folders()

        def work(progress: Progress) -> object:
            team = gather([source], progress=progress, label_folders=folders)
            for team_report in team.reports:
                if team_report.report.id == report_id:
                    labels = [label.name for label in team.labels()]
                    return team_report.name, measure(report_rows(team_report, team.annotators), team.annotators, labels)
            raise ExportError(f"No annotation file of {report_id} was found.")

        self._run(self.tr("Agreement"), work, self._agreement_ready)

    def _agreement_ready(self, result: object) -> None:
        assert isinstance(result, tuple)
        name: str = result[0]
        agreement: Agreement = result[1]
        self._show(ReportAgreementDialog(name, agreement, self.host))
