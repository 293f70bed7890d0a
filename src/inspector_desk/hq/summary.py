"""The per-case summary headquarters keeps beside the records (HQ schema 5; docs/hq.md,
"Caseload and statistics at scale").

Caseload and the monthly statistics used to be recomputed from every current record of every
case (322,600 rows at 40,000 households: 16 s for the caseload, minutes for the figures).
They now read what this module keeps, in the same transaction as the record change
(``merge.refresh``, the one place every import, decision and reassignment makes a version
current):

* ``case_summary``: one row per case: district, inspector, case number, status, risk level,
  whether it is open, the next contact due (``core.rules.next_due``: it has no notion of
  today, so it is kept as is and compared with the clock when read), the active measures'
  last days (``ends``: "ending within 5 days" is counted when read), the court decisions
  missing that do not depend on the day, and whether the case has court requirements.
* ``case_persons``: the persons a case's participants name (a person's new version changes
  the victims' categories of those cases).
* ``case_figures``: for each month that has been asked for (``figure_months``), each case's
  own share of that month's figures (``core.statistics.monthly_statistics`` run on that case
  alone: every figure is a sum over cases), with the moment it was computed for and the
  first later moment at which it could change (``stable_until``: a record's date or time, a
  midnight after a date, the next contact due, the end of the month). A finished month's
  share never changes with the clock. Only non-zero figures are kept.
* ``figure_groups``: the sums of those shares per district, per inspector and for all
  (``*``), updated by difference whenever a share changes.

Reading a month's figures = the group sums, the overdue cases, plus recomputing the few
shares whose ``stable_until`` has passed. The answers are identical to computing
``monthly_statistics`` over the groups (tests/hq/test_summary.py compares them).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import typing
from collections import defaultdict
from typing import Any, Iterable

from inspector_desk.core.kinds import KINDS
from inspector_desk.core.ports import KZ_TZ
from inspector_desk.core.records import FamilyCase
from inspector_desk.core.rules import FollowUpRules
from inspector_desk.core.statistics import (
    TOTAL_GROUP,
    GroupFigures,
    Month,
    MonthlyStatistics,
    OverdueCase,
    _latest_level,
    _local,
    monthly_statistics,
)
from inspector_desk.sync.records_codec import record_from_json

PENDING = "case_summary_pending"
"""``hq_meta`` key set by the schema-5 migration: the summary is filled on first use."""
FINAL = "9999-12-31T00:00:00.000000"


def _stat_kinds() -> dict[str, str]:
    """Kind -> the argument of ``monthly_statistics`` that takes its records: each kind of a
    case (core/kinds.py) the statistics read, found by the record class the argument is an
    ``Iterable`` of (attachments are not read; cases and persons are passed apart)."""
    hints = typing.get_type_hints(monthly_statistics)
    return {k.name: arg for k in KINDS if k.in_case
            for arg, hint in hints.items() if typing.get_args(hint) == (k.cls,)}


STAT_KINDS = _stat_kinds()
_SKIP = {"month", "inspector", "as_of", "overdue", "adult_age", "elderly_age"}
_BATCH = 400
_rules: FollowUpRules | None = None


def rules() -> FollowUpRules:
    global _rules
    if _rules is None:
        from inspector_desk.hq.report import default_rules

        _rules = default_rules()
    return _rules


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).replace(tzinfo=None).isoformat(timespec="microseconds")


def _marks(items: list) -> str:
    return ", ".join("?" for _ in items)


# --- what a case's records are -------------------------------------------------------------------


@dataclasses.dataclass
class CaseInput:
    case_id: str
    column_district: str | None     # the ``records`` columns the report groups by
    column_inspector: str | None
    column_deleted: bool
    data: dict[str, Any]
    records: list[tuple[str, dict[str, Any], bool]]   # (kind, data, deleted column)
    persons: dict[str, dict[str, Any]]


def load(repo: Any, case_ids: Iterable[str]) -> dict[str, CaseInput]:
    """The case rows, their records and the persons their participants name."""
    ids = list(dict.fromkeys(case_ids))
    db = repo.db
    out: dict[str, CaseInput] = {}
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start:start + _BATCH]
        for rid, district, inspector, deleted, data in db.query(
                "SELECT record_id, district, inspector, deleted, data FROM records "
                f"WHERE kind = 'case' AND record_id IN ({_marks(chunk)})", chunk):
            out[rid] = CaseInput(rid, district, inspector, bool(deleted), db.json_out(data), [], {})
        for kind, case_id, deleted, data in db.query(
                "SELECT kind, case_id, deleted, data FROM records "
                f"WHERE case_id IN ({_marks(chunk)}) AND kind != 'case'", chunk):
            if case_id in out:
                out[case_id].records.append((kind, db.json_out(data), bool(deleted)))
    _persons(repo, out.values())
    return out


def _persons(repo: Any, inputs: Iterable[CaseInput]) -> None:
    wanted: dict[str, list[CaseInput]] = defaultdict(list)
    for ci in inputs:
        for kind, data, _deleted in ci.records:
            if kind == "participant" and not data.get("deleted") and data.get("person_id"):
                wanted[data["person_id"]].append(ci)
    ids = list(wanted)
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start:start + _BATCH]
        for rid, data in repo.db.query(
                f"SELECT record_id, data FROM records WHERE kind = 'person' AND record_id IN ({_marks(chunk)})",
                chunk):
            d = repo.db.json_out(data)
            for ci in wanted[rid]:
                ci.persons[rid] = d


def load_all(repo: Any) -> dict[str, CaseInput]:
    """Every case at once (the back-fill and a month's first computation)."""
    db = repo.db
    out: dict[str, CaseInput] = {}
    for rid, district, inspector, deleted, data in db.iterate(
            "SELECT record_id, district, inspector, deleted, data FROM records WHERE kind = 'case'", ()):
        out[rid] = CaseInput(rid, district, inspector, bool(deleted), db.json_out(data), [], {})
    kinds = ", ".join(f"'{k}'" for k in STAT_KINDS)
    for kind, case_id, deleted, data in db.iterate(
            f"SELECT kind, case_id, deleted, data FROM records WHERE kind IN ({kinds})", ()):
        if case_id in out:
            out[case_id].records.append((kind, db.json_out(data), bool(deleted)))
    persons = {rid: db.json_out(data) for rid, data in db.iterate(
        "SELECT record_id, data FROM records WHERE kind = 'person'", ())}
    for ci in out.values():
        for kind, data, _deleted in ci.records:
            pid = data.get("person_id") if kind == "participant" and not data.get("deleted") else None
            if pid and pid in persons:
                ci.persons[pid] = persons[pid]
    return out


# --- the caseload row ----------------------------------------------------------------------------


def _summary_row(ci: CaseInput, r: FollowUpRules) -> tuple | None:
    """The ``case_summary`` row of a case (as service.py ``_caseload``/``_flags`` read it)."""
    if ci.column_deleted:
        return None
    c = record_from_json("case", ci.data)
    if not isinstance(c, FamilyCase):
        return None
    lists: dict[str, list[Any]] = {"visit": [], "incident": [], "measure": []}
    for kind, data, deleted in ci.records:
        if kind in lists and not deleted:
            lists[kind].append(record_from_json(kind, data))
    due = r.next_due(c, lists["visit"], lists["incident"], lists["measure"])
    measures = lists["measure"]
    active = [m for m in measures if not m.deleted and m.status == "active"]
    ends = sorted([m.valid_to.isoformat(), m.kind] for m in active if m.valid_to is not None)
    court_req = any(m.kind == "special_requirements" for m in measures if not m.deleted)
    court_fixed = sum(1 for m in active if m.kind == "special_requirements" and m.court_decision_date is None)
    return (c.id, c.case_no, c.district, c.inspector, c.status, c.risk_level,
            0 if c.status == "closed" else 1, due.at.isoformat() if due else None,
            due.reason if due else "", json.dumps(ends), int(court_req), court_fixed)


SUMMARY_COLS = ("case_id", "case_no", "district", "inspector", "status", "risk_level", "open", "due_at",
                "due_reason", "ends", "court_requirements", "court_missing")


# --- a case's share of a month's figures ---------------------------------------------------------


def _inputs(ci: CaseInput) -> dict[str, Any]:
    out: dict[str, list[Any]] = {name: [] for name in STAT_KINDS.values()}
    for kind, data, _deleted in ci.records:
        if kind in STAT_KINDS:
            out[STAT_KINDS[kind]].append(record_from_json(kind, data))
    pids = sorted({p.person_id for p in out["participants"] if not p.deleted})
    out["persons"] = [record_from_json("person", ci.persons[p]) for p in pids if p in ci.persons]
    return out


def _sparse(stats: MonthlyStatistics) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in dataclasses.fields(stats):
        if f.name in _SKIP:
            continue
        v = getattr(stats, f.name)
        if isinstance(v, dict):
            nz = {k: n for k, n in v.items() if n}
            if nz:
                out[f.name] = nz
        elif v:
            out[f.name] = v
    return out


def _add(total: dict[str, Any], part: dict[str, Any], sign: int = 1) -> None:
    for k, v in part.items():
        if isinstance(v, dict):
            sub = total.setdefault(k, {})
            for code, n in v.items():
                sub[code] = sub.get(code, 0) + sign * n
                if not sub[code]:
                    del sub[code]
            if not sub:
                del total[k]
        else:
            total[k] = total.get(k, 0) + sign * v
            if not total[k]:
                del total[k]


def _instants(values: Iterable[Any], into: set[dt.datetime]) -> None:
    """Every moment a date or time among these values could change a figure at: the moment
    itself, the midnight that starts its day and the next midnight (unit time)."""
    for v in values:
        if isinstance(v, dict):
            _instants(v.values(), into)
        elif isinstance(v, list):
            _instants(v, into)
        elif isinstance(v, str) and 10 <= len(v) <= 40 and v[:4].isdigit() and v[4:5] == "-":
            try:
                if len(v) == 10:
                    day = dt.date.fromisoformat(v)
                else:
                    moment = _local(dt.datetime.fromisoformat(v))
                    into.add(moment)  # type: ignore[arg-type]
                    day = moment.date()  # type: ignore[union-attr]
            except ValueError:
                continue
            start = dt.datetime.combine(day, dt.time(), tzinfo=KZ_TZ)
            into.add(start)
            into.add(start + dt.timedelta(days=1))


def share(ci: CaseInput, month: Month, now: dt.datetime, r: FollowUpRules) -> tuple[dict, list, str, str]:
    """(figures, overdue entries, as_of, stable_until) of one case for one month."""
    recs = _inputs(ci)
    case = record_from_json("case", ci.data)
    stats = monthly_statistics(month, now=now, cases=[case], rules=r, inspector=None, **recs)
    as_of = stats.as_of
    overdue = [[o.case_id, o.case_no, o.due_at.isoformat(), o.reason] for o in stats.overdue or []]
    last = month.end - dt.timedelta(seconds=1)
    if as_of >= last:
        return _sparse(stats), overdue, _utc(as_of), FINAL
    moments: set[dt.datetime] = set()
    _instants([ci.data, *(d for _k, d, _del in ci.records)], moments)
    # the next contact due of the case as the figures see it at as_of (monthly_statistics)
    if not case.deleted:
        opened = _local(case.opened_at) or _local(case.created_at)
        closed = _local(case.closed_at)
        if (opened is None or opened <= as_of) and (closed is None or closed > as_of):
            mine = {k: [x for x in v if not x.deleted and x.case_id == case.id]
                    for k, v in recs.items() if k in ("visits", "incidents", "measures", "risks")}
            level = _latest_level(mine["risks"], as_of)
            then = dataclasses.replace(case, status="active" if case.status == "closed" else case.status,
                                       risk_level=level, closed_at=None)
            due = r.next_due(
                then, [v for v in mine["visits"] if v.visit_at and _local(v.visit_at) <= as_of],
                [i for i in mine["incidents"] if i.reported_at and _local(i.reported_at) <= as_of],
                [m for m in mine["measures"] if (_local(m.issued_at) or _local(m.created_at) or as_of) <= as_of])
            if due is not None:
                moments.add(_local(due.at))  # type: ignore[arg-type]
    later = [m for m in moments if m > as_of and m <= last]
    return _sparse(stats), overdue, _utc(as_of), _utc(min(later)) if later else FINAL


# --- keeping it current --------------------------------------------------------------------------


COMPUTED = "figures_computed_for:"
"""``hq_meta`` key + month: the latest ``computed_for`` among that month's kept shares (an
upper bound), so that reading the month need not scan them for shares computed for a later
moment than asked (the clock set back); absent: scanned once, then kept."""


def _computed_mark(repo: Any, month: str) -> str | None:
    found = repo.db.query("SELECT value FROM hq_meta WHERE key = ?", (COMPUTED + month,))
    return found[0][0] if found else None


def _mark_computed(repo: Any, month: str, latest: str | None, replace: bool = False) -> None:
    """Raise the month's mark to ``latest`` (``replace``: set it, the month computed anew)."""
    if latest is None:
        return
    old = None if replace else _computed_mark(repo, month)
    if old is not None and old >= latest:
        return
    repo.db.execute("DELETE FROM hq_meta WHERE key = ?", (COMPUTED + month,))
    repo.db.execute("INSERT INTO hq_meta (key, value) VALUES (?, ?)", (COMPUTED + month, latest))


def pending(repo: Any) -> bool:
    return bool(repo.db.query("SELECT 1 FROM hq_meta WHERE key = ?", (PENDING,)))


def months(repo: Any) -> list[str]:
    return [r[0] for r in repo.db.query("SELECT month FROM figure_months ORDER BY month")]


def affected(repo: Any, record_ids: list[str]) -> set[str]:
    """The cases whose summary the current versions of these records feed (a person: every
    case that names it)."""
    out: set[str] = set()
    persons = []
    for start in range(0, len(record_ids), _BATCH):
        chunk = record_ids[start:start + _BATCH]
        for rid, kind, case_id in repo.db.query(
                f"SELECT record_id, kind, case_id FROM records WHERE record_id IN ({_marks(chunk)})", chunk):
            if kind == "person":
                persons.append(rid)
            elif case_id:
                out.add(case_id)
    for start in range(0, len(persons), _BATCH):
        chunk = persons[start:start + _BATCH]
        out.update(r[0] for r in repo.db.query(
            f"SELECT DISTINCT case_id FROM case_persons WHERE person_id IN ({_marks(chunk)})", chunk))
    return out


def update(repo: Any, case_ids: Iterable[str], at: str | dt.datetime) -> None:
    """Recompute these cases' summary rows and their shares of every month asked for so far
    (inside the caller's transaction)."""
    if pending(repo):
        return  # filled from scratch on first use
    ids = sorted(set(case_ids))
    if not ids:
        return
    now = at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(at)
    if now.tzinfo is None:
        now = now.replace(tzinfo=dt.timezone.utc)
    inputs = load(repo, ids)
    _write_summary(repo, ids, inputs)
    for month in months(repo):
        _write_shares(repo, Month.parse(month), now, ids, inputs)


def _write_summary(repo: Any, ids: list[str], inputs: dict[str, CaseInput]) -> None:
    db, r = repo.db, rules()
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start:start + _BATCH]
        db.execute(f"DELETE FROM case_summary WHERE case_id IN ({_marks(chunk)})", chunk)
        db.execute(f"DELETE FROM case_persons WHERE case_id IN ({_marks(chunk)})", chunk)
    rows = [row for ci in (inputs[i] for i in ids if i in inputs) if (row := _summary_row(ci, r))]
    if rows:
        db.executemany(f"INSERT INTO case_summary ({', '.join(SUMMARY_COLS)}) VALUES "
                       f"({_marks(list(SUMMARY_COLS))})", rows)
    links = sorted({(ci.case_id, d["person_id"]) for ci in inputs.values() if ci.case_id in set(ids)
                    for kind, d, _x in ci.records if kind == "participant" and d.get("person_id")})
    if links:
        db.executemany("INSERT INTO case_persons (case_id, person_id) VALUES (?, ?)", links)


