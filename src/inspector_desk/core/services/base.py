"""What every use case shares: who is working, the ports, and the bookkeeping of a save."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Iterable, TypeVar

from inspector_desk.core.changes import Changes
from inspector_desk.core.errors import Conflict, NotFound, ValidationError
from inspector_desk.core.hygiene import clean_answers
from inspector_desk.core.iin import parse_iin
from inspector_desk.core.kinds import form_kinds
from inspector_desk.core.ports import Clock, FormsPort, Store
from inspector_desk.core.records import (
    ROLES,
    FamilyCase, FormRecord, Incident,
    Measure, Participant, Person, Record, Visit,
)
from inspector_desk.core.rules import FollowUpRules

R = TypeVar("R", bound=Record)

FORM_OF = {k.name: k.form_id for k in form_kinds()}
"""Kind -> the form its records are made with (core/kinds.py)."""
CASE_NO_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U to mishear



@dataclass(frozen=True)
class Actor:
    """Who is working: the inspector's login, the device, and its case-number prefix."""

    user: str
    device_id: str
    case_prefix: str


@dataclass
class ParticipantView:
    participant: Participant
    person: Person


_ROLE_WEIGHT = ("offender", "affected", "child", "elderly", "family_member", "witness")


@dataclass(frozen=True)
class CaseFacts:
    """What a form may know of a case's persons: names (person fields), birth dates (from
    the record or the ИИН, for ``age()``) and roles (for ``role_of()``; a person with two
    roles counts as the offender first, then as the victim)."""

    names: dict[str, str] = field(default_factory=dict)
    birth_dates: dict[str, dt.date] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, participants: Iterable[tuple[Participant, Person]]) -> "CaseFacts":
        facts = cls()
        for part, person in participants:
            if part.deleted or person.deleted:
                continue
            facts.names[person.id] = person.full_name
            born = person.birth_date or _born_from_iin(person.iin)
            if born is not None:
                facts.birth_dates[person.id] = born
            had = facts.roles.get(person.id)
            if had is None or _role_weight(part.role) < _role_weight(had):
                facts.roles[person.id] = part.role
        return facts


def _role_weight(role: str) -> int:
    return _ROLE_WEIGHT.index(role) if role in _ROLE_WEIGHT else len(_ROLE_WEIGHT)


def _born_from_iin(iin: str | None) -> dt.date | None:
    if not iin:
        return None
    try:
        return parse_iin(iin).birth_date
    except ValidationError:
        return None


@dataclass
class CaseView:
    case: FamilyCase
    participants: list[ParticipantView]
    timeline: list[FormRecord]
    next_due: tuple[dt.datetime, str] | None = None


@dataclass(frozen=True)
class DueItem:
    case_id: str
    case_no: str
    address: str
    risk_level: str
    inspector: str
    due_at: dt.datetime
    reason: str
    overdue: bool


@dataclass(frozen=True)
class ExpiringMeasure:
    measure: Measure
    case_no: str
    days_left: int
    court_decision_pending: bool


@dataclass
class PersonInput:
    """What the inspector types about a person; ``Person`` is what gets stored."""

    last_name: str
    first_name: str
    patronymic: str = ""
    iin: str | None = None
    birth_date: dt.date | None = None
    sex: str | None = None
    phones: list[str] = field(default_factory=list)
    address: str = ""
    safe_contact: str = ""
    vulnerabilities: list[str] = field(default_factory=list)
    risk_flags: list[str] = field(default_factory=list)
    notes: str = ""


def device_case_prefix(device_id: str) -> str:
    """Four readable characters derived from the device id, until HQ assigns a prefix."""
    n = int(device_id.replace("-", "")[:12], 16)
    out = ""
    for _ in range(4):
        n, r = divmod(n, 32)
        out += CASE_NO_ALPHABET[r]
    return out


def _check(errors: dict[str, list[str]], name: str, ok: bool, code: str) -> None:
    if not ok:
        errors.setdefault(name, []).append(code)


def _check_vocab(errors: dict[str, list[str]], name: str, value: Any, vocab: Iterable[str],
                 allow_empty: bool = False) -> None:
    values = value if isinstance(value, list) else [value]
    for v in values:
        if allow_empty and v in ("", None):
            continue
        _check(errors, name, v in vocab, "unknown_value")


def _raise(errors: dict[str, list[str]]) -> None:
    if errors:
        raise ValidationError(errors)


