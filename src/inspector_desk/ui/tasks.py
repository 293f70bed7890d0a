"""The one way the screens run work off the UI thread.

All database work goes through one :class:`TaskRunner`, whose single worker thread runs jobs
one after another: the vault connection is only ever used from that thread, so access is
serialised without locks in the screens, and the UI thread never waits on SQLCipher or the
KDF. A job is a plain callable; a long job is a generator that yields ``(done, total)``
progress and may be cancelled between yields (core code stays free of Qt: the generator is
adapted to signals here, at the edge).
"""

from __future__ import annotations

import inspect
import logging
import threading
from collections import deque
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a generator job when the user pressed Cancel."""


class Task(QObject):
    """One submitted job. Signals arrive on the thread that created the task (the UI)."""

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)
    cancelled = Signal()

    def __init__(self, fn: Callable[..., Any], args: tuple, kwargs: dict, name: str) -> None:
        super().__init__()
        self.fn, self.args, self.kwargs, self.name = fn, args, kwargs, name
        self._cancel = threading.Event()
        self.done = False
        self._callbacks: dict[str, Callable[..., None]] = {}
        # Connected to this object's own slots, so Qt queues them to the thread the task
        # lives in (the UI thread) whatever the callbacks are: lambdas included.
        self.finished.connect(self._on_finished)
        self.failed.connect(self._on_failed)
        self.progress.connect(self._on_progress)
        self.cancelled.connect(self._on_cancelled)
        self.release: Callable[["Task"], None] = lambda _task: None
        # Whether the callbacks still have somewhere to go: a page that was destroyed (or a
        # desk that a lock took away) never gets a result, whatever the worker finished.
        self.alive: Callable[[], bool] = lambda: True

    def on(self, done: Callable[[Any], None] | None = None,
           error: Callable[[BaseException], None] | None = None,
           progress: Callable[[int, int], None] | None = None,
           cancelled: Callable[[], None] | None = None) -> "Task":
        for key, fn in (("done", done), ("error", error), ("progress", progress),
                        ("cancelled", cancelled)):
            if fn is not None:
                self._callbacks[key] = fn
        return self

    def _deliver(self, key: str, *args: Any) -> None:
        try:
            if key in self._callbacks and self.alive():
                self._callbacks[key](*args)
        finally:
            self.release(self)

    @Slot(object)
    def _on_finished(self, value: Any) -> None:
        self._deliver("done", value)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        if "error" in self._callbacks and not self.alive():
            log.info("task %s failed after its screen was gone: %s", self.name, type(exc).__name__)
        self._deliver("error", exc)

    @Slot()
    def _on_cancelled(self) -> None:
        self._deliver("cancelled")

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if "progress" in self._callbacks and self.alive():
            self._callbacks["progress"](done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()


class _Worker(QObject):
    @Slot(object)
    def execute(self, task: Task) -> None:
        if task.cancel_requested:
            task.done = True
            task.cancelled.emit()
            return
        try:
            result = task.fn(*task.args, **task.kwargs)
            if inspect.isgenerator(result):
                result = self._drive(task, result)
        except Cancelled:
            task.done = True
            task.cancelled.emit()
        except BaseException as exc:  # noqa: BLE001 - handed to the error presenter
            task.done = True
            task.failed.emit(exc)
        else:
            task.done = True
            task.finished.emit(result)

    @staticmethod
    def _drive(task: Task, gen: Any) -> Any:
        try:
            while True:
                step = next(gen)
                if task.cancel_requested:
                    gen.close()
                    raise Cancelled()
                if isinstance(step, tuple) and len(step) == 2:
                    task.progress.emit(int(step[0]), int(step[1]))
        except StopIteration as stop:
            return stop.value


class TaskRunner(QObject):
    """A single worker thread with a queue of tasks."""

    _submit = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("inspector-desk-db")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.execute)
        self._thread.start()
        self._live: set[Task] = set()

    def run(self, fn: Callable[..., Any], *args: Any,
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            on_progress: Callable[[int, int], None] | None = None,
            name: str = "", **kwargs: Any) -> Task:
        task = Task(fn, args, kwargs, name or getattr(fn, "__name__", "task"))
        task.on(on_done, on_error, on_progress)
        self._keep(task)  # alive until its callbacks have run on the UI thread
        return task

    def call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run on the worker and wait for the result: only for shutdown and tests."""
        if self.stopped:
            raise RuntimeError("the task runner has been shut down")
        result: dict[str, Any] = {}
        done = threading.Event()

        def job() -> None:
            try:
                result["value"] = fn(*args, **kwargs)
            except BaseException as exc:  # noqa: BLE001
                result["error"] = exc
            finally:
                done.set()

        self._keep(Task(job, (), {}, "call"))
        done.wait()
        if "error" in result:
            raise result["error"]
        return result.get("value")

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def cancel_all(self) -> int:
        """Ask every queued or running job to stop (a lock): generator jobs stop at their
        next step, queued ones never start. Returns how many were asked."""
        live = list(self._live)
        for task in live:
            task.cancel()
        return len(live)

    def wait_idle(self, timeout_ms: int) -> bool:
        """Wait (briefly, for a lock) until the worker has run everything queued before now."""
        if self.stopped:
            return True
        done = threading.Event()
        self._keep(Task(done.set, (), {}, "barrier"))
        return done.wait(timeout_ms / 1000)

    def _keep(self, task: Task) -> None:
        """Submit a task that the UI thread keeps alive until its 'finished' signal has
        come back. A task known only to the queued call would be freed on the worker thread
        when its slot returns: a QObject of the UI thread deleted from another thread, with
        its own signal still queued (a segfault seen under load)."""
        self._live.add(task)
        task.release = self._live.discard
        self._submit.emit(task)

    @property
    def stopped(self) -> bool:
        return not self._thread.isRunning()

    def shutdown(self) -> None:
        for task in list(self._live):
            task.cancel()
        self._thread.quit()
        self._thread.wait(10_000)


