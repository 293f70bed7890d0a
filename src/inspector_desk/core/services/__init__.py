"""Use cases: the only way the command line and the screens change or read the vault.

Each mutating call runs in one transaction (the record, its change-log entry, its audit entry
and the case's next due date commit together or not at all) and returns
:class:`~inspector_desk.core.changes.Changes`.

The use cases come in groups by subject, each a small object over the one shared
:class:`~inspector_desk.core.services.base.Ledger` (the ports and the bookkeeping of a
save), with its other dependencies passed in explicitly:

- ``svc.cases``: open, change, close and read cases; what is due (cases.py);
- ``svc.people``: persons and their roles in cases (people.py);
- ``svc.records``: visits, incidents, measures, referrals, risk assessments, attachments (records.py);
- ``svc.desk``: the register, the dashboard, drafts, saving a form (desk.py; reads through
  ``cases``, saves through ``records``).

:class:`DeskService` puts them together for one inspector on one device.
"""

from __future__ import annotations

from typing import Any, Iterable

from inspector_desk.core.changes import Changes
from inspector_desk.core.ports import Clock, FormsPort, Store
from inspector_desk.core.rules import FollowUpRules
from inspector_desk.core.services.base import (
    CASE_NO_ALPHABET, FORM_OF, Actor, CaseView, DueItem, ExpiringMeasure, Ledger,
    ParticipantView, PersonInput, UseCases, device_case_prefix,
)
from inspector_desk.core.services.cases import CaseUseCases
from inspector_desk.core.services.desk import KIND_CLASSES, Dashboard, DeskUseCases
from inspector_desk.core.services.people import PersonUseCases
from inspector_desk.core.services.records import RecordUseCases


class DeskService(UseCases):
    """All use cases of one unlocked vault, for one inspector on one device: the four
    groups over one ledger. Its own methods are only what the session does under them."""

    def __init__(self, store: Store, clock: Clock, actor: Actor, rules: FollowUpRules,
                 forms: FormsPort) -> None:
        super().__init__(Ledger(store, clock, actor, rules, forms))
        self.cases = CaseUseCases(self.ledger)
        self.people = PersonUseCases(self.ledger)
        self.records = RecordUseCases(self.ledger)
        self.desk = DeskUseCases(self.ledger, self.cases, self.records)

    def reconfigure(self, *, actor: Actor | None = None, rules: FollowUpRules | None = None,
                    forms: Any = None) -> None:
        """The actor once the enrolment gives the case prefix, the rules and the forms an
        update pack brings (Ledger.reconfigure)."""
        self.ledger.reconfigure(actor=actor, rules=rules, forms=forms)

    def refresh_due(self, case_ids: Iterable[str]) -> Changes:
        """The next contact of these cases again (new rules, records from headquarters)."""
        return self.ledger.refresh_due(case_ids)


__all__ = [
    "CASE_NO_ALPHABET", "FORM_OF", "KIND_CLASSES", "Actor", "CaseUseCases", "CaseView",
    "Dashboard", "DeskService", "DeskUseCases", "DueItem", "ExpiringMeasure", "Ledger",
    "ParticipantView", "PersonInput", "PersonUseCases", "RecordUseCases", "UseCases",
    "device_case_prefix",
]
