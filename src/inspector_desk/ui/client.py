"""How screens reach the application core: every call runs on the task runner's worker thread.

A page calls ``client.call(lambda svc: svc.desk.case_page(f), on_done=self.show_rows)``; the
lambda runs off the UI thread with the core's :class:`DeskService`, its result comes back on
the UI thread, and an error goes to the one error presenter unless the page handles it.
Screens never see the store, SQL, the session or the core itself; the application's own
jobs (printing, the exchange with headquarters, backup) come through :meth:`ServiceClient.act`.

A result reaches its screen only if the screen still exists and the vault has not been
locked or reopened since the call: the *owner* (the page that asked; taken from a bound
``on_done``/``on_error`` when not given) must be alive, and the core's generation must be the
one the call was made in. Everything else is dropped on arrival (ARCHITECTURE.md, habit 10).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

import shiboken6
from PySide6.QtCore import QObject, Signal

from inspector_desk.app.core import AppCore
from inspector_desk.core.errors import VaultLocked
from inspector_desk.ui.errors import ErrorPresenter
from inspector_desk.ui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from inspector_desk.app.actions import AppActions
    from inspector_desk.core.services import DeskService


def _owner_of(*callbacks: Callable[..., Any] | None) -> QObject | None:
    for cb in callbacks:
        target = getattr(cb, "__self__", None)
        if isinstance(target, QObject):
            return target
    return None


class ServiceClient(QObject):
    changed = Signal(object)  # core.changes.Changes after every successful mutation

    def __init__(self, runner: TaskRunner, presenter: ErrorPresenter, core: AppCore) -> None:
        super().__init__()
        self.runner = runner
        self.presenter = presenter
        self.core = core
        self._epoch = 0  # +1 when a lock starts, on the UI thread, before the worker sees it

    def revoke(self) -> None:
        """A lock is starting: no result of a call made before now reaches any screen, even
        one that the worker finishes before it gets to the lock itself."""
        self._epoch += 1

    def _run(self, job: Callable[[], Any], on_done, on_error, on_progress, owner: QObject | None,
             name: str = "") -> Task:
        generation, epoch = self.core.generation, self._epoch
        owner = owner or _owner_of(on_done, on_error, on_progress)
        task = self.runner.run(job, on_done=on_done, on_error=on_error, on_progress=on_progress,
                               name=name)
        core = self.core
        task.alive = lambda: (self._epoch == epoch and core.generation == generation
                              and (owner is None or shiboken6.isValid(owner)))
        return task

    def call(self, fn: Callable[[DeskService], Any], on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None,
             on_progress: Callable[[int, int], None] | None = None, name: str = "",
             owner: QObject | None = None) -> Task:
        core = self.core

        def job() -> Any:
            return fn(core.services)

        return self._run(job, on_done, on_error or self._read_failed, on_progress, owner, name)

    def _read_failed(self, exc: BaseException) -> None:
        """A read that was still queued when the vault locked (a search typed just before
        Ctrl+L) has nothing to show: the lock screen is up. Every other error is shown."""
        if not isinstance(exc, VaultLocked):
            self.presenter.show(exc)

    def mutate(self, fn: Callable[[DeskService], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None,
               owner: QObject | None = None) -> Task:
        """Like call(), and announce the returned Changes so open screens refresh.

        The announcement goes out even when the page that saved is gone by then (the others
        must still refresh); only the page's own callbacks are dropped with it."""
        page = owner or _owner_of(on_done, on_error)

        def here() -> bool:
            return page is None or shiboken6.isValid(page)

        def done(changes: Any) -> None:
            if on_done and here():
                on_done(changes)
            self.changed.emit(changes)

        def failed(exc: BaseException) -> None:
            (on_error if on_error and here() else self.presenter.show)(exc)  # a lost save is never quiet

        return self.call(fn, done, failed, owner=self)

    def case_notices(self, case_id: str, lang: str, on_done: Callable[[list[str]], None],
                     owner: QObject | None = None) -> Task:
        """Headquarters' notices about a case's persons (AppCore.case_notices)."""
        core = self.core
        return self._run(lambda: core.case_notices(case_id, lang), on_done, self._read_failed, None,
                         owner or _owner_of(on_done), "")

    def act(self, fn: Callable[[AppActions], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            on_progress: Callable[[int, int], None] | None = None,
            owner: QObject | None = None) -> Task:
        """Like call(), for the application's jobs beyond the use cases (printing, the
        exchange with headquarters, backup and check: app/actions.py). ``fn`` may be a
        generator that yields (done, total): progress, and a point where Cancel stops it."""
        core = self.core

        def job() -> Any:
            return fn(core.actions)

        return self._run(job, on_done, on_error or self.presenter.show, on_progress, owner)
