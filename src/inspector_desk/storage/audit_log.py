"""The audit trail: an append-only, hash-chained ``audit`` table (the chain itself:
core/audit.py), its head kept in meta (``audit_head`` = "seq:hash"), and its reads.

One part of :class:`~inspector_desk.storage.store.VaultStore` (storage/base.py).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Iterator

from inspector_desk.core import audit as audit_chain
from inspector_desk.storage.base import StoreBase

_COLUMNS = "seq, at, actor, device_id, action, kind, record_id, detail, prev_hash, hash"


class AuditLog(StoreBase):
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
                f"INSERT INTO audit ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
        sql = f"SELECT {_COLUMNS} FROM audit"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += " ORDER BY seq"
        if limit is not None:
            sql = f"SELECT * FROM ({sql.replace('ORDER BY seq', 'ORDER BY seq DESC')} LIMIT {int(limit)}) ORDER BY seq"
        return [audit_chain.AuditEntry(*r) for r in self.conn.execute(sql, params)]

    def iter_audit(self) -> Iterator[audit_chain.AuditEntry]:
        for r in self.conn.execute(f"SELECT {_COLUMNS} FROM audit ORDER BY seq"):
            yield audit_chain.AuditEntry(*r)
