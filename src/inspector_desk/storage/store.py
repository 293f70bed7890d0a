"""The record store over one open vault connection: the :class:`~inspector_desk.core.ports.Store`
the services use.

:class:`VaultStore` keeps the records: ``get``/``find``/``put`` (rows through codec.py), the
search indexes and the register's keys kept up to date as a record is saved, counters,
attachments in chunks and the change log sync reads. ``put`` is an upsert that also appends
to the change log and refreshes the search index, inside whatever transaction the caller
opened. It is composed with the other parts of the store, one subject a module, all on
storage/base.py (connection, transactions, meta): register.py (the case register, drafts),
followup.py (next contacts, measures ending), search.py (search as you type) and
audit_log.py (the audit trail).
"""

from __future__ import annotations

import hashlib
import json
import typing
from typing import Any, Iterator

from inspector_desk.core.errors import NotFound
from inspector_desk.core.ports import Store
from inspector_desk.core.records import (
    RECORD_TYPES, Attachment, FamilyCase, Participant, Person, Record,
)
from inspector_desk.storage.audit_log import AuditLog
from inspector_desk.storage.base import id_chunks
from inspector_desk.storage.codec import R, TABLES, decode, encode, field_codecs, search_text
from inspector_desk.storage.followup import FollowUp
from inspector_desk.storage.register import (
    CASE_ORDER_ROW_UPSERT, CASE_ORDER_UPSERT, NO_AFFECTED, NO_DUE, RegisterQueries,
)
from inspector_desk.storage.search import Search
from inspector_desk.storage.search_phone import phone_tails

CHUNK = 1 << 20  # attachments are stored in 1 MiB pieces so memory stays bounded


