"""Where the reader was: the sentence of each report, and the files open at the last close.

Kept in QSettings (UI state, never labels): each report by the hash of its
text (``report_key``; ``Report.id`` is only unique within one file: every
single-report file's report is ``r1``) with the id of its current sentence, so
a report reopened from another folder still finds its place; the open
files with the report shown; and the folders whose reports were listed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from core.reading.model import Report
from gui.shell.settings import AppSettings
from gui.tagging.workspace import ReportEntry, Workspace


def report_key(report: Report) -> str:
    """What a report is remembered by: its text's hash."""
    return report.hash


class ReadingPlaces:
    """Remembers and puts back where the reader was."""

    def __init__(self, workspace: Workspace, settings: AppSettings,
                 folders: Callable[[], Sequence[Path]] = lambda: ()) -> None:
        """``folders`` gives the folders whose reports are listed."""
        self.workspace = workspace
        self.settings = settings
        self.folders = folders

    def files_to_reopen(self) -> tuple[list[Path], str | None]:
        """The files open at the last close that still exist, and the key of the report shown then."""
        files, shown = self.settings.session()
        return [path for path in files if path.is_file()], shown

    def folders_to_reopen(self) -> list[Path]:
        """The folders listed at the last close that still exist."""
        return [path for path in self.settings.session_folders() if path.is_dir()]

    def put_back(self, entries: Sequence[ReportEntry]) -> None:
        """Put each report on the sentence the reader was on last time (when that sentence is still there)."""
        for entry in entries:
            sentence_id = self.settings.resume_sentence(report_key(entry.report))
            if sentence_id is None:
                continue
            index = next((i for i, sentence in enumerate(entry.report.sentences) if sentence.id == sentence_id), None)
            if index is not None:
                entry.current = index

    def remember(self, shown: ReportEntry | None) -> None:
        """Remember the sentence of every open report, the open files, the listed folders and the report ``shown``."""
        self.settings.set_resume_sentences({
            report_key(entry.report): entry.report.sentences[entry.current].id
            for entry in self.workspace.entries if 0 <= entry.current < len(entry.report.sentences)})
        self.settings.save_session([open_file.source for open_file in self.workspace.files],
                                   report_key(shown.report) if shown is not None else None)
        self.settings.save_session_folders(list(self.folders()))
