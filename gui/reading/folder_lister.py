"""List the reports of folders off the GUI thread, in batches, with progress.

``FolderLister`` runs ``core.annotations.report_listing.list_reports`` in the
thread pool.  Reports found come back by ``found`` in batches (at most a few
per second, so a first opening fills the list while it parses and a cached one
arrives in one piece), ``progress`` counts files, and ``finished`` brings the
whole listing (its failures, how many files came from the cache).  No widget
is touched from the worker.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from core.annotations.report_listing import ListedReport, ReportListing, list_reports
from core.reading.parse_cache import ParseCache
from gui.shell.task_runner import FunctionTask, Progress, TaskSignals

BATCH_SECONDS = 0.25


class _ListingSignals(TaskSignals):
    found = Signal(list)  # list[ListedReport]


class FolderLister(QObject):
    """Lists folders one request at a time; more requests wait their turn."""

    found = Signal(list)  # list[ListedReport], a batch
    progress = Signal(int, int)  # files done, files to list
    finished = Signal(object)  # ReportListing of one request
    failed = Signal(str)  # a bug's message
    busyChanged = Signal(bool)

    def __init__(self, annotator: str, cache: ParseCache | None = None, parent: QObject | None = None,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.annotator = annotator
        self.cache = cache if cache is not None else ParseCache()
        self._pool = pool or QThreadPool.globalInstance()
        self._queue: list[list[Path]] = []
        self._running: tuple[FunctionTask, _ListingSignals] | None = None

    @property
    def busy(self) -> bool:
        return self._running is not None or bool(self._queue)

    def list(self, paths: Sequence[Path | str]) -> None:
        """List the reports of ``paths`` (folders or files) after any request already made."""
        was_busy = self.busy
        self._queue.append([Path(path) for path in paths])
        if not was_busy:
            self.busyChanged.emit(True)
        self._start_next()

    def cancel(self) -> None:
        """Forget waiting requests and stop the running one at its next file."""
        self._queue.clear()
        if self._running is not None:
            self._running[0].cancel.set()

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)

    def _start_next(self) -> None:
        if self._running is not None:
            return
        if not self._queue:
            self.busyChanged.emit(False)
            return
        paths = self._queue.pop(0)
        signals = _ListingSignals()  # no parent: the task may outlive this lister
        signals.found.connect(self.found)
        signals.progress.connect(self.progress)
        signals.succeeded.connect(self.finished)
        signals.failed.connect(lambda error: self.failed.emit(f"{type(error).__name__}: {error}"))
        signals.done.connect(self._on_done)
        annotator, cache = self.annotator, self.cache

        def work(progress: Progress) -> ReportListing:
            batch: list[ListedReport] = []
            sent = time.monotonic()

            def collect(reports: list[ListedReport]) -> None:
                nonlocal sent
                batch.extend(reports)
                if time.monotonic() - sent >= BATCH_SECONDS:
                    signals.found.emit(list(batch))
                    batch.clear()
                    sent = time.monotonic()

            listing = list_reports(paths, annotator, cache, progress, on_found=collect)
            if batch:
                signals.found.emit(batch)
            return listing

        task = FunctionTask(work, signals)
        self._running = (task, signals)
        self._pool.start(task)

    @Slot()
    def _on_done(self) -> None:
        self._running = None
        self._start_next()
