"""The per-case summary (HQ schema 5, hq/summary.py) gives exactly the caseload and the
monthly statistics computed from every current record, on SQLite and PostgreSQL: after
imports from three devices, after a later change, as the clock moves (shares recomputed when
their moment passes, a month finishing, a new month asked for), and after the migration of a
schema-4 database (the back-fill)."""

from __future__ import annotations

import dataclasses
import json
import datetime as dt
from collections import defaultdict
from typing import Any

import pytest

from inspector_desk.app.demo import generate
from inspector_desk.core.records import FamilyCase
from inspector_desk.hq import report, summary, users
from inspector_desk.hq.repo import Repository
from inspector_desk.hq.schema import DDL_5
from inspector_desk.hq.service import HIGH_RISK, CaseloadRow, HqSession, _age_hours, _flags
from inspector_desk.sync.records_codec import record_from_json
from tests.sync.fixtures import export


def caseload_from_records(repo: Repository, now: dt.datetime) -> list[CaseloadRow]:
    """The caseload as HqSession computed it before schema 5 (every current record)."""
    rules = report.default_rules()
    today = now.date()
    cases = [c for c in (record_from_json(k, d) for k, d, _ in repo.records_where(
        "kind = 'case' AND deleted = 0", ())) if isinstance(c, FamilyCase) and c.status != "closed"]
    by_case: dict[str, dict[str, list[Any]]] = defaultdict(lambda: {"visit": [], "incident": [], "measure": []})
    for kind, data, _sha in repo.records_where("kind IN ('visit', 'incident', 'measure') AND deleted = 0", ()):
        if data.get("case_id"):
            by_case[data["case_id"]][kind].append(record_from_json(kind, data))
    last_sync: dict[str, str] = {}
    for d in repo.devices():
        last = max((b.imported_at for b in repo.bundles_of(d.device_id)), default=None)
        if last and last > last_sync.get(d.login, ""):
            last_sync[d.login] = last
    rows: dict[tuple[str, str], CaseloadRow] = {}
    for c in cases:
        recs = by_case.get(c.id, {"visit": [], "incident": [], "measure": []})
        flags = _flags(c, recs["visit"], recs["incident"], recs["measure"], rules, now, today)
        row = rows.setdefault((c.district, c.inspector), CaseloadRow(c.district, c.inspector))
        row.cases.append(flags)
        row.open_cases += 1
        row.high_risk += c.risk_level == HIGH_RISK
        row.overdue += flags.overdue
        row.ending_soon += flags.ending_soon
        row.court_missing += flags.court_missing
    for row in rows.values():
        row.last_sync_at = last_sync.get(row.inspector)
        row.last_sync_age_hours = _age_hours(row.last_sync_at, now)
        row.cases.sort(key=lambda f: (not f.overdue, f.due_at or now, f.case_no))
    return [rows[k] for k in sorted(rows)]


def plain_groups(groups) -> list:
    return [(g.group, g.stats.to_dict()) for g in groups]


def caseload_by_pages(session: HqSession, page: int = 2) -> list[CaseloadRow]:
    """The caseload as the screen reads it: the groups' counts (SQL), then each group's
    cases a page at a time."""
    rows = session._caseload()
    for row in rows:
        offset = 0
        while chunk := session.caseload_cases(row.district, row.inspector, offset, page):
            row.cases.extend(chunk)
            offset += page
        assert session.caseload_cases(row.district, row.inspector) == row.cases
    return rows


def check(hub, now: dt.datetime, months: list[str]) -> None:
    session = HqSession(hub.home, hub.keys, hub.repo, hub.user, now=lambda: now)
    new = [dataclasses.asdict(r) for r in caseload_by_pages(session)]
    old = [dataclasses.asdict(r) for r in caseload_from_records(hub.repo, now)]
    assert new == old
    assert sum(r["open_cases"] for r in new) > 0
    for month in months:
        for by in ("district", "inspector"):
            kept = plain_groups(report.figures(hub.repo, month, by, now))
            recomputed = plain_groups(report.figures_from_records(hub.repo, month, by, now))
            assert kept == recomputed, (month, by, now)
            # the screen's figures: the same, without the list of overdue cases
            screen = plain_groups(report.figures(hub.repo, month, by, now, overdue=False))
            assert screen == [(g, {**st, "overdue": None}) for g, st in recomputed], (month, by, now)


@pytest.fixture
def three(hub, make_device, tmp_path, clock):
    a, b, c = make_device("a", "A-1"), make_device("b", "B-2"), make_device("c", "C-3", "Алматы")
    for s, prefix, seed in ((a, "AAAA", 3), (b, "BBBB", 4), (c, "CCCC", 5)):
        hub.enrol(s, prefix)
        generate(s, households=5, seed=seed)
        export(s, tmp_path / "inbox")
    hub.import_(tmp_path / "inbox")
    hub.user = users.add(hub.repo, "admin", "Әкімші", "admin", "кедр-Ящик-Волна-4821-пряник",
                         at=clock.now().isoformat(), actor="admin")
    return hub, (a, b, c)


