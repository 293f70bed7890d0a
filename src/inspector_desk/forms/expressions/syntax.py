"""Tokenizer and parser of the form expression language.

The grammar (see docs/forms.md for the full description)::

    expression := or
    or         := and ("or" and)*
    and        := not ("and" not)*
    not        := "not" not | comparison
    comparison := sum (("=" | "!=" | "<" | "<=" | ">" | ">=") sum)?     -- no chaining
    sum        := product (("+" | "-") product)*
    product    := unary (("*" | "/") unary)*
    unary      := "-" unary | primary
    primary    := NUMBER | STRING | "true" | "false" | "null" | "${" NAME "}" | "."
                | NAME "(" [expression ("," expression)*] ")" | "(" expression ")"

It is parsed by a small Pratt parser into the immutable nodes below. Nothing here ever hands
user text to Python's ``eval``/``exec``/``compile``: the only things a name can mean are the
functions of :mod:`inspector_desk.forms.expressions.functions`.

Positions are 1-based character offsets into the expression text.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Union

from inspector_desk.forms.expressions.values import PositionedError

MAX_LENGTH = 2000
"""Longest expression accepted, in characters."""
MAX_DEPTH = 64
"""Deepest syntax tree accepted (parentheses, calls, operators all count)."""
MAX_NUMBER_DIGITS = 18
MAX_ARGS = 100

KEYWORDS = {"and", "or", "not", "true", "false", "null"}
COMPARISONS = {"=", "!=", "<", "<=", ">", ">="}


class ExpressionSyntaxError(PositionedError):
    """An expression that cannot be read."""


# --- tokens -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Token:
    kind: str  # number, string, field, dot, name, op, end
    value: Any
    pos: int

    def describe(self) -> str:
        if self.kind == "end":
            return "end of expression"
        if self.kind == "string":
            return "text literal"
        if self.kind == "field":
            return f"${{{self.value}}}"
        return f"'{self.value}'"


_SINGLE = set("+-*/(),=<>")
_NAME_START = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
_NAME_REST = _NAME_START | set("0123456789")
_DIGITS = set("0123456789")


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens, ending with an ``end`` token."""
    if not isinstance(text, str):
        raise ExpressionSyntaxError("an expression must be text", 1)
    if len(text) > MAX_LENGTH:
        raise ExpressionSyntaxError(
            f"expression is too long ({len(text)} characters, limit {MAX_LENGTH})", MAX_LENGTH + 1)
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        pos = i + 1
        if c in " \t\r\n":
            i += 1
        elif c in _DIGITS:
            j = i
            while j < n and text[j] in _DIGITS:
                j += 1
            if j < n and text[j] == "." and j + 1 < n and text[j + 1] in _DIGITS:
                j += 1
                while j < n and text[j] in _DIGITS:
                    j += 1
            literal = text[i:j]
            if len(literal) > MAX_NUMBER_DIGITS + 1:
                raise ExpressionSyntaxError(
                    f"number is too long (limit {MAX_NUMBER_DIGITS} digits)", pos)
            if j < n and text[j] in _NAME_START:
                raise ExpressionSyntaxError(f"unexpected '{text[j]}' after a number", j + 1)
            value: int | Decimal = Decimal(literal) if "." in literal else int(literal)
            tokens.append(Token("number", value, pos))
            i = j
        elif c in "'\"":
            j, parts = i + 1, []
            while True:
                if j >= n:
                    raise ExpressionSyntaxError("text literal is not closed", pos)
                if text[j] == c:
                    if j + 1 < n and text[j + 1] == c:  # a doubled quote stands for itself
                        parts.append(c)
                        j += 2
                        continue
                    break
                parts.append(text[j])
                j += 1
            tokens.append(Token("string", "".join(parts), pos))
            i = j + 1
        elif c == "$":
            if i + 1 >= n or text[i + 1] != "{":
                raise ExpressionSyntaxError(
                    "'$' must start a field reference like ${field_id}", pos)
            j = i + 2
            while j < n and text[j] in _NAME_REST:
                j += 1
            name = text[i + 2:j]
            if j >= n or text[j] != "}":
                raise ExpressionSyntaxError("field reference is not closed with '}'", pos)
            if not name or not name[0].isascii() or not name[0].isalpha():
                raise ExpressionSyntaxError(
                    "a field reference needs a field id starting with a letter, like ${visit_at}",
                    pos)
            tokens.append(Token("field", name, pos))
            i = j + 1
        elif c in _NAME_START:
            j = i
            while j < n and text[j] in _NAME_REST:
                j += 1
            tokens.append(Token("name", text[i:j], pos))
            i = j
        elif c == ".":
            tokens.append(Token("dot", ".", pos))
            i += 1
        elif text.startswith(("<=", ">=", "!="), i):
            tokens.append(Token("op", text[i:i + 2], pos))
            i += 2
        elif text.startswith("==", i):
            raise ExpressionSyntaxError("use '=' to compare, not '=='", pos)
        elif text.startswith("<>", i):
            raise ExpressionSyntaxError("use '!=' for 'not equal', not '<>'", pos)
        elif text.startswith("&&", i) or text.startswith("||", i):
            raise ExpressionSyntaxError(
                f"use 'and' / 'or' instead of '{text[i:i + 2]}'", pos)
        elif c == "!":
            raise ExpressionSyntaxError("use 'not' instead of '!'", pos)
        elif c in _SINGLE:
            tokens.append(Token("op", c, pos))
            i += 1
        else:
            shown = c if c.isprintable() else f"U+{ord(c):04X}"
            raise ExpressionSyntaxError(f"unexpected character '{shown}'", pos)
    tokens.append(Token("end", None, n + 1))
    return tokens


# --- syntax tree --------------------------------------------------------------------------


