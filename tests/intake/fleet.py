"""Many devices' bundles, made once per test run: each device is a real vault, enrolled
with its own prefix in a scratch headquarters, with two bundles (the second follows the
first). The devices are locked afterwards; what the tests need is kept: the enrolment
request, the prefix, the signing key and the bundle files."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from inspector_desk.app import sync
from inspector_desk.app.demo import generate
from inspector_desk.app.profile import Profiles
from inspector_desk.app.session import InspectorInfo
from inspector_desk.core.ports import KZ_TZ, FixedClock
from inspector_desk.hq import devices
from inspector_desk.hq.backends import open_backend
from inspector_desk.hq.repo import Repository
from inspector_desk.keystore.device_secret import KeyringSecrets
from inspector_desk.keystore.keyfile import KdfParams
from inspector_desk.keystore.signing import SigningKey
from tests.support.keyrings import MemoryKeyring

PASSPHRASE = "Жаз-2026-Астана!"
AT = "2026-11-20T10:00:00+05:00"


@dataclass
class Device:
    device_id: str
    prefix: str
    request: bytes
    signer: SigningKey
    bundles: list[tuple[int, Path, str]] = field(default_factory=list)  # seq, file, sha512


def approve_all(repo: Repository, keys, fleet: list[Device]) -> None:
    for d in fleet:
        devices.approve(repo, keys, d.request, case_prefix=d.prefix, at=AT, actor="test")


def make_fleet(base: Path, keys, hq_home: Path, forms, count: int) -> list[Device]:
    repo = Repository(open_backend(None, hq_home, keys.db_key))
    clock = FixedClock(dt.datetime(2026, 11, 20, 10, 0, tzinfo=KZ_TZ))
    fleet = []
    try:
        for i in range(count):
            prefix = f"Q{i:02d}"
            profiles = Profiles(base / f"d{i}", KeyringSecrets(MemoryKeyring()), clock,
                                kdf=KdfParams.fast_for_tests(), forms=forms)
            s = profiles.create("default", PASSPHRASE, InspectorInfo(name=f"Инспектор {i}", login=f"Q-{i}",
                                                                      district="Есиль"))
            req = sync.enrolment_request(s, base / f"d{i}")
            request = req.read_bytes()
            devices.approve(repo, keys, request, case_prefix=prefix, at=AT, actor="test")
            path = base / f"d{i}" / "enrol.idenrol"
            path.write_bytes(_enrolment(repo, keys, request, prefix))
            sync.import_enrolment(s, path, expect_hq_key_id=keys.public.signing_key_id)
            generate(s, households=1, seed=i + 1)
            d = Device(s.actor.device_id, prefix, request, s.signing_key)
            out = base / "bundles"
            for step in (1, 2):
                if step == 2:
                    generate(s, households=1, seed=1000 + i)
                job = sync.export(s, out)
                for _ in job:
                    pass
                d.bundles += [(b.seq, Path(b.path), b.sha512) for b in job.result]
            s.lock()
            fleet.append(d)
    finally:
        repo.close()
    return fleet


def _enrolment(repo, keys, request: bytes, prefix: str) -> bytes:
    """The same device approved again (same key, same prefix): its enrolment file."""
    _row, data = devices.approve(repo, keys, request, case_prefix=prefix, at=AT, actor="test")
    return data


TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:[+-]\d\d:\d\d|Z)?")


def canonical_dump(repo: Repository) -> list[tuple[str, str]]:
    """Every table, every row, in a stable order; the moments of *this* run (imported_at and
    the like, not the devices' own times) and the random enrolment ids masked."""
    today = {dt.datetime.now(dt.timezone.utc).date().isoformat(), dt.date.today().isoformat(),
             (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=1)).date().isoformat()}
    enrolments = {d.enrolment_id for d in repo.devices()}
    out = []
    for table, row in repo.dump():
        text = repr(row)
        for e in enrolments:
            text = text.replace(e, "ENROLMENT")
        text = TIME.sub(lambda m: "NOW" if m.group(0)[:10] in today else m.group(0), text)
        out.append((table, text))
    return sorted(out)
