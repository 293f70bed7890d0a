"""Start the desktop application."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication


def run(args: argparse.Namespace) -> int:
    from inspector_desk.app.profile import Profiles, default_home
    from inspector_desk.app.settings import Settings
    from inspector_desk.ui.controller import AppController
    from inspector_desk.ui.errors import setup_logging

    QCoreApplication.setApplicationName("Inspector Desk")
    QCoreApplication.setOrganizationName("InspectorDesk")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    home = Path(args.home) if getattr(args, "home", None) else default_home()
    setup_logging(home / "logs")
    settings = Settings.load(home)
    if getattr(args, "profile", None):
        settings.profile = args.profile
    if getattr(args, "lang", None):
        settings.language = args.lang
    controller = AppController(Profiles(home), settings)
    controller.presenter.install_excepthook()
    controller.window.show()
    try:
        return app.exec()
    finally:
        controller.shutdown()
