"""The forms we ship: schema, sample answers, translations, glossary, check report."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from forms_helpers import FORMS_DIR, SHIPPED, read_yaml, sample_file
from jsonschema import Draft202012Validator

from inspector_desk.forms import FormRegistry, default_forms_dir
from inspector_desk.forms.check import check_forms, format_report, sample_context
from inspector_desk.forms.messages import catalog
from inspector_desk.forms.paths import ENV_VAR

SCHEMA = json.loads((FORMS_DIR / "schema" / "form.schema.json").read_text(encoding="utf-8"))


def _cases(kind: str) -> list[tuple[str, str, dict]]:
    out = []
    for form_id in SHIPPED:
        for number, case in enumerate(sample_file(form_id).get(kind) or [], start=1):
            out.append(pytest.param(form_id, case, id=f"{form_id}-{kind}{number}"))
    return out


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("form_id", SHIPPED)
def test_shipped_definition_passes_the_schema(form_id: str) -> None:
    data = read_yaml(FORMS_DIR / f"{form_id}.v1.yaml")
    assert list(Draft202012Validator(SCHEMA).iter_errors(data)) == []


@pytest.mark.parametrize("form_id", SHIPPED)
def test_shipped_form_loads_with_all_translations(registry: FormRegistry, form_id: str) -> None:
    form = registry.get(form_id)
    assert (form.id, form.version) == (form_id, 1)
    assert form.missing_translations == ()
    assert registry.versions(form_id) == [1]


@pytest.mark.parametrize("form_id", SHIPPED)
def test_every_shipped_form_has_valid_and_invalid_samples(form_id: str) -> None:
    data = sample_file(form_id)
    assert data.get("valid") and data.get("invalid")


@pytest.mark.parametrize(("form_id", "case"), _cases("valid"))
def test_valid_samples_give_no_error(registry: FormRegistry, form_id: str, case: dict) -> None:
    form = registry.get(form_id)
    context = sample_context(sample_file(form_id)["context"])
    assert [(e.field, e.code) for e in form.validate(case["answers"], context)] == []
    record = form.compute(case["answers"], context)
    assert form.validate(record, context) == []  # the clean record is still valid


@pytest.mark.parametrize(("form_id", "case"), _cases("invalid"))
def test_invalid_samples_give_exactly_the_listed_errors(registry: FormRegistry, form_id: str,
                                                         case: dict) -> None:
    form = registry.get(form_id)
    context = sample_context(sample_file(form_id)["context"])
    actual = Counter((e.field, e.code) for e in form.validate(case["answers"], context))
    expected = Counter((e["field"], e["code"]) for e in case["errors"])
    assert actual == expected


def test_check_forms_reports_ok_with_a_summary() -> None:
    report = check_forms(FORMS_DIR)
    assert report.ok, format_report(report)
    assert report.errors == []
    assert report.forms == {form_id: [1] for form_id in SHIPPED}
    assert report.samples_checked >= 2 * len(SHIPPED)
    assert report.missing_translations == []
    assert report.warnings == []
    assert report.summary_lines()[0] == "incident_report: v1 - Сообщение о бытовом насилии"
    text = format_report(report)
    assert "prevention_visit: v1" in text and text.endswith("Result: OK")


def test_message_catalog_has_every_code_in_three_languages() -> None:
    codes = {"required", "not_text", "too_long", "not_integer", "not_decimal", "not_date",
             "not_time", "not_datetime", "unknown_choice", "duplicate_choice", "not_list",
             "unknown_person", "not_rows", "too_few_rows", "too_many_rows", "constraint",
             "unknown_field", "not_answerable", "not_an_object", "override_reason_required"}
    texts = catalog().errors
    assert codes <= set(texts)
    for code in codes:
        assert texts[code].missing() == [], code
    assert catalog().missing_translations() == []


def test_kazakh_glossary_marks_every_entry_for_review() -> None:
    entries = read_yaml(FORMS_DIR / "glossary-kk.yaml")["entries"]
    assert len(entries) >= 50
    assert {e["status"] for e in entries} == {"needs_native_review"}
    assert all(e["kk"] and e["ru"] and e["en"] for e in entries)
    legal = read_yaml(FORMS_DIR / "choices" / "legal_articles.yaml")
    flagged = " ".join(" ".join(e.get("where", [])) for e in entries if e.get("legal") == "to_be_confirmed")
    for choice in legal["choices"]:
        if choice["code"] != "other":
            assert f"legal_articles.{choice['code']}" in flagged, choice["code"]


def test_choice_codes_match_the_core_vocabularies(registry: FormRegistry) -> None:
    """The case register stores these codes too; both sides must say the same."""
    records = pytest.importorskip("inspector_desk.core.records")
    incident, measure = registry.get("incident_report"), registry.get("protective_measure")
    assert set(incident.field("channel").choices.codes) == set(records.REPORT_SOURCES)
    assert set(measure.field("measure_kind").choices.codes) == set(records.MEASURE_KINDS)
    assert set(measure.field("status").choices.codes) == set(records.MEASURE_STATUSES)
    assert set(registry.get("referral").field("service").choices.codes) == set(records.REFERRAL_SERVICES)
    assert set(registry.get("referral").field("outcome").choices.codes) == set(records.REFERRAL_OUTCOMES)
    assert set(registry.get("prevention_visit").field("visit_type").choices.codes) == set(records.VISIT_TYPES)
    levels = set(registry.get("risk_checklist").scoring.choices.codes)
    assert levels == set(records.RISK_LEVELS) - {"unknown"}


def test_default_forms_dir_is_the_repository_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert default_forms_dir() == FORMS_DIR


def test_default_forms_dir_can_be_overridden(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    assert default_forms_dir() == tmp_path