@dataclass(frozen=True)
class Literal:
    value: None | bool | int | Decimal | str
    pos: int
    depth: int = 1


@dataclass(frozen=True)
class FieldRef:
    name: str
    pos: int
    depth: int = 1


@dataclass(frozen=True)
class Current:
    """``.``: the value of the field a constraint belongs to."""

    pos: int
    depth: int = 1


@dataclass(frozen=True)
class Unary:
    op: str  # "-" or "not"
    operand: "Node"
    pos: int
    depth: int = 1


@dataclass(frozen=True)
class Binary:
    op: str  # comparison, arithmetic, "and", "or"
    left: "Node"
    right: "Node"
    pos: int
    depth: int = 1


@dataclass(frozen=True)
class Call:
    name: str
    args: tuple["Node", ...]
    pos: int
    depth: int = 1


Node = Union[Literal, FieldRef, Current, Unary, Binary, Call]


def walk(node: Node):
    """Yield ``node`` and every node below it (depth first, left to right)."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        if isinstance(current, Unary):
            stack.append(current.operand)
        elif isinstance(current, Binary):
            stack.extend((current.right, current.left))
        elif isinstance(current, Call):
            stack.extend(reversed(current.args))


# --- parser -------------------------------------------------------------------------------

# Binding powers of the infix operators; higher binds tighter.
_INFIX = {"or": 10, "and": 20, **{op: 40 for op in COMPARISONS}, "+": 50, "-": 50, "*": 60, "/": 60}
_NOT_POWER = 30  # "not a = b" is "not (a = b)"; "not a and b" is "(not a) and b"
_NEG_POWER = 70


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = tokenize(text)
        self.i = 0
        self.nesting = 0

    def peek(self) -> Token:
        return self.tokens[self.i]

    def advance(self) -> Token:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def expect_op(self, op: str, context: str) -> Token:
        token = self.peek()
        if token.kind != "op" or token.value != op:
            raise ExpressionSyntaxError(f"expected '{op}' {context}, found {token.describe()}",
                                        token.pos)
        return self.advance()

    def _check_depth(self, depth: int, pos: int) -> int:
        if depth > MAX_DEPTH:
            raise ExpressionSyntaxError(f"expression is nested too deeply (limit {MAX_DEPTH})", pos)
        return depth

    def parse(self) -> Node:
        if self.peek().kind == "end":
            raise ExpressionSyntaxError("empty expression", 1)
        node = self.expression(0)
        token = self.peek()
        if token.kind != "end":
            raise ExpressionSyntaxError(f"unexpected {token.describe()}", token.pos)
        return node

    def expression(self, min_power: int) -> Node:
        self.nesting += 1
        try:
            self._check_depth(self.nesting, self.peek().pos)
            left = self.prefix()
            while True:
                token = self.peek()
                op = token.value if token.kind in ("op", "name") else None
                power = _INFIX.get(op) if isinstance(op, str) else None
                if power is None or power <= min_power:
                    break
                self.advance()
                right = self.expression(power)
                depth = self._check_depth(1 + max(left.depth, right.depth), token.pos)
                left = Binary(op, left, right, token.pos, depth)
                if op in COMPARISONS:
                    after = self.peek()
                    if after.kind == "op" and after.value in COMPARISONS:
                        raise ExpressionSyntaxError(
                            "comparisons cannot be chained; join them with 'and'", after.pos)
            return left
        finally:
            self.nesting -= 1

    def prefix(self) -> Node:
        token = self.advance()
        kind, value, pos = token.kind, token.value, token.pos
        if kind == "number" or kind == "string":
            return Literal(value, pos)
        if kind == "field":
            return FieldRef(value, pos)
        if kind == "dot":
            return Current(pos)
        if kind == "op" and value == "-":
            operand = self.expression(_NEG_POWER)
            return Unary("-", operand, pos, self._check_depth(operand.depth + 1, pos))
        if kind == "op" and value == "(":
            inner = self.expression(0)
            self.expect_op(")", "to close the '(' at position %d" % pos)
            return inner
        if kind == "name":
            if value == "true" or value == "false":
                return Literal(value == "true", pos)
            if value == "null":
                return Literal(None, pos)
            if value == "not":
                operand = self.expression(_NOT_POWER)
                return Unary("not", operand, pos, self._check_depth(operand.depth + 1, pos))
            if value in KEYWORDS:
                raise ExpressionSyntaxError(f"'{value}' needs a value on its left", pos)
            if self.peek().kind == "op" and self.peek().value == "(":
                return self.call(value, pos)
            raise ExpressionSyntaxError(
                f"unknown name '{value}': write a field as ${{{value}}}, text in quotes, "
                "or call a function with ()", pos)
        if kind == "end":
            raise ExpressionSyntaxError("expression ends too early", pos)
        raise ExpressionSyntaxError(f"unexpected {token.describe()}", pos)

    def call(self, name: str, pos: int) -> Node:
        self.advance()  # "("
        args: list[Node] = []
        if not (self.peek().kind == "op" and self.peek().value == ")"):
            while True:
                args.append(self.expression(0))
                if len(args) > MAX_ARGS:
                    raise ExpressionSyntaxError(f"too many arguments (limit {MAX_ARGS})", pos)
                token = self.peek()
                if token.kind == "op" and token.value == ",":
                    self.advance()
                    continue
                break
        self.expect_op(")", f"to close the call of {name}() at position {pos}")
        depth = 1 + max((a.depth for a in args), default=0)
        return Call(name, tuple(args), pos, self._check_depth(depth, pos))


def parse(text: str) -> Node:
    """Parse ``text`` into a syntax tree, or raise :class:`ExpressionSyntaxError`."""
    return _Parser(text).parse()
