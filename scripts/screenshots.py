#!/usr/bin/env python3
"""Screenshots of every main screen, in Russian and Kazakh, on a demo vault.

    xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots.py
    .venv/bin/python scripts/screenshots.py --offscreen      # without an X server
    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py --size 1366x768
    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py --size 1366x768 --scale 1.5

Writes docs/screenshots/<lang>-<screen>.png; with ``--size`` (the laptop's screen in
pixels) and ``--scale`` (Windows' 150 %), docs/screenshots/<W>x<H>[@<scale>]/: the window
fills exactly that screen, so a screen that does not fit shows cut off. The demo vault lives in a temporary folder with
a throwaway in-memory keyring and is deleted afterwards; nothing else is written.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SCREENS = ("unlock", "dashboard", "register", "case", "correct-person", "close-case", "visit",
           "risk", "measure", "incident", "referral", "document", "settings", "audit", "sync",
           "privacy", "locked", "first-run-language", "first-run-about", "first-run",
           "first-run-hq")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--offscreen", action="store_true")
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--households", type=int, default=120)
    ap.add_argument("--size", help="WxH of the screen, e.g. 1366x768")
    ap.add_argument("--scale", type=float, default=1.0, help="display scaling, e.g. 1.5")
    a = ap.parse_args()
    if a.offscreen or not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if a.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(a.scale)
    width, height = (int(x) for x in (a.size or "1366x820").split("x"))
    logical = (round(width / a.scale), round(height / a.scale))
    if a.size:
        a.out = str(Path(a.out) / (a.size + (f"@{a.scale:g}" if a.scale != 1.0 else "")))

    from PySide6.QtCore import QEventLoop, QRect, QTimer
    from PySide6.QtWidgets import QApplication

    from inspector_desk.app.demo import generate
    from inspector_desk.app.profile import Profiles
    from inspector_desk.app.session import InspectorInfo
    from inspector_desk.app.settings import Settings
    from inspector_desk.core.ports import KZ_TZ, FixedClock
    from inspector_desk.keystore.device_secret import KeyringSecrets
    from inspector_desk.keystore.keyfile import KdfParams
    from inspector_desk.ui.controller import AppController
    from tests.support.keyrings import MemoryKeyring
    import datetime as dt

    app = QApplication.instance() or QApplication(sys.argv[:1])
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="idesk-shots-"))
    keyring = MemoryKeyring()
    passphrase = "screenshots-passphrase-2026"

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    try:
        profiles = Profiles(home, KeyringSecrets(keyring), kdf=KdfParams.fast_for_tests(),
                            clock=FixedClock(dt.datetime.now(KZ_TZ).replace(microsecond=0)))
        session = profiles.create("default", passphrase, InspectorInfo(
            "Сәрсенбаева Айгүл Нұрланқызы", "A-1047", "УП г. Астаны, отдел по борьбе с СБН", "Есиль"))
        generate(session, households=a.households, seed=4)
        session.lock()
        for lang in ("ru", "kk"):
            c = AppController(profiles, Settings(language=lang))
            c.window.resize(*logical)
            c.window.show()
            wait(300)

            def shot(name: str) -> None:
                wait(700)
                c.window.grab(QRect(0, 0, *logical)).save(str(out / f"{lang}-{name}.png"))

            shot("unlock")
            c.unlock(passphrase)
            wait(1500)
            shot("dashboard")
            c.desk.show_page("register")
            shot("register")
            row = next(i for i in range(c.desk.register.model.total)
                       if c.desk.register.model.row_at(i) and c.desk.register.model.row_at(i).active_measures)
            c.desk.register._open(c.desk.register.model.index(row, 0))
            shot("case")
            case_id = c.desk.case_page.case_id
            # The case page's dialogs: correct a person, close the case.
            c.desk.case_page.people_view.selectRow(0)
            wait(300)
            c.desk.case_page._action("edit_person")
            wait(900)
            for w in QApplication.topLevelWidgets():
                if type(w).__name__ == "EditPersonDialog" and w.isVisible():
                    w.grab(QRect(0, 0, *logical)).save(str(out / f"{lang}-correct-person.png"))
                    w.cancel()  # discards its draft
            c.desk.case_page._action("close")
            wait(900)
            for w in QApplication.topLevelWidgets():
                if type(w).__name__ == "CloseCaseDialog" and w.isVisible():
                    w.grab(QRect(0, 0, *logical)).save(str(out / f"{lang}-close-case.png"))
                    w.cancel()  # discards its draft
            for kind in ("visit", "risk", "measure", "incident", "referral"):
                c.desk.open_form(kind, case_id)
                wait(500)
                form = c.desk.form_page
                if kind == "visit":
                    form.editors["children_present"].set_value("yes")
                    form.editors["conversation_held"].set_value("yes")
                    form._changed()
                if kind == "risk":
                    qs = [f.id for f in form.form.fields() if f.type == "yes_no_unknown"]
                    for i, q in enumerate(qs):
                        form.editors[q].set_value("yes" if i % 2 == 0 else "no")
                    form._changed()
                shot(kind)
                c.desk.close_form()
            measure = next((r for r in c.desk.case_page.view.timeline if r.KIND == "measure"), None)
            if measure is not None:
                from inspector_desk.ui.documents import DocumentDialog

                dialog = DocumentDialog(c.desk, "measure-notice", measure.id, c.window)
                dialog.resize(min(900, logical[0]), logical[1])
                dialog.show()
                wait(2500)
                dialog.grab(QRect(0, 0, *logical)).save(str(out / f"{lang}-document.png"))
                dialog.close()
            for page in ("settings", "audit", "sync"):
                c.desk.show_page(page)
                shot(page)
            # F12 over an open dialog: every window covered, the dialog's text kept.
            from inspector_desk.ui.case_dialogs import AddPersonDialog

            c.desk.open_case(case_id)
            wait(500)
            dialog = AddPersonDialog(c.desk, case_id, c.window)
            dialog.open()
            dialog.last.setText("Жолдасбекова")
            wait(300)
            c.toggle_blank()
            wait(500)
            c.window.grab(QRect(0, 0, *logical)).save(str(out / f"{lang}-privacy.png"))
            dialog.grab(QRect(0, 0, *logical)).save(str(out / f"{lang}-privacy-dialog.png"))
            c.toggle_blank()
            dialog.cancel()  # Cancel discards the dialog's draft (reject() is what a lock does: kept)
            wait(500)  # the discard runs on the worker; a lock at once would cancel it
            c.lock()
            wait(500)
            c.shutdown()
            c.window.close()
            # What the fresh process shows after a lock by the operating system.
            c = AppController(profiles, Settings(language=lang), locked_reason="suspend", watch_os=False)
            c.window.resize(*logical)
            c.window.show()
            shot("locked")
            c.shutdown()
            c.window.close()
        # The first-run wizard, on an empty home.
        empty = Path(tempfile.mkdtemp(prefix="idesk-first-"))
        for lang in ("ru", "kk"):
            c = AppController(Profiles(empty, KeyringSecrets(MemoryKeyring())), Settings(language=lang))
            c.window.resize(*logical)
            c.window.show()
            wizard = c.stack.currentWidget()
            wait(500)
            c.window.grab(QRect(0, 0, *logical)).save(str(out / f"{lang}-first-run-language.png"))
            wizard.next()
            wizard.about.name.setText("Сәрсенбаева Айгүл Нұрланқызы")
            wizard.about.badge.setText("A-1047")
            wizard.about.district.setText("Есиль")
            wait(500)
            c.window.grab(QRect(0, 0, *logical)).save(str(out / f"{lang}-first-run-about.png"))
            wizard.next()
            wizard.secret.passphrase.edit.setText("Astana2026!!")
            wait(700)
            c.window.grab(QRect(0, 0, *logical)).save(str(out / f"{lang}-first-run.png"))
            wizard.secret.passphrase.edit.setText("медведь окно сирень трамвай")
            wizard.secret.passphrase.again.setText("медведь окно сирень трамвай")
            wizard.next()
            hq = wizard.currentPage()
            files = getattr(hq, "file", None) or getattr(hq, "path", None)
            if hasattr(files, "setText"):
                files.setText(str(empty / "K7QM.idenrol"))
            if hasattr(hq, "fingerprint"):
                hq.fingerprint.setText("3f9c 0a12 7b")
            wait(700)
            c.window.grab(QRect(0, 0, *logical)).save(str(out / f"{lang}-first-run-hq.png"))
            c.shutdown()
            c.window.close()
        shutil.rmtree(empty, ignore_errors=True)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