class Ledger:
    """The ports and the bookkeeping every save shares: one per unlocked vault, handed to
    each group of use cases (their one explicit dependency besides their siblings).

    It holds who is working, the rules and the forms; the session changes those while
    unlocked through :meth:`reconfigure` (DeskService.reconfigure), and every group sees
    the change at once because they all read them here."""

    def __init__(self, store: Store, clock: Clock, actor: Actor, rules: FollowUpRules,
                 forms: FormsPort) -> None:
        self.store = store
        self.clock = clock
        self.actor = actor
        self.rules = rules
        self.forms = forms

    def reconfigure(self, *, actor: Actor | None = None, rules: FollowUpRules | None = None,
                    forms: Any = None) -> None:
        """What the session changes under the services while unlocked: the actor once the
        enrolment gives the case prefix, the rules and the forms an update pack brings."""
        if actor is not None:
            self.actor = actor
        if rules is not None:
            self.rules = rules
        if forms is not None:
            self.forms = forms

    # --- bookkeeping shared by every save ----------------------------------------------

    def save(self, record: R, changes: Changes, action: str | None = None) -> R:
        """Stamp ``record`` (who, when, which version), store it, audit it, and note it in
        ``changes``. The caller holds the transaction."""
        now = self.clock.now()
        if record.version == 0:
            record.created_at, record.created_by = now, self.actor.user
            record.device_id = record.device_id or self.actor.device_id
        record.version += 1
        record.updated_at, record.updated_by = now, self.actor.user
        self.store.put(record)
        action = action or ("create" if record.version == 1 else "update")
        self.store.append_audit(self.actor.user, self.actor.device_id, action, record.KIND, record.id)
        changes.add(record.KIND, record.id, getattr(record, "case_id", None)
                    or (record.id if record.KIND == "case" else None))
        return record

    def refresh_due(self, case_ids: Iterable[str]) -> Changes:
        """The next contact of these cases again (new rules, records from headquarters);
        ids that are not cases are passed over."""
        changes = Changes()
        with self.store.transaction():
            for case_id in case_ids:
                try:
                    case = self.store.get(FamilyCase, case_id)
                except NotFound:
                    continue
                self.refresh_case_due(case, changes)
        return changes

    def refresh_case_due(self, case: FamilyCase, changes: Changes) -> None:
        """The case's next contact from its records under the rules (the caller holds the
        transaction)."""
        due = self.rules.next_due(
            case,
            self.store.find(Visit, light=True, case_id=case.id),
            self.store.find(Incident, light=True, case_id=case.id),
            self.store.find(Measure, light=True, case_id=case.id),
        )
        self.store.set_case_due(case.id, case.inspector, due)
        changes.due_changed = True

    def open_case_for_change(self, case_id: str) -> FamilyCase:
        """The case, if it may be changed: not deleted, not closed."""
        case = self.store.get(FamilyCase, case_id)
        if case.deleted:
            raise NotFound("case was deleted", kind="case", id=case_id)
        if case.status == "closed":
            raise ValidationError({"case": ["case_closed"]}, case_id=case_id)
        return case

    def clean_answers(self, form_id: str, version: int, answers: dict[str, Any]) -> dict[str, Any]:
        """Input hygiene for form answers (core/hygiene.py): every text loses control, bidi
        and zero-width characters and escape sequences; the form's ``textarea`` answers keep
        their line breaks and tabs, every other text keeps neither."""
        cleaned: dict[str, Any] = clean_answers(answers, self._multiline_fields(form_id, version))
        return cleaned

    def _multiline_fields(self, form_id: str, version: int) -> frozenset[str] | None:
        """Ids of the form's multi-line (``textarea``) fields, repeated groups' included; None
        when the forms port does not say (then every text keeps its line breaks)."""
        try:
            definition = self.forms.definition(form_id, version)
        except NotFound:
            return None  # the form's own check says so where it matters (saving, not drafts)
        fields = getattr(definition, "fields", None)
        if not callable(fields):
            return None
        return frozenset(f.id for f in fields() if getattr(f, "type", None) == "textarea")

    def facts_of(self, case_id: str) -> CaseFacts:
        """What a form may know of the case's persons (CaseFacts)."""
        return CaseFacts.of((v.participant, v.person) for v in self.participants(case_id))

    def participants(self, case_id: str) -> list[ParticipantView]:
        """The case's participants with their persons, by role then name."""
        out = []
        for p in self.store.find(Participant, case_id=case_id):
            out.append(ParticipantView(p, self.store.get(Person, p.person_id)))
        out.sort(key=lambda v: (ROLES.index(v.participant.role), v.person.full_name))
        return out

    @staticmethod
    def expect(record: Record, expected_version: int | None) -> None:
        """Refuse a change made to an older version than the stored one (Conflict)."""
        if expected_version is not None and record.version != expected_version:
            raise Conflict("the record was changed meanwhile", id=record.id,
                           expected=expected_version, actual=record.version)


class UseCases:
    """A group of use cases over the shared :class:`Ledger`. What the session may change
    while unlocked (who is working, the rules, the forms) is read through the ledger on
    every use, so a :meth:`Ledger.reconfigure` reaches every group at once."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.store: Store = ledger.store
        self.clock: Clock = ledger.clock

    @property
    def actor(self) -> Actor:
        return self.ledger.actor

    @property
    def rules(self) -> FollowUpRules:
        return self.ledger.rules

    @property
    def forms(self) -> FormsPort:
        return self.ledger.forms
