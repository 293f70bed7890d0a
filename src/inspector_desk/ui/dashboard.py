"""Today: what is due and overdue, orders about to expire, high-risk cases, unfinished drafts,
and what has not gone to headquarters yet. Every item opens its case."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeView, QVBoxLayout, QWidget

from inspector_desk.core.services import Dashboard
from inspector_desk.core.services.desk import DASHBOARD_ROWS
from inspector_desk.ui.clock import stamp  # one clock: the unit's, never the computer's
from inspector_desk.ui.labels import Labels
from inspector_desk.ui.pages import DeskPort

SHOWN = DASHBOARD_ROWS  # lines per section: the most urgent first; the register holds the rest
CASE_ROLE = Qt.ItemDataRole.UserRole
DRAFT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = 4  # family, case, when, why
OVERDUE_COLOUR = "#b91c1c"
TODAY_COLOUR = "#b45309"


class DashboardPage(QWidget):
    def __init__(self, desk: DeskPort) -> None:
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
        def load(svc):
            d = svc.desk.dashboard()
            ids = ([i.case_id for i in d.overdue[:SHOWN]] + [i.case_id for i in d.due_today[:SHOWN]]
                   + [e.measure.case_id for e in d.expiring] + [r.id for r in d.high_risk[:SHOWN]]
                   + [dr.case_id for dr in d.drafts])
            return d, svc.desk.case_heads(ids)

        self.desk.client.call(load, on_done=self._show)

    def _show(self, loaded: tuple[Dashboard, dict[str, tuple[str, str]]]) -> None:
        d, heads = loaded
        name = self.desk.inspector.name if self.desk.inspector else ""
        self.greeting.setText(self.tr("Good day, {0}").format(name))
        last = d.last_export_at[:16].replace("T", " ") if d.last_export_at else self.tr("never")
        self.sync_line.setText(self.tr("Not yet sent to headquarters: {0} changes. Last export: {1}.")
                               .format(d.unsent_changes, last))
        m = self.model
        m.clear()
        # Each line leads with the family (the affected person, "Фамилия И.О."); the case
        # number and address follow. "Why" says why the line is there, never a name. Colour
        # only where it means something: the date of an overdue contact in red, of one due
        # today in amber, of a measure ending within two days in red.
        m.setHorizontalHeaderLabels([self.tr("Family"), self.tr("Case"), self.tr("When"),
                                     self.tr("Why")])
        red, amber = QBrush(QColor(OVERDUE_COLOUR)), QBrush(QColor(TODAY_COLOUR))
        unnamed = self.tr("(no affected person yet)")

        def section(title: str, count: int) -> QStandardItem:
            head = QStandardItem(f"{title} ({count})")
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            m.appendRow([head] + [QStandardItem() for _ in range(COLUMNS - 1)])
            # The section's title spans the row: it does not widen the family column.
            self.view.setFirstColumnSpanned(m.rowCount() - 1, QModelIndex(), True)
            return head

        def row(parent: QStandardItem, case_id: str, case_text: str, when: str, why: str,
                when_brush: QBrush | None = None, draft=None) -> None:
            family = heads.get(case_id, ("", ""))[1]
            cells = [QStandardItem(family or unnamed), QStandardItem(case_text), QStandardItem(when),
                     QStandardItem(why)]
            cells[1].setToolTip(case_text)  # cut with "…" on a narrow window
            cells[3].setToolTip(why)
            if not family:
                cells[0].setForeground(QBrush(QColor("#64748b")))
            for c in cells:
                c.setData(case_id, CASE_ROLE)
                c.setData(draft, DRAFT_ROLE)
            if when_brush is not None:
                cells[2].setForeground(when_brush)
                font = cells[2].font()
                font.setBold(True)
                cells[2].setFont(font)
            parent.appendRow(cells)

        def case_of(case_id: str, case_no: str, address: str = "") -> str:
            number = case_no or heads.get(case_id, ("", ""))[0]
            return f"{number} — {address}" if address else number

        head = section(self.tr("Overdue"), d.overdue_total)
        for item in d.overdue[:SHOWN]:
            row(head, item.case_id, case_of(item.case_id, item.case_no, item.address),
                stamp(item.due_at), self.labels.due_reason(item.reason), red)
        head = section(self.tr("Due today"), d.due_today_total)
        for item in d.due_today[:SHOWN]:
            row(head, item.case_id, case_of(item.case_id, item.case_no, item.address),
                stamp(item.due_at, "%H:%M"), self.labels.due_reason(item.reason), amber)
        head = section(self.tr("Measures ending within 5 days"), d.expiring_total)
        for e in d.expiring:
            why = self.labels.measure(e.measure.kind)
            if e.court_decision_pending:
                why += " — " + self.tr("no court decision yet")
            row(head, e.measure.case_id, case_of(e.measure.case_id, e.case_no),
                self.tr("in {0} days").format(e.days_left), why, red if e.days_left <= 2 else None)
        head = section(self.tr("High-risk cases"), len(d.high_risk))
        for r in d.high_risk[:SHOWN]:
            row(head, r.id, case_of(r.id, r.case_no, r.address),
                stamp(r.due_at, "%d.%m.%Y"),
                self.labels.due_reason(r.due_reason) if r.due_reason else self.tr("high risk"))
        head = section(self.tr("Unfinished drafts"), len(d.drafts))
        for dr in d.drafts:
            when = stamp(dr.updated_at)
            row(head, dr.case_id, case_of(dr.case_id, ""), when,
                self.tr("{0}: continue where you stopped").format(self.labels.kind(dr.kind)),
                draft=dr)
        if d.overdue_total > SHOWN:
            more = QStandardItem(self.tr("… and {0} more: see Cases, sorted by next contact")
                                 .format(d.overdue_total - SHOWN))
            m.item(0).appendRow([more] + [QStandardItem() for _ in range(COLUMNS - 1)])
        self.view.expandAll()
        header = self.view.header()
        # The family and the date at their width; the case (number and address) and "why"
        # share the rest, cut with "…" (whole in the tooltip): no sideways scrolling.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _open(self, index) -> None:
        case_id = index.data(CASE_ROLE)
        if not case_id:
            return
        draft = index.data(DRAFT_ROLE)
        self.desk.open_case(case_id)
        if draft is not None:
            self.desk.open_form(draft.kind, case_id, draft=draft)
