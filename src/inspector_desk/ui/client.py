"""How screens reach the services: every call runs on the task runner's worker thread.

A page calls ``client.call(lambda svc: svc.case_page(f), on_done=self.show_rows)``; the
lambda runs off the UI thread with the unlocked session's :class:`DeskService`, its result
comes back on the UI thread, and an error goes to the one error presenter unless the page
handles it. Screens never see the store, SQL or the session object itself.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

from inspector_desk.core.errors import VaultLocked
from inspector_desk.core.services import DeskService
from inspector_desk.ui.errors import ErrorPresenter
from inspector_desk.ui.tasks import Task, TaskRunner


class ServiceClient(QObject):
    changed = Signal(object)  # core.changes.Changes after every successful mutation

    def __init__(self, runner: TaskRunner, presenter: ErrorPresenter,
                 session_getter: Callable[[], Any]) -> None:
        super().__init__()
        self.runner = runner
        self.presenter = presenter
        self._session = session_getter

    def _services(self) -> DeskService:
        session = self._session()
        if session is None or session.locked:
            raise VaultLocked("the vault is locked")
        return session.services

    def call(self, fn: Callable[[DeskService], Any], on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None,
             on_progress: Callable[[int, int], None] | None = None, name: str = "") -> Task:
        def job() -> Any:
            return fn(self._services())

        return self.runner.run(job, on_done=on_done,
                               on_error=on_error or self._read_failed,
                               on_progress=on_progress, name=name)

    def _read_failed(self, exc: BaseException) -> None:
        """A read that was still queued when the vault locked (a search typed just before
        Ctrl+L) has nothing to show: the lock screen is up. Every other error is shown."""
        if not isinstance(exc, VaultLocked):
            self.presenter.show(exc)

    def mutate(self, fn: Callable[[DeskService], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None) -> Task:
        """Like call(), and announce the returned Changes so open screens refresh."""
        def done(changes: Any) -> None:
            if on_done:
                on_done(changes)
            self.changed.emit(changes)

        return self.call(fn, done, on_error or self.presenter.show)  # a lost save is never quiet

    def session_call(self, fn: Callable[[Any], Any], on_done: Callable[[Any], None] | None = None,
                     on_error: Callable[[BaseException], None] | None = None,
                     on_progress: Callable[[int, int], None] | None = None) -> Task:
        """For the few app-level jobs that need the session itself (documents, sync, backup)."""
        def job() -> Any:
            session = self._session()
            if session is None or session.locked:
                raise VaultLocked("the vault is locked")
            return fn(session)

        return self.runner.run(job, on_done=on_done, on_error=on_error or self.presenter.show,
                               on_progress=on_progress)
