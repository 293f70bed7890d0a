"""The headquarters repository: one interface over either back-end (hq/backends.py).

Every method is plain SQL through the back-end's ``execute``/``query``/``bulk_insert``; the
importer groups its calls in one :meth:`transaction`.
"""

from __future__ import annotations

import json
from contextlib import AbstractContextManager
from dataclasses import dataclass, fields
from typing import Any, Callable, Iterator

from inspector_desk.hq.backends import Backend
from inspector_desk.hq.schema import TABLES


@dataclass
class DeviceRow:
    device_id: str
    key_id: str
    signing_key: str
    recipient: str
    case_prefix: str
    login: str
    name: str
    unit: str
    district: str
    status: str
    enrolled_at: str
    enrolment_id: str
    revoked_at: str | None = None
    revoke_reason: str = ""


@dataclass
class BundleRow:
    bundle_id: str
    device_id: str
    seq: int
    sha512: str
    prev_seq: int
    prev_hash: str
    change_from: int
    change_to: int
    audit_from: int
    audit_to: int
    volume: int
    volumes: int
    records: int
    attachments: int
    size: int
    created_at: str
    imported_at: str
    header: str


@dataclass(frozen=True)
class Node:
    """One received version of a record (without its data)."""

    record_id: str
    version: int
    sha256: str
    kind: str
    device_id: str
    base_version: int | None
    base_sha256: str | None
    updated_at: str | None
    superseded: bool


@dataclass
class OwnerRow:
    """Who may change a case (and its records) or a person at headquarters."""

    record_id: str
    kind: str
    device_id: str
    login: str
    since: str
    via: str                        # created | reassigned | migration
    previous_device_id: str | None = None
    since_version: int | None = None  # the headquarters version a reassignment made
    since_sha256: str | None = None
    acknowledged_at: str | None = None


@dataclass
class HeldRow:
    """A change headquarters did not apply: ``status`` ``held`` (for review, told to the
    device) or ``waiting`` (its case has not arrived yet; applied when it does)."""

    device_id: str
    bundle_id: str
    seq: int
    change_to: int
    record_id: str
    kind: str
    version: int
    sha256: str
    base_version: int | None
    base_sha256: str | None
    case_id: str | None
    status: str
    reason: str
    detail: str
    held_at: str
    data: str


VERSION_COLS = ("record_id", "version", "sha256", "kind", "device_id", "bundle_id",
                "base_version", "base_sha256", "updated_at", "deleted", "data")
AUDIT_COLS = ("device_id", "seq", "hash", "at", "actor", "action", "kind", "record_id",
              "detail", "prev_hash", "bundle_id")
_BATCH = 500


def _cols(cls: type) -> list[str]:
    return [f.name for f in fields(cls)]


