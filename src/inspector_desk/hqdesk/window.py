"""The headquarters desk window: a login screen, then a sidebar of the pages the user's role
offers (hq/users.py ``PERMISSIONS``). Ctrl+L locks (the session is closed, the login screen
comes back); the window locks itself after :data:`IDLE_LOCK_MINUTES` without input; F12
draws the privacy curtain (ui/curtain.py)."""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inspector_desk.hq.service import HqSession
from inspector_desk.hqdesk.common import Page, error_text
from inspector_desk.hqdesk.conflicts import ConflictsPage
from inspector_desk.hqdesk.labels import HqLabels
from inspector_desk.hqdesk.pages import (
    AuditPage,
    CaseloadPage,
    DevicesPage,
    InboxPage,
    LinksPage,
    RecoveryPage,
    StatisticsPage,
    UsersPage,
)
from inspector_desk.hqdesk.worker import Runner

IDLE_LOCK_MINUTES = 15
LANGUAGES = {"ru": "Русский", "kk": "Қазақша", "en": "English"}
PAGES: tuple[type[Page], ...] = (DevicesPage, InboxPage, ConflictsPage, CaseloadPage, StatisticsPage,
                                 LinksPage, RecoveryPage, AuditPage, UsersPage)


WARM_UP = ("inspector_desk.reports.statistics", "inspector_desk.reports.charts", "inspector_desk.hqdesk.charts",
           "inspector_desk.hq.links")
"""Modules the screens import on first use (the printed statistics' texts and tables, the
charts, the linked-persons matcher): imported while the keys open (a few seconds of scrypt
on the worker), so that no screen pays for them when it first opens (docs/performance.md)."""


def _warm_up() -> None:
    import importlib

    for name in WARM_UP:
        try:
            importlib.import_module(name)
        except ImportError:  # an optional part missing: its screen says so when opened
            pass


