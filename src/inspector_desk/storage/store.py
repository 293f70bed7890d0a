"""The record store over one open vault connection: the :class:`~inspector_desk.core.ports.Store`
the services use.

Records map to tables field by field (column name = dataclass field name). Lists and
mappings are stored as JSON, dates and times as ISO 8601 text, booleans as 0/1. ``put`` is an
upsert that also appends to the change log and refreshes the search index, inside whatever
transaction the caller opened.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
import types
import typing
from contextlib import contextmanager
from dataclasses import fields
from typing import Any, Iterator, TypeVar

import sqlcipher3

from inspector_desk.core import audit as audit_chain
from inspector_desk.core.errors import NotFound
from inspector_desk.core.kinds import by_name
from inspector_desk.core.ports import SearchHit, Store
from inspector_desk.core.records import (
    RECORD_TYPES, Attachment, FamilyCase, Measure, Participant, Person, Record,
)
from inspector_desk.core.rules import Due
from inspector_desk.core.text import fold, phone_variants
from inspector_desk.storage.connection import translate_error
from inspector_desk.storage.register import CASE_ORDER_UPSERT, NO_AFFECTED, NO_DUE, RegisterQueries
from inspector_desk.storage.search_phone import phone_match, phone_tails

R = TypeVar("R", bound=Record)

TABLES: dict[str, str] = {kind: by_name(kind).table for kind in RECORD_TYPES}
"""Kind -> its table (each kind names its own in core/kinds.py), in RECORD_TYPES' order."""
CHUNK = 1 << 20  # attachments are stored in 1 MiB pieces so memory stays bounded


_CODECS: dict[type[Record], tuple[tuple[str, str], ...]] = {}


def _codecs(cls: type[Record]) -> tuple[tuple[str, str], ...]:
    """(field name, codec) for each field: 'datetime', 'date', 'json', 'bool' or 'plain'.
    Worked out once per class (a dict, not functools.cache: mypy takes a record class for
    unhashable, its instances being so)."""
    known = _CODECS.get(cls)
    if known is not None:
        return known
    hints = typing.get_type_hints(cls)
    out = []
    for f in fields(cls):
        hint = hints[f.name]
        args = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
        origin = {typing.get_origin(a) or a for a in args}
        if dt.datetime in origin:
            codec = "datetime"
        elif dt.date in origin:
            codec = "date"
        elif origin & {list, dict}:
            codec = "json"
        elif bool in origin:
            codec = "bool"
        else:
            codec = "plain"
        out.append((f.name, codec))
    _CODECS[cls] = result = tuple(out)
    return result


def encode(record: Record) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for name, codec in _codecs(type(record)):
        value = getattr(record, name)
        if value is None:
            row[name] = None
        elif codec in ("datetime", "date"):
            row[name] = value.isoformat()
        elif codec == "json":
            row[name] = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
        elif codec == "bool":
            row[name] = int(value)
        else:
            row[name] = value
    return row


def decode(cls: type[R], row: dict[str, Any]) -> R:
    values = {}
    for name, codec in _codecs(cls):
        value = row[name]
        if value is not None:
            if codec == "datetime":
                value = dt.datetime.fromisoformat(value)
            elif codec == "date":
                value = dt.date.fromisoformat(value)
            elif codec == "json":
                value = json.loads(value)
            elif codec == "bool":
                value = bool(value)
        values[name] = value
    return cls(**values)


def search_text(record: Record) -> str | None:
    """The folded text by which a person or case is found, or None for other kinds."""
    if isinstance(record, Person):
        parts = [record.last_name, record.first_name, record.patronymic, record.address,
                 record.iin or ""]
        for phone in record.phones:
            parts.extend(phone_variants(phone))
        if record.birth_date:
            parts.append(record.birth_date.strftime("%d.%m.%Y"))
        return fold(" ".join(parts))
    if isinstance(record, FamilyCase):
        return fold(" ".join([record.case_no, record.case_no.replace("-", " "), record.address,
                              record.district, record.beat]))
    return None


