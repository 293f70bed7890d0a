"""Every screen fits a 1366×768 laptop at 150 % scaling (issue 15): the window's logical size
is then 911×512. The real window on a demo vault, in Russian and Kazakh (the longer words):
no page needs a wider window, and every visible button lies inside the window (a button row
that did not wrap, or a button never laid out, lies outside). Screenshots of the same screens:
docs/screenshots/1366x768@1.5/ (scripts/screenshots.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QPushButton

from inspector_desk.app.demo import generate
from inspector_desk.app.profile import Profiles
from inspector_desk.app.session import InspectorInfo
from inspector_desk.app.settings import Settings
from inspector_desk.keystore.device_secret import KeyringSecrets
from inspector_desk.keystore.keyfile import KdfParams
from inspector_desk.ui.controller import AppController
from tests.conftest import PASSPHRASE

WAIT = 10_000
SIZE = (911, 512)  # 1366×768 at 150 %


def _scrolled(widget) -> bool:
    """Inside a scroll area's content: it may lie below the window (scrolled to), not beside."""
    w = widget.parentWidget()
    while w is not None:
        if isinstance(w, QAbstractScrollArea):
            return True
        w = w.parentWidget()
    return False


def outside(window, page) -> list[str]:
    bad = []
    for b in page.findChildren(QPushButton):
        if b.isVisibleTo(page) and b.isVisible():
            at = b.mapTo(window, QPoint(0, 0))
            beside = at.x() < 0 or at.x() + b.width() > window.width()
            below = at.y() < 0 or at.y() + b.height() > window.height()
            if beside or (below and not _scrolled(b)):
                bad.append(f"{b.text()!r} at {at.x()},{at.y()} {b.width()}×{b.height()}")
    return bad


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_screen_fits_1366x768_at_150_percent(tmp_path, memory_keyring, forms, qtbot, lang):
    profiles = Profiles(tmp_path / "home", KeyringSecrets(memory_keyring), kdf=KdfParams.fast_for_tests(),
                        forms=forms)
    s = profiles.create("default", PASSPHRASE, InspectorInfo(
        "Сәрсенбаева Айгүл Нұрланқызы", "A-1047", "УП г. Астаны, отдел по борьбе с СБН", "Есиль"))
    generate(s, households=6, seed=4)
    s.lock()
    c = AppController(profiles, Settings(language=lang))
    qtbot.addWidget(c.window)
    c.window.resize(*SIZE)
    c.window.show()
    c.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: c.state == "unlocked", timeout=WAIT)
    problems: dict[str, object] = {}

    def check(name: str, page) -> None:
        QApplication.processEvents()
        c.window.resize(*SIZE)
        QApplication.processEvents()
        wide = c.window.minimumSizeHint().width()
        if wide > SIZE[0]:
            problems[f"{name}: window needs {wide} px"] = wide
        for b in outside(c.window, page):
            problems[f"{name}: {b}"] = 1

    for name in ("dashboard", "register", "sync", "audit", "settings"):
        c.desk.show_page(name)
        check(name, c.desk._named[name])
    register = c.desk.register
    qtbot.waitUntil(lambda: register.model.rowCount() > 0, timeout=WAIT)
    register._open(register.model.index(0, 0))
    qtbot.waitUntil(lambda: c.desk.case_page is not None and c.desk.case_page.view is not None,
                    timeout=WAIT)
    check("case", c.desk.case_page)
    case_id = c.desk.case_page.case_id
    for kind in ("visit", "incident", "measure", "referral", "risk"):
        c.desk.open_form(kind, case_id)
        qtbot.waitUntil(lambda: c.desk.form_page is not None and c.desk.form_page.ready, timeout=WAIT)
        check(kind, c.desk.form_page)
        c.desk.close_form()
    c.shutdown()
    assert not problems, "\n".join(problems)
