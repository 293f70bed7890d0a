"""The device's side of the exchange, over the vault: what was exported, what headquarters
acknowledged, and the pinned headquarters keys.

Everything lives in the encrypted vault (tables of migration 0005 and ``meta`` keys named
``sync.*``); nothing about the exchange is written beside it in plain text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Iterator

from inspector_desk.core.records import RECORD_TYPES, Record
from inspector_desk.storage.store import TABLES, VaultStore, decode
from inspector_desk.sync.enrolment import Enrolment
from inspector_desk.sync.errors import NotEnrolled

ACK_CHANGE = "sync.acknowledged_seq"     # change-log position headquarters holds
ACK_AUDIT = "sync.acknowledged_audit"    # audit-log position headquarters holds
ACK_BUNDLE = "sync.acknowledged_bundle"  # highest bundle number a receipt accepted
LAST_EXPORT = "sync.last_export_at"
ENROLMENT = "sync.enrolment"
AGE_IDENTITY = "sync.device_age_identity"
RULES = "sync.followup_rules"
RULES_PACK = "sync.followup_rules_pack"


@dataclass(frozen=True)
class ExportRow:
    seq: int
    bundle_id: str
    state: str
    change_from: int
    change_to: int
    audit_from: int
    audit_to: int
    sha512: str
    file_name: str


class Outbox:
    def __init__(self, store: VaultStore) -> None:
        self.store = store
        self.conn = store.conn

    # --- enrolment ---------------------------------------------------------------------

    def enrolment(self) -> Enrolment | None:
        raw = self.store.meta(ENROLMENT)
        return Enrolment.from_json(raw) if raw else None

    def require_enrolment(self) -> Enrolment:
        e = self.enrolment()
        if e is None:
            raise NotEnrolled("this device is not enrolled at headquarters yet")
        return e

    # --- positions -------------------------------------------------------------------------

    def _int(self, key: str) -> int:
        return int(self.store.meta(key) or 0)

    @property
    def acked_change(self) -> int:
        return self._int(ACK_CHANGE)

    @property
    def acked_audit(self) -> int:
        return self._int(ACK_AUDIT)

    @property
    def acked_bundle(self) -> int:
        return self._int(ACK_BUNDLE)

    def max_change(self) -> int:
        return self.conn.execute("SELECT coalesce(max(seq), 0) FROM changes").fetchone()[0]

    def audit_head(self) -> tuple[int, str]:
        return self.store.audit_head() or (0, "0" * 64)

    # --- exports ---------------------------------------------------------------------------

    def reserve(self, bundle_id: str, at: str, volume: int, volumes: int) -> int:
        """Take the next bundle number; call inside a transaction that commits before the
        file is written (a crash then burns the number instead of reusing it)."""
        seq = self.conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM sync_exports").fetchone()[0]
        self.conn.execute("INSERT INTO sync_exports (seq, bundle_id, state, reserved_at, volume, volumes) "
                          "VALUES (?, ?, 'reserved', ?, ?, ?)", (seq, bundle_id, at, volume, volumes))
        return seq

    def last_written(self) -> tuple[int, str]:
        """(number, SHA-512) of the last bundle actually written, or (0, '')."""
        row = self.conn.execute("SELECT seq, sha512 FROM sync_exports WHERE state != 'reserved' "
                                "ORDER BY seq DESC LIMIT 1").fetchone()
        return (row[0], row[1]) if row else (0, "")

    def mark_written(self, seq: int, *, change_from: int, change_to: int, audit_from: int,
                     audit_to: int, records: int, attachments: int, size: int, sha512: str,
                     file_name: str, at: str) -> None:
        self.conn.execute(
            "UPDATE sync_exports SET state = 'written', change_from = ?, change_to = ?, "
            "audit_from = ?, audit_to = ?, records = ?, attachments = ?, size = ?, sha512 = ?, "
            "file_name = ?, written_at = ? WHERE seq = ? AND state = 'reserved'",
            (change_from, change_to, audit_from, audit_to, records, attachments, size, sha512,
             file_name, at, seq))
        self.store.set_meta(LAST_EXPORT, at)

    def exports(self) -> list[ExportRow]:
        return [ExportRow(*r) for r in self.conn.execute(
            "SELECT seq, bundle_id, state, change_from, change_to, audit_from, audit_to, sha512, "
            "file_name FROM sync_exports ORDER BY seq")]

    def burned(self) -> list[int]:
        return [r[0] for r in self.conn.execute(
            "SELECT seq FROM sync_exports WHERE state = 'reserved' ORDER BY seq")]

    # --- what to send ----------------------------------------------------------------------

    def changed(self, after: int, upto: int, lo: int | None = None,
                hi: int | None = None) -> Iterator[tuple[str, str, int, int]]:
        """(kind, record id, last change, estimated bytes) of every record changed in
        (after, upto], ordered by its last change; only those whose last change is in
        (lo, hi] when given (one volume)."""
        lo = after if lo is None else lo
        hi = upto if hi is None else hi
        yield from self.conn.execute(
            "SELECT c.kind, c.record_id, max(c.seq) AS last, "
            "  2048 + coalesce(max(CASE WHEN a.deleted = 0 THEN a.size END), 0) "
            "FROM changes c LEFT JOIN attachments a ON c.kind = 'attachment' AND a.id = c.record_id "
            "WHERE c.seq > ? AND c.seq <= ? GROUP BY c.kind, c.record_id "
            "HAVING last > ? AND last <= ? ORDER BY last",
            (after, upto, lo, hi))

    def records(self, rows: list[tuple[str, str]]) -> list[Record]:
        """The records named by (kind, id), in that order, read a kind at a time."""
        by_kind: dict[str, list[str]] = {}
        for kind, rid in rows:
            by_kind.setdefault(kind, []).append(rid)
        found: dict[str, Record] = {}
        for kind, ids in by_kind.items():
            cls = RECORD_TYPES[kind]
            marks = ", ".join("?" for _ in ids)
            for r in self.conn.execute(f"SELECT * FROM {TABLES[kind]} WHERE id IN ({marks})", ids):
                found[r["id"]] = decode(cls, dict(r))
        return [found[rid] for _kind, rid in rows]

    def bases(self) -> dict[str, tuple[int, str]]:
        """Every record version that arrived from headquarters (usually few)."""
        return {r[0]: (r[1], r[2]) for r in self.conn.execute(
            "SELECT record_id, version, sha256 FROM sync_base")}

    def base_of(self, record_id: str) -> tuple[int, str] | None:
        row = self.conn.execute("SELECT version, sha256 FROM sync_base WHERE record_id = ?",
                                (record_id,)).fetchone()
        return (row[0], row[1]) if row else None

    def set_base(self, kind: str, record_id: str, version: int, sha256: str) -> None:
        self.conn.execute(
            "INSERT INTO sync_base (record_id, kind, version, sha256) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (record_id) DO UPDATE SET version = excluded.version, sha256 = excluded.sha256",
            (record_id, kind, version, sha256))

    def has_unacked_change(self, record_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM changes WHERE record_id = ? AND seq > ? LIMIT 1",
                                 (record_id, self.acked_change)).fetchone() is not None

    def audit_entries(self, after: int, upto: int) -> Iterator[tuple]:
        yield from self.conn.execute(
            "SELECT seq, at, actor, device_id, action, kind, record_id, detail, prev_hash, hash "
            "FROM audit WHERE seq > ? AND seq <= ? ORDER BY seq", (after, upto))

    # --- acknowledgement -------------------------------------------------------------------

    def acknowledge(self, seqs: set[int], at: str) -> tuple[int, int, int]:
        """Advance the acknowledged positions over the bundles ``seqs`` (already matched
        against what this device wrote). A position moves only across a contiguous run of
        acknowledged change ranges, so a lost earlier volume is never skipped."""
        rows = [r for r in self.exports() if r.seq in seqs or r.state == "acknowledged"]
        change, audit = self.acked_change, self.acked_audit
        for attr in ("change", "audit"):
            pos = change if attr == "change" else audit
            moved = True
            while moved:
                moved = False
                for r in rows:
                    lo, hi = getattr(r, f"{attr}_from"), getattr(r, f"{attr}_to")
                    if lo <= pos < hi:
                        pos, moved = hi, True
            if attr == "change":
                change = pos
            else:
                audit = pos
        for seq in seqs:
            self.conn.execute("UPDATE sync_exports SET state = 'acknowledged', acknowledged_at = ? "
                              "WHERE seq = ? AND state = 'written'", (at, seq))
        top = max([self.acked_bundle, *seqs])
        self.store.set_meta(ACK_CHANGE, str(change))
        self.store.set_meta(ACK_AUDIT, str(audit))
        self.store.set_meta(ACK_BUNDLE, str(top))
        return change, audit, top

    def meta_json(self, key: str) -> dict | None:
        raw = self.store.meta(key)
        return json.loads(raw) if raw else None
