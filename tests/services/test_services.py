"""Use cases through the services, on a real vault, with a fixed clock."""

import datetime as dt

import pytest

from inspector_desk.core.errors import Conflict, InvalidIIN, NotFound, ValidationError
from inspector_desk.core.records import FamilyCase, Participant, Person
from inspector_desk.core.services import PersonInput


def open_case(svc, address="г. Астана, ул. Кенесары, д. 40, кв. 12"):
    return svc.cases.open_case(address=address, district="Есиль", source="102").created


def person(svc, case_id, role="affected", **kw):
    data = PersonInput(**{"last_name": "Сәрсенова", "first_name": "Әйгерім", **kw})
    pid = svc.people.add_person(data).created
    svc.people.add_participant(case_id, pid, role, kw.pop("relation", "self") if role == "affected" else "spouse")
    return pid


def test_case_numbers_are_readable_and_sequential(session):
    svc = session.services
    a = session.store.get(FamilyCase, open_case(svc))
    b = session.store.get(FamilyCase, open_case(svc))
    prefix = session.actor.case_prefix
    assert len(prefix) == 4 and not set(prefix) & set("ILOU")
    assert (a.case_no, b.case_no) == (f"{prefix}-2026-0001", f"{prefix}-2026-0002")
    assert svc.cases.find_case_by_number(b.case_no.lower()).id == b.id


def test_open_case_validates_every_field_at_once(session):
    with pytest.raises(ValidationError) as exc:
        session.services.cases.open_case(address=" ", district="", source="telegram")
    assert exc.value.errors == {"address": ["required"], "district": ["required"],
                                "source": ["unknown_value"]}


def test_iin_fills_birth_date_and_sex_and_wrong_check_digit_is_refused(session):
    svc = session.services
    pid = svc.people.add_person(PersonInput(last_name="Ахметова", first_name="Жанар", iin="880315400010")).created
    p = session.store.get(Person, pid)
    assert (p.birth_date, p.sex) == (dt.date(1988, 3, 15), "F")
    with pytest.raises(InvalidIIN) as exc:
        svc.people.add_person(PersonInput(last_name="Ахметова", first_name="Жанар", iin="880315400012"))
    assert exc.value.errors == {"iin": ["iin_check_digit"]}
    with pytest.raises(ValidationError) as exc:
        svc.people.add_person(PersonInput(last_name="Х", first_name="Y", iin="950101300036",
                                   birth_date=dt.date(1995, 1, 2), sex="F"))
    assert exc.value.errors == {"birth_date": ["iin_birth_date_mismatch"], "sex": ["iin_sex_mismatch"]}


def test_same_iin_twice_is_a_conflict_naming_the_existing_person(session):
    svc = session.services
    first = svc.people.add_person(PersonInput(last_name="А", first_name="Б", iin="880315400010")).created
    with pytest.raises(Conflict) as exc:
        svc.people.add_person(PersonInput(last_name="А", first_name="Б", iin="8803 1540 0010"))
    assert exc.value.params["person_id"] == first


def test_a_person_is_shared_between_cases_with_a_role_in_each(session):
    svc = session.services
    c1, c2 = open_case(svc), open_case(svc, "г. Астана, пр. Абая, д. 3")
    pid = person(svc, c1, "affected")
    svc.people.add_participant(c2, pid, "witness")
    roles = {p.case_id: p.role for p in session.store.find(Participant, person_id=pid)}
    assert roles == {c1: "affected", c2: "witness"}
    with pytest.raises(Conflict):
        svc.people.add_participant(c1, pid, "affected")


def test_any_family_member_can_be_the_affected_person(session):
    svc = session.services
    c = open_case(svc)
    man = person(svc, c, "affected", sex="M", first_name="Ерлан", last_name="Омаров")
    view = svc.cases.get_case(c)
    assert [(p.participant.role, p.person.id) for p in view.participants] == [("affected", man)]


