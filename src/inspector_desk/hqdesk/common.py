"""Pieces every page of the headquarters desk uses: the page base, a reason dialog, tables."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Sequence

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector_desk.core.errors import InspectorDeskError
from inspector_desk.messages import describe

if TYPE_CHECKING:
    from inspector_desk.hq.service import HqSession
    from inspector_desk.hqdesk.window import DeskWindow


def error_text(exc: BaseException, lang: str) -> str:
    if isinstance(exc, InspectorDeskError):
        return describe(exc, lang)
    if type(exc) is ValueError:  # the desk's own messages (already in the reader's language)
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def age_text(widget: QWidget, hours: float | None) -> str:
    """An age, "< 1 h", "5 h", "3 d", in the context "AgeText" of the catalogue (spelled
    out in each call, as lupdate reads it; ``widget.tr`` would look the strings up under
    each page's own class name)."""
    if hours is None:
        return QCoreApplication.translate("AgeText", "never")
    if hours < 1:
        return QCoreApplication.translate("AgeText", "< 1 h")
    if hours < 48:
        return QCoreApplication.translate("AgeText", "%n h", "", int(hours))
    return QCoreApplication.translate("AgeText", "%n d", "", int(hours // 24))


def fill(table: QTableWidget, headers: Sequence[str], rows: Sequence[Sequence[Any]],
         data: Sequence[Any] | None = None) -> None:
    """Replace a read-only table's contents; ``data`` goes into the first cell's UserRole."""
    table.setSortingEnabled(False)
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                item.setData(Qt.ItemDataRole.DisplayRole, value)
            if c == 0 and data is not None:
                item.setData(Qt.ItemDataRole.UserRole, data[r])
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


def table(parent: QWidget) -> QTableWidget:
    t = QTableWidget(parent)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    t.horizontalHeader().setStretchLastSection(True)
    t.verticalHeader().setVisible(False)
    return t


def selected_data(t: QTableWidget) -> Any:
    row = t.currentRow()
    if row < 0 or t.item(row, 0) is None:
        return None
    return t.item(row, 0).data(Qt.ItemDataRole.UserRole)


class Page(QWidget):
    """A screen of the desk: runs its work on the desk's worker, shows its own messages."""

    action = ""
    ready = Signal()
    """Emitted when the page has shown what it loaded (its rows); the bench and tests wait on it."""

    def __init__(self, desk: "DeskWindow") -> None:
        super().__init__(desk)
        self.desk = desk
        self.labels = desk.labels
        self.message = QLabel(self)
        self.message.setObjectName("page-message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_error: BaseException | None = None

    def title(self) -> str:
        return ""

    @property
    def session(self) -> "HqSession":
        assert self.desk.session is not None
        return self.desk.session

    def refresh(self) -> None:
        """Load what the page shows (called when it is opened)."""

    def call(self, fn: Callable[..., Any], *args: Any, done: Callable[[Any], None] | None = None,
             progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], None] | None = None):
        return self.desk.runner.run(fn, *args, done=self._alive(done), error=self._alive(self.fail),
                                    progress=self._alive(progress), cancelled=self._alive(cancelled))

    def _alive(self, fn: Callable[..., Any] | None) -> Callable[..., Any] | None:
        """A callback dropped when it arrives after the page is gone or the session closed
        (locked, window closed)."""
        if fn is None:
            return None

        def deliver(*args: Any) -> None:
            if shiboken6.isValid(self) and self.desk.session is not None:
                fn(*args)

        return deliver

    def say(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    def when(self, value: Any) -> str:
        """A time on the unit's clock, dd.mm.yyyy hh:mm."""
        return self.labels.when(value)

    def fail(self, exc: BaseException) -> None:
        self.last_error = exc
        self.message.setStyleSheet("color: #b91c1c")
        self.message.setText(error_text(exc, self.desk.lang))


class ReasonDialog(QDialog):
    """Asks for a text that must not be empty (why a case is opened, why a device is revoked)."""

    def __init__(self, parent: QWidget, title: str, prompt: str, multiline: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("reason-dialog")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt, self))
        self.edit: QLineEdit | QPlainTextEdit = QPlainTextEdit(self) if multiline else QLineEdit(self)
        self.edit.setObjectName("reason")
        layout.addWidget(self.edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def text(self) -> str:
        e = self.edit
        return (e.toPlainText() if isinstance(e, QPlainTextEdit) else e.text()).strip()

    def _ok(self) -> None:
        if self.text():
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget, title: str, prompt: str, multiline: bool = False) -> str | None:
        d = cls(parent, title, prompt, multiline)
        return d.text() if d.exec() == QDialog.DialogCode.Accepted else None


class TextDialog(QDialog):
    """Read-only text (the enrolment letter, a case) that can be copied."""

    def __init__(self, parent: QWidget, title: str, text: str) -> None:
        super().__init__(parent)
        self.setObjectName("text-dialog")
        self.setWindowTitle(title)
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        self.view = QPlainTextEdit(self)
        self.view.setReadOnly(True)
        self.view.setPlainText(text)
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
