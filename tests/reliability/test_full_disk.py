"""A full disk, for real (SECURITY.md T4): every save, copy, export and import on a small tmpfs
that the test fills up. Each must fail with StorageFull (code ``storage_full``, a message a
person can act on), leave what was saved before intact (``doctor`` passes, the database is
unchanged row for row), leave no file that looks complete, and work once space is freed.

The tmpfs needs CAP_SYS_ADMIN (root, as on CI, or ``unshare --user --map-root-user
--mount``); without it every test here is skipped with the reason (tests/reliability/tinyfs.py).
"""

from __future__ import annotations

import hashlib
import io
import json
import os

import pytest
import sqlcipher3

from inspector_desk.app import sync
from inspector_desk.core.errors import StorageFull, VaultCorrupt
from inspector_desk.core.records import Attachment, FamilyCase
from inspector_desk.forms import default_forms_dir
from inspector_desk.core.services import PersonInput
from inspector_desk.hq import updates
from inspector_desk.hq.backends import open_backend
from inspector_desk.hq.importer import INCOMING, QUARANTINE, ImportResult
from inspector_desk.hq.repo import Repository
from inspector_desk.messages import catalog, describe
from inspector_desk.paths import resource_dir
from inspector_desk.storage import connection
from inspector_desk.storage import vault as vault_module
from inspector_desk.sync.updates import PackContent
from tests.reliability.tinyfs import TinyFs, tiny_mounts
from tests.services.test_case_records import visit_answers
from tests.sync.fixtures import PASSPHRASE, Hub, _home, export

# The device and headquarters fixtures (make_device, sqlite_hub, hq_keys_dir, unlocked_hq)
# come from tests/sync/fixtures.py through tests/reliability/conftest.py.

MiB = 1 << 20
HOME_SIZE = 16 * MiB
BIG = 12 * MiB  # more than SQLCipher's page cache (8 MB): such a transaction spills into the WAL


# --- helpers ---------------------------------------------------------------------------------


def vault_dump(session) -> dict[str, str]:
    """A digest of every row of every table of the vault: equal dumps, equal vaults."""
    conn = session.store.conn
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    out = {}
    for table in tables:
        h = hashlib.sha256()
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            h.update(repr(tuple(row)).encode())
        out[table] = h.hexdigest()
    return out


def settle(session) -> None:
    """Empty the WAL, so that what follows must grow it: a WAL restarted after a checkpoint
    rewrites its old frames in place and a small save may then fit on a full disk (which is
    fine, but not what these tests are about)."""
    session.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def assert_storage_full(exc: BaseException) -> None:
    assert isinstance(exc, StorageFull), repr(exc)
    assert exc.code == "storage_full"
    text = str(exc).lower()
    assert "full" in text and "free" in text, text  # says what happened and what to do
    for lang in ("ru", "kk", "en"):  # what the screens and the command line show
        assert describe(exc, lang) == catalog()["storage_full"][lang]


def case_with_people(session) -> tuple[str, str]:
    svc = session.services
    cid = svc.cases.open_case(address="г. Астана, ул. Сығанақ, д. 3, кв. 7", district="Есиль",
                        source="111").created
    victim = svc.people.add_person(PersonInput(last_name="Оспанова", first_name="Мәдина")).created
    offender = svc.people.add_person(PersonInput(last_name="Оспанов", first_name="Ерлан")).created
    svc.people.add_participant(cid, victim, "affected", "self")
    svc.people.add_participant(cid, offender, "offender", "spouse")
    return cid, victim


@pytest.fixture
def tiny_fs(tmp_path):
    """``tiny_fs(name, size)``: a tmpfs of ``size`` bytes on ``tmp_path/name``."""
    with tiny_mounts(tmp_path) as make:
        yield make


@pytest.fixture
def home(tiny_fs) -> TinyFs:
    """The profiles' home folder (tmp_path/home, where the ``profiles`` fixture keeps them)
    on a 16 MiB tmpfs."""
    return tiny_fs("home", HOME_SIZE)


