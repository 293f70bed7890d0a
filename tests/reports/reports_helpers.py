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
    cid = svc.cases.open_case(address=FAMILY_ADDRESS, district="Есиль", source="111", beat="12").created
    victim = svc.people.add_person_to_case(cid, PersonInput(
        last_name="Нұрпейісова", first_name="Әсел", patronymic="Нұрланқызы", iin="880315400010",
        phones=[VICTIM_PHONE, "+7 707 111 22 33"], address=PERSON_ONLY_ADDRESS,
        safe_contact=PERSON_ONLY_SAFE), "affected", "self").created
    offender = svc.people.add_person_to_case(cid, PersonInput(
        last_name="Нұрпейісов", first_name="Ерлан", patronymic="Серікұлы",
        birth_date=dt.date(1985, 6, 2), sex="M",
        phones=["+7 777 123 45 67"], address=FAMILY_ADDRESS), "offender", "spouse").created
    child = svc.people.add_person_to_case(cid, PersonInput(
        last_name="Нұрпейісова", first_name="Інкәр", phones=[CHILD_PHONE]), "child", "child").created
    incident = svc.records.record_incident(cid, {
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
        "actions": ["delivered", "protective_order", "referral"]}, form_version=1).created
    questions = [f.id for f in registry.get("risk_checklist", 1).fields()
                 if f.type == "yes_no_unknown"]
    risk = svc.records.assess_risk(cid, {"assessed_at": "2026-11-19T10:00", "respondent": victim,
                                 **{q: "yes" if i < 11 else "no" for i, q in enumerate(questions)}},
                           form_version=1).created
    measure = svc.records.issue_measure(cid, {
        "measure_kind": "protective_order", "subject": offender, "protected_person": victim,
        "legal_basis": "law_2009_214", "legal_basis_article": "ст. 20 (ред. 16.06.2024)",
        "issued_by": "Ст. инспектор Сәрсенбаева А. Н.", "approved_by": "Начальник ОП Есиль",
        "issued_at": "2026-11-19", "served_at": "2026-11-19", "restrictions": ["no_contact"],
        "status": "active", "victim_address": VICTIM_ADDRESS, "victim_phone": VICTIM_PHONE,
        "safe_contact": VICTIM_SAFE, "shelter": SHELTER}, form_version=1).created
    court_measure = svc.records.issue_measure(cid, {
        "measure_kind": "special_requirements", "subject": offender, "protected_person": victim,
        "legal_basis": "koap", "issued_at": "2026-11-10", "valid_from": "2026-11-10",
        "valid_to": "2027-05-10", "restrictions": ["no_contact", "no_weapons"],
        "status": "active", "court_decision_date": "2026-11-10",
        "court_name": "Специализированный административный суд г. Астаны",
        "checkins_per_month": 2, "victim_address": VICTIM_ADDRESS, "shelter": SHELTER},
        form_version=1).created
    referral = svc.records.refer(cid, {
        "referred_at": "2026-11-19", "person": victim, "service": "crisis_centre",
        "service_name": SHELTER, "consent": "yes",
        "reason": "Временное размещение, психологическая и правовая помощь.",
        "safe_contact": VICTIM_SAFE}, form_version=1).created
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
    visit = svc.records.record_visit(cid, base_visit, form_version=1).created
    long_visit = svc.records.record_visit(cid, {**base_visit, "visit_at": "2026-11-20T08:00",
                                        "conversation_notes": LONG_NOTES}, form_version=1).created
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


# --- canaries: a unique string in every victim-only place of a case --------------------------

CANARY = "КАНАРЕЙКА"
CANARY_PHONES = ("+7 701 404 40 41", "+7 702 404 40 42", "+7 705 404 40 43", "+7 708 404 40 44")
FORM_PHONE = CANARY_PHONES[3]  # victim-only phone answers (a phone must look like one)
REVIEW_MARKS = re.compile(
    r"⚠|сверить|уточнить|уточняется|нақтыла|to be confirmed|\(\s*тексеру\s*\)|⚠\s*тексеру",
    re.IGNORECASE)
# version 1 marks fewer fields victim-only than version 2: these are kept off every
# offender rendering whatever the version (reports.documents.VICTIM_ONLY)
EXTRA_VICTIM_ONLY = {"prevention_visit": ("conversation_notes", "home_conditions",
                                          "children_notes", "violation_details")}


