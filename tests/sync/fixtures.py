"""Fixtures shared by tests/sync and tests/hq: headquarters keys (made once per run: age's
scrypt takes seconds), a headquarters repository on either back-end, enrolled devices."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from inspector_desk.app import sync
from inspector_desk.app.profile import Profiles
from inspector_desk.app.session import InspectorInfo
from inspector_desk.hq import devices, keys as hq_keys
from inspector_desk.hq.backends import open_backend
from inspector_desk.hq.importer import Importer
from inspector_desk.hq.receipts import write_receipt
from inspector_desk.hq.repo import Repository
from inspector_desk.keystore.device_secret import KeyringSecrets
from inspector_desk.keystore.keyfile import KdfParams
from tests.sync.pg import Cluster

PASSPHRASE = "Жаз-2026-Астана!"
HQ_PASSPHRASE = "штаб-пароль-2026"
OFFICERS = ["офицер-первый-2026", "офицер-второй-2026"]


@pytest.fixture(scope="session")
def hq_keys_dir(tmp_path_factory):
    home = tmp_path_factory.mktemp("hq-keys")
    import datetime as dt

    hq_keys.init_keys(home, HQ_PASSPHRASE, OFFICERS, dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc))
    return home


@pytest.fixture(scope="session")
def unlocked_hq(hq_keys_dir):
    return hq_keys.unlock(hq_keys_dir, HQ_PASSPHRASE)


@pytest.fixture(scope="session")
def pg_cluster():
    try:
        cluster = Cluster()
    except FileNotFoundError as exc:
        pytest.skip(f"PostgreSQL tests need the server binaries: {exc}")
    cluster.start()
    yield cluster
    cluster.stop()


BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(params=BACKENDS)
def backend(request):
    return request.param


def _home(base: Path, hq_keys_dir: Path) -> Path:
    base.mkdir(parents=True)
    for f in (hq_keys.PUBLIC, hq_keys.SECRET, hq_keys.RECOVERY):
        shutil.copy(hq_keys_dir / f, base / f)
    return base


@pytest.fixture
def hq_home(tmp_path, hq_keys_dir):
    return _home(tmp_path / "hq", hq_keys_dir)


@dataclass
class Hub:
    """Headquarters in a test: its folder, keys, repository and clock."""

    home: Path
    keys: hq_keys.HqKeys
    repo: Repository
    clock: object

    @property
    def importer(self) -> Importer:
        return Importer(self.repo, self.keys, self.home, now=self.clock.now)

    def enrol(self, session, prefix: str):
        req = sync.enrolment_request(session, self.home)
        _row, data = devices.approve(self.repo, self.keys, req.read_bytes(), case_prefix=prefix,
                                     at=self.clock.now().isoformat(), actor="test")
        path = self.home / f"{prefix}.idenrol"
        path.write_bytes(data)
        return sync.import_enrolment(session, path, expect_hq_key_id=self.keys.public.signing_key_id)

    def import_(self, *paths):
        return self.importer.import_paths([Path(p) for p in paths])

    def receipt(self, session) -> Path:
        return write_receipt(self.repo, self.keys, self.home, session.actor.device_id,
                             self.clock.now().isoformat(), self.home / "receipts")

    def dump(self) -> list:
        return list(self.repo.dump())


@pytest.fixture
def make_hub(backend, request, tmp_path, hq_keys_dir, unlocked_hq, clock):
    """make_hub() → a headquarters on the back-end of this test run, with its own database."""
    made: list[tuple[Hub, str | None]] = []

    def make() -> Hub:
        home = _home(tmp_path / f"hq{len(made) or ''}", hq_keys_dir)
        url = request.getfixturevalue("pg_cluster").new_database() if backend == "postgresql" else None
        hub = Hub(home, unlocked_hq, Repository(open_backend(url, home, unlocked_hq.db_key)), clock)
        made.append((hub, url))
        return hub

    yield make
    for hub, url in made:
        hub.repo.close()
        if url:
            request.getfixturevalue("pg_cluster").drop_database(url)


@pytest.fixture
def hub(make_hub):
    return make_hub()


@pytest.fixture
def sqlite_hub(hq_home, unlocked_hq, clock):
    repo = Repository(open_backend(None, hq_home, unlocked_hq.db_key))
    yield Hub(hq_home, unlocked_hq, repo, clock)
    repo.close()


@pytest.fixture
def make_device(tmp_path, memory_keyring, clock, forms):
    """make_device(name, login) → an unlocked session of a new profile on its own home."""
    made = []

    def make(name: str = "a", login: str = "A-1047", district: str = "Есиль"):
        profiles = Profiles(tmp_path / f"device-{name}", KeyringSecrets(memory_keyring), clock,
                            kdf=KdfParams.fast_for_tests(), forms=forms)
        s = profiles.create("default", PASSPHRASE,
                            InspectorInfo(name=f"Инспектор {name}", login=login, district=district))
        s.profiles = profiles  # type: ignore[attr-defined]
        made.append(s)
        return s

    yield make
    for s in made:
        if not s.locked:
            s.lock()


def export(session, dest: Path, **kw) -> list:
    job = sync.export(session, dest, **kw)
    for _ in job:
        pass
    return job.result


@pytest.fixture(scope="session")
def recovery_identity(hq_keys_dir):
    return hq_keys.unlock_recovery(hq_keys_dir, OFFICERS)
