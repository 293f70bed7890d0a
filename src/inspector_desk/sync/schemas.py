"""JSON Schemas of the bundle format (docs/schemas/*.json), made from the code that writes it.

One schema per record kind (the ``record`` object of a ``records.jsonl`` line, from the
dataclass in core/records.py and its storage codecs), the line around it, an audit entry
(core/audit.py), the bundle manifest and the bundle header (both formats). The files in
docs/schemas/ are this module's output (``python -m inspector_desk.sync.schemas DIR``
writes them); tests/sync/test_schemas.py fails when they differ, so they cannot drift.

A schema says what a line must look like; a reader also checks what a schema cannot say
(docs/bundle-format.md): canonical spelling, a date that exists, the record's hash, the
audit chain. Headquarters validates every line against its schema before anything else
(:func:`validate_line`, :func:`validate_audit`): a line that does not match is refused as
``bundle_content_invalid`` with the schema and the place that failed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import sys
import types
import typing
from pathlib import Path
from typing import Any

import jsonschema

from inspector_desk.core.audit import GENESIS, AuditEntry
from inspector_desk.core.records import ADDED_FIELDS, RECORD_TYPES

DIALECT = "https://json-schema.org/draft/2020-12/schema"
BASE_URI = "https://inspector-desk.example/schemas/"
UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"
HEX16 = "^[0-9a-f]{16}$"
HEX64 = "^[0-9a-f]{64}$"
HEX128 = "^[0-9a-f]{128}$"
DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
# Python's isoformat(): .ffffff only when not zero; the offset whenever the time has one.
DATETIME = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{6})?([+-][0-9]{2}:[0-9]{2})?$"
INT64 = {"type": "integer", "minimum": -(2 ** 63), "maximum": 2 ** 63 - 1}
COUNT = {"type": "integer", "minimum": 0, "maximum": 2 ** 63 - 1}
RECORD_KIND_FILES = {kind: kind for kind in RECORD_TYPES}  # docs/schemas/<kind>.json


def _doc(name: str, title: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"$schema": DIALECT, "$id": BASE_URI + f"{name}.json", "title": title, **schema}


def _type(hint: Any) -> dict[str, Any]:
    """The JSON Schema of a field's Python type, as records_codec writes it."""
    args = typing.get_args(hint) if isinstance(hint, types.UnionType) or \
        typing.get_origin(hint) is typing.Union else ()
    if args:
        parts = [_type(a) for a in args]
        simple = [p for p in parts if set(p) == {"type"}]
        if len(simple) == len(parts):
            return {"type": [p["type"] for p in parts]}
        return {"anyOf": parts}
    if hint is type(None):
        return {"type": "null"}
    if hint is bool:
        return {"type": "boolean"}
    if hint is int:
        return dict(INT64)
    if hint is str:
        return {"type": "string"}
    if hint is dt.datetime:
        return {"type": "string", "pattern": DATETIME}
    if hint is dt.date:
        return {"type": "string", "pattern": DATE}
    origin = typing.get_origin(hint)
    if origin is list:
        (item,) = typing.get_args(hint)
        return {"type": "array", "items": _type(item)}
    if origin is dict or hint is dict:
        inner = typing.get_args(hint)
        if inner and inner[1] is not Any:
            return {"type": "object", "additionalProperties": _type(inner[1])}
        return {"type": "object"}
    if hint is Any:
        return {}
    raise TypeError(f"no JSON Schema for {hint!r}")


def _merge_null(schema: dict[str, Any]) -> dict[str, Any]:
    """``{"type": ["string", "null"], "pattern": …}`` for an optional patterned string."""
    if "anyOf" in schema:
        parts = schema["anyOf"]
        nulls = [p for p in parts if p == {"type": "null"}]
        rest = [p for p in parts if p != {"type": "null"}]
        if len(nulls) == 1 and len(rest) == 1 and isinstance(rest[0].get("type"), str):
            return {**rest[0], "type": [rest[0]["type"], "null"]}
    return schema


def record_schema(kind: str) -> dict[str, Any]:
    """The ``record`` object of a line of this kind: every field of the dataclass, under its
    own name, and nothing else; fields added later (ADDED_FIELDS) optional and never
    spelling their default."""
    cls = RECORD_TYPES[kind]
    hints = typing.get_type_hints(cls)
    added = ADDED_FIELDS.get(kind, {})
    props: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        schema = _merge_null(_type(hints[f.name]))
        if f.name == "id":
            schema = {"type": "string", "pattern": UUID}
        elif f.name == "version":
            schema = {"type": "integer", "minimum": 1, "maximum": 2 ** 63 - 1}
        if f.name in added:
            schema = {**schema, "not": {"const": added[f.name]},
                      "description": f"added later; left out while it holds its default "
                                     f"{added[f.name]!r}"}
        props[f.name] = schema
    required = [f.name for f in dataclasses.fields(cls) if f.name not in added]
    return _doc(RECORD_KIND_FILES[kind], f"Inspector Desk record: {kind} ({cls.__name__})", {
        "type": "object", "properties": props, "required": required,
        "additionalProperties": False})


