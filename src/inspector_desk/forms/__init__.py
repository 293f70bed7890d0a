"""The forms engine: versioned form definitions as data, checked answers, printed copies.

Definitions live in the top-level ``forms/`` folder (one YAML file per form version, shared
choice lists in ``forms/choices/``), checked against ``forms/schema/form.schema.json``.
docs/forms.md describes the format and the expression language. Typical use::

    registry = FormRegistry.from_directory(default_forms_dir())
    form = registry.get("prevention_visit")              # newest version
    context = FormContext(today=date(2026, 3, 10), persons={"p1": "Иванова А. К."})
    errors = form.validate(answers, context)             # [FieldError, ...]
    record = form.compute(answers, context)              # answers + calculated fields
    sections = form.render(record, context, lang="kk", audience="offender")

This package is pure Python: standard library, jsonschema, PyYAML and
``inspector_desk.core.errors`` only.
"""

from inspector_desk.forms.context import FormContext
from inspector_desk.forms.form import Form, RenderedField, RenderedSection, RiskResult
from inspector_desk.forms.messages import FieldError, validation_error
from inspector_desk.forms.model import (
    AUDIENCES, FIELD_TYPES, LANGUAGES, Choice, ChoiceList, FieldDef, MissingTranslation,
    SectionDef, Text,
)
from inspector_desk.forms.paths import ENV_VAR, default_forms_dir
from inspector_desk.forms.problems import FormDefinitionError, FormExpressionError, Problem
from inspector_desk.forms.registry import FormRegistry

EvalContext = FormContext
"""Another name for :class:`FormContext` (the evaluation context)."""

__all__ = [
    "AUDIENCES", "ENV_VAR", "FIELD_TYPES", "LANGUAGES", "Choice", "ChoiceList", "EvalContext",
    "FieldDef", "FieldError", "Form", "FormContext", "FormDefinitionError",
    "FormExpressionError", "FormRegistry", "MissingTranslation", "Problem", "RenderedField",
    "RenderedSection", "RiskResult", "SectionDef", "Text", "default_forms_dir",
    "validation_error",
]
