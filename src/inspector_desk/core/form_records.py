"""Which record columns come from which form answers.

For records made with a form (visits, incidents, measures, referrals, risk assessments) the
answers are the source of truth; a few of them are copied into typed columns so that lists,
due dates and statistics can use indexes. Each kind says which (``columns`` in
core/kinds.py): ``column: (field, how)``.
Forms keep local wall-clock times (Kazakhstan, UTC+5); columns carry the offset.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Mapping

from inspector_desk.core.kinds import form_kinds
from inspector_desk.core.ports import KZ_TZ

COLUMNS: dict[str, Mapping[str, tuple[str, str]]] = {k.name: k.columns for k in form_kinds()}
"""Kind -> {column: (form field, how)}; each kind declares its own in core/kinds.py."""

_EMPTY = {"text": "", "list": [], "yes": False}


def _convert(value: Any, kind: str) -> Any:
    if value is None or value == "" or value == []:
        return _EMPTY.get(kind)
    if kind == "datetime":
        if isinstance(value, dt.datetime):
            moment = value
        elif isinstance(value, dt.date):
            moment = dt.datetime.combine(value, dt.time())
        else:
            text = str(value)
            moment = dt.datetime.fromisoformat(text if "T" in text or " " in text else text + "T00:00")
        return moment if moment.tzinfo else moment.replace(tzinfo=KZ_TZ)
    if kind == "date":
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    if kind == "int":
        return int(value)
    if kind == "list":
        return sorted(set(value))
    if kind == "yes":
        return value == "yes"
    return str(value)


def columns_from_answers(kind: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    """The typed column values of a ``kind`` record made from ``answers`` (already valid)."""
    return {column: _convert(answers.get(field), how)
            for column, (field, how) in COLUMNS.get(kind, {}).items()}


def answer_field(kind: str, column: str) -> str:
    return COLUMNS[kind][column][0]
