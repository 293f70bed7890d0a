"""What every part of the vault store stands on: the open connection, its transactions, the
vault's settings (the ``meta`` table) and which tables the vault has yet.

:class:`~inspector_desk.storage.store.VaultStore` is composed of parts, each a subclass of
:class:`StoreBase` in its own module: the records (store.py), the case register and the
drafts (register.py), the next contacts and measures ending (followup.py), search as you
type (search.py) and the audit trail (audit_log.py).
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Iterator, Sequence

import sqlcipher3

from inspector_desk.storage.connection import Transactions

IDS_PER_QUERY = 500  # ids sent in one `IN (…)`: far below SQLite's limit on parameters


def id_chunks(ids: Sequence[str]) -> Iterator[tuple[Sequence[str], str]]:
    """``ids`` in pieces of IDS_PER_QUERY, each with the ``?, ?, …`` of its ``IN (…)``."""
    for start in range(0, len(ids), IDS_PER_QUERY):
        chunk = ids[start:start + IDS_PER_QUERY]
        yield chunk, ", ".join("?" for _ in chunk)


class StoreBase:
    """One SQLCipher connection and its transactions. Not thread-safe by design: all
    database work of the app runs on one worker thread (see ui/tasks.py)."""

    def __init__(self, conn: sqlcipher3.Connection) -> None:
        self.conn = conn
        self.conn.row_factory = sqlcipher3.Row
        self._transactions = Transactions()
        self._lock = threading.RLock()
        self._schema_has: set[str] = set()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction per use case; nested calls join the outer one."""
        with self._lock, self._transactions.write(self.conn):
            yield

    @contextmanager
    def read_snapshot(self) -> Iterator[None]:
        """A read transaction: every query inside sees the same committed state (export
        bundles read the change log and the records they name from one snapshot)."""
        with self._lock, self._transactions.read(self.conn):
            yield

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))

    def _has(self, name: str) -> bool:
        """Whether the vault has this table or index yet: a vault being upgraded is written
        by earlier migrations' steps before the later ones exist. Only a yes is kept."""
        known = self._schema_has
        if name not in known and self.conn.execute(
                "SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() is not None:
            known.add(name)
        return name in known

    def _case_order(self) -> bool:
        """Whether the vault has the register's case_order yet (schema 10): written as a case
        is saved (store.py) and as its next contact is set (followup.py)."""
        return self._has("case_order")
