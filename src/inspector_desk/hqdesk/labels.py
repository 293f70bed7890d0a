"""What headquarters staff read instead of internal codes: field names, record kinds, the
reasons a change was held, audit actions, roles, link reasons, and times on the unit's clock.

Values of the records' own vocabularies (risk levels, case statuses, sources, measure
kinds, …) are named by the inspector desk's ui/labels.py, so both windows say the same
words; the rest is here, translated through this class's ``tr`` (context ``HqLabels``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QObject

from inspector_desk.core.ports import KZ_TZ, in_zone
from inspector_desk.ui.labels import Labels

UNIT_FORMAT = "%d.%m.%Y %H:%M"


class HqLabels(QObject):
    """Names in the interface language (the translator installed when it is made)."""

    def __init__(self, zone: dt.tzinfo | None = None) -> None:
        super().__init__()
        self.zone = zone or KZ_TZ
        self.ui = Labels()

    # --- times ------------------------------------------------------------------------------

    def when(self, value: Any) -> str:
        """An ISO time (text or datetime) on the unit's clock as dd.mm.yyyy hh:mm; a date as
        dd.mm.yyyy; "—" for none; text that is not a time as it is."""
        if value in (None, ""):
            return "—"
        if isinstance(value, dt.datetime):
            moment = value
        elif isinstance(value, dt.date):
            return value.strftime("%d.%m.%Y")
        else:
            text = str(value)
            try:
                if len(text) == 10:
                    return dt.date.fromisoformat(text).strftime("%d.%m.%Y")
                moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
            except ValueError:
                return text
        return in_zone(moment, self.zone).strftime(UNIT_FORMAT)

    # --- records ----------------------------------------------------------------------------

    def kind(self, code: str) -> str:
        return self.ui.kind(code)

    def field(self, name: str) -> str:
        """A record field by its form label; ``answers.x`` (a form's answer) as "Answer: x"."""
        if name.startswith("answers."):
            return self.tr("Form answer: {0}").format(name.split(".", 1)[1])
        names = {
            "case_no": self.tr("Case number"), "status": self.tr("Status"), "district": self.tr("District"),
            "beat": self.tr("Beat"), "address": self.tr("Address"), "source": self.tr("Source"),
            "inspector": self.tr("Inspector"), "risk_level": self.tr("Risk level"),
            "opened_at": self.tr("Opened"), "closed_at": self.tr("Closed"),
            "closure_reason": self.tr("Reason for closing"), "closure_note": self.tr("Closing note"),
            "iin": self.tr("IIN"), "last_name": self.tr("Surname"), "first_name": self.tr("First name"),
            "patronymic": self.tr("Patronymic"), "birth_date": self.tr("Date of birth"), "sex": self.tr("Sex"),
            "phones": self.tr("Phones"), "safe_contact": self.tr("Safe contact"),
            "vulnerabilities": self.tr("Vulnerabilities"), "risk_flags": self.tr("Risk factors"),
            "notes": self.tr("Notes"), "role": self.tr("Role in the case"), "relation": self.tr("Relation"),
            "cohabiting": self.tr("Lives together"), "visit_at": self.tr("Visit time"),
            "visit_type": self.tr("Type of visit"), "next_visit_due": self.tr("Next visit due"),
            "occurred_at": self.tr("Occurred"), "reported_at": self.tr("Reported"),
            "channel": self.tr("Channel"), "violence_types": self.tr("Types of violence"),
            "kind": self.tr("Kind of measure"), "issued_at": self.tr("Issued"), "served_at": self.tr("Served"),
            "valid_from": self.tr("Valid from"), "valid_to": self.tr("Valid until"), "court": self.tr("Court"),
            "court_decision_date": self.tr("Court decision date"),
            "checkins_per_month": self.tr("Check-ins per month"), "restrictions": self.tr("Restrictions"),
            "violations": self.tr("Violations"), "legal_basis": self.tr("Legal basis"),
            "service": self.tr("Service"), "consent": self.tr("Consent"), "referred_at": self.tr("Referred"),
            "reason": self.tr("Reason"), "outcome": self.tr("Outcome"), "outcome_at": self.tr("Outcome date"),
            "assessed_at": self.tr("Assessed"), "score": self.tr("Score"), "level": self.tr("Risk level"),
            "computed_level": self.tr("Computed risk level"), "override_level": self.tr("Risk level set by hand"),
            "override_reason": self.tr("Why set by hand"), "filename": self.tr("File name"),
            "size": self.tr("Size"), "deleted": self.tr("Deleted"), "created_at": self.tr("Created"),
            "created_by": self.tr("Created by"), "form_version": self.tr("Form version"),
            "person_id": self.tr("Person"), "case_id": self.tr("Case"), "respondent_id": self.tr("Respondent"),
        }
        return names.get(name, name)

    def value(self, name: str, value: Any) -> str | None:
        """A field's value in words when it is a code of a known vocabulary; None otherwise."""
        if not isinstance(value, str) or not value:
            return None
        named = {"risk_level": self.ui.risk, "level": self.ui.risk, "computed_level": self.ui.risk,
                 "override_level": self.ui.risk, "status": self.ui.status, "source": self.ui.source,
                 "closure_reason": self.ui.closure, "kind": self.ui.measure, "role": self.ui.role,
                 "relation": self.ui.relation, "service": self.ui.service}.get(name)
        if named is not None and named(value) != value:
            return named(value)
        if name.endswith("_at") and "T" in value:
            return self.when(value)
        return None

    # --- held changes and conflicts ---------------------------------------------------------

    def reason(self, code: str) -> str:
        return {
            "conflict": self.tr("Two versions of the record: headquarters cannot merge them alone"),
            "not_your_case": self.tr("The case belongs to another inspector: the change was held"),
            "not_your_person": self.tr("The person belongs to another inspector: the change was held"),
            "identity": self.tr("The record names another device or inspector than the one that sent it"),
            "kind_changed": self.tr("The record was sent as another kind of record"),
            "case_number_changed": self.tr("The case number was changed on the laptop"),
            "version_jump": self.tr("Versions are missing between headquarters' copy and this change"),
            "case_held": self.tr("Its case was held, so this record was held too"),
        }.get(code, code)

    def detail(self, code: str, detail: str) -> str:
        """The held change's detail in the reader's language, when it is one the authority
        check writes (hq/authority.py); otherwise as written."""
        if not detail:
            return ""
        m = re.fullmatch(r"the (case|person) belongs to (.*) \((\w+)\)", detail)
        if m:
            text = (self.tr("The case belongs to {0} (device {1})") if m[1] == "case"
                    else self.tr("The person belongs to {0} (device {1})"))
            return text.format(m[2], m[3])
        m = re.fullmatch(r"names another device's inspector \((.*)\)", detail)
        if m:
            return self.tr("Names the inspector of another device ({0})").format(m[1])
        m = re.fullmatch(r"a (\w+) at headquarters, sent as a (\w+)", detail)
        if m:
            return self.tr("Headquarters holds it as: {0}; sent as: {1}").format(self.kind(m[1]), self.kind(m[2]))
        if detail == "its case was held, not applied":
            return self.tr("Its case was held, not applied")
        return detail

    # --- the rest ---------------------------------------------------------------------------

    def action(self, code: str) -> str:
        return {
            "desk_login": self.tr("logged in"), "desk_lock": self.tr("locked the window"),
            "view_case": self.tr("opened a case"), "resolve": self.tr("decided a conflict"),
            "reject": self.tr("rejected a held change"), "send_again": self.tr("sent a decision again"),
            "enrol": self.tr("enrolled a laptop"), "revoke": self.tr("revoked a laptop"),
            "key_revoked": self.tr("revoked a laptop's key"), "quarantine_purge": self.tr("cleaned the quarantine"),
            "recover": self.tr("approved a recovery"), "update": self.tr("wrote an update pack"),
            "reassign": self.tr("reassigned a case"), "user_add": self.tr("added a user"),
            "user_disable": self.tr("disabled a user"), "link_confirm": self.tr("confirmed a linked person"),
            "link_reject": self.tr("rejected a linked person"),
        }.get(code, code)

    def role(self, code: str) -> str:
        return {"admin": self.tr("administrator"), "analyst": self.tr("analyst"), "chief": self.tr("unit chief"),
                "officer": self.tr("recovery officer")}.get(code, code)

    def link_reason(self, code: str) -> str:
        return {"iin": self.tr("same IIN"), "name_birth_date": self.tr("same name and date of birth"),
                "fuzzy_birth_date": self.tr("similar name, same date of birth"),
                "fuzzy_birth_year": self.tr("similar name, same year of birth"),
                "analyst": self.tr("decided by an analyst")}.get(code, code)

    def outcome(self, code: str) -> str:
        """A bundle's refusal code (docs/bundle-format.md) in words, when it is a common one."""
        return {
            "bundle_not_a_file": self.tr("not a regular file"),
            "bundle_bad_magic": self.tr("not a bundle of Inspector Desk"),
            "bundle_truncated": self.tr("the file is cut short (copy it again)"),
            "bundle_signature_invalid": self.tr("the signature does not match: the file was changed"),
            "bundle_unknown_device": self.tr("from a laptop headquarters has not enrolled"),
            "bundle_device_revoked": self.tr("from a revoked laptop"),
            "bundle_too_large": self.tr("too large"),
        }.get(code, "")
