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
from inspector_desk.hq import updates
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
                for start in range(0, len(part), MAX_BLOCK):  # a degenerate block: bounded
                    if len({p.device_id for p in part[start:start + MAX_BLOCK]}) > 1:
                        yield part[start:start + MAX_BLOCK]


def _exact_groups(persons: list[PersonRow]) -> Iterable[list[PersonRow]]:
    by_iin: dict[str, list[PersonRow]] = defaultdict(list)
    by_name: dict[tuple[str, str], list[PersonRow]] = defaultdict(list)
    for p in persons:
        if p.iin:
            by_iin[p.iin].append(p)
        if p.birth_date and p.last and p.first:
            by_name[(p.full, p.birth_date)].append(p)
    for group in (*by_iin.values(), *by_name.values()):
        if len(group) > 1 and len({p.device_id for p in group}) > 1:
            yield group


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
        scored = score_pair(p, q)
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


def candidates(repo: Repository, min_score: int = 0) -> list[Candidate]:
    """Every undecided candidate pair of persons of two owners, best first."""
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


__all__ = ["Candidate", "LinkDecision", "PersonRow", "Side", "candidates", "confirm", "decisions",
           "find_pairs", "name_key", "pair_ref", "reject", "resolve_pair", "score_pair"]
