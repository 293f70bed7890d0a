"""Shared fixtures. Real parts everywhere: real SQLCipher files in tmp_path, a real keyring
backend class (in memory, so tests never touch the developer's own keyring), the real forms.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from inspector_desk.core.ports import KZ_TZ, FixedClock  # noqa: E402
from tests.support.keyrings import MemoryKeyring  # noqa: E402

PASSPHRASE = "Жаз-2026-Астана!"
CLI_PASSPHRASE = "Көктем-2026-Есіл!"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime(2026, 11, 20, 10, 0, tzinfo=KZ_TZ))


@pytest.fixture(scope="session")
def forms():
    from inspector_desk.app.forms_adapter import load_forms

    return load_forms()


@pytest.fixture
def profiles(tmp_path, memory_keyring, clock, forms):
    from inspector_desk.app.profile import Profiles
    from inspector_desk.keystore.device_secret import KeyringSecrets
    from inspector_desk.keystore.keyfile import KdfParams

    return Profiles(tmp_path / "home", KeyringSecrets(memory_keyring), clock,
                    kdf=KdfParams.fast_for_tests(), forms=forms)


@pytest.fixture
def inspector():
    from inspector_desk.app.session import InspectorInfo

    return InspectorInfo(name="Сәрсенбаева Айгүл Нұрланқызы", login="A-1047",
                         unit="УП г. Астаны, отдел по борьбе с СБН", district="Есиль")


@pytest.fixture
def session(profiles, inspector):
    s = profiles.create("default", PASSPHRASE, inspector)
    yield s
    if not s.locked:
        s.lock()


@pytest.fixture
def cli(tmp_path):
    """The real command line in a subprocess: its own data folder, a file keyring, the
    passphrase from a file (or standard input with pwfile=False)."""
    pw = tmp_path / "pw.txt"
    pw.write_text(CLI_PASSPHRASE + "\n", encoding="utf-8")
    env = {**os.environ, "INSPECTOR_DESK_HOME": str(tmp_path / "home"),
           "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.FileKeyring",
           "TEST_KEYRING_FILE": str(tmp_path / "keyring.json"),
           "PYTHONPATH": str(ROOT), "INSPECTOR_DESK_LANG": "en"}

    def run(*args: str, stdin: str | None = None, pwfile: bool = True, ok: bool = True):
        cmd = [sys.executable, "-m", "inspector_desk"]
        if pwfile:
            cmd += ["--passphrase-file", str(pw)]
        p = subprocess.run(cmd + list(args), input=stdin or "", capture_output=True, text=True,
                           env=env, cwd=tmp_path, timeout=120)
        if ok:
            assert p.returncode == 0, p.stderr
        assert "Traceback" not in p.stderr
        return p

    run.home = tmp_path / "home"
    run.env = env
    run.tmp = tmp_path
    return run


