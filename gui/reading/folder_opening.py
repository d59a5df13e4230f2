"""Opening folders: their reports listed at once, each report opened only when it is shown.

``FolderOpener`` starts the listing (``FolderLister``), feeds its batches into
the report list, shows the first report of a folder just opened, and opens a
listed report's file (``FileLoader``) when it is chosen, showing it once it
arrives.  Only the last report chosen is waited for.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from core.annotations.report_listing import ListedReport, ReportListing
from core.reading.formats.file_types import SUPPORTED_SUFFIXES
from gui.language.core_messages import error_text
from gui.reading.folder_lister import FolderLister
from gui.reading.loader_worker import FileLoader
from gui.reading.report_list import ReportListModel, ReportListView, ReportRow
from gui.shell import dialogs
from gui.shell.settings import AppSettings
from gui.shell.status import StatusPanel
from gui.tagging.workspace import OpenFile, ReportEntry


class FolderOpener(QObject):
    """Folders into the report list; a listed report opened when chosen."""

    def __init__(self, host: QWidget, model: ReportListModel, view: ReportListView, loader: FileLoader,
                 lister: FolderLister, settings: AppSettings, status: StatusPanel,
                 show_entry: Callable[[ReportEntry], None], show_message: Callable[[str, int], None]) -> None:
        super().__init__(host)
        self.host = host
        self.model = model
        self.view = view
        self.loader = loader
        self.lister = lister
        self.settings = settings
        self.status = status
        self.show_entry = show_entry
        self.show_message = show_message
        self.wanted: ReportRow | None = None  # a listed report chosen while its file opens
        self._show_first_listed = False  # a folder was opened: show its first report when listed
        self.opened: list[Path] = []  # the folders whose reports are listed, in the order opened
        lister.found.connect(self._reports_listed)
        lister.progress.connect(status.show_listing)
        lister.finished.connect(self._listing_finished)
        lister.failed.connect(lambda message: dialogs.show_error(
            host, self.tr("Could not list the reports of a folder"), message))
        lister.busyChanged.connect(self._busy_changed)
        loader.busyChanged.connect(self._busy_changed)

    def open_folder(self, folder: Path | str, remember: bool = True, show_first: bool = True) -> None:
        """List every report of ``folder`` (and its sub-folders); a report is opened when it is shown.

        ``show_first``: show the folder's first report once listed (not when a start puts back the last session).
        """
        folder = Path(folder)
        if remember:
            self.settings.add_recent_files([folder])
            self.settings.last_folder = str(folder)
        if folder.resolve() not in (known.resolve() for known in self.opened):
            self.opened.append(folder)
        self._show_first_listed = show_first
        self.lister.list([folder])

    def choose_and_open(self) -> None:
        folder = dialogs.choose_folder_to_open(self.host, self.settings.last_folder)
        if folder is not None:
            self.open_folder(folder)

    def show_row(self, row: ReportRow) -> None:
        """Show a report of the list; one not open yet is opened first (in the background)."""
        if row.entry is not None:
            self.wanted = None
            self.show_entry(row.entry)
            return
        if row is self.wanted:
            return
        previous, self.wanted = self.wanted, row
        index = self.model.index_of_row(row)
        if index.isValid() and self.view.currentIndex() != index:
            self.view.setCurrentIndex(index)
        if previous is not None and previous.source != row.source:
            self.loader.forget(previous.source)  # only the last report chosen is worth waiting for
        self.loader.open([row.source])

    def take_opened(self, open_file: OpenFile) -> bool:
        """After ``open_file`` joined the workspace: show it if it holds the report waited for."""
        wanted = self.wanted
        if wanted is None or wanted.entry is None or wanted.entry.file is not open_file:
            return False
        self.wanted = None
        self.show_entry(wanted.entry)
        return True

    def forget_failed(self, path: Path) -> None:
        if self.wanted is not None and self.wanted.source == path:
            self.wanted = None

    def cancel(self) -> None:
        self.lister.cancel()

    def wait(self) -> None:
        self.lister.wait()

    def _reports_listed(self, reports: list[ListedReport]) -> None:
        self.model.add_listed(reports)
        if self._show_first_listed and reports:
            self._show_first_listed = False
            listed = {(report.source, report.report_id) for report in reports}
            first = next((row for row in self.model.rows() if (row.source, row.report_id) in listed), None)
            if first is not None:
                self.show_row(first)

    def _listing_finished(self, listing: ReportListing) -> None:
        if not listing.reports and not listing.failures:
            dialogs.show_warning(self.host, self.tr("No reports found"), self.tr(
                "No report files (%1) were found in %2 or its sub-folders.").replace(
                "%1", ", ".join(SUPPORTED_SUFFIXES)).replace("%2", ", ".join(map(str, listing.sources))))
            return
        if listing.failures:
            dialogs.show_error(self.host, self.tr("Some reports could not be opened"), "\n\n".join(
                error_text(error) for _path, error in listing.failures))
        self.show_message(self.tr("%1 reports listed (%2 files read from the cache, %3 parsed)").replace(
            "%1", str(len(listing.reports))).replace("%2", str(listing.from_cache)).replace(
            "%3", str(listing.parsed)), 8000)

    def _busy_changed(self, _busy: bool) -> None:
        if not self.loader.busy and not self.lister.busy:
            self.status.hide_busy()
