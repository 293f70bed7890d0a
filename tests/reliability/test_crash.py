"""Kill the writing process with SIGKILL at random moments (issue 8, docs/reliability.md).

Each scenario starts a real worker process (tests/reliability/crash_worker.py) on real
SQLCipher files, kills it at a random moment, then checks from the outside:

* every piece of work the worker reported as done (the moment the user is told "saved") is
  there, with its content;
* the vault passes PRAGMA integrity_check, PRAGMA cipher_integrity_check and the audit chain;
* headquarters never holds part of a bundle: every bundle it lists is there row for row as in
  a clean import, and no row points to a bundle it does not list;
* the work goes on afterwards (the next worker starts on the same files).

CI runs INSPECTOR_DESK_KILLS=6 kills per scenario (the default); the full run is
``INSPECTOR_DESK_KILLS=35 .venv/bin/python -m pytest tests/reliability/test_crash.py`` (over
200 kills). INSPECTOR_DESK_CRASH_SEED repeats a run; the seed of each scenario is printed at
the end.
"""

from __future__ import annotations

import json
import shutil
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from inspector_desk.app import sync
from inspector_desk.app.profile import Profiles
from inspector_desk.app.session import InspectorInfo
from inspector_desk.core.records import FamilyCase, Person, Visit
from inspector_desk.core.services import PersonInput
from inspector_desk.hq import devices
from inspector_desk.hq.backends import open_backend
from inspector_desk.hq.importer import Importer, Rejection
from inspector_desk.hq.repo import Repository
from inspector_desk.keystore.device_secret import KeyringSecrets
from inspector_desk.keystore.keyfile import KdfParams
from inspector_desk.storage.vault import Vault, schema_version_latest
from tests.reliability.harness import kills_per_scenario
from tests.reliability.crash_worker import visit_answers
from tests.support.keyrings import FileKeyring
from tests.sync.fixtures import PASSPHRASE, export

KILLS = kills_per_scenario()


class Device:
    """A profile whose keyring is a file, so the worker process and the test share it."""

    def __init__(self, folder: Path, clock, forms, login: str = "A-1047") -> None:
        self.home, self.keyring = folder / "home", folder / "keyring.json"
        self.profiles = Profiles(self.home, KeyringSecrets(FileKeyring(self.keyring)), clock,
                                 kdf=KdfParams.fast_for_tests(), forms=forms)
        self.session = self.profiles.create(
            "default", PASSPHRASE, InspectorInfo(name=f"Инспектор {login}", login=login, district="Есиль"))

    def config(self, kind: str, **extra) -> dict:
        return {"kind": kind, "home": str(self.home), "keyring": str(self.keyring),
                "passphrase": PASSPHRASE, **extra}

    @contextmanager
    def open(self):
        s = self.profiles.unlock("default", PASSPHRASE)
        try:
            yield s
        finally:
            s.lock()


def assert_vault_sound(s) -> None:
    report = s.vault.doctor()
    assert report.integrity == ["ok"], report.integrity
    assert report.cipher_integrity == [], report.cipher_integrity
    assert report.audit_problems == [], report.audit_problems


def seed_case(s) -> tuple[str, str]:
    svc = s.services
    cid = svc.cases.open_case(address="г. Астана, ул. Сығанақ, д. 3", district="Есиль", source="111").created
    pid = svc.people.add_person_to_case(cid, PersonInput(last_name="Оспанова", first_name="Мәдина"),
                                 "affected", "self").created
    return cid, pid


def index(marker: str) -> int:
    return int(marker.rsplit("-", 1)[1])


# --- saves -----------------------------------------------------------------------------------


