"""The functions an expression may call: one table, used by the evaluator and the checker.

Each entry knows its number of arguments, how to check argument kinds before the form is
used (``check``) and how to run (``run``). Adding a function means adding one entry here and
one line in docs/forms.md.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Callable

from inspector_desk.forms.expressions.evaluate import Scope, evaluate, truth
from inspector_desk.forms.expressions.syntax import Call, Literal
from inspector_desk.forms.expressions.values import (
    EvaluationError, as_date, full_years, is_empty, kind_of,
)

if TYPE_CHECKING:
    from inspector_desk.forms.expressions.typecheck import Checker

CheckFn = Callable[["Checker", Call, list[str]], str]
RunFn = Callable[[Call, Scope], Any]


@dataclass(frozen=True)
class Function:
    name: str
    min_args: int
    max_args: int | None
    check: CheckFn
    run: RunFn
    usage: str

    def check_count(self, call: Call) -> None:
        n = len(call.args)
        if n < self.min_args or (self.max_args is not None and n > self.max_args):
            if self.min_args == self.max_args:
                wanted = f"{self.min_args} argument{'s' if self.min_args != 1 else ''}"
            elif self.max_args is None:
                wanted = f"at least {self.min_args} argument{'s' if self.min_args != 1 else ''}"
            else:
                wanted = f"{self.min_args} to {self.max_args} arguments"
            raise EvaluationError(f"{self.usage} takes {wanted}, got {n}", call.pos)


def unify(kinds: list[str]) -> str:
    """The kind of a value that may come from any of ``kinds``."""
    known = {k for k in kinds if k != "null"}
    if not known:
        return "null"
    if len(known) == 1:
        return known.pop()
    return "any"


def _args(call: Call, scope: Scope) -> list[Any]:
    return [evaluate(arg, scope) for arg in call.args]


def _need(call: Call, index: int, value: Any, allowed: tuple[str, ...]) -> str:
    kind = kind_of(value)
    if kind != "null" and kind not in allowed:
        raise EvaluationError(
            f"{call.name}() argument {index + 1} must be {' or '.join(allowed)}, got {kind}",
            call.args[index].pos)
    return kind


# --- run ----------------------------------------------------------------------------------


def _run_selected(call: Call, scope: Scope) -> bool:
    field, code = _args(call, scope)
    kind = _need(call, 0, field, ("list", "text"))
    _need(call, 1, code, ("text",))
    if kind == "null" or code is None:
        return False
    return code in field if kind == "list" else field == code


def _run_count_selected(call: Call, scope: Scope) -> int:
    (value,) = _args(call, scope)
    kind = _need(call, 0, value, ("list", "text"))
    if kind == "null":
        return 0
    return len(value) if kind == "list" else int(not is_empty(value))


def _run_count_yes(call: Call, scope: Scope) -> int:
    values = _args(call, scope) if call.args else scope.yes_no_values(call.pos)
    for index, value in enumerate(values if call.args else []):
        _need(call, index, value, ("text",))
    return sum(1 for value in values if value == "yes")


def _run_date(call: Call, scope: Scope) -> Any:
    (value,) = _args(call, scope)
    _need(call, 0, value, ("text", "date", "datetime"))
    return as_date(value)


def _two_dates(call: Call, scope: Scope) -> tuple[Any, Any]:
    first, second = _args(call, scope)
    _need(call, 0, first, ("date", "datetime"))
    _need(call, 1, second, ("date", "datetime"))
    return as_date(first), as_date(second)


def _run_days_between(call: Call, scope: Scope) -> int | None:
    first, second = _two_dates(call, scope)
    return None if first is None or second is None else (second - first).days


def _run_years_between(call: Call, scope: Scope) -> int | None:
    first, second = _two_dates(call, scope)
    return None if first is None or second is None else full_years(first, second)


def _run_if(call: Call, scope: Scope) -> Any:
    condition = truth(evaluate(call.args[0], scope), "if() condition", call.args[0].pos)
    return evaluate(call.args[1] if condition else call.args[2], scope)


def _run_coalesce(call: Call, scope: Scope) -> Any:
    for arg in call.args:
        value = evaluate(arg, scope)
        if not is_empty(value):
            return value
    return None


def _run_length(call: Call, scope: Scope) -> int:
    (value,) = _args(call, scope)
    kind = _need(call, 0, value, ("text", "list"))
    return 0 if kind == "null" else len(value)


def _run_is_empty(call: Call, scope: Scope) -> bool:
    (value,) = _args(call, scope)
    return is_empty(value)


def _text_and_day(call: Call, scope: Scope) -> tuple[Any, dt.date | None]:
    """The two arguments of legal(), in_force() and age(): a text, and a date or date-time
    (its day)."""
    text, day = _args(call, scope)
    _need(call, 0, text, ("text",))
    _need(call, 1, day, ("date", "datetime"))
    return text, as_date(day)


def _ask_legal(question: str) -> RunFn:
    """legal(fact, day) and in_force(code, day): ``question`` asked of the legal reference
    (``value`` or ``in_force``); ``None`` without one or without both arguments."""
    def run(call: Call, scope: Scope) -> Any:
        name, day = _text_and_day(call, scope)
        legal = getattr(scope.context, "legal", None)
        if legal is None or name is None or day is None:
            return None
        return getattr(legal, question)(name, day)
    return run


def _run_age(call: Call, scope: Scope) -> int | None:
    person, day = _text_and_day(call, scope)
    born = (getattr(scope.context, "birth_dates", None) or {}).get(person) if person else None
    if born is None or day is None:
        return None
    return full_years(born, day)


def _run_role_of(call: Call, scope: Scope) -> str | None:
    (person,) = _args(call, scope)
    _need(call, 0, person, ("text",))
    return (getattr(scope.context, "roles", None) or {}).get(person) if person else None


def _run_add_months(call: Call, scope: Scope) -> Any:
    day, months = _args(call, scope)
    _need(call, 0, day, ("date", "datetime"))
    _need(call, 1, months, ("number",))
    if day is None or months is None:
        return None
    if int(months) != months or abs(months) > 1200:
        raise EvaluationError("add_months() takes a whole number of months (at most 1200)",
                              call.args[1].pos)
    start = as_date(day)
    index = start.year * 12 + start.month - 1 + int(months)
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        return None
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(start.day, last))


def _run_hours_between(call: Call, scope: Scope) -> Decimal | None:
    first, second = _args(call, scope)
    _need(call, 0, first, ("datetime",))
    _need(call, 1, second, ("datetime",))
    if first is None or second is None:
        return None
    minutes = int((second - first).total_seconds() // 60)
    return Decimal(minutes) / Decimal(60)


# --- check --------------------------------------------------------------------------------


def _fixed(result: str, *allowed: tuple[str, ...]) -> CheckFn:
    def check(checker: "Checker", call: Call, kinds: list[str]) -> str:
        for index, kind in enumerate(kinds):
            checker.expect(call, index, kind, allowed[min(index, len(allowed) - 1)])
        return result
    return check


def _check_selected(checker: "Checker", call: Call, kinds: list[str]) -> str:
    checker.expect(call, 0, kinds[0], ("list", "text"))
    checker.expect(call, 1, kinds[1], ("text",))
    checker.check_code(call.args[0], call.args[1])
    return "bool"


def _check_date(checker: "Checker", call: Call, kinds: list[str]) -> str:
    checker.expect(call, 0, kinds[0], ("text", "date", "datetime"))
    arg = call.args[0]
    if isinstance(arg, Literal) and isinstance(arg.value, str) and as_date(arg.value) is None:
        checker.fail(f"date('{arg.value}') is not a date; write it as 'YYYY-MM-DD'", arg.pos)
    return "date"


def _check_legal(checker: "Checker", call: Call, kinds: list[str]) -> str:
    checker.expect(call, 0, kinds[0], ("text",))
    checker.expect(call, 1, kinds[1], ("date", "datetime"))
    arg = call.args[0]
    if not (isinstance(arg, Literal) and isinstance(arg.value, str)
            and re.fullmatch(r"[a-z][a-z0-9_]{0,63}", arg.value)):
        checker.fail("legal() names its fact as a literal id: legal('order_term_days', date)",
                     arg.pos)
    return "number"


def _check_if(checker: "Checker", call: Call, kinds: list[str]) -> str:
    checker.expect(call, 0, kinds[0], ("bool",))
    return unify(kinds[1:])


def _check_coalesce(checker: "Checker", call: Call, kinds: list[str]) -> str:
    return unify(kinds)


FUNCTIONS: dict[str, Function] = {f.name: f for f in (
    Function("selected", 2, 2, _check_selected, _run_selected, "selected(${field}, 'code')"),
    Function("count_selected", 1, 1, _fixed("number", ("list", "text")), _run_count_selected,
             "count_selected(${field})"),
    Function("count_yes", 0, None, _fixed("number", ("text",)), _run_count_yes,
             "count_yes(${a}, ${b}, ...)"),
    Function("today", 0, 0, _fixed("date"), lambda call, scope: scope.today, "today()"),
    Function("now", 0, 0, _fixed("datetime"), lambda call, scope: scope.now, "now()"),
    Function("date", 1, 1, _check_date, _run_date, "date(x)"),
    Function("days_between", 2, 2, _fixed("number", ("date", "datetime")), _run_days_between,
             "days_between(a, b)"),
    Function("years_between", 2, 2, _fixed("number", ("date", "datetime")), _run_years_between,
             "years_between(a, b)"),
    Function("legal", 2, 2, _check_legal, _ask_legal("value"), "legal('fact_id', date)"),
    Function("in_force", 2, 2, _fixed("bool", ("text",), ("date", "datetime")), _ask_legal("in_force"),
             "in_force(${code}, date)"),
    Function("age", 2, 2, _fixed("number", ("text",), ("date", "datetime")), _run_age,
             "age(${person}, date)"),
    Function("role_of", 1, 1, _fixed("text", ("text",)), _run_role_of, "role_of(${person})"),
    Function("add_months", 2, 2, _fixed("date", ("date", "datetime"), ("number",)),
             _run_add_months, "add_months(date, n)"),
    Function("hours_between", 2, 2, _fixed("number", ("datetime",)), _run_hours_between,
             "hours_between(a, b)"),
    Function("if", 3, 3, _check_if, _run_if, "if(condition, a, b)"),
    Function("coalesce", 1, None, _check_coalesce, _run_coalesce, "coalesce(a, b, ...)"),
    Function("length", 1, 1, _fixed("number", ("text", "list", "rows")), _run_length,
             "length(x)"),
    Function("is_empty", 1, 1, _fixed("bool", ("null", "bool", "number", "text", "date",
                                                "datetime", "time", "list", "rows")),
             _run_is_empty, "is_empty(x)"),
)}
