"""The registry of record kinds: what the program knows about each kind of record, in one place.

A kind (``visit``, ``incident``, ``measure``, ``referral``, ``risk``, and the bookkeeping kinds
``case``, ``person``, ``participant``, ``attachment``) is one :class:`RecordKind` in
:data:`KINDS`: its dataclass (core/records.py), its table in the vault, the form it is made
with and the columns copied from that form's answers, the fields that say when it happened,
whether it belongs to a case, its names (a message-catalog key for ru/kk/en and the English
source text Qt translates) and the documents it prints. Every layer reads these from here:
the services (which form, which class, which use case saves it, the "in the future" check),
the store (its table), the case page, the command line and the printed case summary (when it
happened, in one definition), the labels and the printing lists.

Adding a kind: its dataclass in core/records.py, one entry here, its form (forms/), a
migration for its table (storage/migrations/), and, if it prints, its renderer in
reports/documents.py. ``tests/unit/test_kinds.py`` checks that the pieces agree.

Pure standard library (core): the Qt texts are marked with a local ``QT_TRANSLATE_NOOP``
that only returns its text, so Qt's lupdate (scripts/i18n.py reads this file) finds them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Mapping, cast

from inspector_desk.core.records import (
    Attachment, FamilyCase, FormRecord, Incident, Measure, Participant, Person, Record, Referral,
    RiskAssessment, Visit,
)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Mark ``text`` for Qt's translation files (context ``context``); returns it unchanged.
    The screens translate it with ``QCoreApplication.translate(context, text)``."""
    return text


@dataclass(frozen=True)
class Document:
    """A document printed from a record of a kind.

    ``name``: the document type (``inspector-desk print NAME``, the check code's payload);
    ``render``: the function of reports/documents.py that builds it; ``audiences``: the
    renderings it may have (app/documents.py ``renderings`` says which a given record has);
    ``file_stem``: the start of a saved copy's file name (Latin letters), "" when the app
    names it otherwise (a measure's paper is named by the kind of measure)."""

    name: str
    render: str
    audiences: tuple[str, ...] = ("internal",)
    file_stem: str = ""