def test_saves_survive_kills(harness, tmp_path, clock, forms):
    h = harness("saves")
    dev = Device(tmp_path, clock, forms)
    cid, pid = seed_case(dev.session)
    dev.session.lock()
    acked: list[dict] = []
    for r in range(KILLS):
        kill = h.kill(dev.config("saves", tag=f"r{r}", case_id=cid, person_id=pid), 0.05, 1.5)
        acked += kill.acks
        h.stats.note(f"last op {kill.acks[-1]['op'] if kill.acks else 'none'}")
        with dev.open() as s:
            assert_vault_sound(s)
            latest_update: dict[str, str] = {}
            for a in acked:
                if a["op"] == "case":
                    assert s.store.get(FamilyCase, a["id"]).address == a["marker"]
                elif a["op"] == "person":
                    assert s.store.get(Person, a["id"]).last_name == a["marker"]
                elif a["op"] == "visit":
                    assert s.store.get(Visit, a["id"]).answers["visit_address"] == a["marker"]
                else:
                    latest_update[a["id"]] = a["marker"]
            for case_id, marker in latest_update.items():
                beat = s.store.get(FamilyCase, case_id).beat
                # The acknowledged value, or a later one whose acknowledgement the kill cut off.
                assert beat.split("-")[0] == marker.split("-")[0] and index(beat) >= index(marker)
    assert len(acked) > KILLS * 10


# --- drafts ----------------------------------------------------------------------------------


def test_draft_autosave_survives_kills(harness, tmp_path, clock, forms):
    h = harness("draft autosave")
    dev = Device(tmp_path, clock, forms)
    cid, pid = seed_case(dev.session)
    dev.session.lock()
    drafts: dict[str, int] = {}
    saved: dict[str, str] = {}
    for r in range(KILLS):
        kill = h.kill(dev.config("drafts", tag=f"r{r}", case_id=cid, person_id=pid), 0.05, 1.0)
        for a in kill.acks:
            if a["op"] == "draft":
                drafts[a["id"]] = max(drafts.get(a["id"], -1), a["n"])
            else:
                saved[a["draft"]] = a["id"]
        with dev.open() as s:
            assert_vault_sound(s)
            kept = {d.id: d for d in s.services.desk.drafts(cid)}
            visits = {v.answers.get("visit_address"): v.id for v in s.store.find(Visit, case_id=cid)}
            for draft_id, n in drafts.items():
                became = visits.get(f"form-{draft_id}")
                if draft_id in saved:
                    assert became == saved[draft_id] and draft_id not in kept
                    continue
                # Either the draft is kept (with the acknowledged answers or later ones) or it
                # became a visit in the same transaction that removed it, never both or none.
                assert (draft_id in kept) != (became is not None), draft_id
                if draft_id in kept:
                    assert kept[draft_id].answers["n"] >= n
                else:
                    h.stats.note("draft saved as a visit when killed")
    assert drafts and saved


# --- export ----------------------------------------------------------------------------------


def test_export_survives_kills(harness, tmp_path, clock, forms, sqlite_hub):
    h = harness("export")
    dev = Device(tmp_path, clock, forms)
    sqlite_hub.enrol(dev.session, "K7QM")
    dev.session.lock()
    stick = tmp_path / "stick"
    imported: set[str] = set()
    cases: list[str] = []

    def import_new() -> None:
        for f in sorted(stick.glob("*.idb")):
            if f.name not in imported:
                [r] = sqlite_hub.import_(f)
                assert not isinstance(r, Rejection), (f.name, r.error.reason, str(r.error))
                imported.add(f.name)

    for r in range(KILLS):
        kill = h.kill(dev.config("exports", tag=f"r{r}", dest=str(stick)), 0.2, 3.0)
        cases += [a["id"] for a in kill.of("case")]
        leftovers = [f.name for f in stick.iterdir() if not f.name.endswith(".idb")] if stick.exists() else []
        assert all(n.endswith(".idb.partial") for n in leftovers), leftovers
        if leftovers:
            h.stats.note("partial file left (never named .idb)")
        # Every file named like a bundle is a whole, valid bundle that headquarters takes.
        import_new()
        for a in kill.of("export"):
            assert {b["file"] for b in a["bundles"]} <= imported
        with dev.open() as s:
            assert_vault_sound(s)
            for a in kill.of("case"):
                s.store.get(FamilyCase, a["id"])
            h.stats.notes["numbers burned by kills"] = len(sync.status(s).burned)
    with dev.open() as s:
        export(s, stick)
        assert not list(stick.glob("*.partial")), "the next export clears what a kill left"
    import_new()
    at_hq = {row[0] for row in sqlite_hub.repo.db.query("SELECT record_id FROM records WHERE kind = 'case'")}
    assert set(cases) <= at_hq


