"""Opening report files: which report is shown once they are open, and one message for those that fail.

A file asked for (File › Open, Open recent, a drop) is shown once open; at a
start without files, the files open at the last close open again and the
report shown then is shown.  Files that cannot be opened are listed in one
message when the others are done.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from gui.reading.folder_opening import FolderOpener
from gui.reading.loader_worker import FileLoader
from gui.shell import dialogs
from gui.shell.report_messages import ReportMessages
from gui.shell.session import ReadingPlaces, report_key
from gui.shell.settings import AppSettings
from gui.tagging.workspace import OpenFile, ReportEntry, Workspace


class FileOpening(QObject):
    """Asks the loader for files and puts what it opens into the workspace and on screen."""

    def __init__(self, workspace: Workspace, loader: FileLoader, folders: FolderOpener, settings: AppSettings,
                 places: ReadingPlaces, messages: ReportMessages, show_entry: Callable[[ReportEntry], None],
                 current_entry: Callable[[], ReportEntry | None], parent: QWidget) -> None:
        """``parent`` is the window: the parent of the file dialog; ``folders`` lists the folders asked for."""
        super().__init__(parent)
        self.parent_widget = parent
        self.workspace = workspace
        self.loader = loader
        self.folders = folders
        self.settings = settings
        self.places = places
        self.messages = messages
        self.show_entry = show_entry
        self.current_entry = current_entry
        self._show_when_opened: Path | None = None  # the file of the last request to open: shown once open
        self._show_report_id: str | None = None  # the key of the report shown when the last session ended
        self._failures: list[tuple[str, str]] = []  # (path, message) of files that could not be opened
        loader.fileOpened.connect(self._file_opened)
        loader.fileFailed.connect(self._file_failed)
        loader.finished.connect(self._report_failures)

    def open_files(self, paths: Sequence[Path | str], remember: bool = True) -> None:
        """Open report files in the background and show the first of them; already open ones are just shown;
        folders are listed (``FolderOpener``)."""
        fresh: list[Path] = []
        shown = False
        for path in paths:
            path = Path(path)
            if path.is_dir():
                self.folders.open_folder(path, remember)
                continue
            open_file = self.workspace.find_file(path)
            if open_file is not None:
                if open_file.entries and not shown:
                    self.show_entry(open_file.entries[0])
                    shown = True
            elif path not in fresh:
                fresh.append(path)
        if remember and fresh:
            self.settings.add_recent_files(fresh)
            self.settings.last_folder = str(fresh[-1].parent)
        if fresh and not shown:
            self._show_when_opened = fresh[0].resolve()
        self.loader.open(fresh)

    def restore_session(self) -> bool:
        """Open the files open and list the folders listed when the app was last closed, showing the report shown then.

        False when there is nothing (left) to open.
        """
        files, shown = self.places.files_to_reopen()
        folders = self.places.folders_to_reopen()
        if not files and not folders:
            return False
        self._show_report_id = shown
        for folder in folders:  # the report shown comes from the files; a folder's first report only without them
            self.folders.open_folder(folder, remember=False, show_first=not files)
        self.open_files(files, remember=False)
        return True

    def choose_and_open(self) -> None:
        paths = dialogs.choose_files_to_open(self.parent_widget, self.settings.last_folder)
        if paths:
            self.open_files(paths)

    def _file_opened(self, open_file: OpenFile) -> None:
        if self.workspace.find_file(open_file.source) is not None:
            return  # opened twice in a row; the first one stays
        self.workspace.add_file(open_file)
        self.places.put_back(open_file.entries)
        if self.folders.take_opened(open_file):  # a report chosen in a folder's list: it is shown now
            self.messages.file_opened(open_file, shown=True)
            return
        asked_for = self._show_when_opened is not None and open_file.source.resolve() == self._show_when_opened
        if asked_for:
            self._show_when_opened = None
        last_shown = next((entry for entry in open_file.entries if report_key(entry.report) == self._show_report_id),
                          None)
        if last_shown is not None:
            self._show_report_id = None
            self.show_entry(last_shown)
        elif (asked_for or (self.current_entry() is None and self.folders.wanted is None)) and open_file.entries:
            self.show_entry(open_file.entries[0])
        # after showing it: a message box runs a nested event loop
        self.messages.file_opened(open_file, shown=self.current_entry() in open_file.entries)

    def _file_failed(self, path: str, message: str) -> None:
        self.folders.forget_failed(Path(path))
        if self._show_when_opened is not None and Path(path).resolve() == self._show_when_opened:
            self._show_when_opened = None
        self.settings.remove_recent_file(Path(path))
        self._failures.append((path, message))

    def _report_failures(self) -> None:
        failures, self._failures = self._failures, []
        self.messages.open_failed(failures)

