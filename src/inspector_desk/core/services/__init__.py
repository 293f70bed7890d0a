"""Use cases: the only way the command line and the screens change or read the vault.

Each mutating call runs in one transaction (the record, its change-log entry, its audit entry
and the case's next due date commit together or not at all) and returns
:class:`~inspector_desk.core.changes.Changes`. The use cases are grouped by subject (cases,
people, records) over one shared base; :class:`DeskService` is all of them together.
"""

from inspector_desk.core.services.base import (
    CASE_NO_ALPHABET, FORM_OF, Actor, CaseView, DueItem, ExpiringMeasure, ParticipantView,
    PersonInput, device_case_prefix,
)
from inspector_desk.core.services.cases import CaseUseCases
from inspector_desk.core.services.desk import KIND_CLASSES, Dashboard, DeskUseCases
from inspector_desk.core.services.people import PersonUseCases
from inspector_desk.core.services.records import RecordUseCases


class DeskService(CaseUseCases, PersonUseCases, RecordUseCases, DeskUseCases):
    """All use cases of one unlocked vault, for one inspector on one device."""


__all__ = [
    "CASE_NO_ALPHABET", "FORM_OF", "KIND_CLASSES", "Actor", "CaseView", "Dashboard",
    "DeskService", "DueItem",
    "ExpiringMeasure", "ParticipantView", "PersonInput", "device_case_prefix",
]
