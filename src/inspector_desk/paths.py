"""Where the program finds its own data files (rules, translations, fonts, forms).

In a source checkout or an editable install they sit at the top of the repository
(``resources/``, ``forms/``); in the frozen application (PyInstaller, one folder) they sit in
the bundle's data folder, ``sys._MEIPASS`` (``_internal/`` beside the executable), under the
same names: packaging/inspector-desk.spec copies them there. ``INSPECTOR_DESK_RESOURCES``
overrides the resources folder; ``INSPECTOR_DESK_FORMS`` the forms folder
(inspector_desk.forms.paths).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def frozen() -> bool:
    """True inside the PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False) and getattr(sys, "_MEIPASS", None))


def _root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]


def resource_dir() -> Path:
    env = os.environ.get("INSPECTOR_DESK_RESOURCES")
    return Path(env) if env else _root() / "resources"


def forms_dir() -> Path:
    """The forms shipped with the program (definitions, ``choices/``, ``schema/``,
    ``messages.yaml``): the repository's top-level ``forms/``, or its copy in the bundle."""
    return _root() / "forms"


def data_home(env_var: str, app_name: str) -> Path:
    """Where a program keeps its data: ``$env_var`` if set, else the platform's user data
    folder (platformdirs) for ``app_name``. Devices use ``INSPECTOR_DESK_HOME`` /
    InspectorDesk, headquarters ``INSPECTOR_DESK_HQ_HOME`` / InspectorDeskHQ."""
    env = os.environ.get(env_var)
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir(app_name, appauthor=False, roaming=False))
