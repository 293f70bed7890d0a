"""Linked persons across inspectors (issue 17 item 7; docs/hq.md, "Linked persons").

The same aggressor may be a person of two families kept by two inspectors, each laptop
holding its own record of him. Headquarters proposes **candidate pairs** of persons whose
owners (hq/authority.py: the device that made the person) differ:

* ``iin``: the same ИИН (twelve digits, any script or spacing as typed), score 100;
* ``name_birth_date``: the same surname, name and patronymic and the same birth date after
  folding (Kazakh letters and ё to their Russian look-alikes, core/text.py ``fold``) and
  transliteration to Latin letters ("Нұрлан" = "Нурлан" = "Nurlan"), score 95 (40 when both
  have an ИИН and they differ: almost surely two people, shown only with a low --min-score);
* ``fuzzy_birth_date`` / ``fuzzy_birth_year``: names alike by rapidfuzz's token-sort ratio
  (at least 85 with the same birth date, 90 with the same birth year), score the ratio
  times 0.95 / 0.85.

Nothing compares every pair: persons are grouped into blocks (the ИИН; the folded name and
birth date; the birth date; the birth year with the first two letters of the surname, and
with the first two of the given name) and only persons of one block are compared, a block
larger than :data:`MAX_BLOCK` split further by the surname's first letter. Only persons who
are in a live case count (a notice names a case). An analyst **confirms** a pair or
**rejects** it, with a note, under their own login (a row of ``links`` and an HQ audit
event); a decided pair, either way, is never proposed again. A confirmed pair sends each
owning device, in an update pack written at once, a notice (sync/notices.py): "the person of
your case X also appears in case Y of inspector Z": a case number and a login, nothing else
about the other family.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from rapidfuzz import fuzz, process

from inspector_desk.core.errors import NotFound, ValidationError
from inspector_desk.core.hygiene import normalize_iin
from inspector_desk.core.text import fold
from inspector_desk.hq import summary, updates
from inspector_desk.hq.keys import HqKeys
from inspector_desk.hq.repo import Repository
from inspector_desk.sync.notices import Notice, notice_line
from inspector_desk.sync.updates import PackContent

MAX_BLOCK = 400
DATE_CUTOFF = 85
YEAR_CUTOFF = 90
MAX_CASES = 5  # per side of a notice
REASONS = ("iin", "name_birth_date", "fuzzy_birth_date", "fuzzy_birth_year", "analyst")

_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh",
    "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    # Latin spellings of the same sounds (passports, the Kazakh Latin alphabet)
    "y": "i", "q": "k", "w": "v", "x": "h", "j": "zh",
})
_NOT_LETTER = re.compile(r"[^a-z]+")


def name_key(text: str) -> str:
    """A name as Latin letters after folding: Cyrillic (Russian or Kazakh) and Latin
    spellings of one name meet ("Нұрлан", "Нурлан", "Nurlan", "Nurlán" → "nurlan")."""
    folded = fold(text or "")
    latin = unicodedata.normalize("NFKD", folded.translate(_LATIN))
    latin = "".join(c for c in latin if not unicodedata.combining(c))
    latin = latin.replace("kh", "h").replace("yu", "iu").replace("ya", "ia")
    return _NOT_LETTER.sub(" ", latin.translate(_LATIN)).strip()


@dataclass
class PersonRow:
    """What the matcher knows of one person at headquarters."""

    person_id: str
    device_id: str
    iin: str | None
    last: str        # name keys
    first: str
    patronymic: str
    birth_date: str | None
    initials: str = ""  # "Ахметов С.Б.": shown in lists (the surname as written, initials)

    @property
    def short(self) -> str:
        return f"{self.last} {self.first}".strip()

    @property
    def full(self) -> str:
        return " ".join(x for x in (self.last, self.first, self.patronymic) if x)

    @property
    def year(self) -> str | None:
        return self.birth_date[:4] if self.birth_date else None


@dataclass
class Side:
    person_id: str
    device_id: str
    login: str
    name: str
    cases: list[tuple[str, str, str, str]] = field(default_factory=list)  # id, number, device, login

    @property
    def case_nos(self) -> list[str]:
        return [c[1] for c in self.cases]


@dataclass
class Candidate:
    ref: str
    a: Side
    b: Side
    reason: str
    score: int


@dataclass
class LinkDecision:
    ref: str
    status: str
    reason: str
    score: int
    notices: dict[str, list[Notice]]
    packs: list[Path]


def pair_ref(a: str, b: str) -> str:
    a, b = sorted((a, b))
    return f"L-{a[:8]}-{b[:8]}"


# --- reading headquarters' records --------------------------------------------------------


def _persons(repo: Repository, ids: list[str] | None = None) -> list[PersonRow]:
    # The record's JSON is parsed here: SQLite's json_extract costs ten times as much.
    sql = ("SELECT r.record_id, coalesce(o.device_id, r.device_id), r.data FROM records r "
           "LEFT JOIN owners o ON o.record_id = r.record_id WHERE r.kind = 'person' AND r.deleted = 0")
    rows: Iterable[tuple] = ()
    if ids is None:
        rows = repo.db.iterate(sql, ())
    else:
        found: list[tuple] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            found += repo.db.query(sql + f" AND r.record_id IN ({', '.join('?' for _ in chunk)})", chunk)
        rows = found
    out = []
    for pid, device, data in rows:
        d = repo.db.json_out(data)
        iin, last, first, patronymic, birth = (d.get(k) for k in (
            "iin", "last_name", "first_name", "patronymic", "birth_date"))
        digits = normalize_iin(str(iin)) if iin else ""
        initials = "".join(f"{x.strip()[0]}." for x in (first, patronymic) if x and x.strip())
        out.append(PersonRow(pid, device, digits if len(digits) == 12 and digits.isdigit() and
                             digits != "0" * 12 else None, name_key(last or ""), name_key(first or ""),
                             name_key(patronymic or ""), str(birth)[:10] if birth else None,
                             " ".join(x for x in (str(last or "").strip(), initials) if x)))
    return out


def _case_links(repo: Repository, person_ids: set[str] | None = None
                ) -> dict[str, list[tuple[str, str, str, str]]]:
    """person id → its live cases: (case id, case number, owning device, owner's login)."""
    cases = {r[0]: (r[0], r[1] or "", r[2], r[3] or "") for r in repo.db.iterate(
        "SELECT r.record_id, r.case_no, coalesce(o.device_id, r.device_id), "
        "coalesce(o.login, r.inspector) FROM records r LEFT JOIN owners o "
        "ON o.record_id = r.record_id WHERE r.kind = 'case' AND r.deleted = 0", ())}
    out: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    for case_id, data in repo.db.iterate(
            "SELECT r.case_id, r.data FROM records r WHERE r.kind = 'participant' AND r.deleted = 0", ()):
        if case_id not in cases:
            continue
        pid = repo.db.json_out(data).get("person_id")
        if (person_ids is None or pid in person_ids) and cases[case_id] not in out[pid]:
            out[pid].append(cases[case_id])
    for v in out.values():
        v.sort(key=lambda c: c[1])
    return out


def _decided(repo: Repository) -> dict[tuple[str, str], str]:
    return {(r[0], r[1]): r[2] for r in repo.db.query("SELECT person_a, person_b, status FROM links")}


# --- matching -----------------------------------------------------------------------------


def score_pair(p: PersonRow, q: PersonRow) -> tuple[str, int] | None:
    """Why two persons may be one, and how sure (0–100); None: no reason."""
    if p.iin and p.iin == q.iin:
        return "iin", 100
    both_iins_differ = bool(p.iin and q.iin)
    if p.birth_date and p.birth_date == q.birth_date and p.full and p.full == q.full \
            and p.last and p.first:
        return "name_birth_date", 40 if both_iins_differ else 95
    if both_iins_differ or not (p.last and p.first and q.last and q.first) or not p.year \
            or p.year != q.year:
        return None
    ratio = _ratio(p, q)
    if p.birth_date == q.birth_date and ratio >= DATE_CUTOFF:
        return "fuzzy_birth_date", round(ratio * 0.95)
    if ratio >= YEAR_CUTOFF:
        return "fuzzy_birth_year", round(ratio * 0.85)
    return None


def _ratio(p: PersonRow, q: PersonRow) -> float:
    if p.patronymic and q.patronymic:
        return fuzz.token_sort_ratio(p.full, q.full)
    return fuzz.token_sort_ratio(p.short, q.short)


def _blocks(persons: list[PersonRow]) -> Iterable[list[PersonRow]]:
    """Groups of persons worth comparing (a person is in several)."""
    keyed: list[dict[Any, list[PersonRow]]] = [defaultdict(list) for _ in range(3)]
    for p in persons:
        if p.birth_date:
            keyed[0][p.birth_date].append(p)
        if p.year and p.last:
            keyed[1][(p.year, p.last[:2])].append(p)
        if p.year and p.first:
            keyed[2][(p.year, p.first[:2])].append(p)
    for by in keyed:
        for block in by.values():
            if len(block) < 2 or len({p.device_id for p in block}) < 2:
                continue
            if len(block) <= MAX_BLOCK:
                yield block
                continue
            split: dict[str, list[PersonRow]] = defaultdict(list)
            for p in block:
                split[p.last[:1]].append(p)
            for part in split.values():
                part.sort(key=lambda p: p.person_id)  # chunks independent of reading order
                for start in range(0, len(part), MAX_BLOCK):  # a degenerate block: bounded
                    if len({p.device_id for p in part[start:start + MAX_BLOCK]}) > 1:
                        yield part[start:start + MAX_BLOCK]


def _exact_groups(persons: list[PersonRow]) -> Iterable[list[PersonRow]]:
    return (group for _kind, group in _exact_groups_of(persons))


def _exact_groups_of(persons: list[PersonRow]) -> Iterable[tuple[str, list[PersonRow]]]:
    by_iin: dict[str, list[PersonRow]] = defaultdict(list)
    by_name: dict[tuple[str, str], list[PersonRow]] = defaultdict(list)
    for p in persons:
        if p.iin:
            by_iin[p.iin].append(p)
        if p.birth_date and p.last and p.first:
            by_name[(p.full, p.birth_date)].append(p)
    for kind, groups in (("iin", by_iin), ("name", by_name)):
        for group in groups.values():
            if len(group) > 1 and len({p.device_id for p in group}) > 1:
                yield kind, group


def find_pairs(persons: list[PersonRow], decided: dict[tuple[str, str], str] | None = None
               ) -> dict[tuple[str, str], tuple[str, int]]:
    """(person a, person b) sorted → (reason, score) for every candidate pair."""
    decided = decided or {}
    found: dict[tuple[str, str], tuple[str, int]] = {}

    def consider(p: PersonRow, q: PersonRow) -> None:
        if p.device_id == q.device_id:
            return
        key = (p.person_id, q.person_id) if p.person_id < q.person_id else (q.person_id, p.person_id)
        if key in found or key in decided:
            return
        scored = score_pair(p, q) if p.person_id < q.person_id else score_pair(q, p)
        if scored is not None:
            found[key] = scored

    for group in _exact_groups(persons):
        for i, p in enumerate(group):
            for q in group[i + 1:]:
                consider(p, q)
    for block in _blocks(persons):
        keys = [p.short for p in block]
        for i, p in enumerate(block[:-1]):
            for _choice, _score, j in process.extract(p.short, keys[i + 1:], scorer=fuzz.token_sort_ratio,
                                                      score_cutoff=min(DATE_CUTOFF, YEAR_CUTOFF) - 10,
                                                      limit=None):
                consider(p, block[i + 1 + j])
    return found


def candidates_scan(repo: Repository, min_score: int = 0) -> list[Candidate]:
    """Every undecided candidate pair, computed from every person (the reference the kept
    pairs are tested against; before HQ schema 6 the page did this on every opening)."""
    linked = _case_links(repo)
    persons = [p for p in _persons(repo) if p.person_id in linked]
    pairs = find_pairs(persons, _decided(repo))
    by_id = {p.person_id: p for p in persons}
    logins = {d.device_id: d.login for d in repo.devices()}
    out = []
    for (a, b), (reason, score) in pairs.items():
        if score < min_score:
            continue
        out.append(Candidate(pair_ref(a, b), _side(by_id[a], linked, logins),
                             _side(by_id[b], linked, logins), reason, score))
    return sorted(out, key=lambda c: (-c.score, c.ref))


def _side(p: PersonRow, linked: dict[str, list[tuple[str, str, str, str]]],
          logins: dict[str, str]) -> Side:
    return Side(p.person_id, p.device_id, logins.get(p.device_id, "?"), p.initials,
                list(linked.get(p.person_id, [])))


# --- the kept candidate pairs (HQ schema 6) ------------------------------------------------
#
# ``link_persons``: every person who counts (alive, in a live case), with its block keys
# (``iin``; ``nb``: the folded name and birth date; ``bd``, ``yl``, ``yf``: the three blocks
# of :func:`_blocks`; ``l1``: the surname's first letter a large block is split by).
# ``link_pairs``: every candidate pair (decided or not; the page leaves out what ``links``
# holds), ``a``/``b`` the ``n`` of the persons in person-id order. merge.refresh calls
# :func:`update` with the persons a change touches, in its transaction: their pairs are
# recomputed from the members of their blocks, found by index. Pairs of two other persons
# change only when a block crosses :data:`MAX_BLOCK` (it is split, or no longer) or a split
# part is larger than it (cut in chunks): then every member of that block or part is redone.
# The result is the one :func:`find_pairs` gives over every person (tests/hq/test_links.py).

PENDING = "link_pairs_pending"
"""``hq_meta`` key set by the schema-6 migration: the pairs are filled on first use."""
PAGE = 200
_BATCH = 400
_COLS = ("person_id", "device_id", "iin", "nb", "bd", "yl", "yf", "l1", "last", "first", "patronymic",
         "birth_date", "initials")
_BLOCK_COLS = ("bd", "yl", "yf")
_AT = {c: i for i, c in enumerate(_COLS)}
_SELECT = f"SELECT n, {', '.join(_COLS)} FROM link_persons"
_INSERT_PAIR = ("INSERT INTO link_pairs (a, b, ref, reason, score) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (a, b) DO NOTHING")
_CUTOFF = min(DATE_CUTOFF, YEAR_CUTOFF) - 10


def _marks(items: list) -> str:
    return ", ".join("?" for _ in items)


def _row(p: PersonRow) -> tuple:
    return (p.person_id, p.device_id, p.iin,
            f"{p.full}|{p.birth_date}" if p.birth_date and p.last and p.first else None,
            p.birth_date, f"{p.year}|{p.last[:2]}" if p.year and p.last else None,
            f"{p.year}|{p.first[:2]}" if p.year and p.first else None,
            p.last[:1], p.last, p.first, p.patronymic, p.birth_date, p.initials)


def _from_row(row: tuple) -> PersonRow:
    return PersonRow(row[0], row[1], row[2], row[8], row[9], row[10], row[11], row[12])


def pending(repo: Repository) -> bool:
    return bool(repo.db.query("SELECT 1 FROM hq_meta WHERE key = ?", (PENDING,)))


def _case_ids(repo: Repository, person_ids: list[str]) -> list[str]:
    """The cases that name these persons (``case_persons``, hq/summary.py), sorted."""
    case_ids: set[str] = set()
    for start in range(0, len(person_ids), _BATCH):
        chunk = person_ids[start:start + _BATCH]
        case_ids.update(r[0] for r in repo.db.query(
            f"SELECT case_id FROM case_persons WHERE person_id IN ({_marks(chunk)})", chunk))
    return sorted(case_ids)


def _live(repo: Repository, ids: list[str]) -> list[PersonRow]:
    """These persons as the matcher sees them, those alive and in a live case (as
    :func:`_case_links` decides, through ``case_persons``, hq/summary.py)."""
    db, wanted = repo.db, set(ids)
    cases = _case_ids(repo, ids)
    linked: set[str] = set()
    for start in range(0, len(cases), _BATCH):
        chunk = cases[start:start + _BATCH]
        live = [r[0] for r in db.query("SELECT record_id FROM records WHERE kind = 'case' AND deleted = 0 "
                                       f"AND record_id IN ({_marks(chunk)})", chunk)]
        if live:
            # ``kind || ''``: by the case index, not by every participant (records_kind)
            for (data,) in db.query("SELECT data FROM records WHERE kind || '' = 'participant' AND deleted = 0 "
                                    f"AND case_id IN ({_marks(live)})", live):
                pid = db.json_out(data).get("person_id")
                if pid in wanted:
                    linked.add(pid)
    return _persons(repo, sorted(linked)) if linked else []


def affected(repo: Repository, record_ids: list[str]) -> set[str]:
    """The persons whose pairs the current versions of these records decide: the persons
    themselves, the person a participant names, every person of a case."""
    db, out, cases = repo.db, set(), []
    for start in range(0, len(record_ids), _BATCH):
        chunk = record_ids[start:start + _BATCH]
        for rid, kind, data in db.query(
                f"SELECT record_id, kind, data FROM records WHERE record_id IN ({_marks(chunk)}) "
                "AND kind IN ('person', 'participant', 'case')", chunk):
            if kind == "person":
                out.add(rid)
            elif kind == "case":
                cases.append(rid)
            elif (pid := db.json_out(data).get("person_id")):
                out.add(pid)
    for start in range(0, len(cases), _BATCH):
        chunk = cases[start:start + _BATCH]
        out.update(r[0] for r in db.query(
            f"SELECT person_id FROM case_persons WHERE case_id IN ({_marks(chunk)})", chunk))
    return out


class _Members:
    """The kept persons of a block (by index), read once per update."""

    def __init__(self, repo: Repository) -> None:
        self.db = repo.db
        self.kept: dict[tuple[str, str], list[tuple[int, tuple]]] = {}

    def __call__(self, col: str, key: str) -> list[tuple[int, tuple]]:
        if (col, key) not in self.kept:
            self.kept[(col, key)] = [(r[0], tuple(r[1:])) for r in self.db.query(
                f"{_SELECT} WHERE {col} = ?", (key,))]
        return self.kept[(col, key)]

    def size(self, col: str, key: str, letter: str) -> tuple[int, int]:
        found = self.db.query(f"SELECT count(*), sum(CASE WHEN l1 = ? THEN 1 ELSE 0 END) FROM link_persons "
                              f"WHERE {col} = ?", (letter, key))[0]
        return int(found[0] or 0), int(found[1] or 0)


def _pairs_of(n: int, row: tuple, members: _Members) -> list[tuple]:
    """Every candidate pair of this kept person, as :func:`find_pairs` finds them."""
    p = _from_row(row)
    exact: dict[int, tuple] = {}
    for col in ("iin", "nb"):
        if row[_AT[col]] is not None:
            exact.update((m, r) for m, r in members(col, row[_AT[col]]) if m != n and r[1] != p.device_id)
    fuzzy: dict[int, tuple] = {}
    for col in _BLOCK_COLS:
        key = row[_AT[col]]
        if key is None:
            continue
        block = members(col, key)
        if len(block) > MAX_BLOCK:
            part = sorted((m for m in block if m[1][7] == p.last[:1]), key=lambda m: m[1][0])
            if len(part) > MAX_BLOCK:
                at = next(i for i, m in enumerate(part) if m[0] == n)
                part = part[at - at % MAX_BLOCK:at - at % MAX_BLOCK + MAX_BLOCK]
            block = part
        others = [m for m in block if m[0] != n and m[1][1] != p.device_id and m[0] not in exact
                  and m[0] not in fuzzy]
        for _choice, _score, j in process.extract(p.short, [_from_row(r).short for _m, r in others],
                                                  scorer=fuzz.token_sort_ratio, score_cutoff=_CUTOFF,
                                                  limit=None):
            fuzzy[others[j][0]] = others[j][1]
    out = []
    for m, r in (*exact.items(), *fuzzy.items()):
        q = _from_row(r)
        (na, pa), (nb, pb) = sorted(((n, p), (m, q)), key=lambda x: x[1].person_id)
        scored = score_pair(pa, pb)
        if scored is not None:
            out.append((na, nb, pair_ref(pa.person_id, pb.person_id), *scored))
    return out


def _drop(repo: Repository, ns: list[int], persons: bool) -> None:
    for start in range(0, len(ns), _BATCH):
        chunk = ns[start:start + _BATCH]
        repo.db.execute(f"DELETE FROM link_pairs WHERE a IN ({_marks(chunk)})", chunk)
        repo.db.execute(f"DELETE FROM link_pairs WHERE b IN ({_marks(chunk)})", chunk)
        if persons:
            repo.db.execute(f"DELETE FROM link_persons WHERE n IN ({_marks(chunk)})", chunk)


def update(repo: Repository, person_ids: Iterable[str]) -> None:
    """Recompute the pairs of these persons (inside the caller's transaction: merge.refresh)."""
    ids = sorted(set(person_ids))
    if not ids or pending(repo):
        return
    db = repo.db
    old: dict[str, tuple[int, tuple]] = {}
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start:start + _BATCH]
        for r in db.query(f"{_SELECT} WHERE person_id IN ({_marks(chunk)})", chunk):
            old[r[1]] = (r[0], tuple(r[1:]))
    new = {p.person_id: _row(p) for p in _live(repo, ids)}
    moved = [pid for pid in ids if (pid in old) != (pid in new) or (pid in old and old[pid][1] != new[pid])]
    if not moved:
        return
    touched = {(col, row[_AT[col]], row[7]) for pid in moved
               for row in (old[pid][1] if pid in old else None, new.get(pid)) if row is not None
               for col in _BLOCK_COLS if row[_AT[col]] is not None}
    sizes = _Members(repo)
    before = {t: sizes.size(*t) for t in touched}
    _drop(repo, [old[pid][0] for pid in moved if pid in old], persons=True)
    rows = [new[pid] for pid in moved if pid in new]
    if rows:
        db.executemany(f"INSERT INTO link_persons ({', '.join(_COLS)}) VALUES ({_marks(list(_COLS))})", rows)
    redo: dict[int, tuple] = {}
    for start in range(0, len(rows), _BATCH):
        chunk = [r[0] for r in rows[start:start + _BATCH]]
        redo.update((r[0], tuple(r[1:])) for r in db.query(
            f"{_SELECT} WHERE person_id IN ({_marks(chunk)})", chunk))
    members = _Members(repo)
    extra: dict[int, tuple] = {}
    for (col, key, letter), (all_before, part_before) in before.items():
        all_after, part_after = sizes.size(col, key, letter)
        if (all_before > MAX_BLOCK) != (all_after > MAX_BLOCK):
            extra.update(members(col, key))       # split now, or no longer
        elif all_after > MAX_BLOCK and (part_before > MAX_BLOCK or part_after > MAX_BLOCK):
            extra.update(m for m in members(col, key) if m[1][7] == letter)  # chunks moved
    extra = {n: r for n, r in extra.items() if n not in redo}
    _drop(repo, sorted(extra), persons=False)
    redo.update(extra)
    pairs = [pair for n, row in sorted(redo.items()) for pair in _pairs_of(n, row, members)]
    if pairs:
        db.executemany(_INSERT_PAIR, pairs)