class Repository:
    def __init__(self, backend: Backend) -> None:
        self.db = backend

    def transaction(self) -> AbstractContextManager[None]:
        return self.db.transaction()

    def close(self) -> None:
        self.db.close()

    def _by_ids(self, sql: str, ids: list[str], before: tuple = (), after: tuple = ()) -> Iterator[Any]:
        """The rows of ``sql`` for ``ids``, ``_BATCH`` ids at a time: ``{ids}`` in ``sql``
        stands for the batch's marks, bound between the parameters ``before`` and ``after``."""
        for start in range(0, len(ids), _BATCH):
            chunk = ids[start:start + _BATCH]
            yield from self.db.query(sql.replace("{ids}", _marks(chunk)), [*before, *chunk, *after])

    def _per_id(self, sql: str, record_ids: list[str], row: Callable[[Any], Any],
                before: tuple = (), after: tuple = ()) -> dict[str, list[Any]]:
        """Per record id (each of ``record_ids``, none left out), ``row(r)`` for each row ``r``
        of ``sql`` (:meth:`_by_ids`) whose first column is that id."""
        out: dict[str, list[Any]] = {rid: [] for rid in record_ids}
        for r in self._by_ids(sql, list(out), before, after):
            out[r[0]].append(row(r))
        return out

    # --- devices ---------------------------------------------------------------------------

    def add_device(self, d: DeviceRow) -> None:
        cols = _cols(DeviceRow)
        updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "device_id")
        self.db.execute(f"INSERT INTO devices ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
                        f"ON CONFLICT (device_id) DO UPDATE SET {updates}",
                        [getattr(d, c) for c in cols])

    def device(self, device_id: str) -> DeviceRow | None:
        rows = self.db.query(f"SELECT {', '.join(_cols(DeviceRow))} FROM devices WHERE device_id = ?",
                             (device_id,))
        return DeviceRow(*rows[0]) if rows else None

    def device_by_prefix(self, prefix: str) -> DeviceRow | None:
        rows = self.db.query(f"SELECT {', '.join(_cols(DeviceRow))} FROM devices WHERE case_prefix = ?",
                             (prefix,))
        return DeviceRow(*rows[0]) if rows else None

    def devices(self) -> list[DeviceRow]:
        return [DeviceRow(*r) for r in self.db.query(
            f"SELECT {', '.join(_cols(DeviceRow))} FROM devices ORDER BY case_prefix")]

    def set_device_status(self, device_id: str, status: str, at: str | None, reason: str) -> None:
        self.db.execute("UPDATE devices SET status = ?, revoked_at = ?, revoke_reason = ? "
                        "WHERE device_id = ?", (status, at, reason, device_id))

    # --- bundles ---------------------------------------------------------------------------

    def _bundles(self, where: str, params: tuple) -> list[BundleRow]:
        return [BundleRow(*r) for r in self.db.query(
            f"SELECT {', '.join(_cols(BundleRow))} FROM bundles WHERE {where} ORDER BY seq", params)]

    def bundle(self, bundle_id: str) -> BundleRow | None:
        found = self._bundles("bundle_id = ?", (bundle_id,))
        return found[0] if found else None

    def bundle_at(self, device_id: str, seq: int) -> BundleRow | None:
        found = self._bundles("device_id = ? AND seq = ?", (device_id, seq))
        return found[0] if found else None

    def bundles_of(self, device_id: str) -> list[BundleRow]:
        return self._bundles("device_id = ?", (device_id,))

    def add_bundle(self, b: BundleRow) -> None:
        cols = _cols(BundleRow)
        self.db.execute(f"INSERT INTO bundles ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                        [getattr(b, c) for c in cols])

    # --- record versions and the current state -------------------------------------------

    def add_versions(self, rows: list[tuple]) -> None:
        """Rows in :data:`VERSION_COLS` order (``data`` as JSON text); duplicates skipped.

        A version below a higher one of the same line (device and base) can never be a head
        (hq/merge.py): it is marked ``superseded = 2`` ("replaced on its line"; a reviewer's
        setting aside is 1), so the merge reads the lines' tops only and an import costs
        the same however long a record's history is."""
        self.db.bulk_insert("record_versions", VERSION_COLS, rows)
        ids = list(dict.fromkeys(r[0] for r in rows))
        for start in range(0, len(ids), _BATCH):
            chunk = ids[start:start + _BATCH]
            self.db.execute(
                "UPDATE record_versions SET superseded = 2 WHERE superseded = 0 "
                f"AND record_id IN ({_marks(chunk)}) AND EXISTS (SELECT 1 FROM record_versions h "
                "WHERE h.record_id = record_versions.record_id AND h.superseded = 0 "
                "AND h.device_id = record_versions.device_id "
                "AND coalesce(h.base_version, -1) = coalesce(record_versions.base_version, -1) "
                "AND coalesce(h.base_sha256, '') = coalesce(record_versions.base_sha256, '') "
                "AND h.version > record_versions.version)", chunk)

    def nodes(self, record_ids: list[str]) -> dict[str, list[Node]]:
        return self._per_id(
            "SELECT record_id, version, sha256, kind, device_id, base_version, base_sha256, "
            "updated_at, superseded FROM record_versions WHERE record_id IN ({ids})", record_ids, _node)

    def tips(self, record_ids: list[str]) -> dict[str, list[Node]]:
        """Per record, the live versions that are the highest on their line (device and
        base): only those can be heads, however long the history (hq/merge.py)."""
        return self._per_id(
            "SELECT v.record_id, v.version, v.sha256, v.kind, v.device_id, v.base_version, "
            "v.base_sha256, v.updated_at, v.superseded FROM record_versions v JOIN ("
            "  SELECT record_id, device_id, coalesce(base_version, -1) AS bv, "
            "  coalesce(base_sha256, '') AS bs, max(version) AS top FROM record_versions "
            "  WHERE record_id IN ({ids}) AND superseded = 0 "
            "  GROUP BY record_id, device_id, coalesce(base_version, -1), coalesce(base_sha256, '')"
            # The outer look-up goes by primary key (record, version); "|| ''" and
            # "+ 0" keep the planner from scanning a whole line through the other index.
            ") t ON t.record_id = v.record_id AND t.top = v.version "
            "AND v.device_id || '' = t.device_id AND t.bv = coalesce(v.base_version, -1) "
            "AND t.bs = coalesce(v.base_sha256, '') WHERE v.superseded + 0 = 0", record_ids, _node)

    def node(self, record_id: str, version: int, sha256: str) -> Node | None:
        rows = self.db.query("SELECT record_id, version, sha256, kind, device_id, base_version, "
                             "base_sha256, updated_at, superseded FROM record_versions "
                             "WHERE record_id = ? AND version = ? AND sha256 = ?",
                             (record_id, version, sha256))
        return _node(rows[0]) if rows else None

    def current(self, record_ids: list[str]) -> dict[str, tuple[int, str, int]]:
        """record id → (version, sha256, number of heads) of the current winner."""
        return {r[0]: (r[1], r[2], r[3]) for r in self._by_ids(
            "SELECT record_id, version, sha256, heads FROM records WHERE record_id IN ({ids})", record_ids)}

    def set_current(self, winners: list[tuple]) -> None:
        """(record id, version, sha256, heads, case id, district, inspector, case number):
        copy that version from the history into ``records``."""
        self.db.executemany(
            "INSERT INTO records (record_id, kind, version, sha256, device_id, updated_at, deleted, "
            "case_id, district, inspector, case_no, heads, data) "
            "SELECT record_id, kind, version, sha256, device_id, updated_at, deleted, CAST(? AS TEXT), "
            "CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS INTEGER), data "
            "FROM record_versions WHERE record_id = ? AND version = ? AND sha256 = ? "
            "ON CONFLICT (record_id) DO UPDATE SET kind = excluded.kind, version = excluded.version, "
            "sha256 = excluded.sha256, device_id = excluded.device_id, updated_at = excluded.updated_at, "
            "deleted = excluded.deleted, case_id = excluded.case_id, district = excluded.district, "
            "inspector = excluded.inspector, case_no = excluded.case_no, heads = excluded.heads, "
            "data = excluded.data",
            [(case_id, district, inspector, case_no, heads, rid, version, sha)
             for rid, version, sha, heads, case_id, district, inspector, case_no in winners])

    def version_data(self, record_id: str, version: int, sha256: str) -> dict[str, Any] | None:
        rows = self.db.query("SELECT data FROM record_versions WHERE record_id = ? AND version = ? "
                             "AND sha256 = ?", (record_id, version, sha256))
        return self.db.json_out(rows[0][0]) if rows else None

    def supersede(self, record_id: str, keep: tuple[int, str]) -> None:
        self.db.execute("UPDATE record_versions SET superseded = 1 WHERE record_id = ? "
                        "AND NOT (version = ? AND sha256 = ?)", (record_id, *keep))

    def record(self, record_id: str) -> tuple[str, dict[str, Any], str] | None:
        rows = self.db.query("SELECT kind, data, sha256 FROM records WHERE record_id = ?", (record_id,))
        return (rows[0][0], self.db.json_out(rows[0][1]), rows[0][2]) if rows else None

    def records_where(self, where: str, params: tuple) -> Iterator[tuple[str, dict[str, Any], str]]:
        for kind, data, sha in self.db.iterate(f"SELECT kind, data, sha256 FROM records WHERE {where}",
                                               params):
            yield kind, self.db.json_out(data), sha

    def group_values(self, column: str) -> list[str]:
        assert column in ("district", "inspector")
        return [r[0] for r in self.db.query(
            f"SELECT DISTINCT {column} FROM records WHERE kind = 'case' AND {column} IS NOT NULL "
            f"ORDER BY {column}")]

    # --- conflicts -------------------------------------------------------------------------

    def upsert_conflict(self, record_id: str, heads_key: str, kind: str, heads: list[dict],
                        at: str) -> None:
        self.db.execute("INSERT INTO conflicts (record_id, heads_key, kind, heads, status, detected_at) "
                        "VALUES (?, ?, ?, ?, 'open', ?) ON CONFLICT DO NOTHING",
                        (record_id, heads_key, kind, json.dumps(heads, sort_keys=True), at))

    def conflicts(self, status: str | None = "open") -> list[dict[str, Any]]:
        sql = "SELECT record_id, heads_key, kind, heads, status, detected_at, resolved_at, resolution FROM conflicts"
        rows = self.db.query(sql + (" WHERE status = ?" if status else "") + " ORDER BY detected_at, record_id",
                             (status,) if status else ())
        keys = ("record_id", "heads_key", "kind", "heads", "status", "detected_at", "resolved_at", "resolution")
        return [{**dict(zip(keys, r)), "heads": json.loads(r[3])} for r in rows]

    def resolve_conflicts(self, record_id: str, at: str, resolution: str) -> None:
        self.db.execute("UPDATE conflicts SET status = 'resolved', resolved_at = ?, resolution = ? "
                        "WHERE record_id = ? AND status = 'open'", (at, resolution, record_id))

    # --- authority: owners and held changes ---------------------------------------------------

    def owners(self, record_ids: list[str]) -> dict[str, OwnerRow]:
        return {r[0]: OwnerRow(*r) for r in self._by_ids(
            f"SELECT {', '.join(_cols(OwnerRow))} FROM owners WHERE record_id IN ({{ids}})",
            list(dict.fromkeys(record_ids)))}

    def set_owner(self, o: OwnerRow) -> None:
        cols = _cols(OwnerRow)
        updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "record_id")
        self.db.execute(f"INSERT INTO owners ({', '.join(cols)}) VALUES ({_marks(cols)}) "
                        f"ON CONFLICT (record_id) DO UPDATE SET {updates}", [getattr(o, c) for c in cols])

    def acknowledge_owner(self, record_id: str, at: str) -> None:
        self.db.execute("UPDATE owners SET acknowledged_at = ? WHERE record_id = ? "
                        "AND acknowledged_at IS NULL", (at, record_id))

    def heads_meta(self, record_ids: list[str]) -> dict[str, tuple[str, str | None, str | None]]:
        """record id → (kind, case id, case number) of its current version."""
        return {r[0]: (r[1], r[2], r[3]) for r in self._by_ids(
            "SELECT record_id, kind, case_id, case_no FROM records WHERE record_id IN ({ids})",
            list(dict.fromkeys(record_ids)))}

    def line_tops(self, device_id: str, record_ids: list[str], upto: int) -> dict[str, list[tuple]]:
        """Per record and line of this device (base version or -1, base sha256 or ''):
        ``version - change-log position`` of the line's top (its live version, see
        :meth:`add_versions`) when the bundle that brought it is at or before ``upto``: the
        slack a new version of the line may use (hq/authority.py). Read by index from the
        tops alone, so it costs the same however long the record's history is."""
        return self._per_id(
            "SELECT v.record_id, coalesce(v.base_version, -1), coalesce(v.base_sha256, ''), "
            "min(v.version - b.change_to) FROM record_versions v JOIN bundles b "
            "ON b.bundle_id = v.bundle_id WHERE v.superseded = 0 AND v.device_id = ? "
            "AND v.record_id IN ({ids}) AND b.change_to <= ? GROUP BY v.record_id, "
            "coalesce(v.base_version, -1), coalesce(v.base_sha256, '')",
            record_ids, lambda r: tuple(r[1:]), (device_id,), (upto,))

    def hold(self, rows: list[HeldRow]) -> None:
        """Keep changes aside; the same version from the same device is kept once (a
        ``waiting`` one becomes ``held`` when held again)."""
        cols = _cols(HeldRow)
        for h in rows:
            self.db.execute(f"INSERT INTO held ({', '.join(cols)}) VALUES ({_marks(cols)}) "
                            "ON CONFLICT (device_id, record_id, version, sha256) DO UPDATE SET "
                            "status = excluded.status, reason = excluded.reason, "
                            "detail = excluded.detail WHERE held.status = 'waiting'",
                            [getattr(h, c) for c in cols])

    def _held(self, where: str, params: tuple) -> list[tuple[int, HeldRow]]:
        cols = _cols(HeldRow)
        rows = self.db.query(f"SELECT id, {', '.join(cols)} FROM held WHERE {where} ORDER BY id", params)
        out = []
        for r in rows:
            h = HeldRow(*r[1:])
            if not isinstance(h.data, str):
                h.data = json.dumps(h.data, ensure_ascii=False, sort_keys=True)
            out.append((r[0], h))
        return out

    def is_held(self, record_id: str) -> bool:
        return bool(self.db.query("SELECT 1 FROM held WHERE record_id = ? AND status = 'held'",
                                  (record_id,)))

    def existing(self, keys: list[tuple[str, int, str]]) -> set[tuple[str, int, str]]:
        """Which of these (record id, version, sha256) headquarters already holds (looked
        up by primary key: the cost does not grow with the records' history)."""
        out: set[tuple[str, int, str]] = set()
        keys = list(dict.fromkeys(keys))
        step = _BATCH // 3
        for start in range(0, len(keys), step):
            chunk = keys[start:start + step]
            values = ", ".join(["(?, ?, ?)"] * len(chunk))
            for r in self.db.query("SELECT record_id, version, sha256 FROM record_versions "
                                   f"WHERE (record_id, version, sha256) IN (VALUES {values})",
                                   [x for k in chunk for x in k]):
                out.add((r[0], r[1], r[2]))
        return out

    def waiting_for(self, case_id: str) -> list[tuple[int, HeldRow]]:
        return self._held("case_id = ? AND status = 'waiting'", (case_id,))

    def held_of(self, device_id: str | None = None, status: str = "held") -> list[tuple[int, HeldRow]]:
        if device_id is None:
            return self._held("status = ?", (status,))
        return self._held("device_id = ? AND status = ?", (device_id, status))

    def hold_waiting(self, case_id: str, reason: str, detail: str) -> None:
        """What waited for a case that was itself held is held too."""
        self.db.execute("UPDATE held SET status = 'held', reason = ?, detail = ? "
                        "WHERE case_id = ? AND status = 'waiting'", (reason, detail, case_id))

    def set_held_status(self, held_id: int, status: str, at: str) -> None:
        self.db.execute("UPDATE held SET status = ?, detail = detail || ? WHERE id = ?",
                        (status, f" [{status} {at}]", held_id))

    def arrival(self, record_id: str) -> dict[tuple[int, str], int]:
        """(version, sha256) → the number of the bundle it came in (0: made at headquarters)."""
        return {(r[0], r[1]): r[2] or 0 for r in self.db.query(
            "SELECT v.version, v.sha256, b.seq FROM record_versions v LEFT JOIN bundles b "
            "ON b.bundle_id = v.bundle_id WHERE v.record_id = ?", (record_id,))}

    def held_by_id(self, held_id: int) -> HeldRow | None:
        found = self._held("id = ?", (held_id,))
        return found[0][1] if found else None

    # --- decisions (hq/review.py) ------------------------------------------------------------

    def add_decision(self, item: str, record_id: str, kind: str, action: str, actor: str, at: str,
                     note: str, decided: dict[str, Any], version: int, sha256: str,
                     targets: dict[str, Any]) -> int:
        self.db.execute("INSERT INTO decisions (item, record_id, kind, action, actor, at, note, fields, "
                        "version, sha256, sent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (item, record_id, kind, action, actor, at, note,
                         json.dumps(decided, ensure_ascii=False, sort_keys=True), version, sha256,
                         json.dumps({"targets": targets, "packs": []}, sort_keys=True)))
        return self.db.query("SELECT max(id) FROM decisions WHERE record_id = ? AND at = ?",
                             (record_id, at))[0][0]

    def set_decision_sent(self, decision_id: int, packs: list[str]) -> None:
        row = self.db.query("SELECT sent FROM decisions WHERE id = ?", (decision_id,))
        sent = self.db.json_out(row[0][0]) if row else {}
        sent["packs"] = sorted(set(sent.get("packs", [])) | set(packs))
        self.db.execute("UPDATE decisions SET sent = ? WHERE id = ?", (json.dumps(sent, sort_keys=True),
                                                                      decision_id))

    def decisions(self, record_id: str | None = None) -> list[dict[str, Any]]:
        cols = ("id", "item", "record_id", "kind", "action", "actor", "at", "note", "fields",
                "version", "sha256", "sent")
        sql = f"SELECT {', '.join(cols)} FROM decisions"
        rows = self.db.query(sql + (" WHERE record_id = ?" if record_id else "") + " ORDER BY id",
                             (record_id,) if record_id else ())
        out = []
        for r in rows:
            d = dict(zip(cols, r))
            d["fields"], d["sent"] = self.db.json_out(d["fields"]), self.db.json_out(d["sent"])
            out.append(d)
        return out

    # --- attachments -----------------------------------------------------------------------

    def has_blob(self, sha256: str) -> bool:
        return bool(self.db.query("SELECT 1 FROM blobs WHERE sha256 = ?", (sha256,)))

    def put_blob_chunk(self, sha256: str, n: int, data: bytes) -> None:
        self.db.execute("INSERT INTO blob_chunks (sha256, n, data) VALUES (?, ?, ?) "
                        "ON CONFLICT DO NOTHING", (sha256, n, data))

    def put_blob(self, sha256: str, size: int) -> None:
        self.db.execute("INSERT INTO blobs (sha256, size) VALUES (?, ?) ON CONFLICT DO NOTHING",
                        (sha256, size))

    def blob_chunks(self, sha256: str) -> Iterator[bytes]:
        n = 0
        while True:
            rows = self.db.query("SELECT data FROM blob_chunks WHERE sha256 = ? AND n = ?", (sha256, n))
            if not rows:
                return
            yield bytes(rows[0][0])
            n += 1

    # --- audit, updates, events ------------------------------------------------------------

    def add_audit(self, rows: list[tuple]) -> None:
        self.db.bulk_insert("audit", AUDIT_COLS, rows)

    def audit_hash(self, device_id: str, seq: int) -> list[str]:
        return [r[0] for r in self.db.query("SELECT hash FROM audit WHERE device_id = ? AND seq = ?",
                                            (device_id, seq))]

    def next_update_seq(self, device_id: str) -> int:
        return self.db.query("SELECT coalesce(max(seq), 0) + 1 FROM updates WHERE device_id = ?",
                             (device_id,))[0][0]

    def add_update(self, pack_id: str, device_id: str, seq: int, at: str, summary: dict,
                   file_name: str) -> None:
        self.db.execute("INSERT INTO updates (pack_id, device_id, seq, created_at, summary, file_name) "
                        "VALUES (?, ?, ?, ?, ?, ?)", (pack_id, device_id, seq, at,
                                                     json.dumps(summary, sort_keys=True), file_name))

    def add_event(self, at: str, actor: str, action: str, subject: str, detail: str = "") -> None:
        self.db.execute("INSERT INTO events (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)",
                        (at, actor, action, subject, detail))

    def events(self) -> list[tuple]:
        return self.db.query("SELECT at, actor, action, subject, detail FROM events ORDER BY id")

    # --- whole-database view (tests, checks) -------------------------------------------------

    def dump(self) -> Iterator[tuple[str, tuple]]:
        """Every row of every table, in a stable order: equal dumps = equal databases."""
        for table in TABLES:
            rows = self.db.query(f"SELECT * FROM {table}")
            for r in sorted(rows, key=lambda row: json.dumps(_plain(row), sort_keys=True, default=str)):
                yield table, tuple(_plain(r))


def _plain(row: tuple) -> list:
    out = []
    for v in row:
        if isinstance(v, (bytes, bytearray, memoryview)):
            v = bytes(v).hex()
        elif isinstance(v, (dict, list)):
            v = json.dumps(v, sort_keys=True)
        out.append(v)
    return out


def _node(r: Any) -> Node:
    return Node(*r[:8], bool(r[8]))


def _marks(items: list) -> str:
    return ", ".join("?" for _ in items)
