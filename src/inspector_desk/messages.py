"""Messages shown outside Qt widgets: the command line, error presenters, documents.

One JSON catalog (resources/i18n/messages.json) maps a key to its Russian, Kazakh and English
text. Russian is the default; a missing Kazakh or English text falls back to Russian. Qt
widgets use Qt's own translations (.ts files) for their labels, and this catalog for error
codes, so a code reads the same wherever it appears.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from typing import Any

from inspector_desk.core.errors import InspectorDeskError, ValidationError
from inspector_desk.paths import resource_dir

LANGUAGES = ("ru", "kk", "en")
DEFAULT_LANGUAGE = "ru"


@lru_cache(maxsize=1)
def catalog() -> dict[str, dict[str, str]]:
    data = json.loads((resource_dir() / "i18n" / "messages.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def language_from_env() -> str:
    lang = os.environ.get("INSPECTOR_DESK_LANG", DEFAULT_LANGUAGE)
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def text(key: str, lang: str = DEFAULT_LANGUAGE, **params: Any) -> str:
    entry = catalog().get(key)
    if entry is None:
        return key
    template = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def describe(error: InspectorDeskError, lang: str = DEFAULT_LANGUAGE) -> str:
    """A sentence a person can act on, for any typed error."""
    detail = ""
    if isinstance(error, ValidationError):
        parts = []
        for name, codes in error.errors.items():
            msgs = ", ".join(text(f"v.{c}", lang) for c in codes)
            parts.append(f"{name}: {msgs}" if name else msgs)
        detail = "; ".join(parts)
        field_errors = error.params.get("field_errors")
        if field_errors:
            detail = "; ".join(f"{e.field}: {e.message(lang)}" for e in field_errors)
    else:
        detail = str(error)
    key = error.code if error.code in catalog() else "error"
    params = {k: v for k, v in error.params.items() if k not in ("field_errors", "detail")}
    return text(key, lang, detail=detail, **params)
