"""The JSON Schema of form definitions (forms/schema/form.schema.json) and its messages.

jsonschema's own messages ("Additional properties are not allowed ('lable' was
unexpected)") are turned into short ones that name the form, the field and the key:
``form prevention_visit v1, field visit_at: unknown key 'lable' (did you mean 'label'?)``.
"""

from __future__ import annotations

import functools
import json
from typing import Any, Iterable

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError as SchemaError

from inspector_desk.forms.expressions import suggest
from inspector_desk.forms.model import FIELD_TYPES
from inspector_desk.forms.paths import engine_file
from inspector_desk.forms.problems import Problem

SCHEMA_FILE = ("schema", "form.schema.json")


@functools.cache
def form_schema() -> dict[str, Any]:
    with open(engine_file(*SCHEMA_FILE), encoding="utf-8") as handle:
        schema = json.load(handle)
    Draft202012Validator.check_schema(schema)
    return schema


@functools.cache
def form_validator() -> Draft202012Validator:
    return Draft202012Validator(form_schema())


@functools.cache
def choice_list_validator() -> Draft202012Validator:
    schema = form_schema()
    return Draft202012Validator({"$ref": "#/$defs/choice_list_file", "$defs": schema["$defs"]})


_JSON_TYPES = {"string": "text", "integer": "a whole number", "number": "a number",
               "boolean": "true or false", "object": "a mapping (key: value)",
               "array": "a list", "null": "empty"}


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return f"{str(value).lower()}"
    if isinstance(value, int):
        return f"the number {value}"
    if isinstance(value, float):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text '{value}'"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    return type(value).__name__


def _locate(instance: Any, path: list[Any]) -> tuple[str | None, list[str]]:
    """(field id, other location parts) of a path inside a definition."""
    node, field, where = instance, None, []
    i = 0
    while i < len(path):
        key = path[i]
        nxt = path[i + 1] if i + 1 < len(path) else None
        child = node.get(key) if isinstance(node, dict) else None
        if key in ("sections", "fields") and isinstance(nxt, int) and isinstance(child, list) \
                and nxt < len(child):
            item = child[nxt]
            ident = item.get("id") if isinstance(item, dict) else None
            ident = ident if isinstance(ident, str) else None
            if key == "sections":
                field, where = None, [f"section {ident or '#' + str(nxt + 1)}"]
            elif ident:
                field, where = ident, []
            else:
                where.append(f"field #{nxt + 1}")
            node, i = item, i + 2
            continue
        if key == "choices" and node is instance and isinstance(nxt, str):
            where = [f"choice list {nxt}"]
            node, i = (child or {}).get(nxt), i + 2
            if i < len(path) and isinstance(path[i], int):
                where.append(f"item {path[i] + 1}")
                node, i = node[path[i]] if isinstance(node, list) else None, i + 1
            continue
        if key == "constraints" and isinstance(nxt, int):
            where.append(f"constraint {nxt + 1}")
            node, i = (child[nxt] if isinstance(child, list) and nxt < len(child) else None), i + 2
            continue
        if isinstance(key, int):
            where.append(f"item {key + 1}")
            node = node[key] if isinstance(node, list) and key < len(node) else None
        else:
            where.append(str(key))
            node = child
        i += 1
    return field, where


def _messages(error: SchemaError) -> list[str]:
    validator, value, schema = error.validator, error.instance, error.schema
    if validator == "additionalProperties" and isinstance(value, dict):
        allowed = list(schema.get("properties", {}))
        out = []
        for key in value:
            if key in allowed:
                continue
            hint = suggest(str(key), allowed) or f" (allowed: {', '.join(allowed)})"
            out.append(f"unknown key '{key}'{hint}")
        return out
    if validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        if missing == "ru":
            return ["the Russian text (ru) is required"]
        return [f"missing key '{missing}'"]
    if validator == "enum" and error.path and error.path[-1] == "type":
        return [f"unknown field type '{value}'{suggest(str(value), FIELD_TYPES)}; "
                f"known types: {', '.join(FIELD_TYPES)}"]
    if validator == "enum":
        return [f"{_kind(value)} is not allowed; use one of: "
                + ", ".join(map(str, error.validator_value))]
    if validator == "type":
        wanted = error.validator_value
        wanted = wanted if isinstance(wanted, list) else [wanted]
        names = " or ".join(_JSON_TYPES.get(w, w) for w in wanted)
        scalar = not isinstance(value, (dict, list))
        extra = " (put quotes around it)" if "string" in wanted and scalar else ""
        return [f"must be {names}, not {_kind(value)}{extra}"]
    if validator == "pattern":
        if error.validator_value.startswith("^[a-z]"):
            return [f"'{value}' is not a valid id: use lower-case Latin letters, digits and _, "
                    "starting with a letter (at most 64 characters)"]
        return [f"'{value}' is not a valid code: use Latin letters, digits, '_', '.', '-' "
                "(at most 64 characters)"]
    if validator in ("minItems", "minLength"):
        return ["must not be empty"]
    if validator == "maxLength":
        return [f"is too long (limit {error.validator_value} characters)"]
    if validator == "minimum":
        return [f"must be at least {error.validator_value}, not {value}"]
    if validator == "maximum":
        return [f"must be at most {error.validator_value}, not {value}"]
    if validator == "anyOf" and error.path and error.path[-1] == "required":
        return ["must be true, false or an expression (text)"]
    return [error.message]


def schema_problems(instance: Any, validator: Draft202012Validator, *, form: str | None,
                    version: int | None, source: str | None) -> list[Problem]:
    """Every schema violation of ``instance`` as a :class:`Problem`, in document order."""
    if not isinstance(instance, dict):
        return [Problem(f"a definition must be a mapping (key: value), not {_kind(instance)}",
                        form=form, version=version, source=source)]
    errors: Iterable[SchemaError] = validator.iter_errors(instance)

    def order(error: SchemaError) -> list[tuple[int, Any]]:
        return [(0, k) if isinstance(k, int) else (1, str(k)) for k in error.absolute_path]

    problems = []
    for error in sorted(errors, key=order):
        path = list(error.absolute_path)
        field, where = _locate(instance, path)
        if error.validator == "propertyNames":
            where.append("name")
        for message in _messages(error):
            problems.append(Problem(message, form=form, version=version, field=field,
                                    where=", ".join(where) or None, source=source))
    return problems
