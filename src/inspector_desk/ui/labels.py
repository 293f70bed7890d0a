"""Display names of the core's codes (risk levels, statuses, roles, measure kinds, …) in the
interface language. Form answers are labelled by the forms themselves; these are the codes
of the records and lists that live outside the forms."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from inspector_desk.core.kinds import find as find_kind


def _t(text: str) -> str:
    """Translate a text marked with QT_TRANSLATE_NOOP("Labels", …) below."""
    return QCoreApplication.translate("Labels", text)


def _pick(table: dict[str, str], code: str) -> str:
    return _t(table[code]) if code in table else code


def profile_name(name: str) -> str:
    """A profile's name as the screens show it: the profile made on first run is called
    "default" on disk and in --profile; on screen it reads in the interface language. Other
    names are shown as they were typed."""
    return _t(QT_TRANSLATE_NOOP("Labels", "main")) if name == "default" else name


class Labels:
    def profile(self, name: str) -> str:
        return profile_name(name)

    def column(self, code: str) -> str:
        return _pick({
            "case_no": QT_TRANSLATE_NOOP("Labels", "Case number"), "risk_level": QT_TRANSLATE_NOOP("Labels", "Risk"), "affected": QT_TRANSLATE_NOOP("Labels", "Victim"),
            "address": QT_TRANSLATE_NOOP("Labels", "Address"), "district": QT_TRANSLATE_NOOP("Labels", "District"), "due_at": QT_TRANSLATE_NOOP("Labels", "Next contact"),
            "status": QT_TRANSLATE_NOOP("Labels", "Status"), "measures": QT_TRANSLATE_NOOP("Labels", "Active measures"),
        }, code)

    def risk(self, code: str) -> str:
        return _pick({"high": QT_TRANSLATE_NOOP("Labels", "High"), "medium": QT_TRANSLATE_NOOP("Labels", "Medium"), "standard": QT_TRANSLATE_NOOP("Labels", "Standard"),
                "unknown": QT_TRANSLATE_NOOP("Labels", "Not assessed")}, code)

    def status(self, code: str) -> str:
        return _pick({"active": QT_TRANSLATE_NOOP("Labels", "Open"), "monitoring": QT_TRANSLATE_NOOP("Labels", "Monitoring"),
                "closed": QT_TRANSLATE_NOOP("Labels", "Closed")}, code)

    def measure(self, code: str) -> str:
        return _pick({"protective_order": QT_TRANSLATE_NOOP("Labels", "Protective order"),
                "special_requirements": QT_TRANSLATE_NOOP("Labels", "Court special requirements"),
                "official_warning": QT_TRANSLATE_NOOP("Labels", "Official warning"),
                "admin_detention": QT_TRANSLATE_NOOP("Labels", "Administrative detention"),
                "preventive_register": QT_TRANSLATE_NOOP("Labels", "Preventive register")}, code)

    def role(self, code: str) -> str:
        return _pick({"affected": QT_TRANSLATE_NOOP("Labels", "Victim"), "offender": QT_TRANSLATE_NOOP("Labels", "Offender"), "child": QT_TRANSLATE_NOOP("Labels", "Child"),
                "elderly": QT_TRANSLATE_NOOP("Labels", "Elderly person"), "family_member": QT_TRANSLATE_NOOP("Labels", "Family member"),
                "witness": QT_TRANSLATE_NOOP("Labels", "Witness")}, code)

    def relation(self, code: str) -> str:
        return _pick({"self": "—", "spouse": QT_TRANSLATE_NOOP("Labels", "spouse"), "former_spouse": QT_TRANSLATE_NOOP("Labels", "former spouse"),
                "cohabitant": QT_TRANSLATE_NOOP("Labels", "partner living together"), "parent": QT_TRANSLATE_NOOP("Labels", "parent"),
                "child": QT_TRANSLATE_NOOP("Labels", "child"), "sibling": QT_TRANSLATE_NOOP("Labels", "brother or sister"),
                "grandparent": QT_TRANSLATE_NOOP("Labels", "grandparent"), "grandchild": QT_TRANSLATE_NOOP("Labels", "grandchild"),
                "relative": QT_TRANSLATE_NOOP("Labels", "relative"), "in_law": QT_TRANSLATE_NOOP("Labels", "in-law"), "other": QT_TRANSLATE_NOOP("Labels", "other"),
                "former_cohabitant": QT_TRANSLATE_NOOP("Labels", "former partner (lived together)"),
                "common_child": QT_TRANSLATE_NOOP("Labels", "has a child in common"),
                "step_parent": QT_TRANSLATE_NOOP("Labels", "step-parent"),
                "guardian": QT_TRANSLATE_NOOP("Labels", "guardian (custodian)")}, code)

    def kind(self, code: str) -> str:
        """A kind of record (its name on screen: ``qt_label`` in core/kinds.py), or the vault."""
        found = find_kind(code)
        if found is not None and found.qt_label:
            return _t(found.qt_label)
        return _pick({"vault": QT_TRANSLATE_NOOP("Labels", "Vault")}, code)

    def source(self, code: str) -> str:
        return _pick({"102": QT_TRANSLATE_NOOP("Labels", "102 police line"), "111": QT_TRANSLATE_NOOP("Labels", "111 contact centre"),
                "statement": QT_TRANSLATE_NOOP("Labels", "Written statement"), "social_networks": QT_TRANSLATE_NOOP("Labels", "Social networks"),
                "school": QT_TRANSLATE_NOOP("Labels", "School"), "medical": QT_TRANSLATE_NOOP("Labels", "Medical organisation"),
                "patrol": QT_TRANSLATE_NOOP("Labels", "Patrol"),
                "own_detection": QT_TRANSLATE_NOOP("Labels", "Found by an officer (door-to-door round)"),
                "112": QT_TRANSLATE_NOOP("Labels", "112 emergency line"),
                "family_support_centre": QT_TRANSLATE_NOOP("Labels", "Family support centre"),
                "relatives_neighbours": QT_TRANSLATE_NOOP("Labels", "Relatives, neighbours")}, code)

    def closure(self, code: str) -> str:
        return _pick({"measures_expired_no_incidents": QT_TRANSLATE_NOOP("Labels", "Measures expired, no repeat incidents"),
                "family_moved": QT_TRANSLATE_NOOP("Labels", "Family moved away"),
                "reconciled_no_risk": QT_TRANSLATE_NOOP("Labels", "Reconciled, no risk"),
                "transferred": QT_TRANSLATE_NOOP("Labels", "Transferred to another unit"),
                "person_deceased": QT_TRANSLATE_NOOP("Labels", "Person deceased"), "other": QT_TRANSLATE_NOOP("Labels", "Other reason"),
                "register_ended": QT_TRANSLATE_NOOP("Labels", "Removed from the preventive register when the measure ended")}, code)

    def service(self, code: str) -> str:
        """Referral services; the same words as forms/choices/services.yaml."""
        return _pick({"crisis_centre": QT_TRANSLATE_NOOP("Labels", "Crisis centre"),
                "family_support_centre": QT_TRANSLATE_NOOP("Labels", "Family support centre"),
                "medical": QT_TRANSLATE_NOOP("Labels", "Medical organisation"),
                "psychologist": QT_TRANSLATE_NOOP("Labels", "Psychologist"),
                "guardianship": QT_TRANSLATE_NOOP("Labels", "Guardianship authority"),
                "juvenile_unit": QT_TRANSLATE_NOOP("Labels", "Juvenile affairs inspector"),
                "social_protection": QT_TRANSLATE_NOOP("Labels", "Social protection"),
                "legal_aid": QT_TRANSLATE_NOOP("Labels", "Legal aid"),
                "ngo": QT_TRANSLATE_NOOP("Labels", "Non-governmental organisation"),
                "mobile_group": QT_TRANSLATE_NOOP("Labels", "Mobile group"),
                "child_support_centre": QT_TRANSLATE_NOOP("Labels", "Support centre (room) for child victims of violence"),
                "kdn": QT_TRANSLATE_NOOP("Labels", "Commission for juvenile affairs and the protection of their rights"),
                "addiction_treatment": QT_TRANSLATE_NOOP("Labels", "Addiction treatment"),
                "psycho_correction": QT_TRANSLATE_NOOP("Labels", "Psycho-correction programme for the offender")}, code)

    def action(self, code: str) -> str:
        return _pick({"create": QT_TRANSLATE_NOOP("Labels", "created"), "update": QT_TRANSLATE_NOOP("Labels", "changed"), "delete": QT_TRANSLATE_NOOP("Labels", "deleted"),
                "view": QT_TRANSLATE_NOOP("Labels", "viewed"), "print": QT_TRANSLATE_NOOP("Labels", "printed"), "export": QT_TRANSLATE_NOOP("Labels", "exported"),
                "import": QT_TRANSLATE_NOOP("Labels", "imported"), "unlock": QT_TRANSLATE_NOOP("Labels", "unlocked"), "lock": QT_TRANSLATE_NOOP("Labels", "locked"),
                "passwd": QT_TRANSLATE_NOOP("Labels", "passphrase changed"), "rekey": QT_TRANSLATE_NOOP("Labels", "re-encrypted"),
                "backup": QT_TRANSLATE_NOOP("Labels", "backed up"), "restore": QT_TRANSLATE_NOOP("Labels", "restored"),
                "recover": QT_TRANSLATE_NOOP("Labels", "recovered")}, code)

    def due_reason(self, code: str) -> str:
        if code.startswith("routine_"):
            return QCoreApplication.translate("Labels", "Routine contact ({0} risk)").format(
                self.risk(code[8:]).lower())
        return _pick({"new_incident": QT_TRANSLATE_NOOP("Labels", "New incident: contact within 24 hours"),
                "order_midterm": QT_TRANSLATE_NOOP("Labels", "Protective order: mid-term check"),
                "order_expiry_check": QT_TRANSLATE_NOOP("Labels", "Protective order ends soon: decide on a court petition"),
                "court_checkin": QT_TRANSLATE_NOOP("Labels", "Court special requirements: check-in conversation"),
                "register_contact": QT_TRANSLATE_NOOP("Labels", "Preventive register: contact")}, code)
