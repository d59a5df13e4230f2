"""Saving without being asked: shortly after each change, on report switch and on close.

A failed save keeps every change in memory, is reported, and is tried again
every few seconds.  The undo stack is marked clean only when every writable
annotation set is saved.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from core.annotations.annotation_set import ReadOnlyError, SaveConflictError
from core.errors import SaveError
from gui.language.core_messages import error_text
from gui.tagging.workspace import OpenFile, Workspace

AUTOSAVE_DELAY_MS = 1500
RETRY_DELAY_MS = 5000


@dataclass(frozen=True)
class SaveFailure:
    """One annotation file that could not be saved, and why."""

    open_file: OpenFile
    message: str
    conflict: bool  # the file changed on disk; retrying will not help without overwriting


class Autosaver(QObject):
    """Saves every changed annotation set; reports success and failure."""

    saved = Signal()  # everything is saved
    failed = Signal(list)  # list[SaveFailure]
    conflict_kept = Signal(str)  # path of another program's version kept on overwrite
    # another window's or program's save was merged in: OpenFile, sentences taken from it,
    # sentences changed on both sides, path of the conflict copy ("" when none)
    merged = Signal(object, int, int, str)

    def __init__(self, workspace: Workspace, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = undo_stack
        self.failures: list[SaveFailure] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_all)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_DELAY_MS)
        self._retry.timeout.connect(self.save_all)
        undo_stack.indexChanged.connect(self.schedule)

    @property
    def pending(self) -> bool:
        return self._timer.isActive() or self._retry.isActive()

    def schedule(self) -> None:
        """Save a little later; each new change restarts the wait."""
        self._timer.start()

    def save_all(self, overwrite: set[int] | None = None) -> list[SaveFailure]:
        """Save every changed set now; returns the failures (empty when all is saved).

        ``overwrite`` holds ``id(open_file)`` of files whose on-disk changes the
        user chose to overwrite.
        """
        self._timer.stop()
        self._retry.stop()
        failures: list[SaveFailure] = []
        for open_file in self.workspace.files:
            annotations = open_file.annotations
            if annotations.read_only or not annotations.dirty:
                continue
            try:
                overwriting = bool(overwrite and id(open_file) in overwrite)
                annotations.save(overwrite_external_changes=overwriting)
                merge = annotations.last_merge
                copy = annotations.last_conflict_copy
                if merge is not None and merge.changed_anything:
                    self.workspace.reload_labels(open_file)
                    self.merged.emit(open_file, merge.taken, len(merge.conflicts), str(copy or ""))
                elif overwriting and copy is not None:
                    self.conflict_kept.emit(str(copy))
            except ReadOnlyError:
                continue
            except SaveConflictError as error:
                failures.append(SaveFailure(open_file, error_text(error), conflict=True))
            except SaveError as error:
                failures.append(SaveFailure(open_file, error_text(error), conflict=False))
        self.failures = failures
        if failures:
            if any(not failure.conflict for failure in failures):
                self._retry.start()
            self.failed.emit(failures)
        else:
            self.undo_stack.setClean()
            self.saved.emit()
        return failures

    def stop(self) -> None:
        self._timer.stop()
        self._retry.stop()
