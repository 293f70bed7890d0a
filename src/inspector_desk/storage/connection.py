"""Opening a SQLCipher database safely.

Every connection: the raw 256-bit key is set before any other statement (SQLCipher 4.7+
insists, and a passphrase never reaches ``PRAGMA key``); then we prove SQLCipher is really
loaded (plain SQLite silently ignores ``PRAGMA key`` and would write plain text); then WAL,
``synchronous=FULL`` (a save the user was told about survives power loss), foreign keys,
temporary storage in memory (SQLCipher does not encrypt temp files) and secure delete.

Its transactions: :class:`Transactions` (the vault store's and headquarters' SQLite back-end's).
"""

from __future__ import annotations

import os
import re
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator, NoReturn

import sqlcipher3

from inspector_desk.core.errors import NotSQLCipher, StorageFull, VaultCorrupt, VaultError
from inspector_desk.paths import make_private, open_private

KEY_BYTES = 32
_SQLITE_HEADER = b"SQLite format 3\x00"


CACHE_KIB = 64 * 1024


def _key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("a vault key is exactly 32 bytes")
    # Hex digits only: nothing the user typed is ever interpolated into SQL.
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path, key: bytes, *, create: bool = False) -> sqlcipher3.Connection:
    """Open (or with ``create`` make) an encrypted database with a raw key."""
    path = Path(path)
    if not create and not path.exists():
        raise VaultError("database file is missing", path=str(path))
    if not create and _looks_plain(path):
        raise VaultCorrupt("the file is a plain SQLite database, not an encrypted vault", path=str(path))
    if create:
        create_private(path)
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute(_key_pragma(key))
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise NotSQLCipher("the database driver is not SQLCipher; refusing to continue")
        conn.execute("PRAGMA cipher_log_level = ERROR")
        conn.execute("PRAGMA cipher_memory_security = ON")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            # A WAL vault cannot even be read without room for its -shm index: on a full
            # disk that is "disk I/O error", which must not read as a damaged vault.
            if isinstance(translate_error(exc, path), StorageFull):
                raise StorageFull("the disk is full: the vault cannot be opened until some "
                                  "space is freed; nothing was changed") from exc
            raise VaultCorrupt("the key does not open this database, or the file is damaged",
                               path=str(path)) from exc
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise VaultError(f"could not switch the vault to WAL (got {mode})")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        # 64 MiB of decrypted pages instead of SQLite's 8 MiB: a 40,000-household vault is
        # about 1 GB, and its hot indexes then stay decrypted (docs/vault.md, "Memory"). The
        # pages live only in this process, which a lock replaces (docs/lock.md).
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except sqlcipher3.Error as exc:
        conn.close()
        mapped = translate_error(exc, path)
        if mapped is exc:
            raise
        raise mapped from exc
    except BaseException:
        conn.close()
        raise
    return conn


def checkpoint_and_close(conn: sqlcipher3.Connection) -> None:
    """Fold the write-ahead log back into the database file (best effort), then close."""
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlcipher3.Error:
        pass
    conn.close()


def create_private(path: Path) -> None:
    """Make the empty database file ``path`` 0600 (Windows: a user-only ACL) before SQLite
    opens it, unless it exists. SQLite creates ``-wal``, ``-shm`` and ``-journal`` with the
    mode of the database file (Unix), so they are private too, whatever the umask."""
    path = Path(path)
    try:
        os.close(open_private(path))
    except FileExistsError:
        return
    make_private(path)


def _looks_plain(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(16) == _SQLITE_HEADER


LOW_SPACE = 1 << 20  # an I/O error with less than this free on the disk is a full disk


def free_space(path: Path) -> int:
    """Bytes free on the filesystem holding ``path`` (its nearest existing folder)."""
    path = Path(path)
    while not path.exists() and path != path.parent:
        path = path.parent
    try:
        return shutil.disk_usage(path if path.is_dir() else path.parent).free
    except OSError:
        return -1


def translate_error(exc: Exception, path: Path | None = None) -> Exception:
    """Map a driver error to a typed error a person can act on.

    SQLite says SQLITE_FULL ("database or disk is full") when a write finds no room, but
    plain SQLITE_IOERR ("disk I/O error") when it cannot make room for the WAL index
    (``-shm``); with ``path`` given, an I/O error on a nearly full disk counts as full."""
    text = str(exc).lower()
    name = getattr(exc, "sqlite_errorname", "")
    if name == "SQLITE_FULL" or "disk is full" in text or (
            path is not None and (name == "SQLITE_IOERR" or "disk i/o error" in text)
            and 0 <= free_space(path) < LOW_SPACE):
        return StorageFull("the disk is full: nothing was saved; free some space and save again")
    if "malformed" in text or "not a database" in text or "hmac" in text:
        return VaultCorrupt("the vault file is damaged: run 'inspector-desk doctor'")
    return exc


class Transactions:
    """The transactions of one connection: the outermost :meth:`write` or :meth:`read` begins
    and ends one, and any use inside it joins it (one transaction per use case, whatever calls
    what). ``translate`` maps a driver error of BEGIN, COMMIT or the work inside to the error
    to raise (itself when nothing better says it): :func:`translate_error` by default."""

    def __init__(self, translate: Callable[[Exception], Exception] = translate_error) -> None:
        self.depth = 0
        self._translate = translate

    @contextmanager
    def write(self, conn: Any) -> Iterator[None]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``; any exception rolls it back and goes on."""
        if self.depth:
            self.depth += 1
            try:
                yield
            finally:
                self.depth -= 1
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlcipher3.Error as exc:
            self._raise(exc)
        self.depth = 1
        try:
            yield
            conn.execute("COMMIT")
        except BaseException as exc:
            try:
                conn.execute("ROLLBACK")
            except sqlcipher3.Error:
                pass  # SQLite rolled back already (a full disk does): keep the real error
            if isinstance(exc, sqlcipher3.Error):
                self._raise(exc)
            raise
        finally:
            self.depth = 0

    @contextmanager
    def read(self, conn: Any) -> Iterator[None]:
        """A read transaction: every query inside sees the same committed state. Inside a
        transaction already, it joins that one."""
        if self.depth:
            with self.write(conn):
                yield
            return
        conn.execute("BEGIN DEFERRED")
        self.depth = 1
        try:
            yield
        finally:
            self.depth = 0
            conn.execute("COMMIT")

    def _raise(self, exc: Exception) -> NoReturn:
        mapped = self._translate(exc)
        if mapped is exc:
            raise exc
        raise mapped from exc


_MIGRATION = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def migration_files() -> list[tuple[int, Path]]:
    folder = Path(__file__).with_name("migrations")
    out = []
    for p in sorted(folder.iterdir()):
        m = _MIGRATION.match(p.name)
        if m:
            out.append((int(m.group(1)), p))
    numbers = [n for n, _ in out]
    if numbers != list(range(1, len(out) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..N without gaps, found {numbers}")
    return out
