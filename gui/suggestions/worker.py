"""Suggestion work off the GUI thread and out of the GUI process: loading, training, predicting.

Each job is a call of ``core.suggest.service.SuggestionService`` by method
name with small, picklable arguments.  Jobs run one after another in a child
process (started with "spawn" on first use, one per window, at a lower
priority), so jieba and
scikit-learn never hold the interpreter lock the GUI thread needs: a thread
of the pool only waits for the child's answer.  The result comes back by
``finished(kind, result, tag)`` (the tag given with the job), an exception by
``failed(kind, error)``.  A job
given while another of its kind still waits replaces the waiting one (only
the newest retraining matters).  No widget is touched from the worker.

``in_process=True`` runs the calls in the pool thread instead (for a
platform without child processes).
"""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import Executor, ProcessPoolExecutor

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from core.suggest import service as suggest_service

Call = tuple[str, tuple[object, ...], object]  # service method, arguments, tag
STARTING_WAIT_S = 2.0  # closing waits at most this long for a child process being started


class _JobSignals(QObject):
    finished = Signal(str, object, object)  # kind, result, tag
    failed = Signal(str, object)  # kind, exception
    done = Signal()


class _Job(QRunnable):
    def __init__(self, kind: str, call: Call, executor: Executor | None, signals: _JobSignals,
                 starting: threading.Lock) -> None:
        super().__init__()
        self.kind = kind
        self.call = call
        self.executor = executor
        self.signals = signals
        self.starting = starting
        self.setAutoDelete(True)

    def run(self) -> None:
        method, args, tag = self.call
        try:
            if self.executor is None:
                result = suggest_service.run(method, *args)
            else:
                with self.starting:  # submitting may start the child: closing waits for that, not for the job
                    future = self.executor.submit(suggest_service.run, method, *args)
                result = future.result()
        except Exception as error:  # noqa: BLE001 - a bug or a dead child must reach the user, not kill the thread
            self.signals.failed.emit(self.kind, error)
        else:
            self.signals.finished.emit(self.kind, result, tag)
        finally:
            self.signals.done.emit()


class SuggestionWorker(QObject):
    """Runs suggestion service calls one at a time; ``busyChanged`` brackets work."""

    started = Signal(str)  # kind
    finished = Signal(str, object, object)  # kind, result, tag
    failed = Signal(str, object)  # kind, exception
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None,
                 in_process: bool = False) -> None:
        super().__init__(parent)
        if pool is None:  # its own thread, which mostly waits: the shared pool stays free for loading files
            pool = QThreadPool(self)
            pool.setMaxThreadCount(1)
        self._pool = pool
        self._in_process = in_process
        self._executor: ProcessPoolExecutor | None = None
        self._starting = threading.Lock()  # held while a job hands its call to the child (and may start it)
        self._closed = False  # after shutdown no job starts (it would start a new child as the process ends)
        self._waiting: list[tuple[str, Call]] = []
        self._running: tuple[str, _Job, _JobSignals] | None = None

    @property
    def busy(self) -> bool:
        return self._running is not None or bool(self._waiting)

    @property
    def running_kind(self) -> str | None:
        return self._running[0] if self._running is not None else None

    def submit(self, kind: str, method: str, *args: object, tag: object = None) -> None:
        """Call ``method`` after the jobs already given; it replaces a waiting job of the same kind."""
        if self._closed:
            return
        was_busy = self.busy
        self._waiting = [(waiting_kind, call) for waiting_kind, call in self._waiting if waiting_kind != kind]
        self._waiting.append((kind, (method, args, tag)))
        if not was_busy:
            self.busyChanged.emit(True)
        self._start_next()

    def cancel_pending(self) -> None:
        """Forget the jobs not yet started (the running one finishes)."""
        self._waiting.clear()

    def restart(self) -> None:
        """Drop the child process (after it died); the next job starts a fresh one."""
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def shutdown(self) -> None:
        """On closing: no more jobs, and the child process is ended without waiting for its job.

        Nothing of the child's work needs keeping: it computes suggestions (a
        model it writes goes through an atomic write, so a stopped one leaves the
        previous file), never labels.
        """
        self.cancel_pending()
        self._closed = True
        executor, self._executor = self._executor, None
        if executor is None:
            return
        # a child half started when the process ends prints a traceback ("Ran out of input"): let it start first
        started = self._starting.acquire(timeout=STARTING_WAIT_S)
        try:
            processes = getattr(executor, "_processes", None)  # no public way to stop them before Python 3.14
            for process in list(processes.values()) if isinstance(processes, dict) else []:
                process.terminate()
            executor.shutdown(wait=False, cancel_futures=True)  # under the lock: no job submits after it
        finally:
            if started:
                self._starting.release()

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (for closing and for tests)."""
        return self._pool.waitForDone(msecs)

    def _executor_for_job(self) -> ProcessPoolExecutor | None:
        if self._in_process:
            return None
        if self._executor is None:
            self._executor = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                                 initializer=suggest_service.lower_priority)
        return self._executor

    def _start_next(self) -> None:
        if self._running is not None or self._closed:
            return
        if not self._waiting:
            self.busyChanged.emit(False)
            return
        kind, call = self._waiting.pop(0)
        signals = _JobSignals()  # no parent: the job may outlive this worker
        signals.finished.connect(self._on_finished)
        signals.failed.connect(self._on_failed)
        signals.done.connect(self._on_done)
        job = _Job(kind, call, self._executor_for_job(), signals, self._starting)
        self._running = (kind, job, signals)
        self.started.emit(kind)
        self._pool.start(job)

    @Slot(str, object, object)
    def _on_finished(self, kind: str, result: object, tag: object) -> None:
        self.finished.emit(kind, result, tag)

    @Slot(str, object)
    def _on_failed(self, kind: str, error: object) -> None:
        self.failed.emit(kind, error)

    @Slot()
    def _on_done(self) -> None:
        self._running = None
        self._start_next()