def test_summary_equals_the_computation_from_records(three, clock, tmp_path):
    hub, (a, _b, _c) = three
    now = clock.now()
    assert hub.repo.db.query("SELECT count(*) FROM case_summary")[0][0] == 15
    check(hub, now, ["2026-11", "2026-10", "2026-09", "2026-03"])
    kept = hub.repo.db.query("SELECT count(*) FROM case_figures WHERE month = '2026-11'")[0][0]
    assert kept > 0

    # a later change on a laptop (a visit, a measure) reaches the kept shares by the import
    generate(a, households=2, seed=9)
    export(a, tmp_path / "inbox2")
    hub.import_(tmp_path / "inbox2")
    assert hub.repo.db.query("SELECT count(*) FROM case_summary")[0][0] == 17
    check(hub, now, ["2026-11", "2026-10"])

    # the clock moves on: shares whose moment passed are recomputed; November finishes,
    # December is asked for the first time
    for later in (now + dt.timedelta(hours=5), now + dt.timedelta(days=3), now + dt.timedelta(days=12),
                  now + dt.timedelta(days=40)):
        check(hub, later, ["2026-11", "2026-12"])


def test_a_schema_4_database_is_migrated_and_filled_once(three, clock):
    hub, _devices = three
    now = clock.now()
    db = hub.repo.db
    with hub.repo.transaction():
        for table in ("case_summary", "case_persons", "figure_months", "case_figures", "figure_groups",
                      "link_pairs", "link_persons"):  # schema 6's too (hq/links.py)
            db.execute(f"DROP TABLE {table}")
        db.execute("UPDATE hq_meta SET value = '4' WHERE key = 'schema_version'")
    db.ensure_schema()  # what opening the database does (hq/backends.py open_backend)
    assert hub.repo.db.query("SELECT value FROM hq_meta WHERE key = 'schema_version'")[0][0] == "6"
    assert summary.pending(hub.repo)
    assert DDL_5  # the tables the migration made
    check(hub, now, ["2026-11", "2026-10", "2026-08"])
    assert not summary.pending(hub.repo)
    assert {r[0] for r in hub.repo.db.query("SELECT month FROM figure_months")} >= {"2026-11", "2026-10"}


def test_caseload_counts_at_the_edges_of_the_clock_and_of_the_days(three, clock):
    """Overdue is ``due < now`` to the microsecond, whatever shape the kept ``due_at`` has
    (another offset, fractions of a second: counted apart, in Python); measures ending
    within 5 days count today and the fifth day, not the sixth."""
    hub, _devices = three
    db = hub.repo.db
    dues = sorted(dt.datetime.fromisoformat(r[0]) for r in db.query(
        "SELECT due_at FROM case_summary WHERE open = 1 AND due_at IS NOT NULL"))
    assert len(dues) >= 4
    due = dues[len(dues) // 2]
    for now in (due, due + dt.timedelta(microseconds=1), due - dt.timedelta(microseconds=1),
                due + dt.timedelta(seconds=1)):
        check(hub, now, [])
    # the same instants kept in other shapes: UTC, +06:00, with fractions of a second
    odd = db.query("SELECT case_id, due_at FROM case_summary WHERE open = 1 AND due_at IS NOT NULL "
                   "ORDER BY case_id")[:3]
    shapes = [lambda d: d.astimezone(dt.timezone.utc).isoformat(),
              lambda d: d.astimezone(dt.timezone(dt.timedelta(hours=6))).isoformat(),
              lambda d: d.isoformat(timespec="microseconds")]
    with hub.repo.transaction():
        for (case_id, due_at), shape in zip(odd, shapes):
            db.execute("UPDATE case_summary SET due_at = ? WHERE case_id = ?",
                       (shape(dt.datetime.fromisoformat(due_at)), case_id))
    for case_id, due_at in odd:
        for now in (dt.datetime.fromisoformat(due_at), dt.datetime.fromisoformat(due_at) + dt.timedelta(microseconds=1)):
            check(hub, now, [])
    # measures' last days: today .. today + 5 count, the day after does not
    ends = sorted({e for (x,) in db.query("SELECT ends FROM case_summary WHERE open = 1")
                   for e, _kind in json.loads(x)})
    assert ends
    for end in (ends[0], ends[len(ends) // 2], ends[-1]):
        day = dt.date.fromisoformat(end)
        for start in (day, day - dt.timedelta(days=5), day - dt.timedelta(days=6)):
            now = dt.datetime.combine(start, dt.time(9), tzinfo=clock.now().tzinfo)
            check(hub, now, [])
            rows = HqSession(hub.home, hub.keys, hub.repo, hub.user, now=lambda now=now: now)._caseload()
            ending = sum(r.ending_soon for r in rows)
            assert ending > 0 if start >= day - dt.timedelta(days=5) else True