def test_every_change_is_in_the_change_log_and_the_audit_chain(session):
    svc = session.services
    c = open_case(svc)
    pid = person(svc, c)
    svc.cases.get_case(c)
    log = list(session.store.changes_since(0))
    assert [(kind, op) for _, kind, _, _, op in log] == [
        ("case", "upsert"), ("person", "upsert"), ("participant", "upsert")]
    seqs = [s for s, *_ in log]
    assert seqs == sorted(seqs) and len(set(seqs)) == 3
    actions = [(e.action, e.kind) for e in svc.cases.audit_log()]
    assert ("create", "case") in actions and ("view", "case") in actions
    assert all(e.actor == "A-1047" for e in svc.cases.audit_log() if e.action != "create" or e.kind != "vault")
    assert session.vault.doctor().audit_problems == []
    # Audit entries name records by id only, never by content.
    assert all("Сәрсенова" not in (e.detail + e.record_id) for e in svc.cases.audit_log())
    svc.records.delete_record(Participant, session.store.find(Participant, person_id=pid)[0].id)
    assert list(session.store.changes_since(seqs[-1]))[0][4] == "delete"


def test_audit_tampering_is_found_by_doctor(session):
    svc = session.services
    open_case(svc)
    open_case(svc)
    session.vault.conn.execute("UPDATE audit SET actor = 'someone' WHERE seq = 2")
    report = session.vault.doctor()
    assert not report.ok
    assert any("entry 2: content was changed" in p for p in report.audit_problems)
    session.vault.conn.execute("DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)")
    assert any("head says" in p for p in session.vault.doctor().audit_problems)


def test_closed_case_takes_no_more_changes_and_leaves_the_due_list(session, clock):
    svc = session.services
    c = open_case(svc)
    assert [d.case_id for d in svc.cases.due(horizon_days=30)] == [c]
    with pytest.raises(ValidationError):
        svc.cases.close_case(c, "other")  # "other" needs a note
    svc.cases.close_case(c, "family_moved")
    with pytest.raises(ValidationError) as exc:
        person(svc, c)
    assert exc.value.errors == {"case": ["case_closed"]}
    assert svc.cases.due(horizon_days=30) == []


def test_due_list_and_overdue_with_a_fixed_clock(session, clock):
    svc = session.services
    c = open_case(svc)  # unknown risk: first contact within 7 days
    assert svc.cases.overdue() == []
    [item] = svc.cases.due()
    assert (item.case_id, item.reason, item.overdue) == (c, "routine_unknown", False)
    assert item.due_at == clock.now() + dt.timedelta(days=7)
    clock.advance(days=8)
    [late] = svc.cases.overdue()
    assert late.case_id == c and late.overdue
    assert svc.cases.due(inspector="someone-else") == []


def test_search_finds_kazakh_names_by_russian_look_alikes(session):
    svc = session.services
    c = open_case(svc, "г. Астана, ул. Қабанбай батыр, д. 11")
    person(svc, c, last_name="Нұрпейісова", first_name="Әсел", iin="880315400010",
           phones=["+7 701 555 12 34"])
    for query in ("Нурпейисова", "нұрпей", "асел нурп", "НУРПЕЙІСОВА ӘСЕЛ", "8803154", "701555",
                  "87015551234", "кабанбай"):
        hits = svc.cases.search(query)
        assert hits, query
        assert set(hits[0].case_ids) == {c}, query
    assert svc.cases.search("Фёдоров") == []
    assert svc.cases.search("  ,. ") == []


def test_search_yo_and_ye(session):
    svc = session.services
    c = open_case(svc)
    person(svc, c, last_name="Фёдорова", first_name="Алёна")
    assert svc.cases.search("федорова алена")[0].title == "Фёдорова Алёна"


def test_update_person_with_stale_version_is_a_conflict(session):
    svc = session.services
    pid = svc.people.add_person(PersonInput(last_name="А", first_name="Б")).created
    svc.people.update_person(pid, PersonInput(last_name="А", first_name="В"), expected_version=1)
    with pytest.raises(Conflict):
        svc.people.update_person(pid, PersonInput(last_name="А", first_name="Г"), expected_version=1)


def test_unknown_case_is_not_found(session):
    with pytest.raises(NotFound):
        session.services.cases.get_case("no-such-id")
    with pytest.raises(NotFound):
        session.services.cases.find_case_by_number("XXXX-2026-9999")


def test_a_failed_use_case_leaves_nothing_behind(session):
    svc = session.services
    c = open_case(svc)
    before = list(session.store.changes_since(0))
    audit_before = len(svc.cases.audit_log())
    with pytest.raises(ValidationError):
        svc.people.add_participant(c, "x", "villain")
    with pytest.raises(NotFound):
        svc.people.add_participant(c, "no-such-person", "affected")
    assert list(session.store.changes_since(0)) == before
    assert len(svc.cases.audit_log()) == audit_before
