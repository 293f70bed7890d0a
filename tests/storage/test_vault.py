"""The vault file itself: encryption on disk, connection settings, migrations, copies."""

import secrets
import sqlite3

import pytest

from inspector_desk.core.errors import SchemaTooNew, VaultCorrupt, VaultExists
from inspector_desk.core.records import Person
from inspector_desk.storage.connection import migration_files
from inspector_desk.storage.codec import TABLES, field_codecs
from inspector_desk.storage.vault import Vault, schema_version_latest, verify_copy

CANARY = "Канарейкина Әсемгүл"


def person(iin="880315400010"):
    return Person(last_name="Канарейкина", first_name="Әсемгүл", iin=iin, version=1,
                  created_by="t", updated_by="t", device_id="d")


@pytest.fixture
def key():
    return secrets.token_bytes(32)


def test_connection_settings(tmp_path, key):
    v = Vault.create(tmp_path / "v.db", key)
    c = v.conn
    assert c.execute("PRAGMA cipher_version").fetchone()[0]
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert c.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert c.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    assert c.execute("PRAGMA cipher_plaintext_header_size").fetchone()[0] in (0, "0")
    v.close()


def test_file_and_wal_hold_no_plain_text(tmp_path, key):
    path = tmp_path / "v.db"
    v = Vault.create(path, key)
    with v.store.transaction():
        v.store.put(person())
    # The WAL is not checkpointed yet: both files exist and both must be opaque.
    wal = path.with_name("v.db-wal")
    assert wal.exists() and wal.stat().st_size > 0
    for f in (path, wal):
        data = f.read_bytes()
        assert b"SQLite format 3" not in data
        for needle in (CANARY, "Канарейкина", "880315400010"):
            assert needle.encode("utf-8") not in data
            assert needle.encode("utf-16-le") not in data
    v.close()
    assert b"SQLite format 3" not in path.read_bytes()


def test_plain_sqlite_cannot_read_it(tmp_path, key):
    path = tmp_path / "v.db"
    Vault.create(path, key).close()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()


def test_wrong_key_is_a_typed_error_and_changes_nothing(tmp_path, key):
    path = tmp_path / "v.db"
    Vault.create(path, key).close()
    before = path.read_bytes()
    with pytest.raises(VaultCorrupt):
        Vault.open(path, secrets.token_bytes(32))
    assert path.read_bytes() == before


def test_a_plain_sqlite_file_is_refused(tmp_path, key):
    path = tmp_path / "plain.db"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(VaultCorrupt, match="plain SQLite"):
        Vault.open(path, key)


def test_create_refuses_to_overwrite(tmp_path, key):
    Vault.create(tmp_path / "v.db", key).close()
    with pytest.raises(VaultExists):
        Vault.create(tmp_path / "v.db", key)


def test_every_record_field_has_a_column(tmp_path, key):
    from inspector_desk.core.records import RECORD_TYPES

    v = Vault.create(tmp_path / "v.db", key)
    for kind, cls in RECORD_TYPES.items():
        cols = {r[1] for r in v.conn.execute(f"PRAGMA table_info({TABLES[kind]})")}
        assert {name for name, _ in field_codecs(cls)} == cols, kind
    v.close()


@pytest.mark.parametrize("version", range(1, len(migration_files())))
def test_a_vault_made_at_every_earlier_version_opens_and_migrates(tmp_path, key, version):
    path = tmp_path / "old.db"
    old = Vault.create(path, key, upto=version)
    assert old.schema_version == version
    with old.store.transaction():
        old.conn.execute(
            "INSERT INTO persons (id, version, created_by, updated_by, device_id, last_name, "
            "first_name, patronymic, phones, address, safe_contact, vulnerabilities, risk_flags, "
            "notes) VALUES ('p1', 1, 't', 't', 'd', 'Есенова', 'Гүлнар', '', '[]', '', '', '[]', '[]', '')")
    old.close()
    v = Vault.open(path, key)
    assert v.schema_version == schema_version_latest()
    assert v.store.get(Person, "p1").first_name == "Гүлнар"
    if version < 6:  # 0006 rebuilds the index; from 6 on the program indexes as it writes
        assert [h.id for h in v.store.search(["есенова"], 5)] == ["p1"]  # found after the upgrade
    v.close()


def test_a_vault_from_a_newer_program_is_refused(tmp_path, key):
    path = tmp_path / "v.db"
    v = Vault.create(path, key)
    v.conn.execute(f"PRAGMA user_version = {schema_version_latest() + 1}")
    v.close()
    with pytest.raises(SchemaTooNew):
        Vault.open(path, key)


def test_export_copy_is_consistent_and_encrypted(tmp_path, key):
    v = Vault.create(tmp_path / "v.db", key)
    with v.store.transaction():
        v.store.put(person())
    v.export_copy(tmp_path / "copy.db", key)
    data = (tmp_path / "copy.db").read_bytes()
    assert b"SQLite format 3" not in data and "Канарейкина".encode() not in data
    report = verify_copy(tmp_path / "copy.db", key)
    assert report.records["person"] == 1
    assert not (tmp_path / "copy.db.partial").exists()
    v.close()


def test_rekey_reencrypts_under_a_new_key(tmp_path, key):
    path = tmp_path / "v.db"
    v = Vault.create(path, key)
    with v.store.transaction():
        v.store.put(person())
    new = secrets.token_bytes(32)
    v.rekey(new)
    v.close()
    with pytest.raises(VaultCorrupt):
        Vault.open(path, key)
    v = Vault.open(path, new)
    assert [p.last_name for p in v.store.find(Person)] == ["Канарейкина"]
    v.close()


def test_a_flipped_bit_is_detected(tmp_path, key):
    path = tmp_path / "v.db"
    v = Vault.create(path, key)
    with v.store.transaction():
        for _ in range(50):
            v.store.put(person(iin=None))
    v.close()
    data = bytearray(path.read_bytes())
    data[4096 * 2 + 100] ^= 0x01  # a bit in page 3
    path.write_bytes(bytes(data))
    v = Vault.open(path, key, migrate=False)
    report = v.doctor()
    assert not report.ok
    assert any("HMAC" in line for line in report.cipher_integrity)
    v.close()
