"""The scripted run of the lock memory test (tests/reliability/test_lock_memory.py, issue 13).

Started as a subprocess in a sandbox (HOME, XDG_*, TMPDIR, INSPECTOR_DESK_HOME inside it; a
file keyring; a private D-Bus daemon as the system and session bus). It is the real program
as ``inspector-desk`` starts it (hardened process, the real AppController with the real
process replacement on lock), with a fast KDF for the first run, and it drives real widgets:

first-run wizard (the passphrase typed key by key) → a new case → a victim typed into the
"Add person" dialog (name, ИИН, safe contact) → a visit whose narrative is typed into the
form → saved. Then it prints ``LOCKRUN-READY <pid>`` and waits for the test: the test reads
this process's memory once (the scanner must find the canaries: a self-check) and then
creates ``SANDBOX/go``, or sends the D-Bus signal itself. Then it locks by METHOD:

* ``ctrl-l``: Ctrl+L pressed on the widget that has the focus;
* ``idle``: the last activity set an hour back, so the real idle timer locks;
* ``suspend`` / ``screen``: nothing here; the test sends logind's PrepareForSleep(true)
  or the screen locker's ActiveChanged(true) on the bus;
* ``dialog``: the "Add person" dialog opened again with a name typed in, F12, then Ctrl+L
  pressed inside the dialog.

The lock replaces the process (os.execv, same pid) with ``python -m inspector_desk --locked
…``, which shows the unlock screen; the test then reads that process's memory.

Usage: lock_run.py SANDBOX METHOD
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from leak_run import first_run_typed, pump, wait_until  # noqa: E402
from tests.support.typing import type_text  # noqa: E402
from PySide6.QtCore import QCoreApplication, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

PASSPHRASE = "Канарейка-пароль-Әлия-7731"
VICTIM_LAST, VICTIM_FIRST = "Қанарейкина", "Әлиябану"
IIN_BORN = dt.date(1990, 5, 17)
SAFE_CONTACT = "писать тёте Зылиха-канарейка после 19:00"
NARRATIVE = "Канарейка-рассказ: он запер её в подвале, отнял телефон и паспорт"
DIALOG_NAME = "Канарейкин-диалог"


def main() -> int:
    sandbox, method = Path(sys.argv[1]), sys.argv[2]
    from inspector_desk.app.hardening import harden_process
    from inspector_desk.app.profile import Profiles, default_home
    from inspector_desk.app.settings import Settings
    from inspector_desk.core.iin import make_iin
    from inspector_desk.keystore.device_secret import KeyringSecrets
    from inspector_desk.keystore.keyfile import KdfParams
    from inspector_desk.ui.controller import AppController
    from inspector_desk.ui.errors import setup_logging
    from inspector_desk.ui.relaunch import replace_process

    harden_process()
    QCoreApplication.setApplicationName("Inspector Desk")
    QCoreApplication.setOrganizationName("InspectorDesk")
    app = QApplication([sys.argv[0]])  # noqa: F841 - kept alive for the run
    home = default_home()
    setup_logging(home / "logs")
    settings = Settings.load(home)
    settings.language = "ru"
    profiles = Profiles(home, KeyringSecrets(), kdf=KdfParams.fast_for_tests())
    c = AppController(profiles, settings, relaunch=replace_process)
    c.presenter.install_excepthook()
    c.window.show()

    first_run_typed(c, "Сәрсенбаева Айгүл", PASSPHRASE)
    desk = c.desk

    from inspector_desk.ui.case_dialogs import AddPersonDialog, NewCaseDialog

    d = NewCaseDialog(desk, c.window)
    type_text(d.address, "г. Астана, ул. Сарайшық, д. 5, кв. 77")
    d.source.setCurrentIndex(d.source.findData("111"))
    d.buttons.button(d.buttons.StandardButton.Ok).click()
    wait_until(lambda: desk.case_page is not None and desk.case_page.view is not None, "the case")
    page = desk.case_page
    d = AddPersonDialog(desk, page.case_id, c.window)
    d.role.setCurrentIndex(d.role.findData("affected"))
    d.relation.setCurrentIndex(d.relation.findData("self"))
    type_text(d.last, VICTIM_LAST)
    type_text(d.first, VICTIM_FIRST)
    d.iin.setFocus()
    d.iin.home(False)
    type_text(d.iin, make_iin(IIN_BORN, "F", 7731))
    type_text(d.safe, SAFE_CONTACT)
    d.buttons.button(d.buttons.StandardButton.Ok).click()
    wait_until(lambda: page.view is not None and len(page.view.participants) == 1, "the person")

    page.buttons["visit"].click()
    form = desk.form_page
    wait_until(lambda: form.ready, "the visit form")
    from inspector_desk.app.demo import DemoAnswers
    import random

    person = page.view.participants[0].person.id
    answers = DemoAnswers(random.Random(3)).visit(dt.datetime(2026, 11, 19, 9, 30), [person],
                                                  "г. Астана, ул. Сарайшық, д. 5, кв. 77")
    answers.pop("home_conditions", None)
    for fid, value in answers.items():
        if fid in form.editors:
            form.editors[fid].set_value(value)
    form._changed()
    type_text(form.editors["home_conditions"].edit, NARRATIVE)
    form.save()
    wait_until(lambda: desk.form_page is None, "the visit to be saved")
    wait_until(lambda: not c.runner.busy, "the worker")
    pump(200)

    print(f"LOCKRUN-READY {os.getpid()} platform={QApplication.platformName()}", flush=True)
    go = sandbox / "go"

    def lock_now() -> None:
        if method == "ctrl-l":
            c.window.activateWindow()
            target = QApplication.focusWidget() or c.window
            QTest.keyClick(target, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        elif method == "idle":
            c._last_activity -= 3600  # the idle timer (every 5 s) does the rest
        elif method == "dialog":
            c.desk.case_page.buttons["person"].click()
            dialog = next(w for w in QApplication.topLevelWidgets()
                          if isinstance(w, AddPersonDialog) and w.isVisible())
            type_text(dialog.last, DIALOG_NAME)
            QTest.keyClick(dialog.last, Qt.Key.Key_F12)
            assert c.curtain.drawn
            QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_L,
                           Qt.KeyboardModifier.ControlModifier)
        # "suspend", "screen": the test sends the signal; the D-Bus watcher locks.

    def poll() -> None:
        if go.exists():
            lock_now()
        else:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(0, poll)
    app.exec()
    print("LOCKRUN-NOT-REPLACED: the event loop ended without the process being replaced",
          flush=True)
    return 3


if __name__ == "__main__":
    raise SystemExit(main())
