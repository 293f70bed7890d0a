"""The registry of every form version the program knows.

A record names its form and version; the registry keeps every version it ever loaded, so a
record made under v1 is still checked and printed under v1 after v2 arrives. Loading the
same version again is harmless when the content is identical, and refused when it differs:
a changed form needs a new version number.
"""

from __future__ import annotations

import copy
import re
import threading
from pathlib import Path
from typing import Any, Mapping

import yaml

from inspector_desk.core.errors import NotFound
from inspector_desk.forms.form import Form
from inspector_desk.forms.loader import build_choice_list, build_form
from inspector_desk.forms.model import ChoiceList
from inspector_desk.forms.problems import FormDefinitionError, Problem
from inspector_desk.forms.yamlio import DuplicateKeyError, load_yaml

DEFINITION_NAME = re.compile(r"^(?P<id>[a-z][a-z0-9_]*)\.v(?P<version>[0-9]+)\.(?:yaml|yml|json)$")
NOT_DEFINITIONS = re.compile(r"^(?:messages|glossary(?:-[a-z]+)?)\.ya?ml$")
"""Files in the forms folder that are not form definitions."""


MAX_TEXT_CHARS = 2_000_000
MAX_VALUES = 200_000
"""Limits on one document: form packs come from outside, and YAML aliases can make a small
text stand for an enormous structure ("billion laughs")."""


MAX_FLOW_DEPTH = 64
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")


def _flow_depth(text: str) -> int:
    """How deep '[' and '{' nest in ``text`` (quotes ignored: an overestimate at worst)."""
    depth = deepest = 0
    for ch in _NOT_BRACKETS.sub("", text):
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth = max(0, depth - 1)
    return deepest


def check_size(data: Any, source: str) -> None:
    """Refuse documents with more than :data:`MAX_VALUES` values (aliases counted each time)."""
    count, stack = 0, [data]
    while stack:
        item = stack.pop()
        count += 1
        if count > MAX_VALUES:
            raise FormDefinitionError([Problem(
                f"the document is too large (more than {MAX_VALUES} values, perhaps through "
                "YAML aliases)", source=source)])
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)


def read_document(text: str, source: str) -> Any:
    """Parse YAML (or JSON) text; problems become a :class:`FormDefinitionError`."""
    if len(text) > MAX_TEXT_CHARS:
        raise FormDefinitionError([Problem(
            f"the document is too large ({len(text)} characters, limit {MAX_TEXT_CHARS})",
            source=source)])
    if _flow_depth(text) > MAX_FLOW_DEPTH:
        # PyYAML's scanner slows down with each open '[' or '{' (a few thousand take minutes)
        # and its composer recurses once per level: refuse before parsing.
        raise FormDefinitionError([Problem(
            f"not valid YAML: brackets nested more than {MAX_FLOW_DEPTH} deep", source=source)])
    try:
        data = load_yaml(text)
    except DuplicateKeyError as exc:
        raise FormDefinitionError([Problem(f"duplicate key '{exc.key}'", where=f"line {exc.line}",
                                           source=source)]) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else None
        detail = getattr(exc, "problem", None) or str(exc)
        raise FormDefinitionError([Problem(f"not valid YAML: {detail}", where=where,
                                           source=source)]) from exc
    except (ValueError, KeyError, TypeError, OverflowError) as exc:
        # A scalar the resolver took for a number, date or boolean that its constructor then
        # cannot build: "09" (read as octal), "2026-13-45", "!!bool maybe", "!!float x".
        raise FormDefinitionError([Problem(f"not valid YAML: a value cannot be read "
                                           f"({type(exc).__name__}: {str(exc)[:80]})",
                                           source=source)]) from None
    except RecursionError:  # "[[[[…" nested deeper than the parser's recursion allows
        raise FormDefinitionError([Problem("not valid YAML: nested too deeply", source=source)]) from None
    check_size(data, source)
    return data


def _document(definition: Mapping[str, Any] | str, source: str) -> Any:
    """A definition given as text (parsed) or as a mapping (checked, then copied: later
    changes by the caller must not leak in)."""
    if isinstance(definition, str):
        return read_document(definition, source)
    check_size(definition, source)
    return copy.deepcopy(definition)


