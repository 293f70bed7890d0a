"""Queries behind the case register and the drafts: SQL paging, never a whole table in memory.

One part of :class:`~inspector_desk.storage.store.VaultStore` (storage/base.py): the
register's order (case_order), its sort keys and its index of the persons of each case.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from inspector_desk.core.records import CASE_SORTS, CaseFilter, CaseRow, Draft
from inspector_desk.core.text import fold, words
from inspector_desk.storage.base import StoreBase, id_chunks
from inspector_desk.storage.search import prefix_match
from inspector_desk.storage.search_phone import phone_match

# Every order the register offers is a column of case_order (migrations 0010, 0012) with an
# index (deleted, key, case_no, status, id): a page is an index walk. The risk and the status
# sort by their rank (high first; the way a case goes: open, monitoring, closed), the next
# contact by instant (NO_DUE after every date), the affected person by folded name
# (NO_AFFECTED after every name).
_SORT_SQL = {
    "risk_level": "o.risk_key", "district": "o.district", "address": "o.address",
    "opened_at": "o.opened_at", "status": "o.status_key", "due_at": "o.due_key",
    "case_no": "o.case_no", "affected": "o.affected",
}

RISK_RANK = {"high": 0, "medium": 1, "unknown": 2, "standard": 3}  # as CASE_ORDER_UPSERT ranks
NO_DUE = 9_000_000_000_000_000_000  # the due_key of a case without a next contact
NO_AFFECTED = "\uffff"  # the affected key of a case with nobody affected yet: after every name
_AFFECTED_DESC = "nullif(o.affected, char(65535))"  # served by case_order_affected_desc

def _case_order_upsert(copied: tuple[str, ...] = ()) -> str:
    """What the store writes to case_order as a case is saved (the due key and the affected
    person's key are kept by their own writers: set_case_due, refresh_affected), with
    ``copied``: columns of cases kept as they are (schema 14: what a register row shows)."""
    columns = "".join(f", {c}" for c in copied)
    updates = "".join(f", {c} = excluded.{c}" for c in copied)
    return (
        "INSERT INTO case_order (case_rowid, id, case_no, status, deleted, due_key, risk_key, "
        f"status_key, district, address, opened_at, affected{columns}) "
        "SELECT rowid, id, case_no, status, deleted, ?, "
        "CASE risk_level WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'unknown' THEN 2 ELSE 3 END, "
        "CASE status WHEN 'active' THEN 0 WHEN 'monitoring' THEN 1 WHEN 'closed' THEN 2 ELSE 3 END, "
        "district, address, coalesce(opened_at, ''), "
        f"coalesce((SELECT a.name FROM case_affected a WHERE a.case_id = cases.id), ?){columns} "
        "FROM cases WHERE id = ? "
        "ON CONFLICT (case_rowid) DO UPDATE SET case_no = excluded.case_no, "
        "status = excluded.status, deleted = excluded.deleted, risk_key = excluded.risk_key, "
        "status_key = excluded.status_key, district = excluded.district, "
        f"address = excluded.address, opened_at = excluded.opened_at{updates}")


CASE_ORDER_UPSERT = _case_order_upsert()
# Schema 14 (migration 0014): the inspector and the risk level too; the due reason and the
# affected person's name are kept by their own writers.
CASE_ORDER_ROW_UPSERT = _case_order_upsert(("inspector", "risk_level"))
PEOPLE_SHIFT = 20  # case_people_fts rowid = case rowid << 20 | the participant's place

# The cases a search text finds are computed once per text and kept, by rowid, in a
# temporary table of this connection (memory only: temp_store = MEMORY; rowids, no text), so
# that the count and every page of the same keystroke reuse them instead of evaluating the
# search indexes again for each (docs/performance.md).
_MATCH_TABLE = "CREATE TEMP TABLE IF NOT EXISTS register_match (case_rowid INTEGER PRIMARY KEY)"
FEW_MATCHES = 2000
"""Up to this many cases found, a count or a page starts from the found cases (a look-up
each, then a sort of those few); beyond it, from the order's index, each case tested against
the found ones, which stops as soon as a page is full. Either way the work follows the
number of cases found or the page, not the vault: scanning every open case for the few an
ИИН finds was 100 ms at 100,000 households."""


def affected_key(last_name: str, first_name: str) -> str:
    """How the affected person's name sorts: folded like search (case-insensitive, Ё as Е,
    Kazakh letters with their Russian look-alikes, so "Әбілова" is among the А…)."""
    return fold(f"{last_name} {first_name}")


def _from(f: CaseFilter, rows_kept: bool) -> str:
    """case_order alone unless the filter needs the inspector of the case and case_order
    does not keep it yet (before schema 14)."""
    if not f.inspector or rows_kept:
        return "case_order o"
    return "case_order o JOIN cases c ON c.rowid = o.case_rowid"


def _match(text: str) -> str | None:
    terms = words(text)[:8]
    if not terms:
        return None
    return prefix_match(terms)


def _row(r: Any, due_at: int | None, reason: str | None, affected: str,
         measures: Any, tz: dt.tzinfo | None) -> CaseRow:
    """A register row from (id, case_no, status, risk, district, address, inspector,
    opened_at) and the rest."""
    return CaseRow(
        id=r[0], case_no=r[1], status=r[2], risk_level=r[3], district=r[4], address=r[5],
        inspector=r[6], opened_at=dt.datetime.fromisoformat(r[7]) if r[7] else None,
        due_at=dt.datetime.fromtimestamp(due_at, tz) if due_at is not None else None,
        due_reason=reason or "", affected=affected, active_measures=tuple(sorted(measures)))


class RegisterQueries(StoreBase):
    def _query(self, f: CaseFilter, today: dt.date | None = None) -> tuple[str, str, list[Any]]:
        """(FROM, WHERE, parameters) of the cases ``f`` finds. The order's table, with the
        cases for the inspector before schema 14; led by the found cases when a text found
        only a few of them (FEW_MATCHES: CROSS JOIN keeps them first, a look-up by rowid
        each)."""
        # o: case_order (migration 0010), narrow and indexed; c: cases, joined only when a
        # filter or the order needs one of its other columns (_needs_cases).
        clauses: list[str] = ["o.deleted = 0"]
        params: list[Any] = []
        if f.status in (None, ""):
            clauses.append("o.status != 'closed'")
        elif f.status != "all":
            clauses.append("o.status = ?")
            params.append(f.status)
        if f.risk_level:
            clauses.append("o.risk_key = ?")
            params.append(RISK_RANK.get(f.risk_level, -1))
        if f.district:
            clauses.append("o.district = ?")
            params.append(f.district)
        if f.inspector:
            clauses.append("o.inspector = ?" if self._rows_kept() else "c.inspector = ?")
            params.append(f.inspector)
        if f.active_measure:
            sub = "SELECT 1 FROM measures m WHERE m.case_id = o.id AND +m.status = 'active' AND m.deleted = 0"
            if today is not None:  # past its last day it is ended, whatever its status says
                sub += " AND (m.valid_to IS NULL OR m.valid_to >= ?)"
                params.append(today.isoformat())
            if f.active_measure != "any":
                sub += " AND m.kind = ?"
                params.append(f.active_measure)
            clauses.append(f"EXISTS ({sub})")
        source = _from(f, self._rows_kept())
        match = _match(f.text)
        if match:
            if self._fill_match(match, phone_match(f.text)) <= FEW_MATCHES:
                source = f"temp.register_match m CROSS JOIN {source}"
                clauses.append("o.case_rowid = m.case_rowid")
            else:
                clauses.append("o.case_rowid IN (SELECT case_rowid FROM temp.register_match)")
        return source, " AND ".join(clauses), params

    def _fill_match(self, match: str, phone: str | None) -> int:
        """Put the rowids of the cases the text finds in temp.register_match, unless they are
        there already for this text and nothing was written since; how many there are."""
        key = (match, phone)
        stamp = (self.conn.total_changes, self.conn.execute("PRAGMA data_version").fetchone()[0])
        cached = getattr(self, "_match_key", None)
        if cached is not None and cached[0] is self.conn and cached[1:3] == (key, stamp):
            return int(cached[3])
        # A case by its own words or by the words of a person taking part in it (one index,
        # case_people_fts: the case is the rowid's high bits), or by a piece of a person's
        # phone number (search_phone.py).
        self.conn.execute(_MATCH_TABLE)
        self.conn.execute("DELETE FROM temp.register_match")
        sql = ("INSERT OR IGNORE INTO temp.register_match (case_rowid) "
               "SELECT rowid FROM case_fts WHERE case_fts MATCH ?")
        params: list[Any] = [match]
        if self._case_people():
            sql += (" UNION ALL SELECT rowid >> ? FROM case_people_fts "
                    "WHERE case_people_fts MATCH ?")
            params += [PEOPLE_SHIFT, match]
            persons = "SELECT rowid FROM phone_fts WHERE phone_fts MATCH ?" if phone else None
        else:  # during an upgrade, before migration 0011
            persons = "SELECT rowid FROM person_fts WHERE person_fts MATCH ?"
            if phone:
                persons += " UNION SELECT rowid FROM phone_fts WHERE phone_fts MATCH ?"
            params.append(match)
        if persons:
            sql += (" UNION ALL SELECT c.rowid FROM persons p JOIN participants pa "
                    "ON pa.person_id = p.id JOIN cases c ON c.id = pa.case_id "
                    f"WHERE pa.deleted = 0 AND p.rowid IN ({persons})")
            params += [phone] if phone else []
        self.conn.execute(sql, params)
        size = int(self.conn.execute("SELECT count(*) FROM temp.register_match").fetchone()[0])
        stamp = (self.conn.total_changes, self.conn.execute("PRAGMA data_version").fetchone()[0])
        # Kept for the next call only outside a transaction (a rollback would empty it).
        self._match_key = None if self.conn.in_transaction else (self.conn, key, stamp, size)
        return size

    def case_count(self, f: CaseFilter, today: dt.date | None = None) -> int:
        if not f.active_measure and _match(f.text) is None and self._has("case_tally"):
            return self._tally_count(f)
        source, where, params = self._query(f, today)
        return self.conn.execute(f"SELECT count(*) FROM {source} WHERE {where}",
                                 params).fetchone()[0]

    def _tally_count(self, f: CaseFilter) -> int:
        """The count of a view without text or measure filter, read off case_tally (migration
        0013: kept by triggers on cases): a sum over a few rows, whatever the vault's size."""
        clauses, params = ["1"], []
        if f.status in (None, ""):
            clauses.append("status != 'closed'")
        elif f.status != "all":
            clauses.append("status = ?")
            params.append(f.status)
        for column, value in (("risk_level", f.risk_level), ("district", f.district),
                              ("inspector", f.inspector)):
            if value:
                clauses.append(f"{column} = ?")
                params.append(value)
        return int(self.conn.execute(
            f"SELECT coalesce(sum(n), 0) FROM case_tally WHERE {' AND '.join(clauses)}",
            params).fetchone()[0])

    def case_rows(self, f: CaseFilter, sort: str = "due_at", descending: bool = False,
                  offset: int = 0, limit: int = 200, tz: dt.tzinfo | None = None,
                  today: dt.date | None = None) -> list[CaseRow]:
        if sort not in CASE_SORTS:
            raise ValueError(f"unknown sort {sort!r}")
        source, where, params = self._query(f, today)
        way = "DESC" if descending else "ASC"
        order = f"{_SORT_SQL[sort]} {way}"
        if sort == "affected" and descending:  # nobody affected last either way
            order = f"{_AFFECTED_DESC} DESC"
        if sort == "due_at":  # ties by case number, served by case_order_due(_desc)
            order += ", o.case_no"
        elif sort != "case_no":  # ties by case number the same way: the index read backwards
            order += f", o.case_no {way}"
        # Two steps: order and cut the page on narrow columns only, then fetch the details of
        # those few rows. (Computing the details for every row before sorting took minutes
        # on a 40,000-case vault.)
        if self._rows_kept():  # schema 14: the page and what its rows show, from case_order
            page = self.conn.execute(
                "SELECT o.id, o.case_no, o.status, o.risk_level, o.district, o.address, "
                "o.inspector, o.opened_at, o.due_key, o.due_reason, o.affected_name "
                f"FROM {source} WHERE {where} "
                f"ORDER BY {order} LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
            ids = [r[0] for r in page]
            measures = self._page_measures(ids, today)
            return [_row(r[:8], None if r[8] == NO_DUE else r[8], r[9], r[10],
                         measures.get(r[0], ()), tz) for r in page]
        ids = [r[0] for r in self.conn.execute(
            f"SELECT o.id FROM {source} WHERE {where} "
            f"ORDER BY {order} LIMIT ? OFFSET ?", [*params, limit, offset])]
        if not ids:
            return []
        marks = ", ".join("?" for _ in ids)
        affected = {case_id: name for case_id, (_, name) in self.affected_names(ids).items()}
        kinds = self._page_measures(ids, today)
        rows = {r[0]: r for r in self.conn.execute(
            "SELECT c.id, c.case_no, c.status, c.risk_level, c.district, c.address, c.inspector, "
            f"c.opened_at, d.due_at, d.reason FROM cases c LEFT JOIN case_due d ON d.case_id = c.id "
            f"WHERE c.id IN ({marks})", ids)}
        return [_row(rows[i][:8], rows[i][8], rows[i][9], affected.get(i, ""), kinds.get(i, ()), tz)
                for i in ids]

    def _page_measures(self, ids: list[str], today: dt.date | None) -> dict[str, set[str]]:
        """The kinds of the measures in force of each case of a page."""
        if not ids:
            return {}
        marks = ", ".join("?" for _ in ids)
        measures: dict[str, set[str]] = {}
        for case_id, kind in self.conn.execute(
                f"SELECT case_id, kind FROM measures WHERE case_id IN ({marks}) "
                # "+status": look the cases up by measures_case; the planner otherwise walks
                # every active measure through measures_active_end (300 ms at 40,000 cases).
                "AND +status = 'active' AND deleted = 0"
                + (" AND (valid_to IS NULL OR valid_to >= ?)" if today else ""),
                [*ids, today.isoformat()] if today else ids):
            measures.setdefault(case_id, set()).add(kind)
        return measures

    def affected_names(self, case_ids: list[str]) -> dict[str, tuple[str, str]]:
        """(sort key, "Last First") of the affected person of each case that has one: the
        first by name when there are several."""
        out: dict[str, tuple[str, str]] = {}
        for chunk, marks in id_chunks(case_ids):
            for case_id, last, first in self.conn.execute(
                    "SELECT pa.case_id, p.last_name, p.first_name FROM participants pa "
                    "JOIN persons p ON p.id = pa.person_id "
                    f"WHERE pa.case_id IN ({marks}) "
                    "AND pa.role = 'affected' AND pa.deleted = 0 AND p.deleted = 0", chunk):
                entry = (affected_key(last, first), f"{last} {first}")
                if case_id not in out or entry < out[case_id]:
                    out[case_id] = entry
        return out

    def refresh_affected(self, case_ids: list[str]) -> None:
        """Write the sort key of the affected person of these cases (none: no row)."""
        names = self.affected_names(case_ids)
        for case_id in case_ids:
            if case_id in names:
                self.conn.execute(
                    "INSERT INTO case_affected (case_id, name) VALUES (?, ?) "
                    "ON CONFLICT (case_id) DO UPDATE SET name = excluded.name",
                    (case_id, names[case_id][0]))
            else:
                self.conn.execute("DELETE FROM case_affected WHERE case_id = ?", (case_id,))
            key, name = names.get(case_id, (NO_AFFECTED, ""))
            if self._rows_kept():
                self.conn.execute("UPDATE case_order SET affected = ?, affected_name = ? "
                                  "WHERE id = ?", (key, name, case_id))
            elif self._order_sorts():
                self.conn.execute("UPDATE case_order SET affected = ? WHERE id = ?", (key, case_id))

    def _order_sorts(self) -> bool:
        """Whether case_order has every sort's column yet (schema 12)."""
        return self._has("case_order_affected")

    def _rows_kept(self) -> bool:
        """Whether case_order keeps what a register row shows yet (schema 14)."""
        return self._has("case_order_mine")

    def rebuild_affected(self) -> None:
        """Every case's sort key again, in one pass over persons in their order on disk."""
        self.conn.execute("DELETE FROM case_affected")
        best: dict[str, tuple[str, str]] = {}
        for case_id, last, first in self.conn.execute(
                "SELECT pa.case_id, p.last_name, p.first_name FROM persons p "
                "JOIN participants pa ON pa.person_id = p.id "
                "WHERE pa.role = 'affected' AND pa.deleted = 0 AND p.deleted = 0"):
            entry = (affected_key(last, first), f"{last} {first}")
            if case_id not in best or entry < best[case_id]:
                best[case_id] = entry
        self.conn.executemany("INSERT INTO case_affected (case_id, name) VALUES (?, ?)",
                              [(case_id, key) for case_id, (key, _) in best.items()])
        if self._rows_kept():
            self.conn.execute("UPDATE case_order SET affected = ?, affected_name = ''",
                              (NO_AFFECTED,))
            self.conn.executemany("UPDATE case_order SET affected = ?, affected_name = ? WHERE id = ?",
                                  [(key, name, case_id) for case_id, (key, name) in best.items()])
        elif self._order_sorts():
            self.conn.execute("UPDATE case_order SET affected = coalesce((SELECT a.name FROM "
                              "case_affected a WHERE a.case_id = case_order.id), ?)", (NO_AFFECTED,))

    # --- the register's index of the persons of each case (migration 0011) ----------------

    def _case_people(self) -> bool:
        """Whether the vault has case_people_fts yet (schema 11)."""
        return self._has("case_people_fts")

    def refresh_people(self, case_ids: list[str]) -> None:
        """Index again the persons taking part in these cases: one row per participant, at
        rowids (case rowid << PEOPLE_SHIFT) + 1, + 2, ... (a range per case)."""
        if not case_ids or not self._case_people():
            return
        for case_id in dict.fromkeys(case_ids):
            row = self.conn.execute("SELECT rowid FROM cases WHERE id = ?", (case_id,)).fetchone()
            if row is None:  # the participant arrived before its case: indexed with the case
                continue
            low = row[0] << PEOPLE_SHIFT
            self.conn.execute("DELETE FROM case_people_fts WHERE rowid >= ? AND rowid < ?",
                              (low, low + (1 << PEOPLE_SHIFT)))
            self.conn.execute(
                "INSERT INTO case_people_fts (rowid, body) SELECT ? + row_number() OVER "
                "(ORDER BY pa.rowid), f.body FROM participants pa "
                "JOIN persons p ON p.id = pa.person_id JOIN person_fts f ON f.rowid = p.rowid "
                "WHERE pa.case_id = ? AND pa.deleted = 0 AND p.deleted = 0", (low, case_id))

    def rebuild_people(self) -> None:
        """The whole index again, from person_fts (after the search indexes were rebuilt)."""
        if not self._case_people():
            return
        self.conn.execute("DELETE FROM case_people_fts")
        self.conn.execute(
            "INSERT INTO case_people_fts (rowid, body) SELECT (c.rowid << ?) + row_number() "
            "OVER (PARTITION BY c.rowid ORDER BY pa.rowid), f.body FROM participants pa "
            "JOIN cases c ON c.id = pa.case_id JOIN persons p ON p.id = pa.person_id "
            "JOIN person_fts f ON f.rowid = p.rowid WHERE pa.deleted = 0 AND p.deleted = 0",
            (PEOPLE_SHIFT,))

    def districts(self) -> list[str]:
        if self._has("case_tally"):  # migration 0013: a few rows, whatever the vault's size
            return [r[0] for r in self.conn.execute(
                "SELECT DISTINCT district FROM case_tally WHERE n > 0 ORDER BY district")]
        return [r[0] for r in self.conn.execute(
            # cases_district (migration 0010): one step per case on a narrow index
            "SELECT DISTINCT district FROM cases WHERE deleted = 0 ORDER BY district")]

    # --- drafts ----------------------------------------------------------------------------

    def put_draft(self, d: Draft) -> None:
        self.conn.execute(
            "INSERT INTO drafts (id, kind, case_id, record_id, form_id, form_version, answers, "
            "created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
            "SET answers = excluded.answers, updated_at = excluded.updated_at",
            (d.id, d.kind, d.case_id, d.record_id, d.form_id, d.form_version,
             json.dumps(d.answers, ensure_ascii=False, default=str), d.created_by,
             d.updated_at.isoformat() if d.updated_at else ""))

    def drafts(self, case_id: str | None = None) -> list[Draft]:
        sql = ("SELECT id, kind, case_id, record_id, form_id, form_version, answers, created_by, "
               "updated_at FROM drafts")
        params: list[Any] = []
        if case_id:
            sql += " WHERE case_id = ?"
            params.append(case_id)
        sql += " ORDER BY updated_at DESC"
        return [Draft(id=r[0], kind=r[1], case_id=r[2], record_id=r[3], form_id=r[4],
                      form_version=r[5], answers=json.loads(r[6]), created_by=r[7],
                      updated_at=dt.datetime.fromisoformat(r[8]) if r[8] else None)
                for r in self.conn.execute(sql, params)]

    def delete_draft(self, draft_id: str) -> None:
        self.conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))

    # --- what headquarters has not acknowledged yet ---------------------------------------

    def unsent_changes(self) -> int:
        """Change-log entries after the last sequence headquarters acknowledged."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'sync.acknowledged_seq'").fetchone()
        acked = int(row[0]) if row else 0
        # Sequence numbers are contiguous (AUTOINCREMENT; a rolled-back insert takes its
        # number back with it), so the count is a subtraction, not a scan of the log.
        last = self.conn.execute("SELECT coalesce(max(seq), 0) FROM changes").fetchone()[0]
        return max(last - acked, 0)
