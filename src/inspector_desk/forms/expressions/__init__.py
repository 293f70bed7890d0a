"""The safe expression language of form definitions.

Read ``${field_id}`` for a field's value, ``.`` for the value of the field a constraint
belongs to; see docs/forms.md for the grammar and the functions. Typical use::

    tree = parse("${duration_min} >= 1 and ${duration_min} <= 60")
    Checker(field_infos).check(tree)      # at load time
    evaluate(tree, scope)                 # when answers are checked

Everything raises :class:`inspector_desk.core.errors.ExpressionError` subclasses that carry
``position`` (1-based) and ``detail``.
"""

from inspector_desk.forms.expressions.evaluate import Scope, evaluate
from inspector_desk.forms.expressions.functions import FUNCTIONS
from inspector_desk.forms.expressions.syntax import (
    MAX_DEPTH, MAX_LENGTH, Binary, Call, Current, ExpressionSyntaxError, FieldRef, Literal,
    Node, Unary, parse, tokenize, walk,
)
from inspector_desk.forms.expressions.typecheck import Checker, FieldInfo, compatible, suggest
from inspector_desk.forms.expressions.values import (
    EvaluationError, ExpressionTypeError, PositionedError, is_empty, kind_of,
)

__all__ = [
    "FUNCTIONS", "MAX_DEPTH", "MAX_LENGTH", "Binary", "Call", "Checker", "Current",
    "EvaluationError", "ExpressionSyntaxError", "ExpressionTypeError", "FieldInfo", "FieldRef",
    "Literal", "Node", "PositionedError", "Scope", "Unary", "compatible", "evaluate",
    "is_empty", "kind_of", "parse", "suggest", "tokenize", "walk",
]
