"""Malformed definitions: each kind of mistake gets one precise message."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from forms_helpers import fields_of, minimal_form, with_fields

from inspector_desk.core.errors import FormError
from inspector_desk.forms import FormDefinitionError, FormRegistry
from inspector_desk.forms.check import check_forms


def problems_of(definition: Any, registry: FormRegistry | None = None) -> list[str]:
    with pytest.raises(FormDefinitionError) as caught:
        (registry or FormRegistry()).add_definition(definition)
    return caught.value.messages()


def test_the_minimal_form_is_valid() -> None:
    form = FormRegistry().add_definition(minimal_form())
    assert (form.id, form.version, form.missing_translations) == ("demo", 1, ())


def test_unknown_key() -> None:
    definition = minimal_form()
    fields_of(definition)[0]["lable"] = fields_of(definition)[0].pop("label")
    assert problems_of(definition) == [
        "form demo v1, field visit_at: unknown key 'lable' (did you mean 'label'?)",
        "form demo v1, field visit_at: missing key 'label'",
    ]


def test_unknown_key_at_form_level_lists_the_allowed_keys() -> None:
    assert problems_of(minimal_form(sectons=[])) == [
        "form demo v1: unknown key 'sectons' (did you mean 'sections'?)"]
    assert problems_of(minimal_form(owner="x")) == [
        "form demo v1: unknown key 'owner' (allowed: id, version, title, description, choices, "
        "sections, scoring, instrument)"]


def test_unknown_field_type() -> None:
    definition = minimal_form()
    fields_of(definition)[0]["type"] = "dattime"
    assert problems_of(definition) == [
        "form demo v1, field visit_at, type: unknown field type 'dattime' (did you mean "
        "'datetime'?); known types: text, textarea, integer, decimal, date, time, datetime, "
        "select_one, select_multiple, yes_no_unknown, person, group, note, attachment, signature"]


def test_missing_russian_label() -> None:
    definition = minimal_form()
    fields_of(definition)[1]["label"] = {"kk": "Түрі", "en": "Kind"}
    assert problems_of(definition) == [
        "form demo v1, field kind, label: the Russian text (ru) is required"]


def test_missing_kazakh_or_english_falls_back_to_russian_and_is_listed() -> None:
    definition = minimal_form()
    fields_of(definition)[1]["label"] = {"ru": "Вид"}
    fields_of(definition)[1]["hint"] = {"ru": "Подсказка", "kk": "Кеңес"}
    form = FormRegistry().add_definition(definition)
    assert [(m.field, m.language) for m in form.missing_translations] == [
        ("kind", "kk"), ("kind", "en"), ("kind.hint", "en")]
    assert form.field("kind").label.get("kk") == "Вид"


def test_duplicate_field_id() -> None:
    definition = minimal_form()
    fields_of(definition)[2]["id"] = "kind"
    assert problems_of(definition) == [
        "form demo v1, field kind: duplicate field id 'kind' (field ids must be unique in the "
        "whole form)"]


def test_duplicate_id_inside_a_group_is_found_too() -> None:
    definition = with_fields({"id": "people", "type": "group", "label": {"ru": "Лица"},
                              "fields": [{"id": "kind", "type": "text", "label": {"ru": "x"}}]})
    assert problems_of(definition) == [
        "form demo v1, field kind: duplicate field id 'kind' (field ids must be unique in the "
        "whole form)"]


def test_reference_to_an_unknown_field() -> None:
    definition = with_fields({"id": "notes", "type": "text", "label": {"ru": "Заметки"},
                              "relevant": "${knd} = 'planned'"})
    assert problems_of(definition) == [
        "form demo v1, field notes, expression position 1 (relevant): unknown field 'knd' "
        "(did you mean 'kind'?)"]


def test_reference_to_an_unknown_choice_list() -> None:
    definition = minimal_form()
    fields_of(definition)[1]["choices"] = "kind"
    assert problems_of(definition) == [
        "form demo v1, field kind, choices: unknown choice list 'kind' (did you mean 'kinds'?)"]


def test_reference_to_an_unknown_choice_code() -> None:
    definition = with_fields({"id": "notes", "type": "text", "label": {"ru": "Заметки"},
                              "relevant": "${kind} = 'planed'"})
    assert problems_of(definition) == [
        "form demo v1, field notes, expression position 11 (relevant): 'planed' is not a code "
        "of choice list 'kinds' (did you mean 'planned'?)"]


def test_bad_expression_gives_its_position() -> None:
    definition = minimal_form()
    fields_of(definition)[2]["constraints"][0]["expression"] = ". >= date(${visit_at}))"
    assert problems_of(definition) == [
        "form demo v1, field next_visit, expression position 23 (constraint 1): unexpected ')'"]


def test_expression_error_carries_form_field_and_position() -> None:
    definition = minimal_form()
    fields_of(definition)[2]["constraints"][0]["expression"] = ". >= date(${visit_at}))"
    with pytest.raises(FormError) as caught:
        FormRegistry().add_definition(definition)
    error = caught.value
    assert error.code == "form_error"
    assert (error.params["form"], error.params["version"], error.params["field"],
            error.params["position"]) == ("demo", 1, "next_visit", 23)


def test_type_error_in_an_expression() -> None:
    definition = minimal_form()
    fields_of(definition)[2]["constraints"][0]["expression"] = ". >= ${visit_at}"
    assert problems_of(definition) == [
        "form demo v1, field next_visit, expression position 3 (constraint 1): cannot compare "
        "date with datetime; use date(...) to take the date of a datetime"]


def test_expression_of_the_wrong_kind() -> None:
    definition = with_fields({"id": "a", "type": "integer", "label": {"ru": "a"},
                              "relevant": "${visit_at}"},
                             {"id": "b", "type": "integer", "label": {"ru": "b"},
                              "calculate": "${kind}"})
    assert problems_of(definition) == [
        "form demo v1, field a, expression position 1 (relevant): must give true or false, but "
        "gives a date and time",
        "form demo v1, field b, expression position 1 (calculate): must give a number, but "
        "gives text"]


def test_calculation_cycle() -> None:
    definition = with_fields(
        {"id": "a", "type": "integer", "label": {"ru": "a"}, "calculate": "${b} + 1"},
        {"id": "b", "type": "integer", "label": {"ru": "b"}, "calculate": "${c} * 2"},
        {"id": "c", "type": "integer", "label": {"ru": "c"}, "calculate": "${a}"})
    assert problems_of(definition) == ["form demo v1, field a: calculation cycle: a -> b -> c -> a"]


def test_cycle_through_relevance() -> None:
    definition = with_fields(
        {"id": "a", "type": "yes_no_unknown", "label": {"ru": "a"}, "relevant": "${b} = 'yes'"},
        {"id": "b", "type": "yes_no_unknown", "label": {"ru": "b"}, "relevant": "${a} = 'yes'"},
        {"id": "c", "type": "yes_no_unknown", "label": {"ru": "c"}, "relevant": "${c} = 'no'"})
    assert problems_of(definition) == ["form demo v1, field a: calculation cycle: a -> b -> a",
                                       "form demo v1, field c: calculation cycle: c -> c"]


def test_count_yes_of_the_whole_form_leaves_out_its_own_field(context) -> None:
    definition = with_fields(
        {"id": "q1", "type": "yes_no_unknown", "label": {"ru": "1"}},
        {"id": "q2", "type": "yes_no_unknown", "label": {"ru": "2"},
         "relevant": "count_yes() > 0"},  # reads q1 only: no cycle through q2 itself
        {"id": "total", "type": "integer", "label": {"ru": "Всего"}, "calculate": "count_yes()"})
    form = FormRegistry().add_definition(definition)
    assert form.compute({"q1": "no", "q2": "yes"}, context) == {"q1": "no", "total": 0}
    assert form.compute({"q1": "yes", "q2": "yes"}, context) == {"q1": "yes", "q2": "yes", "total": 2}


def test_choice_default_not_in_the_list() -> None:
    definition = minimal_form()
    fields_of(definition)[1]["default"] = "plannd"
    assert problems_of(definition) == [
        "form demo v1, field kind, default: 'plannd' is not in choice list 'kinds' "
        "(did you mean 'planned'?)"]


def test_default_of_the_wrong_type() -> None:
    definition = minimal_form()
    fields_of(definition)[0]["default"] = "tomorrow"
    assert problems_of(definition) == [
        "form demo v1, field visit_at, default: 'tomorrow' is not a valid datetime value "
        "(write YYYY-MM-DDTHH:MM)"]


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: fields_of(d)[0].update(choices="kinds"),
     "form demo v1, field visit_at: key 'choices' cannot be used with type datetime"),
    (lambda d: fields_of(d).append({"id": "a", "type": "select_one", "label": {"ru": "a"}}),
     "form demo v1, field a: type select_one needs 'choices' (the name of a choice list)"),
    (lambda d: fields_of(d).append({"id": "a", "type": "integer", "label": {"ru": "a"},
                                    "calculate": "1", "required": True}),
     "form demo v1, field a: a calculated field cannot have 'required'"),
    (lambda d: fields_of(d).append({"id": "a", "type": "person", "label": {"ru": "a"},
                                    "calculate": "'p1'"}),
     "form demo v1, field a: key 'calculate' cannot be used with type person"),
    (lambda d: fields_of(d).append({"id": "g", "type": "group", "label": {"ru": "g"}, "fields": [
        {"id": "h", "type": "group", "label": {"ru": "h"},
         "fields": [{"id": "i", "type": "text", "label": {"ru": "i"}}]}]}),
     "form demo v1, field h: a repeated group cannot contain another group"),
    (lambda d: fields_of(d).append({"id": "g", "type": "group", "label": {"ru": "g"},
                                    "repeat": {"min": 5, "max": 2},
                                    "fields": [{"id": "i", "type": "text", "label": {"ru": "i"}}]}),
     "form demo v1, field g, repeat: repeat min 5 is above max 2"),
    (lambda d: d["choices"]["kinds"].append({"code": "planned", "label": {"ru": "x"}}),
     "form demo v1, choice list kinds: code 'planned' appears twice"),
    (lambda d: d["choices"]["kinds"][0].update(code=111),
     "form demo v1, choice list kinds, item 1, code: must be text, not the number 111 "
     "(put quotes around it)"),
    (lambda d: fields_of(d)[0].update(id="Visit At"),
     "form demo v1, field Visit At, id: 'Visit At' is not a valid id: use lower-case Latin "
     "letters, digits and _, starting with a letter (at most 64 characters)"),
    (lambda d: d.update(version="1"), "form demo, version: must be a whole number, not the text '1'"),
    (lambda d: fields_of(d)[0].update(required="yes please"),
     "form demo v1, field visit_at, expression position 1 (required): unknown name 'yes': write "
     "a field as ${yes}, text in quotes, or call a function with ()"),
    (lambda d: fields_of(d).extend([
        {"id": "address", "type": "text", "label": {"ru": "a"}, "privacy": {"offender_copy": False}},
        {"id": "copy", "type": "text", "label": {"ru": "b"}, "calculate": "coalesce(${address}, '-')"}]),
     "form demo v1, field copy, calculate: is calculated from 'address', which is kept out of the "
     "offender's copy; mark it with privacy: {offender_copy: false} too"),
    (lambda d: fields_of(d).extend([
        {"id": "people", "type": "group", "label": {"ru": "Лица"},
         "fields": [{"id": "person", "type": "person", "label": {"ru": "Лицо"}}]},
        {"id": "who", "type": "text", "label": {"ru": "b"}, "relevant": "is_empty(${person})"}]),
     "form demo v1, field who, expression position 10 (relevant): field 'person' belongs to the "
     "repeated group 'people' and can only be used by the fields of that group"),
])
def test_other_mistakes(change: Any, message: str) -> None:
    definition = minimal_form()
    change(definition)
    assert problems_of(definition) == [message]


def test_scoring_block_mistakes() -> None:
    definition = minimal_form(scoring={
        "score": "count_yes()", "choices": "kinds",
        "levels": [{"level": "planned", "min": 1}, {"level": "weekly", "min": 5}],
        "override": {"level_field": "kind", "reason_field": "reason"}})
    assert problems_of(definition) == [
        "form demo v1, scoring, levels: level 'weekly' is not a code of choice list 'kinds'",
        "form demo v1, scoring, levels: the lowest level must start at 0, not 1",
        "form demo v1, scoring, override, reason_field: unknown field 'reason'"]


@pytest.mark.parametrize(("text", "message"), [
    ("id: demo\nversion: 1\nversion: 2\n", "line 3: duplicate key 'version'"),
    ("id: demo\n  version: [1\n", "line 2, column 10: not valid YAML: mapping values are not "
                                  "allowed here"),
    ("- 1\n- 2\n", "a definition must be a mapping (key: value), not a list"),
])
def test_broken_yaml(text: str, message: str) -> None:
    assert problems_of(text) == [message]


def test_yes_and_no_stay_text_in_yaml() -> None:
    text = """
