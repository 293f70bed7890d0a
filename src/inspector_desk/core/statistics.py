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
  record keeps no separate breach date yet), each by kind of measure; *in force* at the end
  of the month (or now): active, begun, and not past ``valid_to`` (:func:`measure_in_force`:
  a measure past its end is ended whatever its status still says);
* **referrals**: ``referred_at`` in the month, by service and by (current) outcome;
* **cases**: opened and closed in the month; the cases open at the end of the month (or now,
  for the current month) by their risk level *at that moment* (the latest risk assessment
  made by then; ``unknown`` when none);
* **overdue follow-ups**: of those open cases, the ones whose next due contact (the
  follow-up rules applied to the records that existed by then) was already past;
* **the MVD's figures** (LEGAL-2026 E14): administrative protocols under КоАП art. 73,
  breaches under art. 461, petitions to court for special requirements (ОТП) and ОТП
  granted, protective orders, official warnings, administrative detentions, arrests,
  criminal cases by УК article, persons on the preventive register at the end of the month,
  victims by category (child, elderly, woman, man, unknown: each victim in one category),
  repeat incidents (another incident of the case in the previous 12 months).

docs/statistics.md gives the exact definition of every figure. Records written under the
version 1 forms lack the version 2 answers; they count where a v1 answer says the same thing
and are otherwise left out of that figure, never an error.

Months and days are Kazakhstan local time (UTC+5), as the forms record them.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, overload
from urllib.parse import quote

from inspector_desk.core.iin import parse_iin
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
    Participant,
    Person,
    Referral,
    RiskAssessment,
    Visit,
)
from inspector_desk.core.rules import FollowUpRules

VIOLENCE_KINDS = ("physical", "psychological", "sexual", "economic")
"""The four kinds of domestic violence in Kazakh law (codes of forms/choices/violence_types)."""

UK_ARTICLES = ("uk_106", "uk_107", "uk_108_1", "uk_109_1", "uk_110", "uk_121_1")
"""Criminal Code articles of the legal_articles choice list, in print order; any other
``uk_*`` code met in a qualification is counted after them."""

VICTIM_CATEGORIES = ("child", "elderly", "woman", "man", "unknown")
"""Each victim falls in exactly one, in this order of precedence (docs/statistics.md)."""

ADULT_AGE = 18
"""Under this age (full years on the incident date) a victim counts as a child. Used only
when the legal reference (``rules.legal``, id ``adult_age``) has no entry for that date."""

ELDERLY_AGE = 60
"""From this age a victim counts as elderly; fallback for the legal id ``elderly_age``."""

REGISTER_KINDS = ("protective_order", "special_requirements", "official_warning")
"""The v2 measures that may put their subject on the preventive register for their term."""

GROUPINGS = ("district", "inspector")
TOTAL_GROUP = "*"


@overload
def _local(moment: None) -> None: ...
@overload
def _local(moment: dt.datetime | dt.date) -> dt.datetime: ...
@overload
def _local(moment: dt.datetime | dt.date | None) -> dt.datetime | None: ...
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
        return self.start <= local < self.end

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
    measures_in_force: dict[str, int] = field(default_factory=dict)
    referrals: int = 0
    referrals_by_service: dict[str, int] = field(default_factory=dict)
    referrals_by_outcome: dict[str, int] = field(default_factory=dict)
    cases_supervised: int = 0
    cases_opened: int = 0
    cases_closed: int = 0
    cases_by_risk: dict[str, int] = field(default_factory=dict)
    overdue: list[OverdueCase] | None = None  # None: not computed (no follow-up rules given)
    # --- the MVD's figures (docs/statistics.md) ---
    admin_protocols_73: int = 0
    breaches_461: int = 0
    protocols_461: int = 0
    measures_breached_461: int = 0
    otp_petitions: int = 0
    otp_granted: int = 0
    protective_orders_issued: int = 0
    official_warnings_issued: int = 0
    admin_detentions: int = 0
    arrests: int = 0
    criminal_incidents: int = 0
    criminal_by_article: dict[str, int] = field(default_factory=dict)
    on_register: int = 0
    victims: int = 0
    victims_by_category: dict[str, int] = field(default_factory=dict)
    repeat_incidents: int = 0
    adult_age: int = ADULT_AGE
    elderly_age: int = ELDERLY_AGE

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


