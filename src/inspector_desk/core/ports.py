"""Ports: what the core needs from the outside world, as Protocols.

Adapters live in storage/ (the vault), keystore/ (the keyring), forms/ (the forms engine);
the composition root in app/ wires them. Tests use the real adapters where they can run,
and the small fakes here (a fixed clock) where the outside world is not deterministic.
"""

from __future__ import annotations

import datetime as dt
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, BinaryIO, Iterable, Iterator, Protocol, TypeVar

if TYPE_CHECKING:  # the ports name them; importing them is the adapters' business (cold start)
    from inspector_desk.core.audit import AuditEntry
    from inspector_desk.core.records import (
        Attachment, CaseFilter, CaseRow, Draft, Measure, Person, Record,
    )
    from inspector_desk.core.rules import Due

R = TypeVar("R", bound="Record")

# The unit's time zone is a dated legal fact, kept as data: the entry ``unit_utc_offset`` of
# the legal reference (resources/rules/followup.json, docs/legal.md): the whole of Kazakhstan
# keeps UTC+5 since 00:00 on 1 March 2024 (Government decree No. 20 of 19.01.2024). KZ_TZ is
# that entry's value, the zone a clock uses when it is given no reference; a test keeps the
# two equal. Never the computer's own setting: a laptop left on UTC or on Moscow time prints
# the same hour as one set correctly.
ZONE_FACT = "unit_utc_offset"
KZ_TZ = dt.timezone(dt.timedelta(hours=5), "Asia/Almaty")


def unit_zone(legal: Any = None, on: dt.date | None = None) -> dt.tzinfo:
    """The unit's zone on ``on`` (default: today in UTC) from the legal reference's
    ``unit_utc_offset`` entry (hours east of UTC); KZ_TZ when there is no such entry."""
    if legal is None:
        return KZ_TZ
    day = on or dt.datetime.now(dt.timezone.utc).date()
    hours = legal.value(ZONE_FACT, day)
    if hours is None:
        return KZ_TZ
    offset = dt.timedelta(hours=float(hours))
    if offset == KZ_TZ.utcoffset(None):
        return KZ_TZ
    sign = "+" if offset >= dt.timedelta(0) else "-"
    return dt.timezone(offset, f"UTC{sign}{abs(float(hours)):g}")


def in_zone(value: dt.datetime, zone: dt.tzinfo | None = None) -> dt.datetime:
    """``value`` on the unit's wall clock: an aware moment converted to ``zone`` (never to the
    computer's zone), a naive one (typed, already on the unit's clock) as it is."""
    return value.astimezone(zone or KZ_TZ) if value.tzinfo else value


class Clock(Protocol):
    def now(self) -> dt.datetime: ...


class SystemClock:
    """The real time in the unit's zone (``zone``, default KZ_TZ), whatever the computer's
    time-zone setting: ``datetime.now(zone)`` reads UTC and adds the zone's offset."""

    def __init__(self, zone: dt.tzinfo | None = None) -> None:
        self.zone = zone or KZ_TZ

    def now(self) -> dt.datetime:
        return dt.datetime.now(self.zone).replace(microsecond=0)


class FixedClock:
    """A clock for tests and demos: it stands still until told to move."""

    def __init__(self, at: dt.datetime) -> None:
        self._at = at

    def now(self) -> dt.datetime:
        return self._at

    def advance(self, **delta: float) -> None:
        self._at += dt.timedelta(**delta)

    def set(self, at: dt.datetime) -> None:
        self._at = at


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "case" or "person"
    id: str
    title: str
    detail: str
    case_ids: tuple[str, ...]
    rank: float


class Store(Protocol):
    """The vault as the services see it. One call of a service = one transaction."""

    def transaction(self) -> AbstractContextManager[None]: ...
    def get(self, cls: type[R], record_id: str) -> R: ...
    def find(self, cls: type[R], include_deleted: bool = False, light: bool = False,
             **where: Any) -> list[R]: ...
    def find_for_cases(self, cls: type[R], case_ids: Iterable[str],
                       include_deleted: bool = False) -> list[R]: ...
    def put(self, record: Record) -> None: ...
    def append_audit(self, actor: str, device_id: str, action: str, kind: str,
                     record_id: str, detail: str = "") -> AuditEntry: ...
    def next_counter(self, name: str) -> int: ...
    def find_person_by_iin(self, iin: str) -> Person | None: ...
    def put_attachment_bytes(self, attachment: Attachment, stream: BinaryIO) -> tuple[int, str]: ...
    def attachment_chunks(self, attachment_id: str) -> Iterator[bytes]: ...
    def search(self, query_words: list[str], limit: int) -> list[SearchHit]: ...
    def set_case_due(self, case_id: str, inspector: str, due: "Due | None") -> None: ...
    def due_items(self, inspector: str | None, until: int, limit: int,
                  since: int | None = None) -> list[tuple[Any, ...]]: ...
    def due_total(self, inspector: str | None, until: int, since: int | None = None) -> int: ...
    def case_numbers(self, case_ids: list[str]) -> dict[str, str]: ...
    def first_affected(self, case_ids: list[str]) -> dict[str, tuple[str, str, str]]: ...
    def cases_with_measure(self, case_ids: list[str], kind: str) -> set[str]: ...
    def active_measures_ending(self, until: dt.date, inspector: str | None,
                               since: dt.date | None = None,
                               limit: int | None = None) -> list[Measure]: ...
    def active_measures_ending_count(self, until: dt.date, inspector: str | None,
                                     since: dt.date | None = None) -> int: ...
    def case_count(self, f: CaseFilter, today: dt.date | None = None) -> int: ...
    def case_rows(self, f: CaseFilter, sort: str, descending: bool, offset: int, limit: int,
                  tz: dt.tzinfo | None = None, today: dt.date | None = None) -> list[CaseRow]: ...
    def districts(self) -> list[str]: ...
    def put_draft(self, draft: Draft) -> None: ...
    def drafts(self, case_id: str | None = None) -> list[Draft]: ...
    def delete_draft(self, draft_id: str) -> None: ...
    def unsent_changes(self) -> int: ...
    def meta(self, key: str, default: str | None = None) -> str | None: ...
    def set_meta(self, key: str, value: str) -> None: ...
    def audit_entries(self, record_id: str | None = None, actor: str | None = None,
                      action: str | None = None, limit: int | None = None,
                      before: int | None = None) -> list[AuditEntry]: ...


class FormsPort(Protocol):
    """What the services need from the forms engine (inspector_desk.forms)."""

    def latest_version(self, form_id: str) -> int: ...
    def definition(self, form_id: str, version: int) -> Any:
        """The engine's form object, for screens that render it."""
        ...
    def validate(self, form_id: str, version: int, answers: dict[str, Any],
                 now: dt.datetime, facts: Any, legal: Any = None) -> dict[str, Any]:
        """Raise ValidationError with every problem, else return the answers with
        calculations. ``facts`` is the case's CaseFacts (names, birth dates, roles),
        ``legal`` the LegalReference."""
        ...
    def warnings(self, form_id: str, version: int, answers: dict[str, Any],
                 now: dt.datetime, facts: Any, legal: Any = None) -> list[Any]:
        """The warnings of the form's ``severity: warning`` constraints (never blocking)."""
        ...
    def assess(self, form_id: str, version: int, answers: dict[str, Any],
               now: dt.datetime) -> tuple[int, str, str, str]:
        """(score, computed level, final level, override reason) of a risk checklist."""
        ...

