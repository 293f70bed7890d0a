"""The privacy key's curtain: one opaque cover over every window of the program at once.

F12 must hide what is on screen wherever the focus is, a modal dialog or the document
preview included. A dialog cannot simply be hidden (hiding a dialog in ``exec()`` ends it
and loses what was typed), so each visible window gets a child that covers it whole, takes
the keyboard and the mouse, and disables what lies under it; F12 again takes the covers off
and gives the focus back to where it was.

The cover is neutral: one plain colour, no words. Nothing on it tells an onlooker what the
program is or which key takes the cover off (issue 15); the window title names nothing
while it is drawn (AppController.show_title).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget


class _Cover(QLabel):
    def __init__(self, window: QWidget, text: str) -> None:
        super().__init__(text, window)
        self.setObjectName("privacy-cover")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAutoFillBackground(True)
        self.setStyleSheet("QLabel#privacy-cover { background: #1f2937; color: #e5e7eb; font-size: 16px }")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        event.accept()  # nothing typed behind the curtain reaches the dialog (Enter, Esc)


class Curtain(QObject):
    """Covers and uncovers every visible top-level window."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._covers: dict[QWidget, tuple[_Cover, list[QWidget]]] = {}
        self._focus: QWidget | None = None
        self.text = ""

    @property
    def drawn(self) -> bool:
        return bool(self._covers)

    def draw(self, text: str = "") -> None:
        if self._covers:
            return
        self.text = text
        self._focus = QApplication.focusWidget()
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and not isinstance(window, _Cover):
                under = [w for w in window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                         if w.isEnabled() and not w.isWindow()]
                for w in under:
                    w.setEnabled(False)
                cover = _Cover(window, text)
                window.installEventFilter(self)
                self._covers[window] = (cover, under)
        active = QApplication.activeWindow()
        if active in self._covers:
            self._covers[active][0].setFocus()

    def lift(self) -> None:
        covers, self._covers = self._covers, {}
        for window, (cover, under) in covers.items():
            window.removeEventFilter(self)
            cover.hide()
            cover.deleteLater()
            for w in under:
                w.setEnabled(True)
        if self._focus is not None:
            self._focus.setFocus()
        self._focus = None

    def forget(self) -> None:
        """A lock: the windows are going away; drop the covers without giving focus back."""
        self._focus = None
        self.lift()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and obj in self._covers:
            cover = self._covers[obj][0]
            cover.setGeometry(obj.rect())
            cover.raise_()
        return False
