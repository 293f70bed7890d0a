"""Evaluation of a syntax tree by walking it.

Rules for empty values (``null``), chosen so that a missing answer never makes a form
unusable:

* ``=`` and ``!=`` treat ``null`` as a value: ``null = null`` is true, ``null = 'x'`` false.
* ``<``, ``<=``, ``>``, ``>=``, arithmetic and ``-x`` give ``null`` when a side is ``null``.
* ``and``/``or``/``not`` use three-valued logic (``false and null`` is false,
  ``true or null`` is true, anything else with ``null`` is ``null``).
* The form engine reads a ``null`` result as "no": a field whose relevance is ``null`` is
  hidden, a ``null`` required-condition means optional, and a ``null`` constraint passes
  (the required check is the place to insist on an answer).
* Division by zero and dates outside the calendar give ``null``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

from inspector_desk.forms.expressions.syntax import (
    COMPARISONS, Binary, Call, Current, FieldRef, Literal, Node, Unary,
)
from inspector_desk.forms.expressions.values import ORDERED, EvaluationError, kind_of


class Scope(Protocol):
    """What an expression can see while it runs."""

    today: dt.date
    now: dt.datetime
    context: Any  # the FormContext: persons' birth dates and roles, the legal reference

    def field(self, name: str, position: int) -> Any:
        """The typed value of ``${name}`` (``None`` when empty or not relevant)."""
        ...

    def current(self, position: int) -> Any:
        """The value of ``.`` (the field a constraint belongs to)."""
        ...

    def yes_no_values(self, position: int) -> list[Any]:
        """Values of every yes/no/unknown field of the form, for ``count_yes()``."""
        ...


def evaluate(node: Node, scope: Scope) -> Any:
    """The value of ``node`` in ``scope``; raises :class:`EvaluationError` on a type error."""
    if isinstance(node, Literal):
        return node.value
    if isinstance(node, FieldRef):
        return scope.field(node.name, node.pos)
    if isinstance(node, Current):
        return scope.current(node.pos)
    if isinstance(node, Unary):
        return _unary(node, scope)
    if isinstance(node, Binary):
        if node.op in ("and", "or"):
            return _logic(node, scope)
        left, right = evaluate(node.left, scope), evaluate(node.right, scope)
        if node.op in COMPARISONS:
            return compare(node.op, left, right, node.pos)
        return arithmetic(node.op, left, right, node.pos)
    if isinstance(node, Call):
        from inspector_desk.forms.expressions.functions import FUNCTIONS

        function = FUNCTIONS.get(node.name)
        if function is None:
            raise EvaluationError(f"unknown function '{node.name}'", node.pos)
        function.check_count(node)
        return function.run(node, scope)
    raise EvaluationError(f"unknown syntax node {type(node).__name__}", 1)


def _unary(node: Unary, scope: Scope) -> Any:
    value = evaluate(node.operand, scope)
    kind = kind_of(value)
    if kind == "null":
        return None
    if node.op == "not":
        if kind != "bool":
            raise EvaluationError(f"'not' needs true or false, got {kind}", node.pos)
        return not value
    if kind != "number":
        raise EvaluationError(f"'-' needs a number, got {kind}", node.pos)
    return -value


def truth(value: Any, what: str, position: int) -> bool | None:
    """``value`` as a three-valued truth: True, False or None (null)."""
    kind = kind_of(value)
    if kind == "null":
        return None
    if kind != "bool":
        raise EvaluationError(f"{what} needs true or false, got {kind}", position)
    return value


def _logic(node: Binary, scope: Scope) -> bool | None:
    left = truth(evaluate(node.left, scope), f"'{node.op}'", node.pos)
    if node.op == "and" and left is False:
        return False
    if node.op == "or" and left is True:
        return True
    right = truth(evaluate(node.right, scope), f"'{node.op}'", node.pos)
    if node.op == "and":
        if right is False:
            return False
        return None if left is None or right is None else True
    if right is True:
        return True
    return None if left is None or right is None else False


def compare(op: str, left: Any, right: Any, position: int) -> bool | None:
    lk, rk = kind_of(left), kind_of(right)
    if op in ("=", "!="):
        if lk == "null" or rk == "null":
            equal = lk == rk
        elif lk != rk:
            raise EvaluationError(f"cannot compare {lk} with {rk}", position)
        else:
            equal = left == right
        return equal if op == "=" else not equal
    if lk == "null" or rk == "null":
        return None
    if lk != rk:
        hint = "; use date(...) to take the date of a datetime" \
            if {lk, rk} == {"date", "datetime"} else ""
        raise EvaluationError(f"cannot compare {lk} with {rk}{hint}", position)
    if lk not in ORDERED:
        raise EvaluationError(f"'{op}' cannot order {lk} values", position)
    if op == "<":
        return left < right
    if op == "<=":
        return left <= right
    if op == ">":
        return left > right
    return left >= right


def arithmetic(op: str, left: Any, right: Any, position: int) -> Any:
    lk, rk = kind_of(left), kind_of(right)
    if lk == "null" or rk == "null":
        return None
    if lk == "number" and rk == "number":
        try:
            if op == "+":
                return left + right
            if op == "-":
                return left - right
            if op == "*":
                return left * right
            if right == 0:
                return None
            return Decimal(left) / Decimal(right)
        except (ArithmeticError, InvalidOperation) as exc:  # Decimal overflow and the like
            raise EvaluationError(f"number out of range ({type(exc).__name__})", position) from exc
    if op in ("+", "-") and lk in ("date", "datetime") and rk == "number":
        return _shift(left, right if op == "+" else -right, position)
    if op == "+" and lk == "number" and rk in ("date", "datetime"):
        return _shift(right, left, position)
    if lk in ("date", "datetime") and rk in ("date", "datetime") and op == "-":
        raise EvaluationError("use days_between(a, b) to subtract dates", position)
    raise EvaluationError(f"'{op}' cannot combine {lk} and {rk}", position)


def _shift(day: dt.date, days: int | Decimal, position: int) -> dt.date | None:
    if days != int(days):
        raise EvaluationError("dates move by whole days only", position)
    try:
        return day + dt.timedelta(days=int(days))
    except OverflowError:
        return None
