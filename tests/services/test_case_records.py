"""Visits, incidents, measures, referrals and risk assessments: answers validated by the real
forms, typed columns derived from them, the case's risk level and due date following."""

import datetime as dt
import io

import pytest

from inspector_desk.core.errors import ValidationError
from inspector_desk.core.records import FamilyCase, Incident, Measure, RiskAssessment, Visit
from inspector_desk.core.services import PersonInput

RISK_QS = [f"q{n:02d}" for n in range(1, 28)]


@pytest.fixture
def case(session):
    svc = session.services
    cid = svc.cases.open_case(address="г. Астана, ул. Сығанақ, д. 3, кв. 7", district="Есиль",
                        source="111").created
    victim = svc.people.add_person(PersonInput(last_name="Оспанова", first_name="Мәдина")).created
    offender = svc.people.add_person(PersonInput(last_name="Оспанов", first_name="Ерлан")).created
    svc.people.add_participant(cid, victim, "affected", "self")
    svc.people.add_participant(cid, offender, "offender", "spouse")
    return cid, victim, offender


def risk_answers(session, victim, yes_count, **extra):
    form = session.forms.registry.get("risk_checklist")
    qs = [f.id for f in form.fields() if f.type == "yes_no_unknown"]
    answers = {"assessed_at": "2026-11-20T09:00", "respondent": victim}
    answers.update({q: "yes" if i < yes_count else "no" for i, q in enumerate(qs)})
    answers.update(extra)
    return answers


def visit_answers(victim, **extra):
    return {"visit_at": "2026-11-19T15:00", "visit_type": "planned", "place": "home",
            "visit_address": "г. Астана, ул. Сығанақ, д. 3, кв. 7",
            "persons_met": [{"person": victim, "role": "affected"}],
            "conversation_held": "no", "intoxication": "no", "children_present": "no",
            "rights_explained": ["line_111"], "measure_in_force": "no", "risk_reassessed": "no",
            "next_visit": "2026-12-03", **extra}


def test_visit_with_conditional_field(session, case):
    cid, victim, _ = case
    svc = session.services
    with pytest.raises(ValidationError) as exc:
        svc.records.record_visit(cid, visit_answers(victim, children_present="yes"))
    assert "children_condition" in exc.value.errors
    vid = svc.records.record_visit(cid, visit_answers(victim, children_present="yes",
                                              children_condition="good")).created
    v = session.store.get(Visit, vid)
    assert v.visit_at == dt.datetime(2026, 11, 19, 15, 0, tzinfo=v.visit_at.tzinfo)
    assert v.visit_at.utcoffset() == dt.timedelta(hours=5)
    assert (v.visit_type, v.next_visit_due, v.form_id, v.form_version) == (
        "planned", dt.date(2026, 12, 3), "prevention_visit", 2)
    assert v.answers["children_condition"] == "good"


def test_a_person_outside_the_case_cannot_be_met(session, case):
    cid, _, _ = case
    stranger = session.services.people.add_person(PersonInput(last_name="Чужой", first_name="Ч")).created
    with pytest.raises(ValidationError):
        session.services.records.record_visit(cid, visit_answers(stranger))


def test_a_visit_in_the_future_is_refused(session, case):
    cid, victim, _ = case
    with pytest.raises(ValidationError):
        session.services.records.record_visit(cid, visit_answers(victim, visit_at="2026-12-01T10:00",
                                                         next_visit="2026-12-10"))


@pytest.mark.parametrize("yes, level", [(0, "standard"), (9, "standard"), (10, "medium"),
                                        (13, "medium"), (14, "high"), (27, "high")])
def test_risk_score_sets_the_case_level(session, case, yes, level):
    cid, victim, _ = case
    rid = session.services.records.assess_risk(cid, risk_answers(session, victim, yes)).created
    r = session.store.get(RiskAssessment, rid)
    assert (r.score, r.computed_level, r.level, r.override_level) == (yes, level, level, "")
    assert session.store.get(FamilyCase, cid).risk_level == level


def test_professional_override_needs_a_reason_and_wins(session, case):
    cid, victim, _ = case
    svc = session.services
    with pytest.raises(ValidationError):
        svc.records.assess_risk(cid, risk_answers(session, victim, 3, override_level="high"))
    rid = svc.records.assess_risk(cid, risk_answers(session, victim, 3, override_level="high",
                                            override_reason="Удушение в прошлом месяце")).created
    r = session.store.get(RiskAssessment, rid)
    assert (r.score, r.computed_level, r.level, r.override_level) == (3, "standard", "high", "high")
    assert r.override_reason == "Удушение в прошлом месяце"
    case_ = session.store.get(FamilyCase, cid)
    assert case_.risk_level == "high"
    # High risk: weekly contact.
    [due] = svc.cases.due(horizon_days=30)
    assert due.reason == "routine_high"


