"""An export that cannot finish (a full stick, SECURITY.md T4) leaves no bundle and no
partial file, burns its number, keeps the vault intact, and the next export works."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import io, os, resource, signal, sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from tests.support.keyrings import FileKeyring
from inspector_desk.app import sync
from inspector_desk.app.profile import Profiles
from inspector_desk.core.errors import StorageFull
from inspector_desk.keystore.device_secret import KeyringSecrets
from inspector_desk.keystore.keyfile import KdfParams
home, dest, limit = Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
profiles = Profiles(home, KeyringSecrets(FileKeyring(home / "keyring.json")), kdf=KdfParams.fast_for_tests())
s = profiles.unlock("default", "Жаз-2026-Астана!")
if limit:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    hard = resource.getrlimit(resource.RLIMIT_FSIZE)[1]
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
try:
    job = sync.export(s, dest)
    for _ in job:
        pass
    print("written", [b.seq for b in job.result])
except StorageFull:
    print("storage_full")
finally:
    if limit:
        resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
    s.lock()
"""


def test_a_full_destination(sqlite_hub, tmp_path, clock):
    import io

    from inspector_desk.app.profile import Profiles
    from inspector_desk.app.session import InspectorInfo
    from inspector_desk.core.records import FamilyCase
    from inspector_desk.keystore.device_secret import KeyringSecrets
    from inspector_desk.keystore.keyfile import KdfParams
    from tests.support.keyrings import FileKeyring
    from tests.sync.fixtures import PASSPHRASE

    home = tmp_path / "home"
    home.mkdir()
    profiles = Profiles(home, KeyringSecrets(FileKeyring(home / "keyring.json")), clock,
                        kdf=KdfParams.fast_for_tests())
    s = profiles.create("default", PASSPHRASE, InspectorInfo(name="И", login="A-1"))
    sqlite_hub.enrol(s, "K7QM")
    cid = s.services.cases.open_case(address="ул. Сығанақ, 3", district="Есиль", source="111").created
    s.services.records.attach(cid, record_kind="case", record_id=cid, filename="scan.jpg", mime="image/jpeg",
                      stream=io.BytesIO(os.urandom(3 << 20)))
    assert s.store.find(FamilyCase)
    s.lock()
    dest = tmp_path / "stick"

    def child(limit: int) -> str:
        p = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), str(home), str(dest), str(limit)],
                           capture_output=True, text=True, timeout=120)
        assert p.returncode == 0, p.stderr
        return p.stdout.strip()

    assert child(1 << 20) == "storage_full"  # files may not grow beyond 1 MiB
    assert not dest.exists() or list(dest.iterdir()) == []
    assert child(0) == "written [2]"  # number 1 was burned, never reused
    [bundle] = dest.iterdir()
    [r] = sqlite_hub.import_(bundle)
    assert r.seq == 2 and r.attachments == 1
    s = profiles.unlock("default", PASSPHRASE)
    try:
        assert s.vault.doctor().ok and sync_status(s).burned == [1]
    finally:
        s.lock()


def sync_status(s):
    from inspector_desk.app import sync

    return sync.status(s)