class Canaries:
    """Hands out unique canary strings and remembers them."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def __call__(self, where: str) -> str:
        value = f"{CANARY}-{len(self.texts):03d}-{where}"
        self.texts.append(value)
        return value

    def fill(self, registry, form_id: str, version: int, answers: dict) -> dict:
        """``answers`` with a canary in every text field the form keeps off the offender's
        copy (and every row of a group), plus the fields listed in EXTRA_VICTIM_ONLY."""
        form = registry.get(form_id, version)
        extra = set(EXTRA_VICTIM_ONLY.get(form_id, ()))
        out = {k: ([dict(r) for r in v] if isinstance(v, list) and v and isinstance(v[0], dict)
                   else v) for k, v in answers.items()}
        for top in form.top_fields():
            if top.type == "group":
                for i, row in enumerate(out.get(top.id) or []):
                    for child in top.children:
                        if child.type in ("text", "textarea") and not child.offender_copy:
                            row[child.id] = self(f"{form_id}.{top.id}[{i}].{child.id}")
            elif top.type in ("text", "textarea") and (not top.offender_copy or top.id in extra):
                out[top.id] = FORM_PHONE if "phone" in top.id else self(f"{form_id}.{top.id}")
        return out


@dataclass
class CanaryCase:
    case_id: str
    victim: str
    offender: str
    child: str
    visit: str
    incident: str
    referral: str
    offender_referral: str
    measures: dict  # kind -> record id (protective_order, ..., and "order_2025")
    canaries: Canaries


def build_canary_case(session) -> CanaryCase:
    """One case, every record under version 1 of its form, every measure kind, and a canary
    in every victim-only place: the persons' addresses, phones and safe contacts, and every
    victim-only answer."""
    svc = session.services
    reg = session.forms.registry
    c = Canaries()
    cid = svc.cases.open_case(address=c("case.address"), district="Есиль", source="102").created
    victim = svc.people.add_person_to_case(cid, PersonInput(
        last_name="Жұмабаева", first_name="Гүлнұр", patronymic="Өмірзаққызы",
        phones=[CANARY_PHONES[0]], address=c("victim.address"),
        safe_contact=c("victim.safe_contact")), "affected", "self").created
    offender = svc.people.add_person_to_case(cid, PersonInput(
        last_name="Жұмабаев", first_name="Нұрлан", patronymic="Бекұлы",
        birth_date=dt.date(1983, 3, 14), sex="M", phones=["+7 777 900 00 01"]),
        "offender", "spouse").created
    child = svc.people.add_person_to_case(cid, PersonInput(
        last_name="Жұмабаева", first_name="Аружан", phones=[CANARY_PHONES[1]],
        address=c("child.address"), safe_contact=c("child.safe_contact")),
        "child", "child").created
    grandmother = svc.people.add_person_to_case(cid, PersonInput(
        last_name="Жұмабаева", first_name="Күлән", phones=[CANARY_PHONES[2]],
        address=c("grandmother.address")), "elderly", "grandparent").created

    def fill(form_id, answers):
        return c.fill(reg, form_id, 1, answers)

    incident = svc.records.record_incident(cid, fill("incident_report", {
        "occurred_at": "2026-11-17T20:10", "reported_at": "2026-11-17T20:30", "channel": "102",
        "registration_no": "КУИ № 5100", "place_kind": "shared_home", "in_shelter": "yes",
        "narrative": "Угрозы и толчки; дети дома.", "violence_types": ["physical"],
        "gbvims_type": "physical_assault", "forced_marriage": "no", "injuries": "no",
        "weapon": "no", "strangulation": "no", "intoxication": "no", "children_present": "yes",
        "children_count": 1,
        "actions": ["delivered", "protective_order"]}), form_version=1).created
    common = {"subject": offender, "issued_by": "Ст. инспектор Сәрсенбаева А. Н.",
              "status": "active"}
    measures = {}
    measures["protective_order"] = svc.records.issue_measure(cid, fill("protective_measure", {
        **common, "measure_kind": "protective_order", "protected_person": victim,
        "legal_basis": "law_2009_214", "legal_basis_article": "ст. 20",
        "approved_by": "Начальник УП Есильского района Ахметов Б. С.",
        "issued_at": "2026-11-19", "served_at": "2026-11-19",
        "restrictions": ["no_contact", "no_weapons"]}), form_version=1).created
    measures["order_2025"] = svc.records.issue_measure(cid, fill("protective_measure", {
        **common, "measure_kind": "protective_order", "protected_person": victim,
        "legal_basis": "law_2009_214", "legal_basis_article": "ст. 20",
        "issued_at": "2025-06-10", "served_at": "2025-06-10", "status": "expired",
        "restrictions": ["no_contact"]}), form_version=1).created
    measures["special_requirements"] = svc.records.issue_measure(cid, fill("protective_measure", {
        "subject": offender, "status": "active", "measure_kind": "special_requirements",
        "protected_person": victim, "legal_basis": "koap", "issued_at": "2026-11-10",
        "valid_from": "2026-11-10", "valid_to": "2027-05-09",
        "court_name": "Специализированный административный суд г. Астаны",
        "court_decision_date": "2026-11-10", "checkins_per_month": 2,
        "restrictions": ["no_contact", "no_substances"]}), form_version=1).created
    measures["official_warning"] = svc.records.issue_measure(cid, fill("protective_measure", {
        **common, "measure_kind": "official_warning", "legal_basis": "law_2025_245",
        "issued_at": "2026-11-18"}), form_version=1).created
    measures["admin_detention"] = svc.records.issue_measure(cid, fill("protective_measure", {
        **common, "measure_kind": "admin_detention", "legal_basis": "koap",
        "issued_at": "2026-11-17", "detained_from": "2026-11-17T21:00",
        "detained_until": "2026-11-18T09:00"}), form_version=1).created
    measures["preventive_register"] = svc.records.issue_measure(cid, fill("protective_measure", {
        **common, "measure_kind": "preventive_register", "legal_basis": "law_2025_245",
        "issued_at": "2026-11-19", "valid_from": "2026-11-19"}), form_version=1).created
    referral = svc.records.refer(cid, fill("referral", {
        "referred_at": "2026-11-19", "person": victim, "service": "crisis_centre",
        "consent": "yes", "reason": "Временное размещение."}), form_version=1).created
    offender_referral = svc.records.refer(cid, fill("referral", {
        "referred_at": "2026-11-19", "person": offender, "service": "psychologist",
        "consent": "yes", "reason": "Психокоррекционная работа."}), form_version=1).created
    visit = svc.records.record_visit(cid, fill("prevention_visit", {
        "visit_at": "2026-11-20T09:30", "visit_type": "planned", "place": "home",
        "persons_met": [{"person": victim, "role": "affected"},
                        {"person": offender, "role": "offender"},
                        {"person": grandmother, "role": "elderly"}],
        "conversation_held": "yes", "conversation_with": offender, "conversation_minutes": 30,
        "conversation_online": "no", "conversation_minor": "no",
        "violence_signs": ["psychological"], "intoxication": "no", "children_present": "yes",
        "children_condition": "concerns", "rights_explained": ["victim_rights", "line_111"],
        "measure_in_force": "yes", "measure_compliance": "violated",
        "risk_reassessed": "no", "next_visit": "2026-11-27"}), form_version=1).created
    return CanaryCase(cid, victim, offender, child, visit, incident, referral, offender_referral,
                      measures, c)


# --- version 2: the forms' own valid samples, saved into a case, with canaries -------------

def v2_samples(form_id: str) -> list[dict]:
    """The valid answer sets of forms/samples/<form_id>.v2.yaml (empty when there is none)."""
    import yaml

    from inspector_desk.forms import default_forms_dir

    path = default_forms_dir() / "samples" / f"{form_id}.v2.yaml"
    if not path.exists():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [dict(item["answers"]) for item in data.get("valid") or []]


def _plain(value, persons: dict):
    if isinstance(value, dict):
        return {k: _plain(v, persons) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v, persons) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, str) and value.startswith("p-"):
        return persons.get(value, persons["p-victim"])
    return value


@dataclass
class V2Case:
    case_id: str
    offender: str
    victim: str
    records: list  # (document, record id, form id)
    canaries: Canaries


def build_v2_case(session) -> V2Case | None:
    """A case holding every valid version 2 sample of the visit, incident, measure and
    referral forms, with a canary in every victim-only place; None without version 2."""
    reg = session.forms.registry
    try:
        if reg.get("protective_measure").version < 2 or reg.get("prevention_visit").version < 2:
            return None
    except Exception:  # noqa: BLE001
        return None
    svc = session.services
    c = Canaries()
    cid = svc.cases.open_case(address=c("v2.case.address"), district="Есиль", source="102").created
    victim = svc.people.add_person_to_case(cid, PersonInput(
        last_name="Сейтқалиева", first_name="Әйгерім", phones=[CANARY_PHONES[0]],
        address=c("v2.victim.address"), safe_contact=c("v2.victim.safe")), "affected",
        "self").created
    offender = svc.people.add_person_to_case(cid, PersonInput(
        last_name="Сейтқалиев", first_name="Бауыржан", birth_date=dt.date(1980, 1, 5), sex="M"),
        "offender", "spouse").created
    child = svc.people.add_person_to_case(cid, PersonInput(
        last_name="Сейтқалиев", first_name="Дәурен", birth_date=dt.date(2015, 4, 1),
        phones=[CANARY_PHONES[1]], address=c("v2.child.address")), "child", "child").created
    persons = {"p-victim": victim, "p-offender": offender, "p-child": child}
    records = []
    for document, form_id, save in (("measure-notice", "protective_measure", svc.records.issue_measure),
                                    ("visit", "prevention_visit", svc.records.record_visit),
                                    ("incident", "incident_report", svc.records.record_incident),
                                    ("referral", "referral", svc.records.refer)):
        version = reg.get(form_id).version
        for answers in v2_samples(form_id):
            filled = c.fill(reg, form_id, version, _plain(answers, persons))
            records.append((document, save(cid, filled, form_version=version).created, form_id))
    return V2Case(cid, offender, victim, records, c)
