"""Where the program finds its own data files (rules, translations, fonts, forms).

In a source checkout or an editable install they sit at the top of the repository; in the
frozen application (PyInstaller) beside the executable; ``INSPECTOR_DESK_RESOURCES``
overrides both.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def resource_dir() -> Path:
    env = os.environ.get("INSPECTOR_DESK_RESOURCES")
    return Path(env) if env else _root() / "resources"
