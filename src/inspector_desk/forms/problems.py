"""Errors in form definitions, worded so the person who made the typo finds it at once.

Every problem says where it is: ``form prevention_visit v1, field next_visit, expression
position 14 (constraint 1): unexpected ')'``. A definition with problems raises one
:class:`FormDefinitionError` listing all of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from inspector_desk.core.errors import ExpressionError, FormError
from inspector_desk.forms.expressions import PositionedError


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a definition, choice list or sample file."""

    message: str
    form: str | None = None
    version: int | None = None
    field: str | None = None
    where: str | None = None  # e.g. "label", "section visit", "constraint 1"
    position: int | None = None  # in an expression, 1-based
    source: str | None = None  # file name or "<memory>"

    def location(self) -> str:
        parts = []
        if self.form:
            parts.append(f"form {self.form}" + (f" v{self.version}" if self.version else ""))
        if self.field:
            parts.append(f"field {self.field}")
        if self.position is not None:
            parts.append(f"expression position {self.position}"
                         + (f" ({self.where})" if self.where else ""))
        elif self.where:
            parts.append(self.where)
        return ", ".join(parts)

    def __str__(self) -> str:
        location = self.location()
        return f"{location}: {self.message}" if location else self.message

    def with_source(self) -> str:
        """The problem prefixed with its file, for command-line reports."""
        return f"{self.source}: {self}" if self.source else str(self)


class FormDefinitionError(FormError):
    """A definition that cannot be loaded. ``problems`` lists every problem found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)
        first = self.problems[0] if self.problems else None
        more = len(self.problems) - 1
        text = str(first) if first else "invalid form definition"
        if more > 0:
            text += f" (and {more} more problem{'s' if more > 1 else ''})"
        params: dict[str, Any] = {"problems": [str(p) for p in self.problems]}
        if first is not None:
            params.update(form=first.form, version=first.version, field=first.field,
                          position=first.position, source=first.source)
        super().__init__(text, **params)

    def messages(self) -> list[str]:
        return [str(p) for p in self.problems]


class FormExpressionError(ExpressionError):
    """An expression problem met while a form is used, with the form, version and field.

    ``params``: form, version, field, where (relevant, calculate, constraint N, ...),
    position (1-based), detail. Raised ``from`` the original positioned error.
    """

    def __init__(self, problem: Problem, detail: str) -> None:
        super().__init__(str(problem), form=problem.form, version=problem.version,
                         field=problem.field, where=problem.where, position=problem.position,
                         detail=detail)
        self.problem = problem
        self.detail = detail
        self.position = problem.position


def expression_error(exc: PositionedError, *, form: str | None, version: int | None,
                     field: str | None, where: str | None) -> FormExpressionError:
    """``exc`` with the form, version and field it belongs to (raise it ``from exc``)."""
    problem = Problem(exc.detail, form=form, version=version, field=field, where=where,
                      position=exc.position)
    return FormExpressionError(problem, exc.detail)
