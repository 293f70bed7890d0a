"""The forms we ship, every version: schema, sample answers (errors and warnings),
translations, glossary, review marks, check report."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from forms_helpers import (
    FORMS_DIR, SHIPPED, SHIPPED_VERSIONS, definition_files, read_yaml, sample_file, sample_files,
)
from jsonschema import Draft202012Validator

from inspector_desk.forms import FormRegistry, default_forms_dir
from inspector_desk.forms.check import check_forms, format_report, sample_context, shipped_legal
from inspector_desk.forms.messages import catalog
from inspector_desk.forms.paths import ENV_VAR

SCHEMA = json.loads((FORMS_DIR / "schema" / "form.schema.json").read_text(encoding="utf-8"))


def _cases(kind: str) -> list:
    out = []
    for form_id, version in sample_files():
        for number, case in enumerate(sample_file(form_id, version).get(kind) or [], start=1):
            out.append(pytest.param(form_id, version, case,
                                    id=f"{form_id}-v{version}-{kind}{number}"))
    return out


def _warned(form, answers: dict, context) -> Counter:
    return Counter(w.field for w in form.warnings(answers, context))


def _expected_warnings(case: dict) -> Counter:
    return Counter(w["field"] for w in case["warnings"] or [])


def test_every_form_ships_both_versions_with_samples() -> None:
    expected = [(form_id, version) for form_id in SHIPPED for version in SHIPPED_VERSIONS]
    assert definition_files() == expected
    assert sample_files() == expected


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize(("form_id", "version"), definition_files())
def test_shipped_definition_passes_the_schema(form_id: str, version: int) -> None:
    data = read_yaml(FORMS_DIR / f"{form_id}.v{version}.yaml")
    assert (data["id"], data["version"]) == (form_id, version)
    assert list(Draft202012Validator(SCHEMA).iter_errors(data)) == []


@pytest.mark.parametrize("form_id", SHIPPED)
def test_shipped_form_loads_with_all_translations(registry: FormRegistry, form_id: str) -> None:
    assert registry.versions(form_id) == list(SHIPPED_VERSIONS)
    for version in SHIPPED_VERSIONS:
        form = registry.get(form_id, version)
        assert (form.id, form.version) == (form_id, version)
        assert form.missing_translations == ()
    newest = registry.get(form_id)  # new records get the newest version
    assert newest.version == max(SHIPPED_VERSIONS)
    assert newest.digest != registry.get(form_id, 1).digest


@pytest.mark.parametrize(("form_id", "version"), sample_files())
def test_every_shipped_form_has_valid_and_invalid_samples(form_id: str, version: int) -> None:
    data = sample_file(form_id, version)
    assert data.get("valid") and data.get("invalid")


@pytest.mark.parametrize(("form_id", "version", "case"), _cases("valid"))
def test_valid_samples_give_no_error(registry: FormRegistry, form_id: str, version: int,
                                     case: dict) -> None:
    form = registry.get(form_id, version)
    context = sample_context(sample_file(form_id, version)["context"])
    assert [(e.field, e.code) for e in form.validate(case["answers"], context)] == []
    record = form.compute(case["answers"], context)
    assert form.validate(record, context) == []  # the clean record is still valid
    if "warnings" in case:
        assert _warned(form, case["answers"], context) == _expected_warnings(case)
        assert _warned(form, record, context) == _expected_warnings(case)


@pytest.mark.parametrize(("form_id", "version", "case"), _cases("invalid"))
def test_invalid_samples_give_exactly_the_listed_errors(registry: FormRegistry, form_id: str,
                                                         version: int, case: dict) -> None:
    form = registry.get(form_id, version)
    context = sample_context(sample_file(form_id, version)["context"])
    actual = Counter((e.field, e.code) for e in form.validate(case["answers"], context))
    expected = Counter((e["field"], e["code"]) for e in case["errors"])
    assert actual == expected
    if "warnings" in case:
        assert _warned(form, case["answers"], context) == _expected_warnings(case)


# What the v2 samples must show about warnings (spec-12 D): a set may only be removed from
# the samples together with its line here.
SAMPLE_WARNINGS = {
    ("protective_measure", 2): {
        "legal_basis",      # a 2025 order citing Law 245-VIII (in force from 02.03.2026)
        "valid_to",         # an order of 31 days; court special requirements of 13 months
        "subject",          # a subject aged 15 without the grounds
        "detained_until",   # a detention of 26 hours
    },
    ("prevention_visit", 2): {
        "conversation_minutes",  # 75 minutes
        "minor_companion",       # nobody present at a conversation with a minor
        "companion_person",      # the person present is the offender
    },
}


@pytest.mark.parametrize(("form_id", "version"), sorted(SAMPLE_WARNINGS))
def test_v2_samples_exercise_the_warnings(form_id: str, version: int) -> None:
    data = sample_file(form_id, version)
    cases = [*data["valid"], *data["invalid"]]
    listed = {w["field"] for case in cases for w in case.get("warnings") or []}
    assert SAMPLE_WARNINGS[(form_id, version)] <= listed
    # and the sets without warnings say so, so a warning that fires everywhere is caught
    assert any("warnings" in case and not case["warnings"] for case in data["valid"])


def test_a_protective_order_term_counts_from_the_day_after_service(registry: FormRegistry) -> None:
    """Served 19.11, the 30 days end on 19.12 (the day of service not counted: the legal
    reference's order_term_counting is from_next_day); 20.12 is one day too many."""
    form = registry.get("protective_measure", 2)
    context = sample_context({"today": "2026-12-03", "persons": {"p1": "А", "p2": "Б"}})
    assert context.legal.entry("order_term_counting", dt.date(2026, 11, 19)).unit == "from_next_day"
    order = {"measure_kind": "protective_order", "document_no": "1", "subject": "p1",
             "protected_persons": [{"person": "p2"}], "legal_basis": "law_2025_245",
             "issued_by": "Инспектор", "issued_at": "2026-11-19", "served_at": "2026-11-19",
             "valid_from": "2026-11-19", "valid_to": "2026-12-19", "restrictions": ["no_contact"],
             "status": "active"}
    assert form.validate(order, context) == []
    assert form.compute(order, context)["duration_days"] == 30
    assert form.warnings(order, context) == []
    assert context.legal.order_end(dt.date(2026, 11, 19)) == dt.date(2026, 12, 19)
    longer = {**order, "valid_to": "2026-12-20"}
    assert form.compute(longer, context)["duration_days"] == 31
    assert [w.field for w in form.warnings(longer, context)] == ["valid_to"]
    # a 2026-11 order citing the law repealed on 01.03.2026
    old_basis = {**order, "legal_basis": "law_2009_214"}
    assert [w.field for w in form.warnings(old_basis, context)] == ["legal_basis"]


def test_sample_context_reads_birth_dates_roles_and_the_shipped_legal_reference() -> None:
    context = sample_context({"today": "2026-03-10", "persons": {"p1": "Сын"},
                              "birth_dates": {"p1": "2010-09-01"}, "roles": {"p1": "child"}})
    assert context.birth_dates == {"p1": dt.date(2010, 9, 1)}
    assert context.roles == {"p1": "child"}
    assert context.legal is not None
    assert context.legal.value("order_term_days", dt.date(2026, 3, 10)) == 30
    assert context.legal.in_force("law_2009_214", dt.date(2026, 3, 10)) is False
    assert sample_context({}, legal=None).legal is None
    assert sample_context(None).birth_dates == {} and sample_context(None).roles == {}


def test_without_the_rules_file_the_legal_reference_is_none(monkeypatch: pytest.MonkeyPatch,
                                                             tmp_path: Path) -> None:
    monkeypatch.setenv("INSPECTOR_DESK_RESOURCES", str(tmp_path))
    assert shipped_legal() is None
    assert sample_context({}).legal is None
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "followup.json").write_text("{not json", encoding="utf-8")
    report = check_forms(FORMS_DIR)
    assert not report.ok
    assert any("legal reference cannot be read" in e for e in report.errors)