class LoginPage(QWidget):
    """HQ folder and database, the headquarters passphrase, your login and passphrase."""

    def __init__(self, desk: "DeskWindow") -> None:
        super().__init__(desk)
        self.desk = desk
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QWidget(self)
        box.setMaximumWidth(560)
        form = QFormLayout(box)
        title = QLabel(self.tr("Inspector Desk — Headquarters"), box)
        title.setStyleSheet("font-size: 18px; font-weight: 600")
        form.addRow(title)
        self.language = QComboBox(box)
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(desk.lang))
        self.language.currentIndexChanged.connect(lambda _i: desk.set_language(self.language.currentData()))
        form.addRow(self.tr("Language:"), self.language)
        self.home = QLineEdit(str(desk.home), box)
        self.home.setObjectName("home")
        form.addRow(self.tr("Headquarters folder:"), self.home)
        self.db = QLineEdit(desk.db or "", box)
        self.db.setObjectName("db")
        self.db.setPlaceholderText(self.tr("empty: the encrypted file in the folder; or postgresql://…"))
        form.addRow(self.tr("Database:"), self.db)
        self.hq_passphrase = self._secret(box, "hq-passphrase")
        form.addRow(self.tr("Headquarters passphrase:"), self.hq_passphrase)
        self.login = QLineEdit(box)
        self.login.setObjectName("login")
        form.addRow(self.tr("Your login:"), self.login)
        self.passphrase = self._secret(box, "passphrase")
        form.addRow(self.tr("Your passphrase:"), self.passphrase)
        self.open_button = QPushButton(self.tr("Open"), box)
        self.open_button.setObjectName("open")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.submit)
        self.passphrase.returnPressed.connect(self.submit)
        form.addRow(self.open_button)
        self.message = QLabel(box)
        self.message.setObjectName("login-message")
        self.message.setWordWrap(True)
        form.addRow(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    @staticmethod
    def _secret(parent: QWidget, name: str) -> QLineEdit:
        e = QLineEdit(parent)
        e.setObjectName(name)
        e.setEchoMode(QLineEdit.EchoMode.Password)
        return e

    def submit(self) -> None:
        if not self.open_button.isEnabled():
            return
        if not (self.hq_passphrase.text() and self.login.text().strip() and self.passphrase.text()):
            self.message.setText(self.tr("Fill in the headquarters passphrase, your login and your passphrase."))
            return
        self.open_button.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Opening the keys (a few seconds)…"))
        args = (Path(self.home.text().strip()), self.db.text().strip() or None, self.hq_passphrase.text(),
                self.login.text().strip(), self.passphrase.text())
        self.hq_passphrase.clear()
        self.passphrase.clear()
        self.desk.runner.run(self.desk.opener, *args, done=self.desk.opened, error=self.failed)
        QTimer.singleShot(0, _warm_up)  # while the keys open on the worker

    def failed(self, exc: BaseException) -> None:
        self.open_button.setEnabled(True)
        self.message.setStyleSheet("color: #b91c1c")
        self.message.setText(error_text(exc, self.desk.lang))


class _Idle(QObject):
    """Restarts the auto-lock timer on every key press and mouse click of the program."""

    def __init__(self, timer: QTimer) -> None:
        super().__init__()
        self.timer = timer

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self.timer.start()
        return False


class DeskWindow(QMainWindow):
    def __init__(self, home: Path, db: str | None = None, lang: str = "ru",
                 opener: Callable[..., HqSession] = HqSession.open, translations: Any = None) -> None:
        super().__init__()
        self.home, self.db, self.lang, self.opener = Path(home), db, lang, opener
        self.translations = translations
        self.session: HqSession | None = None
        self.labels = HqLabels()
        self.runner = Runner(self)
        self.pages: dict[str, Page] = {}
        self.setWindowTitle(self.tr("Inspector Desk — Headquarters"))
        self.resize(1280, 800)
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.login_page = LoginPage(self)
        self.stack.addWidget(self.login_page)
        self.main: QWidget | None = None
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.lock)
        QShortcut(QKeySequence(Qt.Key.Key_F12), self, activated=self.toggle_curtain,
                  context=Qt.ShortcutContext.ApplicationShortcut)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(int(os.environ.get("INSPECTOR_DESK_HQ_IDLE_MINUTES", IDLE_LOCK_MINUTES)) * 60_000)
        self.idle.timeout.connect(self.lock)
        self._idle_filter = _Idle(self.idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._idle_filter)
        self.curtain = None

    # --- language ----------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """Before login: install the language and rebuild the login screen in it."""
        self.lang = lang
        if self.translations is not None:
            self.translations.install(lang)
        old = self.login_page
        self.login_page = LoginPage(self)
        self.login_page.home.setText(old.home.text())
        self.login_page.db.setText(old.db.text())
        self.login_page.login.setText(old.login.text())
        self.stack.insertWidget(0, self.login_page)
        self.stack.setCurrentWidget(self.login_page)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.login_page.language.setFocus()

    # --- session -----------------------------------------------------------------------------

    def opened(self, session: HqSession) -> None:
        self.session = session
        self.labels = HqLabels(session.now().tzinfo)
        self.main = QWidget(self)
        layout = QHBoxLayout(self.main)
        side = QVBoxLayout()
        self.who = QLabel(self.tr("{0} ({1})").format(session.user.name, self.labels.role(session.user.role)), self.main)
        self.who.setObjectName("who")
        side.addWidget(self.who)
        self.sidebar = QListWidget(self.main)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setMaximumWidth(220)
        side.addWidget(self.sidebar, 1)
        lock = QPushButton(self.tr("Lock (Ctrl+L)"), self.main)
        lock.setObjectName("lock")
        lock.clicked.connect(self.lock)
        side.addWidget(lock)
        layout.addLayout(side)
        self.page_stack = QStackedWidget(self.main)
        layout.addWidget(self.page_stack, 1)
        self.pages = {}
        for cls in PAGES:
            if not session.allowed(cls.action):
                continue
            page = cls(self)
            self.pages[cls.action] = page
            self.page_stack.addWidget(page)
            self.sidebar.addItem(page.title())
        self.sidebar.currentRowChanged.connect(self._go)
        self.stack.addWidget(self.main)
        self.stack.setCurrentWidget(self.main)
        self.setWindowTitle(self.tr("Inspector Desk — Headquarters — {0}").format(session.user.login))
        self.idle.start()
        if self.pages:
            self.sidebar.setCurrentRow(0)

    def _go(self, row: int) -> None:
        if row < 0:
            return
        self.page_stack.setCurrentIndex(row)
        page = self.page_stack.currentWidget()
        if isinstance(page, Page):
            page.refresh()

    def page(self, action: str) -> Page:
        return self.pages[action]

    def show_page(self, action: str) -> Page:
        page = self.pages[action]
        self.sidebar.setCurrentRow(list(self.pages).index(action))
        return page

    def lock(self) -> None:
        """Close the session and return to the login screen (Ctrl+L, the lock button, idle)."""
        self.idle.stop()
        session, self.session = self.session, None
        if self.main is not None:
            self.stack.removeWidget(self.main)
            self.main.deleteLater()
            self.main = None
            self.pages = {}
        if session is not None:
            self.runner.run(session.close)
        self.login_page.open_button.setEnabled(True)
        for field in (self.login_page.hq_passphrase, self.login_page.login, self.login_page.passphrase):
            field.clear()
        self.login_page.message.setStyleSheet("")
        self.login_page.message.setText(self.tr("Locked. Log in again to go on."))
        self.stack.setCurrentWidget(self.login_page)
        self.setWindowTitle(self.tr("Inspector Desk — Headquarters"))

    @property
    def locked(self) -> bool:
        return self.session is None

    def toggle_curtain(self) -> None:
        from inspector_desk.ui.curtain import Curtain

        if self.curtain is None:
            self.curtain = Curtain(self)
        if self.curtain.drawn:
            self.curtain.lift()
        else:
            self.curtain.draw("")

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._idle_filter)
        session, self.session = self.session, None
        if session is not None:
            self.runner.run(session.close)
        self.runner.stop()
        super().closeEvent(event)


def opener_with(**kw: Any) -> Callable[..., HqSession]:
    """HqSession.open with fixed keyword arguments (a clock, a key cache for tests)."""
    return partial(HqSession.open, **kw)
