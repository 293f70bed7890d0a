"""The expression language: grammar, null rules, functions, positions, and hostile input."""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector_desk.core.errors import ExpressionError
from inspector_desk.forms.expressions import (
    MAX_DEPTH, MAX_LENGTH, Checker, EvaluationError, ExpressionSyntaxError, ExpressionTypeError,
    FieldInfo, evaluate, parse,
)


class Answers:
    """A plain scope over a dict of typed values (the form engine has its own)."""

    def __init__(self, values: dict[str, Any] | None = None, current: Any = None) -> None:
        self.values = values or {}
        self._current = current
        self.today = dt.date(2026, 3, 10)
        self.now = dt.datetime(2026, 3, 10, 16, 0)

    def field(self, name: str, position: int) -> Any:
        return self.values.get(name)

    def current(self, position: int) -> Any:
        return self._current

    def yes_no_values(self, position: int) -> list[Any]:
        return [v for k, v in self.values.items() if k.startswith("q")]


VALUES = {
    "n": 5, "d": Decimal("2.5"), "t": "abc", "day": dt.date(2026, 1, 31),
    "moment": dt.datetime(2026, 3, 1, 10, 0), "m": ["x", "y"], "kind": "planned",
    "q1": "yes", "q2": "no", "q3": "yes", "q4": "unknown", "empty": None,
}


def run(text: str, current: Any = None, **values: Any) -> Any:
    return evaluate(parse(text), Answers({**VALUES, **values}, current))


# --- grammar and semantics --------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("1 + 2 * 3", 7),
    ("(1 + 2) * 3", 9),
    ("10 - 2 - 3", 5),
    ("-${n} + 10", 5),
    ("7 / 2", Decimal("3.5")),
    ("${d} * 2", Decimal("5.0")),
    ("1 / 0", None),
    ("'it''s'", "it's"),
    ('"double"', "double"),
    ("${n} >= 1 and ${n} <= 60", True),
    ("not ${n} = 5", False),
    ("not (${n} = 5) or true", True),
    ("${kind} = 'planned' and ${t} != 'x'", True),
    ("true or false and false", True),  # and binds tighter than or
    ("${empty} = null", True),
    ("${empty} != 'x'", True),
    ("${empty} < 3", None),
    ("${empty} + 1", None),
    ("false and ${empty} > 1", False),
    ("true or ${empty} > 1", True),
    ("true and ${empty} > 1", None),
    ("not (${empty} > 1)", None),
    ("${day} + 1", dt.date(2026, 2, 1)),
    ("30 + ${day}", dt.date(2026, 3, 2)),
    ("${day} - 31", dt.date(2025, 12, 31)),
    ("${moment} + 1", dt.datetime(2026, 3, 2, 10, 0)),
])
def test_operators(text: str, expected: Any) -> None:
    result = run(text)
    assert result == expected and type(result) is type(expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("selected(${m}, 'x')", True),
    ("selected(${m}, 'z')", False),
    ("selected(${empty}, 'z')", False),
    ("selected(${kind}, 'planned')", True),
    ("count_selected(${m})", 2),
    ("count_selected(${empty})", 0),
    ("count_yes()", 2),
    ("count_yes(${q1}, ${q2}, ${q3}, 'yes')", 3),
    ("today()", dt.date(2026, 3, 10)),
    ("now()", dt.datetime(2026, 3, 10, 16, 0)),
    ("date('2025-01-31')", dt.date(2025, 1, 31)),
    ("date(${moment})", dt.date(2026, 3, 1)),
    ("date('not a date')", None),
    ("days_between(${day}, today())", 38),
    ("days_between(today(), ${day})", -38),
    ("days_between(${moment}, today())", 9),
    ("years_between(date('2000-03-10'), today())", 26),
    ("years_between(date('2000-03-11'), today())", 25),
    ("years_between(date('2024-02-29'), date('2025-02-28'))", 0),
    ("years_between(${empty}, today())", None),
    ("if(${n} > 3, 'big', 'small')", "big"),
    ("if(${empty} > 3, 'big', 'small')", "small"),
    ("if(true, 1, 1 / 0)", 1),
    ("coalesce(${empty}, '', 'x')", "x"),
    ("coalesce(${empty})", None),
    ("length('абв')", 3),
    ("length(${m})", 2),
    ("length(${empty})", 0),
    ("is_empty(${empty})", True),
    ("is_empty('  ')", True),
    ("is_empty(0)", False),
    ("is_empty(${m})", False),
])
def test_functions(text: str, expected: Any) -> None:
    assert run(text) == expected


def test_dot_is_the_current_value() -> None:
    assert run(". >= 1 and . <= 60", current=45) is True
    assert run(". >= 1 and . <= 60", current=90) is False


def test_date_shift_out_of_the_calendar_gives_null() -> None:
    assert run("${day} + 999999999") is None


