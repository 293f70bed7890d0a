"""Shared fixtures. Real parts everywhere: real SQLCipher files in tmp_path, a real keyring
backend class (in memory, so tests never touch the developer's own keyring), the real forms.
"""

from __future__ import annotations

import datetime as dt
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from inspector_desk.core.ports import KZ_TZ, FixedClock  # noqa: E402
from tests.support.keyrings import MemoryKeyring  # noqa: E402

PASSPHRASE = "Жаз-2026-Астана!"


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