def _copy_forms(tmp_path: Path) -> Path:
    folder = tmp_path / "forms"
    shutil.copytree(FORMS_DIR, folder)
    return folder


def test_check_forms_compares_the_warnings_a_sample_lists(tmp_path: Path) -> None:
    folder = _copy_forms(tmp_path)
    sample = folder / "samples" / "prevention_visit.v2.yaml"
    text = sample.read_text(encoding="utf-8")
    wrong = text.replace("      - {field: conversation_minutes}  # 75 minutes: the law allows one hour\n",
                         "", 1)
    assert wrong != text
    sample.write_text(wrong, encoding="utf-8")
    report = check_forms(folder)
    assert not report.ok
    [problem] = report.errors
    assert "expected warnings ['minor_companion'], got ['conversation_minutes', " \
           "'minor_companion']" in problem
    # without a `warnings:` key a set's warnings are not checked
    sample.write_text(text.replace("    warnings:\n      - {field: conversation_minutes}"
                                   "  # 75 minutes: the law allows one hour\n"
                                   "      - {field: minor_companion}\n", "", 1), encoding="utf-8")
    assert check_forms(folder).ok


def test_check_forms_reports_ok_with_a_summary() -> None:
    report = check_forms(FORMS_DIR)
    assert report.ok, format_report(report)
    assert report.errors == []
    assert report.forms == {form_id: list(SHIPPED_VERSIONS) for form_id in SHIPPED}
    assert report.samples_checked == sum(
        len(sample_file(f, v)["valid"]) + len(sample_file(f, v)["invalid"])
        for f, v in sample_files())
    assert report.missing_translations == []
    assert report.warnings == []
    assert report.summary_lines()[0] == "incident_report: v1, v2 - Сообщение о бытовом насилии"
    text = format_report(report)
    assert "prevention_visit: v1, v2" in text and text.endswith("Result: OK")