def _stream(persons: list[PersonRow]) -> Iterable[tuple[str, str, str, int]]:
    """Every candidate pair of ``persons`` as (a, b, reason, score), a pair possibly more
    than once: :func:`find_pairs` without its memory of what it found (the back-fill)."""
    for kind, group in _exact_groups_of(persons):
        by_iin = kind == "iin"
        for i, p in enumerate(group):
            for q in group[i + 1:]:
                # a name group's pair of one ИИН was yielded by the ИИН's group
                if p.device_id != q.device_id and (by_iin or not (p.iin and p.iin == q.iin)):
                    a, b = (p, q) if p.person_id < q.person_id else (q, p)
                    yield a.person_id, b.person_id, *(score_pair(a, b) or ("", 0))
    for block in _blocks(persons):
        keys = [p.short for p in block]
        for i, p in enumerate(block[:-1]):
            for _choice, _score, j in process.extract(p.short, keys[i + 1:], scorer=fuzz.token_sort_ratio,
                                                      score_cutoff=_CUTOFF, limit=None):
                q = block[i + 1 + j]
                if p.device_id == q.device_id or (p.iin and p.iin == q.iin) or (
                        p.birth_date and p.last and p.first and p.birth_date == q.birth_date
                        and p.full == q.full and q.last and q.first):
                    continue  # another owner's, or an exact group's (above)
                a, b = (p, q) if p.person_id < q.person_id else (q, p)
                scored = score_pair(a, b)
                if scored is not None:
                    yield a.person_id, b.person_id, *scored