def test_protective_order_defaults_to_30_days_and_is_editable(session, case):
    cid, victim, offender = case
    svc = session.services
    base = {"measure_kind": "protective_order", "subject": offender,
            "protected_persons": [{"person": victim}], "document_no": "ЗП-26-00017",
            "legal_basis": "law_2025_245", "issued_by": "Ст. инспектор", "issued_at": "2026-11-20",
            "restrictions": ["no_contact"], "status": "active"}
    m = session.store.get(Measure, svc.records.issue_measure(cid, base).created)
    assert (m.kind, m.person_id, m.valid_from, m.valid_to) == (
        "protective_order", offender, dt.date(2026, 11, 20), dt.date(2026, 12, 20))
    m2 = session.store.get(Measure, svc.records.issue_measure(cid, {**base, "valid_to": "2026-12-10"}).created)
    assert m2.valid_to == dt.date(2026, 12, 10)


def test_expiring_measures_flag_a_missing_court_decision(session, case, clock):
    cid, victim, offender = case
    svc = session.services
    svc.records.issue_measure(cid, {"measure_kind": "protective_order", "subject": offender,
                            "protected_persons": [{"person": victim}], "document_no": "ЗП-1",
                            "legal_basis": "law_2025_245", "issued_by": "И",
                            "issued_at": "2026-10-25", "restrictions": ["no_contact"],
                            "status": "active"})
    clock.set(dt.datetime(2026, 11, 21, 9, 0, tzinfo=clock.now().tzinfo))
    [e] = svc.cases.expiring_measures()
    assert (e.days_left, e.court_decision_pending) == (3, True)


def test_the_dashboard_lists_the_soonest_ending_measures_and_counts_them_all(session, case, clock):
    cid, victim, offender = case
    svc = session.services
    ends = ["2026-11-25", "2026-11-22", "2026-11-24", "2026-12-30"]  # the last one: not soon
    for n, end in enumerate(ends):
        svc.records.issue_measure(cid, {
            "measure_kind": "protective_order", "subject": offender,
            "protected_persons": [{"person": victim}], "document_no": f"ЗП-{n}",
            "legal_basis": "law_2025_245", "issued_by": "И", "issued_at": "2026-11-01",
            "valid_to": end, "restrictions": ["no_contact"], "status": "active"})
    clock.set(dt.datetime(2026, 11, 21, 9, 0, tzinfo=clock.now().tzinfo))
    assert [e.days_left for e in svc.cases.expiring_measures()] == [1, 3, 4]
    assert [e.days_left for e in svc.cases.expiring_measures(limit=2)] == [1, 3]
    assert svc.cases.expiring_count() == 3
    d = svc.desk.dashboard()
    assert (len(d.expiring), d.expiring_total) == (3, 3)


def test_court_requirements_need_court_dates_and_checkins(session, case):
    cid, victim, offender = case
    svc = session.services
    answers = {"measure_kind": "special_requirements", "subject": offender,
               "protected_persons": [{"person": victim}], "court_decision_no": "7194-26-00-3/12",
               "legal_basis": "koap", "issued_at": "2026-11-01",
               "valid_from": "2026-11-01", "valid_to": "2027-05-01", "restrictions": ["no_contact"],
               "status": "active", "court_decision_date": "2026-11-01",
               "court_name": "Специализированный административный суд г. Астаны"}
    with pytest.raises(ValidationError) as exc:
        svc.records.issue_measure(cid, {**answers, "checkins_per_month": 5})
    assert "checkins_per_month" in exc.value.errors
    mid = svc.records.issue_measure(cid, {**answers, "checkins_per_month": 2}).created
    assert session.store.get(Measure, mid).checkins_per_month == 2
    breached = svc.records.set_measure_status(mid, "breached", "Звонил потерпевшей 18.11")
    assert session.store.get(Measure, mid).status == "breached"
    assert breached.due_changed