@pytest.fixture
def vault_session(home, profiles, inspector):
    s = profiles.create("default", PASSPHRASE, inspector)
    yield s
    if not s.locked:
        s.lock()


def open_files_under(folder) -> list[str]:
    """Files this process holds open below ``folder`` (an open vault holds vault.db)."""
    out = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(f"{folder}{os.sep}"):
            out.append(target)
    return out


def device_on(tiny_fs, make_device, name: str = "a", login: str = "A-1047", size: int = HOME_SIZE):
    """make_device's profile home (tmp_path/device-<name>) on a tmpfs of its own."""
    fs = tiny_fs(f"device-{name}", size)
    return fs, make_device(name, login)


# --- how SQLite says it ----------------------------------------------------------------------


def test_how_sqlcipher_reports_a_full_disk(tiny_fs):
    """A write that finds no room: SQLITE_FULL. Opening a WAL database with no room for its
    -shm index: plain SQLITE_IOERR, which counts as full only when the disk really is."""
    fs = tiny_fs("raw", 2 * MiB)
    key = os.urandom(32)
    path = fs.path / "raw.db"
    conn = connection.connect(path, key, create=True)
    conn.execute("CREATE TABLE t (x BLOB)")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert fs.fill(0) == 0
    with pytest.raises(sqlcipher3.OperationalError) as raised:
        conn.execute("INSERT INTO t VALUES (randomblob(100000))")
    assert (raised.value.sqlite_errorname, str(raised.value)) == ("SQLITE_FULL", "database or disk is full")
    assert isinstance(connection.translate_error(raised.value), StorageFull)
    conn.close()
    fs.release()
    connection.connect(path, key).close()  # closed cleanly, with room: -wal and -shm go
    assert [p.name for p in fs.files()] == ["raw.db"]
    fs.fill(0)

    raw = sqlcipher3.connect(str(path), isolation_level=None)
    raw.execute(connection._key_pragma(key))
    with pytest.raises(sqlcipher3.OperationalError) as raised:
        raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
    raw.close()
    assert (raised.value.sqlite_errorname, str(raised.value)) == ("SQLITE_IOERR", "disk I/O error")
    assert isinstance(connection.translate_error(raised.value, path), StorageFull)
    assert connection.translate_error(raised.value) is raised.value  # no path: not guessed
    with pytest.raises(StorageFull):  # not VaultCorrupt ("restore a backup")
        connection.connect(path, key)

    fs.release()
    assert fs.free() > 1 * MiB
    # The same I/O error on a disk with room is not called "full".
    assert connection.translate_error(raised.value, path) is raised.value
    conn = connection.connect(path, key)
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0
    conn.close()


# --- 1. the vault on a full disk --------------------------------------------------------------

SAVES = {
    "open_case": (0, lambda svc, cid, victim: svc.cases.open_case(
        address="г. Астана, пр. Республики, д. 10", district="Есиль", source="102")),
    "add_person": (0, lambda svc, cid, victim: svc.people.add_person(
        PersonInput(last_name="Ахметова", first_name="Сауле"))),
    "record_visit": (0, lambda svc, cid, victim: svc.records.record_visit(cid, visit_answers(victim))),
    "save_draft": (0, lambda svc, cid, victim: svc.desk.save_draft(
        "visit", cid, {"place": "home", "conversation_held": "yes"})),
    # A photo bigger than the space left: the 1 MiB pieces go in until the disk is full.
    "attach": (1 * MiB, lambda svc, cid, victim: svc.records.attach(
        cid, record_kind="case", record_id=cid, filename="скан.jpg", mime="image/jpeg",
        stream=io.BytesIO(os.urandom(3 * MiB)))),
}