def rebuild(repo: Repository) -> None:
    """Fill the kept pairs from every person (the schema-6 back-fill; the bench after
    writing rows directly), inside the caller's transaction."""
    db = repo.db
    db.execute("DELETE FROM link_pairs", ())
    db.execute("DELETE FROM link_persons", ())
    db.execute("DELETE FROM hq_meta WHERE key = ?", (PENDING,))
    linked = _case_links(repo)
    persons = [p for p in _persons(repo) if p.person_id in linked]
    rows = [_row(p) for p in persons]
    for start in range(0, len(rows), 5000):
        db.executemany(f"INSERT INTO link_persons ({', '.join(_COLS)}) VALUES ({_marks(list(_COLS))})",
                       rows[start:start + 5000])
    num = {pid: n for n, pid in db.iterate("SELECT n, person_id FROM link_persons", ())}
    # Written unindexed first (a pair may come twice), then once per pair in (a, b) order,
    # the other indexes built after: millions of pairs on a large headquarters.
    indexes = [x for x in _split_ddl() if x.startswith("CREATE INDEX link_pairs")]
    for stmt in indexes:
        db.execute(f"DROP INDEX IF EXISTS {stmt.split()[2]}", ())
    db.execute("CREATE TEMP TABLE IF NOT EXISTS link_pairs_fill (a BIGINT NOT NULL, b BIGINT NOT NULL, "
               "ref TEXT NOT NULL, reason TEXT NOT NULL, score INTEGER NOT NULL)", ())
    db.execute("DELETE FROM link_pairs_fill", ())
    batch: list[tuple] = []
    for a, b, reason, score in _stream(persons):
        if reason:
            batch.append((num[a], num[b], pair_ref(a, b), reason, score))
        if len(batch) >= 50000:
            db.executemany("INSERT INTO link_pairs_fill (a, b, ref, reason, score) VALUES (?, ?, ?, ?, ?)", batch)
            batch = []
    if batch:
        db.executemany("INSERT INTO link_pairs_fill (a, b, ref, reason, score) VALUES (?, ?, ?, ?, ?)", batch)
    db.execute("INSERT INTO link_pairs (a, b, ref, reason, score) SELECT a, b, min(ref), min(reason), "
               "min(score) FROM link_pairs_fill GROUP BY a, b ORDER BY a, b", ())
    db.execute("DROP TABLE link_pairs_fill", ())
    for stmt in indexes:
        db.execute(stmt, ())


