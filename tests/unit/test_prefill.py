"""Typed dates (core/date_entry.py) and prefill (core/prefill.py, the forms engine's
``prefill:`` key): pure Python, no Qt."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from inspector_desk.core.date_entry import (
    DateProblem, check_direction, read_date, read_datetime, read_time,
)
from inspector_desk.core.prefill import (
    MeasureSpan, Participation, PrefillFacts, PrefillField, prefill_answers, previous_answers,
)
from inspector_desk.forms import FormDefinitionError, FormRegistry
from inspector_desk.forms.loader import build_form, definition_digest

TODAY = dt.date(2026, 12, 7)
NOW = dt.datetime(2026, 12, 7, 10, 15)


# --- dates ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("05.03.1988", dt.date(1988, 3, 5)),
    ("5.3.1988", dt.date(1988, 3, 5)),
    ("05031988", dt.date(1988, 3, 5)),
    ("5/3/1988", dt.date(1988, 3, 5)),
    ("5-3-1988", dt.date(1988, 3, 5)),
    ("1988-03-05", dt.date(1988, 3, 5)),
    ("  05.03.1988 ", dt.date(1988, 3, 5)),
    ("today", TODAY), ("Сегодня", TODAY), ("бүгін", TODAY),
    ("+7", dt.date(2026, 12, 14)), ("+ 30", dt.date(2027, 1, 6)), ("-1", dt.date(2026, 12, 6)),
])
def test_typed_dates(text, expected):
    assert read_date(text, TODAY) == expected


def test_empty_is_no_answer():
    assert read_date("", TODAY) is None
    assert read_date("   ", TODAY) is None
    assert read_datetime("", NOW) is None
    assert read_time("", NOW) is None


@pytest.mark.parametrize(("text", "direction", "expected"), [
    ("5.3.88", "past", dt.date(1988, 3, 5)),      # a birth: never in the future
    ("050388", "past", dt.date(1988, 3, 5)),
    ("5.3.26", "past", dt.date(2026, 3, 5)),
    ("5.3.27", "past", dt.date(1927, 3, 5)),      # 2027 is ahead: the past century
    ("5.1.27", "future", dt.date(2027, 1, 5)),    # a due date: ahead
    ("1.12.26", "future", dt.date(2126, 12, 1)),  # 01.12.2026 has passed: the next one
    ("5.3.88", "any", dt.date(1988, 3, 5)),
    ("1.1.30", "any", dt.date(2030, 1, 1)),
])
def test_two_digit_years_follow_the_field(text, direction, expected):
    assert read_date(text, TODAY, direction) == expected


@pytest.mark.parametrize(("text", "code"), [
    ("31.02.2026", "no_such_date"),
    ("29.02.2025", "no_such_date"),
    ("32.01.2026", "no_such_date"),
    ("31022026", "no_such_date"),
    ("неизвестна5031988", "unreadable"),
    ("5 марта", "unreadable"),
    ("01.01.1850", "too_early"),
])
def test_impossible_and_unreadable_dates_say_why(text, code):
    with pytest.raises(DateProblem) as info:
        read_date(text, TODAY)
    assert info.value.code == code


def test_direction_check():
    check_direction(TODAY, TODAY, "past")
    check_direction(TODAY, TODAY, "future")
    with pytest.raises(DateProblem, match="future"):
        check_direction(TODAY + dt.timedelta(days=1), TODAY, "past")
    with pytest.raises(DateProblem, match="past"):
        check_direction(TODAY - dt.timedelta(days=1), TODAY, "future")


@pytest.mark.parametrize(("text", "expected"), [
    ("now", NOW), ("сейчас", NOW), ("today", NOW), ("қазір", NOW),
    ("05.12.2026 14:30", dt.datetime(2026, 12, 5, 14, 30)),
    ("05.12.2026 1430", dt.datetime(2026, 12, 5, 14, 30)),
    ("05122026 9.05", dt.datetime(2026, 12, 5, 9, 5)),
    ("2026-12-05T14:30", dt.datetime(2026, 12, 5, 14, 30)),
    ("сегодня 08:00", dt.datetime(2026, 12, 7, 8, 0)),
    ("+1", dt.datetime(2026, 12, 8, 10, 15)),
    ("-2 18:00", dt.datetime(2026, 12, 5, 18, 0)),
])
def test_typed_date_times(text, expected):
    assert read_datetime(text, NOW) == expected


def test_a_date_time_needs_its_time():
    with pytest.raises(DateProblem) as info:
        read_datetime("05.12.2026", NOW)
    assert info.value.code == "no_time"
    with pytest.raises(DateProblem) as info:
        read_datetime("05.12.2026 25:00", NOW)
    assert info.value.code == "bad_time"


@pytest.mark.parametrize(("text", "expected"), [
    ("14:30", dt.time(14, 30)), ("1430", dt.time(14, 30)), ("9", dt.time(9, 0)),
    ("9.05", dt.time(9, 5)), ("now", dt.time(10, 15)),
])
def test_typed_times(text, expected):
    assert read_time(text, NOW) == expected


# --- prefill: values from plain data ------------------------------------------------------

def _facts(**more) -> PrefillFacts:
    base = dict(
        now=dt.datetime(2026, 12, 7, 10, 15, 42, tzinfo=dt.timezone(dt.timedelta(hours=5))),
        address="г. Астана, ул. Сығанақ, д. 3, кв. 7", source="111",
        participants=(Participation("v", "affected", dt.date(1988, 3, 5)),
                      Participation("o", "offender"),
                      Participation("c", "child"),
                      Participation("teen", "family_member", dt.date(2012, 1, 1)),
                      Participation("gran", "elderly", dt.date(1950, 1, 1))),
        contact_interval_days=7,
        inspector={"name": "Сәрсенбаева Айгүл", "rank": "капитан полиции", "unit": "ОП Есиль"},
    )
    base.update(more)
    return PrefillFacts(**base)


def test_values_from_the_case_the_clock_and_the_profile():
    group = PrefillField("persons_met", "group", "case.participants", children=(
        PrefillField("person", "person", None), PrefillField("role", "select_one", None,
                                                             frozenset({"affected", "offender", "child",
                                                                        "elderly", "family_member"}),
                                                             roles_list=True)))
    fields = [
        PrefillField("visit_at", "datetime", "now"),
        PrefillField("issued_at", "date", "today"),
        PrefillField("visit_end", "time", "now"),
        PrefillField("visit_address", "text", "case.address"),
        PrefillField("channel", "select_one", "case.source", frozenset({"102", "111"})),
        group,
        PrefillField("children_count", "integer", "case.children_count"),
        PrefillField("children_present", "yes_no_unknown", "case.children_present"),
        PrefillField("measure_in_force", "yes_no_unknown", "case.measure_in_force"),
        PrefillField("next_visit", "date", "case.next_visit"),
        PrefillField("issued_by", "text", "inspector.name"),
        PrefillField("issued_by_full", "text", "inspector.name_rank"),
        PrefillField("subject", "person", "case.offender"),
        PrefillField("respondent", "person", "case.victims"),
        PrefillField("notes", "textarea", None),
    ]
    out = prefill_answers(fields, _facts())
    assert out == {
        "visit_at": "2026-12-07T10:15",  # the session clock's wall time, to the minute
        "issued_at": "2026-12-07",
        "visit_end": "10:15",
        "visit_address": "г. Астана, ул. Сығанақ, д. 3, кв. 7",
        "channel": "111",
        "persons_met": [{"person": "v", "role": "affected"}, {"person": "o", "role": "offender"},
                        {"person": "c", "role": "child"}, {"person": "teen", "role": "family_member"},
                        {"person": "gran", "role": "elderly"}],
        "children_count": 2,  # the child by role and the 14-year-old by birth date
        "children_present": "yes",
        "measure_in_force": "no",
        "next_visit": "2026-12-14",
        "issued_by": "Сәрсенбаева Айгүл",
        "issued_by_full": "капитан полиции, Сәрсенбаева Айгүл",
        "subject": "o",
        "respondent": "v",
    }


def test_what_the_case_does_not_know_stays_empty():
    facts = _facts(address="  ", source="patrol", participants=(
        Participation("v1", "affected"), Participation("v2", "affected"),
        Participation("o1", "offender"), Participation("o2", "offender")),
        contact_interval_days=None, inspector={})
    fields = [PrefillField("a", "text", "case.address"),
              PrefillField("channel", "select_one", "case.source", frozenset({"102", "111"})),
              PrefillField("subject", "person", "case.offender"),
              PrefillField("respondent", "person", "case.victims"),
              PrefillField("children_present", "yes_no_unknown", "case.children_present"),
              PrefillField("children_count", "integer", "case.children_count"),
              PrefillField("next_visit", "date", "case.next_visit"),
              PrefillField("issued_by", "text", "inspector.name"),
              PrefillField("wrong_type", "integer", "case.address")]
    assert prefill_answers(fields, facts) == {}


def test_a_measure_in_force_today():
    field = [PrefillField("m", "yes_no_unknown", "case.measure_in_force")]
    day = dt.timedelta(days=1)
    assert prefill_answers(field, _facts(measures=(MeasureSpan("active", TODAY - day, TODAY),)))["m"] == "yes"
    ended = (MeasureSpan("active", TODAY - 40 * day, TODAY - day),  # past its end: not in force
             MeasureSpan("cancelled", TODAY - day, TODAY + day),
             MeasureSpan("active", TODAY + day, TODAY + 30 * day))  # not started yet
    assert prefill_answers(field, _facts(measures=ended))["m"] == "no"


def test_previous_record_of_the_same_kind():
    class Rec:
        def __init__(self, kind, answers, deleted=False):
            self.KIND, self.answers, self.deleted = kind, answers, deleted

    timeline = [Rec("incident", {"rights": ["x"]}), Rec("visit", {"rights": ["gone"]}, deleted=True),
                Rec("visit", {"rights": ["line_111", "line_102"], "interpreter": "no"}),
                Rec("visit", {"rights": ["old"]})]
    previous = previous_answers(timeline, "visit")
    assert previous == {"rights": ["line_111", "line_102"], "interpreter": "no"}
    fields = [PrefillField("rights", "select_multiple", "previous",
                           frozenset({"line_111", "line_102"})),
              PrefillField("interpreter", "yes_no_unknown", "previous"),
              PrefillField("visit_type", "select_one", "previous", frozenset({"planned"}))]
    assert prefill_answers(fields, _facts(previous=previous)) == {
        "rights": ["line_111", "line_102"], "interpreter": "no"}
    # a code the newer form no longer has is left out
    stale = {"rights": ["line_111", "withdrawn"]}
    assert prefill_answers(fields[:1], _facts(previous=stale)) == {}
    assert previous_answers([], "visit") is None


# --- the forms engine's prefill key --------------------------------------------------------

def _definition(**field_keys) -> dict:
    return {
        "id": "demo", "version": 1, "title": {"ru": "Демо", "kk": "Демо", "en": "Demo"},
        "sections": [{"id": "s", "title": {"ru": "С", "kk": "С", "en": "S"}, "fields": [
            {"id": "visit_at", "type": "datetime", "label": {"ru": "К", "kk": "К", "en": "W"},
             **field_keys},
            {"id": "people", "type": "group", "label": {"ru": "Л", "kk": "Л", "en": "P"},
             "fields": [{"id": "person", "type": "person",
                         "label": {"ru": "Л", "kk": "Л", "en": "P"}}]},
        ]}],
    }


def test_the_engine_keeps_a_known_prefill():
    form = build_form(_definition(prefill="now"))
    assert form.field("visit_at").prefill == "now"
    assert form.field("people").prefill is None


@pytest.mark.parametrize(("keys", "words"), [
    ({"prefill": "previos"}, "unknown prefill source 'previos' (did you mean 'previous'?)"),
    ({"prefill": "yesterday"}, "unknown prefill source 'yesterday'; known: now, today, case.address"),
    ({"prefill": "case.adress"}, "unknown prefill source 'case.adress' (did you mean 'case.address'?)"),
    ({"prefill": "case.participants"}, "prefill 'case.participants' cannot fill a datetime field"),
    ({"prefill": "now", "calculate": "now()"}, "a calculated field cannot have 'prefill'"),
])
def test_a_prefill_typo_is_a_clear_error(keys, words):
    with pytest.raises(FormDefinitionError) as info:
        build_form(_definition(**keys))
    text = str(info.value)
    assert words in text
    assert "field visit_at" in text


def test_a_prefill_inside_a_group_must_be_previous():
    data = _definition()
    data["sections"][0]["fields"][1]["fields"][0]["prefill"] = "case.offender"
    with pytest.raises(FormDefinitionError, match="only use 'prefill: previous'"):
        build_form(data)
    data["sections"][0]["fields"][1]["fields"][0]["prefill"] = "previous"
    assert build_form(data).field("person").prefill == "previous"


def test_prefill_does_not_change_a_forms_digest():
    """Where first values come from changes no recorded answer: no new version needed, and a
    device with the shipped v2 and one without prefill agree on the definition."""
    plain = _definition()
    with_prefill = copy.deepcopy(plain)
    with_prefill["sections"][0]["fields"][0]["prefill"] = "now"
    assert definition_digest(plain) == definition_digest(with_prefill)
    with_label = copy.deepcopy(plain)
    with_label["sections"][0]["fields"][0]["label"]["en"] = "When"
    assert definition_digest(plain) != definition_digest(with_label)


def test_the_shipped_forms_prefill_what_the_case_knows(forms):
    registry: FormRegistry = forms.registry if hasattr(forms, "registry") else forms
    visit = registry.get("prevention_visit")
    sources = {f.id: f.prefill for f in visit.fields() if f.prefill}
    assert sources["visit_at"] == "now"
    assert sources["visit_address"] == "case.address"
    assert sources["persons_met"] == "case.participants"
    assert sources["rights_explained"] == "previous"
    incident = registry.get("incident_report")
    assert {f.id: f.prefill for f in incident.fields() if f.prefill} == {
        "reported_at": "now", "channel": "case.source", "incident_address": "case.address",
        "children_present": "case.children_present", "children_count": "case.children_count"}
    measure = registry.get("protective_measure")
    assert measure.field("issued_by").prefill == "inspector.name"
