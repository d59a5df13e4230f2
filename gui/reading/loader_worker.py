"""Open source files off the GUI thread.

``open_source`` is the plain work (core only: read and parse the file, open its
annotation set); ``FileLoader`` runs it in the thread pool for each requested
file (as a ``gui.shell.task_runner.FunctionTask``) and sends the results back by
signal.  No widget is touched from the
worker thread.
"""

from __future__ import annotations

import traceback
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from core.annotations.opening import open_annotations
from core.errors import LoadError
from core.file_names import readable
from core.reading.document import load_reports
from gui.language.core_messages import error_text
from gui.shell.task_runner import FunctionTask, TaskSignals
from gui.tagging.workspace import OpenFile


def open_source(path: Path, annotator: str) -> OpenFile:
    """Read and parse ``path`` and open the annotator's annotations on it.

    Raises LoadError when the file cannot be read as reports.  An annotation
    file that cannot be read gives a read-only set (``read_only_reason`` says
    why); that file is never written.
    """
    reports = load_reports(path)
    annotations = open_annotations(Path(path), annotator, reports, on_error="read-only")
    parsed = {}
    for report in reports:
        replaced = annotations.apply_corrections(report)
        if replaced:
            parsed[report.id] = replaced
    return OpenFile(Path(path), reports, annotations, parsed)


class FileLoader(QObject):
    """Opens files one request at a time in the background; reports each result.

    ``fileOpened`` and ``fileFailed`` arrive in the order the files were asked
    for; ``progress(done, total)`` counts files; ``busyChanged`` brackets work.
    """

    fileOpened = Signal(object)  # OpenFile
    fileFailed = Signal(str, str)  # path, message
    progress = Signal(int, int, str)  # files done, files asked for, name of the file being opened
    busyChanged = Signal(bool)
    finished = Signal()

    def __init__(self, annotator: str, parent: QObject | None = None,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.annotator = annotator
        self._pool = pool or QThreadPool.globalInstance()
        self._queue: list[Path] = []
        self._total = 0
        self._done = 0
        self._running: tuple[FunctionTask, TaskSignals] | None = None
        self._running_path: Path | None = None

    @property
    def busy(self) -> bool:
        return self._running is not None or bool(self._queue)

    def open(self, paths: Sequence[Path | str]) -> None:
        """Queue files to be opened; they open one after another, in this order."""
        if not paths:
            return
        was_busy = self.busy
        self._queue.extend(Path(path) for path in paths)
        self._total += len(paths)
        if not was_busy:
            self.busyChanged.emit(True)
        self._start_next()

    def cancel_pending(self) -> None:
        """Forget files not yet started (the one being read finishes)."""
        self._total -= len(self._queue)
        self._queue.clear()

    def forget(self, path: Path | str) -> None:
        """Drop a file from the queue if it has not started (a report chosen, then another)."""
        waiting = [queued for queued in self._queue if queued != Path(path)]
        self._total -= len(self._queue) - len(waiting)
        self._queue = waiting

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (for closing and for tests)."""
        return self._pool.waitForDone(msecs)

    def _start_next(self) -> None:
        if self._running is not None:
            return
        if not self._queue:
            self._total = self._done = 0
            self.busyChanged.emit(False)
            self.finished.emit()
            return
        path = self._queue.pop(0)
        signals = TaskSignals()  # no parent: the task may outlive this loader
        signals.succeeded.connect(self._on_opened)
        signals.failed.connect(self._on_failed)
        signals.done.connect(self._on_done)
        annotator = self.annotator
        task = FunctionTask(lambda _progress: open_source(path, annotator), signals)
        self._running = (task, signals)
        self._running_path = path
        self.progress.emit(self._done, self._total, readable(path.name))
        self._pool.start(task)

    @Slot(object)
    def _on_opened(self, opened: OpenFile) -> None:
        self.fileOpened.emit(opened)

    @Slot(object)
    def _on_failed(self, error: Exception) -> None:
        if isinstance(error, LoadError):
            message = error_text(error)
        else:  # a bug: say what it was rather than nothing
            message = "".join(traceback.format_exception_only(type(error), error)).strip()
        self.fileFailed.emit(str(self._running_path), message)

    @Slot()
    def _on_done(self) -> None:
        self._running = None
        self._running_path = None
        self._done += 1
        self.progress.emit(self._done, self._total, "")
        self._start_next()
