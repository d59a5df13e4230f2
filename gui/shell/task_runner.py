"""Run a plain core function off the GUI thread and hear back by signal.

``FunctionTask`` runs ``work(progress)`` in a thread pool; ``progress(done,
total)`` is the callback core functions take.  ``TaskRunner`` runs one such
task at a time, forwards its progress, and can cancel it: the next progress
call then raises ``TaskCancelled`` in the worker, so a core function stops
between steps and writes nothing it had not yet written.  No widget is
touched from the worker; ``show_progress`` ties a ``QProgressDialog`` to a
runner on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from gui.shell.translation import Translator

_tr = Translator("TaskRunner")

Progress = Callable[[int, int], None]
Work = Callable[[Progress], object]

PROGRESS_DIALOG_DELAY_MS = 400  # quick work finishes before a progress dialog flashes up


class TaskCancelled(Exception):
    """Raised inside the worker by the progress callback once the task was cancelled."""


class TaskSignals(QObject):
    """What a running task reports; made without a parent, as the task may outlive its owner."""

    progress = Signal(int, int)  # done, total
    succeeded = Signal(object)  # the work's return value
    failed = Signal(object)  # the exception it raised
    cancelled = Signal()
    done = Signal()  # after any of the three above


class FunctionTask(QRunnable):
    """Runs ``work(progress)`` once in the pool and reports the outcome through ``signals``."""

    def __init__(self, work: Work, signals: TaskSignals, cancel: threading.Event | None = None) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.cancel = cancel or threading.Event()
        self.setAutoDelete(True)

    def _progress(self, done: int, total: int) -> None:
        if self.cancel.is_set():
            raise TaskCancelled
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            if self.cancel.is_set():
                raise TaskCancelled
            result = self.work(self._progress)
        except TaskCancelled:
            self.signals.cancelled.emit()
        except Exception as error:  # noqa: BLE001 - a bug must reach the user, not kill the thread
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.done.emit()


class TaskRunner(QObject):
    """Runs one task at a time in the background; ``finished`` follows every outcome."""

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running: tuple[FunctionTask, TaskSignals] | None = None

    @property
    def busy(self) -> bool:
        return self._running is not None

    def start(self, work: Work) -> None:
        """Run ``work(progress)`` in the pool; RuntimeError while another task runs."""
        if self._running is not None:
            raise RuntimeError("A task is already running.")
        signals = TaskSignals()
        signals.progress.connect(self.progress)
        signals.succeeded.connect(self.succeeded)
        signals.failed.connect(self.failed)
        signals.cancelled.connect(self.cancelled)
        signals.done.connect(self._on_done)
        task = FunctionTask(work, signals)
        self._running = (task, signals)
        self.busyChanged.emit(True)
        self._pool.start(task)

    def cancel(self) -> None:
        """Ask the running task to stop at its next progress report."""
        if self._running is not None:
            self._running[0].cancel.set()

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (for closing and for tests)."""
        return self._pool.waitForDone(msecs)

    @Slot()
    def _on_done(self) -> None:
        self._running = None
        self.busyChanged.emit(False)
        self.finished.emit()


def show_progress(parent: QWidget, runner: TaskRunner, title: str, label: str,
                  cancellable: bool = True, finishing_label: str = "") -> QProgressDialog:
    """A window-modal progress dialog fed by ``runner``; it closes itself when the task ends.

    It appears only when the work takes longer than ``PROGRESS_DIALOG_DELAY_MS``.
    Once the counted steps are done and the work goes on (writing what was
    gathered), it says ``finishing_label`` over a busy bar.
    """
    dialog = QProgressDialog(label, _tr("Cancel"), 0, 0, parent)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(PROGRESS_DIALOG_DELAY_MS)
    dialog.setMinimumWidth(360)
    dialog.setAutoReset(False)

    def step(done: int, total: int) -> None:
        if total > 0 and done >= total and finishing_label:
            if dialog.labelText() != finishing_label:
                dialog.setLabelText(finishing_label)
                dialog.setRange(0, 0)
                dialog.setCancelButton(None)  # the last step cannot be stopped
        elif total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    def close() -> None:
        runner.progress.disconnect(step)
        runner.finished.disconnect(close)
        dialog.canceled.disconnect(runner.cancel)
        dialog.reset()  # hides it and stops the timer that would show it
        dialog.hide()
        dialog.deleteLater()

    runner.progress.connect(step)
    runner.finished.connect(close)
    dialog.canceled.connect(runner.cancel)
    return dialog
