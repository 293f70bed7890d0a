"""One worker thread for every call into the headquarters session (hq/service.py).

The session's database connection is only ever used from this thread (the pattern of the
inspector's desk, ui/tasks.py, copied rather than imported: that runner belongs to the
inspector's controller). A job is a callable; a generator job yields ``(done, total)`` and
stops between two yields when it is cancelled.
"""

from __future__ import annotations

import inspect
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot


class Job(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)
    cancelled = Signal()

    def __init__(self, fn: Callable[..., Any], args: tuple) -> None:
        super().__init__()
        self.fn, self.args = fn, args
        self._cancel = threading.Event()
        self._callbacks: dict[str, Callable[..., None]] = {}
        self.release: Callable[["Job"], None] = lambda _job: None
        self.finished.connect(self._on_finished)
        self.failed.connect(self._on_failed)
        self.progress.connect(self._on_progress)
        self.cancelled.connect(self._on_cancelled)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _deliver(self, key: str, *args: Any) -> None:
        try:
            if key in self._callbacks:
                self._callbacks[key](*args)
        finally:
            self.release(self)

    @Slot(object)
    def _on_finished(self, value: Any) -> None:
        self._deliver("done", value)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._deliver("error", exc)

    @Slot()
    def _on_cancelled(self) -> None:
        self._deliver("cancelled")

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if "progress" in self._callbacks:
            self._callbacks["progress"](done, total)


class _Cancelled(Exception):
    pass


class _Worker(QObject):
    @Slot(object)
    def execute(self, job: Job) -> None:
        if job.cancel_requested:
            job.cancelled.emit()
            return
        try:
            result = job.fn(*job.args)
            if inspect.isgenerator(result):
                result = self._drive(job, result)
        except _Cancelled:
            job.cancelled.emit()
        except BaseException as exc:  # noqa: BLE001 - shown by the page that asked
            job.failed.emit(exc)
        else:
            job.finished.emit(result)

    @staticmethod
    def _drive(job: Job, gen: Any) -> Any:
        try:
            while True:
                step = next(gen)
                if job.cancel_requested:
                    gen.close()
                    raise _Cancelled()
                if isinstance(step, tuple) and len(step) == 2:
                    job.progress.emit(int(step[0]), int(step[1]))
        except StopIteration as stop:
            return stop.value


class Runner(QObject):
    """A single worker thread with a queue of jobs."""

    _submit = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("hq-desk-db")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.execute)
        self._thread.start()
        self._live: set[Job] = set()

    def run(self, fn: Callable[..., Any], *args: Any, done: Callable[[Any], None] | None = None,
            error: Callable[[BaseException], None] | None = None,
            progress: Callable[[int, int], None] | None = None,
            cancelled: Callable[[], None] | None = None) -> Job:
        job = Job(fn, args)
        for key, cb in (("done", done), ("error", error), ("progress", progress), ("cancelled", cancelled)):
            if cb is not None:
                job._callbacks[key] = cb
        # Kept alive by the UI thread until its result has come back (a job freed on the
        # worker thread with a signal still queued crashes Qt).
        self._live.add(job)
        job.release = self._live.discard
        self._submit.emit(job)
        return job

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def stop(self) -> None:
        for job in list(self._live):
            job.cancel()
        self._thread.quit()
        self._thread.wait(30_000)
