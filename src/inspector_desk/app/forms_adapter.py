"""The forms engine (inspector_desk.forms) seen through the core's FormsPort."""

from __future__ import annotations

import datetime as dt
from typing import Any

from inspector_desk.forms import Form, FormContext, FormRegistry, default_forms_dir, validation_error


class FormsAdapter:
    def __init__(self, registry: FormRegistry) -> None:
        self.registry = registry

    def latest_version(self, form_id: str) -> int:
        return self.registry.get(form_id).version

    def definition(self, form_id: str, version: int) -> Form:
        return self.registry.get(form_id, version)

    def validate(self, form_id: str, version: int, answers: dict[str, Any], now: dt.datetime,
                 facts: Any, legal: Any = None) -> dict[str, Any]:
        form = self.registry.get(form_id, version)
        errors, record = form.check(answers, context_for(now, facts, legal))
        if errors:
            raise validation_error(errors, form=form_id, version=version)
        return record

    def warnings(self, form_id: str, version: int, answers: dict[str, Any], now: dt.datetime,
                 facts: Any, legal: Any = None) -> list[Any]:
        form = self.registry.get(form_id, version)
        return form.warnings(answers, context_for(now, facts, legal))

    def assess(self, form_id: str, version: int, answers: dict[str, Any],
               now: dt.datetime) -> tuple[int, str, str, str]:
        form = self.registry.get(form_id, version)
        result = form.assess(answers, FormContext.at(now))
        return result.score, result.computed_level, result.final_level, result.override_reason or ""


def context_for(now: dt.datetime, facts: Any, legal: Any = None, lang: str = "ru") -> FormContext:
    """The forms engine's context for a case: ``facts`` is a core CaseFacts (or None)."""
    if facts is None:
        return FormContext.at(now, None, lang, legal=legal)
    return FormContext.at(now, facts.names, lang, birth_dates=facts.birth_dates,
                          roles=facts.roles, legal=legal)


def load_forms(directory=None) -> FormsAdapter:
    """The shipped forms (or those in ``directory``), through the port the services use."""
    return FormsAdapter(FormRegistry.from_directory(directory or default_forms_dir()))
