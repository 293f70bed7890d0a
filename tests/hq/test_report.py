"""Monthly statistics at headquarters: the same figures as the device computes."""

from __future__ import annotations

import csv
import datetime as dt

from inspector_desk.app.demo import generate
from inspector_desk.core.records import (
    FamilyCase,
    Incident,
    Measure,
    Participant,
    Person,
    Referral,
    RiskAssessment,
    Visit,
)
from inspector_desk.core.statistics import MVD_FIGURES, Month, statistics_by
from inspector_desk.hq import report
from tests.sync.fixtures import export


def device_groups(session, month, by, now):
    """What a device computes from its own vault (core.statistics.statistics_by over every
    record of the vault, participants and persons included: the victims' categories)."""
    store = session.store
    cases = store.find(FamilyCase)
    ids = [c.id for c in cases]
    lists = {name: store.find_for_cases(cls, ids) for name, cls in (
        ("visits", Visit), ("incidents", Incident), ("measures", Measure),
        ("referrals", Referral), ("risks", RiskAssessment), ("participants", Participant))}
    persons = [store.get(Person, pid) for pid in {p.person_id for p in lists["participants"]}]
    return statistics_by(by, month, now=now, cases=cases, rules=session.services.rules,
                         persons=persons, **lists)


def test_report_by_district_and_inspector_matches_the_device(hub, make_device, tmp_path, clock):
    a = make_device("a", "A-1")
    hub.enrol(a, "AAAA")
    generate(a, households=6, seed=21)
    [b] = export(a, tmp_path / "usb")
    hub.import_(b.path)
    # the month of the latest incident: victims to count (the demo's current month may have none)
    month = str(Month.of(max(i.reported_at for i in a.store.find(Incident))))
    for by in ("inspector", "district"):
        groups = list(report.figures(hub.repo, month, by, clock.now()))
        device = device_groups(a, month, by, clock.now())
        assert [g.group for g in groups] == [g.group for g in device]
        for hq_group, own in zip(groups, device):
            assert hq_group.stats.to_dict() == own.stats.to_dict(), hq_group.group
        total = groups[-1].stats
        assert total.victims > 0 and sum(total.victims_by_category.values()) == total.victims
        assert total.victims_by_category["unknown"] < total.victims  # persons reached HQ
        for name in ("cases_opened", "incidents", "victims", *MVD_FIGURES):
            assert sum(getattr(g.stats, name) for g in groups[:-1]) == getattr(total, name), name
    groups = list(report.figures(hub.repo, month, "inspector", clock.now()))
    path = report.write_csv(groups, "inspector", month, tmp_path / "r.csv")
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig")))
    assert [r["inspector"] for r in rows] == ["A-1", "*"]
    assert rows[0]["visits"] == str(groups[0].stats.visits) and "incidents_by_kind.physical" in rows[0]
    for name in MVD_FIGURES:
        assert rows[-1][name] == str(getattr(groups[-1].stats, name)), name
    assert rows[-1]["victims_by_category.woman"] == str(groups[-1].stats.victims_by_category["woman"])
    by_district = list(report.figures(hub.repo, month, "district", clock.now()))
    pdfs = report.write_pdfs(by_district, "district", tmp_path / "pdf", hub.keys.signer,
                             dt.datetime(2026, 11, 20, 12, tzinfo=dt.timezone.utc))
    assert all(p.read_bytes().startswith(b"%PDF") for p in pdfs)
    assert pdfs[-1].name.endswith("-district-summary.pdf") and len(pdfs) == len(by_district) + 1
