"""A loaded form version: checking answers, calculating, rendering, scoring.

All public methods take the answers as a plain mapping (``field id -> answer``; a repeated
group's answer is a list of such mappings) and a :class:`FormContext`.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any, Callable, Iterator, Mapping, TypeVar

from inspector_desk.core.errors import FormError
from inspector_desk.forms.answers import AnswerError, coerce, to_storage
from inspector_desk.forms.context import FormContext
from inspector_desk.forms.expressions import PositionedError, evaluate, is_empty
from inspector_desk.forms.expressions.values import EvaluationError
from inspector_desk.forms.messages import FieldError, validation_error
from inspector_desk.forms.model import (
    AUDIENCES, ChoiceList, Expr, FieldDef, MissingTranslation, ScoringDef, SectionDef, Text,
)
from inspector_desk.forms.problems import expression_error

_T = TypeVar("_T")


@dataclass(frozen=True)
class RiskResult:
    """The outcome of a risk checklist (see :meth:`Form.assess`)."""

    score: int
    computed_level: str
    final_level: str
    override_reason: str | None = None

    @property
    def overridden(self) -> bool:
        return self.final_level != self.computed_level or bool(self.override_reason)


@dataclass(frozen=True)
class Instrument:
    name: Text
    status: str  # "validated" | "not_validated"
    note: Text | None = None


@dataclass(frozen=True)
class Form:
    """One version of one form. Build it with :class:`~inspector_desk.forms.FormRegistry`."""

    id: str
    version: int
    title: Text
    sections: tuple[SectionDef, ...]
    definition: Mapping[str, Any] = dataclass_field(repr=False)
    description: Text | None = None
    scoring: ScoringDef | None = None
    source: str = "<memory>"
    missing_translations: tuple[MissingTranslation, ...] = ()
    choice_lists: Mapping[str, ChoiceList] = dataclass_field(default_factory=dict, repr=False)
    digest: str = ""

    # --- looking things up -----------------------------------------------------------------

    def fields(self) -> Iterator[FieldDef]:
        """Every field in order, each group followed by its children."""
        for section in self.sections:
            for top in section.fields:
                yield top
                yield from top.children

    def field(self, field_id: str) -> FieldDef:
        for candidate in self.fields():
            if candidate.id == field_id:
                return candidate
        raise KeyError(field_id)

    def top_fields(self) -> Iterator[FieldDef]:
        for section in self.sections:
            yield from section.fields

    def defaults(self) -> dict[str, Any]:
        """Answers to start a new record with (the definition's ``default`` values)."""
        return {f.id: copy.deepcopy(f.default) for f in self.fields()
                if f.default is not None and f.group is None}

    def __str__(self) -> str:
        return f"{self.id} v{self.version}"

    # --- the four operations ---------------------------------------------------------------

    def validate(self, answers: Mapping[str, Any], context: FormContext) -> list[FieldError]:
        """Every problem with ``answers``, field by field in form order, then unknown keys.

        Answers of fields that are not relevant are ignored; calculated fields are
        recalculated (an answer given for one is ignored).
        """
        return self.check(answers, context)[0]

    def check(self, answers: Mapping[str, Any],
              context: FormContext) -> tuple[list[FieldError], dict[str, Any]]:
        """``validate`` and ``compute`` in one pass (relevance and calculations evaluated
        once): the errors, and the clean record (meaningful only when there are none)."""
        if not isinstance(answers, Mapping):
            return [FieldError("", "not_an_object")], {}
        run = _Run(self, answers, context)
        errors: list[FieldError] = []
        for top in self.top_fields():
            errors.extend(run.check(top, None, top.id))
        known = {f.id for f in self.top_fields()}
        errors.extend(FieldError(key, "unknown_field", {"field": key})
                      for key in answers if key not in known)
        if errors:
            return errors, {}
        out: dict[str, Any] = {}
        for top in self.top_fields():
            value = run.stored(top, None)
            if value is not None:
                out[top.id] = value
        return errors, out

    def warnings(self, answers: Mapping[str, Any], context: FormContext) -> list[FieldError]:
        """What the ``severity: warning`` constraints say about ``answers``: shown at the
        field, never a reason to refuse a save (legal bounds that are not confirmed, a basis
        not in force on the record's date). Code ``warning``, the definition's message."""
        if not isinstance(answers, Mapping):
            return []
        run = _Run(self, answers, context)
        out: list[FieldError] = []
        for top in self.top_fields():
            out.extend(run.check(top, None, top.id, "warning"))
        return out

    @property
    def instrument(self) -> "Instrument | None":
        """The risk instrument a checklist declares (name, validation status, note)."""
        raw = self.definition.get("instrument") if isinstance(self.definition, Mapping) else None
        if not raw:
            return None
        return Instrument(Text.from_mapping(raw["name"]), raw["status"],  # type: ignore[arg-type]
                          Text.from_mapping(raw.get("note")))

    def compute(self, answers: Mapping[str, Any], context: FormContext) -> dict[str, Any]:
        """The clean record: answers of relevant fields (as given) plus calculated fields.

        Answers of fields that are not relevant and unknown keys are left out; calculated
        values are in storage form (dates as ``YYYY-MM-DD`` and so on).
        """
        run = _Run(self, answers if isinstance(answers, Mapping) else {}, context)
        out: dict[str, Any] = {}
        for top in self.top_fields():
            value = run.stored(top, None)
            if value is not None:
                out[top.id] = value
        return out

    def relevant_fields(self, answers: Mapping[str, Any], context: FormContext) -> list[str]:
        """Ids of the fields to show, in order; inside a group ``group[row].child``."""
        run = _Run(self, answers if isinstance(answers, Mapping) else {}, context)
        out: list[str] = []
        for top in self.top_fields():
            if not run.relevant(top, None):
                continue
            out.append(top.id)
            for row in range(run.row_count(top)):
                out.extend(f"{top.id}[{row}].{child.id}" for child in top.children
                           if run.relevant(child, row))
        return out

    def render(self, answers: Mapping[str, Any], context: FormContext, lang: str | None = None,
               audience: str = "internal") -> list["RenderedSection"]:
        """Sections of visible fields with labels and formatted values, for a screen or print.

        ``audience``: ``internal`` (everything), ``offender`` (drops fields marked
        ``privacy: {offender_copy: false}``) or ``statistics`` (drops ``statistics: false``).
        """
        from inspector_desk.forms.render import render_form

        if audience not in AUDIENCES:
            raise ValueError(f"unknown audience {audience!r}; use one of {', '.join(AUDIENCES)}")
        run = _Run(self, answers if isinstance(answers, Mapping) else {}, context)
        return render_form(self, run, lang or context.lang, audience)

    def redact(self, answers: Mapping[str, Any], audience: str) -> dict[str, Any]:
        """``answers`` without the fields that ``audience`` must not receive (for exports)."""
        if audience not in AUDIENCES:
            raise ValueError(f"unknown audience {audience!r}; use one of {', '.join(AUDIENCES)}")
        out: dict[str, Any] = {}
        for top in self.top_fields():
            if top.id not in answers or not top.shown_to(audience):
                continue
            value = answers[top.id]
            if top.type == "group" and isinstance(value, list):
                allowed = {c.id for c in top.children if c.shown_to(audience)}
                value = [{k: v for k, v in row.items() if k in allowed}
                         for row in value if isinstance(row, Mapping)]
            out[top.id] = copy.deepcopy(value)
        return out

    def assess(self, answers: Mapping[str, Any], context: FormContext) -> RiskResult:
        """Score a risk checklist: the score, the level it gives, and the final level.

        Raises :class:`ValidationError` (with ``field_errors``) when the answers are not
        valid, including an override without its reason.
        """
        if self.scoring is None:
            raise FormError(f"form {self} has no scoring block", form=self.id, version=self.version)
        scoring = self.scoring
        errors = self.validate(answers, context)
        run = _Run(self, answers if isinstance(answers, Mapping) else {}, context)
        override = run.top_value(scoring.override_field) if scoring.override_field else None
        reason = run.top_value(scoring.reason_field) if scoring.reason_field else None
        if override is not None and is_empty(reason) and scoring.reason_field and \
                not any(e.field in (scoring.reason_field, scoring.override_field) for e in errors):
            errors.append(FieldError(scoring.reason_field, "override_reason_required"))
        if errors:
            raise validation_error(errors, form=self.id, version=self.version)
        score = run.evaluate(scoring.score, None, None, "scoring, score")
        score = int(score) if score is not None else 0
        computed = scoring.level_for(score)
        reason_text = reason.strip() if isinstance(reason, str) and reason.strip() else None
        return RiskResult(score, computed, override or computed, reason_text)


class _Scope:
    """What an expression sees: the run, the field it belongs to, its row in a group."""

    def __init__(self, run: "_Run", owner: FieldDef | None, row: int | None,
                 current: Any = None) -> None:
        self.run, self.owner, self.row, self._current = run, owner, row, current
        self.today, self.now, self.context = run.context.today, run.context.now, run.context

    def field(self, name: str, position: int) -> Any:
        target = self.run.form_fields.get(name)
        if target is None:
            raise EvaluationError(f"unknown field '{name}'", position)
        if target.group is not None:
            if self.owner is None or self.owner.group != target.group or self.row is None:
                raise EvaluationError(f"field '{name}' is only visible inside its group", position)
            return self.run.value(target, self.row)
        return self.run.value(target, None)

    def current(self, position: int) -> Any:
        return self._current

    def yes_no_values(self, position: int) -> list[Any]:
        owner = self.owner.id if self.owner else None
        return [self.run.value(f, None) for f in self.run.form.top_fields()
                if f.type == "yes_no_unknown" and f.id != owner]


class _Run:
    """One pass over one set of answers: typed values, relevance and calculations, memoised."""

    def __init__(self, form: Form, answers: Mapping[str, Any], context: FormContext) -> None:
        self.form, self.answers, self.context = form, answers, context
        self.form_fields = {f.id: f for f in form.fields()}
        self.sections = {s.id: s for s in form.sections}
        self._relevant: dict[tuple[str, int | None], bool] = {}
        self._values: dict[tuple[str, int | None], Any] = {}
        self._busy: set[tuple[str, str, int | None]] = set()

    # --- raw answers and typed values ------------------------------------------------------

    def raw(self, field: FieldDef, row: int | None) -> Any:
        if field.group is None:
            return self.answers.get(field.id)
        rows = self.answers.get(field.group)
        if not isinstance(rows, list) or row is None or row >= len(rows) or \
                not isinstance(rows[row], Mapping):
            return None
        return rows[row].get(field.id)

    def typed(self, field: FieldDef, row: int | None) -> tuple[Any, AnswerError | None]:
        try:
            return coerce(field, self.raw(field, row), self.context.persons), None
        except AnswerError as exc:
            return None, exc

    def row_count(self, group: FieldDef) -> int:
        rows = self.answers.get(group.id)
        return len(rows) if isinstance(rows, list) else 0

    # --- relevance and values --------------------------------------------------------------

    def _once(self, kind: str, cache: dict[tuple[str, int | None], _T], field: FieldDef,
              row: int | None, compute: Callable[[FieldDef, int | None], _T]) -> _T:
        """``compute(field, row)``, kept in ``cache``; a field met again while its own ``kind``
        is being computed is a cycle."""
        key = (field.id, row)
        if key in cache:
            return cache[key]
        busy = (kind, field.id, row)
        if busy in self._busy:  # the loader refuses cycles; this is a last line of defence
            raise FormError(f"form {self.form}: calculation cycle at field {field.id}",
                            form=self.form.id, version=self.form.version, field=field.id)
        self._busy.add(busy)
        try:
            result = compute(field, row)
        finally:
            self._busy.discard(busy)
        cache[key] = result
        return result

    def relevant(self, field: FieldDef, row: int | None) -> bool:
        return self._once("rel", self._relevant, field, row, self._shown)

    def _shown(self, field: FieldDef, row: int | None) -> bool:
        if field.group is not None:
            shown = self.relevant(self.form_fields[field.group], None)
        else:
            section = self.sections[field.section]
            where = f"section {section.id}, relevant"
            shown = section.relevant is None or \
                self.evaluate(section.relevant, None, None, where) is True
        if shown and field.relevant is not None:
            shown = self.evaluate(field.relevant, field, row, "relevant") is True
        return shown

    def value(self, field: FieldDef, row: int | None) -> Any:
        """The typed value a field has for expressions: ``None`` when hidden, empty or invalid."""
        return self._once("val", self._values, field, row, self._value_now)

    def _value_now(self, field: FieldDef, row: int | None) -> Any:
        if not field.has_value or not self.relevant(field, row):
            return None
        if field.calculate is not None:
            return self._calculated(field, row)
        if field.type == "group":
            return [{child.id: self.value(child, index) for child in field.children}
                    for index in range(self.row_count(field))]
        result, _error = self.typed(field, row)
        return result

    def top_value(self, field_id: str) -> Any:
        return self.value(self.form_fields[field_id], None)

    def _calculated(self, field: FieldDef, row: int | None) -> Any:
        assert field.calculate is not None
        result = self.evaluate(field.calculate, field, row, "calculate")
        if result is None:
            return None
        try:
            return coerce(field, to_storage(field, result))
        except AnswerError as exc:
            raise expression_error(
                EvaluationError(f"the calculation gave a value that is not a valid {field.type}"
                                f" ({exc.code})", 1),
                form=self.form.id, version=self.form.version, field=field.id,
                where="calculate") from exc

    def evaluate(self, expr: Expr, owner: FieldDef | None, row: int | None, where: str,
                 current: Any = None) -> Any:
        try:
            return evaluate(expr.tree, _Scope(self, owner, row, current))
        except PositionedError as exc:
            raise expression_error(exc, form=self.form.id, version=self.form.version,
                                   field=owner.id if owner else None, where=where) from exc

    # --- checking one field ----------------------------------------------------------------

    def required(self, field: FieldDef, row: int | None) -> bool:
        if field.required:
            return True
        if field.required_if is not None:
            return self.evaluate(field.required_if, field, row, "required") is True
        return False

    def check(self, field: FieldDef, row: int | None, path: str,
              severity: str = "error") -> list[FieldError]:
        """Errors of one field (and of a group's rows); with ``severity="warning"`` only the
        warnings of the field's ``severity: warning`` constraints (code ``warning``)."""
        warn = severity == "warning"
        if not self.relevant(field, row):
            return []
        raw = self.raw(field, row)
        if field.type in ("note", "signature"):
            return [] if is_empty(raw) or warn else [FieldError(path, "not_answerable")]
        if field.calculate is not None:
            return []
        value, error = self.typed(field, row)
        if error is not None:
            return [] if warn else [FieldError(path, error.code, error.params)]
        if value is None:
            if warn:
                return []
            if self.required(field, row):
                return [FieldError(path, "required")]
            if field.type == "group" and field.repeat_min > 0:
                return [FieldError(path, "too_few_rows", {"min": field.repeat_min})]
            return []
        if field.type == "group":
            return self._check_rows(field, value, path, severity)
        errors = []
        for index, constraint in enumerate(field.constraints, start=1):
            if constraint.severity != severity:
                continue
            ok = self.evaluate(constraint.expr, field, row, f"constraint {index}", current=value)
            if ok is False:
                errors.append(FieldError(path, "warning" if warn else "constraint",
                                         {"index": index}, constraint.message))
        return errors

    def _check_rows(self, group: FieldDef, rows: list[Mapping[str, Any]],
                    path: str, severity: str = "error") -> list[FieldError]:
        warn = severity == "warning"
        errors = []
        if len(rows) < group.repeat_min and not warn:
            errors.append(FieldError(path, "too_few_rows", {"min": group.repeat_min}))
        if len(rows) > group.repeat_max:
            return [] if warn else errors + [FieldError(path, "too_many_rows",
                                                        {"max": group.repeat_max})]
        known = {child.id for child in group.children}
        for index, row in enumerate(rows):
            for child in group.children:
                errors.extend(self.check(child, index, f"{path}[{index}].{child.id}", severity))
            if not warn:
                errors.extend(FieldError(f"{path}[{index}].{key}", "unknown_field",
                                         {"field": key}) for key in row if key not in known)
        return errors

    # --- the clean record ------------------------------------------------------------------

    def stored(self, field: FieldDef, row: int | None) -> Any:
        """What :meth:`Form.compute` keeps for a field (``None``: leave it out)."""
        if not field.has_value or not self.relevant(field, row):
            return None
        if field.calculate is not None:
            value = self.value(field, row)
            return None if value is None else to_storage(field, value)
        if field.type == "group":
            rows = []
            for index in range(self.row_count(field)):
                kept = {}
                for child in field.children:
                    value = self.stored(child, index)
                    if value is not None:
                        kept[child.id] = value
                rows.append(kept)
            return rows or None
        raw = self.raw(field, row)
        return None if is_empty(raw) else copy.deepcopy(raw)


@dataclass(frozen=True)
class RenderedField:
    """One line of a rendered form. Unpacks as ``(field_id, label, value)``; ``type`` is the
    field type (a ``signature`` has an empty value: the document draws a line)."""

    field_id: str
    label: str
    value: str
    type: str = "text"

    def __iter__(self) -> Iterator[str]:
        return iter((self.field_id, self.label, self.value))


@dataclass(frozen=True)
class RenderedSection:
    id: str
    title: str
    fields: list[RenderedField]

    def __iter__(self) -> Iterator[Any]:
        return iter((self.title, self.fields))


__all__ = ["Form", "RenderedField", "RenderedSection", "RiskResult"]
