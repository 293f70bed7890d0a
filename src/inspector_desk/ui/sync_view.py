"""Headquarters: what has not been sent yet, export a bundle, import receipts and update packs."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget


class SyncPage(QWidget):
    def __init__(self, desk) -> None:
        super().__init__()
        self.desk = desk
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Sending to headquarters"))
        v = QVBoxLayout(box)
        self.state = QLabel()
        self.state.setWordWrap(True)
        v.addWidget(self.state)
        layout.addWidget(box)
        layout.addStretch()
        self.refresh()

    def refresh(self) -> None:
        self.desk.client.call(lambda svc: svc.unsent_changes(), on_done=self._show)

    def _show(self, unsent: int) -> None:
        self.state.setText(self.tr("Changes not yet acknowledged by headquarters: {0}").format(unsent))
