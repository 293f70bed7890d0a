"""One vault file: create, open, migrate, check, back up, re-encrypt, close."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from inspector_desk.core.audit import verify_chain
from inspector_desk.core.errors import (
    SchemaTooNew, StorageFull, VaultCorrupt, VaultError, VaultExists,
)
from inspector_desk.paths import fsync_dir, private_dir
from inspector_desk.storage.connection import (
    LOW_SPACE, _key_pragma, checkpoint_and_close, connect, create_private, free_space,
    migration_files, translate_error,
)
from inspector_desk.storage.store import TABLES, VaultStore


def schema_version_latest() -> int:
    return migration_files()[-1][0]


@dataclass
class DoctorReport:
    integrity: list[str] = field(default_factory=list)
    cipher_integrity: list[str] = field(default_factory=list)
    audit_problems: list[str] = field(default_factory=list)
    audit_entries: int = 0
    schema_version: int = 0
    cipher_version: str = ""
    records: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and not self.cipher_integrity and not self.audit_problems


class Vault:
    """An open, unlocked vault. ``close()`` drops the connection (and with it the key)."""

    def __init__(self, path: Path, conn: sqlcipher3.Connection) -> None:
        self.path = Path(path)
        self._conn: sqlcipher3.Connection | None = conn
        self.store = VaultStore(conn)

    # --- life cycle ------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, key: bytes, *, upto: int | None = None) -> "Vault":
        """Make a new, empty vault at ``path`` (which must not exist) and migrate it.

        ``upto`` stops at an earlier schema version: only tests use it, to build vaults as
        earlier releases made them."""
        path = Path(path)
        if path.exists():
            raise VaultExists("a vault already exists here", path=str(path))
        private_dir(path.parent, tighten=False)  # new folders 0700; the file 0600 (connect)
        vault = cls(path, connect(path, key, create=True))
        vault.migrate(upto)
        fsync_dir(path.parent)
        return vault

    @classmethod
    def open(cls, path: Path, key: bytes, *, migrate: bool = True) -> "Vault":
        vault = cls(path, connect(path, key))
        if migrate:
            vault.migrate()
        return vault

    @property
    def conn(self) -> sqlcipher3.Connection:
        if self._conn is None:
            raise VaultError("the vault is closed")
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            checkpoint_and_close(self._conn)
            self._conn = None
            self.store.conn = None  # type: ignore[assignment]

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self, upto: int | None = None) -> list[int]:
        """Apply every numbered migration newer than the vault, each in its own transaction."""
        current = self.schema_version
        files = migration_files()
        latest = files[-1][0]
        if current > latest:
            raise SchemaTooNew("this vault was written by a newer Inspector Desk; update the program",
                               vault_version=current, program_version=latest)
        applied = []
        for number, path in files:
            if number <= current or (upto is not None and number > upto):
                continue
            script = path.read_text(encoding="utf-8")
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                for statement in _statements(script):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {number}")
                self.conn.execute("COMMIT")
            except sqlcipher3.Error as exc:
                self.conn.execute("ROLLBACK")
                raise translate_error(exc) from exc
            applied.append(number)
        if self.store.meta("search.rebuild"):
            with self.store.transaction():
                self.store.rebuild_search()
                self.conn.execute("DELETE FROM meta WHERE key = 'search.rebuild'")
        if self.store.meta("register.rebuild"):  # migration 0014: the affected persons' names
            with self.store.transaction():
                self.store.rebuild_affected()
                self.conn.execute("DELETE FROM meta WHERE key = 'register.rebuild'")
        return applied

    # --- checks ------------------------------------------------------------------------

    def doctor(self) -> DoctorReport:
        """Every check, each one reported even when another fails (a damaged page makes
        SQLite raise instead of answering)."""
        report = DoctorReport(schema_version=self.schema_version)
        report.cipher_version = self.conn.execute("PRAGMA cipher_version").fetchone()[0]

        def rows(sql: str) -> list[str]:
            try:
                return [str(r[0]) for r in self.conn.execute(sql)]
            except sqlcipher3.DatabaseError as exc:
                return [f"error: {exc}"]

        report.integrity = rows("PRAGMA integrity_check")
        report.cipher_integrity = rows("PRAGMA cipher_integrity_check")
        try:
            entries = list(self.store.iter_audit())
            report.audit_entries = len(entries)
            report.audit_problems = verify_chain(entries, self.store.audit_head())
        except sqlcipher3.DatabaseError as exc:
            report.audit_problems = [f"the audit log cannot be read: {exc}"]
        for kind, table in TABLES.items():
            counted = rows(f"SELECT count(*) FROM {table} WHERE deleted = 0")
            report.records[kind] = int(counted[0]) if counted[0].isdigit() else -1
        return report

    # --- copies --------------------------------------------------------------------------

    def export_copy(self, dest: Path, key: bytes) -> None:
        """A consistent encrypted copy through ``sqlcipher_export`` (SQLCipher disables the
        backup API for encrypted databases). Written to ``dest.partial``, synced, renamed."""
        dest = Path(dest)
        partial = dest.with_name(dest.name + ".partial")
        if partial.exists():
            partial.unlink()
        create_private(partial)  # 0600 before SQLite writes a page into it
        try:
            self.conn.execute(f"ATTACH DATABASE ? AS copy KEY \"x'{key.hex()}'\"", (str(partial),))
            try:
                self.conn.execute("SELECT sqlcipher_export('copy')")
                version = self.schema_version
                self.conn.execute(f"PRAGMA copy.user_version = {version}")
            finally:
                self.conn.execute("DETACH DATABASE copy")
        except sqlcipher3.Error as exc:
            partial.unlink(missing_ok=True)
            raise translate_error(exc) from exc
        with open(partial, "rb") as f:
            os.fsync(f.fileno())
        os.replace(partial, dest)
        fsync_dir(dest.parent)

    def rekey(self, new_key: bytes, old_key: bytes | None = None) -> None:
        """Re-encrypt every page under a new database key (one transaction, journalled).

        Every page passes through the WAL, so the disk needs room for a second copy of the
        vault: without it this refuses before changing anything. SQLCipher answers ``ok``
        even when the re-encryption could not be written (the file keeps the old key while
        the connection reads with the new one), so success is proven by opening the file
        with the new key; on failure the connection is reopened with whichever key the
        file has (``old_key`` or ``new_key``) and the error raised."""
        size = self.path.stat().st_size
        if 0 <= free_space(self.path) < size + size // 32 + LOW_SPACE:
            raise StorageFull("the disk is too full to re-encrypt the vault (that needs room "
                              "for a second copy): nothing was changed; free some space and "
                              "try again", needed=size + size // 32 + LOW_SPACE)
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.execute(_key_pragma(new_key).replace("PRAGMA key", "PRAGMA rekey"))
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connect(self.path, new_key).close()  # VaultCorrupt if the file kept the old key
        except (sqlcipher3.Error, VaultError) as exc:
            self._reopen([k for k in (old_key, new_key) if k is not None])
            if 0 <= free_space(self.path) < size + LOW_SPACE:
                raise StorageFull("the disk is full: the vault was not re-encrypted and keeps "
                                  "its old key; free some space and try again") from exc
            if isinstance(exc, sqlcipher3.Error):
                mapped = translate_error(exc, self.path)
                if mapped is not exc:
                    raise mapped from exc
            raise

    def _reopen(self, keys: list[bytes]) -> None:
        """A fresh connection with the first of ``keys`` that opens the file (after a failed
        rekey the old connection reads with a key the file may not have)."""
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlcipher3.Error:
                pass
        self._conn = None
        for key in keys:
            try:
                conn = connect(self.path, key)
            except VaultCorrupt:
                continue
            conn.row_factory = sqlcipher3.Row
            self._conn = self.store.conn = conn
            return


def verify_copy(path: Path, key: bytes) -> DoctorReport:
    """Open a copy read-only-ish (no migration) and run the checks on it."""
    vault = Vault.open(path, key, migrate=False)
    try:
        report = vault.doctor()
    except sqlcipher3.Error as exc:  # e.g. no room on the destination for the copy's -shm
        raise translate_error(exc, path) from exc
    finally:
        vault.close()
    if not report.ok:
        raise VaultCorrupt("the copy does not pass its checks", problems=report.audit_problems)
    return report


def _statements(script: str) -> list[str]:
    """Split a migration file into statements (comments dropped; no ';' inside strings). A
    trigger's body keeps its own statements: a piece ends a statement only where SQLite
    says the statement is complete."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    out, statement = [], ""
    for piece in "\n".join(lines).split(";"):
        statement += piece + ";"
        if sqlcipher3.complete_statement(statement):
            if statement.strip(" \n\t;"):
                out.append(statement.strip()[:-1].strip())
            statement = ""
    return out