def line_schema() -> dict[str, Any]:
    return _doc("record-line", "A line of records.jsonl (the record: <kind>.json)", {
        "type": "object",
        "properties": {
            "kind": {"enum": list(RECORD_TYPES)},
            "record": {"type": "object"},
            "sha256": {"type": "string", "pattern": HEX64},
            "base": {"oneOf": [{"type": "null"}, {
                "type": "object",
                "properties": {"version": {"type": "integer", "minimum": 1, "maximum": 2 ** 63 - 1},
                               "sha256": {"type": "string", "pattern": HEX64}},
                "required": ["version", "sha256"], "additionalProperties": False}]},
        },
        "required": ["kind", "record", "sha256", "base"], "additionalProperties": False,
        "allOf": [{"if": {"properties": {"kind": {"const": k}}},
                   "then": {"properties": {"record": {"$ref": f"{RECORD_KIND_FILES[k]}.json"}}}}
                  for k in RECORD_TYPES],
    })


def audit_schema() -> dict[str, Any]:
    hints = typing.get_type_hints(AuditEntry)
    props: dict[str, Any] = {f.name: _type(hints[f.name]) for f in dataclasses.fields(AuditEntry)}
    props["seq"] = {"type": "integer", "minimum": 1, "maximum": 2 ** 63 - 1}
    props["device_id"] = {"type": "string", "pattern": UUID}
    props["at"] = {"type": "string", "pattern": DATETIME}
    props["prev_hash"] = {"type": "string", "pattern": HEX64}
    props["hash"] = {"type": "string", "pattern": HEX64}
    return _doc("audit-entry", "A line of audit.jsonl (core/audit.py AuditEntry)", {
        "type": "object", "properties": props, "required": list(props),
        "additionalProperties": False,
        # The first entry of a device's log follows 64 zeros.
        "if": {"properties": {"seq": {"const": 1}}},
        "then": {"properties": {"prev_hash": {"const": GENESIS}}},
    })


def _content() -> dict[str, Any]:
    """The figures of a bundle's content: in a format-2 manifest, in a format-1 header."""
    kinds = list(RECORD_TYPES) + ["deleted"]
    return {
        "changes": {"type": "object", "properties": {"from": COUNT, "to": COUNT},
                    "required": ["from", "to"], "additionalProperties": False},
        "audit": {"type": "object",
                  "properties": {"from": COUNT, "to": COUNT, "head_seq": COUNT,
                                 "head_hash": {"type": "string", "pattern": HEX64}},
                  "required": ["from", "to", "head_seq", "head_hash"], "additionalProperties": False},
        "counts": {"type": "object", "properties": {k: COUNT for k in kinds}, "required": kinds,
                   "additionalProperties": False},
        "attachments": {"type": "object", "properties": {"count": COUNT, "bytes": COUNT},
                        "required": ["count", "bytes"], "additionalProperties": False},
        "forms": {"type": "object",
                  "properties": {"known": {"type": "object", "additionalProperties": {
                                     "type": "array", "items": COUNT}},
                                 "used": {"type": "object", "additionalProperties": COUNT}},
                  "required": ["known", "used"], "additionalProperties": False},
    }


def _binding() -> dict[str, Any]:
    return {
        "type": {"const": "bundle"},
        "bundle_id": {"type": "string", "pattern": UUID},
        "device_id": {"type": "string", "pattern": UUID},
        "device_key_id": {"type": "string", "pattern": HEX16,
                          "description": "the device's Ed25519 signing key id"},
        "seq": {"type": "integer", "minimum": 1, "maximum": 2 ** 63 - 1},
        "hq_key_id": {"type": "string", "pattern": HEX16,
                      "description": "headquarters' IMPORT key id (the X25519 age recipient "
                                     "the payload is encrypted to); not its signing key"},
        "created_at": {"type": "string", "pattern": DATETIME},
    }


def _strict(props: dict[str, Any], title: str, name: str) -> dict[str, Any]:
    return {"title": title, "type": "object", "properties": props, "required": sorted(props),
            "additionalProperties": False}


def header_schema() -> dict[str, Any]:
    """Both formats; tests/sync/test_schemas.py checks the fields against hq/header.py."""
    clear = {
        **_binding(),
        "prev_seq": COUNT,
        "prev_hash": {"type": "string", "pattern": "^([0-9a-f]{128})?$",
                      "description": "SHA-512 of the previous bundle file; \"\" for the first"},
        "escrow_key_id": {"type": "string", "pattern": "^([0-9a-f]{16})?$"},
        "volume": {"type": "object", "properties": {"index": COUNT, "count": COUNT},
                   "required": ["count", "index"], "additionalProperties": False},
        "plaintext_size": COUNT,
        "schema_version": {"type": "integer", "minimum": 1, "maximum": 2 ** 63 - 1},
        "app_version": {"type": "string", "maxLength": 64},
    }
    v2 = {**clear, "format": {"const": 2}}
    v1 = {**clear, **_content(), "format": {"const": 1}}
    return _doc("bundle-header", "Bundle header (IDB1), in clear", {
        "oneOf": [_strict(v2, "format 2 (written since issue 14)", "v2"),
                  _strict(v1, "format 1 (older devices; still imported)", "v1")]})


