"""Warnings and the legal functions of the expression language.

A warning (``severity: warning``) is shown at the field and never refuses a save; the legal
functions read the dated legal reference and the case's persons through the context, so a
form states "the term in force on the day of issue" instead of a number of days.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from inspector_desk.core.legal import LegalReference
from inspector_desk.forms import FormContext, FormDefinitionError, FormRegistry

T = {"ru": "т", "kk": "т", "en": "t"}
LEGAL = LegalReference.from_mapping({"entries": [
    {"id": "old_law", "valid_to": "2026-03-01"},
    {"id": "new_law", "valid_from": "2026-03-02"},
    {"id": "order_min_age", "value": 16},
    {"id": "otp_max_months", "value": 12},
    {"id": "detention_max_hours", "value": 24},
]})


def field(fid: str, ftype: str, **more: Any) -> dict[str, Any]:
    return {"id": fid, "type": ftype, "label": T, **more}


def warn(expression: str) -> list[dict[str, Any]]:
    return [{"expression": expression, "message": {"ru": f"предупреждение {expression}",
                                                   "kk": "ескерту", "en": "warning"},
             "severity": "warning"}]


def form(*fields: dict[str, Any]) -> Any:
    registry = FormRegistry()
    registry.add_definition({
        "id": "legal_demo", "version": 1, "title": T,
        "choices": {"bases": [{"code": c, "label": T} for c in ("old_law", "new_law", "other")]},
        "sections": [{"id": "main", "title": T, "fields": list(fields)}]})
    return registry.get("legal_demo", 1)


def ctx(**more: Any) -> FormContext:
    return FormContext(today=dt.date(2026, 12, 3), legal=LEGAL,
                       persons={"p1": "Сын", "p2": "Отец"},
                       birth_dates={"p1": dt.date(2011, 5, 1), "p2": dt.date(1980, 1, 1)},
                       roles={"p1": "child", "p2": "offender"}, **more)


def warned(f: Any, answers: dict[str, Any], context: FormContext | None = None) -> list[str]:
    context = context or ctx()
    assert f.validate(answers, context) == []  # a warning never blocks the save
    return [w.field for w in f.warnings(answers, context)]


def test_a_basis_not_in_force_on_the_record_date_is_a_warning() -> None:
    f = form(field("issued_at", "date"),
             field("basis", "select_one", choices="bases", constraints=warn("in_force(., ${issued_at})")))
    assert warned(f, {"issued_at": "2026-11-19", "basis": "old_law"}) == ["basis"]
    assert warned(f, {"issued_at": "2026-11-19", "basis": "new_law"}) == []
    assert warned(f, {"issued_at": "2025-11-19", "basis": "old_law"}) == []
    assert warned(f, {"issued_at": "2025-11-19", "basis": "new_law"}) == ["basis"]
    assert warned(f, {"issued_at": "2026-11-19", "basis": "other"}) == []   # not legal data
    no_reference = FormContext(today=dt.date(2026, 12, 3))
    assert warned(f, {"issued_at": "2026-11-19", "basis": "old_law"}, no_reference) == []
    message = f.warnings({"issued_at": "2026-11-19", "basis": "old_law"}, ctx())[0]
    assert message.code == "warning" and message.message("ru").startswith("предупреждение")


def test_the_subject_age_comes_from_the_case_and_warns_under_the_legal_minimum() -> None:
    f = form(field("issued_at", "date"),
             field("subject", "person", constraints=warn(
                 "age(., ${issued_at}) >= legal('order_min_age', ${issued_at})")),
             field("reason", "textarea", required=True,
                   relevant="age(${subject}, ${issued_at}) < legal('order_min_age', ${issued_at})"))
    assert warned(f, {"issued_at": "2026-11-19", "subject": "p2"}) == []
    answers = {"issued_at": "2026-11-19", "subject": "p1"}          # 15 years old
    assert [e.field for e in f.validate(answers, ctx())] == ["reason"]  # say why, then go on
    assert warned(f, {**answers, "reason": "решение начальника"}) == ["subject"]
    assert warned(f, {"issued_at": "2027-06-01", "subject": "p1", }) == []  # 16 by then


def test_role_of_warns_when_the_representative_is_the_offender() -> None:
    f = form(field("companion", "person", constraints=warn("role_of(.) != 'offender'")))
    assert warned(f, {"companion": "p2"}) == ["companion"]
    assert warned(f, {"companion": "p1"}) == []


def test_add_months_and_hours_between() -> None:
    f = form(field("start", "date"),
             field("end", "date", constraints=warn(
                 ". <= add_months(${start}, legal('otp_max_months', ${start}))")),
             field("held_from", "datetime"),
             field("held_until", "datetime", constraints=warn(
                 "hours_between(${held_from}, .) <= legal('detention_max_hours', date(${held_from}))")))
    assert warned(f, {"start": "2025-03-04", "end": "2026-03-04"}) == []
    assert warned(f, {"start": "2025-03-04", "end": "2026-03-05"}) == ["end"]
    assert warned(f, {"start": "2024-01-31", "end": "2025-01-31"}) == []
    assert warned(f, {"held_from": "2026-11-01T22:00", "held_until": "2026-11-02T22:00"}) == []
    assert warned(f, {"held_from": "2026-11-01T22:00", "held_until": "2026-11-02T22:01"}) == ["held_until"]


def test_warnings_inside_groups_name_the_entry() -> None:
    f = form(field("issued_at", "date"),
             field("protected", "group", fields=[
                 field("person", "person", constraints=warn("role_of(.) != 'offender'"))]))
    answers = {"protected": [{"person": "p1"}, {"person": "p2"}]}
    assert warned(f, answers) == ["protected[1].person"]


def test_an_unknown_fact_id_or_a_computed_one_is_refused_at_load_time() -> None:
    with pytest.raises(FormDefinitionError, match="literal id"):
        form(field("d", "date"), field("t", "text"),
             field("n", "integer", constraints=warn(". <= legal(${t}, ${d})")))
    with pytest.raises(FormDefinitionError, match="severity"):
        form(field("n", "integer", constraints=[{"expression": ". > 0", "message": T,
                                                 "severity": "advice"}]))
