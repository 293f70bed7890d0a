"""The fuzzing *world*: headquarters, enrolled devices and a valid file of every kind the
program reads (the seeds mutations start from), built once per run because age's scrypt and
the demo data take seconds. Used by tests/fuzz (a session fixture) and fuzz/ (atheris)."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import uuid
from pathlib import Path
from typing import Any

import pyrage
import yaml

from inspector_desk.app import sync
from inspector_desk.app.demo import generate
from inspector_desk.app.profile import Profiles
from inspector_desk.app.session import InspectorInfo, Session
from inspector_desk.core.errors import InspectorDeskError
from inspector_desk.core.ports import KZ_TZ, FixedClock
from inspector_desk.core.records import FamilyCase
from inspector_desk.forms.paths import default_forms_dir
from inspector_desk.hq import recovery as hq_recovery
from inspector_desk.hq import updates
from inspector_desk.hq.backends import open_backend
from inspector_desk.hq.repo import Repository
from inspector_desk.keystore.device_secret import KeyringSecrets
from inspector_desk.keystore.keyfile import KdfParams
from inspector_desk.paths import resource_dir
from inspector_desk.sync import tarstream
from inspector_desk.sync.updates import PackContent
from tests.support.keyrings import MemoryKeyring
from tests.sync.fixtures import PASSPHRASE, Hub, _home, export

NEW_PASSPHRASE = "Новый-пароль-2026-Есиль!"


class World:
    """Not a dataclass: Hypothesis prints fixtures of a failing example field by field."""

    def __init__(self, base: Path, clock: FixedClock, hub: Hub, keyring: MemoryKeyring) -> None:
        self.base, self.clock, self.hub, self.keyring = base, clock, hub, keyring
        self.devices: dict[str, Session] = {}
        self.files: dict[str, bytes] = {}
        self.extra: dict[str, Any] = {}

    def __repr__(self) -> str:  # Hypothesis prints the fixture with a failing example
        return f"World({self.base})"

    def scratch(self, name: str, data: bytes) -> Path:
        """A fresh file holding ``data`` (the readers take paths)."""
        folder = self.base / "scratch"
        folder.mkdir(exist_ok=True)
        path = folder / f"{uuid.uuid4().hex[:12]}-{name}"
        path.write_bytes(data)
        return path


def vault_state(session: Session) -> str:
    """A hash of every row of every table of a device's vault: equal = nothing changed."""
    conn = session.store.conn
    h = hashlib.sha256()
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                         "ORDER BY name").fetchall()]
    for t in tables:
        h.update(t.encode())
        for row in sorted(repr(tuple(r)) for r in conn.execute(f'SELECT * FROM "{t}"')):
            h.update(row.encode())
    return h.hexdigest()


def untar(plain: bytes) -> list[tuple[str, bytes]]:
    """The members of our strict tar subset, in order."""
    import tarfile

    out = []
    with tarfile.open(fileobj=io.BytesIO(plain)) as tf:
        for m in tf.getmembers():
            out.append((m.name, tf.extractfile(m).read()))  # type: ignore[union-attr]
    return out


def tar(members: list[tuple[str, bytes]]) -> bytes:
    """Members into an archive as the program writes it; names the writer would refuse are
    written by hand (the reader must refuse them, not the test)."""
    out = []
    for name, data in members:
        try:
            head = tarstream.member_header(name, len(data), 0)
        except tarstream.TarFormatError:
            head = _raw_header(name.encode("utf-8", "replace")[:100], len(data))
        out.append(head + data + tarstream.padding(len(data)))
    return b"".join(out) + tarstream.END


def _raw_header(name: bytes, size: int) -> bytes:
    h = bytearray(tarstream.member_header("x", 0, 0))
    h[0:100] = name.ljust(100, b"\0")
    h[124:136] = f"{size % 8 ** 11:011o}".encode() + b"\0"
    h[148:156] = b" " * 8
    h[148:156] = f"{sum(h):06o}".encode("ascii") + b"\0 "
    return bytes(h)


