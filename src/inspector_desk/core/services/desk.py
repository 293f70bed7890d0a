"""Use cases of the desk itself: the register, the dashboard, drafts, and saving a form."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from inspector_desk.core.changes import Changes
from inspector_desk.core.errors import NotFound, ValidationError
from inspector_desk.core.kinds import by_name, form_classes
from inspector_desk.core.records import (
    CaseFilter, CaseRow, Draft, FormRecord,
)
from inspector_desk.core.services.base import FORM_OF, DueItem, ExpiringMeasure, Ledger, UseCases
from inspector_desk.core.services.cases import CaseUseCases
from inspector_desk.core.services.records import RecordUseCases

KIND_CLASSES: dict[str, type[FormRecord]] = form_classes()
"""Kind -> dataclass of the records made with a form (core/kinds.py)."""


DASHBOARD_ROWS = 100  # lines per list on the dashboard: the most urgent; the register has the rest


@dataclass(frozen=True)
class Dashboard:
    due_today: list[DueItem]
    overdue: list[DueItem]
    expiring: list[ExpiringMeasure]
    high_risk: list[CaseRow]
    drafts: list[Draft]
    unsent_changes: int
    last_export_at: str | None
    due_today_total: int = 0  # every case due today (due_today holds the first DASHBOARD_ROWS)
    overdue_total: int = 0
    expiring_total: int = 0  # every measure ending in the window (expiring holds the first ones)


class DeskUseCases(UseCases):
    """The desk itself: the register, the dashboard, drafts, and saving a form. It reads
    what is due through the case use cases and saves through the record use cases."""

    def __init__(self, ledger: Ledger, cases: CaseUseCases, records: RecordUseCases) -> None:
        super().__init__(ledger)
        self.cases = cases
        self.records = records

    def case_count(self, f: CaseFilter) -> int:
        return self.store.case_count(f, today=self.clock.now().date())

    def case_page(self, f: CaseFilter, sort: str = "due_at", descending: bool = False,
                  offset: int = 0, limit: int = 200) -> list[CaseRow]:
        now = self.clock.now()
        return self.store.case_rows(f, sort, descending, offset, limit, tz=now.tzinfo, today=now.date())

    def form_definition(self, kind: str, version: int | None = None) -> Any:
        """The form (forms engine object) that records of ``kind`` are made with."""
        if kind not in KIND_CLASSES:
            raise NotFound("unknown kind of record", kind=kind)
        form_id = FORM_OF[kind]
        return self.forms.definition(form_id, version or self.forms.latest_version(form_id))

    def districts(self) -> list[str]:
        return self.store.districts()

    def dashboard(self, inspector: str | None = None) -> Dashboard:
        """Today's screen: the first DASHBOARD_ROWS of each list, most urgent first, with
        how many there are in all. Read off what the store keeps current on every save (the
        next contact of each case, the measures by their end), never recomputed here."""
        inspector = inspector or self.actor.user
        now = self.clock.now()
        end_of_day = now.replace(hour=23, minute=59, second=59, microsecond=0)
        before_now = now - dt.timedelta(microseconds=1)  # overdue: due before this instant
        return Dashboard(
            due_today=self.cases.due_between(inspector, now, end_of_day, DASHBOARD_ROWS),
            overdue=self.cases.due_between(inspector, None, before_now, DASHBOARD_ROWS),
            due_today_total=self.cases.due_count(inspector, now, end_of_day),
            overdue_total=self.cases.due_count(inspector, None, before_now),
            expiring=self.cases.expiring_measures(inspector, DASHBOARD_ROWS),
            expiring_total=self.cases.expiring_count(inspector),
            high_risk=self.case_page(CaseFilter(risk_level="high", inspector=inspector), limit=50),
            drafts=self.store.drafts(),
            unsent_changes=self.store.unsent_changes(),
            last_export_at=self.store.meta("sync.last_export_at"),
        )

    # --- drafts ------------------------------------------------------------------------

    def save_draft(self, kind: str, case_id: str, answers: dict[str, Any],
                   draft_id: str | None = None, record_id: str | None = None,
                   form_version: int | None = None) -> Draft:
        """Keep unfinished answers (valid or not) in the vault; call as often as you like."""
        if kind not in KIND_CLASSES:
            raise ValidationError({"kind": ["unknown_value"]})
        form_id = FORM_OF[kind]
        version = form_version or self.forms.latest_version(form_id)
        if isinstance(answers, dict):
            answers = self.ledger.clean_answers(form_id, version, answers)
        draft = Draft(kind=kind, case_id=case_id, record_id=record_id, form_id=form_id,
                      form_version=version, answers=answers, created_by=self.actor.user,
                      updated_at=self.clock.now())
        if draft_id:
            draft.id = draft_id
        with self.store.transaction():
            self.store.put_draft(draft)
        return draft

    def drafts(self, case_id: str | None = None) -> list[Draft]:
        return self.store.drafts(case_id)

    def discard_draft(self, draft_id: str) -> None:
        with self.store.transaction():
            self.store.delete_draft(draft_id)

    def save_form(self, kind: str, case_id: str, answers: dict[str, Any], *,
                  record_id: str | None = None, draft_id: str | None = None,
                  expected_version: int | None = None) -> Changes:
        """Save a form entry as a new record (or a change to ``record_id``) and drop its
        draft, in one transaction: either both happen or neither."""
        cls = KIND_CLASSES.get(kind)
        if cls is None:
            raise NotFound("unknown kind of record", kind=kind)
        with self.store.transaction():
            if record_id:
                changes = self.records.update_record(cls, record_id, answers, expected_version)
            else:
                create = getattr(self.records, by_name(kind).create)  # record_visit, refer, ...
                changes = create(case_id, answers)
            if draft_id:
                self.store.delete_draft(draft_id)
        return changes

    def open_record(self, kind: str, record_id: str) -> FormRecord:
        """A form record opened to be read or corrected: audited as one view."""
        cls = KIND_CLASSES.get(kind)
        if cls is None:
            raise NotFound("unknown kind of record", kind=kind)
        return self.records.get_record(cls, record_id)

    def unsent_changes(self) -> int:
        return self.store.unsent_changes()

    def case_heads(self, case_ids: list[str]) -> dict[str, tuple[str, str]]:
        """Case number and the affected person's short name ("Фамилия И.О.") of each case,
        for lists that lead with the family (the dashboard). No case is opened: not audited."""
        ids = list(dict.fromkeys(case_ids))
        numbers = self.store.case_numbers(ids)  # a draft of a case no longer here: left out
        people = self.store.first_affected(ids)
        out = {}
        for case_id in ids:
            if case_id not in numbers:
                continue
            name = ""
            if case_id in people:
                last, first, patronymic = people[case_id]
                initials = "".join(f"{x[0]}." for x in (first, patronymic) if x)
                name = " ".join(x for x in (last, initials) if x)
            out[case_id] = (numbers[case_id], name)
        return out