@pytest.mark.parametrize(("text", "position", "detail"), [
    ("1 +", 4, "expression ends too early"),
    ("(1", 3, "expected ')' to close the '(' at position 1, found end of expression"),
    ("${n} == 1", 6, "use '=' to compare, not '=='"),
    ("${n} <> 1", 6, "use '!=' for 'not equal', not '<>'"),
    ("${a} && ${b}", 6, "use 'and' / 'or' instead of '&&'"),
    ("!${a}", 1, "use 'not' instead of '!'"),
    ("1 < 2 < 3", 7, "comparisons cannot be chained; join them with 'and'"),
    ("visit_at > 1", 1, "unknown name 'visit_at': write a field as ${visit_at}, text in quotes, "
                        "or call a function with ()"),
    ("'abc", 1, "text literal is not closed"),
    ("${}", 1, "a field reference needs a field id starting with a letter, like ${visit_at}"),
    ("${_x}", 1, "a field reference needs a field id starting with a letter, like ${visit_at}"),
    ("${abc", 1, "field reference is not closed with '}'"),
    ("$abc", 1, "'$' must start a field reference like ${field_id}"),
    ("1 2", 3, "unexpected '2'"),
    ("12abc", 3, "unexpected 'a' after a number"),
    ("f(1,)", 5, "unexpected ')'"),
    ("and 1", 1, "'and' needs a value on its left"),
    ("1 + ;", 5, "unexpected character ';'"),
    ("", 1, "empty expression"),
    ("   ", 1, "empty expression"),
])
def test_syntax_errors_say_where(text: str, position: int, detail: str) -> None:
    with pytest.raises(ExpressionSyntaxError) as caught:
        parse(text)
    assert (caught.value.position, caught.value.detail) == (position, detail)
    assert isinstance(caught.value, ExpressionError)
    assert caught.value.code == "expression_error"
    assert caught.value.params["position"] == position


@pytest.mark.parametrize(("text", "detail"), [
    ("${t} > 1", "cannot compare text with number"),
    ("${t} + 1", "'+' cannot combine text and number"),
    ("${day} < ${moment}", "cannot compare date with datetime; use date(...) to take the date of a datetime"),
    ("${day} - ${day}", "use days_between(a, b) to subtract dates"),
    ("${n} and true", "'and' needs true or false, got number"),
    ("not 1", "'not' needs true or false, got number"),
    ("-'a'", "'-' needs a number, got text"),
    ("if(1, 2, 3)", "if() condition needs true or false, got number"),
    ("length(5)", "length() argument 1 must be text or list, got number"),
    ("date(1, 2)", "date(x) takes 1 argument, got 2"),
    ("today(1)", "today() takes 0 arguments, got 1"),
    ("coalesce()", "coalesce(a, b, ...) takes at least 1 argument, got 0"),
    ("${day} + 0.5", "dates move by whole days only"),
    ("true < false", "'<' cannot order bool values"),
])
def test_runtime_type_errors(text: str, detail: str) -> None:
    with pytest.raises(EvaluationError) as caught:
        run(text)
    assert caught.value.detail == detail


# --- the static check -----------------------------------------------------------------------

INFOS = {
    "visit_at": FieldInfo("datetime"),
    "next_visit": FieldInfo("date"),
    "minutes": FieldInfo("number"),
    "kind": FieldInfo("text", frozenset({"planned", "unplanned"}), "visit_kind"),
    "helplines": FieldInfo("list", frozenset({"line_111", "line_102"}), "helplines"),
}


@pytest.mark.parametrize(("text", "position", "detail"), [
    ("${nxt_visit} > today()", 1, "unknown field 'nxt_visit' (did you mean 'next_visit'?)"),
    ("${minutes} > 5 and ${kind} = 'planed'", 30,
     "'planed' is not a code of choice list 'visit_kind' (did you mean 'planned'?)"),
    ("selected(${helplines}, 'line_112')", 24, "'line_112' is not a code of choice list 'helplines'"
                                               " (did you mean 'line_111'?)"),
    ("${next_visit} >= ${visit_at}", 15,
     "cannot compare date with datetime; use date(...) to take the date of a datetime"),
    ("${minutes} + 'a' > 1", 12, "'+' cannot combine number and text"),
    ("todya()", 1, "unknown function 'todya' (did you mean 'today'?)"),
    ("__import__('os')", 1, "unknown function '__import__'"),
    (". > 1", 1, "'.' (this field's value) can only be used in a constraint"),
    ("date('2025-02-30') < today()", 6, "date('2025-02-30') is not a date; write it as 'YYYY-MM-DD'"),
    ("count_selected(${minutes})", 16, "count_selected() argument 1 must be list or text, got number"),
    ("${minutes} or true", 1, "'or' needs true or false on both sides, got number"),
])
def test_static_check_finds_mistakes_before_use(text: str, position: int, detail: str) -> None:
    with pytest.raises(ExpressionTypeError) as caught:
        Checker(INFOS).check(parse(text))
    assert (caught.value.position, caught.value.detail) == (position, detail)


