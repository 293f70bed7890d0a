"""Use cases of what happens in a case: visits, incidents, measures, referrals, risk
assessments (all made with a form), attachments, deletion, printing."""

from __future__ import annotations

import datetime as dt
from typing import Any, BinaryIO, Iterator

from inspector_desk.core.changes import Changes
from inspector_desk.core.errors import ValidationError
from inspector_desk.core.form_records import columns_from_answers
from inspector_desk.core.hygiene import clean_line
from inspector_desk.core.kinds import happened_at
from inspector_desk.core.records import (
    RISK_LEVELS, TIMELINE_KINDS, Attachment, FamilyCase, FormRecord, Incident, Measure,
    Referral, RiskAssessment, Visit,
)
from inspector_desk.core.services.base import (
    FORM_OF, R, UseCases, _check, _check_vocab, _raise,
)


class RecordUseCases(UseCases):
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

    def form_warnings(self, kind: str, case_id: str, answers: dict[str, Any],
                      form_version: int | None = None) -> list[Any]:
        """What the form's warnings say about ``answers`` in this case (legal bounds not
        confirmed, a basis not in force on the record's date): shown at the field, never a
        reason to refuse the save. Reads only; audits nothing."""
        form_id = FORM_OF[kind]
        version = form_version or self.forms.latest_version(form_id)
        if kind == "measure":
            answers = self._with_measure_defaults(answers)
        with self.store.transaction():
            facts = self.ledger.facts_of(case_id)
        return self.forms.warnings(form_id, version, answers, self.clock.now(), facts,
                                   self.rules.legal)

    def legal_reference(self) -> Any:
        """The dated legal reference in force on this device (core/legal.py)."""
        return self.rules.legal

    def update_record(self, cls: type[FormRecord], record_id: str, answers: dict[str, Any],
                      expected_version: int | None = None) -> Changes:
        """Change a form record's answers; they are checked again under the record's own
        form version, whatever newer versions have been loaded since."""
        changes = Changes()
        with self.store.transaction():
            record = self.store.get(cls, record_id)
            self.ledger.expect(record, expected_version)
            case = self.ledger.open_case_for_change(record.case_id)
            if cls is Measure:
                answers = self._with_measure_defaults(answers)
            self._fill(record, case, answers, record.form_version)
            self.ledger.save(record, changes)
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
            case = self.ledger.open_case_for_change(case_id)
            record = cls(case_id=case_id, form_id=FORM_OF[cls.KIND])
            self._fill(record, case, answers, form_version)
            self.ledger.save(record, changes)
            self._after_form_record(record, case, changes)
        changes.created = record.id
        return changes

    def _fill(self, record: FormRecord, case: FamilyCase, answers: dict[str, Any],
              form_version: int | None) -> None:
        if not isinstance(answers, dict):
            raise ValidationError({"answers": ["not_an_object"]})
        version = form_version or self.forms.latest_version(record.form_id)
        answers = self.ledger.clean_answers(record.form_id, version, answers)
        facts = self.ledger.facts_of(case.id)
        checked = self.forms.validate(record.form_id, version, answers, self.clock.now(),
                                      facts, self.rules.legal)
        record.form_version, record.answers = version, checked
        for column, value in columns_from_answers(record.KIND, checked).items():
            setattr(record, column, value)
        moment = happened_at(record)  # the time the timeline sorts it by (core/kinds.py)
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
        """The case takes the risk level of its latest statement of risk: a risk checklist,
        or a visit whose risk was re-assessed (``risk_reassessed = yes`` with the level
        after re-assessment), whichever was made last; then its next contact is due again."""
        if isinstance(record, (RiskAssessment, Visit)) and _risk_of(record) is not None:
            statements = [r for r in (*self.store.find(RiskAssessment, case_id=case.id),
                                      *self.store.find(Visit, case_id=case.id))
                          if _risk_of(r) is not None]
            latest = max(statements, key=_risk_moment)
            level = _risk_of(latest)
            if latest.id == record.id and level and case.risk_level != level:
                case.risk_level = level
                self.ledger.save(case, changes)
        self.ledger.refresh_case_due(case, changes)

    def delete_record(self, cls: type[R], record_id: str) -> Changes:
        """Soft delete: the record stays (and travels to HQ) marked deleted."""
        changes = Changes()
        with self.store.transaction():
            record = self.store.get(cls, record_id)
            if record.deleted:
                return changes
            case_id = getattr(record, "case_id", None)
            if case_id:
                self.ledger.open_case_for_change(case_id)
            record.deleted = True
            self.ledger.save(record, changes, action="delete")
            if case_id:
                self.ledger.refresh_case_due(self.store.get(FamilyCase, case_id), changes)
        return changes

    def get_record(self, cls: type[R], record_id: str) -> R:
        with self.store.transaction():
            record = self.store.get(cls, record_id)
            self.store.append_audit(self.actor.user, self.actor.device_id, "view", cls.KIND, record_id)
        return record

    def attach(self, case_id: str, *, record_kind: str, record_id: str, filename: str, mime: str,
               stream: BinaryIO) -> Changes:
        """Keep a photo or scan inside the encrypted vault (never as a loose file)."""
        filename = clean_line(filename)
        errors: dict[str, list[str]] = {}
        _check(errors, "filename", bool(filename), "required")
        _check_vocab(errors, "record_kind", record_kind, ("case",) + TIMELINE_KINDS)
        _raise(errors)
        changes = Changes()
        with self.store.transaction():
            self.ledger.open_case_for_change(case_id)
            att = Attachment(case_id=case_id, record_kind=record_kind, record_id=record_id,
                             filename=filename.strip(), mime=mime)
            att.size, att.sha256 = self.store.put_attachment_bytes(att, stream)
            self.ledger.save(att, changes)
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


def _risk_of(record: FormRecord) -> str | None:
    """The risk level a record states about its case, or None when it states none."""
    if isinstance(record, RiskAssessment):
        return None if record.deleted else record.level
    if isinstance(record, Visit) and not record.deleted:
        answers = record.answers if isinstance(record.answers, dict) else {}
        level = answers.get("risk_level")
        if answers.get("risk_reassessed") == "yes" and level in RISK_LEVELS:
            return str(level)
    return None


def _risk_moment(record: FormRecord) -> tuple[dt.datetime, dt.datetime]:
    """When a statement of risk was made (a visit's time, a checklist's), then when it was
    written: the later one wins."""
    floor = dt.datetime.min.replace(tzinfo=dt.timezone.utc)
    made = happened_at(record)
    return (made or record.created_at or floor, record.created_at or floor)
