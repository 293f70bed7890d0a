"""Use cases of family cases: open, change, close, read, and find what is due."""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass, field
from typing import Any

from inspector_desk.core.audit import AuditEntry
from inspector_desk.core.changes import Changes
from inspector_desk.core.errors import NotFound, ValidationError
from inspector_desk.core.hygiene import clean_block, clean_line
from inspector_desk.core.kinds import form_classes, timeline_time
from inspector_desk.core.ports import SearchHit
from inspector_desk.core.records import (
    CLOSURE_REASONS_OFFERED, REPORT_SOURCES, FamilyCase, FormRecord, Incident, Measure, Visit,
)
from inspector_desk.core.services.base import (
    CaseView, DueItem, ExpiringMeasure, UseCases, _check, _check_vocab, _raise,
)
from inspector_desk.core.statistics import measure_in_force
from inspector_desk.core.text import words

REOPEN_REASONS = ("new_report", "new_incident", "closed_by_mistake", "court_decision", "other")
"""Why a closed case is opened again; their words are in the catalogs (``reopen.<code>``)."""
CLOSING_WARNINGS = ("high_risk", "active_measure", "contact_overdue", "contact_due_soon")
CONTACT_DUE_SOON_HOURS = 72
DIALOG_KINDS = ("new_case", "add_person", "edit_person")
DIALOG_DRAFTS_KEY = "dialogs.drafts"


@dataclass(frozen=True)
class DialogDraft:
    """What was typed into a case dialog: ``values`` by the dialog's field names."""

    dialog: str
    case_id: str
    values: dict[str, Any] = field(default_factory=dict)
    updated_at: str = ""

    @property
    def key(self) -> str:
        return f"{self.dialog}:{self.case_id}"


def _reason_detail(reason: str, note: str) -> str:
    """The audit entry's detail: the reason's code, and the note when the reason is
    "other" (the only one that needs words)."""
    return f"reason={reason}" + (f"; note={note.strip()}" if note.strip() else "")


