"""Start the desktop application."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication


def run(args: argparse.Namespace) -> int:
    from inspector_desk.app.hardening import harden_process
    from inspector_desk.app.profile import Profiles, default_home
    from inspector_desk.app.settings import Settings
    from inspector_desk.ui.controller import AppController
    from inspector_desk.ui.errors import setup_logging
    from inspector_desk.ui.relaunch import REASONS, replace_process

    harden_process()  # no core dumps, no reading of this process's memory by others
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
    reason = getattr(args, "locked", None) or ""
    controller = AppController(Profiles(home), settings, relaunch=replace_process,
                               locked_reason=reason if reason in REASONS else "")
    controller.presenter.install_excepthook()
    if getattr(args, "geometry", None):
        controller.restore_geometry(args.geometry)
    controller.window.show()
    if controller.os_lock is not None:
        controller.os_lock.register_window(int(controller.window.winId()))
    logging.getLogger(__name__).info("window shown (state=%s, after lock=%s)", controller.state,
                                     reason or "no")
    try:
        return app.exec()
    finally:
        controller.shutdown()
