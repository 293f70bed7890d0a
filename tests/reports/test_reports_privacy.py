"""The copy served on the offender never shows the affected person's address, phone, safe
way of contact or shelter: not from the forms (privacy marks), not from the Person records,
not by accident through a free-text field. Proved for every offender document, in every
language, and for every measure of a demo vault."""

from __future__ import annotations

import pytest
from reports_helpers import (
    PRIVATE_PHONES,
    PRIVATE_TEXTS,
    SHELTER,
    VICTIM_ADDRESS,
    VICTIM_PHONE,
    digits,
    squash,
    text_of,
)

from inspector_desk.app import documents
from inspector_desk.app.demo import generate
from inspector_desk.core.errors import ValidationError
from inspector_desk.core.records import Measure
from inspector_desk.reports.documents import private_details

OFFENDER_DOCUMENTS = ("measure-notice",)


def assert_nothing_private(pdf: bytes, texts=PRIVATE_TEXTS, phones=PRIVATE_PHONES) -> None:
    text = text_of(pdf)
    flat, numbers = squash(text).casefold(), digits(text)
    for private in texts:
        assert squash(private).casefold() not in flat, private
    for phone in phones:
        assert digits(phone)[-10:] not in numbers, phone
    # the metadata carries no personal detail either
    from reports_helpers import reader

    meta = " ".join(str(v) for v in (reader(pdf).metadata or {}).values())
    for private in texts:
        assert private not in meta


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
@pytest.mark.parametrize("document", OFFENDER_DOCUMENTS)
@pytest.mark.parametrize("which", ["measure", "court_measure"])
def test_offender_copy_shows_no_private_detail(session, rich, document, lang, which):
    pdf = documents.print_record(session, document, getattr(rich, which), lang)
    assert_nothing_private(pdf)
    text = text_of(pdf)
    # ... but it does name the person served and the person protected
    assert "Нұрпейісов Ерлан Серікұлы" in text
    assert "Нұрпейісова Әсел Нұрланқызы" in text


def test_the_same_details_are_on_internal_documents(session, rich):
    """The check above is meaningful: the private details are in the vault and printed
    where they belong."""
    incident = squash(text_of(documents.print_record(session, "incident", rich.incident, "ru")))
    assert squash(VICTIM_ADDRESS) in incident and squash(SHELTER) in incident
    assert squash(VICTIM_PHONE) in incident
    summary = text_of(documents.print_case_summary(session, rich.case_id, "ru"))
    assert "7015551234" in digits(summary)


def test_a_private_detail_typed_into_a_visible_field_stops_the_print(session, rich):
    measure = session.store.get(Measure, rich.measure)
    session.services.records.update_record(Measure, rich.measure, {
        **measure.answers, "issued_by": f"Инспектор Сәрсенбаева; проживает: {VICTIM_ADDRESS}"})
    with pytest.raises(ValidationError) as exc:
        documents.print_record(session, "measure-notice", rich.measure, "ru")
    assert exc.value.errors == {"document": ["private_data_on_offender_copy"]}
    assert not session.services.cases.audit_log(record_id=rich.measure, action="print")


def test_a_private_phone_in_another_shape_stops_the_print(session, rich):
    measure = session.store.get(Measure, rich.measure)
    session.services.records.update_record(Measure, rich.measure, {
        **measure.answers, "approved_by": "Начальник ОП, тел. 8 (701) 555-12-34"})
    with pytest.raises(ValidationError):
        documents.print_record(session, "measure-notice", rich.measure, "kk")


def test_private_details_cover_persons_and_private_answers(session, rich):
    case = documents.case_file(session, rich.case_id)
    texts, phones = private_details(case, session.forms.registry, rich.offender)
    for private in PRIVATE_TEXTS:
        assert " ".join(private.casefold().split()) in texts, private
    assert {digits(p)[-10:] for p in PRIVATE_PHONES} <= phones
    assert "7771234567" not in phones  # the offender's own phone is not private from him


def test_every_measure_notice_of_a_demo_vault_is_clean(session):
    generate(session, households=25, seed=11)
    measures = session.store.find(Measure)
    assert measures
    for m in measures:
        case = documents.case_file(session, m.case_id)
        texts, phones = private_details(case, session.forms.registry, m.person_id)
        pdf = documents.print_record(session, "measure-notice", m.id, "ru")
        text = text_of(pdf)
        flat = " ".join(text.casefold().split())
        assert not [t for t in texts if t in flat], m.id
        assert not [p for p in phones if p in digits(text)], m.id
