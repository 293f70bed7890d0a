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

A field added to a kind after the first release (``core.records.ADDED_FIELDS``, e.g.
``participant.cohabiting``) is optional on the line: it is left out while it holds its
default (and must then be left out: one spelling per record, so one hash), and a line
without it reads as the default. Lines of older devices and older headquarters stay valid
and keep their hashes.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import typing
from dataclasses import fields
from typing import Any

from inspector_desk.core.records import ADDED_FIELDS, RECORD_TYPES, Record
from inspector_desk.storage.codec import field_codecs
from inspector_desk.sync.canonical import UUID_RE, canonical
from inspector_desk.sync.limits import MAX_LINE  # noqa: F401 - kept importable from here

HEX64 = re.compile(r"^[0-9a-f]{64}$")


class RecordFormatError(ValueError):
    pass


def record_to_json(record: Record) -> dict[str, Any]:
    out: dict[str, Any] = {}
    added = ADDED_FIELDS.get(record.KIND, {})
    for name, codec in field_codecs(type(record)):
        value = getattr(record, name)
        if name in added and value == added[name]:
            continue  # an added field at its default is left out (see the module's text)
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
    codecs = dict(field_codecs(cls))
    added = ADDED_FIELDS.get(kind, {})
    if not set(codecs) - set(added) <= set(data) <= set(codecs):
        raise RecordFormatError(f"{kind}: fields differ from the {kind} record")
    hints = _hints(cls)
    for name, codec in codecs.items():
        if name not in data:
            continue  # an added field, absent: its default
        value = data[name]
        if name in added and value == added[name]:
            raise RecordFormatError(f"{kind}.{name}: a default value is left out")
        if not isinstance(value, _SCALARS[codec]):
            raise RecordFormatError(f"{kind}.{name}: wrong type")
        if codec == "plain" and value is not None and not _plain_ok(hints[name], value):
            raise RecordFormatError(f"{kind}.{name}: wrong type")
        if codec in ("datetime", "date") and value is not None and not _iso_ok(codec, value):
            raise RecordFormatError(f"{kind}.{name}: not a date" if codec == "date" else
                                    f"{kind}.{name}: not a time")
    if not UUID_RE.match(data["id"]) or not isinstance(data["version"], int) or data["version"] < 1:
        raise RecordFormatError("bad record id or version")
    if not isinstance(line["sha256"], str) or line["sha256"] != record_sha256(data):
        raise RecordFormatError("record hash mismatch")
    if base is not None:
        if (not isinstance(base, dict) or set(base) != {"version", "sha256"}
                or not isinstance(base["version"], int) or isinstance(base["version"], bool)
                or base["version"] < 1
                or not isinstance(base["sha256"], str) or not HEX64.match(base["sha256"])):
            raise RecordFormatError("bad base")
        return kind, data, (base["version"], base["sha256"])
    return kind, data, None


def _iso_ok(codec: str, value: str) -> bool:
    """Exactly the spelling the device writes (``isoformat()``): ``YYYY-MM-DD`` for a date;
    ``YYYY-MM-DDTHH:MM:SS[.ffffff][±HH:MM]`` for a time (``.ffffff`` only when not zero; the
    offset whenever the device knows it, which is always for what the program records).
    Python 3.11's ``fromisoformat`` alone also takes ``20261101``, week dates, ``Z``…"""
    try:
        if codec == "date":
            return dt.date.fromisoformat(value).isoformat() == value
        return dt.datetime.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


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
    added = ADDED_FIELDS.get(kind, {})
    values: dict[str, Any] = {}
    for name, codec in field_codecs(cls):
        value = data[name] if name in data or name not in added else added[name]
        if value is not None and codec == "datetime":
            value = dt.datetime.fromisoformat(value)
        elif value is not None and codec == "date":
            value = dt.date.fromisoformat(value)
        values[name] = value
    return cls(**values)


def field_names(kind: str) -> list[str]:
    return [f.name for f in fields(RECORD_TYPES[kind])]
