"""Suggestion work off the GUI thread: loading, training and predicting, one job at a time.

A job is a plain function without arguments, a closure over what the GUI
thread gathered (core objects, never widgets), which calls ``core``
(``core.suggest_training``, ``core.suggest_model``).  Its result comes back
by ``finished(kind, result)``, an exception by ``failed(kind, error)``.  Jobs
run one after another in the order given, so a model object is never used by
two threads at once; a job given while another of its kind still waits
replaces the waiting one (only the newest retraining matters).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Work = Callable[[], object]


class _JobSignals(QObject):
    finished = Signal(str, object)  # kind, result
    failed = Signal(str, object)  # kind, exception
    done = Signal()


class _Job(QRunnable):
    def __init__(self, kind: str, work: Work, signals: _JobSignals) -> None:
        super().__init__()
        self.kind = kind
        self.work = work
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # noqa: BLE001 - a bug must reach the user, not kill the thread
            self.signals.failed.emit(self.kind, error)
        else:
            self.signals.finished.emit(self.kind, result)
        finally:
            self.signals.done.emit()


class SuggestionWorker(QObject):
    """Runs suggestion jobs in a thread pool, one at a time; ``busyChanged`` brackets work."""

    started = Signal(str)  # kind
    finished = Signal(str, object)  # kind, result
    failed = Signal(str, object)  # kind, exception
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._waiting: list[tuple[str, Work]] = []
        self._running: tuple[str, _Job, _JobSignals] | None = None

    @property
    def busy(self) -> bool:
        return self._running is not None or bool(self._waiting)

    @property
    def running_kind(self) -> str | None:
        return self._running[0] if self._running is not None else None

    def submit(self, kind: str, work: Work) -> None:
        """Run ``work`` after the jobs already given; it replaces a waiting job of the same kind."""
        was_busy = self.busy
        self._waiting = [(waiting_kind, job) for waiting_kind, job in self._waiting if waiting_kind != kind]
        self._waiting.append((kind, work))
        if not was_busy:
            self.busyChanged.emit(True)
        self._start_next()

    def waiting_kinds(self) -> list[str]:
        return [kind for kind, _work in self._waiting]

    def cancel_pending(self) -> None:
        """Forget the jobs not yet started (the running one finishes)."""
        self._waiting.clear()

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (for closing and for tests)."""
        return self._pool.waitForDone(msecs)

    def _start_next(self) -> None:
        if self._running is not None:
            return
        if not self._waiting:
            self.busyChanged.emit(False)
            return
        kind, work = self._waiting.pop(0)
        signals = _JobSignals()  # no parent: the job may outlive this worker
        signals.finished.connect(self._on_finished)
        signals.failed.connect(self._on_failed)
        signals.done.connect(self._on_done)
        job = _Job(kind, work, signals)
        self._running = (kind, job, signals)
        self.started.emit(kind)
        self._pool.start(job)

    @Slot(str, object)
    def _on_finished(self, kind: str, result: object) -> None:
        self.finished.emit(kind, result)

    @Slot(str, object)
    def _on_failed(self, kind: str, error: object) -> None:
        self.failed.emit(kind, error)

    @Slot()
    def _on_done(self) -> None:
        self._running = None
        self._start_next()
