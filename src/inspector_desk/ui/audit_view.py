"""The audit log: who did what to which record, and when; filtered by record, user, action."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from inspector_desk.core.audit import ACTIONS
from inspector_desk.ui.labels import Labels


class AuditPage(QWidget):
    def __init__(self, desk) -> None:
        super().__init__()
        self.desk = desk
        self.labels = Labels()
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.record = QLineEdit()
        self.record.setPlaceholderText(self.tr("Record id"))
        self.record.setAccessibleName(self.tr("Record id"))
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("User (badge number)"))
        self.user.setAccessibleName(self.tr("User"))
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Action"))
        self.action.addItem(self.tr("Any action"), None)
        for a in ACTIONS:
            self.action.addItem(self.labels.action(a), a)
        show = QPushButton(self.tr("Show"))
        show.clicked.connect(self.refresh)
        for w in (self.record, self.user, self.action, show):
            bar.addWidget(w)
        layout.addLayout(bar)
        self.model = QStandardItemModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit log"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        record, user, action = self.record.text().strip() or None, self.user.text().strip() or None, \
            self.action.currentData()
        self.desk.client.call(lambda svc: svc.audit_log(record_id=record, actor=user, action=action,
                                                        limit=2000), on_done=self._show)

    def _show(self, entries) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("No."), self.tr("When (UTC)"), self.tr("User"),
                                              self.tr("Action"), self.tr("What"), self.tr("Record id")])
        for e in reversed(entries):
            self.model.appendRow([QStandardItem(x) for x in (
                str(e.seq), e.at[:19].replace("T", " "), e.actor, self.labels.action(e.action),
                self.labels.kind(e.kind), e.record_id)])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
