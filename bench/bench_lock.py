#!/usr/bin/env python3
"""What a lock costs the inspector: from the lock to a working dashboard again, on the
40,000-household bench vault (issue 13: "unlock after lock opens the dashboard within
KDF + 0.5 s").

    .venv/bin/python bench/bench_lock.py [--runs 5]     (after bench/bench_vault.py)

Measured, each as the median of ``--runs``:

* **KDF**: Argon2id + HKDF + unwrap of the database key (``KeyFile.unlock_key`` + ``unwrap``):
  the cost the passphrase is meant to have.
* **raw open**: sqlcipher3 alone opening the same file with the same key and reading the
  schema (the same SQL the vault's open starts with), beside the program's own unlock.
* **unlock → dashboard**: the real AppController (offscreen) from ``unlock(passphrase)`` to
  the dashboard's rows on screen; and the same minus the KDF.
* **fresh process → unlock screen**: what a lock adds: ``python -m inspector_desk --locked
  manual`` started on the vault until it logs that its window is shown.
"""

from __future__ import annotations

import argparse
import os
import re
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

from inspector_desk.app.profile import VAULT, Profiles  # noqa: E402
from inspector_desk.app.settings import Settings  # noqa: E402
from inspector_desk.keystore.device_secret import KeyringSecrets  # noqa: E402
from inspector_desk.keystore.keyfile import KeyFile  # noqa: E402
from inspector_desk.ui.controller import AppController  # noqa: E402
from tests.support.keyrings import FileKeyring  # noqa: E402

PASSPHRASE = "bench-passphrase-2026"  # bench/bench_vault.py's


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def until(cond, timeout_s: float = 120) -> None:
    end = time.perf_counter() + timeout_s
    while not cond():
        if time.perf_counter() > end:
            raise TimeoutError("timed out")
        wait(2)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--home", default=str(ROOT / "bench" / "out" / "vault-40000"))
    a = ap.parse_args()
    home = Path(a.home)
    if not (home / "profiles" / "bench").exists():
        print("build the vault first: .venv/bin/python bench/bench_vault.py --households 40000")
        return 2
    keyring_file = home / "bench-keyring.json"
    profiles = Profiles(home, KeyringSecrets(FileKeyring(keyring_file)))
    folder = profiles.folder("bench")
    kf = KeyFile.load(folder / "keyfile.json")
    secret = profiles.secrets.get(kf.device_id)

    kdf, raw = [], []
    dek = b""
    for _ in range(a.runs):
        t = time.perf_counter()
        dek = kf.unwrap("current", kf.unlock_key(PASSPHRASE, secret))
        kdf.append(time.perf_counter() - t)
    import sqlcipher3

    for _ in range(a.runs):
        t = time.perf_counter()
        c = sqlcipher3.connect(str(folder / VAULT))
        c.execute(f"PRAGMA key = \"x'{dek.hex()}'\"")
        c.execute("SELECT count(*) FROM sqlite_master").fetchone()
        c.close()
        raw.append(time.perf_counter() - t)

    app = QApplication.instance() or QApplication([])  # noqa: F841
    unlock = []
    rows = 0
    for _ in range(a.runs):
        ctl = AppController(profiles, Settings(language="ru", profile="bench"), watch_os=False)
        ctl.window.resize(1366, 768)
        ctl.window.show()
        wait(50)
        t = time.perf_counter()
        ctl.unlock(PASSPHRASE)
        until(lambda: ctl.state == "unlocked" and ctl.desk is not None
              and ctl.desk.dashboard.model.rowCount() > 0)
        unlock.append(time.perf_counter() - t)
        rows = ctl.desk.dashboard.model.rowCount()
        ctl.lock()
        until(lambda: not ctl.runner.busy)
        ctl.shutdown()
        ctl.window.close()
        wait(50)

    env = dict(os.environ, PYTHON_KEYRING_BACKEND="tests.support.keyrings.FileKeyring",
               TEST_KEYRING_FILE=str(keyring_file),
               PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "src")]))
    fresh = []
    log = home / "logs"
    for _ in range(a.runs):
        before = sum(1 for p in log.glob("*.log*") for line in p.read_text(errors="replace").splitlines()
                     if "window shown" in line) if log.exists() else 0
        t = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "inspector_desk", "--home", str(home),
                                 "--profile", "bench", "--locked", "manual"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            end = t + 60
            while time.perf_counter() < end:
                text = "".join(p.read_text(errors="replace") for p in log.glob("*.log*")) if log.exists() else ""
                if len(re.findall("window shown", text)) > before:
                    break
                time.sleep(0.01)
            fresh.append(time.perf_counter() - t)
        finally:
            proc.terminate()
            proc.wait(10)

    med = statistics.median
    kdf_s, unlock_s = med(kdf), med(unlock)
    print(f"vault: {folder / VAULT} ({(folder / VAULT).stat().st_size / 1e6:.0f} MB), "
          f"{a.runs} runs each, medians")
    print(f"  KDF (Argon2id {kf.kdf.memory_kib // 1024} MiB, t={kf.kdf.iterations}) + unwrap  {kdf_s * 1000:8.0f} ms")
    print(f"  raw sqlcipher3 open + schema read (same file, same key)  {med(raw) * 1000:8.1f} ms")
    print(f"  unlock -> dashboard with {rows} rows (real app)           {unlock_s * 1000:8.0f} ms")
    print(f"  ... of which beyond the KDF                               {(unlock_s - kdf_s) * 1000:8.0f} ms"
          f"   (aim: <= 500 ms)")
    print(f"  fresh process -> unlock screen (what a lock adds)         {med(fresh) * 1000:8.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