def _split_ddl() -> list[str]:
    from inspector_desk.hq.schema import DDL_6

    return [" ".join(x.split()) for x in DDL_6.split(";") if x.strip()]


def ensure(repo: Repository, now: dt.datetime | None = None) -> None:
    """After the schema-6 migration: fill the pairs once (the per-case summary first: the
    updates read its ``case_persons``)."""
    if pending(repo):
        summary.ensure(repo, now or dt.datetime.now(dt.timezone.utc))
        with repo.transaction():
            if pending(repo):
                rebuild(repo)


def _cases_of(repo: Repository, person_ids: list[str]) -> dict[str, list[tuple[str, str, str, str]]]:
    """:func:`_case_links` for these persons only (by ``case_persons``)."""
    db, wanted = repo.db, set(person_ids)
    ids = _case_ids(repo, person_ids)
    out: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start:start + _BATCH]
        cases = {r[0]: (r[0], r[1] or "", r[2], r[3] or "") for r in db.query(
            "SELECT r.record_id, r.case_no, coalesce(o.device_id, r.device_id), coalesce(o.login, r.inspector) "
            # "kind || ''": look the cases up by id; on kind's index the planner walked every
            # case (218 ms for a page at 40,000 households, 1 ms by id).
            "FROM records r LEFT JOIN owners o ON o.record_id = r.record_id WHERE r.kind || '' = 'case' "
            f"AND r.deleted = 0 AND r.record_id IN ({_marks(chunk)})", chunk)}
        live = sorted(cases)
        if not live:
            continue
        for case_id, data in db.query("SELECT case_id, data FROM records WHERE kind || '' = 'participant' "
                                      f"AND deleted = 0 AND case_id IN ({_marks(live)})", live):
            pid = db.json_out(data).get("person_id")
            if pid in wanted and cases[case_id] not in out[pid]:
                out[pid].append(cases[case_id])
    for v in out.values():
        v.sort(key=lambda c: c[1])
    return out