class FormRegistry:
    """Every loaded form version, by id and version. Safe to share between threads."""

    def __init__(self, shared_choices: Mapping[str, ChoiceList] | None = None) -> None:
        self._forms: dict[str, dict[int, Form]] = {}
        self._shared: dict[str, ChoiceList] = dict(shared_choices or {})
        self._lock = threading.RLock()

    # --- loading ---------------------------------------------------------------------------

    @classmethod
    def from_directory(cls, path: str | Path) -> "FormRegistry":
        """Load ``path/choices/*.yaml`` and every ``path/<id>.v<version>.yaml``.

        Raises :class:`FormDefinitionError` listing the problems of every file.
        """
        registry, problems = load_directory(path)
        if problems:
            raise FormDefinitionError(problems)
        return registry

    def add_definition(self, definition: Mapping[str, Any] | str, *,
                       source: str = "<memory>") -> Form:
        """Load one more form version (a mapping, or YAML/JSON text) and return it."""
        data = _document(definition, source)
        with self._lock:
            form = build_form(data, source=source, shared=self._shared)
            existing = self._forms.get(form.id, {}).get(form.version)
            if existing is not None:
                if existing.digest == form.digest:
                    return existing
                raise FormDefinitionError([Problem(
                    f"already loaded from {existing.source} with different content; "
                    "a changed form needs a new version number",
                    form=form.id, version=form.version, source=source)])
            self._forms.setdefault(form.id, {})[form.version] = form
            return form

    def add_choice_list(self, definition: Mapping[str, Any] | str, *,
                        source: str = "<memory>") -> ChoiceList:
        """Add a shared choice list for forms loaded after it."""
        lst = build_choice_list(_document(definition, source), source)
        with self._lock:
            existing = self._shared.get(lst.name)
            if existing is not None and existing.choices != lst.choices:
                raise FormDefinitionError([Problem(
                    f"choice list '{lst.name}' is already loaded from {existing.source} with "
                    "different content", source=source)])
            self._shared[lst.name] = lst
        return lst

    # --- reading ---------------------------------------------------------------------------

    def get(self, form_id: str, version: int | None = None) -> Form:
        """A form version; ``version=None`` gives the newest. Raises ``NotFound``."""
        with self._lock:
            versions = self._forms.get(form_id)
            if not versions:
                raise NotFound(f"form {form_id} is not loaded", kind="form", form=form_id)
            if version is None:
                return versions[max(versions)]
            form = versions.get(version)
        if form is None:
            raise NotFound(f"form {form_id} v{version} is not loaded", kind="form",
                           form=form_id, version=version)
        return form

    def versions(self, form_id: str) -> list[int]:
        """Loaded versions of ``form_id``, oldest first (empty when none)."""
        with self._lock:
            return sorted(self._forms.get(form_id, {}))

    def form_ids(self) -> list[str]:
        with self._lock:
            return sorted(self._forms)

    @property
    def shared_choices(self) -> Mapping[str, ChoiceList]:
        with self._lock:
            return dict(self._shared)


def load_directory(path: str | Path) -> tuple[FormRegistry, list[Problem]]:
    """A registry of everything that loads in ``path``, and the problems of the rest."""
    root = Path(path)
    registry = FormRegistry()
    problems: list[Problem] = []
    if not root.is_dir():
        return registry, [Problem(f"forms folder {root} does not exist")]
    for file in sorted((root / "choices").glob("*.yaml")):
        source = f"choices/{file.name}"
        try:
            lst = registry.add_choice_list(file.read_text(encoding="utf-8"), source=source)
        except FormDefinitionError as exc:
            problems.extend(exc.problems)
            continue
        if lst.name != file.stem:
            problems.append(Problem(f"the file of choice list '{lst.name}' must be named "
                                    f"{lst.name}.yaml", source=source))
    files = [f for f in sorted(root.iterdir()) if f.is_file()
             and f.suffix in (".yaml", ".yml", ".json") and not NOT_DEFINITIONS.match(f.name)]
    for file in files:
        match = DEFINITION_NAME.match(file.name)
        if match is None:
            problems.append(Problem("a form definition file must be named "
                                    "<form_id>.v<version>.yaml", source=file.name))
            continue
        try:
            form = registry.add_definition(file.read_text(encoding="utf-8"), source=file.name)
        except FormDefinitionError as exc:
            problems.extend(exc.problems)
            continue
        if (form.id, form.version) != (match["id"], int(match["version"])):
            problems.append(Problem(f"the file holds form {form.id} v{form.version}; name it "
                                    f"{form.id}.v{form.version}.yaml", source=file.name))
    return registry, problems
