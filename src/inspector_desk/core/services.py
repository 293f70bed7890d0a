"""Use cases: the only way the command line and the screens change or read the vault.

Each mutating call runs in one transaction (the record, its change-log entry, its audit entry
and the case's next due date commit together or not at all) and returns :class:`Changes`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Iterable, Iterator, TypeVar

from inspector_desk.core import iin as iin_rules
from inspector_desk.core.changes import Changes
from inspector_desk.core.errors import Conflict, InvalidIIN, NotFound, ValidationError
from inspector_desk.core.ports import Clock, FormsPort, SearchHit, Store
from inspector_desk.core.form_records import columns_from_answers
from inspector_desk.core.records import (
    CASE_STATUSES, CLOSURE_REASONS, RELATIONS, REPORT_SOURCES, RISK_FLAGS, RISK_LEVELS, ROLES,
    SEXES, TIMELINE_KINDS, VULNERABILITIES, Attachment, FamilyCase, FormRecord, Incident,
    Measure, Participant, Person, Record, Referral, RiskAssessment, Visit,
)
from inspector_desk.core.rules import FollowUpRules
from inspector_desk.core.text import digits, words

R = TypeVar("R", bound=Record)

FORM_OF = {
    "visit": "prevention_visit",
    "incident": "incident_report",
    "measure": "protective_measure",
    "referral": "referral",
    "risk": "risk_checklist",
}
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


class DeskService:
    """All use cases of one unlocked vault, for one inspector on one device."""

    def __init__(self, store: Store, clock: Clock, actor: Actor, rules: FollowUpRules,
                 forms: FormsPort) -> None:
        self.store = store
        self.clock = clock
        self.actor = actor
        self.rules = rules
        self.forms = forms

    # --- bookkeeping shared by every save ----------------------------------------------

    def _save(self, record: R, changes: Changes, action: str | None = None) -> R:
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

    def _refresh_due(self, case: FamilyCase, changes: Changes) -> None:
        due = self.rules.next_due(
            case,
            self.store.find(Visit, case_id=case.id),
            self.store.find(Incident, case_id=case.id),
            self.store.find(Measure, case_id=case.id),
        )
        self.store.set_case_due(case.id, case.inspector, due)
        changes.due_changed = True

    def _open_case_for_change(self, case_id: str) -> FamilyCase:
        case = self.store.get(FamilyCase, case_id)
        if case.deleted:
            raise NotFound("case was deleted", kind="case", id=case_id)
        if case.status == "closed":
            raise ValidationError({"case": ["case_closed"]}, case_id=case_id)
        return case

    def _persons_of(self, case_id: str) -> dict[str, str]:
        return {p.person.id: p.person.full_name for p in self._participants(case_id)}


    # --- cases ---------------------------------------------------------------------------

    def open_case(self, *, address: str, district: str, source: str, beat: str = "",
                  inspector: str | None = None, opened_at: dt.datetime | None = None) -> Changes:
        errors: dict[str, list[str]] = {}
        _check(errors, "address", bool(address.strip()), "required")
        _check(errors, "district", bool(district.strip()), "required")
        _check_vocab(errors, "source", source, REPORT_SOURCES)
        _raise(errors)
        changes = Changes()
        with self.store.transaction():
            now = self.clock.now()
            case = FamilyCase(
                case_no=self._next_case_no((opened_at or now).year), address=address.strip(),
                district=district.strip(), beat=beat.strip(), source=source,
                inspector=inspector or self.actor.user, opened_at=opened_at or now,
            )
            self._save(case, changes)
            self._refresh_due(case, changes)
        changes.created = case.id
        return changes

    def _next_case_no(self, year: int) -> str:
        n = self.store.next_counter(f"case_no:{self.actor.case_prefix}:{year}")
        return f"{self.actor.case_prefix}-{year}-{n:04d}"

    def update_case(self, case_id: str, expected_version: int | None = None, **fields: Any) -> Changes:
        allowed = {"address", "district", "beat", "source", "inspector", "status"}
        unknown = set(fields) - allowed
        if unknown:
            raise ValidationError({k: ["not_editable"] for k in sorted(unknown)})
        errors: dict[str, list[str]] = {}
        if "source" in fields:
            _check_vocab(errors, "source", fields["source"], REPORT_SOURCES)
        if "status" in fields:
            _check_vocab(errors, "status", fields["status"], ("active", "monitoring"))
        _raise(errors)
        changes = Changes()
        with self.store.transaction():
            case = self._open_case_for_change(case_id)
            self._expect(case, expected_version)
            for k, v in fields.items():
                setattr(case, k, v.strip() if isinstance(v, str) else v)
            self._save(case, changes)
            self._refresh_due(case, changes)
        return changes

    def close_case(self, case_id: str, reason: str, note: str = "") -> Changes:
        errors: dict[str, list[str]] = {}
        _check_vocab(errors, "reason", reason, CLOSURE_REASONS)
        _check(errors, "note", reason != "other" or bool(note.strip()), "required")
        _raise(errors)
        changes = Changes()
        with self.store.transaction():
            case = self._open_case_for_change(case_id)
            case.status, case.closure_reason, case.closure_note = "closed", reason, note.strip()
            case.closed_at = self.clock.now()
            self._save(case, changes)
            self._refresh_due(case, changes)
        return changes

    def get_case(self, case_id: str) -> CaseView:
        """The whole case for reading; the view itself is written to the audit log."""
        with self.store.transaction():
            case = self.store.get(FamilyCase, case_id)
            timeline: list[FormRecord] = []
            for cls in (Visit, Incident, Measure, Referral, RiskAssessment):
                timeline.extend(self.store.find(cls, case_id=case_id))
            timeline.sort(key=_timeline_time, reverse=True)
            self.store.append_audit(self.actor.user, self.actor.device_id, "view", "case", case_id)
            due = self.rules.next_due(case, [r for r in timeline if isinstance(r, Visit)],
                                      [r for r in timeline if isinstance(r, Incident)],
                                      [r for r in timeline if isinstance(r, Measure)])
        return CaseView(case, self._participants(case_id), timeline,
                        (due.at, due.reason) if due else None)

    def find_case_by_number(self, case_no: str) -> FamilyCase:
        found = self.store.find(FamilyCase, case_no=case_no.strip().upper())
        if not found:
            raise NotFound("no case with this number", kind="case")
        return found[0]

    def _participants(self, case_id: str) -> list[ParticipantView]:
        out = []
        for p in self.store.find(Participant, case_id=case_id):
            out.append(ParticipantView(p, self.store.get(Person, p.person_id)))
        out.sort(key=lambda v: (ROLES.index(v.participant.role), v.person.full_name))
        return out

    # --- persons -------------------------------------------------------------------------

    def _validated_person(self, data: PersonInput, person: Person) -> Person:
        errors: dict[str, list[str]] = {}
        _check(errors, "last_name", bool(data.last_name.strip()), "required")
        _check(errors, "first_name", bool(data.first_name.strip()), "required")
        if data.sex is not None:
            _check_vocab(errors, "sex", data.sex, SEXES)
        _check_vocab(errors, "vulnerabilities", data.vulnerabilities, VULNERABILITIES)
        _check_vocab(errors, "risk_flags", data.risk_flags, RISK_FLAGS)
        phones = [p.strip() for p in data.phones if p.strip()]
        for p in phones:
            _check(errors, "phones", 10 <= len(digits(p)) <= 12, "phone_format")
        iin = None
        if data.iin and data.iin.strip():
            try:
                info = iin_rules.parse_iin(data.iin)
            except InvalidIIN as exc:
                for k, v in exc.errors.items():
                    errors.setdefault(k, []).extend(v)
            else:
                iin = info.iin
                if data.birth_date and data.birth_date != info.birth_date:
                    errors.setdefault("birth_date", []).append("iin_birth_date_mismatch")
                if data.sex and data.sex != info.sex:
                    errors.setdefault("sex", []).append("iin_sex_mismatch")
                data.birth_date = data.birth_date or info.birth_date
                data.sex = data.sex or info.sex
        if data.birth_date and data.birth_date > self.clock.now().date():
            errors.setdefault("birth_date", []).append("in_future")
        if "iin" in errors:
            raise InvalidIIN(errors)
        _raise(errors)
        if iin:
            existing = self.store.find_person_by_iin(iin)
            if existing is not None and existing.id != person.id:
                raise Conflict("a person with this IIN is already recorded", person_id=existing.id)
        for name in ("last_name", "first_name", "patronymic", "address", "safe_contact", "notes"):
            setattr(person, name, getattr(data, name).strip())
        person.iin, person.birth_date, person.sex = iin, data.birth_date, data.sex
        person.phones = phones
        person.vulnerabilities = sorted(set(data.vulnerabilities))
        person.risk_flags = sorted(set(data.risk_flags))
        return person

    def add_person(self, data: PersonInput) -> Changes:
        changes = Changes()
        with self.store.transaction():
            person = self._validated_person(data, Person())
            self._save(person, changes)
        changes.created = person.id
        return changes

    def update_person(self, person_id: str, data: PersonInput,
                      expected_version: int | None = None) -> Changes:
        changes = Changes()
        with self.store.transaction():
            person = self.store.get(Person, person_id)
            self._expect(person, expected_version)
            self._save(self._validated_person(data, person), changes)
            for p in self.store.find(Participant, person_id=person_id):
                changes.case_ids.add(p.case_id)
        return changes

    def get_person(self, person_id: str) -> Person:
        with self.store.transaction():
            person = self.store.get(Person, person_id)
            self.store.append_audit(self.actor.user, self.actor.device_id, "view", "person", person_id)
        return person

    def add_participant(self, case_id: str, person_id: str, role: str, relation: str = "") -> Changes:
        errors: dict[str, list[str]] = {}
        _check_vocab(errors, "role", role, ROLES)
        _check_vocab(errors, "relation", relation, RELATIONS, allow_empty=True)
        _raise(errors)
        changes = Changes()
        with self.store.transaction():
            self._open_case_for_change(case_id)
            self.store.get(Person, person_id)
            for p in self.store.find(Participant, case_id=case_id, person_id=person_id):
                if p.role == role:
                    raise Conflict("this person already has this role in the case", participant_id=p.id)
            part = Participant(case_id=case_id, person_id=person_id, role=role, relation=relation)
            self._save(part, changes)
        changes.created = part.id
        return changes

    def remove_participant(self, participant_id: str) -> Changes:
        return self.delete_record(Participant, participant_id)

    # --- what happens in a case ----------------------------------------------------------
    #
    # Visits, incidents, measures, referrals and risk assessments are made with a form
    # (forms/*.yaml). The answers are validated under the form's version and stored as they
    # are; the typed columns are copied from them (core/form_records.py).

    def record_visit(self, case_id: str, answers: dict[str, Any],
                     form_version: int | None = None) -> Changes:
        return self._record(Visit, case_id, answers, form_version)

    def record_incident(self, case_id: str, answers: dict[str, Any],
                        form_version: int | None = None) -> Changes:
        return self._record(Incident, case_id, answers, form_version)

    def issue_measure(self, case_id: str, answers: dict[str, Any],
                      form_version: int | None = None) -> Changes:
        """Issue a measure. A protective order runs the rules' default length (30 days)
        unless the inspector entered an end date; court requirements take the court's dates
        and 1-4 check-ins a month (the form's constraints)."""
        return self._record(Measure, case_id, self._with_measure_defaults(answers), form_version)

    def _with_measure_defaults(self, answers: dict[str, Any]) -> dict[str, Any]:
        answers = dict(answers)
        if answers.get("measure_kind") == "protective_order" and answers.get("issued_at"):
            start = answers.get("valid_from") or answers["issued_at"]
            answers.setdefault("valid_from", start)
            if not answers.get("valid_to"):
                start_day = start if isinstance(start, dt.date) else dt.date.fromisoformat(str(start)[:10])
                answers["valid_to"] = self.rules.default_order_end(start_day).isoformat()
        return answers

    def refer(self, case_id: str, answers: dict[str, Any],
              form_version: int | None = None) -> Changes:
        return self._record(Referral, case_id, answers, form_version)

    def assess_risk(self, case_id: str, answers: dict[str, Any],
                    form_version: int | None = None) -> Changes:
        """Score the checklist under its own form version; the case takes the final level
        (the computed one, or the inspector's override with its reason)."""
        return self._record(RiskAssessment, case_id, answers, form_version)

    def update_record(self, cls: type[FormRecord], record_id: str, answers: dict[str, Any],
                      expected_version: int | None = None) -> Changes:
        """Change a form record's answers; they are checked again under the record's own
        form version, whatever newer versions have been loaded since."""
        changes = Changes()
        with self.store.transaction():
            record = self.store.get(cls, record_id)
            self._expect(record, expected_version)
            case = self._open_case_for_change(record.case_id)
            if cls is Measure:
                answers = self._with_measure_defaults(answers)
            self._fill(record, case, answers, record.form_version)
            self._save(record, changes)
            self._after_form_record(record, case, changes)
        return changes

    def set_measure_status(self, measure_id: str, status: str, note: str = "") -> Changes:
        """Cancel, expire or mark a measure breached (a breach keeps its details)."""
        measure = self.store.get(Measure, measure_id)
        answers = {**measure.answers, "status": status}
        if status == "breached":
            answers["breach_details"] = note
        return self.update_record(Measure, measure_id, answers)

    def set_referral_outcome(self, referral_id: str, outcome: str, outcome_at: dt.date) -> Changes:
        referral = self.store.get(Referral, referral_id)
        answers = {**referral.answers, "outcome": outcome, "outcome_date": outcome_at.isoformat()}
        return self.update_record(Referral, referral_id, answers)

    def _record(self, cls: type[FormRecord], case_id: str, answers: dict[str, Any],
                form_version: int | None) -> Changes:
        changes = Changes()
        with self.store.transaction():
            case = self._open_case_for_change(case_id)
            record = cls(case_id=case_id, form_id=FORM_OF[cls.KIND])
            self._fill(record, case, answers, form_version)
            self._save(record, changes)
            self._after_form_record(record, case, changes)
        changes.created = record.id
        return changes

    def _fill(self, record: FormRecord, case: FamilyCase, answers: dict[str, Any],
              form_version: int | None) -> None:
        if not isinstance(answers, dict):
            raise ValidationError({"answers": ["not_an_object"]})
        version = form_version or self.forms.latest_version(record.form_id)
        checked = self.forms.validate(record.form_id, version, answers, self.clock.now(),
                                      self._persons_of(case.id))
        record.form_version, record.answers = version, checked
        for column, value in columns_from_answers(record.KIND, checked).items():
            setattr(record, column, value)
        moment = next((getattr(record, n) for n in ("visit_at", "occurred_at", "assessed_at")
                       if getattr(record, n, None)), None)
        if moment is not None and moment > self.clock.now() + dt.timedelta(minutes=5):
            raise ValidationError({"at": ["in_future"]})
        if isinstance(record, RiskAssessment):
            score, computed, final, reason = self.forms.assess(record.form_id, version, checked,
                                                              self.clock.now())
            if final not in RISK_LEVELS:
                raise ValidationError({"level": ["unknown_value"]})
            record.score, record.computed_level, record.level = score, computed, final
            record.override_level = final if final != computed else ""
            record.override_reason = reason
            record.assessed_at = record.assessed_at or self.clock.now()

    def _after_form_record(self, record: FormRecord, case: FamilyCase, changes: Changes) -> None:
        if isinstance(record, RiskAssessment) and not record.deleted:
            latest = max(self.store.find(RiskAssessment, case_id=case.id),
                         key=lambda r: (r.assessed_at, r.created_at))
            if latest.id == record.id and case.risk_level != record.level:
                case.risk_level = record.level
                self._save(case, changes)
        self._refresh_due(case, changes)

    def delete_record(self, cls: type[R], record_id: str) -> Changes:
        """Soft delete: the record stays (and travels to HQ) marked deleted."""
        changes = Changes()
        with self.store.transaction():
            record = self.store.get(cls, record_id)
            if record.deleted:
                return changes
            case_id = getattr(record, "case_id", None)
            if case_id:
                self._open_case_for_change(case_id)
            record.deleted = True
            self._save(record, changes, action="delete")
            if case_id:
                self._refresh_due(self.store.get(FamilyCase, case_id), changes)
        return changes

    def get_record(self, cls: type[R], record_id: str) -> R:
        with self.store.transaction():
            record = self.store.get(cls, record_id)
            self.store.append_audit(self.actor.user, self.actor.device_id, "view", cls.KIND, record_id)
        return record

    def attach(self, case_id: str, *, record_kind: str, record_id: str, filename: str, mime: str,
               stream: BinaryIO) -> Changes:
        """Keep a photo or scan inside the encrypted vault (never as a loose file)."""
        errors: dict[str, list[str]] = {}
        _check(errors, "filename", bool(filename.strip()), "required")
        _check_vocab(errors, "record_kind", record_kind, ("case",) + TIMELINE_KINDS)
        _raise(errors)
        changes = Changes()
        with self.store.transaction():
            self._open_case_for_change(case_id)
            att = Attachment(case_id=case_id, record_kind=record_kind, record_id=record_id,
                             filename=filename.strip(), mime=mime)
            att.size, att.sha256 = self.store.put_attachment_bytes(att, stream)
            self._save(att, changes)
        changes.created = att.id
        return changes

    def read_attachment(self, attachment_id: str) -> tuple[Attachment, Iterator[bytes]]:
        """The attachment and its bytes, chunk by chunk, for showing inside the program."""
        with self.store.transaction():
            att = self.store.get(Attachment, attachment_id)
            self.store.append_audit(self.actor.user, self.actor.device_id, "view", "attachment",
                                    attachment_id)
        return att, self.store.attachment_chunks(attachment_id)

    def record_printed(self, kind: str, record_id: str, detail: str = "") -> None:
        """Printing or saving a document is audited like any other disclosure."""
        with self.store.transaction():
            self.store.append_audit(self.actor.user, self.actor.device_id, "print", kind, record_id, detail)

    @staticmethod
    def _expect(record: Record, expected_version: int | None) -> None:
        if expected_version is not None and record.version != expected_version:
            raise Conflict("the record was changed meanwhile", id=record.id,
                           expected=expected_version, actual=record.version)

    # --- finding things ----------------------------------------------------------------

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Search-as-you-type over names, IIN, phone, address and case number."""
        terms = words(text)[:8]
        if not terms:
            return []
        return self.store.search(terms, limit)

    def due(self, inspector: str | None = None, horizon_days: int | None = None,
            limit: int = 500) -> list[DueItem]:
        """Cases whose next contact is due within the horizon, the overdue ones first."""
        now = self.clock.now()
        horizon = dt.timedelta(days=self.rules.due_horizon_days if horizon_days is None else horizon_days)
        rows = self.store.due_cases(inspector, now + horizon, limit)
        return [DueItem(c.id, c.case_no, c.address, c.risk_level, c.inspector, at, reason, at < now)
                for c, at, reason in rows]

    def overdue(self, inspector: str | None = None, limit: int = 500) -> list[DueItem]:
        return [d for d in self.due(inspector, horizon_days=0, limit=limit) if d.overdue]

    def expiring_measures(self, inspector: str | None = None) -> list[ExpiringMeasure]:
        today = self.clock.now().date()
        until = today + dt.timedelta(days=self.rules.order_expiry_warning_days)
        out = []
        for m in self.store.active_measures_ending(until, inspector):
            if not self.rules.expiring(m, today):
                continue
            case = self.store.get(FamilyCase, m.case_id)
            pending = m.kind == "protective_order" and not any(
                o.kind == "special_requirements" and not o.deleted
                for o in self.store.find(Measure, case_id=m.case_id))
            out.append(ExpiringMeasure(m, case.case_no, (m.valid_to - today).days, pending))
        out.sort(key=lambda e: e.days_left)
        return out

    def audit_log(self, record_id: str | None = None, actor: str | None = None,
                  action: str | None = None, limit: int | None = 1000):
        return self.store.audit_entries(record_id=record_id, actor=actor, action=action, limit=limit)


def _timeline_time(r: FormRecord) -> dt.datetime:
    for name in ("visit_at", "reported_at", "issued_at", "referred_at", "assessed_at"):
        value = getattr(r, name, None)
        if value is not None:
            return value
    return r.created_at or dt.datetime.min.replace(tzinfo=dt.timezone.utc)


__all__ = ["Actor", "CaseView", "DeskService", "DueItem", "ExpiringMeasure", "PersonInput",
           "ParticipantView", "CASE_STATUSES", "TIMELINE_KINDS", "device_case_prefix"]