@pytest.mark.parametrize("op", list(SAVES))
def test_a_save_on_a_full_disk_fails_cleanly_and_works_once_space_is_freed(vault_session, home, op):
    s = vault_session
    cid, victim = case_with_people(s)
    s.services.desk.save_draft("incident", cid, {"place": "home"})
    leave, save = SAVES[op]
    settle(s)
    before = vault_dump(s)
    with home.full(leave=leave):
        with pytest.raises(StorageFull) as raised:
            save(s.services, cid, victim)
        assert_storage_full(raised.value)
        assert vault_dump(s) == before, "nothing half-saved, nothing lost"
        assert s.vault.doctor().ok
        # The session goes on: reading works on the full disk.
        assert [h.id for h in s.services.cases.search("Оспанова")]
        assert s.store.get(FamilyCase, cid).address.startswith("г. Астана")
    saved = save(s.services, cid, victim)
    assert saved is not None
    assert vault_dump(s) != before
    report = s.vault.doctor()
    assert report.ok
    if op == "attach":
        [att] = s.store.find(Attachment)
        assert att.size == 3 * MiB and sum(len(c) for c in s.store.attachment_chunks(att.id)) == 3 * MiB


def test_reading_on_a_full_disk_works_but_an_audited_view_says_full(vault_session, home):
    """The register, search and dashboard only read. Opening a case writes a 'view' entry
    to the audit log, which a full disk refuses: that is StorageFull, not a silent gap in
    the audit log."""
    s = vault_session
    cid, _victim = case_with_people(s)
    settle(s)
    before = vault_dump(s)
    with home.full():
        assert s.services.desk.dashboard() is not None
        assert s.services.cases.search("Сығанақ")
        with pytest.raises(StorageFull) as raised:
            s.services.cases.get_case(cid)
        assert_storage_full(raised.value)
        assert vault_dump(s) == before
    assert s.services.cases.get_case(cid).case.id == cid


def test_passphrase_change_on_a_full_disk(vault_session, home, profiles):
    s = vault_session
    s.services.cases.open_case(address="ул. Сығанақ, 3", district="Есиль", source="111")
    keyfile = profiles.folder("default") / "keyfile.json"
    old = keyfile.read_bytes()
    new_passphrase = "Күз-2027-Алматы!"
    with home.full():
        with pytest.raises(StorageFull) as raised:
            profiles.change_passphrase("default", PASSPHRASE, new_passphrase)
        assert_storage_full(raised.value)
        assert keyfile.read_bytes() == old
        assert sorted(p.name for p in keyfile.parent.iterdir() if p.name.endswith(".tmp")) == []
    s.lock()
    again = profiles.unlock("default", PASSPHRASE)  # the old passphrase still opens it
    again.lock()
    profiles.change_passphrase("default", PASSPHRASE, new_passphrase)
    again = profiles.unlock("default", new_passphrase)
    assert again.vault.doctor().ok
    again.lock()


def test_rekey_without_room_for_a_second_copy_refuses_before_changing_anything(
        vault_session, home, profiles):
    s = vault_session
    cid, _ = case_with_people(s)
    s.services.records.attach(cid, record_kind="case", record_id=cid, filename="a.jpg", mime="image/jpeg",
                      stream=io.BytesIO(os.urandom(1 * MiB)))
    settle(s)
    before = vault_dump(s)
    for leave in (0, 512 * 1024):  # no room even for the key file; room for it, not the copy
        with home.full(leave=leave):
            with pytest.raises(StorageFull) as raised:
                profiles.rekey(s, "default", PASSPHRASE)
            assert_storage_full(raised.value)
            assert vault_dump(s) == before
            assert s.vault.doctor().ok
    s.services.cases.open_case(address="ул. Б, 4", district="Есиль", source="111")  # goes on
    s.lock()
    again = profiles.unlock("default", PASSPHRASE)
    assert again.vault.doctor().ok
    assert set(profiles.load_keyfile("default").wraps) == {"current"}  # a leftover 'pending' is gone
    profiles.rekey(again, "default", PASSPHRASE)  # with room, it works
    again.lock()
    assert profiles.unlock("default", PASSPHRASE).vault.doctor().ok


