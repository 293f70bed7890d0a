"""Search as you type: persons and cases found by the start of their words (person_fts,
case_fts) or by a piece of a phone number (phone_fts, search_phone.py).

One part of :class:`~inspector_desk.storage.store.VaultStore` (storage/base.py). The store
keeps the indexes as records are saved (``VaultStore.put``; the text from
codec.search_text); the register's text filter (register.py) matches the same way.
"""

from __future__ import annotations

from typing import Any

from inspector_desk.core.ports import SearchHit
from inspector_desk.core.records import FamilyCase, Person
from inspector_desk.storage.base import StoreBase
from inspector_desk.storage.codec import decode
from inspector_desk.storage.search_phone import phone_match


def prefix_match(query_words: list[str]) -> str:
    """The FTS5 query that every word match the start of a word: ``"w1"* AND "w2"*``."""
    return " AND ".join('"' + w.replace('"', '""') + '"*' for w in query_words)


class Search(StoreBase):
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
        match = prefix_match(query_words)
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
