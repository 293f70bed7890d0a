"""Reading answers: from what a screen or a stored record holds to typed values.

Accepted forms of each answer (what storage keeps is JSON, so text forms are accepted too):

==================  =======================================================================
type                answer
==================  =======================================================================
text, textarea      ``str`` (at most 1,000 / 20,000 characters)
integer             ``int``, or text of digits such as ``"15"``
decimal             ``int``, ``Decimal``, ``float``, or text such as ``"12.5"``/``"12,5"``
date                ``datetime.date`` or ``"YYYY-MM-DD"``
time                ``datetime.time`` or ``"HH:MM"`` / ``"HH:MM:SS"``
datetime            ``datetime.datetime`` or ``"YYYY-MM-DDTHH:MM[:SS]"``; a time zone, if
                    any, is dropped (all times are local wall-clock times)
select_one          a code of the field's list
select_multiple     a list of codes, each at most once
yes_no_unknown      ``"yes"``, ``"no"`` or ``"unknown"``
person              a person id (checked against the context's persons when given)
attachment          a reference (``str``) to a stored file
group               a list of mappings, one per repeat
note, signature     no answer
==================  =======================================================================

``None``, blank text and empty lists all mean "no answer".
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal, InvalidOperation
from typing import Any, Callable, Mapping, TypeVar

from inspector_desk.forms.expressions import is_empty
from inspector_desk.forms.model import YES_NO_UNKNOWN, FieldDef

MAX_TEXT = {"text": 1000, "textarea": 20000, "attachment": 1000, "person": 200}
_INTEGER = re.compile(r"^\s*[+-]?\d{1,18}\s*$")
_DECIMAL = re.compile(r"^\s*[+-]?\d{1,18}(?:[.,]\d{1,18})?\s*$")
_TIME = re.compile(r"^\d{2}:\d{2}(:\d{2})?$")
_V = TypeVar("_V")


class AnswerError(Exception):
    """An answer of the wrong kind: ``code`` and ``params`` become a :class:`FieldError`."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code, self.params = code, params


def _naive(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=None) if moment.tzinfo is not None else moment


def _from_text(raw: Any, shaped: Callable[[str], object], parse: Callable[[str], _V],
               code: str) -> _V:
    """``parse`` of text (stripped) of the right shape; any other answer, or a moment that
    does not exist (31.02), is the error ``code``."""
    if isinstance(raw, str) and shaped(raw.strip()):
        try:
            return parse(raw.strip())
        except ValueError:
            pass
    raise AnswerError(code)


def parse_date(raw: Any) -> dt.date:
    if isinstance(raw, dt.datetime):
        raise AnswerError("not_date")
    if isinstance(raw, dt.date):
        return raw
    return _from_text(raw, lambda text: len(text) == 10, dt.date.fromisoformat, "not_date")


def parse_time(raw: Any) -> dt.time:
    if isinstance(raw, dt.time):
        return raw.replace(tzinfo=None)
    return _from_text(raw, _TIME.match, dt.time.fromisoformat, "not_time")


def parse_datetime(raw: Any) -> dt.datetime:
    if isinstance(raw, dt.datetime):
        return _naive(raw)
    return _naive(_from_text(raw, lambda text: len(text) >= 16 and text[10] in "T ",
                             dt.datetime.fromisoformat, "not_datetime"))


def parse_integer(raw: Any) -> int:
    if isinstance(raw, bool):
        raise AnswerError("not_integer")
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float) and math.isfinite(raw) and raw == int(raw):
        return int(raw)
    if isinstance(raw, Decimal) and raw.is_finite() and raw == raw.to_integral_value():
        return int(raw)
    if isinstance(raw, str) and _INTEGER.match(raw):
        return int(raw)
    raise AnswerError("not_integer")


def parse_decimal(raw: Any) -> Decimal | int:
    if isinstance(raw, bool):
        raise AnswerError("not_decimal")
    if isinstance(raw, int):
        return raw
    try:
        if isinstance(raw, float) and math.isfinite(raw):
            return Decimal(str(raw))
        if isinstance(raw, Decimal) and raw.is_finite():
            return raw
        if isinstance(raw, str) and _DECIMAL.match(raw):
            return Decimal(raw.strip().replace(",", "."))
    except InvalidOperation:
        pass
    raise AnswerError("not_decimal")


def _code(raw: Any) -> str:
    """A code as shown in a message (short, printable)."""
    text = raw if isinstance(raw, str) else repr(raw)
    return text if len(text) <= 40 else text[:37] + "..."


def coerce(field: FieldDef, raw: Any, persons: Mapping[str, str] | None = None) -> Any:
    """The typed value of ``raw`` for ``field``; ``None`` when empty.

    Raises :class:`AnswerError` when the answer is of the wrong kind. Repeated groups are
    only checked to be a list of mappings here; their rows are read field by field.
    """
    if is_empty(raw):
        return None
    kind = field.type
    if kind in ("note", "signature"):
        raise AnswerError("not_answerable")
    if kind in ("text", "textarea", "attachment", "person"):
        if not isinstance(raw, str):
            raise AnswerError("not_text")
        if len(raw) > MAX_TEXT[kind]:
            raise AnswerError("too_long", max=MAX_TEXT[kind])
        if kind == "person" and persons is not None and raw not in persons:
            raise AnswerError("unknown_person")
        return raw
    if kind == "integer":
        return parse_integer(raw)
    if kind == "decimal":
        return parse_decimal(raw)
    if kind == "date":
        return parse_date(raw)
    if kind == "time":
        return parse_time(raw)
    if kind == "datetime":
        return parse_datetime(raw)
    if kind == "yes_no_unknown":
        if raw not in YES_NO_UNKNOWN:
            raise AnswerError("unknown_choice", value=_code(raw))
        return raw
    if kind == "select_one":
        assert field.choices is not None
        if not isinstance(raw, str) or raw not in field.choices.codes:
            raise AnswerError("unknown_choice", value=_code(raw))
        return raw
    if kind == "select_multiple":
        assert field.choices is not None
        if not isinstance(raw, (list, tuple)):
            raise AnswerError("not_list")
        seen: set[str] = set()
        for item in raw:
            if not isinstance(item, str) or item not in field.choices.codes:
                raise AnswerError("unknown_choice", value=_code(item))
            if item in seen:
                raise AnswerError("duplicate_choice", value=item)
            seen.add(item)
        return list(raw)
    if kind == "group":
        if not isinstance(raw, (list, tuple)) or not all(isinstance(r, Mapping) for r in raw):
            raise AnswerError("not_rows")
        return list(raw)
    raise AnswerError("not_answerable")


def to_storage(field: FieldDef, value: Any) -> Any:
    """A calculated value in the JSON-friendly form records keep."""
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, dt.time):
        return value.isoformat(timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        if field.type == "integer" and value == value.to_integral_value():
            return int(value)
        text = format(value, "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    return value
