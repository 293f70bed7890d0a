"""The application's states and the moves between them.

first run ──create──► unlocked ◄──unlock── locked
                          │  ▲                ▲
                          │  └── privacy key ─┤ (blank, no data shown, keys kept)
                          └── Ctrl+L, idle ───┘ (keys dropped, every data view destroyed)

One top-level window; its central stack holds either a login page or the desk. Locking
destroys the desk widgets (and every model with them), closes the vault on the worker
thread and clears the clipboard, so nothing personal stays on screen or in memory we own.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QClipboard, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget, QWidget

from inspector_desk import __version__
from inspector_desk.app.profile import Profiles
from inspector_desk.app.session import InspectorInfo
from inspector_desk.app.settings import Settings
from inspector_desk.core.errors import UnlockThrottled
from inspector_desk.ui.client import ServiceClient
from inspector_desk.ui.errors import ErrorPresenter
from inspector_desk.ui.i18n import Translations
from inspector_desk.ui.login import FirstRunWizard, UnlockPage
from inspector_desk.ui.tasks import TaskRunner

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
             QEvent.Type.MouseMove, QEvent.Type.TouchBegin}


CLIPBOARD_SECONDS = 30


class AppController(QObject):
    state_changed = Signal(str)  # "first_run", "locked", "unlocked", "blanked"

    def __init__(self, profiles: Profiles, settings: Settings | None = None,
                 translations: Translations | None = None) -> None:
        super().__init__()
        self.profiles = profiles
        self.settings = settings or Settings.load(profiles.home)
        self.translations = translations or Translations()
        self.translations.install(self.settings.language)
        self.presenter = ErrorPresenter(self.settings.language)
        self.runner = TaskRunner(self)
        self.session: Any = None  # touched only by jobs on the runner's worker thread
        self.inspector: InspectorInfo | None = None  # plain data, read by the screens
        self.client = ServiceClient(self.runner, self.presenter, lambda: self.session)
        self.window = QMainWindow()
        self.window.setWindowTitle(self.tr("Inspector Desk"))
        self.window.resize(1280, 800)
        self.stack = QStackedWidget()
        self.window.setCentralWidget(self.stack)
        self.desk: QWidget | None = None
        self.state = ""
        self._last_activity = time.monotonic()
        self._blank = QLabel(self.tr("Inspector Desk — press F12 to return"))
        self._blank.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self._blank)
        self._install_shortcuts()
        QApplication.instance().installEventFilter(self)
        self.idle_timer = QTimer(self)
        self.idle_timer.setInterval(5000)
        self.idle_timer.timeout.connect(self.lock_if_idle)
        self.idle_timer.start()
        # Whatever this program put on the clipboard (or the X11 selection) is cleared after
        # CLIPBOARD_SECONDS, and at once on lock (SECURITY.md: logs, dumps, clipboard).
        self._copied = ""
        self.clipboard_timer = QTimer(self)
        self.clipboard_timer.setSingleShot(True)
        self.clipboard_timer.setInterval(CLIPBOARD_SECONDS * 1000)
        self.clipboard_timer.timeout.connect(self.clear_clipboard)
        clipboard = QApplication.clipboard()
        clipboard.dataChanged.connect(self._clipboard_changed)
        clipboard.selectionChanged.connect(self._clipboard_changed)
        self._show_start()

    # --- start -------------------------------------------------------------------------

    @property
    def profile(self) -> str:
        return self.settings.profile

    def _show_start(self) -> None:
        if self.profiles.exists(self.profile):
            self._show_unlock()
        else:
            ok, name = self.profiles.keyring_status()
            wizard = FirstRunWizard(ok, name)
            wizard.submitted.connect(self._create)
            self._set_page(wizard, "first_run")

    def _set_page(self, widget: QWidget, state: str) -> None:
        old = self.stack.currentWidget()
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        if old is not None and old is not self._blank and old is not widget:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.state = state
        self.state_changed.emit(state)

    def _show_unlock(self, message: str = "") -> None:
        page = UnlockPage(self.profile)
        page.submitted.connect(lambda text: self.unlock(text, page))
        self._set_page(page, "locked")
        if message:
            page.message.setText(message)
        page.passphrase.setFocus()

    # --- create, unlock, lock ------------------------------------------------------------

    def _create(self, data: dict) -> None:
        info = InspectorInfo(name=data["name"], login=data["badge"], unit=data["unit"],
                             district=data["district"])

        def job() -> None:
            self.session = self.profiles.create(self.profile, data["passphrase"], info,
                                                allow_passphrase_only=data["passphrase_only"])
            self.inspector = info
            if data.get("enrolment"):
                from inspector_desk.app import sync

                sync.import_enrolment(self.session, Path(data["enrolment"]), profiles=self.profiles,
                                      profile=self.profile, passphrase=data["passphrase"])

        self.runner.run(job, on_done=lambda _: self._open_desk(), on_error=self.presenter.show)

    def unlock(self, passphrase: str, page: UnlockPage | None = None) -> None:
        def job() -> None:
            self.session = self.profiles.unlock(self.profile, passphrase)
            self.inspector = self.session.inspector

        def failed(exc: BaseException) -> None:
            if page is not None and isinstance(exc, Exception):
                page.failed(self.presenter.message(exc))
                if isinstance(exc, UnlockThrottled):
                    page.button.setEnabled(False)
                    QTimer.singleShot(1000 * int(exc.params.get("retry_after", 1)),
                                      lambda: page.button.setEnabled(True))
            else:
                self.presenter.show(exc)

        self.runner.run(job, on_done=lambda _: self._open_desk(), on_error=failed)

    def _open_desk(self) -> None:
        from inspector_desk.ui.main_window import Desk

        self._last_activity = time.monotonic()
        self.desk = Desk(self)
        self._set_page(self.desk, "unlocked")

    def lock(self) -> None:
        """Hide everything at once, then drop the keys on the worker."""
        if self.state not in ("unlocked", "blanked"):
            return
        self.desk = None
        QApplication.clipboard().clear()
        self.clear_clipboard()
        self._show_unlock()

        def job() -> None:
            session, self.session = self.session, None
            if session is not None:
                session.lock()

        self.runner.run(job, on_error=self.presenter.show)

    def _clipboard_changed(self) -> None:
        """Something was copied while this program was in front (not every platform can say
        who owns the clipboard): remember it and clear it later if it is still there."""
        clipboard = QApplication.clipboard()
        ours = clipboard.ownsClipboard() or (clipboard.supportsSelection() and clipboard.ownsSelection())
        if ours or QApplication.applicationState() == Qt.ApplicationState.ApplicationActive:
            self._copied = clipboard.text()
            self.clipboard_timer.start()

    def clear_clipboard(self) -> None:
        """Clear what this program put on the clipboard and, on X11/Wayland, the selection
        (text selected in our fields); what another program copied since is left alone."""
        clipboard = QApplication.clipboard()
        if clipboard.ownsClipboard() or (self._copied and clipboard.text() == self._copied):
            clipboard.clear()
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
        self._copied = ""

    def lock_if_idle(self, now: float | None = None) -> bool:
        idle = (now if now is not None else time.monotonic()) - self._last_activity
        if self.state in ("unlocked", "blanked") and idle >= self.settings.autolock_minutes * 60:
            self.lock()
            return True
        return False

    def toggle_blank(self) -> None:
        """The privacy key: blank the window at once; the same key brings it back."""
        if self.state == "unlocked":
            self.stack.setCurrentWidget(self._blank)
            self.state = "blanked"
        elif self.state == "blanked" and self.desk is not None:
            self.stack.setCurrentWidget(self.desk)
            self.state = "unlocked"
        self.state_changed.emit(self.state)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _ACTIVITY:
            self._last_activity = time.monotonic()
        return False

    def _install_shortcuts(self) -> None:
        lock = QAction(self.tr("Lock"), self.window)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        lock.triggered.connect(self.lock)
        blank = QAction(self.tr("Hide the screen"), self.window)
        blank.setShortcut(QKeySequence("F12"))
        blank.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        blank.triggered.connect(self.toggle_blank)
        self.window.addAction(lock)
        self.window.addAction(blank)
        self.lock_action, self.blank_action = lock, blank

    # --- settings that change the whole window -------------------------------------------

    def set_language(self, lang: str) -> None:
        """Switch the interface language while running: the desk is rebuilt in place."""
        self.settings.language = lang
        self.settings.save(self.profiles.home)
        self.translations.install(lang)
        self.presenter.language = lang
        self.window.setWindowTitle(self.tr("Inspector Desk"))
        self._blank.setText(self.tr("Inspector Desk — press F12 to return"))
        self.lock_action.setText(self.tr("Lock"))
        self.blank_action.setText(self.tr("Hide the screen"))
        if self.state == "unlocked":
            page = self.desk.current_page_name() if self.desk is not None else "settings"
            self._open_desk()
            self.desk.show_page(page)
        elif self.state == "locked":
            self._show_unlock()
        elif self.state == "first_run":
            self._show_start()

    def set_autolock(self, minutes: int) -> None:
        self.settings.autolock_minutes = minutes
        self.settings.save(self.profiles.home)

    @property
    def session_login(self) -> str:
        return self.inspector.login if self.inspector else ""

    @property
    def version(self) -> str:
        return __version__

    def shutdown(self) -> None:
        if self.runner.stopped:
            return
        self.idle_timer.stop()
        self.clipboard_timer.stop()
        clipboard = QApplication.clipboard()
        clipboard.dataChanged.disconnect(self._clipboard_changed)
        clipboard.selectionChanged.disconnect(self._clipboard_changed)
        QApplication.instance().removeEventFilter(self)

        def job() -> None:
            if self.session is not None:
                self.session.lock()
                self.session = None

        self.runner.call(job)
        self.runner.shutdown()
        from inspector_desk.ui.i18n import uninstall_all

        uninstall_all()
