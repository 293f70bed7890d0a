"""Versioning: a record made under v1 reads the same after v2 of the form is loaded."""

from __future__ import annotations

import copy

import pytest
from forms_helpers import FORMS_DIR, read_yaml, sample_file

from inspector_desk.core.errors import NotFound
from inspector_desk.forms import FormContext, FormRegistry
from inspector_desk.forms.check import sample_context


def _version_2(v1: dict) -> dict:
    """v1 with a changed question: the conversation may now last at most 30 minutes, the
    label says so, and a new required question is added to the conversation section."""
    v2 = copy.deepcopy(v1)
    v2["version"] = 2
    conversation = next(s for s in v2["sections"] if s["id"] == "conversation")
    minutes = next(f for f in conversation["fields"] if f["id"] == "conversation_minutes")
    minutes["label"] = {"ru": "Длительность беседы (до 30 минут)", "kk": "Әңгімелесу ұзақтығы (30 минутқа дейін)",
                        "en": "Duration of the conversation (up to 30 minutes)"}
    minutes["constraints"][0]["expression"] = ". >= 1 and . <= 30"
    conversation["fields"].append({
        "id": "written_warning_given", "type": "yes_no_unknown", "required": True,
        "relevant": "${conversation_held} = 'yes'",
        "label": {"ru": "Вручена памятка", "kk": "Жадынама берілді", "en": "Leaflet handed over"}})
    return v2


@pytest.fixture
def registries() -> tuple[FormRegistry, FormRegistry]:
    """The same folder loaded twice; the second registry then also gets version 2."""
    before = FormRegistry.from_directory(FORMS_DIR)
    after = FormRegistry.from_directory(FORMS_DIR)
    after.add_definition(_version_2(read_yaml(FORMS_DIR / "prevention_visit.v1.yaml")),
                         source="prevention_visit.v2.yaml")
    return before, after


def test_newest_version_is_the_default(registries) -> None:
    _before, after = registries
    assert after.versions("prevention_visit") == [1, 2]
    assert after.get("prevention_visit").version == 2
    assert after.get("prevention_visit", 1).version == 1


def test_a_v1_record_validates_and_renders_the_same_after_v2(registries) -> None:
    before, after = registries
    data = sample_file("prevention_visit")
    context = sample_context(data["context"])
    record = data["valid"][0]["answers"]  # 45 minutes, no leaflet question
    old, new = before.get("prevention_visit", 1), after.get("prevention_visit", 1)
    assert new.validate(record, context) == old.validate(record, context) == []
    assert new.compute(record, context) == old.compute(record, context)
    for lang in ("ru", "kk", "en"):
        for audience in ("internal", "offender", "statistics"):
            assert new.render(record, context, lang, audience) == \
                old.render(record, context, lang, audience)
    assert new.digest == old.digest


def test_v2_applies_its_own_rules_to_new_records(registries) -> None:
    _before, after = registries
    data = sample_file("prevention_visit")
    context = sample_context(data["context"])
    record = data["valid"][0]["answers"]
    v2 = after.get("prevention_visit")
    assert [(e.field, e.code) for e in v2.validate(record, context)] == [
        ("conversation_minutes", "constraint"), ("written_warning_given", "required")]
    assert v2.field("conversation_minutes").label.get("en") == \
        "Duration of the conversation (up to 30 minutes)"
    # the v1 record, rendered under v1, keeps the v1 label
    v1_lines = {f.field_id: f.label for s in after.get("prevention_visit", 1).render(
        record, context, "en") for f in s.fields}
    assert v1_lines["conversation_minutes"] == "Duration of the conversation, minutes"


def test_unknown_form_or_version_is_not_found(registry: FormRegistry) -> None:
    with pytest.raises(NotFound) as caught:
        registry.get("prevention_visit", 7)
    assert caught.value.params == {"kind": "form", "form": "prevention_visit", "version": 7}
    with pytest.raises(NotFound):
        registry.get("no_such_form")
    assert registry.versions("no_such_form") == []


def test_versions_can_arrive_in_any_order(context: FormContext) -> None:
    v1 = read_yaml(FORMS_DIR / "referral.v1.yaml")
    v3 = copy.deepcopy(v1)
    v3["version"] = 3
    registry = FormRegistry.from_directory(FORMS_DIR)
    registry.add_definition(v3)
    assert registry.versions("referral") == [1, 3]
    assert registry.get("referral").version == 3
