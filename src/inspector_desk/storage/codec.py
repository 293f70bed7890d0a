"""How a record is a row of its table, and the text by which it is found.

Records map to tables field by field (column name = dataclass field name; the table is the
kind's own, named in core/kinds.py). Lists and mappings are stored as JSON, dates and times
as ISO 8601 text, booleans as 0/1. Pure mapping: no connection here (the store,
storage/store.py, reads and writes the rows; sync/records_codec.py reuses the field codecs).
"""

from __future__ import annotations

import datetime as dt
import json
import types
import typing
from dataclasses import fields
from typing import Any, TypeVar

from inspector_desk.core.kinds import by_name
from inspector_desk.core.records import RECORD_TYPES, FamilyCase, Person, Record
from inspector_desk.core.text import fold, phone_variants

R = TypeVar("R", bound=Record)

TABLES: dict[str, str] = {kind: by_name(kind).table for kind in RECORD_TYPES}
"""Kind -> its table (each kind names its own in core/kinds.py), in RECORD_TYPES' order."""

_CODECS: dict[type[Record], tuple[tuple[str, str], ...]] = {}


def field_codecs(cls: type[Record]) -> tuple[tuple[str, str], ...]:
    """(field name, codec) for each field: 'datetime', 'date', 'json', 'bool' or 'plain'.
    Worked out once per class (a dict, not functools.cache: mypy takes a record class for
    unhashable, its instances being so)."""
    known = _CODECS.get(cls)
    if known is not None:
        return known
    hints = typing.get_type_hints(cls)
    out = []
    for f in fields(cls):
        hint = hints[f.name]
        args = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
        origin = {typing.get_origin(a) or a for a in args}
        if dt.datetime in origin:
            codec = "datetime"
        elif dt.date in origin:
            codec = "date"
        elif origin & {list, dict}:
            codec = "json"
        elif bool in origin:
            codec = "bool"
        else:
            codec = "plain"
        out.append((f.name, codec))
    _CODECS[cls] = result = tuple(out)
    return result


def encode(record: Record) -> dict[str, Any]:
    """The row of a record: column name -> value as stored."""
    row: dict[str, Any] = {}
    for name, codec in field_codecs(type(record)):
        value = getattr(record, name)
        if value is None:
            row[name] = None
        elif codec in ("datetime", "date"):
            row[name] = value.isoformat()
        elif codec == "json":
            row[name] = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
        elif codec == "bool":
            row[name] = int(value)
        else:
            row[name] = value
    return row


def decode(cls: type[R], row: dict[str, Any]) -> R:
    """The record of class ``cls`` a row holds (the inverse of :func:`encode`)."""
    values = {}
    for name, codec in field_codecs(cls):
        value = row[name]
        if value is not None:
            if codec == "datetime":
                value = dt.datetime.fromisoformat(value)
            elif codec == "date":
                value = dt.date.fromisoformat(value)
            elif codec == "json":
                value = json.loads(value)
            elif codec == "bool":
                value = bool(value)
        values[name] = value
    return cls(**values)


def search_text(record: Record) -> str | None:
    """The folded text by which a person or case is found, or None for other kinds."""
    if isinstance(record, Person):
        parts = [record.last_name, record.first_name, record.patronymic, record.address,
                 record.iin or ""]
        for phone in record.phones:
            parts.extend(phone_variants(phone))
        if record.birth_date:
            parts.append(record.birth_date.strftime("%d.%m.%Y"))
        return fold(" ".join(parts))
    if isinstance(record, FamilyCase):
        return fold(" ".join([record.case_no, record.case_no.replace("-", " "), record.address,
                              record.district, record.beat]))
    return None