class VaultStore(RegisterQueries):
    """Implements core.ports.Store over a SQLCipher connection. Not thread-safe by design:
    all database work of the app runs on one worker thread (see ui/tasks.py)."""

    def __init__(self, conn: sqlcipher3.Connection) -> None:
        self.conn = conn
        self.conn.row_factory = sqlcipher3.Row
        self._depth = 0
        self._lock = threading.RLock()

    # --- transactions ------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction per use case; nested calls join the outer one."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlcipher3.Error as exc:
                raise translate_error(exc) from exc
            self._depth = 1
            try:
                yield
                self.conn.execute("COMMIT")
            except BaseException as exc:
                try:
                    self.conn.execute("ROLLBACK")
                except sqlcipher3.Error:
                    pass
                if isinstance(exc, sqlcipher3.Error):
                    raise translate_error(exc) from exc
                raise
            finally:
                self._depth = 0

    @contextmanager
    def read_snapshot(self) -> Iterator[None]:
        """A read transaction: every query inside sees the same committed state (export
        bundles read the change log and the records they name from one snapshot)."""
        with self._lock:
            if self._depth:
                with self.transaction():
                    yield
                return
            self.conn.execute("BEGIN DEFERRED")
            self._depth = 1
            try:
                yield
            finally:
                self._depth = 0
                self.conn.execute("COMMIT")

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
        names = {name for name, _ in _codecs(cls)}
        unknown = set(where) - names
        if unknown:
            raise ValueError(f"unknown fields {sorted(unknown)} for {cls.KIND}")
        clauses = [f"{k} = ?" for k in where]
        if not include_deleted:
            clauses.append("deleted = 0")
        columns = "*"
        if light and "answers" in names:
            columns = ", ".join(n if n != "answers" else "'{}' AS answers" for n, _ in _codecs(cls))
        sql = f"SELECT {columns} FROM {TABLES[cls.KIND]}"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        return [decode(cls, dict(r)) for r in self.conn.execute(sql, tuple(where.values()))]

    def find_for_cases(self, cls: type[R], case_ids: typing.Iterable[str],
                       include_deleted: bool = False) -> list[R]:
        """Records of ``cls`` belonging to any of ``case_ids`` (statistics, printing); the
        ids are sent in chunks so SQLite's limit on parameters is never reached."""
        if "case_id" not in {name for name, _ in _codecs(cls)}:
            raise ValueError(f"{cls.KIND} records do not belong to a case")
        ids = list(dict.fromkeys(case_ids))
        out: list[R] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            sql = (f"SELECT * FROM {TABLES[cls.KIND]} WHERE case_id IN "
                   f"({', '.join('?' for _ in chunk)})")
            if not include_deleted:
                sql += " AND deleted = 0"
            out.extend(decode(cls, dict(r)) for r in self.conn.execute(sql, chunk))
        return out

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
            self.conn.execute(CASE_ORDER_UPSERT, (NO_DUE, NO_AFFECTED, record.id))
        if log_change:
            self.conn.execute(
                "INSERT INTO changes (kind, record_id, version, op, at) VALUES (?, ?, ?, ?, ?)",
                (record.KIND, record.id, record.version, "delete" if record.deleted else "upsert",
                 row["updated_at"] or ""),
            )
        self._reindex(record)

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

    def find_person_by_iin(self, iin: str) -> Person | None:
        row = self.conn.execute("SELECT * FROM persons WHERE iin = ? AND deleted = 0", (iin,)).fetchone()
        return decode(Person, dict(row)) if row else None

    def next_counter(self, name: str) -> int:
        self.conn.execute(
            "INSERT INTO counters (name, value) VALUES (?, 1) "
            "ON CONFLICT (name) DO UPDATE SET value = value + 1", (name,))
        return self.conn.execute("SELECT value FROM counters WHERE name = ?", (name,)).fetchone()[0]

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))

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

    # --- audit ---------------------------------------------------------------------------

    def append_audit(self, actor: str, device_id: str, action: str, kind: str, record_id: str,
                     detail: str = "") -> audit_chain.AuditEntry:
        with self.transaction():
            head = self.audit_head()
            prev_seq, prev_hash = head if head else (0, audit_chain.GENESIS)
            at = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
            entry = audit_chain.seal(audit_chain.AuditEntry(
                seq=prev_seq + 1, at=at, actor=actor, device_id=device_id, action=action, kind=kind,
                record_id=record_id, detail=detail, prev_hash=prev_hash))
            self.conn.execute(
                "INSERT INTO audit (seq, at, actor, device_id, action, kind, record_id, detail, "
                "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (entry.seq, entry.at, entry.actor, entry.device_id, entry.action, entry.kind,
                 entry.record_id, entry.detail, entry.prev_hash, entry.hash))
            self.set_meta("audit_head", f"{entry.seq}:{entry.hash}")
        return entry

    def audit_head(self) -> tuple[int, str] | None:
        value = self.meta("audit_head")
        if not value:
            return None
        seq, _, h = value.partition(":")
        return int(seq), h

    def audit_entries(self, record_id: str | None = None, actor: str | None = None,
                      action: str | None = None, limit: int | None = None,
                      before: int | None = None) -> list[audit_chain.AuditEntry]:
        """Entries in their order; with ``limit`` the newest that many (before the entry
        number ``before``, when given: the next page of a list read newest first)."""
        clauses: list[str] = []
        params: list[Any] = []
        for col, value in (("record_id", record_id), ("actor", actor), ("action", action)):
            if value:
                clauses.append(f"{col} = ?")
                params.append(value)
        if before is not None:
            clauses.append("seq < ?")
            params.append(before)
        sql = "SELECT seq, at, actor, device_id, action, kind, record_id, detail, prev_hash, hash FROM audit"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += " ORDER BY seq"
        if limit is not None:
            sql = f"SELECT * FROM ({sql.replace('ORDER BY seq', 'ORDER BY seq DESC')} LIMIT {int(limit)}) ORDER BY seq"
        return [audit_chain.AuditEntry(*r) for r in self.conn.execute(sql, params)]

    def iter_audit(self) -> Iterator[audit_chain.AuditEntry]:
        for r in self.conn.execute("SELECT seq, at, actor, device_id, action, kind, record_id, "
                                   "detail, prev_hash, hash FROM audit ORDER BY seq"):
            yield audit_chain.AuditEntry(*r)

    # --- follow-up -------------------------------------------------------------------------

    def set_case_due(self, case_id: str, inspector: str, due: Due | None) -> None:
        if due is None:
            self.conn.execute("DELETE FROM case_due WHERE case_id = ?", (case_id,))
        else:
            self.conn.execute(
                "INSERT INTO case_due (case_id, inspector, due_at, reason) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (case_id) DO UPDATE SET inspector = excluded.inspector, "
                "due_at = excluded.due_at, reason = excluded.reason",
                (case_id, inspector, int(due.at.timestamp()), due.reason))
        if self._case_order():
            # The register's sort column (migration 0010): the same instant, or the sentinel.
            self.conn.execute("UPDATE case_order SET due_key = ? WHERE id = ?",
                              (int(due.at.timestamp()) if due else NO_DUE, case_id))

    def _case_order(self) -> bool:
        """Whether the vault has the register's case_order yet (schema 10)."""
        return self._has("case_order")

    def due_items(self, inspector: str | None, until: int, limit: int,
                  since: int | None = None) -> list[tuple[Any, ...]]:
        """(case id, case number, address, risk level, inspector, due at (Unix seconds),
        reason) of the cases whose next contact falls in [since, until], soonest first:
        read off case_due (kept on every save) and the few case columns a list shows, no
        record decoded."""
        where, params = self._due_where(inspector, until, since)
        return [tuple(r) for r in self.conn.execute(
            "SELECT c.id, c.case_no, c.address, c.risk_level, c.inspector, d.due_at, d.reason "
            f"FROM case_due d JOIN cases c ON c.id = d.case_id WHERE {where} "
            "ORDER BY d.due_at LIMIT ?", [*params, limit])]

    def due_total(self, inspector: str | None, until: int, since: int | None = None) -> int:
        where, params = self._due_where(inspector, until, since)
        return self.conn.execute(f"SELECT count(*) FROM case_due d WHERE {where}",
                                 params).fetchone()[0]

    @staticmethod
    def _due_where(inspector: str | None, until: int, since: int | None) -> tuple[str, list[Any]]:
        clauses: list[str] = ["d.due_at <= ?"]
        params: list[Any] = [until]
        if since is not None:
            clauses.append("d.due_at >= ?")
            params.append(since)
        if inspector:  # case_due_inspector (inspector, due_at)
            clauses.append("d.inspector = ?")
            params.append(inspector)
        return " AND ".join(clauses), params

    def cases_with_measure(self, case_ids: list[str], kind: str) -> set[str]:
        """Which of these cases hold a (not deleted) measure of this kind."""
        out: set[str] = set()
        for start in range(0, len(case_ids), 500):
            chunk = case_ids[start:start + 500]
            out.update(r[0] for r in self.conn.execute(
                "SELECT DISTINCT case_id FROM measures WHERE case_id IN "
                f"({', '.join('?' for _ in chunk)}) AND +kind = ? AND deleted = 0", [*chunk, kind]))
        return out

    def case_numbers(self, case_ids: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for start in range(0, len(case_ids), 500):
            chunk = case_ids[start:start + 500]
            out.update(self.conn.execute(
                f"SELECT id, case_no FROM cases WHERE id IN ({', '.join('?' for _ in chunk)})",
                chunk).fetchall())
        return out

    def active_measures_ending(self, until: dt.date, inspector: str | None,
                               since: dt.date | None = None) -> list[Measure]:
        """Active measures whose end falls in [since, until] (all ended ones when no since)."""
        sql = ("SELECT m.* FROM measures m JOIN cases c ON c.id = m.case_id "
               "WHERE m.status = 'active' AND m.deleted = 0 AND m.valid_to <= ?")
        params: list[Any] = [until.isoformat()]
        if since is not None:
            sql += " AND m.valid_to >= ?"
            params.append(since.isoformat())
        if inspector:
            sql += " AND c.inspector = ?"
            params.append(inspector)
        return [decode(Measure, dict(r)) for r in self.conn.execute(sql, params)]

    # --- search --------------------------------------------------------------------------

    RANK_CAP = 300

    def _fts_rowids(self, fts: str, match: str, limit: int) -> list[tuple[int, float]]:
        """Matching rowids, best first. Ranking (bm25) costs time in proportion to the number
        of matches, so a query that still matches more than RANK_CAP rows (one or two typed
        letters) returns its first matches unranked; the ranking starts as the person types
        on and the matches narrow."""
        probe = self.conn.execute(f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? LIMIT ?",
                                  (match, self.RANK_CAP + 1)).fetchall()
        if len(probe) > self.RANK_CAP:
            return [(r[0], 0.0) for r in probe[:limit]]
        return [(r[0], r[1]) for r in self.conn.execute(
            f"SELECT rowid, rank FROM {fts} WHERE {fts} MATCH ? ORDER BY rank LIMIT ?", (match, limit))]

    def search(self, query_words: list[str], limit: int) -> list[SearchHit]:
        """Every word must match the start of a word in the record (search as you type)."""
        match = " AND ".join('"' + w.replace('"', '""') + '"*' for w in query_words)
        hits: list[SearchHit] = []
        ranked = self._fts_rowids("person_fts", match, limit)
        # Words that are all digits may be a piece of a phone number ("12 34", "+7 (701) 123"):
        # the persons with such a number come after those the words themselves find.
        phone = phone_match(" ".join(query_words)) if all(w.isdigit() for w in query_words) else None
        if phone and len(ranked) < limit:
            seen = {r for r, _ in ranked}
            worst = max((rank for _, rank in ranked), default=0.0)
            ranked += [(r[0], worst) for r in self.conn.execute(
                "SELECT rowid FROM phone_fts WHERE phone_fts MATCH ? LIMIT ?", (phone, limit))
                if r[0] not in seen][:limit - len(ranked)]
        rows = self._rows_by_rowid("persons", [r for r, _ in ranked])
        people = {rid: decode(Person, row) for rid, row in rows.items()}
        cases_of: dict[str, list[str]] = {}
        ids = [p.id for p in people.values()]
        if ids:
            for person_id, case_id in self.conn.execute(
                    "SELECT DISTINCT person_id, case_id FROM participants WHERE deleted = 0 AND "
                    f"person_id IN ({', '.join('?' for _ in ids)})", ids):
                cases_of.setdefault(person_id, []).append(case_id)
        for rowid, rank in ranked:
            person = people.get(rowid)
            if person is None:
                continue
            detail = " · ".join(x for x in (
                person.birth_date.strftime("%d.%m.%Y") if person.birth_date else "", person.iin or "") if x)
            hits.append(SearchHit("person", person.id, person.full_name, detail,
                                  tuple(cases_of.get(person.id, ())), rank))
        ranked = self._fts_rowids("case_fts", match, limit)
        rows = self._rows_by_rowid("cases", [r for r, _ in ranked])
        for rowid, rank in ranked:
            if rowid in rows:
                case = decode(FamilyCase, rows[rowid])
                hits.append(SearchHit("case", case.id, case.case_no, case.address, (case.id,), rank))
        hits.sort(key=lambda h: h.rank)
        return hits[:limit]

    def _rows_by_rowid(self, table: str, rowids: list[int]) -> dict[int, dict[str, Any]]:
        if not rowids:
            return {}
        out = {}
        for r in self.conn.execute(f"SELECT rowid AS _rowid, * FROM {table} WHERE rowid IN "
                                   f"({', '.join('?' for _ in rowids)})", rowids):
            row = dict(r)
            out[row.pop("_rowid")] = row
        return out

    # --- change log (read by sync) ----------------------------------------------------

    def changes_since(self, seq: int) -> Iterator[tuple[int, str, str, int, str]]:
        yield from self.conn.execute(
            "SELECT seq, kind, record_id, version, op FROM changes WHERE seq > ? ORDER BY seq", (seq,))

    def get_any(self, kind: str, record_id: str) -> Record:
        return self.get(RECORD_TYPES[kind], record_id)


def _is_the_store_port(store: VaultStore) -> Store:
    """Never called: `mypy` fails here when VaultStore (with RegisterQueries) stops matching
    the core's Store port (core/ports.py) in any method's parameters or result."""
    return store


__all__ = ["VaultStore", "TABLES", "encode", "decode", "search_text", "Participant"]
