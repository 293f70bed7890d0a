"""Privacy marks: the offender's copy never shows the victim's details; statistics get no
personal details. Every version of every shipped form is checked.

The victim-only fields are found from the definitions (every field with
``privacy: {offender_copy: false}``, inside repeated groups too), never from their ids: each is
filled with its own canary text and no canary may reach an offender copy in any language.
"""

from __future__ import annotations

import copy
from typing import Any, Callable

import pytest
from forms_helpers import SHIPPED, definition_files, sample_file, sample_files

from inspector_desk.forms import FormContext, FormRegistry
from inspector_desk.forms.check import sample_context
from inspector_desk.forms.form import Form
from inspector_desk.forms.model import FieldDef

LANGS = ("ru", "kk", "en")
CANARY = "§КАН"  # short: a canary must fit constrained fields (a phone: 5-20 characters)
TEXT_TYPES = ("text", "textarea", "attachment")

# The contact-field listing below is a name heuristic on top of the generic checks.
CONTACT_WORDS = ("address", "phone", "safe_contact", "shelter")
# Ids that contain a contact word but hold no victim data: incident_report v2 `addressed_to`
# is the chief the рапорт is addressed to (printed on every copy). Listed explicitly so a new
# field that merely looks like one has to be added here on purpose.
NOT_CONTACTS = {("incident_report", 2, "addressed_to")}

# Answers added to the sample sets so that every victim-only field is relevant in at least one
# of them (the coverage test fails when a field is never exercised).
EXTRA: dict[tuple[str, int], list[dict[str, Any]]] = {
    ("prevention_visit", 2): [{"measure_in_force": "yes", "measure_compliance": "violated"}],
}

def canary(form: Form, field: FieldDef, row: int | None = None) -> str:
    """Unique per field (its position in the form) and per group entry."""
    number = [f.id for f in form.fields()].index(field.id)
    return f"{CANARY}{number:03d}" + ("" if row is None else f".{row}")


def fill(form: Form, answers: dict[str, Any], private: Callable[[FieldDef], bool]) -> dict[str, Any]:
    """``answers`` with every answerable field for which ``private`` holds set: text-like
    fields to their canary (each entry of a repeated group its own), yes/no/unknown to "yes"
    (so the details that depend on it are asked). Other kinds keep the sample's answer."""
    out = copy.deepcopy(answers)
    for field in form.fields():
        if not private(field) or not field.takes_answer or field.type == "group":
            continue
        if field.type in TEXT_TYPES:
            if field.group is None:
                out[field.id] = canary(form, field)
            else:
                for row, entry in enumerate(out.get(field.group) or []):
                    entry[field.id] = canary(form, field, row)
        elif field.type == "yes_no_unknown":
            if field.group is None:
                out[field.id] = "yes"
            else:
                for entry in out.get(field.group) or []:
                    entry[field.id] = "yes"
    return out


def victim_only(field: FieldDef) -> bool:
    return not field.offender_copy


def not_for_statistics(field: FieldDef) -> bool:
    return not field.statistics


def filled_sets(registry: FormRegistry, form_id: str, version: int,
                private: Callable[[FieldDef], bool] = victim_only,
                ) -> tuple[Form, list[dict[str, Any]], FormContext]:
    """Every valid sample set of the form version (and the EXTRA variants of the first one),
    with the private fields filled with canaries; each must still be valid."""
    data = sample_file(form_id, version)
    context = sample_context(data["context"])
    form = registry.get(form_id, version)
    bases = [case["answers"] for case in data["valid"]]
    bases += [{**bases[0], **extra} for extra in EXTRA.get((form_id, version), [])]
    sets = [fill(form, base, private) for base in bases]
    for answers in sets:
        assert form.validate(answers, context) == [], answers
    return form, sets, context


def lines(form: Form, answers: dict[str, Any], context: FormContext, lang: str,
          audience: str = "internal") -> list[tuple[str, str, str]]:
    return [tuple(f) for s in form.render(answers, context, lang, audience) for f in s.fields]


@pytest.mark.parametrize(("form_id", "version"), definition_files())
def test_every_contact_field_is_kept_off_the_offenders_copy(registry: FormRegistry,
                                                            form_id: str, version: int) -> None:
    checked = 0
    for field in registry.get(form_id, version).fields():
        if (form_id, version, field.id) in NOT_CONTACTS:
            continue
        if any(word in field.id for word in CONTACT_WORDS):
            assert not field.offender_copy, f"{form_id} v{version}.{field.id}"
            checked += 1
    if form_id != "risk_checklist":
        assert checked, f"{form_id} v{version} has no contact field at all?"