def candidates(repo: Repository, min_score: int = 0, offset: int = 0, limit: int | None = None
               ) -> list[Candidate]:
    """Undecided candidate pairs, best first (score, then reference), from the kept pairs:
    ``limit`` of them from ``offset`` (all: None)."""
    ensure(repo)
    sql = ("SELECT pa.person_id, pa.device_id, pa.initials, pb.person_id, pb.device_id, pb.initials, "
           "p.reason, p.score FROM link_pairs p JOIN link_persons pa ON pa.n = p.a "
           "JOIN link_persons pb ON pb.n = p.b WHERE p.score >= ? AND NOT EXISTS (SELECT 1 FROM links l "
           "WHERE l.person_a = pa.person_id AND l.person_b = pb.person_id) ORDER BY p.score DESC, p.ref")
    params: list[Any] = [min_score]
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    rows = repo.db.query(sql, params)
    linked = _cases_of(repo, sorted({r[0] for r in rows} | {r[3] for r in rows}))
    logins = {d.device_id: d.login for d in repo.devices()}

    def side(pid: str, device: str, initials: str) -> Side:
        return Side(pid, device, logins.get(device, "?"), initials, list(linked.get(pid, [])))

    return [Candidate(pair_ref(r[0], r[3]), side(*r[0:3]), side(*r[3:6]), r[6], r[7]) for r in rows]


