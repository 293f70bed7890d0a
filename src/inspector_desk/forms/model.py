"""The parts of a loaded form: texts in three languages, choice lists, fields, sections.

These are what a screen or a printed document reads to lay a form out. They are built by
:mod:`inspector_desk.forms.loader` from a checked definition and never change afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from inspector_desk.forms.expressions import Node

LANGUAGES = ("ru", "kk", "en")
"""Russian is required everywhere; Kazakh and English fall back to Russian when missing."""

AUDIENCES = ("internal", "offender", "statistics")

FIELD_TYPES = (
    "text", "textarea", "integer", "decimal", "date", "time", "datetime", "select_one",
    "select_multiple", "yes_no_unknown", "person", "group", "note", "attachment", "signature",
)

VALUE_KIND = {
    "text": "text", "textarea": "text", "integer": "number", "decimal": "number",
    "date": "date", "time": "time", "datetime": "datetime", "select_one": "text",
    "select_multiple": "list", "yes_no_unknown": "text", "person": "text", "group": "rows",
    "attachment": "text",
}
"""The expression kind of each field type's value (note and signature have no value)."""

NO_ANSWER = ("note", "signature")
CALCULABLE = ("text", "textarea", "integer", "decimal", "date", "time", "datetime",
              "select_one", "yes_no_unknown")
CHOICE_TYPES = ("select_one", "select_multiple")
YES_NO_UNKNOWN = ("yes", "no", "unknown")


@dataclass(frozen=True)
class Text:
    """A text in Russian, Kazakh and English. ``get`` falls back to Russian."""

    ru: str
    kk: str | None = None
    en: str | None = None

    @classmethod
    def from_mapping(cls, value: Mapping[str, str] | None) -> "Text | None":
        if value is None:
            return None
        return cls(ru=value["ru"], kk=value.get("kk"), en=value.get("en"))

    def get(self, lang: str = "ru") -> str:
        text = getattr(self, lang, None) if lang in LANGUAGES else None
        return text or self.ru

    def missing(self) -> list[str]:
        """Languages without their own text (they show the Russian one)."""
        return [lang for lang in LANGUAGES if not getattr(self, lang)]


@dataclass(frozen=True)
class Choice:
    code: str
    label: Text
    hint: Text | None = None


@dataclass(frozen=True)
class ChoiceList:
    """A named list of choices: form-level (``choices:``), shared (forms/choices/) or the
    built-in ``yes_no_unknown``."""

    name: str
    choices: tuple[Choice, ...]
    source: str = ""

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(choice.code for choice in self.choices)

    def get(self, code: str) -> Choice | None:
        for choice in self.choices:
            if choice.code == code:
                return choice
        return None

    def label(self, code: str, lang: str = "ru") -> str:
        """The label of ``code`` in ``lang``; an unknown code is shown as itself."""
        choice = self.get(code)
        return choice.label.get(lang) if choice else code


@dataclass(frozen=True)
class Expr:
    """A parsed, checked expression and the fields it reads."""

    text: str
    tree: Node
    refs: frozenset[str]
    counts_all_yes: bool = False  # uses count_yes() without arguments


@dataclass(frozen=True)
class Constraint:
    expr: Expr
    message: Text
    severity: str = "error"  # "warning": shown at the field, never blocks saving


@dataclass(frozen=True)
class FieldDef:
    """One question (or note, signature line, repeated group) of a form."""

    id: str
    type: str
    label: Text
    section: str
    hint: Text | None = None
    required: bool = False
    required_if: Expr | None = None
    default: Any = None
    constraints: tuple[Constraint, ...] = ()
    relevant: Expr | None = None
    calculate: Expr | None = None
    choices: ChoiceList | None = None
    children: tuple["FieldDef", ...] = ()
    repeat_min: int = 0
    repeat_max: int = 100
    offender_copy: bool = True
    statistics: bool = True
    group: str | None = None  # id of the repeated group this field belongs to
    prefill: str | None = None  # where a new record's first value comes from (core.prefill)

    @property
    def takes_answer(self) -> bool:
        """Whether the inspector types or picks a value (not a note, signature or calculation)."""
        return self.type not in NO_ANSWER and self.calculate is None

    @property
    def has_value(self) -> bool:
        return self.type not in NO_ANSWER

    def shown_to(self, audience: str) -> bool:
        """Whether the field may appear in a copy for ``audience`` (see :data:`AUDIENCES`)."""
        if audience == "offender":
            return self.offender_copy
        if audience == "statistics":
            return self.statistics
        return True


@dataclass(frozen=True)
class SectionDef:
    id: str
    title: Text
    fields: tuple[FieldDef, ...]
    hint: Text | None = None
    relevant: Expr | None = None


@dataclass(frozen=True)
class Level:
    code: str
    min: int


@dataclass(frozen=True)
class ScoringDef:
    """``scoring:`` of a risk checklist: the score, the level thresholds and the override."""

    score: Expr
    levels: tuple[Level, ...]  # ascending by ``min``
    choices: ChoiceList
    override_field: str | None = None
    reason_field: str | None = None

    def level_for(self, score: int) -> str:
        """The level whose threshold is the highest one not above ``score``."""
        chosen = self.levels[0].code
        for level in self.levels:
            if score >= level.min:
                chosen = level.code
        return chosen


@dataclass(frozen=True)
class MissingTranslation:
    """A text without its Kazakh or English version (Russian is shown instead)."""

    form: str
    version: int
    field: str  # a field id, or a path such as "section:visit", "choices:visit_kind/planned"
    language: str

    def __str__(self) -> str:
        return f"{self.form} v{self.version}: {self.field} [{self.language}]"