def test_rekey_that_runs_out_of_space_half_way_keeps_the_old_key(vault_session, home, profiles,
                                                                 monkeypatch):
    """If the disk fills up while the vault is being re-encrypted (another program writes,
    or the room check was fooled), SQLCipher still answers 'ok' and from then on reads with
    the new key a file that kept the old one. The vault proves the new key opens the file,
    reopens with the old one when it does not, and says the disk is full."""
    s = vault_session
    cid, _ = case_with_people(s)
    s.services.records.attach(cid, record_kind="case", record_id=cid, filename="a.jpg", mime="image/jpeg",
                      stream=io.BytesIO(os.urandom(1 * MiB)))
    settle(s)
    before = vault_dump(s)
    real = vault_module.free_space
    calls = []

    def fooled(path):
        calls.append(path)
        return 1 << 40 if len(calls) == 1 else real(path)

    monkeypatch.setattr(vault_module, "free_space", fooled)
    with home.full(leave=256 * 1024):
        with pytest.raises(StorageFull) as raised:
            profiles.rekey(s, "default", PASSPHRASE)
        assert_storage_full(raised.value)
        assert len(calls) >= 2, "the room check was passed and the rekey really ran"
        assert vault_dump(s) == before  # the session reads again, with the old key
        assert s.vault.doctor().ok
    monkeypatch.undo()
    s.services.cases.open_case(address="ул. Б, 4", district="Есиль", source="111")
    s.lock()
    again = profiles.unlock("default", PASSPHRASE)
    assert again.vault.doctor().ok
    assert len(again.store.find(FamilyCase)) == 2
    again.lock()


def test_backup_to_a_full_or_nearly_full_stick(vault_session, tiny_fs, profiles, clock):
    """Every attempt either leaves a complete, verified backup or StorageFull and nothing
    at all on the stick, whichever step runs out of room (the copy, its journal, its -shm
    while it is verified, the key file, the manifest)."""
    s = vault_session
    case_with_people(s)
    stick = tiny_fs("stick", 4 * MiB)
    probe = profiles.backup(s, "default", PASSPHRASE, stick.path)
    size = sum(f.stat().st_size for f in probe.path.iterdir())
    for f in probe.path.iterdir():
        f.unlink()
    probe.path.rmdir()
    settle(s)
    outcomes = []
    for leave in [0, *range(size - 16 * 1024, size + 72 * 1024, 4096)]:
        clock.advance(seconds=1)  # a new backup name each time
        before = vault_dump(s)
        with stick.full(leave=leave):
            try:
                info = profiles.backup(s, "default", PASSPHRASE, stick.path)
            except StorageFull as exc:
                assert_storage_full(exc)
                assert stick.files() == [], f"left behind with {leave} bytes free"
                assert vault_dump(s) == before
                outcomes.append("full")
                continue
        assert sorted(p.name for p in info.path.iterdir()) == ["keyfile.json", "manifest.json", "vault.db"]
        outcomes.append("made")
        for f in info.path.iterdir():
            f.unlink()
        info.path.rmdir()
    assert outcomes[0] == "full" and outcomes[-1] == "made", outcomes
    assert s.vault.doctor().ok


def test_backup_when_the_vault_disk_is_full(vault_session, home, tiny_fs, profiles):
    """The copy goes to another disk but the vault cannot record the 'backup' audit entry:
    StorageFull and no backup, rather than a backup the audit log does not know about."""
    s = vault_session
    case_with_people(s)
    dest = tiny_fs("elsewhere", 8 * MiB).path
    settle(s)
    with home.full():
        with pytest.raises(StorageFull) as raised:
            profiles.backup(s, "default", PASSPHRASE, dest)
        assert_storage_full(raised.value)
        assert list(dest.iterdir()) == []
    info = profiles.backup(s, "default", PASSPHRASE, dest)
    assert info.path.exists()
    assert s.store.audit_entries(action="backup")


