"""Records as JSON lines: one full record per line, deletions as records with ``deleted``.

Each line of ``records.jsonl``::

    {"kind": "visit", "record": {<every field of the record>}, "sha256": "<hex>",
     "base": null | {"version": 3, "sha256": "<hex>"}}

``record`` holds every dataclass field of core/records.py under its own name: dates and
times as ISO 8601 text (times with their UTC offset), lists and mappings as JSON arrays
and objects, booleans as ``true``/``false``. ``sha256`` is the SHA-256 of the canonical JSON
of ``record`` (the version's identity at headquarters). ``base`` names the version that
arrived from headquarters (an update pack) and that this device's edits continue from;
``null`` when the record's history is this device's own.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import typing
from dataclasses import fields
from typing import Any

from inspector_desk.core.records import RECORD_TYPES, Record
from inspector_desk.storage.store import _codecs
from inspector_desk.sync.canonical import UUID_RE, canonical

MAX_LINE = 8 << 20


class RecordFormatError(ValueError):
    pass


def record_to_json(record: Record) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, codec in _codecs(type(record)):
        value = getattr(record, name)
        if value is not None and codec in ("datetime", "date"):
            value = value.isoformat()
        out[name] = value
    return out


def record_sha256(data: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(data)).hexdigest()


def record_line(record: Record, base: tuple[int, str] | None = None) -> bytes:
    data = record_to_json(record)
    line = {"kind": record.KIND, "record": data, "sha256": record_sha256(data),
            "base": None if base is None else {"version": base[0], "sha256": base[1]}}
    return canonical(line) + b"\n"


_SCALARS = {"plain": (str, int, type(None)), "bool": (bool,), "json": (list, dict),
            "datetime": (str, type(None)), "date": (str, type(None))}


def check_line(line: dict[str, Any]) -> tuple[str, dict[str, Any], tuple[int, str] | None]:
    """Validate one parsed line strictly; returns (kind, record data, base)."""
    if not isinstance(line, dict) or set(line) != {"kind", "record", "sha256", "base"}:
        raise RecordFormatError("a record line has exactly kind, record, sha256 and base")
    kind, data, base = line["kind"], line["record"], line["base"]
    cls = RECORD_TYPES.get(kind) if isinstance(kind, str) else None
    if cls is None or not isinstance(data, dict):
        raise RecordFormatError("unknown record kind")
    codecs = dict(_codecs(cls))
    if set(data) != set(codecs):
        raise RecordFormatError(f"{kind}: fields differ from the {kind} record")
    hints = _hints(cls)
    for name, codec in codecs.items():
        value = data[name]
        if not isinstance(value, _SCALARS[codec]):
            raise RecordFormatError(f"{kind}.{name}: wrong type")
        if codec == "plain" and value is not None and not _plain_ok(hints[name], value):
            raise RecordFormatError(f"{kind}.{name}: wrong type")
        if codec in ("datetime", "date") and value is not None:
            try:
                (dt.datetime if codec == "datetime" else dt.date).fromisoformat(value)
            except ValueError:
                raise RecordFormatError(f"{kind}.{name}: not a date") from None
    if not UUID_RE.match(data["id"]) or not isinstance(data["version"], int) or data["version"] < 1:
        raise RecordFormatError("bad record id or version")
    if line["sha256"] != record_sha256(data):
        raise RecordFormatError("record hash mismatch")
    if base is not None:
        if (not isinstance(base, dict) or set(base) != {"version", "sha256"}
                or not isinstance(base["version"], int) or isinstance(base["version"], bool)
                or not isinstance(base["sha256"], str) or len(base["sha256"]) != 64):
            raise RecordFormatError("bad base")
        return kind, data, (base["version"], base["sha256"])
    return kind, data, None


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _plain_ok(hint: Any, value: Any) -> bool:
    args = typing.get_args(hint) or (hint,)
    if isinstance(value, bool):
        return bool in args
    return any(isinstance(value, a) for a in args if isinstance(a, type))


def record_from_json(kind: str, data: dict[str, Any]) -> Record:
    cls = RECORD_TYPES[kind]
    values: dict[str, Any] = {}
    for name, codec in _codecs(cls):
        value = data[name]
        if value is not None and codec == "datetime":
            value = dt.datetime.fromisoformat(value)
        elif value is not None and codec == "date":
            value = dt.date.fromisoformat(value)
        values[name] = value
    return cls(**values)


def field_names(kind: str) -> list[str]:
    return [f.name for f in fields(RECORD_TYPES[kind])]
