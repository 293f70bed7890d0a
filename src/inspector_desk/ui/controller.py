"""The application's states and the moves between them.

first run ──create──► unlocked ◄──unlock── locked
                          │  ▲                ▲
                          │  └── privacy key ─┤ (covered, no data shown, keys kept)
                          └── Ctrl+L, idle, ──┘ (keys dropped, process replaced)
                              suspend, screen lock

One top-level window; its central stack holds either a login page or the desk. The vault,
its keys and its jobs belong to the application core (app/core.py), reached only through
the service client. F12 and Ctrl+L are read by an application-wide event filter, so they
work over every window and dialog, modal ones included.

Locking hides every window at once, cancels the jobs, closes the vault on the worker and
clears the clipboard; then, in the real program, the process replaces itself with a fresh
one showing the unlock screen (ui/relaunch.py): no key, passphrase or name survives in it.
Tests that run in-process pass no ``relaunch`` and get the same steps without the exec.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QClipboard, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QStackedWidget, QWidget

import inspector_desk
from inspector_desk.app.core import AppCore
from inspector_desk.app.profile import Profiles
from inspector_desk.app.settings import Settings
from inspector_desk.core.errors import UnlockThrottled
from inspector_desk.ui import clock as ui_clock
from inspector_desk.ui.client import ServiceClient
from inspector_desk.ui.curtain import Curtain
from inspector_desk.ui.errors import ErrorPresenter
from inspector_desk.ui.i18n import Translations
from inspector_desk.ui.login import FirstRunWizard, UnlockPage
from inspector_desk.ui.os_lock import OsLockWatcher, idle_clock
from inspector_desk.ui.relaunch import Relaunch
from inspector_desk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from inspector_desk.app.session import InspectorInfo
    from inspector_desk.ui.main_window import Desk

log = logging.getLogger(__name__)

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
             QEvent.Type.MouseMove, QEvent.Type.TouchBegin}

CLIPBOARD_SECONDS = 30
LOCK_WAIT_MS = 3000  # how long a lock waits for the running job to stop before it ends anyway


LOCK_KEY = (Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
PRIVACY_KEY = (Qt.Key.Key_F12, Qt.KeyboardModifier.NoModifier)


def _is_key(event: QKeyEvent, key: tuple) -> bool:
    return (event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier) == key


# After the window has been drawn: the worker's imports would compete with it for the GIL.
PREPARE_AFTER_MS = 300
DESK_MODULES = ("inspector_desk.ui.main_window", "inspector_desk.ui.dashboard",
                "inspector_desk.ui.register", "inspector_desk.ui.case_view",
                "inspector_desk.ui.case_dialogs", "inspector_desk.ui.form_view",
                "inspector_desk.ui.audit_view", "inspector_desk.ui.sync_view",
                "inspector_desk.ui.settings_view", "inspector_desk.app.sync")


class AppController(QObject):
    state_changed = Signal(str)  # "first_run", "locked", "unlocked", "blanked"

    def __init__(self, profiles: Profiles, settings: Settings | None = None,
                 translations: Translations | None = None,
                 relaunch: Callable[[Relaunch], None] | None = None, locked_reason: str = "",
                 watch_os: bool = True) -> None:
        super().__init__()
        self.profiles = profiles
        self.settings = settings or Settings.load(profiles.home)
        self.translations = translations or Translations()
        self.translations.install(self.settings.language)
        self.presenter = ErrorPresenter(self.settings.language)
        self.runner = TaskRunner(self)
        self.core = AppCore(profiles, self.settings.profile)  # touched only by jobs on the runner
        ui_clock.use(profiles.clock)  # every screen's "now": the session's clock (ui/clock.py)
        self.inspector: InspectorInfo | None = None  # plain data, read by the screens
        self.client = ServiceClient(self.runner, self.presenter, self.core)
        self.relaunch = relaunch
        self.window = QMainWindow()
        self.window.setWindowTitle(self.tr("Inspector Desk"))
        self.window.resize(1280, 800)
        self.stack = QStackedWidget()
        self.window.setCentralWidget(self.stack)
        self.desk: Desk | None = None
        self.state = ""
        self.curtain = Curtain(self)
        self._title_what = ""  # what the window title names besides the program (show_title)
        self._last_activity = idle_clock()
        self._install_actions()
        app = QApplication.instance()
        assert app is not None  # the controller lives in a running application
        app.installEventFilter(self)
        self.idle_timer = QTimer(self)
        self.idle_timer.setInterval(5000)
        self.idle_timer.timeout.connect(self.lock_if_idle)
        self.idle_timer.start()
        self.os_lock = OsLockWatcher(self) if watch_os else None
        if self.os_lock is not None:
            self.os_lock.lock_requested.connect(self.lock)
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
        self._show_start(self._reason_text(locked_reason))
        # While the passphrase is typed, the worker reads the form definitions (a few
        # hundred ms of YAML and schema checks) so that Enter opens the desk without them.
        QTimer.singleShot(PREPARE_AFTER_MS, self._prepare)

    # --- start -------------------------------------------------------------------------

    def _prepare(self) -> None:
        """On the worker, while the unlock page waits: the form definitions, and the code of
        the desk's pages (imported there, so that building the desk after Enter does not
        hold the UI thread for the imports: modules only, no widget is made off the UI thread)."""
        def preload() -> None:
            import importlib

            self.core.prepare()
            for name in DESK_MODULES:
                importlib.import_module(name)

        self.runner.run(preload)

    @property
    def profile(self) -> str:
        return self.settings.profile

    def _show_start(self, message: str = "") -> None:
        if self.profiles.exists(self.profile):
            self._show_unlock(message)
        else:
            ok, name = self.profiles.keyring_status()
            wizard = FirstRunWizard(ok, name)
            wizard.submitted.connect(self._create)
            wizard.language_chosen.connect(self.set_language)
            self._set_page(wizard, "first_run")

    def _reason_text(self, reason: str) -> str:
        return {
            "idle": self.tr("Locked after {0} minutes without activity.").format(self.settings.autolock_minutes),
            "suspend": self.tr("Locked because the computer went to sleep."),
            "screen": self.tr("Locked because the screen was locked."),
            "logout": self.tr("Locked because the session ended."),
            "manual": self.tr("Locked."),
        }.get(reason, "")

    def _set_page(self, widget: QWidget, state: str) -> None:
        old = self.stack.currentWidget()
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        if old is not None and old is not widget:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.state = state
        if state != "unlocked" and state != "blanked":
            self.show_title("")  # the unlock page and the first run name nothing
        self.state_changed.emit(state)

    def show_title(self, what: str) -> None:
        """The window title: the program and what is open ("Inspector Desk — Case 2026-0001").
        It shows in the task bar and in Alt+Tab to anyone in the room, so callers name a page
        or a case number, never a person; under the privacy screen it names nothing."""
        self._title_what = what
        app = self.tr("Inspector Desk")
        self.window.setWindowTitle(f"{app} — {what}" if what and not self.curtain.drawn else app)

    def _show_unlock(self, message: str = "") -> None:
        page = UnlockPage(self.profile)
        page.submitted.connect(lambda text: self.unlock(text, page))
        self._set_page(page, "locked")
        if message:
            page.message.setText(message)
        page.passphrase.setFocus()

    # --- create, unlock, lock ------------------------------------------------------------

    def _create(self, data: dict) -> None:
        from inspector_desk.app.session import InspectorInfo

        info = InspectorInfo(name=data["name"], login=data["badge"], unit=data["unit"],
                             district=data["district"], rank=data.get("rank", ""),
                             unit_kk=data.get("unit_kk", ""))

        def job() -> None:
            enrolment = Path(data["enrolment"]) if data.get("enrolment") else None
            self.inspector = self.core.create(data["passphrase"], info,
                                              allow_passphrase_only=data["passphrase_only"],
                                              enrolment=enrolment,
                                              hq_fingerprint=data.get("hq_fingerprint") or None)

        wizard = self.stack.currentWidget()  # it says why and stays usable (ui/login.py)
        self.runner.run(job, on_done=lambda _: self.open_desk(),
                        on_error=lambda exc: wizard.failed(exc, self.presenter.message(exc))
                        if isinstance(wizard, FirstRunWizard) else self.presenter.show(exc))

    def unlock(self, passphrase: str, page: UnlockPage | None = None) -> None:
        def job() -> None:
            self.inspector = self.core.unlock(passphrase)

        def failed(exc: BaseException) -> None:
            if page is not None and isinstance(exc, Exception):
                page.failed(self.presenter.message(exc))
                if isinstance(exc, UnlockThrottled):
                    page.button.setEnabled(False)
                    QTimer.singleShot(1000 * int(exc.params.get("retry_after", 1)),
                                      lambda: page.button.setEnabled(True))
            else:
                self.presenter.show(exc)

        self.runner.run(job, on_done=lambda _: self.open_desk(), on_error=failed)

    def open_desk(self) -> None:
        from inspector_desk.ui.main_window import Desk

        self._last_activity = idle_clock()
        self.desk = Desk(self)
        # Rebuilt under the F12 curtain (a restore finishing while the screen is hidden): it
        # stays hidden until F12 is pressed again.
        self._set_page(self.desk, "blanked" if self.curtain.drawn else "unlocked")

    def lock(self, reason: str = "manual") -> None:
        """Hide everything at once, stop the jobs, drop the keys, end the process."""
        if self.state not in ("unlocked", "blanked"):
            return
        log.info("lock (reason=%s)", reason)
        self.client.revoke()  # first: a result already on its way is dropped on arrival
        self.curtain.forget()
        for window in QApplication.topLevelWidgets():
            if window is not self.window and window.isVisible():
                if isinstance(window, QDialog):
                    window.reject()  # ends an exec() loop too; nothing of it is saved
                window.hide()
        desk, self.desk = self.desk, None
        self.show_title("")
        QApplication.clipboard().clear()
        self.clear_clipboard()
        self.runner.cancel_all()
        self.runner.run(self.core.lock, on_error=self.presenter.show, name="lock")
        if self.relaunch is not None:
            self.window.hide()
            self.state = "locked"  # nothing is shown; the fresh process shows the unlock page
            geometry = self._geometry()
            self.runner.wait_idle(LOCK_WAIT_MS)
            self.relaunch(Relaunch(home=str(self.profiles.home), profile=self.profile,
                                   lang=self.settings.language, reason=reason, geometry=geometry))
            if desk is not None:  # only a test's relaunch returns: the real one ends the process
                desk.deleteLater()
            return
        self._show_unlock(self._reason_text(reason))
        if desk is not None:
            desk.deleteLater()

    def _geometry(self) -> str:
        if self.window.isMaximized():
            return "max"
        g = self.window.geometry()
        return f"{g.x()},{g.y()},{g.width()},{g.height()}"

    def restore_geometry(self, text: str) -> None:
        """Put the window back where the locked process had it (``--geometry``)."""
        if text == "max":
            self.window.showMaximized()
            return
        try:
            x, y, w, h = (int(v) for v in text.split(","))
        except ValueError:
            return
        self.window.setGeometry(x, y, max(w, 640), max(h, 480))

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
        idle = (now if now is not None else idle_clock()) - self._last_activity
        if self.state in ("unlocked", "blanked") and idle >= self.settings.autolock_minutes * 60:
            self.lock("idle")
            return True
        return False

    def toggle_blank(self) -> None:
        """The privacy key: cover every window at once; the same key takes the covers off."""
        # A neutral screen: no words, least of all how to take it off (an onlooker must not
        # learn that F12 brings the case back).
        if self.state == "unlocked":
            self.curtain.draw("")
            self.state = "blanked"
        elif self.state == "blanked":
            self.curtain.lift()
            self.state = "unlocked"
        else:
            return
        self.show_title(self._title_what)
        self.state_changed.emit(self.state)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in _ACTIVITY:
            self._last_activity = idle_clock()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(event, QKeyEvent):
            lock, privacy = _is_key(event, LOCK_KEY), _is_key(event, PRIVACY_KEY)
            if lock or privacy:
                if kind == QEvent.Type.ShortcutOverride:
                    event.accept()  # ours, whatever widget or dialog has the focus
                    return False
                event.accept()  # consumed here: no widget or dialog sees it, no parent again
                if not event.isAutoRepeat():
                    if lock:
                        self.lock()
                    else:
                        self.toggle_blank()
                return True
        return False

    def _install_actions(self) -> None:
        """Menu entries for the two keys; the keys themselves are read by eventFilter."""
        lock = QAction(self.tr("Lock (Ctrl+L)"), self.window)
        lock.triggered.connect(lambda: self.lock())
        blank = QAction(self.tr("Hide the screen (F12)"), self.window)
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
        self.show_title("")
        self.lock_action.setText(self.tr("Lock (Ctrl+L)"))
        self.blank_action.setText(self.tr("Hide the screen (F12)"))
        if self.state == "unlocked":
            page = self.desk.current_page_name() if self.desk is not None else "settings"
            self.open_desk()
            assert self.desk is not None
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
        return inspector_desk.__version__

    def shutdown(self) -> None:
        if self.runner.stopped:
            return
        self.idle_timer.stop()
        self.clipboard_timer.stop()
        clipboard = QApplication.clipboard()
        clipboard.dataChanged.disconnect(self._clipboard_changed)
        clipboard.selectionChanged.disconnect(self._clipboard_changed)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.curtain.forget()

        self.runner.cancel_all()
        self.runner.call(self.core.lock)
        self.runner.shutdown()
        from inspector_desk.ui.i18n import uninstall_all

        uninstall_all()