# --- deciding -----------------------------------------------------------------------------


def resolve_pair(repo: Repository, ref: str) -> tuple[str, str]:
    """The two person ids a reference names: ``L-aaaaaaaa-bbbbbbbb`` as listed (id prefixes
    of at least 8 characters), or two whole ids separated by a comma."""
    text = ref.strip().lower()
    if text.startswith("l-"):
        text = text[2:]
    if "," in text:
        parts = [x.strip() for x in text.split(",")]
    else:
        m = re.fullmatch(r"([0-9a-f]{8,})-([0-9a-f]{8,})", text)
        parts = [m.group(1), m.group(2)] if m else []
    if len(parts) != 2 or any(len(x) < 8 or not re.fullmatch(r"[0-9a-f-]+", x) for x in parts):
        raise NotFound("no pair of persons with this reference", kind="link", id=ref)
    ids = []
    for prefix in parts:
        found = [r[0] for r in repo.db.query(
            "SELECT record_id FROM records WHERE kind = 'person' AND record_id LIKE ?", (prefix + "%",))]
        if len(found) != 1:
            raise NotFound("no pair of persons with this reference" if not found else
                           "the reference names several persons: give longer ids", kind="link", id=ref)
        ids.append(found[0])
    if ids[0] == ids[1]:
        raise NotFound("no pair of persons with this reference", kind="link", id=ref)
    a, b = sorted(ids)
    return a, b