def test_incident_columns_and_new_incident_due_within_a_day(session, case, clock):
    cid, victim, _ = case
    svc = session.services
    iid = svc.records.record_incident(cid, {
        "occurred_at": "2026-11-20T07:30", "reported_at": "2026-11-20T08:00", "channel": "102",
        "place_kind": "shared_home", "incident_address": "г. Астана, ул. Сығанақ, д. 3, кв. 7",
        "narrative": "Супруг угрожал расправой.", "violence_types": ["psychological"],
        "gbvims_type": "psychological_abuse", "forced_marriage": "no", "injuries": "no",
        "weapon": "no", "strangulation": "no", "intoxication": "yes", "children_present": "no",
        "actions": ["delivered"], "statement": "police_initiative", "rights_explained": "yes",
        "admin_protocol": "no"}).created
    inc = session.store.get(Incident, iid)
    assert (inc.channel, inc.violence_types, inc.gbvims_type) == ("102", ["psychological"],
                                                                   "psychological_abuse")
    [due] = svc.cases.due()
    assert due.reason == "new_incident"
    assert due.due_at == dt.datetime(2026, 11, 21, 8, 0, tzinfo=due.due_at.tzinfo)


def test_referral_needs_consent(session, case):
    cid, victim, _ = case
    svc = session.services
    answers = {"referred_at": "2026-11-20", "person": victim, "service": "crisis_centre",
               "referral_kind": "voluntary", "consent": "no", "reason": "Нужна временная защита."}
    with pytest.raises(ValidationError):
        svc.records.refer(cid, answers)
    # A mandatory notification (guardianship body about a harmed child) needs no consent.
    svc.records.refer(cid, {**answers, "referral_kind": "mandatory_notification", "service": "guardianship"})
    rid = svc.records.refer(cid, {**answers, "consent": "yes"}).created
    svc.records.set_referral_outcome(rid, "accepted", dt.date(2026, 11, 21))
    view = svc.cases.get_case(cid)
    [ref] = [r for r in view.timeline if r.KIND == "referral" and r.id == rid]
    assert (ref.consent, ref.outcome, ref.outcome_at.date()) == (True, "accepted", dt.date(2026, 11, 21))


def test_a_record_keeps_its_form_version_after_a_new_version_loads(tmp_path, memory_keyring, clock,
                                                                  inspector):
    import copy

    from inspector_desk.app.forms_adapter import load_forms
    from inspector_desk.app.profile import Profiles
    from inspector_desk.keystore.device_secret import KeyringSecrets
    from inspector_desk.keystore.keyfile import KdfParams
    from tests.conftest import PASSPHRASE

    # Its own registry: loading version 2 must not leak into other tests' shared forms.
    profiles = Profiles(tmp_path / "own", KeyringSecrets(memory_keyring), clock,
                        kdf=KdfParams.fast_for_tests(), forms=load_forms())
    session = profiles.create("default", PASSPHRASE, inspector)
    svc = session.services
    cid = svc.cases.open_case(address="пр. Абая, 1", district="Есиль", source="102").created
    victim = svc.people.add_person_to_case(cid, PersonInput(last_name="Оспанова", first_name="Мәдина"),
                                    "affected", "self").created
    vid = svc.records.record_visit(cid, visit_answers(victim), form_version=1).created
    registry = session.forms.registry
    shipped = registry.get("prevention_visit").version
    v2 = copy.deepcopy(dict(registry.get("prevention_visit", 1).definition))
    v2["version"] = shipped + 1
    registry.add_definition(v2, source="test v-next")
    assert session.forms.latest_version("prevention_visit") == shipped + 1
    new = session.store.get(Visit, svc.records.record_visit(cid, visit_answers(victim)).created)
    assert new.form_version == shipped + 1
    old = session.store.get(Visit, vid)
    assert old.form_version == 1
    svc.records.update_record(Visit, vid, {**old.answers, "intoxication": "yes"})
    assert session.store.get(Visit, vid).form_version == 1
    session.lock()


def test_attachments_live_inside_the_vault(session, case, tmp_path):
    cid, _, _ = case
    svc = session.services
    photo = ("JPEG-Оспанова-" * 200_000).encode()  # ~3 MB: several chunks
    aid = svc.records.attach(cid, record_kind="case", record_id=cid, filename="синяк.jpg",
                     mime="image/jpeg", stream=io.BytesIO(photo)).created
    att, chunks = svc.records.read_attachment(aid)
    assert b"".join(chunks) == photo and att.size == len(photo)
    session.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    folder = session.vault.path.parent
    for f in folder.iterdir():
        if f.is_file():
            assert "Оспанова".encode() not in f.read_bytes(), f.name
    assert not any(p.suffix == ".jpg" for p in tmp_path.rglob("*"))


def test_deleted_visit_travels_as_a_deletion(session, case):
    cid, victim, _ = case
    svc = session.services
    vid = svc.records.record_visit(cid, visit_answers(victim)).created
    svc.records.delete_record(Visit, vid)
    last = list(session.store.changes_since(0))[-1]
    assert last[1:] == ("visit", vid, 2, "delete")
    assert svc.cases.get_case(cid).timeline == []
