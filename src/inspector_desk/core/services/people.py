"""Use cases of persons and their roles in cases."""

from __future__ import annotations

from inspector_desk.core import iin as iin_rules
from inspector_desk.core.changes import Changes
from dataclasses import dataclass
from typing import Any

from inspector_desk.core.errors import Conflict, InvalidIIN, NotFound, ValidationError
from inspector_desk.core.records import (
    COHABITING, RELATIONS, RISK_FLAGS, ROLES, SEXES, VULNERABILITIES, FamilyCase, Participant,
    Person,
)
from inspector_desk.core.services.base import (
    PersonInput, UseCases, _check, _check_vocab, _raise,
)
from inspector_desk.core.services.cases import _reason_detail
from inspector_desk.core.hygiene import clean_block, clean_line, normalize_phone, phone_digits

CORRECTION_REASONS = ("typing_error", "documents_checked", "new_information", "other")
"""Why a person's details were corrected; their words are in the catalogs."""
REMOVAL_REASONS = ("entered_by_mistake", "duplicate", "not_part_of_case", "other")
"""Why a person (or one of their roles) is taken out of a case."""


@dataclass(frozen=True)
class PersonLink:
    """One role of a person in one case."""

    participant_id: str
    case_id: str
    case_no: str
    role: str


class PersonUseCases(UseCases):
    # --- persons -------------------------------------------------------------------------

    @staticmethod
    def _clean_input(data: PersonInput) -> None:
        """Input hygiene (core/hygiene.py), before any check: names and the other texts lose
        control, bidi and zero-width characters and escape sequences; notes keep their line
        breaks; phones get ASCII digits. The ИИН is normalised by its own check."""
        for name in ("last_name", "first_name", "patronymic", "address", "safe_contact"):
            setattr(data, name, clean_line(getattr(data, name) or ""))
        data.notes = clean_block(data.notes or "")
        data.phones = [normalize_phone(p) for p in data.phones]

    def _validated_person(self, data: PersonInput, person: Person) -> Person:
        self._clean_input(data)
        errors: dict[str, list[str]] = {}
        _check(errors, "last_name", bool(data.last_name.strip()), "required")
        _check(errors, "first_name", bool(data.first_name.strip()), "required")
        if data.sex is not None:
            _check_vocab(errors, "sex", data.sex, SEXES)
        _check_vocab(errors, "vulnerabilities", data.vulnerabilities, VULNERABILITIES)
        _check_vocab(errors, "risk_flags", data.risk_flags, RISK_FLAGS)
        phones = [p.strip() for p in data.phones if p.strip()]
        for p in phones:
            compact = phone_digits(p)
            _check(errors, "phones", compact is not None and 10 <= len(compact.lstrip("+")) <= 12,
                   "phone_format")
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
            self.ledger.save(person, changes)
        changes.created = person.id
        return changes

    def update_person(self, person_id: str, data: PersonInput,
                      expected_version: int | None = None, reason: str = "",
                      note: str = "") -> Changes:
        """Correct a person (every field; what is not given is emptied, as typed). With a
        ``reason`` (CORRECTION_REASONS; "other" needs a note) the audit keeps a "correct"
        entry naming it next to the update. The person is one record shared by every case
        they are in: the correction shows in all of them."""
        self._check_reason(reason, note, CORRECTION_REASONS, allow_empty=True)
        changes = Changes()
        with self.store.transaction():
            person = self.store.get(Person, person_id)
            if person.deleted:
                raise NotFound("person was removed", kind="person", id=person_id)
            self.ledger.expect(person, expected_version)
            self.ledger.save(self._validated_person(data, person), changes)
            for p in self.store.find(Participant, person_id=person_id):
                changes.case_ids.add(p.case_id)
            if reason:
                self.store.append_audit(self.actor.user, self.actor.device_id, "correct",
                                        "person", person_id, _reason_detail(reason, note))
        return changes

    def person_links(self, person_id: str) -> list[PersonLink]:
        """The cases a person is in, with their role there (for "they stay in these cases"
        in a confirmation). Reads only."""
        out = []
        with self.store.transaction():
            for p in self.store.find(Participant, person_id=person_id):
                case = self.store.get(FamilyCase, p.case_id)
                if not case.deleted:
                    out.append(PersonLink(p.id, case.id, case.case_no, p.role))
        out.sort(key=lambda link: (link.case_no, link.role))
        return out

    def find_person(self, ref: str) -> Person:
        """A person by id, or by ИИН (12 digits, spaces allowed), as the command line names
        them. Not audited (like find_case_by_number): showing them is :meth:`get_person`."""
        compact = clean_line(ref).replace(" ", "")
        with self.store.transaction():
            person = self.store.find_person_by_iin(compact) if compact.isdigit() else None
            if person is None:
                try:
                    person = self.store.get(Person, compact)
                except NotFound:
                    person = None
        if person is None or person.deleted:
            raise NotFound("no person with this id or IIN", kind="person")
        return person

    def get_person(self, person_id: str) -> Person:
        with self.store.transaction():
            person = self.store.get(Person, person_id)
            self.store.append_audit(self.actor.user, self.actor.device_id, "view", "person", person_id)
        return person

    def add_participant(self, case_id: str, person_id: str, role: str, relation: str = "",
                        cohabiting: str = "") -> Changes:
        """``cohabiting``: lives with the affected person (COHABITING), "" when not asked."""
        errors: dict[str, list[str]] = {}
        _check_vocab(errors, "role", role, ROLES)
        _check_vocab(errors, "relation", relation, RELATIONS, allow_empty=True)
        _check_vocab(errors, "cohabiting", cohabiting, COHABITING, allow_empty=True)
        _raise(errors)
        changes = Changes()
        with self.store.transaction():
            self.ledger.open_case_for_change(case_id)
            self.store.get(Person, person_id)
            for p in self.store.find(Participant, case_id=case_id, person_id=person_id):
                if p.role == role:
                    raise Conflict("this person already has this role in the case", participant_id=p.id)
            part = Participant(case_id=case_id, person_id=person_id, role=role, relation=relation,
                               cohabiting=cohabiting)
            self.ledger.save(part, changes)
        changes.created = part.id
        return changes

    def add_person_to_case(self, case_id: str, data: PersonInput, role: str,
                           relation: str = "", cohabiting: str = "") -> Changes:
        """A new person and their role in the case, together or not at all."""
        with self.store.transaction():
            changes = self.add_person(data)
            person_id = changes.created
            assert person_id is not None  # add_person always names the person it made
            changes.merge(self.add_participant(case_id, person_id, role, relation, cohabiting))
        changes.created = person_id
        return changes

    def remove_participant(self, participant_id: str, reason: str = "",
                           note: str = "") -> Changes:
        """Take one role of a person out of a case (a soft delete; the record stays and
        travels to HQ marked deleted), audited with the reason (REMOVAL_REASONS; "other"
        needs a note). The person stays in their other cases and roles; a person left in no
        case at all is removed too (nobody could reach their record any more)."""
        self._check_reason(reason, note, REMOVAL_REASONS, allow_empty=True)
        changes = Changes()
        with self.store.transaction():
            part = self.store.get(Participant, participant_id)
            if part.deleted:
                return changes
            self.ledger.open_case_for_change(part.case_id)
            part.deleted = True
            self.ledger.save(part, changes, action="delete")
            if reason:
                self.store.append_audit(self.actor.user, self.actor.device_id, "remove",
                                        "participant", participant_id, _reason_detail(reason, note))
            if not self.store.find(Participant, person_id=part.person_id):
                person = self.store.get(Person, part.person_id)
                person.deleted = True
                self.ledger.save(person, changes, action="delete")
                if reason:
                    self.store.append_audit(self.actor.user, self.actor.device_id, "remove",
                                            "person", person.id, _reason_detail(reason, note))
            self.ledger.refresh_case_due(self.store.get(FamilyCase, part.case_id), changes)
        return changes

    def remove_person(self, person_id: str, reason: str, note: str = "",
                      case_id: str | None = None) -> Changes:
        """Remove a person from one case (``case_id``: every role they have there; their
        other cases keep them) or, without ``case_id``, from every case and the person's
        record itself. Audited with the reason, like :meth:`remove_participant`."""
        self._check_reason(reason, note, REMOVAL_REASONS)
        changes = Changes()
        with self.store.transaction():
            person = self.store.get(Person, person_id)
            if person.deleted:
                raise NotFound("person was removed", kind="person", id=person_id)
            where: dict[str, Any] = {"person_id": person_id,
                                     **({"case_id": case_id} if case_id else {})}
            parts = self.store.find(Participant, **where)
            if case_id and not parts:
                raise ValidationError({"person": ["not_in_case"]}, case_id=case_id)
            for part in parts:
                changes.merge(self.remove_participant(part.id, reason, note))
            if not case_id and not self.store.get(Person, person_id).deleted:
                person = self.store.get(Person, person_id)
                person.deleted = True
                self.ledger.save(person, changes, action="delete")
                self.store.append_audit(self.actor.user, self.actor.device_id, "remove",
                                        "person", person_id, _reason_detail(reason, note))
        return changes

    @staticmethod
    def _check_reason(reason: str, note: str, vocabulary: tuple[str, ...],
                      allow_empty: bool = False) -> None:
        errors: dict[str, list[str]] = {}
        if reason or not allow_empty:
            _check(errors, "reason", bool(reason), "required")
            if reason:
                _check_vocab(errors, "reason", reason, vocabulary)
            _check(errors, "note", reason != "other" or bool(clean_line(note).strip()), "required")
        _raise(errors)