def _notices(a: Side, b: Side, at: str) -> dict[str, list[Notice]]:
    """device → its notices: one per own case × the other's case (at most MAX_CASES each)."""
    out: dict[str, list[Notice]] = {}
    for mine, other in ((a, b), (b, a)):
        own = [c for c in mine.cases if c[2] == mine.device_id][:MAX_CASES]
        theirs = ([c for c in other.cases if c[2] == other.device_id] or
                  [c for c in other.cases if c[2] != mine.device_id])[:MAX_CASES]
        notes = [Notice(str(uuid.uuid4()), "linked_person", at, case_id, case_no, mine.person_id,
                        o_no, o_login)
                 for case_id, case_no, _d, _l in own for _oid, o_no, _od, o_login in theirs
                 if case_no and o_no and o_login]
        if notes:
            out.setdefault(mine.device_id, []).extend(notes)
    return out


def _decide(repo: Repository, ref: str, status: str, note: str, actor: str, at: str
            ) -> tuple[LinkDecision, int]:
    if not note.strip():
        raise ValidationError({"note": ["required"]})
    a, b = resolve_pair(repo, ref)
    if repo.db.query("SELECT 1 FROM links WHERE person_a = ? AND person_b = ?", (a, b)):
        raise ValidationError({"": ["link_already_decided"]})
    rows = {p.person_id: p for p in _persons(repo, [a, b])}
    if len(rows) != 2:
        raise NotFound("no pair of persons with this reference", kind="link", id=ref)
    pa, pb = rows[a], rows[b]
    if pa.device_id == pb.device_id:
        raise ValidationError({"": ["link_same_inspector"]})
    linked = _case_links(repo, {a, b})
    logins = {d.device_id: d.login for d in repo.devices()}
    sa, sb = _side(pa, linked, logins), _side(pb, linked, logins)
    reason, score = score_pair(pa, pb) or ("analyst", 0)
    notices = _notices(sa, sb, at) if status == "confirmed" else {}
    ref = pair_ref(a, b)
    cases = {"a": sa.case_nos, "b": sb.case_nos,
             "notices": {d: [n.notice_id for n in ns] for d, ns in notices.items()}}
    repo.db.execute(
        "INSERT INTO links (person_a, person_b, device_a, device_b, status, reason, score, actor, at, "
        "note, cases, sent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (a, b, pa.device_id, pb.device_id, status, reason, score, actor, at, note.strip(),
         json.dumps(cases, ensure_ascii=False, sort_keys=True), json.dumps({"packs": []})))
    link_id = repo.db.query("SELECT id FROM links WHERE person_a = ? AND person_b = ?", (a, b))[0][0]
    repo.add_event(at, actor, "link_confirm" if status == "confirmed" else "link_reject", ref,
                   f"{reason} {score}: {sa.login} {', '.join(sa.case_nos) or '-'} / "
                   f"{sb.login} {', '.join(sb.case_nos) or '-'}: {note.strip()}")
    return LinkDecision(ref, status, reason, score, notices, []), link_id