# --- the round trip: export, headquarters import, receipt ------------------------------------


def hq_secrets(unlocked_hq, path: Path) -> Path:
    """The unlocked headquarters keys for the worker (test-only; real HQ asks a passphrase)."""
    path.write_text(json.dumps({"signer": unlocked_hq.signer.private_bytes().hex(),
                                "identity": str(unlocked_hq.import_identity),
                                "db_key": unlocked_hq.db_key.hex()}))
    return path


def open_repo(home: Path, unlocked_hq, url: str | None = None) -> Repository:
    return Repository(open_backend(url, home, unlocked_hq.db_key))


PROJECTION = {
    "record_versions": "SELECT bundle_id, record_id, version, sha256, deleted FROM record_versions",
    "audit": "SELECT bundle_id, device_id, seq, hash FROM audit",
}


def per_bundle(repo: Repository) -> dict[str, set]:
    out: dict[str, set] = {}
    for table, sql in PROJECTION.items():
        for row in repo.db.query(sql):
            out.setdefault(row[0], set()).add((table,) + tuple(str(v) for v in row[1:]))
    return out


def assert_hq_whole(repo: Repository, sqlite: bool = True) -> dict[str, set]:
    """No row without its bundle; every bundle's audit segment whole. Returns rows per bundle."""
    if sqlite:
        assert repo.db.query("PRAGMA integrity_check") == [("ok",)]
        assert repo.db.query("PRAGMA cipher_integrity_check") == []
    listed = {r[0]: r for r in repo.db.query("SELECT bundle_id, device_id, audit_from, audit_to FROM bundles")}
    rows = per_bundle(repo)
    assert set(rows) <= set(listed), f"rows of bundles headquarters does not list: {set(rows) - set(listed)}"
    for bundle_id, device_id, start, end in listed.values():
        seqs = {int(r[0]) for r in repo.db.query(
            "SELECT seq FROM audit WHERE device_id = ? AND seq > ? AND seq <= ?", (device_id, start, end))}
        assert seqs == set(range(int(start) + 1, int(end) + 1)), bundle_id
    return rows


