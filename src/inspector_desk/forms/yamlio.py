"""Reading YAML the strict way.

PyYAML follows YAML 1.1, where a bare ``no`` is the boolean false and ``08:30`` is the
sexagesimal integer 510. In a form about yes/no/unknown answers that is a trap, so this
loader only treats ``true``/``false`` as booleans and only plain digits as integers.
It also refuses duplicate keys, which YAML would otherwise resolve silently to the last one.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

_BOOL_TAG = "tag:yaml.org,2002:bool"
_INT_TAG = "tag:yaml.org,2002:int"


class DuplicateKeyError(ValueError):
    """A mapping repeats a key; ``line`` is 1-based."""

    def __init__(self, key: object, line: int) -> None:
        self.key, self.line = key, line
        super().__init__(f"line {line}: duplicate key {key!r}")


class _Strict:
    """YAML 1.2 booleans and integers, and no duplicate keys (mixed into a SafeLoader)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _value in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue  # "<<: *anchor": the keys it brings may be overridden
            key = self.construct_object(key_node, deep=deep)  # type: ignore[attr-defined]
            try:
                duplicate = key in seen
            except TypeError:  # an unhashable key; SafeLoader reports it below
                duplicate = False
            if duplicate:
                raise DuplicateKeyError(key, key_node.start_mark.line + 1)
            try:
                seen.add(key)
            except TypeError:
                pass
        return super().construct_mapping(node, deep=deep)  # type: ignore[misc]


def _resolvers(loader: type) -> None:
    loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag not in (_BOOL_TAG, _INT_TAG)]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    loader.add_implicit_resolver(
        _BOOL_TAG, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
    loader.add_implicit_resolver(
        _INT_TAG, re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789"))


class PyStrictLoader(_Strict, yaml.SafeLoader):
    """SafeLoader with YAML 1.2 booleans and integers, and no duplicate keys."""


# libyaml's parser when PyYAML has it (its wheels do): the same documents, nodes and line
# numbers, parsed several times faster (the forms are read at every start). A document it
# refuses is parsed again by the pure-Python parser, whose messages the form errors quote.
_LIBYAML = hasattr(yaml, "CSafeLoader")


class StrictLoader(_Strict, yaml.CSafeLoader if _LIBYAML else yaml.SafeLoader):  # type: ignore[misc]
    """PyStrictLoader on libyaml's parser."""


_resolvers(PyStrictLoader)
_resolvers(StrictLoader)


def load_yaml(text: str) -> Any:
    """Parse one YAML document with :class:`StrictLoader`.

    Raises ``yaml.YAMLError`` or :class:`DuplicateKeyError`; callers turn them into
    form errors that name the file.
    """
    try:
        return yaml.load(text, Loader=StrictLoader)  # noqa: S506 - StrictLoader is a SafeLoader
    except yaml.YAMLError:
        if not _LIBYAML:
            raise
        return yaml.load(text, Loader=PyStrictLoader)  # noqa: S506 - the messages people read
