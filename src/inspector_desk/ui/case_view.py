"""One case: its people and their roles, one timeline of everything that happened, and the
actions to add to it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QTableView,
    QVBoxLayout, QWidget,
)

from inspector_desk.core.kinds import form_kinds, happened_at
from inspector_desk.core.records import Incident, Measure, Referral, RiskAssessment, Visit
from inspector_desk.core.services import CaseView
from inspector_desk.core.statistics import measure_state
from inspector_desk.ui.flow import FlowLayout
from inspector_desk.ui.labels import Labels
from inspector_desk.ui.pages import DeskPort

RECORD_ROLE = Qt.ItemDataRole.UserRole
PARTICIPANT_ROLE = Qt.ItemDataRole.UserRole + 1
RISK_STYLE = {"high": "background:#fecaca;color:#7f1d1d", "medium": "background:#fde68a;color:#78350f",
              "standard": "background:#d1fae5;color:#065f46", "unknown": "background:#e5e7eb"}


def _when(record) -> str:
    """When the record happened (core/kinds.py: the time the timeline is sorted by)."""
    value = happened_at(record)
    return value.strftime("%d.%m.%Y %H:%M") if value is not None else ""


def _rows_table(model: QStandardItemModel, name: str) -> QTableView:
    """A read-only table of ``model`` chosen by whole rows; opening a row is the page's."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.verticalHeader().setVisible(False)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    return view