def _groups_of(district: str | None, inspector: str | None) -> list[tuple[str, str]]:
    out = [(TOTAL_GROUP, "")]
    if district is not None:
        out.append(("district", district))
    if inspector is not None:
        out.append(("inspector", inspector))
    return out


def _write_shares(repo: Any, month: Month, now: dt.datetime, ids: list[str],
                  inputs: dict[str, CaseInput]) -> None:
    db, r, m = repo.db, rules(), str(month)
    old: dict[str, tuple] = {}
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start:start + _BATCH]
        for case_id, district, inspector, figures in db.query(
                "SELECT case_id, district, inspector, figures FROM case_figures WHERE month = ? "
                f"AND case_id IN ({_marks(chunk)})", [m, *chunk]):
            old[case_id] = (district, inspector, db.json_out(figures))
        db.execute(f"DELETE FROM case_figures WHERE month = ? AND case_id IN ({_marks(chunk)})", [m, *chunk])
    delta: dict[tuple[str, str], dict[str, Any]] = defaultdict(dict)
    for case_id, (district, inspector, figures) in old.items():
        for g in _groups_of(district, inspector):
            _add(delta[g], figures, -1)
    rows = _shares([inputs[c] for c in ids if c in inputs], month, now, r, delta)
    if rows:
        db.executemany("INSERT INTO case_figures (month, case_id, district, inspector, computed_for, "
                       "stable_until, figures, overdue) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        if _computed_mark(repo, m) is not None:  # else the next reading scans and sets it
            _mark_computed(repo, m, max(r[4] for r in rows))
    _apply(repo, m, delta)


def _shares(cases: list[CaseInput], month: Month, now: dt.datetime, r: FollowUpRules,
            totals: dict[tuple[str, str], dict[str, Any]]) -> list[tuple]:
    """The ``case_figures`` rows of these cases' shares of ``month`` (none for a case with no
    figure, nothing overdue and nothing to change before the month ends); each share is
    added to its groups' ``totals``."""
    rows = []
    for ci in cases:
        figures, overdue, as_of, stable = share(ci, month, now, r)
        if figures or overdue or stable != FINAL:
            rows.append((str(month), ci.case_id, ci.column_district, ci.column_inspector, as_of, stable,
                         json.dumps(figures), json.dumps(overdue) if overdue else None))
        for g in _groups_of(ci.column_district, ci.column_inspector):
            _add(totals[g], figures)
    return rows


def _apply(repo: Any, month: str, delta: dict[tuple[str, str], dict[str, Any]]) -> None:
    db = repo.db
    for (by, grp), change in delta.items():
        if not change:
            continue
        found = db.query("SELECT figures FROM figure_groups WHERE month = ? AND by_col = ? AND grp = ?",
                         (month, by, grp))
        total = db.json_out(found[0][0]) if found else {}
        _add(total, change)
        if found:
            db.execute("UPDATE figure_groups SET figures = ? WHERE month = ? AND by_col = ? AND grp = ?",
                       (json.dumps(total), month, by, grp))
        else:
            db.execute("INSERT INTO figure_groups (month, by_col, grp, figures) VALUES (?, ?, ?, ?)",
                       (month, by, grp, json.dumps(total)))


def materialise(repo: Any, month: Month, now: dt.datetime, inputs: dict[str, CaseInput] | None = None) -> None:
    """Compute every case's share of ``month`` (once per month: later changes are kept by
    :func:`update`)."""
    m = str(month)
    inputs = load_all(repo) if inputs is None else inputs
    db = repo.db
    db.execute("DELETE FROM case_figures WHERE month = ?", (m,))
    db.execute("DELETE FROM figure_groups WHERE month = ?", (m,))
    db.execute("INSERT INTO figure_months (month, at) VALUES (?, ?) ON CONFLICT (month) DO NOTHING",
               (m, now.isoformat()))
    # group sums computed here and written at once
    totals: dict[tuple[str, str], dict[str, Any]] = defaultdict(dict)
    rows = _shares([inputs[c] for c in sorted(inputs)], month, now, rules(), totals)
    db.executemany("INSERT INTO case_figures (month, case_id, district, inspector, computed_for, "
                   "stable_until, figures, overdue) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.executemany("INSERT INTO figure_groups (month, by_col, grp, figures) VALUES (?, ?, ?, ?)",
                   [(m, by, grp, json.dumps(t)) for (by, grp), t in totals.items()])
    _mark_computed(repo, m, max((r[4] for r in rows), default=_utc(now)), replace=True)


def rebuild(repo: Any, now: dt.datetime, months_: Iterable[str] = ()) -> None:
    """Fill the summary from scratch (the schema-5 migration's back-fill; the bench after
    writing rows directly), then the shares of ``months_`` and of every month asked before."""
    db = repo.db
    inputs = load_all(repo)
    for table in ("case_summary", "case_persons"):
        db.execute(f"DELETE FROM {table}", ())
    db.execute("DELETE FROM hq_meta WHERE key = ?", (PENDING,))
    _write_summary(repo, sorted(inputs), inputs)
    for m in sorted({*months(repo), *months_}):
        materialise(repo, Month.parse(m), now, inputs)


def ensure(repo: Any, now: dt.datetime) -> None:
    """After the schema-5 migration: fill the summary once, with this month and the one
    before (the Statistics page opens on this month and charts it against the last)."""
    if pending(repo):
        with repo.transaction():
            if pending(repo):
                this = Month.of(now)
                before = f"{this.year - 1}-12" if this.month == 1 else f"{this.year}-{this.month - 1:02d}"
                rebuild(repo, now, [str(this), before])


# --- reading ---------------------------------------------------------------------------------------


def figures(repo: Any, month: str, by: str, now: dt.datetime, r: FollowUpRules | None = None,
            overdue: bool = True) -> list[GroupFigures]:
    """hq/report.py ``figures`` from the kept shares (same groups, same numbers). Without
    ``overdue`` the list of overdue cases is not read (``stats.overdue`` is None): the
    Statistics screen shows neither it nor anything made from it; the exports read it."""
    r = r or rules()
    m = Month.parse(month)
    ensure(repo, now)
    db = repo.db
    with repo.transaction():
        if not db.query("SELECT 1 FROM figure_months WHERE month = ?", (str(m),)):
            materialise(repo, m, now)
        template = monthly_statistics(m, now=now, cases=[], rules=r, inspector=None)
        as_of = _utc(template.as_of)
        mark = _computed_mark(repo, str(m))
        if mark is not None and mark <= as_of:  # no share computed for a later moment: the index
            stale = [row[0] for row in db.query(
                "SELECT case_id FROM case_figures WHERE month = ? AND stable_until <= ?", (str(m), as_of))]
        else:
            stale = [row[0] for row in db.query(
                "SELECT case_id FROM case_figures WHERE month = ? AND (stable_until <= ? OR computed_for > ?)",
                (str(m), as_of, as_of))]
            if mark is None:
                _mark_computed(repo, str(m), db.query(
                    "SELECT max(computed_for) FROM case_figures WHERE month = ?", (str(m),))[0][0])
        if stale:
            _write_shares(repo, m, now, stale, load(repo, stale))
        sums = {(b, g): db.json_out(f) for b, g, f in db.query(
            "SELECT by_col, grp, figures FROM figure_groups WHERE month = ? AND by_col IN (?, ?)",
            (str(m), by, TOTAL_GROUP))}
        late: dict[str, list[list[Any]]] = defaultdict(list)
        for district, inspector, items in db.query(
                "SELECT district, inspector, overdue FROM case_figures WHERE month = ? AND overdue IS NOT NULL",
                (str(m),)) if overdue else ():
            key = district if by == "district" else inspector
            for item in db.json_out(items):
                late[TOTAL_GROUP].append(item)
                if key is not None:
                    late[key].append(item)
    out = []
    for value in [*repo.group_values(by), None]:
        key = (TOTAL_GROUP, "") if value is None else (by, value)
        stats = _build(template, sums.get(key, {}),
                       late.get(TOTAL_GROUP if value is None else value, []) if overdue else None)
        if value is not None and by == "inspector":
            stats.inspector = value
        out.append(GroupFigures(TOTAL_GROUP if value is None else value, stats))
    return out


def _build(template: MonthlyStatistics, sums: dict[str, Any], overdue: list[list[Any]] | None) -> MonthlyStatistics:
    stats = dataclasses.replace(template)
    for f in dataclasses.fields(stats):
        if f.name in _SKIP:
            continue
        base = getattr(template, f.name)
        add = sums.get(f.name)
        if isinstance(base, dict):
            counter = {code: n + (add or {}).get(code, 0) for code, n in base.items()}
            counter.update(sorted((k, n) for k, n in (add or {}).items() if k not in base))
            setattr(stats, f.name, counter)
        elif add:
            setattr(stats, f.name, base + add)
    if overdue is None:
        stats.overdue = None
    elif template.overdue is not None:
        items = []
        for case_id, case_no, due, reason in overdue:
            due_at = dt.datetime.fromisoformat(due)
            items.append(OverdueCase(case_id, case_no, due_at, reason, (template.as_of - due_at).days))
        items.sort(key=lambda o: (o.due_at, o.case_no))
        stats.overdue = items
    return stats


# --- the caseload, read by SQL ---------------------------------------------------------------------
#
# The Caseload screen shows one row per (district, inspector) and a group's cases only when
# the group is opened, one page at a time. The counts are sums over ``case_summary`` made
# by the database, in SQL that SQLite and PostgreSQL read alike:
#
# * overdue: ``due_at < now``. ``due_at`` is ``datetime.isoformat()`` of the next contact due
#   on the unit's clock ("2026-12-09T05:12:00+05:00", 25 characters). For those rows the first
#   19 characters (fixed width, digits in fixed places: any collation orders them as time)
#   are compared with now on the same clock; a row in any other shape (another offset,
#   fractions of a second) is counted in Python (``_odd_due``), so the count is exact.
# * measures ending within N days and the court decisions they leave missing: only the rows
#   whose ``ends`` (``json.dumps`` of ``[[date, kind], ...]``, ``_summary_row``) names one of
#   the N + 1 dates (``LIKE``: a few hundred rows) are read, and counted in Python as
#   service.py ``_flags`` counts them.

CASE_COLS = ("case_id", "case_no", "status", "risk_level", "due_at", "due_reason", "ends", "court_requirements",
             "court_missing")


def _clock_key(now: dt.datetime) -> tuple[str, str, int]:
    """(now as the first 19 characters of a ``due_at`` on the unit's clock, the suffix of such a
    ``due_at``, 1 if now is past that second)."""
    local = now.astimezone(KZ_TZ)
    text = local.replace(microsecond=0).isoformat()
    return text[:19], text[19:], int(local.microsecond > 0)


def caseload_groups(repo: Any, now: dt.datetime, days: int, high: str) -> list[tuple]:
    """(district, inspector, open cases, high risk, overdue, measures ending within ``days``
    days, court decisions missing) of every group with open cases, by the database."""
    second, suffix, past = _clock_key(now)
    normal = "(length(due_at) = 25 AND substr(due_at, 20) = ?)"
    rows = {(r[0], r[1]): [int(v) for v in r[2:]] for r in repo.db.query(
        "SELECT district, inspector, count(*), "
        "sum(CASE WHEN risk_level = ? THEN 1 ELSE 0 END), "
        f"sum(CASE WHEN {normal} AND (substr(due_at, 1, 19) < ? OR (substr(due_at, 1, 19) = ? AND 1 = ?)) "
        "THEN 1 ELSE 0 END), 0, sum(court_missing), "
        f"sum(CASE WHEN due_at IS NOT NULL AND NOT {normal} THEN 1 ELSE 0 END) "
        "FROM case_summary WHERE open = 1 GROUP BY district, inspector",
        (high, suffix, second, second, past, suffix))}
    if any(r[5] for r in rows.values()):
        for key, n in _odd_due(repo, now, suffix).items():
            rows[key][2] += n
    today = now.date()
    day, until = today.isoformat(), (today + dt.timedelta(days=days)).isoformat()
    dates = [(today + dt.timedelta(days=n)).isoformat() for n in range(days + 1)]
    for district, inspector, ends, court_req in repo.db.query(
            "SELECT district, inspector, ends, court_requirements FROM case_summary WHERE open = 1 AND ("
            + " OR ".join("ends LIKE ?" for _ in dates) + ")", [f'%["{d}", "%' for d in dates]):
        ending = [kind for end, kind in json.loads(ends) if day <= end <= until]
        row = rows[(district, inspector)]
        row[3] += len(ending)
        row[4] += 0 if court_req else sum(1 for k in ending if k == "protective_order")
    return [(district, inspector, *r[:5]) for (district, inspector), r in rows.items()]


def _odd_due(repo: Any, now: dt.datetime, suffix: str) -> dict[tuple[str, str], int]:
    out: dict[tuple[str, str], int] = defaultdict(int)
    for district, inspector, due_at in repo.db.query(
            "SELECT district, inspector, due_at FROM case_summary WHERE open = 1 AND due_at IS NOT NULL "
            "AND NOT (length(due_at) = 25 AND substr(due_at, 20) = ?)", (suffix,)):
        if dt.datetime.fromisoformat(due_at) < now:
            out[(district, inspector)] += 1
    return out


def caseload_cases(repo: Any, district: str | None, inspector: str | None) -> list[tuple]:
    """The open cases of one group (``CASE_COLS``, ``ends`` decoded)."""
    where, params = ["open = 1"], []
    for col, value in (("district", district), ("inspector", inspector)):
        if value is None:
            where.append(f"{col} IS NULL")
        else:
            where.append(f"{col} = ?")
            params.append(value)
    return [(*r[:6], json.loads(r[6]), *r[7:]) for r in repo.db.query(
        f"SELECT {', '.join(CASE_COLS)} FROM case_summary WHERE {' AND '.join(where)}", params)]