def test_lock_and_unlock_on_a_full_disk(vault_session, home, profiles):
    """Locking works on a full disk (the 'lock' audit entry cannot be written: the error is
    raised after the session is closed). Unlocking needs room for the WAL index and the
    'unlock' audit entry: StorageFull, never 'damaged, restore a backup', no failed attempt
    counted, no vault left open; it works once space is freed."""
    s = vault_session
    case_with_people(s)
    before = vault_dump(s)
    settle(s)
    with home.full():
        with pytest.raises(StorageFull):
            s.lock()
        assert s.locked
    folder = profiles.folder("default")
    # The failed lock could not checkpoint, so -wal and -shm stayed; one unlock and lock
    # with room removes them, as a normal lock does.
    profiles.unlock("default", PASSPHRASE).lock()
    assert not (folder / "vault.db-shm").exists() and not (folder / "vault.db-wal").exists()
    # No room at all: the attempt cannot even be recorded for the back-off (it is written
    # before the KDF runs, so that a kill gives no free guess), or SQLite finds no room for
    # -shm ("disk I/O error"); room for that but not for the audit entry ("database or disk
    # is full").
    for leave, causes in ((0, ("disk I/O error", "[Errno 28] No space left on device")),
                          (32 * 1024, ("database or disk is full",))):
        with home.full(leave=leave):
            with pytest.raises(StorageFull) as raised:
                profiles.unlock("default", PASSPHRASE)
            assert_storage_full(raised.value)
            assert str(raised.value.__cause__) in causes
            assert not isinstance(raised.value, VaultCorrupt)
            assert not (folder / "unlock-state.json").exists(), "not counted as a failed attempt"
            assert open_files_under(folder) == [], "the vault was closed again"
    again = profiles.unlock("default", PASSPHRASE)
    try:
        assert again.vault.doctor().ok
        after = vault_dump(again)
        assert {t: d for t, d in after.items() if t not in ("audit", "meta")} == \
            {t: d for t, d in before.items() if t not in ("audit", "meta")}
        # The two unlocks that worked; the refused ones left no trace.
        assert len(again.store.audit_entries(action="unlock")) == 2
    finally:
        again.lock()


# --- 2. export ------------------------------------------------------------------------------


def test_export_to_a_full_stick(tiny_fs, sqlite_hub, make_device, tmp_path):
    s = make_device()
    sqlite_hub.enrol(s, "K7QM")
    cid, _ = case_with_people(s)
    s.services.records.attach(cid, record_kind="case", record_id=cid, filename="scan.jpg", mime="image/jpeg",
                      stream=io.BytesIO(os.urandom(3 * MiB)))
    stick = tiny_fs("stick", 8 * MiB)
    before = vault_dump(s)
    for n, leave in enumerate((0, 1 * MiB), 1):
        with stick.full(leave=leave):
            with pytest.raises(StorageFull) as raised:
                export(s, stick.path)
            assert_storage_full(raised.value)
            assert raised.value.params["seq"] == n
            assert stick.files() == [], "no bundle, no partial file"
        assert s.vault.doctor().ok
        assert sync.status(s).burned == list(range(1, n + 1))
    [bundle] = export(s, stick.path)
    assert bundle.seq == 3, "burned numbers are never reused"
    assert [p.name for p in stick.files()] == [bundle.path.name]
    after = vault_dump(s)
    assert {t: d for t, d in after.items() if t not in ("audit", "meta", "sync_exports")} == \
        {t: d for t, d in before.items() if t not in ("audit", "meta", "sync_exports")}
    [r] = sqlite_hub.import_(bundle.path)
    assert isinstance(r, ImportResult), r
    assert (r.seq, r.attachments) == (3, 1)


def test_export_with_the_profile_home_full(tiny_fs, sqlite_hub, make_device, tmp_path):
    home, s = device_on(tiny_fs, make_device)
    sqlite_hub.enrol(s, "K7QM")
    cid, _ = case_with_people(s)
    s.services.records.attach(cid, record_kind="case", record_id=cid, filename="scan.jpg", mime="image/jpeg",
                      stream=io.BytesIO(os.urandom(64 * 1024)))
    dest = tmp_path / "stick"
    settle(s)
    before = vault_dump(s)
    # Full before the number can be reserved: nothing happens at all.
    with home.full():
        with pytest.raises(StorageFull) as raised:
            export(s, dest)
        assert_storage_full(raised.value)
    assert not dest.exists() or list(dest.iterdir()) == []
    assert vault_dump(s) == before and sync.status(s).burned == []
    # Full after the number was reserved: the bundle is written but the vault cannot record
    # it, so it must not stay on the stick (the device would not know it sent it).
    settle(s)
    job = iter(sync.export(s, dest))
    next(job)
    with home.full():
        with pytest.raises(StorageFull) as raised:
            for _ in job:
                pass
        assert_storage_full(raised.value)
        assert list(dest.iterdir()) == [], "no bundle the vault does not know it wrote"
    assert s.vault.doctor().ok
    assert sync.status(s).burned == [1] and sync.status(s).last_bundle == 0
    [bundle] = export(s, dest)
    assert bundle.seq == 2
    [r] = sqlite_hub.import_(bundle.path)
    assert isinstance(r, ImportResult) and r.seq == 2 and r.attachments == 1, r


