"""Follow-up: each case's next contact (case_due, kept on every save by the services), the
lists of what is due, and the measures whose end is near, read without decoding whole cases.

One part of :class:`~inspector_desk.storage.store.VaultStore` (storage/base.py).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from inspector_desk.core.records import Measure
from inspector_desk.core.rules import Due
from inspector_desk.storage.base import StoreBase, id_chunks
from inspector_desk.storage.codec import decode
from inspector_desk.storage.register import NO_DUE


class FollowUp(StoreBase):
    def set_case_due(self, case_id: str, inspector: str, due: Due | None) -> None:
        if due is None:
            self.conn.execute("DELETE FROM case_due WHERE case_id = ?", (case_id,))
        else:
            self.conn.execute(
                "INSERT INTO case_due (case_id, inspector, due_at, reason) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (case_id) DO UPDATE SET inspector = excluded.inspector, "
                "due_at = excluded.due_at, reason = excluded.reason",
                (case_id, inspector, int(due.at.timestamp()), due.reason))
        # The register's sort column (migration 0010): the same instant, or the sentinel.
        key = int(due.at.timestamp()) if due else NO_DUE
        if self._has("case_order_mine"):  # schema 14: the row shows the reason too
            self.conn.execute("UPDATE case_order SET due_key = ?, due_reason = ? WHERE id = ?",
                              (key, due.reason if due else "", case_id))
        elif self._case_order():
            self.conn.execute("UPDATE case_order SET due_key = ? WHERE id = ?", (key, case_id))

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
        for chunk, marks in id_chunks(case_ids):
            out.update(r[0] for r in self.conn.execute(
                "SELECT DISTINCT case_id FROM measures WHERE case_id IN "
                f"({marks}) AND +kind = ? AND deleted = 0", [*chunk, kind]))
        return out

    def case_numbers(self, case_ids: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for chunk, marks in id_chunks(case_ids):
            out.update(self.conn.execute(
                f"SELECT id, case_no FROM cases WHERE id IN ({marks})", chunk).fetchall())
        return out

    def first_affected(self, case_ids: list[str]) -> dict[str, tuple[str, str, str]]:
        """(last name, first name, patronymic) of the affected person of each case that has
        one: the first made when there are several. One query per 500 cases."""
        best: dict[str, tuple[str, int, str, str, str]] = {}
        for chunk, marks in id_chunks(case_ids):
            for case_id, made, order, last, first, patronymic in self.conn.execute(
                    "SELECT pa.case_id, coalesce(pa.created_at, ''), pa.rowid, p.last_name, "
                    "p.first_name, "
                    "p.patronymic FROM participants pa JOIN persons p ON p.id = pa.person_id "
                    f"WHERE pa.case_id IN ({marks}) AND pa.role = 'affected' AND pa.deleted = 0",
                    chunk):
                if case_id not in best or (made, order) < best[case_id][:2]:
                    best[case_id] = (made, order, last, first, patronymic)
        return {case_id: entry[2:] for case_id, entry in best.items()}

    def active_measures_ending(self, until: dt.date, inspector: str | None,
                               since: dt.date | None = None,
                               limit: int | None = None) -> list[Measure]:
        """Active measures whose end falls in [since, until] (all ended ones when no since),
        the soonest end first; the first ``limit`` of them when given."""
        where, params = self._ending_where(until, inspector, since)
        sql = f"SELECT m.* FROM measures m JOIN cases c ON c.id = m.case_id WHERE {where} " \
              "ORDER BY m.valid_to, m.id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [decode(Measure, dict(r)) for r in self.conn.execute(sql, params)]

    def active_measures_ending_count(self, until: dt.date, inspector: str | None,
                                     since: dt.date | None = None) -> int:
        """How many measures :meth:`active_measures_ending` has without a limit."""
        where, params = self._ending_where(until, inspector, since)
        return int(self.conn.execute(
            f"SELECT count(*) FROM measures m JOIN cases c ON c.id = m.case_id WHERE {where}",
            params).fetchone()[0])

    @staticmethod
    def _ending_where(until: dt.date, inspector: str | None,
                      since: dt.date | None) -> tuple[str, list[Any]]:
        where = "m.status = 'active' AND m.deleted = 0 AND m.valid_to <= ?"
        params: list[Any] = [until.isoformat()]
        if since is not None:
            where += " AND m.valid_to >= ?"
            params.append(since.isoformat())
        if inspector:
            where += " AND c.inspector = ?"
            params.append(inspector)
        return where, params