def manifest_schema() -> dict[str, Any]:
    from inspector_desk.sync.payload import MANIFEST_FIELDS

    member = {"type": "object",
              "properties": {"name": {"type": "string", "pattern": "^[A-Za-z0-9._/-]{1,100}$"},
                             "size": {"type": "integer", "minimum": 0, "maximum": 8 ** 11 - 1},
                             "sha256": {"type": "string", "pattern": HEX64}},
              "required": ["name", "sha256", "size"], "additionalProperties": False}
    common = {**_binding(), "members": {"type": "array", "items": member}}
    content = _content()
    v2 = {**common, **content, "format": {"const": 2}}
    v1 = {**common, **{k: content[k] for k in ("changes", "audit", "counts", "attachments")},
          "format": {"const": 1}}
    if set(v2) != MANIFEST_FIELDS["bundle/2"] or set(v1) != MANIFEST_FIELDS["bundle"]:
        raise AssertionError("the manifest schema differs from sync/payload.py")
    return _doc("bundle-manifest", "manifest.json of a bundle (encrypted)", {
        "oneOf": [_strict(v2, "format 2: holds the figures of the content", "v2"),
                  _strict(v1, "format 1", "v1")]})


def all_schemas() -> dict[str, dict[str, Any]]:
    """File name → schema, everything docs/schemas/ holds."""
    out = {f"{RECORD_KIND_FILES[k]}.json": record_schema(k) for k in RECORD_TYPES}
    out["record-line.json"] = line_schema()
    out["audit-entry.json"] = audit_schema()
    out["bundle-manifest.json"] = manifest_schema()
    out["bundle-header.json"] = header_schema()
    return out


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def write(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, schema in all_schemas().items():
        path = folder / name
        path.write_text(render(schema), encoding="utf-8")
        out.append(path)
    return out


# --- validation (headquarters) -------------------------------------------------------------


class SchemaError(ValueError):
    """A line does not match its schema: ``schema`` (file name) and ``where`` (JSON path)."""

    def __init__(self, schema: str, where: str, message: str) -> None:
        super().__init__(f"{schema} at {where}: {message}")
        self.schema, self.where = schema, where


@functools.cache
def _validators() -> dict[str, jsonschema.protocols.Validator]:
    from referencing import Registry, Resource

    schemas = all_schemas()
    registry = Registry().with_resources(
        (s["$id"], Resource.from_contents(s)) for s in schemas.values())
    cls = jsonschema.validators.validator_for(schemas["record-line.json"])
    out = {name: cls(s, registry=registry) for name, s in schemas.items()}
    # record-line.json without its per-kind ``allOf``: validate_line checks the line's own
    # fields with it, then the record with its kind's schema directly (the same rules, and
    # one schema evaluated per line instead of nine conditions).
    envelope = {k: v for k, v in schemas["record-line.json"].items() if k != "allOf"}
    out[ENVELOPE] = cls(envelope, registry=registry)
    return out


ENVELOPE = "record-line.json#envelope"


def _check(name: str, value: Any, *, shown: str | None = None, prefix: str = "") -> None:
    v = _validators()[name]
    if v.is_valid(value):
        return
    err = jsonschema.exceptions.best_match(v.iter_errors(value))
    name = shown or name
    where = "/" + "/".join([prefix.strip("/")] * bool(prefix) + list(map(str, err.absolute_path)))
    # Never the value itself (it may be a name): the rule that failed, and field names.
    if err.validator in ("required", "additionalProperties"):
        why = err.message[:200]
    elif err.validator in ("type", "pattern", "const", "enum", "minimum", "maximum", "maxLength"):
        why = f"{err.validator} {json.dumps(err.validator_value, ensure_ascii=False)[:80]} expected"
    else:
        why = f"fails {err.validator}"
    raise SchemaError(name, where, why)


def validate_line(line: Any) -> None:
    """A records.jsonl line, its ``record`` against the schema of its kind."""
    _check(ENVELOPE, line, shown="record-line.json")
    _check(f"{line['kind']}.json", line["record"], shown="record-line.json", prefix="/record")


def validate_audit(entry: Any) -> None:
    _check("audit-entry.json", entry)


if __name__ == "__main__":  # python -m inspector_desk.sync.schemas docs/schemas
    for p in write(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/schemas")):
        print(p)
