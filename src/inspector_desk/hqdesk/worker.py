"""One worker thread for every call into the headquarters session (hq/service.py): the
inspector's desk's runner (ui/tasks.py), so the session's database connection is only ever
used from that thread. A job is a callable; a generator job yields ``(done, total)`` and
stops between two yields when it is cancelled."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject

from inspector_desk.ui.tasks import Task, TaskRunner


class Runner(TaskRunner):
    """A single worker thread with a queue of jobs, under the HQ Desk's callback names."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread.setObjectName("hq-desk-db")

    def run(self, fn: Callable[..., Any], *args: Any,  # type: ignore[override]
            done: Callable[[Any], None] | None = None,
            error: Callable[[BaseException], None] | None = None,
            progress: Callable[[int, int], None] | None = None,
            cancelled: Callable[[], None] | None = None) -> Task:
        # The callbacks are set before control returns to the event loop, which delivers them.
        return super().run(fn, *args, on_done=done, on_error=error,
                           on_progress=progress).on(cancelled=cancelled)

    def stop(self) -> None:
        self.shutdown()


__all__ = ["Runner"]