class CaseUseCases(UseCases):
    # --- cases ---------------------------------------------------------------------------

    def open_case(self, *, address: str, district: str, source: str, beat: str = "",
                  inspector: str | None = None, opened_at: dt.datetime | None = None) -> Changes:
        address, district, beat = clean_line(address), clean_line(district), clean_line(beat)
        inspector = clean_line(inspector) if inspector else inspector
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
            self.ledger.save(case, changes)
            self.ledger.refresh_case_due(case, changes)
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
        fields = {k: clean_line(v) if isinstance(v, str) else v for k, v in fields.items()}
        errors: dict[str, list[str]] = {}
        if "source" in fields:
            _check_vocab(errors, "source", fields["source"], REPORT_SOURCES)
        if "status" in fields:
            _check_vocab(errors, "status", fields["status"], ("active", "monitoring"))
        _raise(errors)
        changes = Changes()
        with self.store.transaction():
            case = self.ledger.open_case_for_change(case_id)
            self.ledger.expect(case, expected_version)
            for k, v in fields.items():
                setattr(case, k, v.strip() if isinstance(v, str) else v)
            self.ledger.save(case, changes)
            self.ledger.refresh_case_due(case, changes)
        return changes

    def close_case(self, case_id: str, reason: str, note: str = "",
                   expected_version: int | None = None) -> Changes:
        """Close a case for an explicit reason (no default: the inspector chooses it). The
        audit entry names the reason's code; the screens and the command line show
        :meth:`closing_warnings` and ask for a confirmation first."""
        note = clean_block(note)
        errors: dict[str, list[str]] = {}
        _check_vocab(errors, "reason", reason, CLOSURE_REASONS_OFFERED)
        _check(errors, "note", reason != "other" or bool(note.strip()), "required")
        _raise(errors)
        changes = Changes()
        with self.store.transaction():
            case = self.ledger.open_case_for_change(case_id)
            self.ledger.expect(case, expected_version)
            case.status, case.closure_reason, case.closure_note = "closed", reason, note.strip()
            case.closed_at = self.clock.now()
            self.ledger.save(case, changes)
            self.ledger.refresh_case_due(case, changes)
            self.store.append_audit(self.actor.user, self.actor.device_id, "close", "case",
                                    case_id, _reason_detail(reason, ""))
        return changes

    def closing_warnings(self, case_id: str) -> list[str]:
        """What the inspector must see before closing (codes, in this order): the case is
        high-risk; a measure is in force (active and not past its last day); the next
        contact is overdue, or due within CONTACT_DUE_SOON_HOURS. Reads only."""
        now = self.clock.now()
        today = now.date()
        out: list[str] = []
        with self.store.transaction():
            case = self.store.get(FamilyCase, case_id)
            visits = self.store.find(Visit, light=True, case_id=case_id)
            incidents = self.store.find(Incident, light=True, case_id=case_id)
            measures = self.store.find(Measure, light=True, case_id=case_id)
        if case.risk_level == "high":
            out.append("high_risk")
        if any(measure_in_force(m, today) for m in measures):
            out.append("active_measure")
        due = self.rules.next_due(case, visits, incidents, measures)
        if due is not None:
            if due.at < now:
                out.append("contact_overdue")
            elif due.at <= now + dt.timedelta(hours=CONTACT_DUE_SOON_HOURS):
                out.append("contact_due_soon")
        return out

    def reopen_case(self, case_id: str, reason: str, note: str = "",
                    expected_version: int | None = None) -> Changes:
        """Open a closed case again, for a reason the inspector chooses (REOPEN_REASONS;
        "other" needs a note). The closure's reason and note give way; the audit keeps both
        the closing and the reopening with their reasons."""
        note = clean_line(note)
        errors: dict[str, list[str]] = {}
        _check_vocab(errors, "reason", reason, REOPEN_REASONS)
        _check(errors, "note", reason != "other" or bool(note.strip()), "required")
        _raise(errors)
        changes = Changes()
        with self.store.transaction():
            case = self.store.get(FamilyCase, case_id)
            if case.deleted:
                raise NotFound("case was deleted", kind="case", id=case_id)
            self.ledger.expect(case, expected_version)
            if case.status != "closed":
                raise ValidationError({"case": ["case_not_closed"]}, case_id=case_id)
            case.status, case.closed_at = "active", None
            case.closure_reason, case.closure_note = "", ""
            self.ledger.save(case, changes)
            self.ledger.refresh_case_due(case, changes)
            self.store.append_audit(self.actor.user, self.actor.device_id, "reopen", "case",
                                    case_id, _reason_detail(reason, note))
        return changes

    # --- drafts of the case dialogs ("New case", "Add person", …) ---------------------------
    #
    # Kept in the vault (the meta table, inside the encryption like every form draft), one
    # per dialog and case, so a dialog half filled when the desk locks comes back on unlock.
    # Local to the device: never exported, never a record; removed when the dialog saves or
    # the inspector cancels it.

    def save_dialog_draft(self, dialog: str, case_id: str, values: dict[str, Any]) -> DialogDraft:
        if dialog not in DIALOG_KINDS:
            raise ValidationError({"dialog": ["unknown_value"]})
        clean = {str(k): (clean_line(v) if isinstance(v, str) else v) for k, v in values.items()
                 if isinstance(v, (str, int, bool)) or v is None}
        draft = DialogDraft(dialog, case_id or "", clean, self.clock.now().isoformat())
        with self.store.transaction():
            drafts = self._dialog_drafts()
            drafts[draft.key] = {"dialog": draft.dialog, "case_id": draft.case_id,
                                 "values": draft.values, "updated_at": draft.updated_at}
            self.store.set_meta(DIALOG_DRAFTS_KEY, json.dumps(drafts, ensure_ascii=False))
        return draft

    def dialog_drafts(self) -> list[DialogDraft]:
        """Every kept dialog draft, the newest first."""
        with self.store.transaction():
            drafts = self._dialog_drafts()
        out = [DialogDraft(d.get("dialog", ""), d.get("case_id", ""), d.get("values", {}),
                           d.get("updated_at", "")) for d in drafts.values()
               if isinstance(d, dict) and d.get("dialog") in DIALOG_KINDS]
        out.sort(key=lambda d: d.updated_at, reverse=True)
        return out

    def discard_dialog_draft(self, dialog: str, case_id: str = "") -> None:
        with self.store.transaction():
            drafts = self._dialog_drafts()
            if drafts.pop(DialogDraft(dialog, case_id or "", {}).key, None) is not None:
                self.store.set_meta(DIALOG_DRAFTS_KEY, json.dumps(drafts, ensure_ascii=False))

    def _dialog_drafts(self) -> dict[str, Any]:
        raw = self.store.meta(DIALOG_DRAFTS_KEY)
        try:
            data = json.loads(raw) if raw else {}
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    def get_case(self, case_id: str, audit: bool = True) -> CaseView:
        """The whole case for reading. Opening it is written to the audit log as a view;
        a screen that shows the same opening again (a refresh after a save) passes
        ``audit=False``: one entry per opening, not per refresh."""
        with self.store.transaction():
            case = self.store.get(FamilyCase, case_id)
            timeline: list[FormRecord] = []
            for cls in form_classes().values():  # the form kinds, in the case page's order
                timeline.extend(self.store.find(cls, case_id=case_id))
            timeline.sort(key=timeline_time, reverse=True)  # when it happened (core/kinds.py)
            if audit:
                self.store.append_audit(self.actor.user, self.actor.device_id, "view", "case",
                                        case_id)
            due = self.rules.next_due(case, [r for r in timeline if isinstance(r, Visit)],
                                      [r for r in timeline if isinstance(r, Incident)],
                                      [r for r in timeline if isinstance(r, Measure)])
        return CaseView(case, self.ledger.participants(case_id), timeline,
                        (due.at, due.reason) if due else None)

    def find_case_by_number(self, case_no: str) -> FamilyCase:
        found = self.store.find(FamilyCase, case_no=clean_line(case_no).upper())
        if not found:
            raise NotFound("no case with this number", kind="case")
        return found[0]

    # --- finding things ----------------------------------------------------------------

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Search-as-you-type over names, IIN, phone, address and case number. The query is
        cleaned like the input and folded like the index: a full-width or Arabic-Indic ИИН
        finds the person stored with ASCII digits."""
        terms = words(clean_line(text))[:8]
        if not terms:
            return []
        return self.store.search(terms, limit)

    def due(self, inspector: str | None = None, horizon_days: int | None = None,
            limit: int = 500) -> list[DueItem]:
        """Cases whose next contact is due within the horizon, the overdue ones first."""
        now = self.clock.now()
        horizon = dt.timedelta(days=self.rules.due_horizon_days if horizon_days is None else horizon_days)
        return self.due_between(inspector, None, now + horizon, limit)

    def due_between(self, inspector: str | None, since: dt.datetime | None,
                    until: dt.datetime, limit: int) -> list[DueItem]:
        """Cases whose next contact falls in [since, until] (every one before ``until``
        when no ``since``), soonest first; ``overdue`` when it is before now."""
        now = self.clock.now()
        rows = self.store.due_items(inspector, _seconds_until(until), limit,
                                    None if since is None else _seconds_since(since))
        out = []
        for case_id, case_no, address, risk, owner, at, reason in rows:
            when = dt.datetime.fromtimestamp(at, now.tzinfo)
            out.append(DueItem(case_id, case_no, address, risk, owner, when, reason, when < now))
        return out

    def due_count(self, inspector: str | None, since: dt.datetime | None,
                  until: dt.datetime) -> int:
        return self.store.due_total(inspector, _seconds_until(until),
                                    None if since is None else _seconds_since(since))

    def overdue(self, inspector: str | None = None, limit: int = 500) -> list[DueItem]:
        return [d for d in self.due(inspector, horizon_days=0, limit=limit) if d.overdue]

    def expiring_measures(self, inspector: str | None = None,
                          limit: int | None = None) -> list[ExpiringMeasure]:
        """Active measures ending within the rules' warning window, the soonest first (the
        first ``limit`` of them when given; expiring_count says how many in all)."""
        today, until = self._expiry_window()
        out = []
        ending = [m for m in self.store.active_measures_ending(until, inspector, since=today,
                                                                limit=limit)
                  if self.rules.expiring(m, today)]
        # One read of the cases' measures for all of them, not one per expiring measure.
        case_ids = list(dict.fromkeys(m.case_id for m in ending))
        special = self.store.cases_with_measure(case_ids, "special_requirements")
        case_nos = self.store.case_numbers(case_ids)
        for m in ending:
            if m.valid_to is None:  # never: the store lists measures by their last day
                continue
            pending = m.kind == "protective_order" and m.case_id not in special
            out.append(ExpiringMeasure(m, case_nos[m.case_id], (m.valid_to - today).days, pending))
        out.sort(key=lambda e: e.days_left)
        return out

    def expiring_count(self, inspector: str | None = None) -> int:
        """How many measures expiring_measures lists without a limit."""
        today, until = self._expiry_window()
        return self.store.active_measures_ending_count(until, inspector, since=today)

    def _expiry_window(self) -> tuple[dt.date, dt.date]:
        """Today and the last day a measure may end on to be listed as expiring (the rules'
        warning window)."""
        today = self.clock.now().date()
        return today, today + dt.timedelta(days=self.rules.order_expiry_warning_days)

    def audit_log(self, record_id: str | None = None, actor: str | None = None,
                  action: str | None = None, limit: int | None = 1000,
                  before: int | None = None) -> list[AuditEntry]:
        return self.store.audit_entries(record_id=record_id, actor=actor, action=action,
                                        limit=limit, before=before)


def _seconds_until(at: dt.datetime) -> int:
    """The last whole second at or before ``at`` (due times are whole Unix seconds)."""
    return math.floor(at.timestamp())


def _seconds_since(at: dt.datetime) -> int:
    """The first whole second at or after ``at``."""
    return math.ceil(at.timestamp())



