"""What a new form already knows: values computed from the case, the session clock, the
inspector's profile and the previous record of the same kind (pure Python, no Qt).

A form definition names the source of a field's first value with ``prefill:`` (see
docs/forms.md, "Prefill"). :data:`SOURCES` lists the sources and the field types each one
can fill; the forms engine refuses any other name with a suggestion. The screen calls
:func:`prefill_answers` for a *new* record only (a draft or a saved record keeps its own
answers) and puts the values in before the inspector starts; defaults of the form come
first, prefill wins over them, and a value that does not fit the field (a code that is not
in its list) is left out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

_TEXT = ("text", "textarea")
_DATES = ("date", "datetime", "time")

SOURCES: dict[str, tuple[str, ...]] = {
    "now": _DATES,                                  # the session clock (the unit's time zone)
    "today": ("date", "datetime"),                  # today; a date-time gets the current time
    "case.address": _TEXT,                          # the family's address on the case
    "case.source": ("select_one", "text"),          # how the case came in (102, 111, ...)
    "case.participants": ("group",),                # one row per participant: person and role
    "case.victims": ("group", "person"),            # the affected person(s)
    "case.offender": ("person",),                   # the offender, if there is exactly one
    "case.children_count": ("integer",),            # participants who are children
    "case.children_present": ("yes_no_unknown",),   # yes when the case has a child
    "case.measure_in_force": ("yes_no_unknown",),   # a protective measure active today
    "case.next_visit": ("date",),                   # today + the contact interval of its risk
    "inspector.name": _TEXT,                        # the profile: name, rank, unit, district
    "inspector.name_rank": _TEXT,
    "inspector.rank": _TEXT,
    "inspector.unit": _TEXT,
    "inspector.district": _TEXT,
    "previous": ("text", "textarea", "integer", "decimal", "date", "time", "datetime",
                 "select_one", "select_multiple", "yes_no_unknown", "person", "group"),
}
"""prefill source -> the field types it can fill."""

CHILD_AGE = 18


@dataclass(frozen=True)
class Participation:
    person_id: str
    role: str
    birth_date: dt.date | None = None


@dataclass(frozen=True)
class MeasureSpan:
    status: str
    valid_from: dt.date | None
    valid_to: dt.date | None


@dataclass(frozen=True)
class PrefillFacts:
    """Plain data about the case and the session, gathered by the screen."""

    now: dt.datetime                       # the session clock; a time zone is dropped
    address: str = ""
    source: str = ""
    participants: tuple[Participation, ...] = ()
    measures: tuple[MeasureSpan, ...] = ()
    contact_interval_days: int | None = None
    inspector: Mapping[str, str] = field(default_factory=dict)  # name, rank, unit, district
    previous: Mapping[str, Any] | None = None  # answers of the previous record of this kind

    @property
    def wall_now(self) -> dt.datetime:
        return self.now.replace(tzinfo=None, second=0, microsecond=0)

    @property
    def today(self) -> dt.date:
        return self.wall_now.date()


@dataclass(frozen=True)
class PrefillField:
    """What :func:`prefill_answers` needs of a field: id, type, source, its choice codes
    (None: any) and, for a group, its children."""

    id: str
    type: str
    source: str | None
    codes: frozenset[str] | None = None
    children: tuple["PrefillField", ...] = ()
    roles_list: bool = False  # a select_one whose choices are the person roles


def age_on(born: dt.date, day: dt.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def is_child(p: Participation, today: dt.date) -> bool:
    if p.birth_date is not None:
        return age_on(p.birth_date, today) < CHILD_AGE
    return p.role == "child"


def _in_force(m: MeasureSpan, today: dt.date) -> bool:
    if m.status not in ("active", "breached"):
        return False
    if m.valid_from is not None and m.valid_from > today:
        return False
    return m.valid_to is None or m.valid_to >= today


def _rows(people: Iterable[Participation], group: PrefillField) -> list[dict[str, Any]]:
    person_child = next((c for c in group.children if c.type == "person"), None)
    role_child = next((c for c in group.children if c.roles_list), None)
    if person_child is None:
        return []
    rows, seen = [], set()
    for p in people:
        if p.person_id in seen:
            continue
        seen.add(p.person_id)
        row: dict[str, Any] = {person_child.id: p.person_id}
        if role_child is not None and (role_child.codes is None or p.role in role_child.codes):
            row[role_child.id] = p.role
        rows.append(row)
    return rows


def value_of(f: PrefillField, facts: PrefillFacts) -> Any:
    """The value ``f.source`` gives ``f``, or None when there is nothing to say."""
    source, today = f.source, facts.today
    if source is None:
        return None
    if source in ("now", "today"):
        if f.type == "date":
            return today.isoformat()
        if f.type == "time":
            return facts.wall_now.strftime("%H:%M")
        return facts.wall_now.strftime("%Y-%m-%dT%H:%M")
    if source == "case.address":
        return facts.address.strip() or None
    if source == "case.source":
        return facts.source or None
    if source == "case.participants":
        return _rows(facts.participants, f) or None
    if source == "case.victims":
        victims = [p for p in facts.participants if p.role == "affected"]
        if f.type == "person":
            return victims[0].person_id if len(victims) == 1 else None
        return _rows(victims, f) or None
    if source == "case.offender":
        offenders = {p.person_id for p in facts.participants if p.role == "offender"}
        return offenders.pop() if len(offenders) == 1 else None
    if source == "case.children_count":
        children = {p.person_id for p in facts.participants if is_child(p, today)}
        return len(children) or None
    if source == "case.children_present":
        return "yes" if any(is_child(p, today) for p in facts.participants) else None
    if source == "case.measure_in_force":
        return "yes" if any(_in_force(m, today) for m in facts.measures) else "no"
    if source == "case.next_visit":
        days = facts.contact_interval_days
        return (today + dt.timedelta(days=days)).isoformat() if days else None
    if source.startswith("inspector."):
        info = facts.inspector
        if source == "inspector.name_rank":
            text = ", ".join(x for x in (info.get("rank", ""), info.get("name", "")) if x)
        else:
            text = info.get(source.split(".", 1)[1], "")
        return text.strip() or None
    if source == "previous":
        previous = facts.previous or {}
        return previous.get(f.id)
    return None


def _fits(f: PrefillField, value: Any) -> bool:
    if value is None or f.codes is None:
        return value is not None
    if f.type == "select_one":
        return value in f.codes
    if f.type == "select_multiple":
        return isinstance(value, list) and all(v in f.codes for v in value)
    return True


def prefill_answers(fields: Sequence[PrefillField], facts: PrefillFacts) -> dict[str, Any]:
    """Field id -> first value, for every field with a source that has something to say."""
    out: dict[str, Any] = {}
    for f in fields:
        if f.source is None or f.type not in SOURCES.get(f.source, ()):
            continue
        value = value_of(f, facts)
        if _fits(f, value) and value not in ("", []):
            out[f.id] = value
    return out


def previous_answers(records: Iterable[Any], kind: str) -> Mapping[str, Any] | None:
    """The answers of the newest record of ``kind`` among ``records`` (newest first, as a
    case's timeline is), or None."""
    for record in records:
        if getattr(record, "KIND", None) == kind and not getattr(record, "deleted", False):
            return dict(getattr(record, "answers", {}) or {})
    return None
