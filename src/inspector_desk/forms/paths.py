"""Where the forms folder is."""

from __future__ import annotations

import os
from pathlib import Path

from inspector_desk.core.errors import FormError
from inspector_desk.paths import forms_dir

ENV_VAR = "INSPECTOR_DESK_FORMS"
# The shipped forms: the repository's top-level forms/, or its copy inside the frozen
# application (inspector_desk.paths knows both places).
_SOURCE_FORMS = forms_dir()


def default_forms_dir() -> Path:
    """The forms folder: ``$INSPECTOR_DESK_FORMS`` if set, else the shipped ``forms/`` (the
    repository's top level in a source checkout, the bundle in the frozen application)."""
    override = os.environ.get(ENV_VAR, "").strip()
    return Path(override).expanduser() if override else _SOURCE_FORMS


def engine_file(*parts: str) -> Path:
    """A file the engine itself needs (the JSON Schema, the message catalog).

    Looked up in :func:`default_forms_dir` first, then in the source checkout, so that an
    override folder holding only form definitions still works. Form packs cannot replace
    these files: they are never read from the folder passed to ``from_directory``.
    """
    candidates = [default_forms_dir().joinpath(*parts), _SOURCE_FORMS.joinpath(*parts)]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise FormError(f"{'/'.join(parts)} not found (looked in {', '.join(map(str, candidates))})",
                    file="/".join(parts))
