"""``inspector-desk-hq desk``: the headquarters window (hq/cli.py starts it by name)."""

from __future__ import annotations

import sys
from typing import Any


def main(hq: Any) -> int:
    from PySide6.QtWidgets import QApplication

    from inspector_desk.hqdesk.window import DeskWindow
    from inspector_desk.ui.i18n import Translations

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Inspector Desk HQ")
    translations = Translations()
    translations.install(hq.lang)
    window = DeskWindow(hq.home, hq.args.db, hq.lang, translations=translations)
    window.show()
    return int(app.exec())