def test_static_check_gives_the_kind_of_the_result() -> None:
    assert Checker(INFOS).check(parse("days_between(${visit_at}, ${next_visit})")) == "number"
    assert Checker(INFOS, current=INFOS["minutes"]).check(parse(". >= 1")) == "bool"
    assert Checker(INFOS).check(parse("if(true, 'a', 1)")) == "any"
    assert Checker(INFOS).check(parse("${next_visit} + 30")) == "date"


def test_fields_of_a_group_are_only_visible_inside_it() -> None:
    with pytest.raises(ExpressionTypeError) as caught:
        Checker(INFOS, out_of_scope={"person": "persons_met"}).check(parse("is_empty(${person})"))
    assert caught.value.detail == ("field 'person' belongs to the repeated group 'persons_met' and "
                                   "can only be used by the fields of that group")


# --- hostile input ----------------------------------------------------------------------------

TOKENS = ["${n}", "${t}", "${day}", "${m}", "${empty}", "${nope}", ".", "1", "0", "2.5", "'x'",
          "'yes'", "true", "false", "null", "and", "or", "not", "=", "!=", "<", "<=", ">", ">=",
          "+", "-", "*", "/", "(", ")", ",", "selected(", "count_yes(", "today()", "date(",
          "if(", "coalesce(", "length(", "is_empty(", "days_between(", "years_between(",
          "count_selected(", "now()", "__import__(", "eval(", "os", "'os'", "$", "{", "}", "[",
          "]", ":", "lambda", "x", "__class__", "\\", "\n", "é", "ы", "\x00", "'"]


def _survives(text: str) -> None:
    """Parsing and evaluating give a value or an ExpressionError, and nothing else."""
    try:
        tree = parse(text)
    except ExpressionError:
        return
    try:
        evaluate(tree, Answers(dict(VALUES), current=3))
    except ExpressionError:
        pass
    try:
        Checker({k: FieldInfo("any") for k in VALUES}, current=FieldInfo("number")).check(tree)
    except ExpressionError:
        pass


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_random_text_never_crashes(text: str) -> None:
    _survives(text)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TOKENS), max_size=60), st.sampled_from([" ", ""]))
def test_token_soup_never_crashes(tokens: list[str], glue: str) -> None:
    _survives(glue.join(tokens))


@pytest.mark.parametrize("text", [
    "__import__('os')", "__import__('os').system('echo hacked')", "eval('1')", "exec('1')",
    "open('/etc/passwd')", "().__class__", "${__class__}", "compile('1', 'x', 'eval')",
    "globals()", "getattr(1, 'real')", "lambda: 1", "[x for x in ()]", "import os",
    "1; import os", "${n}.__class__", "'a'.upper()",
])
def test_python_is_never_evaluated(text: str) -> None:
    with pytest.raises(ExpressionError):
        evaluate(parse(text), Answers(dict(VALUES)))


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=MAX_DEPTH + 1, max_value=MAX_LENGTH // 2 - 1),
       st.sampled_from(["(", "-", "not ", "is_empty(", "if(true, 1, "]))
def test_deep_nesting_is_refused_quickly(depth: int, opener: str) -> None:
    closer = ")" if opener.endswith("(") or opener.endswith(", ") else ""
    text = (opener * depth + "1" + closer * depth)[:MAX_LENGTH]
    started = time.perf_counter()
    with pytest.raises(ExpressionSyntaxError) as caught:
        parse(text)
    assert time.perf_counter() - started < 0.5
    assert caught.value.detail in (f"expression is nested too deeply (limit {MAX_DEPTH})",)


def test_long_flat_chains_are_refused_by_depth_not_by_python() -> None:
    with pytest.raises(ExpressionSyntaxError, match="nested too deeply"):
        parse("+".join(["1"] * 500))
    assert run("+".join(["1"] * MAX_DEPTH)) == MAX_DEPTH


def test_nesting_at_the_limit_still_works() -> None:
    text = "(" * (MAX_DEPTH - 1) + "1" + ")" * (MAX_DEPTH - 1)
    assert run(text) == 1


def test_too_long_expressions_are_refused() -> None:
    with pytest.raises(ExpressionSyntaxError) as caught:
        parse("1 + " * 600 + "1")
    assert caught.value.detail == f"expression is too long (2401 characters, limit {MAX_LENGTH})"


def test_huge_numbers_are_refused_or_handled() -> None:
    with pytest.raises(ExpressionSyntaxError, match="number is too long"):
        parse("1" * 40)
    big = "*".join(["999999999999999999"] * 60)
    assert run(big) == 999999999999999999 ** 60
    assert run("99999999999999999.5 / 0.0000000000000001") == Decimal("999999999999999995E+15")