# --- 3. receipts and update packs on the device ------------------------------------------------


def test_receipt_with_the_device_home_full(tiny_fs, sqlite_hub, make_device, tmp_path):
    home, s = device_on(tiny_fs, make_device)
    sqlite_hub.enrol(s, "K7QM")
    case_with_people(s)
    [bundle] = export(s, tmp_path / "stick")
    [r] = sqlite_hub.import_(bundle.path)
    assert isinstance(r, ImportResult)
    receipt = sqlite_hub.receipt(s)
    settle(s)
    before = vault_dump(s)
    with home.full():
        with pytest.raises(StorageFull) as raised:
            sync.import_receipt(s, receipt)
        assert_storage_full(raised.value)
        assert vault_dump(s) == before, "nothing acknowledged"
        assert s.vault.doctor().ok
    result = sync.import_receipt(s, receipt)
    assert result.acknowledged == [1] and not result.already_imported
    assert sync.status(s).acknowledged_bundle == 1


NEXT_VISIT = 1 + max(int(p.name.split(".v")[1].split(".")[0])
                     for p in default_forms_dir().glob("prevention_visit.v*.yaml"))


def _visit_v2() -> bytes:
    import yaml

    from inspector_desk.forms import default_forms_dir

    data = yaml.safe_load((default_forms_dir() / "prevention_visit.v1.yaml").read_text(encoding="utf-8"))
    data["version"] = NEXT_VISIT
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")


def test_update_packs_with_the_device_home_full(tiny_fs, sqlite_hub, make_device, tmp_path):
    hub = sqlite_hub
    a = make_device("a", "A-1")
    home, b = device_on(tiny_fs, make_device, "b", "B-2", size=48 * MiB)
    hub.enrol(a, "AAAA")
    hub.enrol(b, "BBBB")
    # A small pack (a form version and follow-up rules): refused whole at the commit.
    rules = json.loads((resource_dir() / "rules" / "followup.json").read_text(encoding="utf-8"))
    rules["rules_version"] = "2027-01"
    content = PackContent(forms=[("prevention_visit", NEXT_VISIT, _visit_v2())],
                          rules=json.dumps(rules, ensure_ascii=False).encode("utf-8"))
    pack = updates.issue(hub.repo, hub.keys, b.actor.device_id, content, tmp_path / "packs", "t", "t")
    settle(b)
    before = vault_dump(b)
    rules_before = b.services.rules.rules_version
    with home.full():
        with pytest.raises(StorageFull) as raised:
            sync.import_update(b, pack)
        assert_storage_full(raised.value)
        assert vault_dump(b) == before
        assert b.forms.latest_version("prevention_visit") == NEXT_VISIT - 1
        assert b.services.rules.rules_version == rules_before
        assert b.vault.doctor().ok
    r = sync.import_update(b, pack)
    assert r.forms == [f"prevention_visit.v{NEXT_VISIT}"] and r.rules_changed
    # A big pack (a reassigned case with a 12 MiB photo, more than SQLCipher's 8 MB page
    # cache): with more and more room, the disk fills while the pack is being decrypted into
    # the vault, then at the commit; every attempt is all or nothing, and the one that fits
    # brings the case with its photo and its due date (one transaction with the pack).
    cid, _ = case_with_people(a)
    a.services.records.attach(cid, record_kind="case", record_id=cid, filename="scan.jpg",
                      mime="image/jpeg", stream=io.BytesIO(os.urandom(BIG)))
    [bundle] = export(a, tmp_path / "a")
    hub.import_(bundle.path)
    case = a.store.get(FamilyCase, cid)
    packs = updates.reassign(hub.repo, hub.keys, case.case_no, b.actor.device_id, tmp_path / "p",
                             hub.clock.now().isoformat(), "t")
    settle(b)
    before = vault_dump(b)
    refused = 0
    for leave in range(0, BIG + 8 * MiB, MiB):
        with home.full(leave=leave):
            try:
                sync.import_update(b, packs[0])
                break
            except StorageFull as exc:
                assert_storage_full(exc)
                assert vault_dump(b) == before, f"half-applied with {leave} bytes free"
                assert b.vault.doctor().ok
                refused += 1
    assert refused >= 3, "the disk filled up during the decryption and at the commit"
    assert b.store.get(FamilyCase, cid).inspector == "B-2"
    [att] = b.store.find(Attachment)
    assert sum(len(c) for c in b.store.attachment_chunks(att.id)) == BIG
    assert cid in {d.case_id for d in b.services.cases.due(inspector="B-2", horizon_days=365)}
    assert b.vault.doctor().ok


