"""The risk checklist: score = number of "yes", levels from the definition, override.

Both shipped versions ask the same 27 questions (v2 rewords them for every family member)
and share the thresholds, so every test runs on each version."""

from __future__ import annotations

import copy

import pytest
from forms_helpers import FORMS_DIR, read_yaml

from inspector_desk.core.errors import FormError, ValidationError
from inspector_desk.forms import FormContext, FormRegistry
from inspector_desk.forms.form import Form

QUESTIONS = [
    "q01_injured", "q02_very_frightened", "q03_afraid_of_harm", "q04_isolated", "q05_depressed",
    "q06_separation", "q07_child_contact", "q08_stalking", "q09_pregnant_or_baby",
    "q10_other_children", "q11_hurt_children", "q12_threatened_children", "q13_more_often",
    "q14_getting_worse", "q15_controlling", "q16_weapons", "q17_threat_to_kill",
    "q18_strangulation", "q19_sexual_abuse", "q20_other_threatening", "q21_hurt_others",
    "q22_animals", "q23_money", "q24_substances", "q25_offender_suicide",
    "q26_breached_orders", "q27_police_history",
]


def answers(yes: int, unknown: int = 0, **extra: str) -> dict[str, str]:
    """``yes`` questions answered yes, the next ``unknown`` unknown, the rest no."""
    out = {"assessed_at": "2026-03-10T12:00", "respondent": "p-victim"}
    for index, question in enumerate(QUESTIONS):
        out[question] = "yes" if index < yes else "unknown" if index < yes + unknown else "no"
    out.update(extra)
    return out


@pytest.fixture(params=[1, 2], ids=["v1", "v2"])
def checklist(request: pytest.FixtureRequest, registry: FormRegistry) -> Form:
    return registry.get("risk_checklist", request.param)


def test_the_checklist_has_27_yes_no_unknown_questions(checklist: Form) -> None:
    form = checklist
    asked = [f.id for f in form.fields() if f.type == "yes_no_unknown"]
    assert asked == QUESTIONS


@pytest.mark.parametrize(("yes", "unknown", "level"), [
    (0, 0, "standard"), (1, 0, "standard"), (9, 18, "standard"), (10, 0, "medium"),
    (13, 14, "medium"), (14, 0, "high"), (27, 0, "high"),
])
def test_score_and_level(checklist: Form, context: FormContext, yes: int, unknown: int,
                         level: str) -> None:
    result = checklist.assess(answers(yes, unknown), context)
    assert (result.score, result.computed_level, result.final_level) == (yes, level, level)
    assert result.override_reason is None and not result.overridden


def test_the_score_is_shown_as_a_calculated_field(checklist: Form, context: FormContext) -> None:
    form = checklist
    assert form.compute(answers(12), context)["risk_score"] == 12
    lines = {f.field_id: f.value for s in form.render(answers(12), context) for f in s.fields}
    assert lines["risk_score"] == "12"


def test_override_with_a_reason_sets_the_final_level(checklist: Form,
                                                     context: FormContext) -> None:
    result = checklist.assess(
        answers(3, override_level="high", override_reason="Удушение и угрозы убийством"), context)
    assert (result.score, result.computed_level, result.final_level) == (3, "standard", "high")
    assert result.override_reason == "Удушение и угрозы убийством"
    assert result.overridden


def test_override_without_a_reason_is_an_error(checklist: Form, context: FormContext) -> None:
    form = checklist
    bad = answers(3, override_level="high")
    assert [(e.field, e.code) for e in form.validate(bad, context)] == [
        ("override_level", "constraint")]
    with pytest.raises(ValidationError) as caught:
        form.assess(bad, context)
    assert caught.value.errors == {"override_level": ["constraint"]}
    [error] = caught.value.params["field_errors"]
    assert error.message("ru") == "Укажите обоснование профессионального суждения"
    assert error.message("en") == "Give the reason for the professional judgement"


def test_a_blank_reason_does_not_count(checklist: Form, context: FormContext) -> None:
    with pytest.raises(ValidationError):
        checklist.assess(
            answers(3, override_level="high", override_reason="   "), context)


def test_incomplete_checklist_cannot_be_assessed(checklist: Form, context: FormContext) -> None:
    incomplete = answers(5)
    del incomplete["q27_police_history"]
    with pytest.raises(ValidationError) as caught:
        checklist.assess(incomplete, context)
    assert caught.value.errors == {"q27_police_history": ["required"]}


def test_thresholds_live_in_the_definition(context: FormContext) -> None:
    registry = FormRegistry.from_directory(FORMS_DIR)
    newest = registry.versions("risk_checklist")[-1]
    changed = copy.deepcopy(read_yaml(FORMS_DIR / f"risk_checklist.v{newest}.yaml"))
    changed["version"] = newest + 1
    changed["scoring"]["levels"] = [{"level": "standard", "min": 0}, {"level": "medium", "min": 6},
                                    {"level": "high", "min": 12}]
    registry.add_definition(changed)
    for shipped in registry.versions("risk_checklist")[:-1]:
        assert registry.get("risk_checklist", shipped).assess(answers(12), context).computed_level \
            == "medium"
    assert registry.get("risk_checklist").assess(answers(12), context).computed_level == "high"


def test_the_v2_checklist_names_its_instrument(registry: FormRegistry) -> None:
    instrument = registry.get("risk_checklist", 2).instrument
    assert instrument is not None and instrument.status == "not_validated"
    assert instrument.name.missing() == [] and instrument.note is not None
    assert registry.get("risk_checklist", 1).instrument is None


def test_assess_needs_a_scoring_block(registry: FormRegistry, context: FormContext) -> None:
    with pytest.raises(FormError, match="has no scoring block"):
        registry.get("referral", 1).assess({}, context)


def test_the_v2_wording_fits_every_family_member(registry: FormRegistry) -> None:
    labels = " ".join(f.label.get(lang) for f in registry.get("risk_checklist", 2).fields()
                      for lang in ("ru", "kk", "en"))
    assert "Пострадавшая беременна" not in labels
