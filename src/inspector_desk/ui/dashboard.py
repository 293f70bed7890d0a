"""Today: what is due and overdue, orders about to expire, high-risk cases, unfinished drafts,
and what has not gone to headquarters yet. Every item opens its case."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeView, QVBoxLayout, QWidget

from inspector_desk.core.services import Dashboard
from inspector_desk.ui.labels import Labels

SHOWN = 100  # lines per section: the most urgent first; the register holds the rest
CASE_ROLE = Qt.ItemDataRole.UserRole
DRAFT_ROLE = Qt.ItemDataRole.UserRole + 1


class DashboardPage(QWidget):
    def __init__(self, desk) -> None:
        super().__init__()
        self.desk = desk
        self.labels = Labels()
        layout = QVBoxLayout(self)
        self.greeting = QLabel()
        self.greeting.setStyleSheet("font-size: 18px; font-weight: 600")
        layout.addWidget(self.greeting)
        self.sync_line = QLabel()
        layout.addWidget(self.sync_line)
        self.model = QStandardItemModel()
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Today's work"))
        self.view.setUniformRowHeights(True)
        self.view.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        # activated alone: Qt emits it for a double-click and for Enter; listening to
        # doubleClicked as well opened the row twice (the first page destroyed mid-load).
        self.view.activated.connect(self._open)
        layout.addWidget(self.view)
        self.refresh()

    def refresh(self) -> None:
        self.desk.client.call(lambda svc: svc.dashboard(), on_done=self._show)

    def _show(self, d: Dashboard) -> None:
        name = self.desk.controller.inspector.name if self.desk.controller.inspector else ""
        self.greeting.setText(self.tr("Good day, {0}").format(name))
        last = d.last_export_at[:16].replace("T", " ") if d.last_export_at else self.tr("never")
        self.sync_line.setText(self.tr("Not yet sent to headquarters: {0} changes. Last export: {1}.")
                               .format(d.unsent_changes, last))
        m = self.model
        m.clear()
        m.setHorizontalHeaderLabels([self.tr("What"), self.tr("When"), self.tr("Why")])
        red = QBrush(QColor("#b91c1c"))

        def section(title: str, count: int) -> QStandardItem:
            head = QStandardItem(f"{title} ({count})")
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            m.appendRow([head, QStandardItem(), QStandardItem()])
            return head

        def row(parent: QStandardItem, text: str, when: str, why: str, case_id: str,
                brush: QBrush | None = None, draft=None) -> None:
            cells = [QStandardItem(text), QStandardItem(when), QStandardItem(why)]
            for c in cells:
                c.setData(case_id, CASE_ROLE)
                c.setData(draft, DRAFT_ROLE)
                if brush:
                    c.setForeground(brush)
            parent.appendRow(cells)

        head = section(self.tr("Overdue"), len(d.overdue))
        for item in d.overdue[:SHOWN]:
            row(head, f"{item.case_no} — {item.address}", item.due_at.strftime("%d.%m.%Y %H:%M"),
                self.labels.due_reason(item.reason), item.case_id, red)
        head = section(self.tr("Due today"), len(d.due_today))
        for item in d.due_today[:SHOWN]:
            row(head, f"{item.case_no} — {item.address}", item.due_at.strftime("%H:%M"),
                self.labels.due_reason(item.reason), item.case_id)
        head = section(self.tr("Measures ending within 5 days"), len(d.expiring))
        for e in d.expiring:
            why = self.labels.measure(e.measure.kind)
            if e.court_decision_pending:
                why += " — " + self.tr("no court decision yet")
            row(head, e.case_no, self.tr("in {0} days").format(e.days_left), why, e.measure.case_id,
                red if e.days_left <= 2 else None)
        head = section(self.tr("High-risk cases"), len(d.high_risk))
        for r in d.high_risk[:SHOWN]:
            row(head, f"{r.case_no} — {r.address}",
                r.due_at.strftime("%d.%m.%Y") if r.due_at else "", r.affected, r.id)
        head = section(self.tr("Unfinished drafts"), len(d.drafts))
        for dr in d.drafts:
            when = dr.updated_at.strftime("%d.%m.%Y %H:%M") if dr.updated_at else ""
            row(head, self.labels.kind(dr.kind), when, self.tr("continue where you stopped"),
                dr.case_id, draft=dr)
        if len(d.overdue) > SHOWN:
            more = QStandardItem(self.tr("… and {0} more: see Cases, sorted by next contact")
                                 .format(len(d.overdue) - SHOWN))
            m.item(0).appendRow([more, QStandardItem(), QStandardItem()])
        self.view.expandAll()
        header = self.view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

    def _open(self, index) -> None:
        case_id = index.data(CASE_ROLE)
        if not case_id:
            return
        draft = index.data(DRAFT_ROLE)
        self.desk.open_case(case_id)
        if draft is not None:
            self.desk.open_form(draft.kind, case_id, draft=draft)
