"""Names of codes (visit types, kinds of measure, services, risk levels, …) for print.

The names come from the form definitions' choice lists, so a printed document says exactly
what the screen said when the record was filled in; codes no form names (``unknown`` risk,
case statuses, follow-up reasons, relations) come from reports/texts.py
(resources/i18n/documents.json). An unknown code is printed as itself rather than hidden.
"""

from __future__ import annotations

from typing import Any

from inspector_desk.core.kinds import of as kind_of
from inspector_desk.core.records import Incident, Measure, Record, Referral, Visit
from inspector_desk.reports.texts import has, t


def _form(record: type[Record]) -> str:
    return kind_of(record).form_id


# (form id, field id) whose choice list names each vocabulary (the forms: core/kinds.py).
VOCABULARIES = {
    "visit_type": (_form(Visit), "visit_type"),
    "violence": (_form(Incident), "violence_types"),
    "channel": (_form(Incident), "channel"),
    "measure_kind": (_form(Measure), "measure_kind"),
    "measure_status": (_form(Measure), "status"),
    "service": (_form(Referral), "service"),
    "outcome": (_form(Referral), "outcome"),
    "risk": (_form(Visit), "risk_level"),
    "role": (_form(Visit), "role"),
}


class Labels:
    """Code -> name in one language, through a forms registry."""

    def __init__(self, registry: Any, lang: str) -> None:
        self.registry = registry
        self.lang = lang
        self._lists: dict[str, Any] = {}

    def _choices(self, vocabulary: str) -> list[Any]:
        """The vocabulary's choice lists, newest form version first: a code that a newer
        version no longer offers (a v1 record's 'preventive_register' measure) is still
        named as the form that recorded it named it."""
        if vocabulary not in self._lists:
            form_id, field_id = VOCABULARIES[vocabulary]
            lists = []
            try:
                versions = sorted(self.registry.versions(form_id), reverse=True) or [None]
            except Exception:  # noqa: BLE001 - a registry without versions: the newest only
                versions = [None]
            for version in versions:
                try:
                    choices = self.registry.get(form_id, version).field(field_id).choices
                except Exception:  # noqa: BLE001 - a registry without this form or field
                    continue
                if choices is not None:
                    lists.append(choices)
            self._lists[vocabulary] = lists
        return self._lists[vocabulary]

    def __call__(self, vocabulary: str, code: str | None) -> str:
        if code in (None, ""):
            return ""
        if vocabulary == "risk" and code == "unknown":
            return t("risk.unknown", self.lang)
        if vocabulary == "role" and has(f"role.{code}"):
            return t(f"role.{code}", self.lang)  # the legal wording on paper (no «агрессор»)
        for choices in self._choices(vocabulary):
            if choices.get(code) is not None:
                return choices.label(code, self.lang)
        fallback = f"{vocabulary}.{code}"
        return t(fallback, self.lang) if has(fallback) else str(code)

    def text(self, prefix: str, code: str | None) -> str:
        """A name kept in the documents' texts (reports/texts.py): ``relation.spouse``, ``case.status.active``."""
        if not code:
            return ""
        key = f"{prefix}.{code}"
        return t(key, self.lang) if has(key) else code

    def due_reason(self, reason: str) -> str:
        if reason.startswith("routine_"):
            return t("due.routine", self.lang, level=self("risk", reason.removeprefix("routine_")))
        return self.text("due", reason)

    def form_title(self, form_id: str, version: int | None = None) -> str:
        try:
            return self.registry.get(form_id, version).title.get(self.lang)
        except Exception:  # noqa: BLE001 - a form this registry does not know
            return form_id


__all__ = ["VOCABULARIES", "Labels"]
