"""Where the forms folder is."""

from __future__ import annotations

import os
from pathlib import Path

from inspector_desk.core.errors import FormError

ENV_VAR = "INSPECTOR_DESK_FORMS"
_SOURCE_FORMS = Path(__file__).resolve().parents[3] / "forms"


def default_forms_dir() -> Path:
    """The forms folder: ``$INSPECTOR_DESK_FORMS`` if set, else the repository's top-level
    ``forms/`` (``src/inspector_desk/forms/../../../forms`` in a source checkout)."""
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
