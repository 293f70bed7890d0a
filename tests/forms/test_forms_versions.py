"""Versioning: a record made under v1 reads the same after newer versions of the form are
loaded, both the shipped v2 and a further version added at run time (a form pack)."""

from __future__ import annotations

import copy
import shutil

import pytest
from forms_helpers import FORMS_DIR, SHIPPED, read_yaml, sample_file

from inspector_desk.core.errors import NotFound
from inspector_desk.forms import FormContext, FormDefinitionError, FormRegistry
from inspector_desk.forms.check import sample_context

AUDIENCES = ("internal", "offender", "statistics")


def _next_version(base: dict, version: int) -> dict:
    """``base`` with a changed question: the conversation may now last at most 30 minutes, the
    label says so, and a new required question is added to the conversation section."""
    changed = copy.deepcopy(base)
    changed["version"] = version
    conversation = next(s for s in changed["sections"] if s["id"] == "conversation")
    minutes = next(f for f in conversation["fields"] if f["id"] == "conversation_minutes")
    minutes["label"] = {"ru": "Длительность беседы (до 30 минут)", "kk": "Әңгімелесу ұзақтығы (30 минутқа дейін)",
                        "en": "Duration of the conversation (up to 30 minutes)"}
    minutes["constraints"] = [{**minutes["constraints"][0], "expression": ". >= 1 and . <= 30"}]
    conversation["fields"].append({
        "id": "written_warning_given", "type": "yes_no_unknown", "required": True,
        "relevant": "${conversation_held} = 'yes'",
        "label": {"ru": "Вручена памятка", "kk": "Жадынама берілді", "en": "Leaflet handed over"}})
    return changed


@pytest.fixture(scope="module")
def only_v1(tmp_path_factory: pytest.TempPathFactory) -> FormRegistry:
    """The forms folder as it was before version 2: the v1 definitions and the shared lists."""
    folder = tmp_path_factory.mktemp("forms-v1") / "forms"
    shutil.copytree(FORMS_DIR, folder, ignore=shutil.ignore_patterns("*.v2.yaml", "samples"))
    registry = FormRegistry.from_directory(folder)
    assert all(registry.versions(form_id) == [1] for form_id in SHIPPED)
    return registry


@pytest.fixture
def registries(only_v1: FormRegistry) -> tuple[FormRegistry, FormRegistry]:
    """Before v2 (v1 only) and after: the shipped folder (v1, v2) plus a version 3 of
    prevention_visit arriving at run time, made from v2."""
    after = FormRegistry.from_directory(FORMS_DIR)
    after.add_definition(_next_version(read_yaml(FORMS_DIR / "prevention_visit.v2.yaml"), 3),
                         source="pack/prevention_visit.v3.yaml")
    return only_v1, after


def test_newest_version_is_the_default(registries) -> None:
    _before, after = registries
    assert after.versions("prevention_visit") == [1, 2, 3]
    assert after.get("prevention_visit").version == 3
    assert after.get("prevention_visit", 1).version == 1
    assert after.get("prevention_visit", 2).version == 2
    for form_id in SHIPPED:
        if form_id != "prevention_visit":
            assert after.get(form_id).version == 2


@pytest.mark.parametrize("form_id", SHIPPED)
def test_a_v1_record_validates_and_renders_the_same_after_v2(registries, form_id: str) -> None:
    before, after = registries
    data = sample_file(form_id, 1)
    context = sample_context(data["context"])
    old, new = before.get(form_id, 1), after.get(form_id, 1)
    assert new.digest == old.digest
    for case in data["valid"]:
        record = case["answers"]
        assert new.validate(record, context) == old.validate(record, context) == []
        assert new.compute(record, context) == old.compute(record, context)
        for lang in ("ru", "kk", "en"):
            for audience in AUDIENCES:
                assert new.render(record, context, lang, audience) == \
                    old.render(record, context, lang, audience)
    for case in data["invalid"]:
        assert new.validate(case["answers"], context) == old.validate(case["answers"], context)


def test_v2_applies_its_own_rules_to_new_records(registries) -> None:
    """The shipped v2 moved the safe way of contact into each person met; a v1 record keeps
    it at the top, which only v1 accepts."""
    _before, after = registries
    data = sample_file("prevention_visit", 1)
    context = sample_context(data["context"])
    record = data["valid"][0]["answers"]
    assert "safe_contact" in record
    assert after.get("prevention_visit", 1).validate(record, context) == []
    assert [(e.field, e.code) for e in after.get("prevention_visit", 2).validate(record, context)] \
        == [("safe_contact", "unknown_field")]
    assert after.get("prevention_visit", 2).field("safe_contact").group == "persons_met"


def test_a_version_from_a_pack_applies_its_own_rules(registries) -> None:
    _before, after = registries
    data = sample_file("prevention_visit", 2)
    context = sample_context(data["context"])
    record = data["valid"][0]["answers"]  # 45 minutes, no leaflet question
    v3 = after.get("prevention_visit")
    assert after.get("prevention_visit", 2).validate(record, context) == []
    assert [(e.field, e.code) for e in v3.validate(record, context)] == [
        ("conversation_minutes", "constraint"), ("written_warning_given", "required")]
    assert v3.field("conversation_minutes").label.get("en") == \
        "Duration of the conversation (up to 30 minutes)"
    # the records of v1 and v2, rendered under their own version, keep their label
    for version, sample in ((1, sample_file("prevention_visit", 1)), (2, data)):
        lines = {f.field_id: f.label for s in after.get("prevention_visit", version).render(
            sample["valid"][0]["answers"], context, "en") for f in s.fields}
        assert lines["conversation_minutes"] == "Duration of the conversation, minutes"


def test_loading_a_changed_v2_under_the_same_number_is_refused() -> None:
    registry = FormRegistry.from_directory(FORMS_DIR)
    same = read_yaml(FORMS_DIR / "prevention_visit.v2.yaml")
    registry.add_definition(same)  # identical content: a no-op
    with pytest.raises(FormDefinitionError, match="different content"):
        registry.add_definition(_next_version(same, 2))


def test_unknown_form_or_version_is_not_found(registry: FormRegistry) -> None:
    with pytest.raises(NotFound) as caught:
        registry.get("prevention_visit", 7)
    assert caught.value.params == {"kind": "form", "form": "prevention_visit", "version": 7}
    with pytest.raises(NotFound):
        registry.get("no_such_form")
    assert registry.versions("no_such_form") == []


def test_versions_can_arrive_in_any_order(context: FormContext) -> None:
    v2 = read_yaml(FORMS_DIR / "referral.v2.yaml")
    v3, v4 = copy.deepcopy(v2), copy.deepcopy(v2)
    v3["version"], v4["version"] = 3, 4
    registry = FormRegistry.from_directory(FORMS_DIR)
    assert registry.versions("referral") == [1, 2]
    registry.add_definition(v4)
    assert registry.versions("referral") == [1, 2, 4]
    registry.add_definition(v3)
    assert registry.versions("referral") == [1, 2, 3, 4]
    assert registry.get("referral").version == 4
