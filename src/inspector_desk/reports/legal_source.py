"""The legal reference shipped with the program, read without reportlab: the unit's clock
needs it at every start, long before anything is printed (docs/legal.md)."""

from __future__ import annotations

import json
from functools import lru_cache

from inspector_desk.core.legal import LegalReference
from inspector_desk.paths import resource_dir


@lru_cache(maxsize=1)
def default_legal() -> LegalReference:
    """The legal reference shipped with the program (resources/rules/followup.json, key
    ``legal``), for callers that pass none; the app passes ``rules.legal`` (update packs)."""
    try:
        data = json.loads((resource_dir() / "rules" / "followup.json").read_text(encoding="utf-8"))
        return LegalReference.from_mapping(data.get("legal"))
    except Exception:  # noqa: BLE001 - no reference: bases print as the form names them
        return LegalReference()