def fix_manifest(members: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """The manifest rewritten to list the other members as they now are (what a signer who
    holds the key would do to get past the member hashes)."""
    if not members or members[0][0] != "manifest.json":
        return members
    try:
        manifest = json.loads(members[0][1])
    except ValueError:
        return members
    if not isinstance(manifest, dict):
        return members
    manifest["members"] = [{"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
                           for n, d in members[1:]]
    return [("manifest.json", json.dumps(manifest, sort_keys=True, separators=(",", ":"),
                                         ensure_ascii=False).encode() + b"\n")] + members[1:]


def _attach(session: Session, size: int) -> str:
    case = session.store.find(FamilyCase)[0]
    data = bytes((i * 7 + i // 5) % 251 for i in range(size))
    return session.services.records.attach(case.id, record_kind="case", record_id=case.id, filename="photo.jpg",
                                   mime="image/jpeg", stream=io.BytesIO(data)).created


def _visit_v2() -> bytes:
    data = yaml.safe_load((default_forms_dir() / "prevention_visit.v1.yaml").read_text(encoding="utf-8"))
    data["version"] = 2
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")


def _decrypt(data: bytes, identity: pyrage.x25519.Identity) -> bytes:
    hlen = int.from_bytes(data[4:8], "big")
    return pyrage.decrypt(data[8 + hlen:-72], [identity])




def build_world(base: Path, hq_keys_dir: Path, unlocked_hq, recovery_identity, forms) -> World:
    """Headquarters, enrolled devices and a valid file of every kind, under ``base``."""
    clock = FixedClock(dt.datetime(2026, 11, 20, 10, 0, tzinfo=KZ_TZ))
    hq_home = _home(base / "hq", hq_keys_dir)
    repo = Repository(open_backend(None, hq_home, unlocked_hq.db_key))
    hub = Hub(hq_home, unlocked_hq, repo, clock)
    w = World(base, clock, hub, MemoryKeyring())

    def device(name: str, login: str, prefix: str | None) -> Session:
        profiles = Profiles(base / f"device-{name}", KeyringSecrets(w.keyring), clock,
                            kdf=KdfParams.fast_for_tests(), forms=forms)
        s = profiles.create("default", PASSPHRASE,
                            InspectorInfo(name=f"Инспектор {name}", login=login, district="Есиль"))
        s.profiles = profiles  # type: ignore[attr-defined]
        if prefix:
            hub.enrol(s, prefix)
        w.devices[name] = s
        return s

    # The bundle: a device with demo data and an attachment spanning several age chunks.
    a = device("bundle", "A-1", "AAAA")
    generate(a, households=2, seed=13)
    _attach(a, 150_000)
    [bundle] = export(a, base / "usb-a")
    w.files["bundle"] = bundle.path.read_bytes()
    w.files["enrolment_request"] = sync.enrolment_request(a, base / "a.idreq").read_bytes()
    w.extra["bundle_plain"] = _decrypt(w.files["bundle"], unlocked_hq.import_identity)

    # A second copy of the bundle at headquarters: the database then holds real content, and
    # the bundle device's case can be handed to the update-pack device.
    b2 = device("update", "U-1", "KKKK")
    other = hub.importer  # a copy of the bundle file, so the seed itself stays fresh
    copy_path = w.scratch("a.idb", w.files["bundle"])
    [r] = other.import_paths([copy_path])
    assert not hasattr(r, "error"), r
    case_no = a.store.find(FamilyCase)[0].case_no
    packs = updates.reassign(repo, unlocked_hq, case_no, b2.actor.device_id, base / "packs",
                             clock.now().isoformat(), "fuzz")
    rules = json.loads((resource_dir() / "rules" / "followup.json").read_text(encoding="utf-8"))
    rules["rules_version"] = "2027-01"
    choices = min((default_forms_dir() / "choices").glob("*.yaml"))
    content = PackContent(forms=[("prevention_visit", 2, _visit_v2())],
                          choices=[(choices.stem, choices.read_bytes())],
                          rules=json.dumps(rules, ensure_ascii=False).encode())
    forms_pack = updates.issue(repo, unlocked_hq, b2.actor.device_id, content, base / "packs",
                               clock.now().isoformat(), "fuzz")
    w.files["update_records"] = packs[0].read_bytes()
    w.files["update_forms"] = forms_pack.read_bytes()
    identity = pyrage.x25519.Identity.from_str(b2.store.meta("sync.device_age_identity") or "")
    w.extra["update_identity"] = identity
    w.extra["update_plain_records"] = _decrypt(w.files["update_records"], identity)
    w.extra["update_plain_forms"] = _decrypt(w.files["update_forms"], identity)

    # A receipt: a device's bundle imported at headquarters, and headquarters' answer.
    rc = device("receipt", "R-1", "RRRR")
    generate(rc, households=1, seed=5)
    [rb] = export(rc, base / "usb-r")
    [r] = hub.import_(rb.path)
    assert not hasattr(r, "error"), r
    w.files["receipt"] = hub.receipt(rc).read_bytes()

    # An enrolment: a device of its own, so that an accepted variant changes nobody else.
    e = device("enrol", "E-1", "EEEE")
    w.files["enrolment"] = (hq_home / "EEEE.idenrol").read_bytes()
    w.extra["enrol_device"] = e

    # Recovery: an enrolled device with its key escrowed (at the next unlock), a request,
    # and headquarters' signed response.
    v = device("recovery", "V-1", "MMMM")
    profiles_v = v.profiles  # type: ignore[attr-defined]
    v.lock()
    v = profiles_v.unlock("default", PASSPHRASE)
    v.profiles = profiles_v  # type: ignore[attr-defined]
    w.devices["recovery"] = v
    req = sync.recovery_request(profiles_v, "default", NEW_PASSPHRASE, base / "rec.idrecreq")
    w.files["recovery_request"] = req.read_bytes()
    _body, response = hq_recovery.approve(repo, unlocked_hq, recovery_identity, req.read_bytes(),
                                          officers=["officer 1", "officer 2"],
                                          at=clock.now().isoformat(), actor="fuzz")
    w.files["recovery_response"] = response
    pending = json.loads((profiles_v.folder("default") / "recovery-pending.json").read_text())
    from inspector_desk.sync.recovery import open_pending

    device_secret = profiles_v._device_secret(profiles_v.load_keyfile("default"))
    w.extra["recovery_device_secret"] = device_secret
    w.extra["recovery_identity_device"] = open_pending(pending, NEW_PASSPHRASE, device_secret)
    w.extra["recovery_pending"] = pending
    w.extra["recovery_identity_hq"] = recovery_identity
    return w


def close_world(w: World) -> None:
    for s in w.devices.values():
        if not s.locked:
            try:
                s.lock()
            except InspectorDeskError:  # a vault recovered (re-keyed) under its open session
                pass
    w.hub.repo.close()


