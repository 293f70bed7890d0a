"""One "when it happened" per record (core/kinds.py): an incident is sorted in the case's
timeline, shown by the command line and the screen, printed in the case summary and checked
against the future by the same time. Before the registry the timeline sorted an incident by
its report time while the save checked the time of the event."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector_desk.core.errors import ValidationError
from inspector_desk.core.kinds import by_name, timeline_time
from inspector_desk.core.records import Incident
from inspector_desk.core.services import PersonInput


def incident_answers(occurred: str, reported: str) -> dict:
    return {
        "occurred_at": occurred, "reported_at": reported, "channel": "102",
        "place_kind": "shared_home", "incident_address": "г. Астана, ул. Сығанақ, д. 3, кв. 7",
        "narrative": "Супруг угрожал расправой.", "violence_types": ["psychological"],
        "gbvims_type": "psychological_abuse", "forced_marriage": "no", "injuries": "no",
        "weapon": "no", "strangulation": "no", "intoxication": "yes", "children_present": "no",
        "actions": ["delivered"], "statement": "police_initiative", "rights_explained": "yes",
        "admin_protocol": "no"}


@pytest.fixture
def case(session):
    svc = session.services
    cid = svc.cases.open_case(address="г. Астана, ул. Сығанақ, д. 3, кв. 7", district="Есиль",
                        source="111").created
    victim = svc.people.add_person(PersonInput(last_name="Оспанова", first_name="Мәдина")).created
    svc.people.add_participant(cid, victim, "affected", "self")
    return cid, victim


def test_an_incident_sorts_and_is_date_checked_by_the_same_time(session, case, clock):
    cid, victim = case
    svc = session.services
    # The clock says 20.11.2026 10:00. A visit at 08:00; an incident that happened at 07:00
    # and was reported at 09:00: by its report it is the newer record, by its event the older.
    svc.records.record_visit(cid, {
        "visit_at": "2026-11-20T08:00", "visit_type": "planned", "place": "home",
        "visit_address": "г. Астана, ул. Сығанақ, д. 3, кв. 7",
        "persons_met": [{"person": victim, "role": "affected"}], "conversation_held": "no",
        "intoxication": "no", "children_present": "no", "rights_explained": ["line_111"],
        "measure_in_force": "no", "risk_reassessed": "no", "next_visit": "2026-12-03"})
    iid = svc.records.record_incident(cid, incident_answers("2026-11-20T07:00", "2026-11-20T09:00")).created
    incident = session.store.get(Incident, iid)
    when = by_name("incident").happened_at(incident)
    assert when == incident.reported_at != incident.occurred_at

    timeline = svc.cases.get_case(cid).timeline
    assert [r.KIND for r in timeline] == ["incident", "visit"]  # sorted by that time
    assert timeline_time(timeline[0]) == when

    # The same time is the one checked against the future: an event in the past reported
    # tomorrow (a typing slip) is refused; before, only the event's time was checked.
    with pytest.raises(ValidationError) as refused:
        svc.records.record_incident(cid, incident_answers("2026-11-20T07:00", "2026-11-21T09:00"))
    assert refused.value.errors == {"at": ["in_future"]}
    # ...and a report a few minutes ahead of the clock (the tolerance) is not.
    svc.records.record_incident(cid, incident_answers("2026-11-20T07:00", "2026-11-20T10:03"))
    assert clock.now() < dt.datetime(2026, 11, 20, 10, 3, tzinfo=clock.now().tzinfo)


def test_the_printed_summary_shows_and_orders_by_the_same_time(session, case):
    from inspector_desk.app.documents import case_file
    from inspector_desk.reports.documents import _moment, record_day

    cid, _victim = case
    svc = session.services
    first = svc.records.record_incident(cid, incident_answers("2026-11-18T23:30", "2026-11-19T01:00")).created
    second = svc.records.record_incident(cid, incident_answers("2026-11-19T00:30", "2026-11-19T00:45")).created
    records = case_file(session, cid).records
    by_id = {r.id: r for r in records}
    for r in records:
        assert _moment(r) == by_name("incident").happened_at(r) == r.reported_at
    # printed by the day it was reported (19.11), also the day whose legal texts apply
    assert record_day(by_id[first]) == dt.date(2026, 11, 19)
    ordered = sorted(records, key=timeline_time, reverse=True)
    assert [r.id for r in ordered] == [first, second]
    assert [r.id for r in svc.cases.get_case(cid).timeline] == [first, second]
