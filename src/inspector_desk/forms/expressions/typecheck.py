"""The static check: find expressions that would always go wrong before a form is used.

It walks the tree once, with the kind of every field the expression may see, and reports
the first problem with its position: an unknown or out-of-scope field, ``.`` outside a
constraint, an unknown function or wrong number of arguments, operands of the wrong kind
(``${visit_at} > 5``), a choice code that is not in the field's list
(``${visit_kind} = 'planed'``) and a date literal that is not a date.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Mapping

from inspector_desk.forms.expressions.functions import FUNCTIONS
from inspector_desk.forms.expressions.syntax import (
    COMPARISONS, Binary, Call, Current, FieldRef, Literal, Node, Unary,
)
from inspector_desk.forms.expressions.values import (
    ORDERED, EvaluationError, ExpressionTypeError, kind_of,
)


@dataclass(frozen=True)
class FieldInfo:
    """What the checker knows of a field: the kind of its value and its choice codes."""

    kind: str
    codes: frozenset[str] | None = None
    choice_list: str | None = None


def suggest(name: str, candidates: object) -> str:
    """`` (did you mean 'x'?)`` when a close candidate exists, else ``''``."""
    close = difflib.get_close_matches(name, [str(c) for c in candidates], n=1, cutoff=0.75)
    return f" (did you mean '{close[0]}'?)" if close else ""


class Checker:
    """Checks one expression. ``fields`` are the fields in scope; ``current`` is the field
    ``.`` stands for (constraints only); ``out_of_scope`` maps a field id to the group that
    hides it (children of a repeated group are only visible inside that group)."""

    def __init__(self, fields: Mapping[str, FieldInfo], *, current: FieldInfo | None = None,
                 out_of_scope: Mapping[str, str] | None = None) -> None:
        self.fields = fields
        self.current = current
        self.out_of_scope = out_of_scope or {}

    def fail(self, detail: str, position: int) -> None:
        raise ExpressionTypeError(detail, position)

    def expect(self, call: Call, index: int, kind: str, allowed: tuple[str, ...]) -> None:
        if kind not in ("any", "null") and kind not in allowed:
            self.fail(f"{call.name}() argument {index + 1} must be {' or '.join(allowed)}, "
                      f"got {kind}", call.args[index].pos)

    def check_code(self, field_node: Node, code_node: Node) -> None:
        """``'code'`` compared with a choice field must be one of its codes."""
        if not (isinstance(field_node, (FieldRef, Current)) and isinstance(code_node, Literal)):
            return
        info = self._info(field_node)
        if info is None or info.codes is None or not isinstance(code_node.value, str):
            return
        if code_node.value not in info.codes:
            where = f"choice list '{info.choice_list}'" if info.choice_list else "the answers"
            self.fail(f"'{code_node.value}' is not a code of {where}"
                      f"{suggest(code_node.value, sorted(info.codes))}", code_node.pos)

    def _info(self, node: Node) -> FieldInfo | None:
        if isinstance(node, Current):
            return self.current
        if isinstance(node, FieldRef):
            return self.fields.get(node.name)
        return None

    def check(self, node: Node) -> str:
        """The kind of value ``node`` gives (``any`` when only known at run time)."""
        if isinstance(node, Literal):
            return kind_of(node.value)
        if isinstance(node, FieldRef):
            info = self.fields.get(node.name)
            if info is None:
                if node.name in self.out_of_scope:
                    self.fail(f"field '{node.name}' belongs to the repeated group "
                              f"'{self.out_of_scope[node.name]}' and can only be used by the "
                              "fields of that group", node.pos)
                self.fail(f"unknown field '{node.name}'"
                          f"{suggest(node.name, list(self.fields))}", node.pos)
            return info.kind
        if isinstance(node, Current):
            if self.current is None:
                self.fail("'.' (this field's value) can only be used in a constraint", node.pos)
            return self.current.kind
        if isinstance(node, Unary):
            kind = self.check(node.operand)
            wanted = "bool" if node.op == "not" else "number"
            if kind not in ("any", "null", wanted):
                self.fail(f"'{node.op}' needs {'true or false' if wanted == 'bool' else 'a number'}"
                          f", got {kind}", node.pos)
            return wanted
        if isinstance(node, Binary):
            return self._binary(node)
        if isinstance(node, Call):
            function = FUNCTIONS.get(node.name)
            if function is None:
                self.fail(f"unknown function '{node.name}'{suggest(node.name, FUNCTIONS)}",
                          node.pos)
            try:
                function.check_count(node)
            except EvaluationError as exc:
                self.fail(exc.detail, exc.position)
            kinds = [self.check(arg) for arg in node.args]
            return function.check(self, node, kinds)
        self.fail(f"unknown syntax node {type(node).__name__}", 1)
        return "any"  # not reached

    def _binary(self, node: Binary) -> str:
        left, right = self.check(node.left), self.check(node.right)
        op = node.op
        unknown = ("any", "null")
        if op in ("and", "or"):
            for kind, side in ((left, node.left), (right, node.right)):
                if kind not in unknown and kind != "bool":
                    self.fail(f"'{op}' needs true or false on both sides, got {kind}", side.pos)
            return "bool"
        if op in COMPARISONS:
            if left not in unknown and right not in unknown:
                if left != right:
                    hint = ("; use date(...) to take the date of a datetime"
                            if {left, right} == {"date", "datetime"} else "")
                    self.fail(f"cannot compare {left} with {right}{hint}", node.pos)
                if op not in ("=", "!=") and left not in ORDERED:
                    self.fail(f"'{op}' cannot order {left} values", node.pos)
            self.check_code(node.left, node.right)
            self.check_code(node.right, node.left)
            return "bool"
        # arithmetic
        if left in unknown or right in unknown:
            return "any" if "any" in (left, right) else "null"
        if left == "number" and right == "number":
            return "number"
        if op in ("+", "-") and left in ("date", "datetime") and right == "number":
            return left
        if op == "+" and left == "number" and right in ("date", "datetime"):
            return right
        if op == "-" and left in ("date", "datetime") and right in ("date", "datetime"):
            self.fail("use days_between(a, b) to subtract dates", node.pos)
        self.fail(f"'{op}' cannot combine {left} and {right}", node.pos)
        return "any"  # not reached


def compatible(kind: str, wanted: tuple[str, ...]) -> bool:
    """Whether a value of ``kind`` may be used where one of ``wanted`` is needed."""
    return kind in ("any", "null") or kind in wanted