class CasePage(QWidget):
    def __init__(self, desk: DeskPort, case_id: str) -> None:
        super().__init__()
        self.desk, self.case_id = desk, case_id
        self.labels = Labels()
        self.view: CaseView | None = None
        self.forms: dict = {}
        self.lang = desk.language
        layout = QVBoxLayout(self)
        head = QGridLayout()
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 20px; font-weight: 600")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.risk = QLabel()
        self.risk.setAccessibleName(self.tr("Risk level"))
        self.address = QLabel()
        self.address.setWordWrap(True)
        self.due = QLabel()
        self.title.setWordWrap(True)
        self.due.setWordWrap(True)
        head.addWidget(self.title, 0, 0)
        head.addWidget(self.risk, 0, 1, Qt.AlignmentFlag.AlignRight)
        head.addWidget(self.address, 1, 0, 1, 2)
        head.addWidget(self.due, 2, 0, 1, 2)
        layout.addLayout(head)
        # headquarters' notices: another family known to HQ shares a person of this case
        self.notices = QLabel()
        self.notices.setObjectName("case_notices")
        self.notices.setWordWrap(True)
        self.notices.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notices.setStyleSheet("background:#e0f2fe;color:#0c4a6e;padding:6px;border-radius:4px")
        self.notices.setAccessibleName(self.tr("Notices from headquarters"))
        self.notices.hide()
        layout.addWidget(self.notices)

        actions = FlowLayout()  # nine buttons: they wrap on a narrow window (1366×768 at 150 %)
        self.buttons = {}
        # a button per kind of record (core/kinds.py: its text and their order)
        new_record = [(k.name, self.tr(k.qt_new)) for k in form_kinds() if k.qt_new]
        for key, text in (("person", self.tr("Add person")), *new_record,
                          ("print", self.tr("Case summary…")), ("close", self.tr("Close case…")),
                          ("reopen", self.tr("Reopen case…"))):
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, k=key: self._action(k))
            actions.addWidget(b)
            self.buttons[key] = b
        layout.addLayout(actions)
        self.buttons["reopen"].hide()  # shown instead of "Close case…" on a closed case
        self.today: dt.date | None = None  # the session's today, for measures past their end

        split = QSplitter(Qt.Orientation.Vertical)
        self.people = QStandardItemModel()
        self.people_view = _rows_table(self.people, self.tr("Participants"))
        self.people_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        # Enter or a double-click on a person corrects them (activated: one signal for both).
        self.people_view.activated.connect(lambda _index: self._action("edit_person"))
        self.people_view.selectionModel().selectionChanged.connect(self._people_selected)
        self.person_buttons = {}
        for key, text in (("edit_person", self.tr("Correct person…")),
                          ("remove_person", self.tr("Remove from case…"))):
            b = QPushButton(text)
            b.setEnabled(False)
            b.clicked.connect(lambda _=False, k=key: self._action(k))
            self.person_buttons[key] = b
        self.timeline = QStandardItemModel()
        self.timeline_view = _rows_table(self.timeline, self.tr("Timeline"))
        # activated alone: Qt emits it for a double-click and for Enter; listening to
        # doubleClicked as well opened the row twice (the first page destroyed mid-load).
        self.timeline_view.activated.connect(self._open_record)
        for title, view in ((self.tr("People"), self.people_view), (self.tr("Timeline"), self.timeline_view)):
            box = QWidget()
            v = QVBoxLayout(box)
            v.setContentsMargins(0, 0, 0, 0)
            label = QLabel(title)
            label.setStyleSheet("font-weight: 600")
            if view is self.people_view:
                row = FlowLayout()
                row.addWidget(label)
                for b in self.person_buttons.values():
                    row.addWidget(b)
                v.addLayout(row)
            else:
                v.addWidget(label)
            v.addWidget(view)
            split.addWidget(box)
        split.setSizes([220, 420])
        layout.addWidget(split, 1)
        self.refresh()

    def refresh(self) -> None:
        case_id = self.case_id
        # The first load is the opening (one "view" in the audit log); refreshes after a
        # save or an import show the same opening again.
        audit, self._opened = not getattr(self, "_opened", False), True
        self.desk.client.call(
            lambda svc: (svc.cases.get_case(case_id, audit=audit),
                         {k.name: svc.desk.form_definition(k.name) for k in form_kinds()},
                         svc.clock.now().date()),
            on_done=self._show)
        self.desk.client.case_notices(case_id, self.lang, self._show_notices, owner=self)

    def _show_notices(self, lines: list[str]) -> None:
        self.notice_lines = lines
        self.notices.setText("\n".join([self.tr("From headquarters:"), *lines]) if lines else "")
        self.notices.setVisible(bool(lines))

    def _choice(self, kind: str, field_id: str, code: str) -> str:
        """A code of a form answer in words, from the form's own choice list."""
        form = self.forms.get(kind)
        try:
            choices = form.field(field_id).choices if form else None
        except KeyError:
            choices = None
        return choices.label(code, self.lang) if choices and code else code

    def _show(self, loaded: tuple[CaseView, dict, dt.date]) -> None:
        view, self.forms, self.today = loaded
        self.view = view
        c = view.case
        self.title.setText(self.tr("Case {0}").format(c.case_no))
        self.risk.setText(" " + self.tr("Risk: {0}").format(self.labels.risk(c.risk_level)) + " ")
        self.risk.setStyleSheet(RISK_STYLE.get(c.risk_level, "") + ";padding:4px;border-radius:4px")
        self.address.setText(f"{c.address} · {c.district} · {self.labels.status(c.status)} · "
                             f"{self.labels.source(c.source)}")
        if view.next_due:
            at, reason = view.next_due
            self.due.setText(self.tr("Next contact: {0} — {1}").format(
                at.strftime("%d.%m.%Y %H:%M"), self.labels.due_reason(reason)))
        else:
            self.due.setText(self.tr("The case is closed: {0}").format(self.labels.closure(c.closure_reason))
                             if c.status == "closed" else "")
        closed = c.status == "closed"
        for key, button in self.buttons.items():
            button.setEnabled(not closed or key in ("print", "reopen"))
        self.buttons["close"].setVisible(not closed)
        self.buttons["reopen"].setVisible(closed)

        self.people.clear()
        self.people.setHorizontalHeaderLabels([self.tr("Role"), self.tr("Name"), self.tr("IIN"),
                                               self.tr("Born"), self.tr("Relation"),
                                               self.tr("Lives with the victim"), self.tr("Phone")])
        cohabiting = {"yes": self.tr("yes"), "no": self.tr("no"), "unknown": self.tr("unknown")}
        for p in view.participants:
            person = p.person
            lives = ("" if p.participant.role == "affected"
                     else cohabiting.get(p.participant.cohabiting, p.participant.cohabiting))
            self.people.appendRow([QStandardItem(x) for x in (
                self.labels.role(p.participant.role), person.full_name, person.iin or "",
                person.birth_date.strftime("%d.%m.%Y") if person.birth_date else "",
                self.labels.relation(p.participant.relation), lives, ", ".join(person.phones))])
            self.people.item(self.people.rowCount() - 1, 0).setData(p, PARTICIPANT_ROLE)
        self._people_selected()
        self.people_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.people_view.horizontalHeader().setStretchLastSection(True)

        self.timeline.clear()
        self.timeline.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Details"),
                                                 self.tr("By")])
        for r in view.timeline:
            items = [QStandardItem(x) for x in (_when(r), self.labels.kind(r.KIND), self._detail(r),
                                                r.created_by)]
            for it in items:
                it.setData(r, RECORD_ROLE)
            self.timeline.appendRow(items)
        header = self.timeline_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.desk.case_shown(self)  # the window title; an overdue contact flagged (main_window)

    def _detail(self, r) -> str:
        c = self._choice
        if isinstance(r, RiskAssessment):
            text = self.tr("score {0}, level: {1}").format(r.score, self.labels.risk(r.level))
            return text + (" (" + self.tr("professional judgement") + ")" if r.override_level else "")
        if isinstance(r, Measure):
            span = f"{r.valid_from:%d.%m.%Y} – {r.valid_to:%d.%m.%Y}" if r.valid_from and r.valid_to else ""
            state = measure_state(r, self.today) if self.today else r.status
            # An active measure past its last day has ended, whatever its status still says.
            words = self.tr("ended") if state == "ended" else c(r.KIND, "status", r.status)
            return f"{self.labels.measure(r.kind)} {span} · {words}"
        if isinstance(r, Incident):
            return ", ".join(c(r.KIND, "violence_types", v) for v in r.violence_types)
        if isinstance(r, Referral):
            return f"{c(r.KIND, 'service', r.service)} · {c(r.KIND, 'outcome', r.outcome)}"
        if isinstance(r, Visit):
            kind = c(r.KIND, "visit_type", r.visit_type)
            if r.next_visit_due:
                return self.tr("{0} · next: {1}").format(kind, r.next_visit_due.strftime("%d.%m.%Y"))
            return kind
        return ""

    def _open_record(self, index) -> None:
        record = index.data(RECORD_ROLE)
        if record is not None:
            self.desk.open_form(record.KIND, self.case_id, record=record)

    def selected_participant(self):
        """The person (ParticipantView) of the selected row of the People table, or None."""
        rows = self.people_view.selectionModel().selectedRows() if self.people_view.selectionModel() else []
        if not rows:
            index = self.people_view.currentIndex()
            if not index.isValid():
                return None
            rows = [index]
        item = self.people.item(rows[0].row(), 0)
        return item.data(PARTICIPANT_ROLE) if item is not None else None

    def _people_selected(self, *_args) -> None:
        closed = self.view is not None and self.view.case.status == "closed"
        chosen = self.selected_participant() is not None
        self.person_buttons["edit_person"].setEnabled(chosen)
        self.person_buttons["remove_person"].setEnabled(chosen and not closed)

    def _person_dialog(self, key: str) -> None:
        from inspector_desk.ui import case_dialogs

        chosen = self.selected_participant()
        if chosen is None or self.view is None:
            return
        case_id, case_no, person_id = self.case_id, self.view.case.case_no, chosen.person.id

        def opened(loaded) -> None:
            person, links = loaded
            others = sorted({link.case_no for link in links if link.case_id != case_id})
            if key == "edit_person":
                case_dialogs.EditPersonDialog(self.desk, case_id, person, others, self).open()
            else:
                case_dialogs.RemovePersonDialog(self.desk, case_id, case_no, chosen.participant,
                                                person, links, self).open()

        self.desk.client.call(lambda svc: (svc.people.get_person(person_id), svc.people.person_links(person_id)),
                              on_done=opened, owner=self)

    def _action(self, key: str) -> None:
        from inspector_desk.ui import case_dialogs

        case_no = self.view.case.case_no if self.view is not None else ""
        if key == "person":
            case_dialogs.AddPersonDialog(self.desk, self.case_id, self).open()
        elif key in ("edit_person", "remove_person"):
            self._person_dialog(key)
        elif key == "close":
            case_dialogs.CloseCaseDialog(self.desk, self.case_id, self, case_no).open()
        elif key == "reopen":
            case_dialogs.ReopenCaseDialog(self.desk, self.case_id, self, case_no).open()
        elif key == "print":
            from inspector_desk.ui.documents import DocumentDialog

            DocumentDialog(self.desk, "case-summary", self.case_id, self).open()
        else:
            self.desk.open_form(key, self.case_id)
