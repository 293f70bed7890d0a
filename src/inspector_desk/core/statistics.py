"""The inspector's monthly figures, from plain record lists (pure standard library).

The device prints them for the inspector's chief; headquarters computes the same figures
from the records that bundles bring, with this same function, so a paper report and the
HQ dashboard agree. Nothing here reads a database or a clock: the caller passes the records,
the month and ``now``.

What is counted, for the cases of one inspector (``FamilyCase.inspector``; ``None`` = all):

* **visits**: visits whose ``visit_at`` falls in the month, by visit type; conversations
  held (the visit form's ``conversation_held = yes``);
* **incidents**: reports whose ``reported_at`` (else ``occurred_at``) falls in the month,
  by kind of violence (one report may count under several kinds) and by channel;
* **measures**: *issued* (``issued_at`` in the month), *expired* (the last day of validity
  ``valid_to`` in the month and already past, not cancelled nor breached) and *breached*
  (status ``breached``, recorded in the month: the record's ``updated_at``; the measure
  record keeps no separate breach date yet), each by kind of measure;
* **referrals**: ``referred_at`` in the month, by service and by (current) outcome;
* **cases**: opened and closed in the month; the cases open at the end of the month (or now,
  for the current month) by their risk level *at that moment* (the latest risk assessment
  made by then; ``unknown`` when none);
* **overdue follow-ups**: of those open cases, the ones whose next due contact (the
  follow-up rules applied to the records that existed by then) was already past.

Months and days are Kazakhstan local time (UTC+5), as the forms record them.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from inspector_desk.core.ports import KZ_TZ
from inspector_desk.core.records import (
    MEASURE_KINDS,
    REFERRAL_OUTCOMES,
    REFERRAL_SERVICES,
    REPORT_SOURCES,
    RISK_LEVELS,
    VISIT_TYPES,
    FamilyCase,
    Incident,
    Measure,
    Referral,
    RiskAssessment,
    Visit,
)
from inspector_desk.core.rules import FollowUpRules

VIOLENCE_KINDS = ("physical", "psychological", "sexual", "economic")
"""The four kinds of domestic violence in Kazakh law (codes of forms/choices/violence_types)."""


def _local(moment: dt.datetime | dt.date | None) -> dt.datetime | None:
    """A moment in Kazakhstan local time; a date is its midnight; naive times are local."""
    if moment is None:
        return None
    if not isinstance(moment, dt.datetime):
        return dt.datetime.combine(moment, dt.time(), tzinfo=KZ_TZ)
    return moment.astimezone(KZ_TZ) if moment.tzinfo else moment.replace(tzinfo=KZ_TZ)


@dataclass(frozen=True)
class Month:
    """One calendar month: ``Month(2026, 11)`` or ``Month.parse("2026-11")``."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not (1 <= self.month <= 12) or not (1900 <= self.year <= 9999):
            raise ValueError(f"not a month: {self.year}-{self.month}")

    @classmethod
    def parse(cls, text: str) -> Month:
        m = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", text or "")
        if not m:
            raise ValueError(f"not a month (YYYY-MM): {text!r}")
        return cls(int(m.group(1)), int(m.group(2)))

    @classmethod
    def of(cls, moment: dt.datetime | dt.date) -> Month:
        local = _local(moment)
        assert local is not None
        return cls(local.year, local.month)

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def last_day(self) -> dt.date:
        return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    @property
    def start(self) -> dt.datetime:
        """The first moment of the month, local time."""
        return dt.datetime.combine(self.first_day, dt.time(), tzinfo=KZ_TZ)

    @property
    def end(self) -> dt.datetime:
        """The first moment after the month, local time (exclusive)."""
        return dt.datetime.combine(self.last_day + dt.timedelta(days=1), dt.time(), tzinfo=KZ_TZ)

    def contains(self, moment: dt.datetime | dt.date | None) -> bool:
        if moment is None:
            return False
        if not isinstance(moment, dt.datetime):
            return self.first_day <= moment <= self.last_day
        local = _local(moment)
        return self.start <= local < self.end  # type: ignore[operator]

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