@dataclass(frozen=True)
class RecordKind:
    """One kind of record. See the module's docstring."""

    name: str
    cls: type[Record]
    table: str
    form_id: str = ""
    """The form its records are made with; "" for a kind made without one."""
    columns: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    """Record column -> (form field, how: text, datetime, date, int, list, yes): the answers
    copied into typed columns (core/form_records.py)."""
    when: tuple[str, ...] = ()
    """The fields that say when it happened, in order: the first one set is the time."""
    when_is_day: bool = False
    """Those fields hold a day (the time is midnight): printed without a time."""
    in_case: bool = True
    """Belongs to one case (has ``case_id``)."""
    create: str = ""
    """The use case that makes a new one from a form's answers (a method of
    RecordUseCases, ``svc.records``)."""
    label_key: str = ""
    """Its name in the message catalog (resources/i18n/messages.json), ru/kk/en."""
    qt_label: str = ""
    """Its name on screen: the English source text Qt translates in context ``Labels``."""
    qt_new: str = ""
    """The case page's button for a new one (context ``CasePage``); "" for no button."""
    documents: tuple[Document, ...] = ()
    victim_only: frozenset[str] = frozenset()
    """Form fields no copy for the offender prints, whatever the form version marks."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "columns", MappingProxyType(dict(self.columns)))

    @property
    def is_form(self) -> bool:
        return bool(self.form_id)

    def happened_at(self, record: Any) -> dt.datetime | None:
        """When ``record`` happened: the first of :attr:`when` that is set, else None. The one
        definition: the case's timeline is sorted by it, the screens, the command line and the
        case summary show it, and the services refuse a record whose time is in the future."""
        for name in self.when:
            value: dt.datetime | None = getattr(record, name, None)
            if value is not None:
                return value
        return None


_FLOOR = dt.datetime.min.replace(tzinfo=dt.timezone.utc)

KINDS: tuple[RecordKind, ...] = (
    RecordKind(
        "case", FamilyCase, "cases", in_case=False, label_key="kind.case",
        qt_label=QT_TRANSLATE_NOOP("Labels", "Case"),
        documents=(Document("case-summary", "case_summary", file_stem="spravka-po-delu"),),
    ),
    RecordKind("person", Person, "persons", in_case=False, label_key="kind.person",
               qt_label=QT_TRANSLATE_NOOP("Labels", "Person")),
    RecordKind("participant", Participant, "participants", label_key="kind.participant",
               qt_label=QT_TRANSLATE_NOOP("Labels", "Participant")),
    # The form kinds, in the order of the case page's buttons.
    RecordKind(
        "visit", Visit, "visits", form_id="prevention_visit",
        columns={"visit_at": ("visit_at", "datetime"), "visit_type": ("visit_type", "text"),
                 "next_visit_due": ("next_visit", "date")},
        when=("visit_at",), create="record_visit", label_key="kind.visit",
        qt_label=QT_TRANSLATE_NOOP("Labels", "Preventive home visit"),
        qt_new=QT_TRANSLATE_NOOP("CasePage", "New visit"),
        documents=(Document("visit", "visit_act", ("internal", "offender"), "akt-poseshcheniya"),),
        victim_only=frozenset({"visit_address", "safe_contact", "conversation_notes",
                               "home_conditions", "children_notes", "violation_details"}),
    ),
    RecordKind(
        "incident", Incident, "incidents", form_id="incident_report",
        columns={"occurred_at": ("occurred_at", "datetime"),
                 "reported_at": ("reported_at", "datetime"), "channel": ("channel", "text"),
                 "violence_types": ("violence_types", "list"),
                 "gbvims_type": ("gbvims_type", "text")},
        # When the unit learnt of it (the form keeps reported_at >= occurred_at, so a report
        # not in the future has an event not in the future either).
        when=("reported_at", "occurred_at"), create="record_incident", label_key="kind.incident",
        qt_label=QT_TRANSLATE_NOOP("Labels", "Incident"),
        qt_new=QT_TRANSLATE_NOOP("CasePage", "Incident"),
        documents=(Document("incident", "incident_report", ("internal",), "raport"),),
    ),
    RecordKind(
        "risk", RiskAssessment, "risk_assessments", form_id="risk_checklist",
        columns={"respondent_id": ("respondent", "text"),
                 "assessed_at": ("assessed_at", "datetime")},
        when=("assessed_at",), create="assess_risk", label_key="kind.risk",
        qt_label=QT_TRANSLATE_NOOP("Labels", "Risk assessment checklist"),
        qt_new=QT_TRANSLATE_NOOP("CasePage", "Risk assessment checklist"),
    ),
    RecordKind(
        "measure", Measure, "measures", form_id="protective_measure",
        columns={"kind": ("measure_kind", "text"), "person_id": ("subject", "text"),
                 "issued_at": ("issued_at", "datetime"), "served_at": ("served_at", "datetime"),
                 "valid_from": ("valid_from", "date"), "valid_to": ("valid_to", "date"),
                 "court": ("court_name", "text"),
                 "court_decision_date": ("court_decision_date", "date"),
                 "checkins_per_month": ("checkins_per_month", "int"),
                 "restrictions": ("restrictions", "list"), "status": ("status", "text"),
                 "legal_basis": ("legal_basis", "text")},
        when=("issued_at",), when_is_day=True, create="issue_measure", label_key="kind.measure",
        qt_label=QT_TRANSLATE_NOOP("Labels", "Protective measure"),
        qt_new=QT_TRANSLATE_NOOP("CasePage", "Protective measure"),
        documents=(Document("measure-notice", "measure_notice",
                            ("offender", "protected", "internal")),),
        victim_only=frozenset({"victim_address", "victim_phone", "safe_contact", "shelter",
                               "breach_details"}),
    ),
    RecordKind(
        "referral", Referral, "referrals", form_id="referral",
        columns={"person_id": ("person", "text"), "service": ("service", "text"),
                 "consent": ("consent", "yes"), "referred_at": ("referred_at", "datetime"),
                 "reason": ("reason", "text"), "outcome": ("outcome", "text"),
                 "outcome_at": ("outcome_date", "datetime")},
        when=("referred_at",), when_is_day=True, create="refer", label_key="kind.referral",
        qt_label=QT_TRANSLATE_NOOP("Labels", "Referral"),
        qt_new=QT_TRANSLATE_NOOP("CasePage", "Referral"),
        documents=(Document("referral", "referral_letter", ("offender", "internal"),
                            "napravlenie"),),
        victim_only=frozenset({"safe_contact", "victim_address", "victim_phone"}),
    ),
    RecordKind("attachment", Attachment, "attachments", label_key="kind.attachment",
               qt_label=QT_TRANSLATE_NOOP("Labels", "Attachment")),
)

_BY_NAME: dict[str, RecordKind] = {k.name: k for k in KINDS}


def by_name(name: str) -> RecordKind:
    """The kind called ``name``; KeyError for an unknown one."""
    return _BY_NAME[name]


def find(name: str) -> RecordKind | None:
    """The kind called ``name``, or None (a name from outside: a screen, a command, a file)."""
    return _BY_NAME.get(name)


def of(record: Record | type[Record]) -> RecordKind:
    """The kind of a record (or record class)."""
    return _BY_NAME[record.KIND]


def form_kinds() -> tuple[RecordKind, ...]:
    """The kinds made with a form (the case's timeline), in the case page's order."""
    return tuple(k for k in KINDS if k.is_form)


def form_classes() -> dict[str, type[FormRecord]]:
    """Kind name -> dataclass of every form kind."""
    return {k.name: cast("type[FormRecord]", k.cls) for k in form_kinds()}


def documents() -> tuple[tuple[RecordKind, Document], ...]:
    """Every printable document with the kind it is printed from."""
    return tuple((k, d) for k in KINDS for d in k.documents)


def record_documents() -> tuple[tuple[RecordKind, Document], ...]:
    """The documents printed from one form record (not the case summary)."""
    return tuple((k, d) for k, d in documents() if k.is_form)


def happened_at(record: Any) -> dt.datetime | None:
    """When ``record`` happened (its kind's :meth:`RecordKind.happened_at`)."""
    return of(record).happened_at(record)


def timeline_time(record: Any) -> dt.datetime:
    """The time a record takes in a case's timeline: when it happened, else when it was
    written, else the earliest time (sorted last, newest first)."""
    return happened_at(record) or record.created_at or _FLOOR


__all__ = ["KINDS", "Document", "QT_TRANSLATE_NOOP", "RecordKind", "by_name", "documents",
           "find", "form_classes", "form_kinds", "happened_at", "of", "record_documents",
           "timeline_time"]