# --- review marks ---------------------------------------------------------------------------

# Marks of a text still waiting for review; none may ship (comments and hints included).
# Kazakh «тексеру» is also the ordinary word "to check", so only its marker forms are banned:
# in parentheses, after a dash, or after ⚠.
REVIEW_TOKENS = ("⚠", "сверить", "уточнить", "(тексеру)", "нақтылау", "to be confirmed",
                 "номер статьи", "уточняется", "нақтыланады")
REVIEW_PATTERNS = (re.compile(r"[(\u2014\u2013-]\s*тексеру\b", re.IGNORECASE),
                   re.compile(r"\bтексеру\s*\)", re.IGNORECASE))


def review_marks(text: str) -> list[str]:
    flat = re.sub(r"\s*\n\s*#?\s*", " ", text)  # a mark may run over two comment lines
    found = [token for token in REVIEW_TOKENS if token.casefold() in flat.casefold()]
    found += [m.group(0) for pattern in REVIEW_PATTERNS for m in pattern.finditer(flat)]
    return found


@pytest.mark.parametrize("text", [
    "hint: Формат уточняется (⚠)", "# ⚠ unconfirmed", "ст. 461 (⚠ сверить)", "(⚠ тексеру)",
    "461-бап (тексеру)", "мерзімі — тексеру", "Нөмір форматы нақтыланады", "нақтылау керек",
    "# Legal qualification is reference data, to be\n# confirmed.", "Уточнить номер статьи",
])
def test_review_marks_are_recognised(text: str) -> None:
    assert review_marks(text)


@pytest.mark.parametrize("text", [
    "kk: Мәнді тексеріңіз", "kk: құқықтық негізді тексеріңіз", "Құжаттарды тексеру жүргізілді",
    "en: the facts are unconfirmed", "legal: to_be_confirmed",
])
def test_ordinary_words_are_not_review_marks(text: str) -> None:
    assert review_marks(text) == []


@pytest.mark.parametrize("path", sorted(FORMS_DIR.rglob("*.yaml")),
                         ids=lambda p: str(p.relative_to(FORMS_DIR)))
def test_no_shipped_form_file_carries_a_review_mark(path: Path) -> None:
    assert review_marks(path.read_text(encoding="utf-8")) == []


def test_every_form_file_is_searched_for_review_marks() -> None:
    searched = {p.relative_to(FORMS_DIR).as_posix() for p in FORMS_DIR.rglob("*.yaml")}
    for form_id, version in definition_files():
        assert f"{form_id}.v{version}.yaml" in searched
        assert f"samples/{form_id}.v{version}.yaml" in searched


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


# Report sources the core gained for v2 (spec-12 C); the frozen v1 list does not offer them.
V2_REPORT_SOURCES = {"own_detection", "112", "family_support_centre", "relatives_neighbours"}


def _codes(registry: FormRegistry, form_id: str, version: int, field_id: str) -> set[str]:
    return set(registry.get(form_id, version).field(field_id).choices.codes)


@pytest.mark.parametrize("version", SHIPPED_VERSIONS)
def test_choice_codes_match_the_core_vocabularies(registry: FormRegistry, version: int) -> None:
    """The case register stores these codes too; both sides must say the same."""
    records = pytest.importorskip("inspector_desk.core.records")
    channels = set(records.REPORT_SOURCES) - (V2_REPORT_SOURCES if version == 1 else set())
    assert _codes(registry, "incident_report", version, "channel") == channels
    kinds = set(records.MEASURE_KINDS)
    if version >= 2:  # the preventive register runs with a measure's own term (spec-12 C)
        kinds -= {"preventive_register"}
        assert len(kinds) == 4
    assert _codes(registry, "protective_measure", version, "measure_kind") == kinds
    assert _codes(registry, "protective_measure", version, "status") == set(records.MEASURE_STATUSES)
    assert _codes(registry, "referral", version, "service") == set(records.REFERRAL_SERVICES)
    assert _codes(registry, "referral", version, "outcome") == set(records.REFERRAL_OUTCOMES)
    assert _codes(registry, "prevention_visit", version, "visit_type") == set(records.VISIT_TYPES)
    assert _codes(registry, "prevention_visit", version, "role") == set(records.ROLES)
    risk_levels = set(records.RISK_LEVELS) - {"unknown"}
    assert _codes(registry, "prevention_visit", version, "risk_level") == risk_levels
    assert set(registry.get("risk_checklist", version).scoring.choices.codes) == risk_levels


def test_default_forms_dir_is_the_repository_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert default_forms_dir() == FORMS_DIR


def test_default_forms_dir_can_be_overridden(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    assert default_forms_dir() == tmp_path