def test_addressed_to_is_the_chief_and_is_printed(registry: FormRegistry) -> None:
    field = registry.get("incident_report", 2).field("addressed_to")
    assert field.type == "text" and field.offender_copy


def test_the_victim_only_fields_are_found_inside_groups_too(registry: FormRegistry) -> None:
    """The generic search finds what spec D lists for prevention_visit v2."""
    form = registry.get("prevention_visit", 2)
    hidden = {(f.group, f.id) for f in form.fields() if not f.offender_copy}
    assert {(None, "visit_address"), ("persons_met", "safe_contact"), (None, "conversation_notes"),
            (None, "home_conditions"), (None, "children_notes"),
            (None, "violation_details")} <= hidden
    assert form.field("remarks").offender_copy  # the remarks on the act stay printable
    assert {"victim_address", "victim_phone", "safe_contact", "shelter"} <= {
        f.id for f in registry.get("protective_measure", 2).fields() if not f.offender_copy}


@pytest.mark.parametrize(("form_id", "version"), sample_files())
def test_offender_copy_never_shows_victim_only_fields(registry: FormRegistry, form_id: str,
                                                      version: int) -> None:
    form, sets, context = filled_sets(registry, form_id, version)
    hidden = {f.id for f in form.fields() if not f.offender_copy}
    shown_internally: set[str] = set()
    for answers in sets:
        for lang in LANGS:
            internal = lines(form, answers, context, lang)
            offender = lines(form, answers, context, lang, "offender")
            assert CANARY not in repr(offender), (lang, answers)
            assert not hidden & {fid.split(".")[-1].split("[")[0] for fid, _l, _v in offender}
            if hidden:
                assert len(offender) < len(internal)
            shown_internally |= {value for _fid, _label, value in internal if CANARY in value}
        assert CANARY not in repr(form.redact(answers, "offender"))
    # every victim-only text field was relevant (and so really tested) in some set
    expected = {canary(form, f, 0 if f.group else None) for f in form.fields()
                if not f.offender_copy and f.takes_answer and f.type in TEXT_TYPES}
    assert expected <= shown_internally, sorted(expected - shown_internally)


@pytest.mark.parametrize("version", [1, 2])
def test_protective_measure_offender_copy_in_detail(registry: FormRegistry, version: int) -> None:
    form, [answers, *_], context = filled_sets(registry, "protective_measure", version)
    sections = form.render(answers, context, "ru", "offender")
    assert "victim_contacts" not in [s.id for s in sections]
    fields = [f.field_id for s in sections for f in s.fields]
    assert "victim_address" not in fields and "victim_phone" not in fields
    assert "restrictions" in fields and "offender_signature" in fields


@pytest.mark.parametrize(("form_id", "version"), sample_files())
def test_statistics_copy_has_no_free_text_or_contacts(registry: FormRegistry, form_id: str,
                                                      version: int) -> None:
    form, sets, context = filled_sets(registry, form_id, version, not_for_statistics)
    top_ids = {f.id for f in form.top_fields() if f.statistics}
    for answers in sets:
        rendered = form.render(answers, context, "ru", "statistics")
        shown = {f.field_id.split("[")[0] for s in rendered for f in s.fields}
        for field in form.fields():
            free_text = field.type in TEXT_TYPES
            if field.type == "textarea" or (free_text and any(w in field.id for w in CONTACT_WORDS)):
                assert field.id not in shown, f"{form_id} v{version}.{field.id}"
        assert CANARY not in repr(rendered)
        exported = form.redact(answers, "statistics")
        assert CANARY not in repr(exported)
        assert set(exported) <= top_ids


@pytest.mark.parametrize("version", [1, 2])
def test_redact_for_the_offender_drops_private_fields(registry: FormRegistry, version: int) -> None:
    form, [answers, *_], _context = filled_sets(registry, "incident_report", version)
    kept = form.redact(answers, "offender")
    assert not {"incident_address", "victim_address", "victim_phone", "safe_contact",
                "in_shelter", "shelter_name"} & set(kept)
    assert kept["narrative"] == answers["narrative"]


def test_every_shipped_form_version_is_covered() -> None:
    assert {f for f, _v in sample_files()} == set(SHIPPED)
    assert sample_files() == definition_files()


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
        registry.get("referral", 1).render({}, context, audience="press")
