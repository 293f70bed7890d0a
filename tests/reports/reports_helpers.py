"""Helpers shared by the document tests (imported as ``reports_helpers``)."""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass

from pypdf import PdfReader

from inspector_desk.core.services import PersonInput

# Private details of the affected person, each written only where it belongs: the Person
# record and the forms' private fields. None may ever reach the offender's copy.
VICTIM_ADDRESS = "г. Астана, пр. Тұран, д. 19, кв. 44"
VICTIM_PHONE = "+7 701 555 12 34"
VICTIM_SAFE = "Через сестру Гүлнар, после 18:00"
SHELTER = "Кризисный центр «Қамқор», ул. Жұбанов, 5"
FAMILY_ADDRESS = "г. Астана, ул. Сығанақ, д. 3, кв. 7"
CHILD_PHONE = "+7 705 999 88 77"
PERSON_ONLY_ADDRESS = "мкр. Шұғыла, д. 77, кв. 700"  # only on the Person record
PERSON_ONLY_SAFE = "Писать в Telegram @safe_asel"    # only on the Person record
PRIVATE_TEXTS = (VICTIM_ADDRESS, VICTIM_SAFE, SHELTER, FAMILY_ADDRESS, PERSON_ONLY_ADDRESS,
                 PERSON_ONLY_SAFE)
PRIVATE_PHONES = (VICTIM_PHONE, CHILD_PHONE, "+7 707 111 22 33")

LONG_NOTES = (
    "Беседа проведена с правонарушителем в присутствии супруги. Разъяснены последствия "
    "нарушения защитного предписания и порядок обращения на линии 111 и 102.\n"
    "Әңгімелесу барысында құқық бұзушыға қорғау нұсқамасын бұзудың салдары түсіндірілді; "
    "ол жұбайымен байланыс жасамауға уәде берді. "
) * 14


@dataclass
class RichCase:
    case_id: str
    case_no: str
    victim: str
    offender: str
    child: str
    visit: str
    long_visit: str
    incident: str
    measure: str
    court_measure: str
    referral: str
    risk: str


