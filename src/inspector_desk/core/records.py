"""Domain records: plain dataclasses, one per kind of thing an inspector writes down.

Every record carries the same bookkeeping (:class:`Record`): a UUID, a version that grows by
one on every save, who and when created and last changed it, the device it was made on, and
a soft-delete flag. Storage maps these dataclasses to tables generically, field by field, so
a new field is one line here plus one migration.

Vocabularies (roles, statuses, measure kinds, …) are tuples of stable codes; their Russian,
Kazakh and English names live in the message catalogs, not here.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any, ClassVar


def new_id() -> str:
    return str(uuid.uuid4())


# --- vocabularies ---------------------------------------------------------------------

CASE_STATUSES = ("active", "monitoring", "closed")
RISK_LEVELS = ("unknown", "standard", "medium", "high")
REPORT_SOURCES = (
    "102", "111", "statement", "social_networks", "school", "medical", "patrol",
    "own_detection", "112", "family_support_centre", "relatives_neighbours",
)
ROLES = ("affected", "offender", "child", "elderly", "family_member", "witness")
RELATIONS = (
    "self", "spouse", "former_spouse", "cohabitant", "parent", "child", "sibling",
    "grandparent", "grandchild", "relative", "in_law", "other",
    "former_cohabitant", "common_child", "step_parent", "guardian",
)
COHABITING = ("yes", "no", "unknown")
"""Participant.cohabiting: lives together with the affected person (LEGAL-2026 §3, issue 12
item 7), recorded apart from the relation; "" when never asked (records made before)."""
SEXES = ("M", "F")
VULNERABILITIES = ("pregnancy", "disability", "minor", "elderly", "no_own_income", "language")
RISK_FLAGS = ("substance_use", "weapons_access", "prior_records", "prior_orders")
VISIT_TYPES = ("planned", "unplanned", "signal", "joint")
MEASURE_KINDS = (
    "protective_order", "special_requirements", "official_warning", "admin_detention",
    "preventive_register",
)
MEASURE_STATUSES = ("active", "expired", "cancelled", "breached")
REFERRAL_SERVICES = (
    "crisis_centre", "family_support_centre", "medical", "psychologist", "guardianship",
    "juvenile_unit", "social_protection", "legal_aid", "ngo",
    "mobile_group", "child_support_centre", "kdn", "addiction_treatment", "psycho_correction",
)
REFERRAL_OUTCOMES = ("pending", "accepted", "refused", "no_show")
CLOSURE_REASONS = (
    "measures_expired_no_incidents", "family_moved", "reconciled_no_risk", "transferred",
    "person_deceased", "other", "register_ended",
)
CLOSURE_REASONS_RETIRED = ("reconciled_no_risk",)
"""Codes old records keep but no new closure may use: reconciliation is no ground to close a
case since the 2023/2024 limits on reconciliation in domestic-violence cases (docs/legal.md)."""
CLOSURE_REASONS_OFFERED = tuple(r for r in CLOSURE_REASONS if r not in CLOSURE_REASONS_RETIRED)


@dataclass(kw_only=True)
class Record:
    KIND: ClassVar[str] = ""

    id: str = field(default_factory=new_id)
    version: int = 0
    created_at: dt.datetime | None = None
    created_by: str = ""
    updated_at: dt.datetime | None = None
    updated_by: str = ""
    device_id: str = ""
    deleted: bool = False


@dataclass(kw_only=True)
class FamilyCase(Record):
    """Учетное дело семьи: one household the unit works with."""

    KIND: ClassVar[str] = "case"

    case_no: str = ""
    status: str = "active"
    district: str = ""
    beat: str = ""
    address: str = ""
    source: str = ""
    inspector: str = ""
    risk_level: str = "unknown"
    opened_at: dt.datetime | None = None
    closed_at: dt.datetime | None = None
    closure_reason: str = ""
    closure_note: str = ""


@dataclass(kw_only=True)
class Person(Record):
    """A person, shared between cases; the role lives on :class:`Participant`."""

    KIND: ClassVar[str] = "person"

    iin: str | None = None
    last_name: str = ""
    first_name: str = ""
    patronymic: str = ""
    birth_date: dt.date | None = None
    sex: str | None = None
    phones: list[str] = field(default_factory=list)
    address: str = ""
    safe_contact: str = ""
    vulnerabilities: list[str] = field(default_factory=list)
    risk_flags: list[str] = field(default_factory=list)
    notes: str = ""

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.last_name, self.first_name, self.patronymic) if p)


@dataclass(kw_only=True)
class Participant(Record):
    KIND: ClassVar[str] = "participant"

    case_id: str
    person_id: str
    role: str
    relation: str = ""
    cohabiting: str = ""  # COHABITING, or "" (not asked); added in schema 7, see ADDED_FIELDS


@dataclass(kw_only=True)
class FormRecord(Record):
    """A record whose details are the answers to a versioned form (see forms/)."""

    case_id: str
    form_id: str = ""
    form_version: int = 0
    answers: dict[str, Any] = field(default_factory=dict)


@dataclass(kw_only=True)
class Visit(FormRecord):
    """Профилактическое посещение."""

    KIND: ClassVar[str] = "visit"

    visit_at: dt.datetime | None = None
    visit_type: str = "planned"
    next_visit_due: dt.date | None = None


@dataclass(kw_only=True)
class Incident(FormRecord):
    KIND: ClassVar[str] = "incident"

    occurred_at: dt.datetime | None = None
    reported_at: dt.datetime | None = None
    channel: str = ""
    violence_types: list[str] = field(default_factory=list)
    gbvims_type: str = ""


@dataclass(kw_only=True)
class Measure(FormRecord):
    """A protective measure: ЗП, ОТП, warning, detention or preventive register."""

    KIND: ClassVar[str] = "measure"

    person_id: str = ""
    kind: str = "protective_order"
    issued_at: dt.datetime | None = None
    served_at: dt.datetime | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    court: str = ""
    court_decision_date: dt.date | None = None
    checkins_per_month: int | None = None
    restrictions: list[str] = field(default_factory=list)
    status: str = "active"
    violations: list[dict[str, Any]] = field(default_factory=list)
    legal_basis: str = ""


@dataclass(kw_only=True)
class Referral(FormRecord):
    KIND: ClassVar[str] = "referral"

    person_id: str = ""
    service: str = ""
    consent: bool = False
    referred_at: dt.datetime | None = None
    reason: str = ""
    outcome: str = "pending"
    outcome_at: dt.datetime | None = None


@dataclass(kw_only=True)
class RiskAssessment(FormRecord):
    KIND: ClassVar[str] = "risk"

    respondent_id: str = ""
    assessed_at: dt.datetime | None = None
    score: int = 0
    computed_level: str = "unknown"
    override_level: str = ""
    override_reason: str = ""
    level: str = "unknown"


@dataclass(kw_only=True)
class Attachment(Record):
    """A photo or scan; its bytes are stored encrypted inside the vault, in chunks."""

    KIND: ClassVar[str] = "attachment"

    case_id: str
    record_kind: str = ""
    record_id: str = ""
    filename: str = ""
    mime: str = ""
    size: int = 0
    sha256: str = ""


ADDED_FIELDS: dict[str, dict[str, Any]] = {"participant": {"cohabiting": ""}}
"""Fields added to a record kind after the first release, with their default. Wherever a
record is written canonically (bundle and update-pack lines, their hashes, the check codes of
printed documents) such a field is left out while it holds its default, so a record that
does not use it reads, hashes and verifies exactly as it did before the field existed, and
a line without it (an older device or headquarters) is still a whole record."""

RECORD_TYPES: dict[str, type[Record]] = {
    cls.KIND: cls
    for cls in (FamilyCase, Person, Participant, Visit, Incident, Measure, Referral,
                RiskAssessment, Attachment)
}
TIMELINE_KINDS = tuple(cls.KIND for cls in (Visit, Incident, Measure, Referral, RiskAssessment))
"""The kinds of a case's timeline (the form kinds; their registry: core/kinds.py)."""


@dataclass(kw_only=True)
class Draft:
    """An unfinished form entry, kept in the vault while the inspector types. Local to the
    device: never exported, never audited as a record, removed when saved or discarded."""

    id: str = field(default_factory=new_id)
    kind: str
    case_id: str
    record_id: str | None = None
    form_id: str
    form_version: int
    answers: dict[str, Any] = field(default_factory=dict)
    created_by: str = ""
    updated_at: dt.datetime | None = None


@dataclass(frozen=True)
class CaseFilter:
    """What the case register shows: every field optional."""

    text: str = ""
    status: str | None = None  # None: active and monitoring; "closed"; "all"
    risk_level: str | None = None
    district: str | None = None
    inspector: str | None = None
    active_measure: str | None = None  # a measure kind, or "any"


@dataclass(frozen=True)
class CaseRow:
    """One line of the case register."""

    id: str
    case_no: str
    status: str
    risk_level: str
    district: str
    address: str
    inspector: str
    opened_at: dt.datetime | None
    due_at: dt.datetime | None
    due_reason: str
    affected: str
    active_measures: tuple[str, ...]


CASE_SORTS = ("case_no", "risk_level", "affected", "district", "address", "opened_at", "due_at", "status")
