#!/usr/bin/env python3
"""Screenshots of every screen of the HQ Desk, in Russian and Kazakh, on a demo headquarters.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/hq_screenshots.py

Makes a demo HQ (hqdesk/demo.py: three laptops, a few dozen bundles, the last batch waiting
in the inbox with a held change), imports the inbox, and writes
docs/screenshots/hq/<lang>-<screen>.png (Caseload with its first group opened; Statistics
also its Charts tab: <lang>-statistics-charts*.png, scrolled down). The demo lives in a
temporary folder, deleted after.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots" / "hq"))
    ap.add_argument("--bundles", type=int, default=90)  # more than one batch: a held change
    a = ap.parse_args()
    if not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from inspector_desk.hq.service import HqSession
    from inspector_desk.hqdesk import demo
    from inspector_desk.hqdesk.window import DeskWindow
    from inspector_desk.ui.i18n import Translations

    app = QApplication.instance() or QApplication(sys.argv[:1])
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="idesk-hq-shots-"))

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    try:
        made = demo.make_demo(home, devices=3, bundles=a.bundles, say=print)
        login, _name, _role, secret = demo.USERS[0]
        session = HqSession.open(home, None, made["hq_passphrase"], login, secret)
        for _ in session.import_inbox([made["inbox"]]):
            pass
        session.close()
        translations = Translations()
        for lang in ("ru", "kk"):
            translations.install(lang)
            w = DeskWindow(home, None, lang, translations=translations)
            w.resize(1366, 768)
            w.show()
            wait(400)
            w.login_page.login.setText(login)
            w.login_page.hq_passphrase.setText(made["hq_passphrase"])
            w.login_page.passphrase.setText(secret)
            w.grab().save(str(out / f"{lang}-login.png"))
            w.login_page.submit()
            for _ in range(600):
                if w.session is not None:
                    break
                wait(100)
            for action in list(w.pages):
                page = w.show_page(action)
                wait(1500)
                if action == "conflicts":
                    table = getattr(page, "items_view", None) or getattr(page, "list", None)
                    if table is not None and hasattr(table, "selectRow"):
                        table.selectRow(0)
                        wait(1500)
                if action == "caseload" and page.table.rowCount():
                    page.table.selectRow(0)  # a group opened: its cases below
                    wait(1500)
                w.grab().save(str(out / f"{lang}-{action}.png"))
                if action == "statistics":
                    page.tabs.setCurrentWidget(page.charts_area)
                    wait(800)
                    w.grab().save(str(out / f"{lang}-statistics-charts.png"))
                    bar = page.charts_area.verticalScrollBar()
                    for y in (600, 1200):  # the charts below the first screenful
                        if y - 600 >= bar.maximum():
                            break
                        bar.setValue(y)
                        wait(300)
                        w.grab().save(str(out / f"{lang}-statistics-charts-{y // 600 + 1}.png"))
                    page.tabs.setCurrentIndex(0)
            w.lock()
            w.close()
            wait(300)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
