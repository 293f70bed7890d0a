"""One presenter for every error: typed errors become translated messages a person can act
on; anything unexpected goes to a rotating log (no personal data: the type and the stack of
code locations only, never values) and to a dialog with a "copy details" button."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from inspector_desk.core.errors import InspectorDeskError
from inspector_desk.messages import describe

log = logging.getLogger("inspector_desk")


def setup_logging(folder: Path) -> Path:
    """A rotating log under the data folder; messages carry codes and ids, never content.
    The same file, format and modes as the command line's (app/logs.py)."""
    from inspector_desk.app.logs import setup_logging as setup

    return setup(folder)


def safe_details(exc: BaseException) -> str:
    """Exception type and code locations only: messages and values may hold personal data."""
    frames = traceback.extract_tb(exc.__traceback__)
    lines = [f"{type(exc).__module__}.{type(exc).__name__}"]
    lines += [f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames[-12:]]
    return "\n".join(lines)


class ErrorPresenter:
    def __init__(self, language: str = "ru") -> None:
        self.language = language
        self.last_message = ""  # for tests and the status bar

    def message(self, exc: BaseException) -> str:
        if isinstance(exc, InspectorDeskError):
            return describe(exc, self.language)
        return describe(_Unexpected(type(exc).__name__), self.language)

    def show(self, exc: BaseException, parent: QWidget | None = None) -> None:
        text = self.message(exc)
        self.last_message = text
        if isinstance(exc, InspectorDeskError):
            log.info("user error %s", exc.code)
            box = QMessageBox(QMessageBox.Icon.Warning, QApplication.translate("Errors", "Inspector Desk"),
                              text, QMessageBox.StandardButton.Ok, parent)
        else:
            details = safe_details(exc)
            log.error("unexpected error\n%s", details)
            box = QMessageBox(QMessageBox.Icon.Critical, QApplication.translate("Errors", "Inspector Desk"),
                              text, QMessageBox.StandardButton.Ok, parent)
            copy = box.addButton(QApplication.translate("Errors", "Copy details"),
                                 QMessageBox.ButtonRole.ActionRole)
            copy.clicked.disconnect()
            copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        box.setObjectName("errorBox")
        if QApplication.platformName() == "offscreen":
            box.setModal(False)
            box.show()  # tests look at it without blocking
        else:
            box.exec()

    def install_excepthook(self) -> None:
        def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
            if issubclass(kind, KeyboardInterrupt):
                sys.__excepthook__(kind, exc, tb)
                return
            self.show(exc)

        sys.excepthook = hook


class _Unexpected(InspectorDeskError):
    code = "unexpected"

    def __init__(self, name: str) -> None:
        super().__init__(name, detail=name)
