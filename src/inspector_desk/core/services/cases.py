"""Use cases of family cases: open, change, close, read, and find what is due."""

from __future__ import annotations

import datetime as dt
from typing import Any

from inspector_desk.core.changes import Changes
from inspector_desk.core.errors import NotFound, ValidationError
from inspector_desk.core.hygiene import clean_block, clean_line
from inspector_desk.core.ports import SearchHit
from inspector_desk.core.records import (
    CLOSURE_REASONS_OFFERED, REPORT_SOURCES, FamilyCase, FormRecord, Incident, Measure, Referral,
    RiskAssessment, Visit,
)
from inspector_desk.core.services.base import (
    CaseView, DueItem, ExpiringMeasure, ServiceBase, _check, _check_vocab, _raise,
)
from inspector_desk.core.text import words


class CaseUseCases(ServiceBase):
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
        fields = {k: clean_line(v) if isinstance(v, str) else v for k, v in fields.items()}
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
        note = clean_block(note)
        errors: dict[str, list[str]] = {}
        _check_vocab(errors, "reason", reason, CLOSURE_REASONS_OFFERED)
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
        rows = self.store.due_cases(inspector, now + horizon, limit)
        return [DueItem(c.id, c.case_no, c.address, c.risk_level, c.inspector, at, reason, at < now)
                for c, at, reason in rows]

    def overdue(self, inspector: str | None = None, limit: int = 500) -> list[DueItem]:
        return [d for d in self.due(inspector, horizon_days=0, limit=limit) if d.overdue]

    def expiring_measures(self, inspector: str | None = None) -> list[ExpiringMeasure]:
        today = self.clock.now().date()
        until = today + dt.timedelta(days=self.rules.order_expiry_warning_days)
        out = []
        for m in self.store.active_measures_ending(until, inspector, since=today):
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