def test_round_trip_survives_kills(harness, tmp_path, clock, forms, hq_home, unlocked_hq):
    """Save, export, import at headquarters, write and import the receipt, in one process."""
    h = harness("round trip + receipt")
    dev = Device(tmp_path, clock, forms)
    hub_repo = open_repo(hq_home, unlocked_hq)
    req = sync.enrolment_request(dev.session, tmp_path)
    _row, data = devices.approve(hub_repo, unlocked_hq, req.read_bytes(), case_prefix="K7QM",
                                 at="2026-11-20T10:00:00+05:00", actor="test")
    (tmp_path / "e.idenrol").write_bytes(data)
    sync.import_enrolment(dev.session, tmp_path / "e.idenrol",
                          expect_hq_key_id=unlocked_hq.public.signing_key_id)
    hub_repo.close()
    dev.session.lock()
    reference_home = tmp_path / "reference"
    shutil.copytree(hq_home, reference_home)  # headquarters as it was before any import
    stick, done = tmp_path / "stick", tmp_path / "imported"
    config = dev.config("round_trips", dest=str(stick), imported=str(done), receipts=str(tmp_path / "receipts"),
                        hq_home=str(hq_home), hq_secrets=str(hq_secrets(unlocked_hq, tmp_path / "hq.json")))
    acked_bundle, cases = 0, []
    for r in range(KILLS):
        kill = h.kill({**config, "tag": f"r{r}"}, 0.1, 3.0)
        h.stats.note(f"last op {kill.acks[-1]['op'] if kill.acks else 'none'}")
        cases += [a["id"] for a in kill.of("case")]
        for a in kill.of("receipt"):
            acked_bundle = max(acked_bundle, a["acked"])
        with dev.open() as s:
            assert_vault_sound(s)
            assert sync.status(s).acknowledged_bundle >= acked_bundle
            for cid in cases:
                s.store.get(FamilyCase, cid)
        repo = open_repo(hq_home, unlocked_hq)
        try:
            assert_hq_whole(repo)
        finally:
            repo.close()
    with dev.open() as s:  # what was saved after the last export goes too
        export(s, stick)
    # Every bundle file ever written, imported again into headquarters as it was before: the
    # same rows, bundle for bundle, as the headquarters that was killed again and again.
    files = {f.name: f for folder in (stick, done, hq_home / "quarantine") if folder.exists()
             for f in folder.rglob("*.idb")}
    repo = open_repo(hq_home, unlocked_hq)
    Importer(repo, unlocked_hq, hq_home).import_paths(sorted(p for p in files.values() if p.parent == stick))
    ref = open_repo(reference_home, unlocked_hq)
    try:
        by_seq = sorted(files.values(), key=lambda p: p.name.split("-")[-1])
        Importer(ref, unlocked_hq, reference_home).import_paths(by_seq)
        assert per_bundle(ref) == assert_hq_whole(repo)
        at_hq = {row[0] for row in repo.db.query("SELECT record_id FROM records")}
        assert set(cases) <= at_hq
    finally:
        repo.close()
        ref.close()


# --- headquarters import ---------------------------------------------------------------------


def _device_bundles(make_device, hubs: list[Repository], unlocked_hq, folder: Path) -> None:
    """Two devices, three bundles each (cases, persons, visits, a 2 MiB photo now and then),
    enrolled at every headquarters database in ``hubs``."""
    import io
    import os

    for n, (name, prefix) in enumerate((("a", "AAAA"), ("b", "BBBB"))):
        s = make_device(name, f"{prefix}-1")
        req = sync.enrolment_request(s, folder)
        for repo in hubs:
            _row, data = devices.approve(repo, unlocked_hq, req.read_bytes(), case_prefix=prefix,
                                         at="2026-11-20T10:00:00+05:00", actor="test")
        (folder / f"{name}.idenrol").write_bytes(data)
        sync.import_enrolment(s, folder / f"{name}.idenrol",
                              expect_hq_key_id=unlocked_hq.public.signing_key_id)
        for batch in range(3):
            for i in range(60):
                cid, pid = seed_case(s)
                s.services.desk.save_form("visit", cid, visit_answers(pid, f"{name}-{batch}-{i}"))
                if i % 30 == 0:
                    s.services.records.attach(cid, record_kind="case", record_id=cid, filename="p.jpg",
                                      mime="image/jpeg", stream=io.BytesIO(os.urandom(2 << 20)))
            export(s, folder / "bundles")


def _reset(repo: Repository) -> None:
    with repo.transaction():
        for table in ("bundles", "record_versions", "records", "conflicts", "blobs", "blob_chunks",
                      "audit", "events"):
            repo.db.execute(f"DELETE FROM {table}")


