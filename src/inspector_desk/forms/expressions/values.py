"""The kinds of values an expression works with, at run time and in the static check.

=========  ==============================================  ================================
kind       Python value                                    comes from
=========  ==============================================  ================================
null       ``None``                                        an empty or non-relevant field
bool       ``bool``                                        comparisons, ``true``/``false``
number     ``int`` or ``decimal.Decimal`` (never float)    integer/decimal fields, literals
text       ``str``                                         text, choice codes, person ids
date       ``datetime.date``                               date fields, ``today()``
datetime   ``datetime.datetime`` (naive, local time)       datetime fields, ``now()``
time       ``datetime.time``                               time fields
list       ``list`` of ``str`` (or of rows)                multiple choice, repeated groups
=========  ==============================================  ================================

The static checker also uses ``rows`` (a repeated group) and ``any`` (not known before run time).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from inspector_desk.core.errors import ExpressionError

KINDS = ("null", "bool", "number", "text", "date", "datetime", "time", "list")
ORDERED = ("number", "text", "date", "datetime", "time")


class PositionedError(ExpressionError):
    """An expression problem at a known place. ``position`` is 1-based; ``detail`` says why.

    The form loader and the engine re-raise it with the form id, version and field added.
    """

    def __init__(self, detail: str, position: int) -> None:
        super().__init__(f"position {position}: {detail}", position=position, detail=detail)
        self.detail = detail
        self.position = position


class EvaluationError(PositionedError):
    """An expression met values it cannot work with (a type error at run time)."""


class ExpressionTypeError(PositionedError):
    """An expression that would always go wrong, found before the form is used."""


def kind_of(value: Any) -> str:
    """The kind (see the module docstring) of a run-time value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, Decimal)):
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, dt.datetime):
        return "datetime"
    if isinstance(value, dt.date):
        return "date"
    if isinstance(value, dt.time):
        return "time"
    if isinstance(value, (list, tuple)):
        return "list"
    raise ExpressionError(f"value of unsupported type {type(value).__name__}")


def is_empty(value: Any) -> bool:
    """``None``, blank text and empty lists are empty; ``0`` and ``false`` are not."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, tuple)):
        return len(value) == 0
    return False


def as_date(value: Any) -> dt.date | None:
    """A date from a date, a datetime (its date part) or ISO text; ``None`` otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()) if len(value.strip()) == 10 else None
        except ValueError:
            return None
    return None


def full_years(start: dt.date, end: dt.date) -> int:
    """Whole years from ``start`` to ``end`` (an age); negative when ``end`` is earlier."""
    if end < start:
        return -full_years(end, start)
    years = end.year - start.year
    if (end.month, end.day) < (start.month, start.day):
        years -= 1
    return years