id: demo
version: 1
title: {ru: Демо}
sections:
  - id: main
    title: {ru: Основное}
    fields:
      - {id: consent, type: yes_no_unknown, label: {ru: Согласие}, default: no}
"""
    assert FormRegistry().add_definition(text).field("consent").default == "no"


def test_every_problem_of_a_definition_is_listed() -> None:
    definition = minimal_form()
    fields_of(definition)[0]["type"] = "txt"
    fields_of(definition)[1]["lable"] = "x"
    error = pytest.raises(FormDefinitionError, FormRegistry().add_definition, definition).value
    assert len(error.problems) == 2
    assert str(error).endswith("(and 1 more problem)")


def test_a_version_cannot_change_once_loaded() -> None:
    registry = FormRegistry()
    first = registry.add_definition(minimal_form(), source="demo.v1.yaml")
    assert registry.add_definition(copy.deepcopy(minimal_form())) is first  # same content: fine
    changed = minimal_form()
    fields_of(changed)[1]["label"]["ru"] = "Тип"
    assert problems_of(changed, registry) == [
        "form demo v1: already loaded from demo.v1.yaml with different content; a changed form "
        "needs a new version number"]


def test_folder_problems_name_the_file(tmp_path: Path) -> None:
    import yaml

    (tmp_path / "choices").mkdir()
    (tmp_path / "choices" / "kinds.yaml").write_text(
        "id: other_name\nchoices:\n  - {code: a, label: {ru: А}}\n", encoding="utf-8")
    (tmp_path / "demo.v2.yaml").write_text(yaml.safe_dump(minimal_form()), encoding="utf-8")
    (tmp_path / "demo_v1.yaml").write_text("id: x\n", encoding="utf-8")
    broken = minimal_form(id="broken")
    fields_of(broken)[0]["type"] = "txt"
    (tmp_path / "broken.v1.yaml").write_text(yaml.safe_dump(broken, allow_unicode=True),
                                             encoding="utf-8")
    report = check_forms(tmp_path)
    assert not report.ok
    assert report.errors == [
        "choices/kinds.yaml: the file of choice list 'other_name' must be named other_name.yaml",
        "broken.v1.yaml: form broken v1, field visit_at, type: unknown field type 'txt' (did you "
        "mean 'text'?); known types: text, textarea, integer, decimal, date, time, datetime, "
        "select_one, select_multiple, yes_no_unknown, person, group, note, attachment, signature",
        "demo.v2.yaml: the file holds form demo v1; name it demo.v1.yaml",
        "demo_v1.yaml: a form definition file must be named <form_id>.v<version>.yaml",
    ]
    with pytest.raises(FormDefinitionError):
        FormRegistry.from_directory(tmp_path)


def test_yaml_alias_bombs_are_refused_quickly() -> None:
    import time

    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 9):
        refs = ", ".join([f"*a{level - 1}"] * 10)
        lines.append(f"a{level}: &a{level} [{refs}]")
    bomb = "\n".join(lines) + "\nid: demo\n"
    started = time.perf_counter()
    assert problems_of(bomb) == [
        "the document is too large (more than 200000 values, perhaps through YAML aliases)"]
    assert time.perf_counter() - started < 2


def test_a_loaded_form_does_not_change_with_the_callers_mapping(context) -> None:
    definition = minimal_form()
    form = FormRegistry().add_definition(definition)
    fields_of(definition)[1]["label"]["ru"] = "Изменено"
    assert form.definition["sections"][0]["fields"][1]["label"]["ru"] == "Вид"
