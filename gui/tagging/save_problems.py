"""What the window says when labels cannot be saved, and the ways out it offers.

A failed save (a full disk, a folder that cannot be written) is retried and
offers Try again.  A conflict (the annotation file was changed by another
program and its new version cannot be merged) offers both ways: Overwrite it
with the labels shown (the other version is kept as a conflict copy), or
Reload, taking the version on disk (the labels shown are kept as a conflict
copy first).  Either way nothing saved is lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from core.annotations.opening import reopen_annotations
from core.errors import SaveError
from core.file_names import readable
from gui.shell import dialogs
from gui.shell.banner import KIND_WARNING, BannerArea
from gui.shell.status import SAVE_FAILED, SAVE_READ_ONLY, SAVE_SAVED, StatusPanel
from gui.tagging.autosave import Autosaver, SaveFailure
from gui.tagging.workspace import Workspace

BANNER_SAVE = "save"


class SaveProblems(QObject):
    """The save banner of one window: failures, conflicts, Try again, Overwrite, Reload."""

    def __init__(self, workspace: Workspace, undo_stack: QUndoStack, autosaver: Autosaver, banners: BannerArea,
                 status: StatusPanel, show_status: Callable[[str, int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = undo_stack
        self.autosaver = autosaver
        self.banners = banners
        self.status = status
        self.show_status = show_status
        autosaver.saved.connect(self.saved)
        autosaver.failed.connect(self.failed)

    def saved(self) -> None:
        self.banners.remove(BANNER_SAVE)
        if self.status.save_state != SAVE_READ_ONLY:  # the shown report's state stays
            self.status.show_save_state(SAVE_SAVED)

    def failed(self, failures: list[SaveFailure]) -> None:
        self.status.show_save_state(SAVE_FAILED)
        message = "\n".join(failure.message for failure in failures)
        conflicts = {id(failure.open_file) for failure in failures if failure.conflict}
        if conflicts:
            actions = [(self.tr("Overwrite"), lambda: self.autosaver.save_all(overwrite=conflicts)),
                       (self.tr("Reload"), lambda: self.reload(conflicts))]
        else:
            actions = [(self.tr("Try again"), lambda: self.autosaver.save_all())]
        text = self.tr("Labels could not be saved; they are kept here and saving is retried.\n%1").replace(
            "%1", message)
        if conflicts:
            text += "\n" + self.tr("Overwrite the file with the labels shown here, or Reload to take the version on "
                                   "disk; either way the other version is kept as a conflict copy beside it.")
        self.banners.show_message(BANNER_SAVE, KIND_WARNING, text, actions=actions, closable=False)
        self.show_status(self.tr("Save failed: %1").replace("%1", message), 10000)

    def save_before_closing(self, parent: QWidget) -> bool:
        """Save everything; ask (over ``parent``) only when something could not be saved.  False: stay open."""
        overwrite: set[int] = set()
        while True:
            failures = self.autosaver.save_all(overwrite=overwrite)
            if not failures:
                return True
            conflicts = [failure for failure in failures if failure.conflict and id(failure.open_file) not in overwrite]
            if conflicts and dialogs.ask_overwrite_external_change(parent, conflicts[0].message):
                overwrite.update(id(failure.open_file) for failure in conflicts)
                continue
            answer = dialogs.ask_after_failed_save(parent, "\n".join(failure.message for failure in failures))
            if answer == dialogs.DISCARD:
                return True
            if answer == dialogs.CANCEL:
                return False

    def reload(self, file_ids: set[int]) -> None:
        """Take the annotation files on disk for these open files; the labels shown are kept in a conflict copy."""
        kept_copies: list[str] = []
        for open_file in list(self.workspace.files):
            if id(open_file) not in file_ids:
                continue
            try:
                annotations, kept = reopen_annotations(open_file.annotations, open_file.reports)
            except SaveError as error:  # the labels shown could not be kept: keep them here, loaded as they are
                self.show_status(self.tr("Not reloaded: %1").replace("%1", str(error)), 15000)
                return
            self.workspace.replace_annotations(open_file, annotations)
            if kept is not None:
                kept_copies.append(readable(kept))
        self.undo_stack.clear()  # the undo steps were of the labels just replaced
        self.banners.remove(BANNER_SAVE)
        self.status.show_save_state(SAVE_SAVED)
        self.autosaver.save_all()  # other files' changes, no longer tracked by the undo stack
        text = self.tr("Took the version on disk.")
        if kept_copies:
            text += " " + self.tr("The labels shown before are kept in %1").replace("%1", ", ".join(kept_copies))
        self.show_status(text, 15000)
