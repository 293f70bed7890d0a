"""Start the desktop application.

Until the inspector's desktop lands (issue 4) this opens a small window that says which
profiles exist and how to create one from the command line.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from inspector_desk import __version__


class StartWindow(QMainWindow):
    def __init__(self, profiles: list[str]) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Inspector Desk"))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        title = QLabel(self.tr("Inspector Desk {version}").format(version=__version__))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        if profiles:
            text = self.tr("Profiles on this computer: {names}").format(names=", ".join(profiles))
        else:
            text = self.tr("No profile yet. Create one with: inspector-desk init --name … --badge …")
        info = QLabel(text)
        info.setWordWrap(True)
        layout.addWidget(info)
        self.setCentralWidget(body)
        self.resize(520, 200)


def run(args: argparse.Namespace) -> int:
    from inspector_desk.app.profile import Profiles

    QCoreApplication.setApplicationName("Inspector Desk")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    profiles = Profiles(args.home).names() if args.home is not None else Profiles().names()
    window = StartWindow(profiles)
    window.show()
    return app.exec()
