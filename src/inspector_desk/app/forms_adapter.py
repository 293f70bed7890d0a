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
                 persons: dict[str, str]) -> dict[str, Any]:
        form = self.registry.get(form_id, version)
        ctx = FormContext.at(now, persons)
        errors, record = form.check(answers, ctx)
        if errors:
            raise validation_error(errors, form=form_id, version=version)
        return record

    def assess(self, form_id: str, version: int, answers: dict[str, Any],
               now: dt.datetime) -> tuple[int, str, str, str]:
        form = self.registry.get(form_id, version)
        result = form.assess(answers, FormContext.at(now))
        return result.score, result.computed_level, result.final_level, result.override_reason or ""


def load_forms(directory=None) -> FormsAdapter:
    """The shipped forms (or those in ``directory``), through the port the services use."""
    return FormsAdapter(FormRegistry.from_directory(directory or default_forms_dir()))
