"""The engine: answer types, relevance, calculations, the clean record, rendering."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from forms_helpers import PERSONS, with_fields

from inspector_desk.core.errors import ExpressionError
from inspector_desk.forms import FieldError, FormContext, FormExpressionError, FormRegistry

TYPES = with_fields(
    {"id": "name", "type": "text", "label": {"ru": "Имя"}},
    {"id": "story", "type": "textarea", "label": {"ru": "Рассказ"}},
    {"id": "count", "type": "integer", "label": {"ru": "Число"}},
    {"id": "amount", "type": "decimal", "label": {"ru": "Сумма", "en": "Amount"}},
    {"id": "day", "type": "date", "label": {"ru": "День"}},
    {"id": "clock", "type": "time", "label": {"ru": "Время"}},
    {"id": "helplines", "type": "select_multiple", "choices": "kinds", "label": {"ru": "Линии"}},
    {"id": "consent", "type": "yes_no_unknown", "label": {"ru": "Согласие"}},
    {"id": "who", "type": "person", "label": {"ru": "Кто"}},
    {"id": "photo", "type": "attachment", "label": {"ru": "Фото"}},
    {"id": "tip", "type": "note", "label": {"ru": "Подсказка"}},
    {"id": "sign", "type": "signature", "label": {"ru": "Подпись", "kk": "Қолы", "en": "Signature"}},
    {"id": "people", "type": "group", "label": {"ru": "Лицо", "en": "Person"},
     "repeat": {"min": 0, "max": 2},
     "fields": [
         {"id": "member", "type": "person", "label": {"ru": "ФИО", "en": "Name"}, "required": True},
         {"id": "minor", "type": "yes_no_unknown", "label": {"ru": "Несовершеннолетний",
                                                           "en": "Minor"}},
         {"id": "school", "type": "text", "label": {"ru": "Школа", "en": "School"},
          "relevant": "${minor} = 'yes'", "required": True},
     ]},
)


@pytest.fixture(scope="module")
def form():
    return FormRegistry().add_definition(TYPES)


def codes(form, answers: dict[str, Any], context: FormContext) -> list[tuple[str, str]]:
    return [(e.field, e.code) for e in form.validate(answers, context)]


@pytest.mark.parametrize(("field", "value"), [
    ("name", "Айгуль"), ("story", "x" * 20000), ("count", 3), ("count", "-12"), ("count", 4.0),
    ("amount", "12,5"), ("amount", 2), ("amount", Decimal("0.1")), ("amount", 1.25),
    ("day", "2026-03-01"), ("day", dt.date(2026, 3, 1)), ("clock", "08:30"),
    ("clock", dt.time(8, 30)), ("visit_at", "2026-03-01T08:30"), ("visit_at", "2026-03-01 08:30:15"),
    ("visit_at", dt.datetime(2026, 3, 1, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=5)))),
    ("helplines", ["planned", "unplanned"]), ("consent", "unknown"), ("who", "p-victim"),
    ("photo", "attachment-3f2a"), ("name", "  "), ("helplines", []), ("count", None),
])
def test_accepted_answers(form, context: FormContext, field: str, value: Any) -> None:
    assert codes(form, {"visit_at": "2026-03-01T08:00", field: value}, context) == []


@pytest.mark.parametrize(("field", "value", "code", "params"), [
    ("name", 5, "not_text", {}),
    ("name", "x" * 1001, "too_long", {"max": 1000}),
    ("count", "3.5", "not_integer", {}),
    ("count", True, "not_integer", {}),
    ("count", 2.5, "not_integer", {}),
    ("amount", "12,5,1", "not_decimal", {}),
    ("amount", float("nan"), "not_decimal", {}),
    ("amount", "1e999999", "not_decimal", {}),
    ("day", "01.03.2026", "not_date", {}),
    ("day", "2026-02-30", "not_date", {}),
    ("day", dt.datetime(2026, 3, 1, 8, 0), "not_date", {}),
    ("clock", "8.30", "not_time", {}),
    ("clock", "25:00", "not_time", {}),
    ("visit_at", "2026-03-01", "not_datetime", {}),
    ("helplines", "planned", "not_list", {}),
    ("helplines", ["planned", "weekly"], "unknown_choice", {"value": "weekly"}),
    ("helplines", ["planned", "planned"], "duplicate_choice", {"value": "planned"}),
    ("kind", "Planned", "unknown_choice", {"value": "Planned"}),
    ("consent", True, "unknown_choice", {"value": "True"}),
    ("consent", "да", "unknown_choice", {"value": "да"}),
    ("who", "p-nobody", "unknown_person", {}),
    ("tip", "text", "not_answerable", {}),
    ("sign", "Иванов", "not_answerable", {}),
    ("people", {"member": "p-victim"}, "not_rows", {}),
    ("people", [{}, {}, {}], "too_many_rows", {"max": 2}),
])
def test_rejected_answers(form, context: FormContext, field: str, value: Any, code: str,
                          params: dict) -> None:
    [error] = form.validate({"visit_at": "2026-03-01T08:00", field: value}, context)
    assert (error.field, error.code, dict(error.params)) == (field, code, params)
    assert error.message("ru") and error.message("kk") and error.message("en")


def test_every_error_is_reported_field_by_field(form, context: FormContext) -> None:
    answers = {"count": "x", "day": "x", "people": [{"minor": "yes", "extra": 1}, {"member": "p-child"}],
               "surname": "x"}
    assert codes(form, answers, context) == [
        ("visit_at", "required"), ("count", "not_integer"), ("day", "not_date"),
        ("people[0].member", "required"), ("people[0].school", "required"),
        ("people[0].extra", "unknown_field"), ("surname", "unknown_field")]


def test_messages_in_three_languages(form, context: FormContext) -> None:
    error = FieldError("count", "too_long", {"max": 5})
    assert error.message("ru") == "Слишком длинный текст: не более 5 знаков"
    assert error.message("kk") == "Мәтін тым ұзын: 5 таңбадан аспауы керек"
    assert error.message("en") == "The text is too long: at most 5 characters"
    [constraint] = form.validate({"visit_at": "2026-03-10T08:00", "next_visit": "2026-03-01"},
                                 context)
    assert constraint.code == "constraint" and constraint.params == {"index": 1}
    assert [constraint.message(lang) for lang in ("ru", "kk", "en", "fr")] == [
        "Не раньше посещения", "Барудан ерте емес", "Not before the visit", "Не раньше посещения"]


def test_answers_of_hidden_fields_are_ignored_and_dropped(form, context: FormContext) -> None:
    answers = {"visit_at": "2026-03-01T08:00",
               "people": [{"member": "p-child", "minor": "no", "school": 12345}]}
    assert codes(form, answers, context) == []  # school is hidden: its wrong answer is ignored
    assert form.compute(answers, context)["people"] == [{"member": "p-child", "minor": "no"}]
    assert form.relevant_fields(answers, context)[-3:] == [
        "people", "people[0].member", "people[0].minor"]


def test_non_dict_answers(form, context: FormContext) -> None:
    [error] = form.validate(["not", "a", "mapping"], context)  # type: ignore[arg-type]
    assert (error.field, error.code) == ("", "not_an_object")


def test_defaults(registry: FormRegistry) -> None:
    assert registry.get("prevention_visit", 1).defaults() == {"visit_type": "planned", "place": "home"}
    assert registry.get("referral", 1).defaults() == {"outcome": "pending"}
    assert registry.get("protective_measure", 1).defaults() == {"status": "active"}
    assert registry.get("prevention_visit", 2).defaults() == {"visit_type": "planned", "place": "home"}
    assert registry.get("referral", 2).defaults() == {"referral_kind": "voluntary",
                                                      "outcome": "pending"}
    assert registry.get("protective_measure", 2).defaults() == {"preventive_register": "yes",
                                                                "status": "active"}


@pytest.mark.parametrize("version", [1, 2])
def test_compute_returns_the_clean_record(registry: FormRegistry, context: FormContext,
                                          version: int) -> None:
    form = registry.get("prevention_visit", version)
    answers = {"visit_at": "2026-03-10T11:30", "visit_type": "planned", "next_visit": "2026-03-24",
               "joint_with": ["social_worker"], "days_to_next_visit": 999, "junk": 1,
               "conversation_held": "no", "conversation_minutes": 5, "safe_contact": ""}
    assert form.compute(answers, context) == {
        "visit_at": "2026-03-10T11:30", "visit_type": "planned", "conversation_held": "no",
        "next_visit": "2026-03-24", "days_to_next_visit": 14}


def test_calculations_in_storage_form(context: FormContext) -> None:
    form = FormRegistry().add_definition(with_fields(
        {"id": "due", "type": "date", "label": {"ru": "Срок"}, "calculate": "date(${visit_at}) + 30"},
        {"id": "half", "type": "decimal", "label": {"ru": "Половина"}, "calculate": "7 / 2"},
        {"id": "tag", "type": "select_one", "choices": "kinds", "label": {"ru": "Метка"},
         "calculate": "if(${visit_at} > now(), 'planned', 'unplanned')"}))
    assert form.compute({"visit_at": "2026-03-01T10:00"}, context) == {
        "visit_at": "2026-03-01T10:00", "due": "2026-03-31", "half": "3.5", "tag": "unplanned"}


def test_runtime_expression_errors_name_the_form_and_field(context: FormContext) -> None:
    form = FormRegistry().add_definition(with_fields(
        {"id": "n", "type": "integer", "label": {"ru": "Число"}},
        {"id": "label_text", "type": "text", "label": {"ru": "Текст"},
         "calculate": "coalesce(${n}, 'none')"}))  # a number where text is expected
    assert form.compute({"visit_at": "2026-03-01T10:00"}, context)["label_text"] == "none"
    with pytest.raises(FormExpressionError) as caught:
        form.compute({"visit_at": "2026-03-01T10:00", "n": 5}, context)
    assert isinstance(caught.value, ExpressionError)
    assert str(caught.value) == ("form demo v1, field label_text, expression position 1 "
                                 "(calculate): the calculation gave a value that is not a valid "
                                 "text (not_text)")
    assert caught.value.params["field"] == "label_text"


def test_context_drops_time_zones_and_defaults_now() -> None:
    aware = dt.datetime(2026, 3, 10, 9, 15, tzinfo=dt.timezone(dt.timedelta(hours=5)))
    context = FormContext.at(aware, persons=PERSONS, lang="kk")
    assert (context.today, context.now, context.lang) == (
        dt.date(2026, 3, 10), dt.datetime(2026, 3, 10, 9, 15), "kk")
    assert FormContext(today=dt.date(2026, 3, 10)).now == dt.datetime(2026, 3, 10)
    with pytest.raises(TypeError):
        FormContext(today=aware)  # type: ignore[arg-type]


@pytest.mark.parametrize(("version", "more"), [(1, {}), (2, {"referral_kind": "voluntary"})])
def test_today_comes_from_the_context_not_the_clock(registry: FormRegistry, version: int,
                                                    more: dict) -> None:
    form = registry.get("referral", version)
    answers = {"referred_at": "2030-01-01", "person": "p-victim", "service": "medical",
               "consent": "yes", "reason": "x", **more}
    assert [e.code for e in form.validate(answers, FormContext(today=dt.date(2029, 12, 31)))] == [
        "constraint"]
    assert form.validate(answers, FormContext(today=dt.date(2030, 1, 1))) == []


# --- rendering ------------------------------------------------------------------------------

RENDERED = {
    "visit_at": "2026-03-01T08:05", "kind": "planned", "next_visit": "2026-03-15",
    "amount": "1234,50", "day": "2026-01-02", "clock": "07:45", "helplines": ["unplanned", "planned"],
    "consent": "no", "who": "p-offender", "count": 0,
    "people": [{"member": "p-child", "minor": "yes", "school": "№ 12"}],
}


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", {"visit_at": "01.03.2026 08:05", "kind": "Плановое", "amount": "1234,5",
            "day": "02.01.2026", "clock": "07:45", "helplines": "Внеплановое; Плановое",
            "consent": "Нет", "who": "Иванов Бауржан Серикович", "count": "0", "sign": "",
            "people[0].member": "Иванов Данияр Бауржанович", "people[0].minor": "Да"}),
    ("kk", {"kind": "Жоспарлы", "consent": "Жоқ", "amount": "1234,5", "people[0].minor": "Иә"}),
    ("en", {"kind": "Planned", "consent": "No", "amount": "1234.5", "people[0].minor": "Yes",
            "helplines": "Unplanned; Planned"}),
])
def test_render_formats_values_for_the_language(form, context: FormContext, lang: str,
                                                expected: dict) -> None:
    [section] = form.render(RENDERED, context, lang)
    values = {f.field_id: f.value for f in section.fields}
    assert {k: values[k] for k in expected} == expected


def test_render_labels_types_and_visibility(form, context: FormContext) -> None:
    [section] = form.render(RENDERED, context, "en")
    title, lines = section
    assert (section.id, title) == ("main", "Main")
    by_id = {f.field_id: f for f in lines}
    assert "tip" not in by_id  # notes are guidance, not printed
    assert by_id["sign"].type == "signature" and by_id["sign"].value == ""
    assert by_id["people[0].school"].label == "Person #1: School"
    assert by_id["name"].value == ""  # unanswered relevant fields are listed empty
    field_id, label, value = by_id["amount"]
    assert (field_id, label, value) == ("amount", "Amount", "1234.5")
    ru = {f.field_id: f.label for f in form.render(RENDERED, context)[0].fields}
    assert ru["people[0].school"] == "Лицо № 1: Школа"


def test_render_uses_the_context_language_by_default(form) -> None:
    context = FormContext(today=dt.date(2026, 3, 10), persons=PERSONS, lang="kk")
    assert form.render(RENDERED, context)[0].title == "Негізгі"


@pytest.mark.parametrize("version", [1, 2])
def test_render_skips_hidden_sections(registry: FormRegistry, context: FormContext,
                                      version: int) -> None:
    form = registry.get("protective_measure", version)
    answers = {"measure_kind": "official_warning", "subject": "p-offender", "issued_at": "2026-03-01",
               "court_name": "should not show", "status": "active"}
    ids = [s.id for s in form.render(answers, context)]
    assert "court" not in ids and "restrictions" not in ids


def test_unknown_person_is_shown_by_id(form) -> None:
    context = FormContext(today=dt.date(2026, 3, 10))  # no persons: ids are not checked
    assert form.validate({"visit_at": "2026-03-01T08:00", "who": "p-42"}, context) == []
    values = {f.field_id: f.value for f in form.render({"who": "p-42"}, context)[0].fields}
    assert values["who"] == "p-42"