class VaultStore(RegisterQueries, FollowUp, Search, AuditLog):
    """Implements core.ports.Store over a SQLCipher connection (``VaultStore(conn)``; see
    storage/base.py for the connection, transactions and meta)."""

    # --- records -------------------------------------------------------------------------

    def get(self, cls: type[R], record_id: str) -> R:
        row = self.conn.execute(f"SELECT * FROM {TABLES[cls.KIND]} WHERE id = ?",
                                (record_id,)).fetchone()
        if row is None:
            raise NotFound(f"no {cls.KIND} with this id", kind=cls.KIND, id=record_id)
        return decode(cls, dict(row))

    def find(self, cls: type[R], include_deleted: bool = False, light: bool = False,
             **where: Any) -> list[R]:
        """Records matching ``where`` (equality). ``light`` skips the form answers: for rules
        that need only the typed columns."""
        names = {name for name, _ in field_codecs(cls)}
        unknown = set(where) - names
        if unknown:
            raise ValueError(f"unknown fields {sorted(unknown)} for {cls.KIND}")
        clauses = [f"{k} = ?" for k in where]
        if not include_deleted:
            clauses.append("deleted = 0")
        columns = "*"
        if light and "answers" in names:
            columns = ", ".join(n if n != "answers" else "'{}' AS answers" for n, _ in field_codecs(cls))
        sql = f"SELECT {columns} FROM {TABLES[cls.KIND]}"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        return [decode(cls, dict(r)) for r in self.conn.execute(sql, tuple(where.values()))]

    def find_for_cases(self, cls: type[R], case_ids: typing.Iterable[str],
                       include_deleted: bool = False) -> list[R]:
        """Records of ``cls`` belonging to any of ``case_ids`` (statistics, printing); the
        ids are sent in chunks so SQLite's limit on parameters is never reached."""
        if "case_id" not in {name for name, _ in field_codecs(cls)}:
            raise ValueError(f"{cls.KIND} records do not belong to a case")
        ids = list(dict.fromkeys(case_ids))
        out: list[R] = []
        for chunk, marks in id_chunks(ids):
            sql = f"SELECT * FROM {TABLES[cls.KIND]} WHERE case_id IN ({marks})"
            if not include_deleted:
                sql += " AND deleted = 0"
            out.extend(decode(cls, dict(r)) for r in self.conn.execute(sql, chunk))
        return out

    def find_person_by_iin(self, iin: str) -> Person | None:
        row = self.conn.execute("SELECT * FROM persons WHERE iin = ? AND deleted = 0", (iin,)).fetchone()
        return decode(Person, dict(row)) if row else None

    def put(self, record: Record, log_change: bool = True) -> None:
        """Insert or update a record and append it to the change log (``log_change=False``
        only for versions that arrived from headquarters: they are not this device's news)."""
        table = TABLES[record.KIND]
        row = encode(record)
        cols = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        updates = ", ".join(f"{c} = excluded.{c}" for c in row if c != "id")
        self.conn.execute(
            f"INSERT INTO {table} ({cols}) VALUES ({marks}) ON CONFLICT (id) DO UPDATE SET {updates}",
            tuple(row.values()),
        )
        if isinstance(record, FamilyCase) and self._case_order():
            # What the register orders and filters by (migration 0010, register.py).
            upsert = CASE_ORDER_ROW_UPSERT if self._rows_kept() else CASE_ORDER_UPSERT
            self.conn.execute(upsert, (NO_DUE, NO_AFFECTED, record.id))
        if log_change:
            self.conn.execute(
                "INSERT INTO changes (kind, record_id, version, op, at) VALUES (?, ?, ?, ?, ?)",
                (record.KIND, record.id, record.version, "delete" if record.deleted else "upsert",
                 row["updated_at"] or ""),
            )
        self._reindex(record)

    # --- the search indexes and the register's keys, kept as records are saved -----------

    def _reindex(self, record: Record, derived: bool = True) -> None:
        if derived and isinstance(record, Participant) and self._phone_index():
            self.refresh_affected([record.case_id])
            self.refresh_people([record.case_id])
            return
        text = search_text(record)
        if text is None:
            return
        table = TABLES[record.KIND]
        fts = "person_fts" if record.KIND == "person" else "case_fts"
        rowid = self.conn.execute(f"SELECT rowid FROM {table} WHERE id = ?", (record.id,)).fetchone()[0]
        self.conn.execute(f"DELETE FROM {fts} WHERE rowid = ?", (rowid,))
        if not record.deleted:
            self.conn.execute(f"INSERT INTO {fts} (rowid, body) VALUES (?, ?)", (rowid, text))
        if derived and self._phone_index():
            # The affected person's sort key of the cases this person is in (register.py).
            if isinstance(record, Person):
                self.refresh_affected([r[0] for r in self.conn.execute(
                    "SELECT DISTINCT case_id FROM participants WHERE person_id = ? "
                    "AND role = 'affected'", (record.id,))])
                # The person's words in the register's index of every case they are in.
                self.refresh_people([r[0] for r in self.conn.execute(
                    "SELECT DISTINCT case_id FROM participants WHERE person_id = ?",
                    (record.id,))])
        if derived and isinstance(record, FamilyCase):
            # Its persons, when their participants arrived before it (an update from HQ).
            self.refresh_people([record.id])
        if isinstance(record, Person) and self._phone_index():
            # Every tail of every number, so that any part of it is found (search_phone.py).
            self.conn.execute("DELETE FROM phone_fts WHERE rowid = ?", (rowid,))
            tails = phone_tails(record.phones)
            if tails and not record.deleted:
                self.conn.execute("INSERT INTO phone_fts (rowid, body) VALUES (?, ?)",
                                  (rowid, " ".join(tails)))

    def _phone_index(self) -> bool:
        """Whether the vault has the phone index yet (schema 8)."""
        return self._has("phone_fts")

    def rebuild_search(self) -> None:
        """Index every person and case again (after an upgrade; see migration 0006). When
        the upgrade asked for the register's indexes only (``search.rebuild`` = 'register',
        migration 0008), only the phone index and the affected persons' sort keys are filled:
        seconds instead of many minutes on 40,000 cases."""
        if self._phone_index():
            self.conn.execute("DELETE FROM phone_fts")
        if self.meta("search.rebuild") == "register":
            rows = self.conn.execute(
                "SELECT rowid, phones FROM persons WHERE deleted = 0 AND phones != '[]'").fetchall()
            self.conn.executemany("INSERT INTO phone_fts (rowid, body) VALUES (?, ?)", [
                (rowid, " ".join(tails)) for rowid, phones in rows
                if (tails := phone_tails(json.loads(phones)))])
        else:
            self.conn.execute("DELETE FROM person_fts")
            self.conn.execute("DELETE FROM case_fts")
            for cls in (Person, FamilyCase):
                for record in self.find(cls):
                    self._reindex(record, derived=False)
        if self._phone_index():
            self.rebuild_affected()
        self.rebuild_people()

    # --- counters ------------------------------------------------------------------------

    def next_counter(self, name: str) -> int:
        self.conn.execute(
            "INSERT INTO counters (name, value) VALUES (?, 1) "
            "ON CONFLICT (name) DO UPDATE SET value = value + 1", (name,))
        return self.conn.execute("SELECT value FROM counters WHERE name = ?", (name,)).fetchone()[0]

    # --- attachments -------------------------------------------------------------------

    def put_attachment_bytes(self, attachment: Attachment, stream: typing.BinaryIO) -> tuple[int, str]:
        """Store the bytes in chunks; returns (size, sha256 hex). Call inside a transaction."""
        digest, size, n = hashlib.sha256(), 0, 0
        self.conn.execute("DELETE FROM attachment_chunks WHERE attachment_id = ?", (attachment.id,))
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            self.conn.execute("INSERT INTO attachment_chunks (attachment_id, n, data) VALUES (?, ?, ?)",
                              (attachment.id, n, chunk))
            n += 1
        return size, digest.hexdigest()

    def attachment_chunks(self, attachment_id: str) -> Iterator[bytes]:
        for (data,) in self.conn.execute(
                "SELECT data FROM attachment_chunks WHERE attachment_id = ? ORDER BY n", (attachment_id,)):
            yield data

    # --- change log (read by sync) ----------------------------------------------------

    def changes_since(self, seq: int) -> Iterator[tuple[int, str, str, int, str]]:
        yield from self.conn.execute(
            "SELECT seq, kind, record_id, version, op FROM changes WHERE seq > ? ORDER BY seq", (seq,))

    def get_any(self, kind: str, record_id: str) -> Record:
        return self.get(RECORD_TYPES[kind], record_id)


def _is_the_store_port(store: VaultStore) -> Store:
    """Never called: `mypy` fails here when VaultStore (with its parts) stops matching the
    core's Store port (core/ports.py) in any method's parameters or result."""
    return store


__all__ = ["VaultStore", "TABLES", "CHUNK", "encode", "decode", "search_text", "Participant"]
