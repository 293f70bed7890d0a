"""The audit log: who did what to which record, and when; filtered by record, user, action.

Read newest first, a page at a time as the table is scrolled (a vault holds hundreds of
thousands of entries): the window never builds more rows than it shows soon."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from inspector_desk.core.audit import ACTIONS
from inspector_desk.ui.labels import Labels
from inspector_desk.ui.pages import DeskPort

PAGE = 200  # entries read per step of the scroll

AnyIndex = QModelIndex | QPersistentModelIndex


class AuditModel(QAbstractTableModel):
    """The entries of one filter, newest first, fetched in pages by entry number."""

    def __init__(self, page: "AuditPage") -> None:
        super().__init__(page)
        self.page = page
        self.rows: list[tuple[str, ...]] = []
        self._last_seq: int | None = None
        self._more = False
        self._loading = False
        self._query: tuple[Any, ...] = (None, None, None)
        self._generation = 0

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("When (UTC)"), self.tr("User"), self.tr("Action"),
                self.tr("What"), self.tr("Record id")]

    def load(self, record: str | None, user: str | None, action: str | None) -> None:
        """Start again from the newest entry of this filter."""
        self.beginResetModel()
        self.rows, self._last_seq, self._more = [], None, True
        self._query = (record, user, action)
        self._generation += 1
        self._loading = False
        self.endResetModel()
        self._fetch()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.rows[index.row()][index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return super().headerData(section, orientation, role)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._fetch()

    def _fetch(self) -> None:
        self._loading = True
        record, user, action = self._query
        before, generation = self._last_seq, self._generation
        self.page.desk.client.call(
            lambda svc: svc.cases.audit_log(record_id=record, actor=user, action=action, limit=PAGE,
                                      before=before),
            on_done=lambda entries: self._arrived(generation, entries))

    def _arrived(self, generation: int, entries: list) -> None:
        if generation != self._generation:  # the filter changed meanwhile
            return
        self._loading = False
        self._more = len(entries) == PAGE
        if not entries:
            return
        labels = self.page.labels
        new = [(str(e.seq), e.at[:19].replace("T", " "), e.actor, labels.action(e.action),
                labels.kind(e.kind), e.record_id) for e in reversed(entries)]
        self._last_seq = entries[0].seq
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(new) - 1)
        self.rows.extend(new)
        self.endInsertRows()


class AuditPage(QWidget):
    def __init__(self, desk: DeskPort) -> None:
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
        for w in (self.record, self.user, self.action):
            bar.addWidget(w)
            if isinstance(w, QLineEdit):
                w.returnPressed.connect(self.refresh)
        bar.addWidget(show)
        layout.addLayout(bar)
        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit log"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        # Fixed widths: sizing columns to their contents would measure every row at each page.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, chars in enumerate((8, 19, 12, 22, 16)):
            header.resizeSection(column, self.fontMetrics().horizontalAdvance("0" * chars) + 16)
        layout.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        self.model.load(self.record.text().strip() or None, self.user.text().strip() or None,
                        self.action.currentData())
