"""The register (SQL paging, filters, sorting, search), drafts and the dashboard."""

import pytest

from inspector_desk.app.demo import generate
from inspector_desk.core.records import CaseFilter
from tests.services.test_case_records import visit_answers


@pytest.fixture
def demo(session):
    generate(session, households=60, seed=5)
    return session


def test_paging_covers_every_case_once(demo):
    svc = demo.services
    f = CaseFilter(status="all")
    total = svc.desk.case_count(f)
    assert total == 60
    ids = []
    for offset in range(0, total, 7):
        ids += [r.id for r in svc.desk.case_page(f, sort="case_no", offset=offset, limit=7)]
    assert len(ids) == len(set(ids)) == total


def test_filters_and_sorting(demo):
    svc = demo.services
    everything = svc.desk.case_page(CaseFilter(status="all"), limit=1000)
    open_rows = svc.desk.case_page(CaseFilter(), limit=1000)
    assert all(r.status != "closed" for r in open_rows)
    high = svc.desk.case_page(CaseFilter(risk_level="high"), limit=1000)
    assert high and all(r.risk_level == "high" for r in high)
    with_order = svc.desk.case_page(CaseFilter(active_measure="protective_order", status="all"), limit=1000)
    assert all("protective_order" in r.active_measures for r in with_order)
    # Exactly the cases with an order in force today: one past its last day is ended.
    from inspector_desk.core.records import Measure
    from inspector_desk.core.statistics import measure_in_force

    today = demo.clock.now().date()
    orders = [m for m in demo.store.find(Measure) if m.kind == "protective_order"]
    in_force = {m.case_id for m in orders if measure_in_force(m, today)}
    assert orders and {r.id for r in with_order} == in_force
    district = everything[0].district
    assert all(r.district == district for r in svc.desk.case_page(CaseFilter(district=district, status="all"), limit=1000))
    by_no = [r.case_no for r in svc.desk.case_page(CaseFilter(status="all"), sort="case_no", limit=1000)]
    assert by_no == sorted(by_no)
    desc = [r.case_no for r in svc.desk.case_page(CaseFilter(status="all"), sort="case_no", descending=True, limit=1000)]
    assert desc == by_no[::-1]
    due = [r.due_at for r in svc.desk.case_page(CaseFilter(), sort="due_at", limit=1000) if r.due_at]
    assert due == sorted(due)


def test_register_search_finds_cases_through_their_people(demo):
    svc = demo.services
    row = svc.desk.case_page(CaseFilter(status="all"), limit=1)[0]
    surname = row.affected.split()[0]
    folded = surname.translate(str.maketrans("әғқңөұүһі", "агкноуухи"))
    hits = svc.desk.case_page(CaseFilter(text=folded[:5], status="all"), limit=1000)
    assert row.id in {h.id for h in hits}
    assert svc.desk.case_count(CaseFilter(text=row.case_no, status="all")) == 1


def test_drafts_survive_until_saved_and_go_with_the_save(session):

    svc = session.services
    cid = svc.cases.open_case(address="пр. Абая, 1", district="Есиль", source="102").created
    from inspector_desk.core.services import PersonInput
    pid = svc.people.add_person(PersonInput(last_name="Ким", first_name="Алёна")).created
    svc.people.add_participant(cid, pid, "affected", "self")
    half = {"visit_at": "2026-11-19T15:00", "visit_type": "planned"}  # invalid: incomplete
    d = svc.desk.save_draft("visit", cid, half)
    d2 = svc.desk.save_draft("visit", cid, {**half, "place": "home"}, draft_id=d.id)
    assert d2.id == d.id
    [stored] = svc.desk.drafts(cid)
    assert stored.answers["place"] == "home"
    assert stored.form_version == session.forms.latest_version("prevention_visit")
    assert svc.desk.dashboard().drafts[0].id == d.id
    changes = svc.desk.save_form("visit", cid, visit_answers(pid), draft_id=d.id)
    assert changes.created and svc.desk.drafts() == []


def test_a_failed_save_keeps_the_draft(session):
    svc = session.services
    cid = svc.cases.open_case(address="пр. Абая, 1", district="Есиль", source="102").created
    d = svc.desk.save_draft("visit", cid, {"visit_type": "planned"})
    from inspector_desk.core.errors import ValidationError
    with pytest.raises(ValidationError):
        svc.desk.save_form("visit", cid, d.answers, draft_id=d.id)
    assert [x.id for x in svc.desk.drafts()] == [d.id]


def test_dashboard(demo):
    dash = demo.services.desk.dashboard()
    assert dash.unsent_changes > 0
    assert all(d.overdue for d in dash.overdue)
    assert all(not d.overdue for d in dash.due_today)
    assert all(r.risk_level == "high" for r in dash.high_risk)
    assert dash.last_export_at is None


def test_dashboard_lists_the_most_urgent_and_counts_them_all(demo, monkeypatch):
    """The dashboard reads the first rows of each list and counts the rest in SQL: the same
    items, in the same order, as the whole due list cut the old way."""
    from inspector_desk.core.services import desk

    monkeypatch.setattr(desk, "DASHBOARD_ROWS", 3)
    svc = demo.services
    me = demo.actor.user
    now = svc.clock.now()
    end_of_day = now.replace(hour=23, minute=59, second=59)
    every = svc.cases.due(me, horizon_days=1, limit=100_000)
    overdue = [d for d in every if d.due_at < now]
    today = [d for d in every if now <= d.due_at <= end_of_day]
    dash = svc.desk.dashboard()
    assert dash.overdue_total == len(overdue) > 3
    assert dash.overdue == overdue[:3]
    assert dash.due_today_total == len(today)
    assert dash.due_today == today[:3]


def test_case_heads_name_the_first_affected_person_of_each_case(session, clock):
    from inspector_desk.core.services import PersonInput

    svc = session.services
    two = svc.cases.open_case(address="ул. Ақжол, 1", district="Есиль", source="102").created
    svc.people.add_person_to_case(two, PersonInput(last_name="Әлиева", first_name="Дана",
                                                   patronymic="Серікқызы"), "affected", "self")
    clock.advance(minutes=5)  # made later: not the one named
    svc.people.add_person_to_case(two, PersonInput(last_name="Абаева", first_name="Гүл"),
                                  "affected", "child")
    nobody = svc.cases.open_case(address="ул. Ақжол, 2", district="Есиль", source="102").created
    heads = svc.desk.case_heads([two, nobody, "no-such-case", two])
    numbers = {r.id: r.case_no for r in svc.desk.case_page(CaseFilter(status="all"), limit=10)}
    assert heads == {two: (numbers[two], "Әлиева Д.С."), nobody: (numbers[nobody], "")}
