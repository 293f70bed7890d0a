"""Follow-up rules: when each case must be contacted next.

The schedule is data (resources/rules/followup.json), loaded into :class:`FollowUpRules`;
nothing here knows a number of days of its own. Everything takes ``now`` from the caller so
tests run on a fixed clock.

For a case that is not closed the next due contact is the earliest of:

* the routine contact: last contact (visit, or the opening) + the interval for its risk level;
* a new incident reported after the last visit: the report time + N hours;
* for each active protective order: its checks (mid-term, a few days before expiry) that no
  visit has covered yet;
* for each active court requirement (ОТП): the next of its 1-4 monthly check-ins;
* for a preventive register entry: its own interval.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from inspector_desk.core.errors import ValidationError
from inspector_desk.core.legal import LegalReference
from inspector_desk.core.ports import KZ_TZ
from inspector_desk.core.records import FamilyCase, Incident, Measure, Visit


@dataclass(frozen=True)
class Due:
    at: dt.datetime
    reason: str
    measure_id: str | None = None


@dataclass(frozen=True)
class OrderCheck:
    reason: str
    at: str  # "midterm" | "before_expiry"
    days: int = 0
    window_days: int = 0


@dataclass(frozen=True)
class FollowUpRules:
    rules_version: str
    contact_interval_days: Mapping[str, int]
    new_incident_contact_hours: int
    order_default_days: int
    order_checks: tuple[OrderCheck, ...]
    order_expiry_warning_days: int
    checkins_min: int
    checkins_max: int
    register_interval_days: int
    due_horizon_days: int
    legal: LegalReference = field(default_factory=LegalReference, compare=False)
    source: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> "FollowUpRules":
        try:
            measures = data["measures"]
            order = measures["protective_order"]
            court = measures["special_requirements"]
            rules = cls(
                rules_version=str(data["rules_version"]),
                contact_interval_days={k: int(v) for k, v in data["contact_interval_days"].items()},
                new_incident_contact_hours=int(data["new_incident_contact_hours"]),
                order_default_days=int(order["default_days"]),
                order_checks=tuple(OrderCheck(**c) for c in order["checks"]),
                order_expiry_warning_days=int(order["expiry_warning_days"]),
                checkins_min=int(court["checkins_per_month_min"]),
                checkins_max=int(court["checkins_per_month_max"]),
                register_interval_days=int(measures["preventive_register"]["contact_interval_days"]),
                due_horizon_days=int(data.get("due_horizon_days", 7)),
                legal=LegalReference.from_mapping(data.get("legal")),
                source=data,
            )
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise ValidationError({"rules": [f"follow-up rules are malformed: {exc!r}"]}) from exc
        # Rules arrive in update packs: numbers the date arithmetic can use (a year of 10**6
        # days, or a check with no days, would break every due date later, not here).
        numbers = [*rules.contact_interval_days.values(), rules.order_default_days,
                   rules.order_expiry_warning_days, rules.register_interval_days, rules.due_horizon_days,
                   rules.new_incident_contact_hours // 24,
                   *(n for c in rules.order_checks for n in (c.days, c.window_days))]
        if not all(type(n) is int and 0 <= n <= 3660 for n in numbers) \
                or not all(isinstance(c.reason, str) and c.at in ("midterm", "before_expiry")
                           for c in rules.order_checks) \
                or not 1 <= rules.checkins_min <= rules.checkins_max <= 31:
            raise ValidationError({"rules": ["follow-up rules hold a value out of range"]})
        for level in ("high", "medium", "standard", "unknown"):
            if rules.contact_interval_days.get(level, 0) <= 0:
                raise ValidationError({"rules": [f"contact_interval_days.{level} must be positive"]})
        return rules

    def interval(self, risk_level: str) -> dt.timedelta:
        days = self.contact_interval_days.get(risk_level) or self.contact_interval_days["unknown"]
        return dt.timedelta(days=days)

    def order_checkpoints(self, m: Measure) -> list[tuple[OrderCheck, dt.datetime]]:
        if m.valid_from is None or m.valid_to is None:
            return []
        start = _start_of(m.valid_from)
        end = _start_of(m.valid_to)
        out = []
        for check in self.order_checks:
            if check.at == "midterm":
                at = start + (end - start) / 2
            else:
                at = end - dt.timedelta(days=check.days)
            out.append((check, at))
        return out

    def next_due(
        self,
        case: FamilyCase,
        visits: Iterable[Visit],
        incidents: Iterable[Incident],
        measures: Iterable[Measure],
    ) -> Due | None:
        """The earliest contact this case needs, or None for a closed case."""
        if case.status == "closed" or case.deleted:
            return None
        visit_times = sorted(v.visit_at for v in visits if v.visit_at and not v.deleted)
        last_visit = visit_times[-1] if visit_times else None
        last_contact = max(t for t in (last_visit, case.opened_at) if t is not None) \
            if (last_visit or case.opened_at) else None
        candidates: list[Due] = []
        if last_contact is not None:
            candidates.append(Due(last_contact + self.interval(case.risk_level),
                                  f"routine_{case.risk_level}"))
        for inc in incidents:
            if inc.deleted or inc.reported_at is None:
                continue
            if last_visit is None or inc.reported_at > last_visit:
                candidates.append(Due(inc.reported_at + dt.timedelta(hours=self.new_incident_contact_hours),
                                      "new_incident"))
        for m in measures:
            if m.deleted or m.status != "active":
                continue
            if m.kind == "protective_order":
                for check, at in self.order_checkpoints(m):
                    window_start = at - dt.timedelta(days=check.window_days)
                    if not any(t >= window_start for t in visit_times):
                        candidates.append(Due(at, check.reason, m.id))
            elif m.kind == "special_requirements" and m.checkins_per_month:
                n = min(max(m.checkins_per_month, self.checkins_min), self.checkins_max)
                since = max(t for t in (last_visit, _start_of(m.valid_from) if m.valid_from else None,
                                        m.issued_at) if t is not None) \
                    if (last_visit or m.valid_from or m.issued_at) else None
                if since is not None:
                    candidates.append(Due(since + dt.timedelta(days=30 / n), "court_checkin", m.id))
            elif (m.kind == "preventive_register" or on_register(m)) and last_contact is not None:
                candidates.append(Due(last_contact + dt.timedelta(days=self.register_interval_days),
                                      "register_contact", m.id))
        if not candidates:
            return None
        return min(candidates, key=lambda d: d.at)

    def default_order_end(self, start: dt.date) -> dt.date:
        """The last day of a protective order whose term runs from ``start``, unless the
        inspector edits it: the term and counting rule in force that day in the legal
        reference (core/legal.py), or the schedule's ``default_days`` when it has none."""
        if self.legal.value("order_term_days", start) is not None:
            return self.legal.order_end(start)
        return start + dt.timedelta(days=self.order_default_days)

    def expiring(self, m: Measure, today: dt.date) -> bool:
        """An active measure whose end falls within the warning window."""
        if m.deleted or m.status != "active" or m.valid_to is None:
            return False
        return today <= m.valid_to <= today + dt.timedelta(days=self.order_expiry_warning_days)


def on_register(m: Measure) -> bool:
    """Whether a measure puts its subject on the preventive register (профучёт): a v1
    ``preventive_register`` measure, or (v2 forms) a protective order, court requirements or
    official warning whose ``preventive_register`` answer is yes. Under the MVD Rules of
    05.03.2026 the register runs while the measure it follows is in force, so its term is
    the measure's own (docs/legal.md)."""
    if m.kind == "preventive_register":
        return True
    return m.kind in ("protective_order", "special_requirements", "official_warning") \
        and m.answers.get("preventive_register") == "yes"


def _start_of(day: dt.date) -> dt.datetime:
    """Midnight at the start of a day in Kazakhstan time (UTC+5)."""
    return dt.datetime.combine(day, dt.time(), tzinfo=KZ_TZ)