def build_rich_case(session) -> RichCase:
    """A case with every kind of record and private details in every place they can be."""
    svc = session.services
    registry = session.forms.registry
    cid = svc.open_case(address=FAMILY_ADDRESS, district="Есиль", source="111", beat="12").created
    victim = svc.add_person_to_case(cid, PersonInput(
        last_name="Нұрпейісова", first_name="Әсел", patronymic="Нұрланқызы", iin="880315400010",
        phones=[VICTIM_PHONE, "+7 707 111 22 33"], address=PERSON_ONLY_ADDRESS,
        safe_contact=PERSON_ONLY_SAFE), "affected", "self").created
    offender = svc.add_person_to_case(cid, PersonInput(
        last_name="Нұрпейісов", first_name="Ерлан", patronymic="Серікұлы",
        birth_date=dt.date(1985, 6, 2), sex="M",
        phones=["+7 777 123 45 67"], address=FAMILY_ADDRESS), "offender", "spouse").created
    child = svc.add_person_to_case(cid, PersonInput(
        last_name="Нұрпейісова", first_name="Інкәр", phones=[CHILD_PHONE]), "child", "child").created
    incident = svc.record_incident(cid, {
        "occurred_at": "2026-11-18T21:40", "reported_at": "2026-11-18T22:05", "channel": "102",
        "registration_no": "КУИ № 4521", "place_kind": "shared_home",
        "incident_address": FAMILY_ADDRESS, "victim_address": VICTIM_ADDRESS,
        "victim_phone": VICTIM_PHONE, "safe_contact": VICTIM_SAFE, "in_shelter": "yes",
        "shelter_name": SHELTER,
        "narrative": "Супруг в состоянии опьянения угрожал расправой; дочь Інкәр была дома.",
        "violence_types": ["physical", "psychological"], "gbvims_type": "physical_assault",
        "forced_marriage": "no", "injuries": "yes", "injuries_description": "Кровоподтёк плеча.",
        "medical_help": ["ambulance"], "weapon": "no", "strangulation": "no",
        "intoxication": "yes", "children_present": "yes", "children_count": 1,
        "actions": ["delivered", "protective_order", "referral"]}).created
    questions = [f.id for f in registry.get("risk_checklist").fields() if f.type == "yes_no_unknown"]
    risk = svc.assess_risk(cid, {"assessed_at": "2026-11-19T10:00", "respondent": victim,
                                 **{q: "yes" if i < 11 else "no" for i, q in enumerate(questions)}}
                           ).created
    measure = svc.issue_measure(cid, {
        "measure_kind": "protective_order", "subject": offender, "protected_person": victim,
        "legal_basis": "law_2009_214", "legal_basis_article": "ст. 20 (ред. 16.06.2024)",
        "issued_by": "Ст. инспектор Сәрсенбаева А. Н.", "approved_by": "Начальник ОП Есиль",
        "issued_at": "2026-11-19", "served_at": "2026-11-19", "restrictions": ["no_contact"],
        "status": "active", "victim_address": VICTIM_ADDRESS, "victim_phone": VICTIM_PHONE,
        "safe_contact": VICTIM_SAFE, "shelter": SHELTER}).created
    court_measure = svc.issue_measure(cid, {
        "measure_kind": "special_requirements", "subject": offender, "protected_person": victim,
        "legal_basis": "koap", "issued_at": "2026-11-10", "valid_from": "2026-11-10",
        "valid_to": "2027-05-10", "restrictions": ["no_contact", "no_weapons"],
        "status": "active", "court_decision_date": "2026-11-10",
        "court_name": "Специализированный административный суд г. Астаны",
        "checkins_per_month": 2, "victim_address": VICTIM_ADDRESS, "shelter": SHELTER}).created
    referral = svc.refer(cid, {
        "referred_at": "2026-11-19", "person": victim, "service": "crisis_centre",
        "service_name": SHELTER, "consent": "yes",
        "reason": "Временное размещение, психологическая и правовая помощь.",
        "safe_contact": VICTIM_SAFE}).created
    base_visit = {
        "visit_at": "2026-11-20T09:30", "visit_type": "joint", "joint_with": ["social_worker"],
        "joint_officer": "Соцработник Омарова Д. К.", "place": "home",
        "visit_address": VICTIM_ADDRESS, "safe_contact": VICTIM_SAFE,
        "persons_met": [{"person": victim, "role": "affected"},
                        {"person": offender, "role": "offender"}],
        "conversation_held": "yes", "conversation_with": offender, "conversation_minutes": 45,
        "conversation_online": "no", "conversation_minor": "no",
        "conversation_notes": "Разъяснены последствия нарушения предписания.",
        "home_conditions": "Порядок; следов повреждения имущества нет.",
        "violence_signs": ["psychological"], "intoxication": "no", "children_present": "yes",
        "children_condition": "concerns", "children_notes": "Інкәр замкнута, плохо спит.",
        "rights_explained": ["victim_rights", "line_111", "crisis_centre"],
        "measure_in_force": "yes", "measure_compliance": "complied", "risk_reassessed": "yes",
        "risk_level": "medium", "next_visit": "2026-11-27"}
    visit = svc.record_visit(cid, base_visit).created
    long_visit = svc.record_visit(cid, {**base_visit, "visit_at": "2026-11-20T08:00",
                                        "conversation_notes": LONG_NOTES}).created
    case_no = session.store.get_any("case", cid).case_no
    return RichCase(cid, case_no, victim, offender, child, visit, long_visit, incident, measure,
                    court_measure, referral, risk)


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(pdf).pages]


def text_of(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


def squash(text: str) -> str:
    """Text without any whitespace: line breaks inside cells do not matter."""
    return re.sub(r"\s+", "", text)


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)
