#!/usr/bin/env python3
"""How long does the UI thread ever stay busy, on the 100k-person bench vault?

    .venv/bin/python bench/bench_ui.py            (after bench/bench_vault.py built the vault)

A 5 ms heartbeat timer runs on the UI thread while a script drives the real application
(offscreen): unlock, the dashboard, the register, typing a search letter by letter,
scrolling the register to the end, opening cases, opening forms and typing into them. Every
gap between two heartbeats longer than the interval is time the UI thread could not answer.
Prints the longest stalls and where they happened; the aim is none over 100 ms.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from inspector_desk.app.profile import Profiles  # noqa: E402
from inspector_desk.app.settings import Settings  # noqa: E402
from inspector_desk.keystore.device_secret import KeyringSecrets  # noqa: E402
from inspector_desk.ui.controller import AppController  # noqa: E402
from tests.support.keyrings import FileKeyring  # noqa: E402

PASSPHRASE = "bench-passphrase-2026"


def main() -> int:
    home = ROOT / "bench" / "out" / "vault-40000"
    if not (home / "profiles" / "bench").exists():
        print("build the vault first: .venv/bin/python bench/bench_vault.py")
        return 2
    app = QApplication.instance() or QApplication([])
    profiles = Profiles(home, KeyringSecrets(FileKeyring(home / "bench-keyring.json")))
    c = AppController(profiles, Settings(language="ru", profile="bench"))
    c.window.resize(1366, 820)
    c.window.show()

    stalls: list[tuple[float, str]] = []
    state = {"last": time.perf_counter(), "step": "start"}

    def beat() -> None:
        now = time.perf_counter()
        gap = (now - state["last"]) * 1000
        state["last"] = now
        stalls.append((gap, state["step"]))

    heart = QTimer()
    heart.setInterval(5)
    heart.timeout.connect(beat)
    heart.start()

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def until(cond, timeout_ms: int = 60_000) -> None:
        end = time.perf_counter() + timeout_ms / 1000
        while not cond() and time.perf_counter() < end:
            wait(10)

    t0 = time.perf_counter()

    def step(name: str) -> None:
        # The script sends no keyboard or mouse events, so tell the idle lock someone is here.
        c._last_activity = time.monotonic()
        print(f"{time.perf_counter() - t0:7.1f} s  {name}", flush=True)
        state["step"] = name

    step("unlock")
    c.unlock(PASSPHRASE)
    until(lambda: c.state == "unlocked")
    step("dashboard")
    until(lambda: c.desk.dashboard.model.rowCount() > 0)
    wait(300)
    step("register")
    c.desk.show_page("register")
    reg = c.desk.register
    until(lambda: reg.model.total > 0)
    wait(300)
    step("typing a search")
    for text in ("К", "Ке", "Кен", "Кенж", "Кенже", "Кенжеб", "Кенжебаева", "Кенжебаева А",
                 "Кенжебаева Ай"):
        reg.search.setText(text)
        wait(120)
    wait(500)
    step("clear search, scroll to the end")
    reg.search.setText("")
    until(lambda: reg.model.total > 10_000)
    for frac in (0.25, 0.5, 0.75, 1.0):
        reg.table.scrollTo(reg.model.index(int(reg.model.total * frac) - 1, 0))
        wait(250)
    step("open cases")
    for row in range(0, 200, 20):
        until(lambda: reg.model.row_at(row) is not None)
        reg._open(reg.model.index(row, 0))
        until(lambda: c.desk is None or (c.desk.case_page is not None and c.desk.case_page.view is not None))
        if c.desk is None:
            print("desk gone:", c.state, c.presenter.last_message, time.perf_counter())
            return 1
        wait(100)
    step("forms")
    case_id = c.desk.case_page.case_id
    for kind in ("visit", "incident", "risk", "measure"):
        c.desk.open_form(kind, case_id)
        until(lambda: c.desk.form_page is not None and c.desk.form_page.ready)
        wait(150)
        form = c.desk.form_page
        text_field = next((e for e in form.editors.values() if e.field.type == "textarea"), None)
        if text_field is not None:
            for ch in "Со слов заявителя супруг угрожал.":
                text_field.edit.insertPlainText(ch)
                app.processEvents()
        wait(1200)  # a draft autosave happens in here
        c.desk.close_form()
    step("lock")
    c.lock()
    wait(500)
    heart.stop()
    c.shutdown()

    gaps = [g for g, _ in stalls]
    worst = sorted(stalls, reverse=True)[:8]
    print(f"heartbeats: {len(gaps)}, median gap {statistics.median(gaps):.1f} ms, "
          f"p99 {sorted(gaps)[int(len(gaps) * 0.99)]:.1f} ms, max {max(gaps):.1f} ms")
    print("longest stalls of the UI thread:")
    for g, where in worst:
        print(f"  {g:7.1f} ms  during: {where}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