# --- plain answers of form records (v1 and v2 alike; never raise on odd data) -------------

def _answer(record: Any, name: str) -> Any:
    answers = getattr(record, "answers", None)
    return answers.get(name) if isinstance(answers, dict) else None


def _is_v2_incident(incident: Incident) -> bool:
    """Answers from the v2 incident form (they carry the protocol question)."""
    answers = incident.answers if isinstance(incident.answers, dict) else {}
    return incident.form_version >= 2 or "admin_protocol" in answers


def _codes(value: Any) -> list[str]:
    """A select_multiple answer as a list of codes (a lone code, None and junk tolerated)."""
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, (list, tuple, set)):
        return [v for v in value if isinstance(v, str) and v]
    return []


def _day_of(value: Any) -> dt.date | None:
    """A date answer (``2026-11-03``, a datetime text, a date) as a local day, else None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return _local(value).date()
    if isinstance(value, dt.date):
        return value
    try:
        text = str(value).strip()
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        return _local(dt.datetime.fromisoformat(text)).date()
    except ValueError:
        return None


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _full_years(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _birth_and_sex(person: Person | None) -> tuple[dt.date | None, str | None]:
    """Birth date and sex of a person: the recorded ones first, then what the ИИН encodes."""
    if person is None:
        return None, None
    born, sex = person.birth_date, person.sex if person.sex in ("M", "F") else None
    if (born is None or sex is None) and person.iin:
        try:
            info = parse_iin(person.iin)
        except Exception:  # noqa: BLE001 - an invalid ИИН tells nothing
            info = None
        if info is not None:
            born, sex = born or info.birth_date, sex or info.sex
    return born, sex


def victim_category(person: Person | None, role: str, on: dt.date | None, *,
                    adult_age: int = ADULT_AGE, elderly_age: int = ELDERLY_AGE) -> str:
    """The one category of a victim on the day of the incident (docs/statistics.md).

    A known age decides child / elderly; without one, the case role (``child``,
    ``elderly``) or the person's vulnerability marks (``minor``, ``elderly``) do; anyone else
    is a woman or a man by sex (recorded, else from the ИИН), or ``unknown``."""
    born, sex = _birth_and_sex(person)
    if born is not None and on is not None and born <= on:
        age = _full_years(born, on)
        if age < adult_age:
            return "child"
        if age >= elderly_age:
            return "elderly"
    else:
        marks = set(person.vulnerabilities) if person is not None else set()
        if role == "child" or "minor" in marks:
            return "child"
        if role == "elderly" or "elderly" in marks:
            return "elderly"
    if sex == "F":
        return "woman"
    if sex == "M":
        return "man"
    return "unknown"


def _legal_age(rules: FollowUpRules | None, ident: str, on: dt.date, fallback: int) -> int:
    """An age from the legal reference in force on ``on``; the constant when it has none."""
    legal = getattr(rules, "legal", None)
    try:
        value = legal.value(ident, on=on) if legal is not None else None
    except Exception:  # noqa: BLE001 - a reference without this entry
        value = None
    number = _int(value)
    return number if number is not None and 0 < number < 150 else fallback


def _protected_persons(measure: Measure) -> list[str]:
    """Person ids a measure protects: v2 ``protected_persons[].person``, v1 ``protected_person``."""
    out: list[str] = []
    group = _answer(measure, "protected_persons")
    if isinstance(group, list):
        for item in group:
            pid = item.get("person") if isinstance(item, dict) else item
            if isinstance(pid, str) and pid:
                out.append(pid)
    single = _answer(measure, "protected_person")
    if isinstance(single, str) and single:
        out.append(single)
    return list(dict.fromkeys(out))


def _on_register(measure: Measure) -> bool:
    return getattr(measure, "on_register", None) is True or \
        _answer(measure, "preventive_register") == "yes"


def _months_before(day: dt.date, months: int) -> dt.date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def _count(codes: Iterable[str], vocabulary: Sequence[str]) -> dict[str, int]:
    counts = Counter(codes)
    out = {code: counts.pop(code, 0) for code in vocabulary}
    out.update(sorted(counts.items()))
    return out


def measure_in_force(measure: Measure, on: dt.date) -> bool:
    """Whether a measure is in force on day ``on``: status active, begun by then, and not
    past its last day (``valid_to``). A measure nobody marked expired is not in force after
    its end: an order that ended in April 2025 is ended today, whatever its status says."""
    if measure.deleted or measure.status != "active":
        return False
    start = measure.valid_from or _day_of(measure.issued_at)
    if start is not None and start > on:
        return False
    return measure.valid_to is None or measure.valid_to >= on


def measure_state(measure: Measure, on: dt.date) -> str:
    """What a measure is on day ``on``, for showing and counting: its status, except that an
    active measure past its last day is ``ended`` (and one not begun yet is ``active``)."""
    if measure.status == "active" and measure.valid_to is not None and measure.valid_to < on:
        return "ended"
    return measure.status


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
    participants: Iterable[Participant] = (),
    persons: Iterable[Person] | Mapping[str, Person] = (),
    inspector: str | None = None,
    rules: FollowUpRules | None = None,
) -> MonthlyStatistics:
    """The figures of ``month`` for ``inspector``'s cases (all cases when ``None``).

    Records of other cases and deleted records are ignored, so the caller may pass more
    than needed (incidents of earlier months too: repeat incidents look 12 months back).
    ``participants`` and ``persons`` (a list or an id → person mapping) give the victims'
    roles, sex and age; without them every victim is of ``unknown`` category. ``now`` bounds the month: the snapshot figures (risk levels, overdue
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
            return _local(moment) <= as_of
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
    stats.measures_in_force = _count(
        (m.kind for m in measures_ if measure_in_force(m, as_of.date())), MEASURE_KINDS)

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
            of_case = by_case[c.id]
            due = rules.next_due(
                then,
                [v for v in of_case["visit"] if v.visit_at and _local(v.visit_at) <= as_of],
                [i for i in of_case["incident"] if i.reported_at and _local(i.reported_at) <= as_of],
                [m for m in of_case["measure"]
                 if (_local(m.issued_at) or _local(m.created_at) or as_of) <= as_of],
            )
            if due is not None and _local(due.at) < as_of:
                late = as_of - _local(due.at)
                overdue.append(OverdueCase(c.id, c.case_no, _local(due.at), due.reason,
                                           late.days))
        overdue.sort(key=lambda o: (o.due_at, o.case_no))
        stats.overdue = overdue

    people = dict(persons) if isinstance(persons, Mapping) else \
        {p.id: p for p in persons if not p.deleted}
    _mvd_figures(stats, month, as_of, counted, reported, incidents_, measures_,
                 of_mine(participants), people, rules)
    return stats


def _mvd_figures(stats: MonthlyStatistics, month: Month, as_of: dt.datetime, counted: Any,
                 reported: list[Incident], incidents: list[Incident], measures: list[Measure],
                 participants: list[Participant], people: Mapping[str, Person],
                 rules: FollowUpRules | None) -> None:
    """The MVD's figures (LEGAL-2026 E14); each one is defined in docs/statistics.md."""
    end_day = as_of.date()
    reported_ids = {i.id for i in reported}

    # administrative protocols: v2 asks; a v1 report only has the (reference) qualification
    def protocol(i: Incident, article: str) -> bool:
        if _is_v2_incident(i):
            return bool(_answer(i, "admin_protocol") == "yes"
                        and _answer(i, "protocol_article") == article)
        return article in _codes(_answer(i, "qualification"))

    stats.admin_protocols_73 = sum(1 for i in reported if protocol(i, "koap_73"))
    p461: Counter[str] = Counter(i.case_id for i in reported if protocol(i, "koap_461"))
    b461: Counter[str] = Counter(
        m.case_id for m in measures
        if m.kind in ("protective_order", "special_requirements") and m.status == "breached"
        and counted(m.updated_at))
    stats.protocols_461 = sum(p461.values())
    stats.measures_breached_461 = sum(b461.values())
    stats.breaches_461 = sum(max(p461[c], b461[c]) for c in set(p461) | set(b461))

    # ОТП: petitions (the incident's answer, the measure's petition date) vs granted
    petitions: set[tuple[str, Any]] = set()
    for i in incidents:
        if _is_v2_incident(i):
            if _answer(i, "otp_petition") == "yes":
                day = _day_of(_answer(i, "otp_petition_date")) or _day_of(i.reported_at or i.occurred_at)
                if counted(day):
                    petitions.add((i.case_id, day))
        elif "court_petition" in _codes(_answer(i, "actions")) and i.id in reported_ids:
            petitions.add((i.case_id, _day_of(i.reported_at or i.occurred_at)))
    for m in measures:
        day = _day_of(_answer(m, "petition_date"))
        if m.kind == "special_requirements" and counted(day):
            petitions.add((m.case_id, day))
    stats.otp_petitions = len(petitions)
    stats.otp_granted = sum(1 for m in measures if m.kind == "special_requirements"
                            and counted(m.court_decision_date))

    stats.protective_orders_issued = stats.measures_issued.get("protective_order", 0)
    stats.official_warnings_issued = stats.measures_issued.get("official_warning", 0)
    stats.admin_detentions = sum(
        1 for m in measures if m.kind == "admin_detention"
        and counted(m.issued_at or _day_of(_answer(m, "detained_from"))))
    stats.arrests = sum(1 for i in reported if _answer(i, "admin_outcome") == "arrest")

    # criminal cases: every УК article of the qualification (a report may cite several)
    articles = [sorted({c for c in _codes(_answer(i, "qualification")) if c.startswith("uk_")})
                for i in reported]
    stats.criminal_incidents = sum(1 for a in articles if a)
    stats.criminal_by_article = _count((c for a in articles for c in a), UK_ARTICLES)

    # persons on the preventive register at the end of the month (or now)
    registered: set[tuple[str, str]] = set()
    for m in measures:
        if m.status not in ("active", "breached"):
            continue
        start = m.valid_from or _day_of(m.issued_at)
        if start is None or start > end_day:
            continue
        if m.kind in REGISTER_KINDS and _on_register(m):
            if m.valid_to is None or m.valid_to < end_day:
                continue
        elif m.kind == "preventive_register":  # v1: a measure of its own, open-ended
            if m.valid_to is not None and m.valid_to < end_day:
                continue
        else:
            continue
        registered.add((m.case_id, m.person_id or f"measure:{m.id}"))
    stats.on_register = len(registered)

    # victims of the month's incidents: one per (case, person), in one category each
    first_day: dict[str, dt.date] = {}
    for i in reported:
        day = _day_of(i.occurred_at or i.reported_at)
        if day is not None and (i.case_id not in first_day or day < first_day[i.case_id]):
            first_day[i.case_id] = day
        first_day.setdefault(i.case_id, month.first_day)
    roles: dict[tuple[str, str], str] = {}
    for p in participants:
        if p.case_id in first_day and p.role == "affected":
            roles.setdefault((p.case_id, p.person_id), p.role)
    role_of = {(p.case_id, p.person_id): p.role for p in participants}
    for m in measures:
        if m.case_id in first_day and m.kind in ("protective_order", "special_requirements") \
                and counted(m.issued_at):
            for pid in _protected_persons(m):
                roles.setdefault((m.case_id, pid), role_of.get((m.case_id, pid), ""))
    on = first_day.get
    stats.adult_age = _legal_age(rules, "adult_age", as_of.date(), ADULT_AGE)
    stats.elderly_age = _legal_age(rules, "elderly_age", as_of.date(), ELDERLY_AGE)
    categories = []
    for (case_id, pid), role in sorted(roles.items()):
        day = on(case_id)
        adult = _legal_age(rules, "adult_age", day, ADULT_AGE) if day else stats.adult_age
        elderly = _legal_age(rules, "elderly_age", day, ELDERLY_AGE) if day else stats.elderly_age
        categories.append(victim_category(people.get(pid), role, day, adult_age=adult,
                                          elderly_age=elderly))
    stats.victims = len(categories)
    stats.victims_by_category = _count(categories, VICTIM_CATEGORIES)

    # repeat incidents: another incident of the case in the 12 months before this one
    by_case: dict[str, list[tuple[dt.datetime, str]]] = {}
    for i in incidents:
        moment = _local(i.occurred_at or i.reported_at)
        if moment is not None:
            by_case.setdefault(i.case_id, []).append((moment, i.id))

    def repeat(i: Incident) -> bool:
        if (_int(_answer(i, "prior_incidents_12m")) or 0) > 0:
            return True
        moment = _local(i.occurred_at or i.reported_at)
        if moment is None:
            return False
        since = dt.datetime.combine(_months_before(moment.date(), 12), moment.timetz())
        return any(since <= other < moment or (other == moment and oid < i.id)
                   for other, oid in by_case.get(i.case_id, ()) if oid != i.id)

    stats.repeat_incidents = sum(1 for i in reported if repeat(i))



# --- by district / by inspector, and the CSV (the device and headquarters alike) ---------

@dataclass
class GroupFigures:
    """The figures of one group: a district, an inspector's login, or ``*`` for all."""

    group: str
    stats: MonthlyStatistics


def group_of(case: FamilyCase, by: str) -> str:
    if by not in GROUPINGS:
        raise ValueError("by district or by inspector")
    return getattr(case, by) or ""


def statistics_by(by: str, month: Month | str, *, now: dt.datetime,
                  cases: Iterable[FamilyCase], rules: FollowUpRules | None = None,
                  **records: Any) -> list[GroupFigures]:
    """:func:`monthly_statistics` per district or per inspector (sorted), then ``*`` for all
    the cases together; ``records`` are the keyword lists of :func:`monthly_statistics`
    (visits, incidents, measures, referrals, risks, participants, persons). Every figure of
    the groups adds up to the ``*`` row (each case belongs to one group)."""
    if by not in GROUPINGS:
        raise ValueError("by district or by inspector")
    month = Month.parse(month) if isinstance(month, str) else month
    live = [c for c in cases if not c.deleted]
    groups: dict[str, list[FamilyCase]] = {}
    for c in live:
        groups.setdefault(group_of(c, by), []).append(c)
    lists = {k: list(v) if not isinstance(v, Mapping) else v for k, v in records.items()}
    out = []
    for value in [*sorted(groups), None]:
        mine = live if value is None else groups[value]
        stats = monthly_statistics(month, now=now, cases=mine, rules=rules, inspector=None,
                                   **lists)
        if value is not None and by == "inspector":
            stats.inspector = value
        out.append(GroupFigures(TOTAL_GROUP if value is None else value, stats))
    return out


def flatten(stats: MonthlyStatistics) -> dict[str, Any]:
    """One CSV row's worth of figures: counters as ``name.code`` columns."""
    out: dict[str, Any] = {}
    for key, value in stats.to_dict().items():
        if key in ("inspector", "month"):
            continue
        if isinstance(value, dict):
            out.update({f"{key}.{k}": v for k, v in value.items()})
        elif key == "overdue":
            out["overdue"] = "" if value is None else len(value)
        else:
            out[key] = value
    return out


def csv_text(groups: Sequence[GroupFigures], by: str, month: Month | str) -> str:
    """The groups as CSV text: a header, one row per group, the ``*`` row (the caller writes
    it with a BOM, ``utf-8-sig``, so that Excel reads Cyrillic)."""
    import csv
    import io

    rows = [{by: g.group, "month": str(month), **flatten(g.stats)} for g in groups]
    columns: list[str] = [by, "month"]
    for r in rows:
        columns.extend(k for k in r if k not in columns)
    buffer = io.StringIO()
    w = csv.DictWriter(buffer, fieldnames=columns, restval=0, lineterminator="\r\n")
    w.writeheader()
    w.writerows(rows)
    return buffer.getvalue()


MVD_FIGURES = (
    "admin_protocols_73", "breaches_461", "protocols_461", "measures_breached_461",
    "otp_petitions", "otp_granted", "protective_orders_issued", "official_warnings_issued",
    "admin_detentions", "arrests", "criminal_incidents", "on_register", "victims",
    "repeat_incidents",
)
"""The MVD's scalar figures, in print order (the counters criminal_by_article and
victims_by_category come with them)."""


__all__ = ["ADULT_AGE", "ELDERLY_AGE", "GROUPINGS", "MVD_FIGURES", "TOTAL_GROUP", "UK_ARTICLES",
           "VICTIM_CATEGORIES", "VIOLENCE_KINDS", "GroupFigures", "Month", "MonthlyStatistics",
           "OverdueCase", "csv_text", "flatten", "group_of", "measure_in_force", "measure_state",
           "monthly_statistics",
           "statistics_by", "victim_category"]