def test_headquarters_import_survives_kills(harness, tmp_path, backend, request, hq_home,
                                            unlocked_hq, make_device):
    h = harness(f"headquarters import ({backend})")
    url = request.getfixturevalue("pg_cluster").new_database() if backend == "postgresql" else None
    reference_home = tmp_path / "reference"
    shutil.copytree(hq_home, reference_home)
    repo, ref = open_repo(hq_home, unlocked_hq, url), open_repo(reference_home, unlocked_hq)
    _device_bundles(make_device, [repo, ref], unlocked_hq, tmp_path)
    masters = sorted((tmp_path / "bundles").glob("*.idb"))
    assert len(masters) == 6
    started = time.perf_counter()
    Importer(ref, unlocked_hq, reference_home).import_paths(masters)
    high = (time.perf_counter() - started) * 1.2  # kills spread over a whole import
    expected = per_bundle(ref)
    expected_records = sorted(ref.db.query("SELECT record_id, version, sha256 FROM records"))
    ref.close()
    _reset(repo)
    repo.close()
    config = {"kind": "hq_imports", "hq_home": str(hq_home), "hq_url": url,
              "hq_secrets": str(hq_secrets(unlocked_hq, tmp_path / "hq.json")), "inbox": str(tmp_path / "inbox")}
    for _ in range(KILLS):
        inbox = tmp_path / "inbox"
        shutil.rmtree(inbox, ignore_errors=True)
        inbox.mkdir()
        for f in masters:
            shutil.copy(f, inbox / f.name)
        kill = h.kill(config, 0.0, high)
        h.stats.note("all imported before the kill" if kill.of("done") else
                     f"killed importing bundle {len(kill.of('imported')) + 1} of {len(masters)}")
        repo = open_repo(hq_home, unlocked_hq, url)
        try:
            rows = assert_hq_whole(repo, sqlite=url is None)
            for a in kill.of("imported"):
                assert a["bundle"] in rows
            for bundle_id, have in rows.items():
                assert have == expected[bundle_id], f"bundle {bundle_id} differs from a clean import"
            if len(rows) == len(masters):
                assert sorted(repo.db.query("SELECT record_id, version, sha256 FROM records")) == \
                    [tuple(r) for r in expected_records]
                _reset(repo)  # start over: the next kills land in imports again
            leftovers = list((hq_home / "incoming").glob("*")) if (hq_home / "incoming").exists() else []
            if leftovers:
                h.stats.note("incoming copies left by a kill")
        finally:
            repo.close()
    if url:
        request.getfixturevalue("pg_cluster").drop_database(url)


# --- migration -------------------------------------------------------------------------------


def test_migration_survives_kills(harness, tmp_path):
    """A vault an earlier release made (schema 1, 20,000 persons) opened by this release; the
    kill lands while the migrations run."""
    import os

    h = harness("migration")
    key = os.urandom(32)
    template = tmp_path / "v1.db"
    old = Vault.create(template, key, upto=1)
    with old.store.transaction():
        old.conn.executemany(
            "INSERT INTO persons (id, version, created_by, updated_by, device_id, last_name, "
            "first_name, patronymic, phones, address, safe_contact, vulnerabilities, risk_flags, "
            "notes) VALUES (?, 1, 't', 't', 'd', ?, 'Гүлнар', '', '[]', 'ул. Сығанақ', '', '[]', '[]', '')",
            [(f"p{i}", f"Есенова{i}") for i in range(20000)])
    old.close()
    work = tmp_path / "work.db"

    def fresh() -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{work}{suffix}").unlink(missing_ok=True)
        shutil.copy(template, work)

    fresh()
    started = time.perf_counter()
    Vault.open(work, key).close()
    took = time.perf_counter() - started
    for n in range(KILLS):
        fresh()
        # Every other kill within the first fifth: the schema steps before the index rebuild.
        high = took * (1.1 if n % 2 else 0.2)
        kill = h.kill({"kind": "migration", "vault": str(work), "key": key.hex()}, 0.0, high)
        peek = Vault.open(work, key, migrate=False)
        landed = "done" if kill.of("migrated") else f"schema {peek.schema_version}" + \
            (" before the index rebuild" if peek.store.meta("search.rebuild") else "")
        h.stats.note(f"killed at {landed}")
        peek.close()
        v = Vault.open(work, key)
        try:
            assert v.schema_version == schema_version_latest()
            report = v.doctor()
            assert report.ok, report
            assert report.records["person"] == 20000
            assert v.store.get(Person, "p1234").last_name == "Есенова1234"
            assert v.store.search(["есенова1234"], 5)
        finally:
            v.close()
