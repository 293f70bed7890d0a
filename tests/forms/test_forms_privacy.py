"""Privacy marks: the offender's copy never shows the victim's contacts; statistics get no
personal details."""

from __future__ import annotations

import pytest
from forms_helpers import SHIPPED, sample_file

from inspector_desk.forms import FormContext, FormRegistry
from inspector_desk.forms.check import sample_context

CONTACT_WORDS = ("address", "phone", "safe_contact", "shelter")

SECRET = {
    "incident_report": {"incident_address": "СЕКРЕТ-адрес-1", "victim_address": "СЕКРЕТ-адрес-2",
                        "victim_phone": "+7 777 SECRET", "safe_contact": "СЕКРЕТ-связь",
                        "in_shelter": "yes", "shelter_name": "СЕКРЕТ-убежище"},
    "protective_measure": {"victim_address": "СЕКРЕТ-адрес", "victim_phone": "+7 777 SECRET",
                           "safe_contact": "СЕКРЕТ-связь", "shelter": "СЕКРЕТ-убежище"},
    "prevention_visit": {"visit_address": "СЕКРЕТ-адрес", "safe_contact": "СЕКРЕТ-связь"},
    "referral": {"service_name": "СЕКРЕТ-кризисный центр", "safe_contact": "СЕКРЕТ-связь"},
}


def _filled(form_id: str) -> tuple[dict, FormContext]:
    data = sample_file(form_id)
    answers = {**data["valid"][0]["answers"], **SECRET.get(form_id, {})}
    return answers, sample_context(data["context"])


@pytest.mark.parametrize("form_id", SHIPPED)
def test_every_contact_field_is_kept_off_the_offenders_copy(registry: FormRegistry,
                                                            form_id: str) -> None:
    for field in registry.get(form_id).fields():
        if any(word in field.id for word in CONTACT_WORDS):
            assert not field.offender_copy, f"{form_id}.{field.id}"


@pytest.mark.parametrize("form_id", sorted(SECRET))
@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_offender_copy_never_shows_victim_contacts(registry: FormRegistry, form_id: str,
                                                   lang: str) -> None:
    form = registry.get(form_id)
    answers, context = _filled(form_id)
    assert form.validate(answers, context) == []
    internal = [tuple(f) for s in form.render(answers, context, lang) for f in s.fields]
    offender = [tuple(f) for s in form.render(answers, context, lang, "offender") for f in s.fields]
    text = repr(offender)
    assert "СЕКРЕТ" not in text and "SECRET" not in text
    hidden = {f.id for f in form.fields() if not f.offender_copy}
    assert not hidden & {field_id for field_id, _label, _value in offender}
    assert "СЕКРЕТ" in repr(internal)  # the internal copy does show them
    assert len(offender) < len(internal)


def test_protective_measure_offender_copy_in_detail(registry: FormRegistry) -> None:
    form = registry.get("protective_measure")
    answers, context = _filled("protective_measure")
    sections = form.render(answers, context, "ru", "offender")
    assert "victim_contacts" not in [s.id for s in sections]
    fields = [f.field_id for s in sections for f in s.fields]
    assert "victim_address" not in fields and "victim_phone" not in fields
    assert "restrictions" in fields and "offender_signature" in fields


@pytest.mark.parametrize("form_id", SHIPPED)
def test_statistics_copy_has_no_free_text_or_contacts(registry: FormRegistry,
                                                      form_id: str) -> None:
    form = registry.get(form_id)
    answers, context = _filled(form_id)
    rendered = form.render(answers, context, "ru", "statistics")
    shown = {f.field_id.split("[")[0] for s in rendered for f in s.fields}
    for field in form.fields():
        free_text = field.type in ("text", "textarea", "attachment")
        if field.type == "textarea" or (free_text and any(w in field.id for w in CONTACT_WORDS)):
            assert field.id not in shown, f"{form_id}.{field.id}"
    exported = form.redact(answers, "statistics")
    assert "СЕКРЕТ" not in repr(exported) and "SECRET" not in repr(exported)
    assert set(exported) <= {f.id for f in form.top_fields() if f.statistics}


def test_redact_for_the_offender_drops_private_fields(registry: FormRegistry) -> None:
    answers, _context = _filled("incident_report")
    kept = registry.get("incident_report").redact(answers, "offender")
    assert not {"incident_address", "victim_address", "victim_phone", "safe_contact",
                "in_shelter", "shelter_name"} & set(kept)
    assert kept["narrative"] == answers["narrative"]


def test_children_of_a_private_group_are_private(context: FormContext) -> None:
    form = FormRegistry().add_definition({
        "id": "demo", "version": 1, "title": {"ru": "Демо"},
        "sections": [{"id": "s", "title": {"ru": "Раздел"}, "fields": [
            {"id": "contacts", "type": "group", "label": {"ru": "Контакты"},
             "privacy": {"offender_copy": False},
             "fields": [{"id": "phone", "type": "text", "label": {"ru": "Телефон"}}]},
            {"id": "note_text", "type": "text", "label": {"ru": "Заметка"}}]}]})
    assert not form.field("phone").offender_copy
    answers = {"contacts": [{"phone": "+7 777"}], "note_text": "ok"}
    offender = [f.field_id for s in form.render(answers, context, audience="offender")
                for f in s.fields]
    assert offender == ["note_text"]
    assert form.redact(answers, "offender") == {"note_text": "ok"}


def test_unknown_audience_is_refused(registry: FormRegistry, context: FormContext) -> None:
    with pytest.raises(ValueError, match="unknown audience"):
        registry.get("referral").render({}, context, audience="press")
