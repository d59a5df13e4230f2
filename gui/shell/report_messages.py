"""What the window says about a report's annotation file: the notices of opening it and the banners above it.

Opening a file can find an unreadable annotation file (a warning, and the
report opens read-only), labels moved to changed sentences, labels kept in the
data folder, or the same labels kept in two places and merged; saving can merge
in what another window saved.  Showing a report puts up its banners: read-only,
where its labels are kept, orphaned labels.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from core.annotations.paths import is_bundled_sample
from core.file_names import readable
from gui.language.core_messages import read_only_text
from gui.shell import dialogs
from gui.shell.banner import KIND_ERROR, KIND_INFO, BannerArea
from gui.shell.status import SAVE_PENDING, SAVE_READ_ONLY, SAVE_SAVED, StatusPanel
from gui.tagging.autosave import Autosaver
from gui.tagging.workspace import OpenFile, ReportEntry

BANNER_READ_ONLY = "read-only"
BANNER_FALLBACK = "fallback"
BANNER_MERGE = "merge"
BANNER_ORPHANS = "orphans"


class ReportMessages(QObject):
    """Notices and banners about annotation files, for one window."""

    def __init__(self, parent_widget: QWidget, banners: BannerArea, status: StatusPanel, autosaver: Autosaver,
                 show_status: Callable[[str, int], None]) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.banners = banners
        self.status = status
        self.autosaver = autosaver
        self.show_status = show_status
        self._dismissed_fallback: set[int] = set()
        self._dismissed_orphans: set[int] = set()

    def file_opened(self, open_file: OpenFile, shown: bool = True) -> None:
        """Say what opening a file found: an unreadable annotation file, moved or merged labels, where they are kept.

        Where the labels of a file not ``shown`` are kept is left to its banner, when it is shown: the status bar
        speaks of the report on screen.
        """
        annotations = open_file.annotations
        if annotations.read_only:
            dialogs.show_warning(self.parent_widget, self.tr("Annotation file not readable"), self.tr(
                "The labels of %1 could not be read, so it opens read-only and the annotation file "
                "is left untouched.\n\n%2").replace("%1", readable(open_file.source.name)).replace(
                "%2", read_only_text(annotations)))
        elif annotations.last_reattach.moved:
            self.show_status(
                self.tr("%n label(s) of %1 were moved to sentences whose text changed.", "",
                        len(annotations.last_reattach.moved)).replace("%1", readable(open_file.source.name)),
                10000,
            )
        elif annotations.is_fallback and shown:
            self.show_status(self.tr("Labels of %1 are kept in %2").replace(
                "%1", readable(open_file.source.name)).replace("%2", readable(annotations.path)), 10000)
        merged = annotations.merged_from_result
        if annotations.merged_from is not None and merged is not None and merged.changed_anything:
            text = self.tr(
                "The labels of %1 were kept in two files, %2 and %3 (one was saved while the report's folder "
                "could not be written). Both are merged: %4 sentence(s) took their label from %3.").replace(
                "%1", readable(open_file.source.name)).replace("%2", readable(annotations.path)).replace(
                "%3", readable(annotations.merged_from)).replace("%4", str(merged.taken))
            if merged.conflicts:
                text += " " + self.tr("%n sentence(s) were labelled differently in both; the newer label is kept "
                                      "and the other goes to a conflict copy.", "", len(merged.conflicts))
            self.banners.show_message(BANNER_MERGE, KIND_INFO, text)
        if annotations.merged_from is not None and not annotations.read_only:
            self.autosaver.schedule()  # save the merge, so that the other file is not merged again

    def open_failed(self, failures: list[tuple[str, str]]) -> None:
        """Files that could not be opened, (path, message) each: one message for all of them."""
        if len(failures) == 1:
            dialogs.show_error(self.parent_widget, self.tr("Could not open a report"), failures[0][1])
        elif failures:
            listed = "\n\n".join(f"• {readable(Path(path).name)}\n{message}" for path, message in failures)
            dialogs.show_error(self.parent_widget, self.tr("Could not open %n report(s)", "", len(failures)), listed)

    def entry_banners(self, entry: ReportEntry | None, clean: bool) -> None:
        """The banners of the report shown: read-only, labels kept elsewhere, orphaned labels."""
        self.banners.remove(BANNER_READ_ONLY)
        self.banners.remove(BANNER_FALLBACK)
        self.banners.remove(BANNER_ORPHANS)
        if entry is None:
            return
        annotations = entry.annotations
        if annotations.read_only:
            self.banners.show_message(BANNER_READ_ONLY, KIND_ERROR, self.tr(
                "Read-only: the annotation file could not be read and is left untouched. "
                "Labels cannot be changed until it is repaired or moved away.\n%1").replace(
                "%1", read_only_text(annotations)), closable=False)
            self.status.show_save_state(SAVE_READ_ONLY)
        elif annotations.is_fallback and id(entry.file) not in self._dismissed_fallback:
            key_file = id(entry.file)
            reason = (self.tr("This is a sample report shipped with the app, so its labels are kept in %1")
                      if is_bundled_sample(entry.file.source) else
                      self.tr("The folder of this report cannot be written, so its labels are kept in %1"))
            text = reason.replace("%1", readable(annotations.path))
            banner = self.banners.show_message(BANNER_FALLBACK, KIND_INFO, text)
            banner.close_button.clicked.connect(lambda: self._dismissed_fallback.add(key_file))
        orphans = [annotation for annotation in annotations.orphans() if annotation.report == entry.report.id]
        if orphans and id(entry) not in self._dismissed_orphans:
            key_entry = id(entry)
            banner = self.banners.show_message(BANNER_ORPHANS, KIND_INFO, self.tr(
                "%n label(s) of this report no longer match a sentence (the report text changed). They are kept in "
                "the annotation file, marked as orphaned, for example: “%1”", "", len(orphans)).replace(
                "%1", orphans[0].text[:60]))
            banner.close_button.clicked.connect(lambda: self._dismissed_orphans.add(key_entry))
        if not annotations.read_only and self.status.save_state == SAVE_READ_ONLY:
            self.status.show_save_state(SAVE_SAVED if clean else SAVE_PENDING)

    def merged_on_save(self, open_file: OpenFile, taken: int, conflicts: int, copy: str) -> None:
        """Another window or program saved the same annotation file; its labels were merged in."""
        text = self.tr("Labels of %1 saved by another window or program were merged in: %2 sentence(s) "
                       "took their label from it.").replace("%1", readable(open_file.source.name)).replace(
            "%2", str(taken))
        if conflicts:
            text += " " + self.tr("%n sentence(s) were labelled differently in both; the newer label is kept and "
                                  "the other one is in %1", "", conflicts).replace("%1", copy)
            self.banners.show_message(BANNER_MERGE, KIND_INFO, text)
        self.show_status(text, 15000)