def confirm(repo: Repository, keys: HqKeys, ref: str, *, note: str, actor: str, at: str,
            out_dir: Path) -> LinkDecision:
    """The two persons are one: recorded, and each owning device receives its notices in an
    update pack (written after the decision is committed; a device that is not approved
    receives none)."""
    with repo.transaction():
        decision, link_id = _decide(repo, ref, "confirmed", note, actor, at)
    for device_id, notes in sorted(decision.notices.items()):
        device = repo.device(device_id)
        if device is None or device.status != "approved":
            continue
        content = PackContent(notices=[notice_line(n) for n in notes])
        decision.packs.append(updates.issue(repo, keys, device_id, content, out_dir, at, actor))
    with repo.transaction():
        repo.db.execute("UPDATE links SET sent = ? WHERE id = ?",
                        (json.dumps({"packs": [p.name for p in decision.packs]}), link_id))
    return decision


def reject(repo: Repository, ref: str, *, note: str, actor: str, at: str) -> LinkDecision:
    """Not the same person: recorded; the pair is never proposed again."""
    with repo.transaction():
        decision, _id = _decide(repo, ref, "rejected", note, actor, at)
    return decision


def decisions(repo: Repository) -> list[dict[str, Any]]:
    cols = ("id", "person_a", "person_b", "device_a", "device_b", "status", "reason", "score",
            "actor", "at", "note", "cases", "sent")
    out = []
    for r in repo.db.query(f"SELECT {', '.join(cols)} FROM links ORDER BY id"):
        d = dict(zip(cols, r))
        d["cases"], d["sent"] = repo.db.json_out(d["cases"]), repo.db.json_out(d["sent"])
        d["ref"] = pair_ref(d["person_a"], d["person_b"])
        out.append(d)
    return out


__all__ = ["Candidate", "LinkDecision", "PersonRow", "Side", "affected", "candidates", "candidates_scan",
           "confirm", "decisions", "ensure", "find_pairs", "pending", "rebuild", "update", "name_key", "pair_ref", "reject", "resolve_pair", "score_pair"]