class InlineTaskRunner(TaskRunner):
    """TaskRunner's interface without a worker thread, for unit tests of screens.

    Each job runs on the thread that owns the runner (the UI thread) with the worker's own
    code (``_Worker.execute``), so results, errors, progress and cancellation reach the Task's
    signals and callbacks exactly as they do from the worker, only on one thread and in a
    known order. As with the threaded runner, a job submitted by ``run()`` runs after control
    has left the caller, so callbacks attached to the returned task (``task.alive`` in
    ui/client.py, ``.on(cancelled=...)`` in hqdesk/worker.py) are honoured, and a job
    submitted from a callback runs after the current one, never inside it. Jobs run in
    submission order when the test calls :meth:`run_pending` (deterministic, no event loop
    needed) or, failing that, at the next turn of the event loop (``qtbot.waitUntil`` works
    as with the threaded runner). ``call()`` and ``wait_idle()`` first run what is queued.
    A test only: the vault's connection is never touched from the UI thread in the app.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        QObject.__init__(self, parent)  # not TaskRunner.__init__: no thread is started
        self._queue: deque[Task] = deque()
        self._live: set[Task] = set()
        self._stopped = False
        self._executor = _Worker()  # lives on this thread: it runs the job in place
        self._tick = QTimer(self)
        self._tick.setSingleShot(True)
        self._tick.setInterval(0)
        self._tick.timeout.connect(self.run_pending)

    def run_pending(self) -> int:
        """Run every queued job on this thread, oldest first, including the jobs their own
        callbacks submit; deliver each one's callbacks as it ends. Returns how many ran."""
        ran = 0
        while self._queue and not self._stopped:
            self._executor.execute(self._queue.popleft())
            ran += 1
        return ran

    def call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run what is queued, then ``fn`` here, and return its result or raise its error."""
        if self.stopped:
            raise RuntimeError("the task runner has been shut down")
        self.run_pending()
        return fn(*args, **kwargs)

    def wait_idle(self, timeout_ms: int) -> bool:
        """Run everything queued before now (and what it submits); always idle afterwards."""
        self.run_pending()
        return True

    def _keep(self, task: Task) -> None:
        self._live.add(task)
        task.release = self._live.discard
        self._queue.append(task)
        if not self._stopped:
            self._tick.start()

    @property
    def stopped(self) -> bool:
        return self._stopped

    def shutdown(self) -> None:
        """Like the threaded runner's: jobs are asked to stop and queued ones never run."""
        for task in list(self._live):
            task.cancel()
        self._stopped = True
        self._tick.stop()
        self._queue.clear()