# --- 4. headquarters ----------------------------------------------------------------------------


@pytest.fixture
def tiny_hub(tiny_fs, hq_keys_dir, unlocked_hq, clock):
    """Headquarters (the embedded SQLCipher back-end) with its home on a 64 MiB tmpfs."""
    fs = tiny_fs("hqfs", 64 * MiB)
    home = _home(fs.path / "hq", hq_keys_dir)
    repo = Repository(open_backend(None, home, unlocked_hq.db_key))
    yield fs, Hub(home, unlocked_hq, repo, clock)
    repo.close()


def test_hq_import_on_a_full_disk(tiny_hub, make_device, tmp_path):
    """Whether the private copy in ``incoming`` or the database runs out of room (while the
    bundle is being decrypted into it, or at the commit): StorageFull, the bundle neither
    quarantined nor moved, the database row for row as before, no copy left in
    ``incoming``; the same file imports once space is freed."""
    fs, hub = tiny_hub
    s = make_device()
    hub.enrol(s, "K7QM")
    cid, _ = case_with_people(s)
    s.services.records.attach(cid, record_kind="case", record_id=cid, filename="scan.jpg", mime="image/jpeg",
                      stream=io.BytesIO(os.urandom(BIG)))
    [bundle] = export(s, tmp_path / "stick")
    data = bundle.path.read_bytes()
    before = hub.dump()
    # No room for the private copy; then room for it, and more and more for the database,
    # which fills up while the bundle is decrypted into it, then at the commit.
    refused = 0
    for leave in (0, *range(len(data), len(data) + BIG + 8 * MiB, 2 * MiB)):
        with fs.full(leave=leave):
            try:
                [r] = hub.import_(bundle.path)
                break
            except StorageFull as exc:
                assert_storage_full(exc)
                refused += 1
            assert bundle.path.read_bytes() == data, "the bundle stays where it was"
            assert not (hub.home / QUARANTINE).exists() or list((hub.home / QUARANTINE).iterdir()) == []
            assert list((hub.home / INCOMING).iterdir()) == []
            assert hub.dump() == before, f"half-applied with {leave} bytes free"
    assert refused >= 3, "the copy, the decryption and the commit each ran out of room"
    assert isinstance(r, ImportResult), r
    assert (r.seq, r.records, r.attachments) == (1, 6, 1)
    assert hub.dump() != before
    receipt = hub.receipt(s)
    assert sync.import_receipt(s, receipt).acknowledged == [1]


def test_the_error_presenter_shows_the_translated_message():
    from inspector_desk.ui.errors import ErrorPresenter

    exc = StorageFull("the disk is full: nothing was saved; free some space and save again")
    for lang in ("ru", "kk", "en"):
        text = ErrorPresenter(lang).message(exc)
        assert text == catalog()["storage_full"][lang] and "storage_full" not in text
