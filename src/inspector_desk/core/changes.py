"""What a use case changed, so that screens refresh only that (after Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Changes:
    """Returned by every mutating service call.

    ``records`` maps a record kind to the ids saved; ``case_ids`` are the cases whose view,
    timeline or due date may look different now; ``created`` is the id of the main record
    the call made (for "open what I just saved").
    """

    records: dict[str, set[str]] = field(default_factory=dict)
    case_ids: set[str] = field(default_factory=set)
    created: str | None = None
    due_changed: bool = False

    def add(self, kind: str, record_id: str, case_id: str | None = None) -> None:
        self.records.setdefault(kind, set()).add(record_id)
        if case_id:
            self.case_ids.add(case_id)

    def merge(self, other: "Changes") -> "Changes":
        for kind, ids in other.records.items():
            self.records.setdefault(kind, set()).update(ids)
        self.case_ids |= other.case_ids
        self.due_changed |= other.due_changed
        return self
