"""Legal reference data: every legal basis, article, term and counting rule the program uses.

The law changes (Law 214-IV of 2009 gave way to Law 245-VIII on 02.03.2026), so nothing here
knows a number of days or an article of its own: the facts are data, in the ``"legal"``
section of the rules document (resources/rules/followup.json), which headquarters replaces
with an update pack like the follow-up schedule. Each entry is dated; a record's own date
(the day an order was issued, a court decided, a visit took place) selects the entry in
force on that day, so a record from 2025 keeps citing what was in force in 2025.

An entry::

    {"id": "order_term_days", "value": 30, "unit": "days",
     "text": {"ru": "30 суток", "kk": "30 тәулік", "en": "30 days"},
     "valid_from": "2026-03-02", "valid_to": null,
     "status": "secondary", "source": "https://…", "note": "…"}

``status`` says how sure we are: ``verified`` (the official text was read), ``secondary``
(a reliable summary, not the text), ``unconfirmed`` (not found). Only verified facts may
become hard rules; the forms use the others in warnings (``severity: warning``) and
docs/legal.md lists them for headquarters. Several entries may share an id with different,
non-overlapping date ranges.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Iterable, Mapping

from inspector_desk.core.errors import ValidationError

STATUSES = ("verified", "secondary", "unconfirmed")
LANGS = ("ru", "kk", "en")
MAX_ENTRIES = 2000


@dataclass(frozen=True)
class LegalEntry:
    id: str
    value: int | Decimal | None = None
    unit: str = ""
    text: Mapping[str, str] = field(default_factory=dict)
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    status: str = "unconfirmed"
    source: str = ""
    note: str = ""

    def covers(self, day: dt.date) -> bool:
        return ((self.valid_from is None or self.valid_from <= day)
                and (self.valid_to is None or day <= self.valid_to))

    def text_in(self, lang: str) -> str:
        return self.text.get(lang) or self.text.get("ru", "")


def _day(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(f"{where}: a date is written YYYY-MM-DD")
    return dt.date.fromisoformat(value)


def _value(value: Any, where: str) -> int | Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ValueError(f"{where}: a value is a whole number or a decimal in quotes")
    number: int | Decimal = Decimal(value) if isinstance(value, str) else value
    if isinstance(number, Decimal) and not number.is_finite():
        raise ValueError(f"{where}: not a number")
    if abs(Decimal(number)) > 10**6:
        raise ValueError(f"{where}: out of range")
    return number


@dataclass(frozen=True)
class LegalReference:
    """The dated legal facts, looked up by id and day."""

    version: str = ""
    _by_id: Mapping[str, tuple[LegalEntry, ...]] = field(default_factory=dict, repr=False)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any] | None) -> "LegalReference":
        if not data:
            return cls()
        try:
            items = data["entries"]
            if not isinstance(items, list) or len(items) > MAX_ENTRIES:
                raise ValueError("entries must be a list of at most 2000 entries")
            by_id: dict[str, list[LegalEntry]] = {}
            for n, item in enumerate(items):
                where = f"legal entry {n + 1}"
                if not isinstance(item, Mapping):
                    raise ValueError(f"{where}: not an object")
                unknown = set(item) - {"id", "value", "unit", "text", "valid_from", "valid_to",
                                       "status", "source", "note"}
                if unknown:
                    raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
                ident = item["id"]
                if not isinstance(ident, str) or not ident or len(ident) > 64:
                    raise ValueError(f"{where}: id must be a short text")
                text = item.get("text") or {}
                if not isinstance(text, Mapping) or not all(
                        k in LANGS and isinstance(v, str) and len(v) <= 4000
                        for k, v in text.items()):
                    raise ValueError(f"{where} ({ident}): text is {{ru, kk, en}}")
                status = item.get("status", "unconfirmed")
                if status not in STATUSES:
                    raise ValueError(f"{where} ({ident}): status is one of {', '.join(STATUSES)}")
                entry = LegalEntry(
                    id=ident, value=_value(item.get("value"), where), unit=str(item.get("unit", "")),
                    text=dict(text), valid_from=_day(item.get("valid_from"), where),
                    valid_to=_day(item.get("valid_to"), where), status=status,
                    source=str(item.get("source", "")), note=str(item.get("note", "")))
                if entry.valid_from and entry.valid_to and entry.valid_to < entry.valid_from:
                    raise ValueError(f"{where} ({ident}): valid_to is before valid_from")
                for other in by_id.get(ident, []):
                    if _overlap(other, entry):
                        raise ValueError(f"{where} ({ident}): two entries in force on one day")
                by_id.setdefault(ident, []).append(entry)
        except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
            raise ValidationError({"rules": [f"legal reference is malformed: {exc}"]}) from exc
        return cls(str(data.get("version", "")),
                   {k: tuple(sorted(v, key=lambda e: e.valid_from or dt.date.min))
                    for k, v in by_id.items()})

    def entries(self) -> Iterable[LegalEntry]:
        for group in self._by_id.values():
            yield from group

    def known(self, ident: str) -> bool:
        return ident in self._by_id

    def entry(self, ident: str, on: dt.date) -> LegalEntry | None:
        if isinstance(on, dt.datetime):
            on = on.date()
        for entry in self._by_id.get(ident, ()):
            if entry.covers(on):
                return entry
        return None

    def value(self, ident: str, on: dt.date) -> int | Decimal | None:
        entry = self.entry(ident, on)
        return entry.value if entry else None

    def text(self, ident: str, on: dt.date, lang: str = "ru") -> str:
        entry = self.entry(ident, on)
        return entry.text_in(lang) if entry else ""

    def in_force(self, ident: str, on: dt.date) -> bool | None:
        """Whether ``ident`` (a legal basis or article code) is in force on ``on``; None
        when the reference does not know it (an "other" basis, a code added later)."""
        if ident not in self._by_id:
            return None
        return self.entry(ident, on) is not None

    def order_end(self, start: dt.date) -> dt.date:
        """The last day of a protective order whose term runs from ``start`` (the day it is
        served): the term in force that day, the day of service not counted (КоАП art. 739
        counts terms this way; police say «30 суток с момента вручения»), unless the counting
        rule's unit says ``issue_day_included``."""
        days = int(self.value("order_term_days", start) or 30)
        rule = self.entry("order_term_counting", start)
        included = rule is not None and rule.unit == "issue_day_included"
        return start + dt.timedelta(days=days - 1 if included else days)


def _overlap(a: LegalEntry, b: LegalEntry) -> bool:
    a_from, b_from = a.valid_from or dt.date.min, b.valid_from or dt.date.min
    a_to, b_to = a.valid_to or dt.date.max, b.valid_to or dt.date.max
    return a_from <= b_to and b_from <= a_to


__all__ = ["LegalEntry", "LegalReference", "STATUSES"]