@dataclass(frozen=True)
class OverdueCase:
    """A case whose next contact was due before the moment of the figures."""

    case_id: str
    case_no: str
    due_at: dt.datetime
    reason: str
    days_overdue: int


@dataclass
class MonthlyStatistics:
    """The figures of one month. Counters hold every code of their vocabulary (zeros too),
    in the vocabulary's order, then any other code met in the records."""

    month: str
    inspector: str | None
    as_of: dt.datetime
    visits: int = 0
    visits_by_type: dict[str, int] = field(default_factory=dict)
    conversations: int = 0
    incidents: int = 0
    incidents_by_kind: dict[str, int] = field(default_factory=dict)
    incidents_by_channel: dict[str, int] = field(default_factory=dict)
    measures_issued: dict[str, int] = field(default_factory=dict)
    measures_expired: dict[str, int] = field(default_factory=dict)
    measures_breached: dict[str, int] = field(default_factory=dict)
    referrals: int = 0
    referrals_by_service: dict[str, int] = field(default_factory=dict)
    referrals_by_outcome: dict[str, int] = field(default_factory=dict)
    cases_supervised: int = 0
    cases_opened: int = 0
    cases_closed: int = 0
    cases_by_risk: dict[str, int] = field(default_factory=dict)
    overdue: list[OverdueCase] | None = None  # None: not computed (no follow-up rules given)

    @property
    def record_id(self) -> str:
        """A stable name of these figures (for the document's check code)."""
        return f"stats:{quote(self.inspector or '*', safe='*')}:{self.month}"

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-friendly data (dates as ISO text), in a fixed order."""
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if isinstance(value, dt.datetime):
                value = value.isoformat()
            elif f.name == "overdue" and value is not None:
                value = [{"case_id": o.case_id, "case_no": o.case_no,
                          "due_at": o.due_at.isoformat(), "reason": o.reason,
                          "days_overdue": o.days_overdue} for o in value]
            elif isinstance(value, dict):
                value = dict(value)
            out[f.name] = value
        return out


def _count(codes: Iterable[str], vocabulary: Sequence[str]) -> dict[str, int]:
    counts = Counter(codes)
    out = {code: counts.pop(code, 0) for code in vocabulary}
    out.update(sorted(counts.items()))
    return out


def _latest_level(risks: list[RiskAssessment], until: dt.datetime) -> str:
    made = [r for r in risks if r.assessed_at is not None and _local(r.assessed_at) <= until]
    if not made:
        return "unknown"
    latest = max(made, key=lambda r: (_local(r.assessed_at), _local(r.created_at) or until))
    return latest.level or "unknown"


def monthly_statistics(
    month: Month | str,
    *,
    now: dt.datetime,
    cases: Iterable[FamilyCase],
    visits: Iterable[Visit] = (),
    incidents: Iterable[Incident] = (),
    measures: Iterable[Measure] = (),
    referrals: Iterable[Referral] = (),
    risks: Iterable[RiskAssessment] = (),
    inspector: str | None = None,
    rules: FollowUpRules | None = None,
) -> MonthlyStatistics:
    """The figures of ``month`` for ``inspector``'s cases (all cases when ``None``).

    Records of other cases and deleted records are ignored, so the caller may pass more
    than needed. ``now`` bounds the month: the snapshot figures (risk levels, overdue
    contacts) are taken at the end of the month, or at ``now`` when the month is not over.
    """
    month = Month.parse(month) if isinstance(month, str) else month
    now_local = _local(now)
    assert now_local is not None
    as_of = min(now_local, month.end - dt.timedelta(seconds=1))
    mine = [c for c in cases if not c.deleted and (inspector is None or c.inspector == inspector)]
    ids = {c.id for c in mine}

    def of_mine(records: Iterable[Any]) -> list[Any]:
        return [r for r in records if not r.deleted and r.case_id in ids]

    visits_, incidents_, measures_ = of_mine(visits), of_mine(incidents), of_mine(measures)
    referrals_, risks_ = of_mine(referrals), of_mine(risks)
    stats = MonthlyStatistics(month=str(month), inspector=inspector, as_of=as_of)

    def counted(moment: dt.datetime | dt.date | None) -> bool:
        """In the month and not after the moment of the figures (a report printed on the
        20th keeps saying what was true on the 20th)."""
        if not month.contains(moment):
            return False
        if isinstance(moment, dt.datetime):
            return _local(moment) <= as_of  # type: ignore[operator]
        return moment <= as_of.date()  # type: ignore[operator]

    in_month = [v for v in visits_ if counted(v.visit_at)]
    stats.visits = len(in_month)
    stats.visits_by_type = _count((v.visit_type for v in in_month), VISIT_TYPES)
    stats.conversations = sum(1 for v in in_month if v.answers.get("conversation_held") == "yes")

    reported = [i for i in incidents_ if counted(i.reported_at or i.occurred_at)]
    stats.incidents = len(reported)
    stats.incidents_by_kind = _count((k for i in reported for k in sorted(set(i.violence_types))),
                                     VIOLENCE_KINDS)
    stats.incidents_by_channel = _count((i.channel for i in reported if i.channel), REPORT_SOURCES)

    stats.measures_issued = _count((m.kind for m in measures_ if counted(m.issued_at)),
                                   MEASURE_KINDS)
    stats.measures_expired = _count(
        (m.kind for m in measures_
         if m.valid_to is not None and counted(m.valid_to) and m.valid_to < as_of.date()
         and m.status in ("active", "expired")), MEASURE_KINDS)
    stats.measures_breached = _count(
        (m.kind for m in measures_ if m.status == "breached" and counted(m.updated_at)),
        MEASURE_KINDS)

    sent = [r for r in referrals_ if counted(r.referred_at)]
    stats.referrals = len(sent)
    stats.referrals_by_service = _count((r.service for r in sent), REFERRAL_SERVICES)
    stats.referrals_by_outcome = _count((r.outcome or "pending" for r in sent), REFERRAL_OUTCOMES)

    def open_at(case: FamilyCase, moment: dt.datetime) -> bool:
        opened = _local(case.opened_at) or _local(case.created_at)
        closed = _local(case.closed_at)
        return (opened is None or opened <= moment) and (closed is None or closed > moment)

    stats.cases_supervised = sum(
        1 for c in mine
        if (_local(c.opened_at) or month.start) < month.end
        and (c.closed_at is None or _local(c.closed_at) >= month.start)
        and (_local(c.opened_at) or month.start) <= as_of)
    stats.cases_opened = sum(1 for c in mine if counted(c.opened_at))
    stats.cases_closed = sum(1 for c in mine if counted(c.closed_at))

    by_case: dict[str, dict[str, list[Any]]] = {c.id: {"visit": [], "incident": [], "measure": [],
                                                      "risk": []} for c in mine}
    for kind, records in (("visit", visits_), ("incident", incidents_), ("measure", measures_),
                          ("risk", risks_)):
        for r in records:
            by_case[r.case_id][kind].append(r)

    open_cases = [c for c in mine if open_at(c, as_of)]
    levels = {c.id: _latest_level(by_case[c.id]["risk"], as_of) for c in open_cases}
    stats.cases_by_risk = _count(levels.values(), RISK_LEVELS)

    if rules is not None:
        overdue = []
        for c in open_cases:
            then = dataclasses.replace(c, status="active" if c.status == "closed" else c.status,
                                       risk_level=levels[c.id], closed_at=None)
            records = by_case[c.id]
            due = rules.next_due(
                then,
                [v for v in records["visit"] if v.visit_at and _local(v.visit_at) <= as_of],
                [i for i in records["incident"] if i.reported_at and _local(i.reported_at) <= as_of],
                [m for m in records["measure"]
                 if (_local(m.issued_at) or _local(m.created_at) or as_of) <= as_of],
            )
            if due is not None and _local(due.at) < as_of:
                late = as_of - _local(due.at)  # type: ignore[operator]
                overdue.append(OverdueCase(c.id, c.case_no, _local(due.at), due.reason,  # type: ignore[arg-type]
                                           late.days))
        overdue.sort(key=lambda o: (o.due_at, o.case_no))
        stats.overdue = overdue
    return stats


__all__ = ["VIOLENCE_KINDS", "Month", "MonthlyStatistics", "OverdueCase", "monthly_statistics"]
