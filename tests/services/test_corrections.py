"""Cases and persons that can be corrected (issue 15): a person edited and removed with a
reason in the audit, a person linked to two cases kept in the other one, a case closed only
for an explicit reason and reopened with one, the warnings shown before closing, a visit's
re-assessed risk reaching the case (and the dashboard's high-risk list), measures past their
end shown and counted as ended, and the drafts of the case dialogs. Real vault, fixed clock."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector_desk.core.errors import NotFound, ValidationError
from inspector_desk.core.records import FamilyCase, Measure, Participant, Person
from inspector_desk.core.services import PersonInput
from inspector_desk.core.statistics import measure_in_force, measure_state, monthly_statistics
from tests.services.test_case_records import risk_answers, visit_answers


def _case(svc, address="г. Астана, ул. Сығанақ, д. 3, кв. 7") -> str:
    return svc.cases.open_case(address=address, district="Есиль", source="111").created


def _person(svc, case_id, role="affected", last="Оспанова", **kw) -> str:
    data = PersonInput(last_name=last, first_name="Мәдина", **kw)
    return svc.people.add_person_to_case(case_id, data, role, "self" if role == "affected" else "spouse").created


def _audit(session, record_id, action):
    return [e for e in session.store.audit_entries(record_id=record_id) if e.action == action]


def _order(svc, cid, subject, victim, issued="2026-11-20", **extra):
    return svc.records.issue_measure(cid, {"measure_kind": "protective_order", "subject": subject,
                                   "protected_persons": [{"person": victim}], "document_no": "ЗП-1",
                                   "legal_basis": "law_2025_245", "issued_by": "И",
                                   "issued_at": issued, "restrictions": ["no_contact"],
                                   "status": "active", **extra}).created


# --- persons ------------------------------------------------------------------------------

def test_a_person_is_corrected_in_every_field_with_the_reason_audited(session):
    svc = session.services
    cid = _case(svc)
    pid = _person(svc, cid, last="Оспанва", phones=["+7 701 000 00 00"])
    before = session.store.get(Person, pid).version
    changes = svc.people.update_person(pid, PersonInput(
        last_name="Оспанова", first_name="Мадина", patronymic="Ерланқызы", iin="880315400010",
        phones=["+7 701 123 45 67"], address="ул. Кенесары, 40", safe_contact="через сестру"),
        expected_version=before, reason="typing_error")
    p = session.store.get(Person, pid)
    assert (p.last_name, p.first_name, p.patronymic, p.iin, p.birth_date, p.sex) == (
        "Оспанова", "Мадина", "Ерланқызы", "880315400010", dt.date(1988, 3, 15), "F")
    assert p.phones == ["+7 701 123 45 67"] and p.safe_contact == "через сестру"
    assert cid in changes.case_ids
    [entry] = _audit(session, pid, "correct")
    assert entry.detail == "reason=typing_error" and entry.kind == "person"
    assert _audit(session, pid, "update")

    with pytest.raises(ValidationError) as exc:
        svc.people.update_person(pid, PersonInput(last_name="X", first_name="Y"), reason="because")
    assert exc.value.errors == {"reason": ["unknown_value"]}
    with pytest.raises(ValidationError) as exc:
        svc.people.update_person(pid, PersonInput(last_name="X", first_name="Y"), reason="other")
    assert exc.value.errors == {"note": ["required"]}
    assert session.store.get(Person, pid).last_name == "Оспанова"  # nothing half-saved


def test_removing_a_person_from_one_case_keeps_them_in_the_other(session):
    svc = session.services
    first, second = _case(svc), _case(svc, "г. Астана, ул. Бейбітшілік, 2")
    pid = _person(svc, first, role="offender", last="Оспанов")
    svc.people.add_participant(second, pid, "offender", "spouse")
    links = svc.people.person_links(pid)
    assert sorted(link.case_id for link in links) == sorted([first, second])

    part = session.store.find(Participant, case_id=first, person_id=pid)[0]
    with pytest.raises(ValidationError) as exc:
        svc.people.remove_person(pid, "", case_id=first)  # no reason: refused
    assert exc.value.errors == {"reason": ["required"]}
    changes = svc.people.remove_person(pid, "entered_by_mistake", case_id=first)
    assert first in changes.case_ids
    assert session.store.find(Participant, case_id=first) == []
    assert [p.case_id for p in session.store.find(Participant, person_id=pid)] == [second]
    assert not session.store.get(Person, pid).deleted  # still in the second case
    [entry] = _audit(session, part.id, "remove")
    assert entry.detail == "reason=entered_by_mistake" and entry.kind == "participant"
    view = svc.cases.get_case(second)
    assert [v.person.id for v in view.participants] == [pid]

    # Out of the last case too: the person's record goes with it, audited with the reason.
    last = session.store.find(Participant, case_id=second, person_id=pid)[0]
    svc.people.remove_participant(last.id, "other", "дубль карточки из другого района")
    assert session.store.get(Person, pid).deleted
    [entry] = _audit(session, pid, "remove")
    assert entry.detail == "reason=other; note=дубль карточки из другого района"


def test_removing_a_person_everywhere_and_what_a_closed_case_refuses(session):
    svc = session.services
    first, second = _case(svc), _case(svc, "г. Астана, ул. Бейбітшілік, 2")
    pid = _person(svc, first)
    svc.people.add_participant(second, pid, "affected", "self")
    svc.people.remove_person(pid, "duplicate")
    assert session.store.find(Participant, person_id=pid) == []
    assert session.store.get(Person, pid).deleted
    with pytest.raises(NotFound):
        svc.people.update_person(pid, PersonInput(last_name="А", first_name="Б"))

    other = _person(svc, second, role="offender", last="Оспанов")
    svc.cases.close_case(second, "family_moved")
    part = session.store.find(Participant, case_id=second, person_id=other)[0]
    with pytest.raises(ValidationError) as exc:
        svc.people.remove_participant(part.id, "duplicate")
    assert exc.value.errors == {"case": ["case_closed"]}


# --- closing and reopening ------------------------------------------------------------------

def test_closing_needs_an_explicit_reason_and_says_what_is_at_stake(session, clock):
    svc = session.services
    cid = _case(svc)
    victim = _person(svc, cid)
    offender = _person(svc, cid, role="offender", last="Оспанов")
    assert svc.cases.closing_warnings(cid) == []  # nothing recorded yet: nothing at stake
    due_at, start = svc.cases.get_case(cid).next_due[0], clock.now()
    clock.set(due_at - dt.timedelta(days=1))
    assert svc.cases.closing_warnings(cid) == ["contact_due_soon"]  # tomorrow
    clock.set(due_at - dt.timedelta(days=4))
    assert svc.cases.closing_warnings(cid) == []
    clock.set(start)
    svc.records.assess_risk(cid, risk_answers(session, victim, 14))
    _order(svc, cid, offender, victim)
    assert set(svc.cases.closing_warnings(cid)) >= {"high_risk", "active_measure"}
    clock.set(clock.now() + dt.timedelta(days=60))  # the order has ended, the contact is late
    warnings = svc.cases.closing_warnings(cid)
    assert "active_measure" not in warnings and "contact_overdue" in warnings

    for reason in ("", None, "reconciled_no_risk", "whatever"):
        with pytest.raises(ValidationError) as exc:
            svc.cases.close_case(cid, reason)
        assert exc.value.errors == {"reason": ["unknown_value"]}
    assert session.store.get(FamilyCase, cid).status == "active"
    svc.cases.close_case(cid, "transferred", "в УП Алматинского района")
    case = session.store.get(FamilyCase, cid)
    assert (case.status, case.closure_reason) == ("closed", "transferred")
    [entry] = _audit(session, cid, "close")
    assert entry.detail == "reason=transferred"  # the note stays on the case, not in the log


def test_a_closed_case_is_reopened_with_a_reason(session):
    svc = session.services
    cid = _case(svc)
    with pytest.raises(ValidationError) as exc:
        svc.cases.reopen_case(cid, "new_report")
    assert exc.value.errors == {"case": ["case_not_closed"]}
    svc.cases.close_case(cid, "family_moved")
    with pytest.raises(ValidationError) as exc:
        svc.cases.reopen_case(cid, "")
    assert exc.value.errors == {"reason": ["unknown_value"]}
    with pytest.raises(ValidationError) as exc:
        svc.cases.reopen_case(cid, "other")
    assert exc.value.errors == {"note": ["required"]}
    changes = svc.cases.reopen_case(cid, "new_report")
    assert cid in changes.case_ids and changes.due_changed
    case = session.store.get(FamilyCase, cid)
    assert (case.status, case.closed_at, case.closure_reason) == ("active", None, "")
    [entry] = _audit(session, cid, "reopen")
    assert entry.detail == "reason=new_report"
    assert svc.cases.due(horizon_days=30)[0].case_id == cid  # back among the contacts due
    _person(svc, cid)  # open for changes again


# --- risk: a visit's re-assessment reaches the case -------------------------------------------

def test_a_visits_reassessed_risk_updates_the_case_and_the_dashboard(session, clock):
    svc = session.services
    cid = _case(svc)
    victim = _person(svc, cid)
    assert session.store.get(FamilyCase, cid).risk_level == "unknown"
    svc.records.record_visit(cid, visit_answers(victim, risk_reassessed="yes", risk_level="high"))
    assert session.store.get(FamilyCase, cid).risk_level == "high"
    assert [r.id for r in svc.desk.dashboard().high_risk] == [cid]

    # A checklist made before the visit does not undo the visit's level; a later one does.
    svc.records.assess_risk(cid, risk_answers(session, victim, 2, assessed_at="2026-11-18T09:00"))
    assert session.store.get(FamilyCase, cid).risk_level == "high"
    svc.records.assess_risk(cid, risk_answers(session, victim, 2, assessed_at="2026-11-20T09:00"))
    later = session.store.get(FamilyCase, cid).risk_level
    assert later != "high"
    # A visit without a re-assessment says nothing about the risk.
    svc.records.record_visit(cid, visit_answers(victim, visit_at="2026-11-20T09:30", next_visit="2026-12-03"))
    assert session.store.get(FamilyCase, cid).risk_level == later
    svc.records.record_visit(cid, visit_answers(victim, visit_at="2026-11-20T09:45", risk_reassessed="yes",
                                        risk_level="medium"))
    assert session.store.get(FamilyCase, cid).risk_level == "medium"
    assert svc.desk.dashboard().high_risk == []


# --- measures past their end -----------------------------------------------------------------

def test_an_order_that_ended_in_april_2025_is_ended_today(session, clock):
    svc = session.services
    cid = _case(svc)
    victim = _person(svc, cid)
    offender = _person(svc, cid, role="offender", last="Оспанов")
    old = session.store.get(Measure, _order(svc, cid, offender, victim, issued="2025-03-20",
                                            legal_basis="law_2009_214", valid_to="2025-04-19"))
    new = session.store.get(Measure, _order(svc, cid, offender, victim))
    today = clock.now().date()
    assert old.status == "active"  # nobody marked it: the status still says so
    assert (measure_state(old, today), measure_in_force(old, today)) == ("ended", False)
    assert (measure_state(new, today), measure_in_force(new, today)) == ("active", True)
    assert measure_state(old, dt.date(2025, 4, 19)) == "active"

    lists = dict(cases=session.store.find(FamilyCase), measures=session.store.find(Measure))
    now = clock.now()
    stats = monthly_statistics("2026-11", now=now, **lists)
    assert stats.measures_in_force["protective_order"] == 1  # the new one only
    april = monthly_statistics("2025-04", now=now, **lists)
    assert april.measures_expired["protective_order"] == 1  # ended in April 2025
    assert april.measures_in_force["protective_order"] == 0
    march = monthly_statistics("2025-03", now=now, **lists)
    assert march.measures_in_force["protective_order"] == 1
    assert "active_measure" in svc.cases.closing_warnings(cid)  # the new one is in force
    svc.records.set_measure_status(new.id, "cancelled")
    assert "active_measure" not in svc.cases.closing_warnings(cid)


# --- drafts of the case dialogs ---------------------------------------------------------------

def test_dialog_drafts_are_kept_in_the_vault_one_per_dialog_and_case(session, clock):
    svc = session.services
    cid = _case(svc)
    svc.cases.save_dialog_draft("new_case", "", {"address": "ул. Сарайшық\u202e, 5", "source": "111"})
    svc.cases.save_dialog_draft("add_person", cid, {"last": "Жол", "role": "offender"})
    svc.cases.save_dialog_draft("add_person", cid, {"last": "Жолдасбекова", "role": "affected"})
    drafts = {(d.dialog, d.case_id): d.values for d in svc.cases.dialog_drafts()}
    assert drafts == {("new_case", ""): {"address": "ул. Сарайшық, 5", "source": "111"},
                      ("add_person", cid): {"last": "Жолдасбекова", "role": "affected"}}
    with pytest.raises(ValidationError):
        svc.cases.save_dialog_draft("visit", cid, {})
    svc.cases.discard_dialog_draft("add_person", cid)
    svc.cases.discard_dialog_draft("add_person", cid)  # twice: nothing to do
    assert [(d.dialog, d.case_id) for d in svc.cases.dialog_drafts()] == [("new_case", "")]
    assert svc.desk.drafts() == []  # not form drafts: the dashboard's list is not theirs
    raw = session.store.meta("dialogs.drafts")
    assert "Сарайшық" in raw  # inside the vault (encrypted with it), not in a loose file


def test_the_register_shows_and_filters_an_order_past_its_end_as_ended(session, clock):
    """The register's measures column and its "with an active measure" filter use the same
    rule as the case page and the statistics (storage/register.py)."""
    from inspector_desk.core.records import CaseFilter

    svc = session.services
    cid = _case(svc)
    victim = _person(svc, cid)
    offender = _person(svc, cid, role="offender", last="Оспанов")
    _order(svc, cid, offender, victim, issued="2025-03-20", legal_basis="law_2009_214",
           valid_to="2025-04-19")
    [row] = [r for r in svc.desk.case_page(CaseFilter()) if r.id == cid]
    assert row.active_measures == ()
    assert cid not in {r.id for r in svc.desk.case_page(CaseFilter(active_measure="any"))}
    assert svc.desk.case_count(CaseFilter(active_measure="protective_order")) == 0
    _order(svc, cid, offender, victim)  # one in force today
    [row] = [r for r in svc.desk.case_page(CaseFilter()) if r.id == cid]
    assert row.active_measures == ("protective_order",)
    assert svc.desk.case_count(CaseFilter(active_measure="protective_order")) == 1
