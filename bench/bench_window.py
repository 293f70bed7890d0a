#!/usr/bin/env python3
"""The window at 10,000 / 40,000 / 100,000 households, timed from the action to the rows on
screen, each beside the service call that fetches the same rows in the same run (issue 16).

    .venv/bin/python bench/bench_window.py [--home bench/out/vault-40000] [--n 5]

Runs the real application offscreen on a vault built by bench/bench_vault.py:

* unlock → the dashboard's rows shown, minus the key derivation (timed alone, same run);
* typing nine letters of a surname into the register's search → the rows of the last text
  shown (from the last keystroke);
* scrolling the register to 50 % → the rows there shown; sorting by address → rows shown;
* opening the audit log → its first rows;
* cold start: a fresh process to the unlock window, beside a fresh process showing a bare
  QMainWindow (and ``inspector-desk --version`` beside ``python -c pass``).

A 5 ms heartbeat on the UI thread gives the idle noise floor (the median gap while nothing
happens) and the longest stall during each action. Not a test: figures go into
docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
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
from inspector_desk.core.records import CaseFilter  # noqa: E402
from inspector_desk.keystore.device_secret import KeyringSecrets  # noqa: E402
from inspector_desk.keystore.keyfile import KeyFile  # noqa: E402
from inspector_desk.ui.controller import AppController  # noqa: E402
from tests.support.keyrings import FileKeyring  # noqa: E402

PASSPHRASE = "bench-passphrase-2026"
PY = sys.executable

BARE = """
import sys, time
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1366, 768); w.show(); app.processEvents()
print(time.time() - t0)
"""

OURS = """
import sys, time
t0 = float(sys.argv[1])
sys.path.insert(0, sys.argv[3])
from PySide6.QtWidgets import QApplication
from inspector_desk.app.profile import Profiles
from inspector_desk.app.settings import Settings
from inspector_desk.ui.controller import AppController
from pathlib import Path
home = Path(sys.argv[2])
app = QApplication([])
# As the program starts (ui/main.py): the OS keyring is asked only at unlock.
c = AppController(Profiles(home), Settings(language="ru", profile="bench"))
c.window.resize(1366, 768); c.window.show(); app.processEvents()
assert c.state == "locked", c.state
print(time.time() - t0)
c.shutdown()
"""


def cold(script: str, *args: str) -> float:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    out = subprocess.run([PY, "-c", script, repr(time.time()), *args], capture_output=True,
                         text=True, env=env, check=True).stdout
    return float(out.strip().splitlines()[-1]) * 1000


def process(*argv: str) -> float:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    t = time.perf_counter()
    subprocess.run([PY, *argv], capture_output=True, env=env, check=True)
    return (time.perf_counter() - t) * 1000


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--home", default=str(ROOT / "bench" / "out" / "vault-40000"))
    ap.add_argument("--n", type=int, default=5, help="repetitions per action")
    a = ap.parse_args()
    home = Path(a.home)
    if not (home / "profiles" / "bench").exists():
        print("build the vault first: .venv/bin/python bench/bench_vault.py --households N")
        return 2
    app = QApplication.instance() or QApplication([])
    profiles = Profiles(home, KeyringSecrets(FileKeyring(home / "bench-keyring.json")))

    # The key derivation alone, so that "unlock → rows" can be told beyond it.
    kf = KeyFile.load(profiles.folder("bench") / "keyfile.json")
    secret = profiles.secrets.get(kf.device_id)
    kdf = []
    for _ in range(2):
        t = time.perf_counter()
        kf.unlock_key(PASSPHRASE, secret)
        kdf.append((time.perf_counter() - t) * 1000)
    kdf_ms = min(kdf)

    c = AppController(profiles, Settings(language="ru", profile="bench"))
    c.window.resize(1366, 768)
    c.window.show()
    beats: list[float] = []
    state = {"last": time.perf_counter()}

    def beat() -> None:
        now = time.perf_counter()
        beats.append((now - state["last"]) * 1000)
        state["last"] = now

    heart = QTimer()
    heart.setInterval(5)
    heart.timeout.connect(beat)
    heart.start()

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def until(cond, timeout_ms: int = 120_000) -> float:
        """Spin the event loop until cond(); the time it took, in ms."""
        t = time.perf_counter()
        end = t + timeout_ms / 1000
        while not cond():
            if time.perf_counter() > end:
                raise TimeoutError
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 2)
        return (time.perf_counter() - t) * 1000

    results: dict[str, tuple[list[float], list[float], list[float]]] = {}

    def record(name: str, ms: float, service_ms: float, stall: float) -> None:
        results.setdefault(name, ([], [], []))
        results[name][0].append(ms)
        results[name][1].append(service_ms)
        results[name][2].append(stall)

    def timed_service(fn) -> float:
        return c.runner.call(lambda: _time(lambda: fn(c.core.services)))

    def stall_since(n: int) -> float:
        return max(beats[n:], default=0.0)

    wait(1000)
    n0 = len(beats)
    wait(1000)
    idle = statistics.median(beats[n0:])

    for _ in range(a.n):
        # unlock → dashboard rows
        c._last_activity = time.monotonic()
        n0 = len(beats)
        t = time.perf_counter()
        c.unlock(PASSPHRASE)
        until(lambda: c.state == "unlocked" and c.desk is not None
              and c.desk.dashboard.model.rowCount() > 0)
        ms = (time.perf_counter() - t) * 1000
        record("unlock -> dashboard rows (beyond the KDF)", ms - kdf_ms,
               timed_service(lambda s: s.desk.dashboard()), stall_since(n0))
        desk = c.desk
        reg = desk.register
        desk.show_page("register")
        until(lambda: reg.model.total > 0 and reg.model.row_at(0) is not None)
        wait(200)

        # nine letters typed → rows of the last text
        text = "Кенжебаев"
        n0 = len(beats)
        for i in range(1, len(text) + 1):
            if i > 1:
                wait(60)  # a quick typist: faster than the debounce
            reg.search.setText(text[:i])
        t = time.perf_counter()  # from the last keystroke
        until(lambda: not reg._debounce.isActive() and reg.model.shown_generation == reg.model._generation
              and (reg.model.total == 0 or reg.model.row_at(0) is not None))
        ms = (time.perf_counter() - t) * 1000
        f = CaseFilter(text=text)
        record("9 letters typed -> last rows shown", ms,
               timed_service(lambda s: (s.desk.case_count(f), s.desk.case_page(f, "due_at", False, 0, 200))),
               stall_since(n0))

        reg.search.setText("")
        until(lambda: not reg._debounce.isActive() and reg.model.shown_generation == reg.model._generation
              and reg.model.total > 1000 and reg.model.row_at(0) is not None)
        wait(200)

        # scroll to 50 %
        n0 = len(beats)
        middle = reg.model.total // 2
        t = time.perf_counter()
        reg.table.scrollTo(reg.model.index(middle, 0))
        until(lambda: reg.model.row_at(middle) is not None)
        ms = (time.perf_counter() - t) * 1000
        offset = middle // 200 * 200
        record("scroll to 50 % -> rows shown", ms,
               timed_service(lambda s: s.desk.case_page(CaseFilter(), "due_at", False, offset, 200)),
               stall_since(n0))

        # sort by address
        n0 = len(beats)
        column = reg.model.COLUMNS.index("address")
        t = time.perf_counter()
        reg.sort_by(column)
        until(lambda: reg.model.sort_key == "address" and reg.model.shown_generation == reg.model._generation
              and reg.model.row_at(reg.table.rowAt(0) if reg.table.rowAt(0) >= 0 else 0) is not None)
        ms = (time.perf_counter() - t) * 1000
        desc = reg.model.descending
        record("sort by address -> rows shown", ms,
               timed_service(lambda s: (s.desk.case_count(CaseFilter()),
                                        s.desk.case_page(CaseFilter(), "address", desc, 0, 200))),
               stall_since(n0))
        reg.sort_by(reg.model.COLUMNS.index("due_at"))

        # the audit log
        n0 = len(beats)
        t = time.perf_counter()
        desk.show_page("audit", refresh=True)
        until(lambda: desk.audit.model.rowCount() > 0)
        ms = (time.perf_counter() - t) * 1000
        record("audit log -> first rows", ms,
               timed_service(lambda s: s.cases.audit_log(limit=200)), stall_since(n0))

        c.lock()
        until(lambda: c.state == "locked")
        wait(300)
    heart.stop()
    c.shutdown()

    print(f"vault {home.name}; KDF alone {kdf_ms:.0f} ms; idle noise floor (median heartbeat "
          f"gap, 5 ms timer) {idle:.1f} ms")
    print(f"{'action':<44} {'window p50':>10} {'max':>7} | {'service p50':>11} | "
          f"{'longest UI stall':>16}")
    for name, (ms, svc, stalls) in results.items():
        print(f"{name:<44} {statistics.median(ms):10.0f} {max(ms):7.0f} | "
              f"{statistics.median(svc):11.1f} | {max(stalls):13.0f} ms")

    bare = [cold(BARE) for _ in range(a.n)]
    ours = [cold(OURS, str(home), str(ROOT)) for _ in range(a.n)]
    print(f"cold start to the unlock window: {statistics.median(ours):.0f} ms; a bare "
          f"QMainWindow {statistics.median(bare):.0f} ms (x{statistics.median(ours) / statistics.median(bare):.2f})")
    version = [process("-m", "inspector_desk", "--version") for _ in range(a.n)]
    nothing = [process("-c", "pass") for _ in range(a.n)]
    print(f"inspector-desk --version: {statistics.median(version):.0f} ms; python -c pass "
          f"{statistics.median(nothing):.0f} ms")
    return 0


def _time(fn) -> float:
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000


if __name__ == "__main__":
    raise SystemExit(main())
