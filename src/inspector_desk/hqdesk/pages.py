"""The screens of the headquarters desk other than Conflicts (hqdesk/conflicts.py)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspector_desk.hq import users as hq_users
from inspector_desk.hq.quarantine import size_text
from inspector_desk.hq.service import CaseloadRow, CaseView, DeviceOverview, EnrolmentLetter, InboxResult
from inspector_desk.hqdesk.common import (
    Page,
    ReasonDialog,
    TextDialog,
    age_text,
    error_text,
    fill,
    selected_data,
    table,
)
from inspector_desk.ui.paging import PAGE, PagedTableModel


def _numbers(values: list[int]) -> str:
    return ", ".join(map(str, values[:10])) + ("…" if len(values) > 10 else "") if values else "—"


def _add_buttons(row: QHBoxLayout, parent: QWidget, *specs: tuple[str, str, Any]) -> dict[str, QPushButton]:
    """Buttons (object name, text, slot) added to ``row``, by object name."""
    made = {}
    for name, text, slot in specs:
        b = QPushButton(text, parent)
        b.setObjectName(name)
        b.clicked.connect(slot)
        row.addWidget(b)
        made[name] = b
    return made


def _buttons(parent: QWidget, *specs: tuple[str, str, Any]) -> tuple[QHBoxLayout, dict[str, QPushButton]]:
    row = QHBoxLayout()
    made = _add_buttons(row, parent, *specs)
    row.addStretch(1)
    return row, made


def _text_row(parent: QWidget, name: str, placeholder: str,
              *specs: tuple[str, str, Any]) -> tuple[QHBoxLayout, QLineEdit, dict[str, QPushButton]]:
    """A line of text (object ``name``) that takes the room, then buttons (see _add_buttons)."""
    row = QHBoxLayout()
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    row.addWidget(edit, 1)
    return row, edit, _add_buttons(row, parent, *specs)


# --- devices ----------------------------------------------------------------------------------


class EnrolDialog(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enrol a laptop"))
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.request = QLineEdit(self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        row.addWidget(self.request)
        row.addWidget(browse)
        form.addRow(self.tr("Enrolment request (.idreq):"), row)
        self.prefix = QLineEdit(self)
        self.prefix.setPlaceholderText("K7QM")
        form.addRow(self.tr("Case-number prefix:"), self.prefix)
        self.unit = QLineEdit(self)
        self.unit.setPlaceholderText(self.tr("as in the request"))
        form.addRow(self.tr("Unit:"), self.unit)
        self.replace = QCheckBox(self.tr("This device id is enrolled with another key: replace it"), self)
        form.addRow(self.replace)
        self.reason = QLineEdit(self)
        form.addRow(self.tr("Reason (for a replaced key):"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Enrolment request"), "",
                                              self.tr("Enrolment requests (*.idreq)"))
        if path:
            self.request.setText(path)


class DevicesPage(Page):
    action = "devices"

    def __init__(self, desk) -> None:
        super().__init__(desk)
        layout = QVBoxLayout(self)
        row, self.buttons = _buttons(self, ("refresh", self.tr("Refresh"), self.refresh),
                                     ("enrol", self.tr("Enrol…"), self._enrol),
                                     ("revoke", self.tr("Revoke…"), self._revoke),
                                     ("update", self.tr("Update pack…"), self._update),
                                     ("receipt", self.tr("Write receipt"), self._receipt))
        for name, action in (("enrol", "enrol"), ("revoke", "revoke"), ("update", "updates"),
                             ("receipt", "inbox")):
            self.buttons[name].setVisible(desk.session.allowed(action))
        layout.addLayout(row)
        self.fingerprint = QLabel(self)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.fingerprint)
        self.table = table(self)
        self.table.setObjectName("devices")
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        self.rows: list[DeviceOverview] = []

    def title(self) -> str:
        return self.tr("Devices")

    def refresh(self) -> None:
        self.fingerprint.setText(self.tr("Headquarters key fingerprint: {0}").format(self.session.fingerprint))
        self.call(self.session.devices, done=self._show)

    def _show(self, rows: list[DeviceOverview]) -> None:
        self.rows = rows
        status = {"approved": self.tr("enrolled"), "revoked": self.tr("revoked")}
        fill(self.table, [self.tr("Prefix"), self.tr("Status"), self.tr("Inspector"), self.tr("Name"),
                          self.tr("District"), self.tr("Bundles"), self.tr("Last no."), self.tr("Last bundle"),
                          self.tr("Age"), self.tr("Missing"), self.tr("Burned"), self.tr("Forks"),
                          self.tr("Revoked"), self.tr("Device id")],
             [[d.prefix, status.get(d.status, d.status), d.login, d.name, d.district, d.bundles, d.last_seq,
               self.when(d.last_bundle_at), age_text(self, d.last_bundle_age_hours), _numbers(d.missing),
               _numbers(d.burned), _numbers(d.forks),
               f"{self.when(d.revoked_at)} ({d.revoke_reason})" if d.revoked_at else "", d.device_id]
              for d in rows],
             [d.device_id for d in rows])
        self.ready.emit()

    def _enrol(self) -> None:
        d = EnrolDialog(self)
        if d.exec() != QDialog.DialogCode.Accepted:
            return
        request, prefix = d.request.text().strip(), d.prefix.text().strip()
        unit, replace, reason = d.unit.text().strip() or None, d.replace.isChecked(), d.reason.text()
        session = self.session
        self.call(lambda: session.enrol(Path(request), prefix, unit=unit, replace_key=replace, reason=reason),
                  done=self._enrolled)

    def letter(self, l: EnrolmentLetter) -> str:
        return self.tr(
            "Enrolment of the laptop of {0} ({1})\n\nDevice: {2}\nCase numbers begin with: {3}\n"
            "Unit: {4}\nEnrolment file: {5}\n\nOn the laptop: Headquarters → Import enrolment file, "
            "choose the file, then type headquarters' key fingerprint exactly as printed here:\n\n"
            "        {6}\n\nIf the program shows another fingerprint, stop and call headquarters: "
            "the file did not come from us.").format(l.name, l.login, l.device_id, l.prefix, l.unit or "—",
                                                      l.file.name, l.fingerprint)

    def _enrolled(self, l: EnrolmentLetter) -> None:
        self.say(self.tr("Enrolled {0} with prefix {1}; file: {2}").format(l.login, l.prefix, l.file))
        self.letter_dialog = TextDialog(self, self.tr("Enrolment letter"), self.letter(l))
        self.letter_dialog.open()
        self.refresh()

    def _revoke(self) -> None:
        device = selected_data(self.table)
        if not device:
            self.say(self.tr("Choose a device first."))
            return
        reason = ReasonDialog.ask(self, self.tr("Revoke a device"),
                                  self.tr("Every further bundle of this device will be refused. Why?"))
        if reason:
            self.call(self.session.revoke, device, reason, done=lambda _r: (self.say(self.tr("Revoked.")),
                                                                          self.refresh()))

    def _update(self) -> None:
        device = selected_data(self.table)
        if not device:
            self.say(self.tr("Choose a device first."))
            return
        picker = QFileDialog(self, self.tr("Forms, choice lists, follow-up rules"), "",
                             self.tr("Forms and rules (*.yaml *.yml *.json)"))
        picker.setFileMode(QFileDialog.FileMode.ExistingFiles)
        picker.setOption(QFileDialog.Option.DontUseNativeDialog)
        if picker.exec() != QDialog.DialogCode.Accepted or not picker.selectedFiles():
            return
        files = picker.selectedFiles()
        from inspector_desk.hq.updates import FORM_FILE

        forms = [Path(f) for f in files if FORM_FILE.match(Path(f).name)]
        rules = next((Path(f) for f in files if f.endswith(".json")), None)
        choices = [Path(f) for f in files if Path(f) not in forms and not f.endswith(".json")]
        session = self.session
        self.call(lambda: session.send_update(device, forms=forms, choices=choices, rules=rules),
                  done=lambda p: self.say(self.tr("Update pack written: {0}").format(p)))

    def _receipt(self) -> None:
        device = selected_data(self.table)
        if device:
            self.call(self.session.receipt, device, done=lambda p: self.say(self.tr("Receipt written: {0}").format(p)))


# --- inbox ------------------------------------------------------------------------------------


class InboxPage(Page):
    action = "inbox"

    def __init__(self, desk) -> None:
        super().__init__(desk)
        self.job = None
        self.result: InboxResult | None = None
        layout = QVBoxLayout(self)
        row, self.folder, made = _text_row(self, "inbox-folder", self.tr("A folder or a USB stick with *.idb bundles"),
                                           ("choose", self.tr("Choose…"), self._choose),
                                           ("import", self.tr("Import"), self.start),
                                           ("cancel", self.tr("Cancel"), self.cancel))
        self.choose_button, self.import_button, self.cancel_button = made["choose"], made["import"], made["cancel"]
        self.cancel_button.setEnabled(False)
        layout.addLayout(row)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        layout.addWidget(self.progress)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        layout.addWidget(self.summary)
        self.results = table(self)
        self.results.setObjectName("results")
        layout.addWidget(self.results, 1)
        self.quarantine_label = QLabel(self)
        self.quarantine_label.setObjectName("quarantine")
        self.quarantine_label.setWordWrap(True)
        layout.addWidget(self.quarantine_label)
        qrow, self.qbuttons = _buttons(self, ("purge", self.tr("Remove entries older than the retention"),
                                              self._purge))
        layout.addLayout(qrow)
        self.receipts = QLabel(self)
        self.receipts.setObjectName("receipts")
        self.receipts.setWordWrap(True)
        self.receipts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.receipts)
        layout.addWidget(self.message)

    def title(self) -> str:
        return self.tr("Inbox")

    def refresh(self) -> None:
        if self.job is None:
            self.call(self.session.quarantine, done=self._quarantine)

    def _choose(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder with bundles"), self.folder.text())
        if path:
            self.folder.setText(path)

    def start(self) -> None:
        text = self.folder.text().strip()
        if not text or not Path(text).exists():
            self.fail(ValueError(self.tr("Choose a folder with bundles first")))
            return
        self.job = self.session.import_inbox([Path(text)])
        self.progress.setRange(0, max(self.job.result.total, 1))
        self.progress.setValue(0)
        self.summary.setText(self.tr("Importing %n file(s)…", "", self.job.result.total))
        self.import_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.worker_job = self.call(self.job.run, done=lambda _r: self._finished(),
                                    progress=self._progress, cancelled=self._finished)

    def cancel(self) -> None:
        if self.job is not None:
            self.worker_job.cancel()
            self.summary.setText(self.tr("Stopping after the current file…"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if self.job is not None:
            self._rows(self.job.result)

    def _finished(self) -> None:
        job, self.job = self.job, None
        self.import_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if job is None:
            return
        r = self.result = job.result
        self._rows(r)
        if not r.cancelled:
            self.progress.setValue(self.progress.maximum())
        self.summary.setText(self.tr("{0}{1} file(s): {2} accepted, {3} already imported, {4} refused, "
                                     "{5} skipped").format(self.tr("Cancelled. ") if r.cancelled else "",
                                                           len(r.rows), r.count("imported"),
                                                           r.count("already_imported"), r.count("refused"),
                                                           r.count("skipped")))
        self.receipts.setText(self.tr("Receipts to carry back ({0}): {1}").format(
            r.receipts_dir, ", ".join(p.name for p in r.receipts) or "—"))
        if r.quarantine is not None:
            self._quarantine(r.quarantine)
        self.ready.emit()

    def _rows(self, r: InboxResult) -> None:
        outcome = {"imported": self.tr("accepted"), "already_imported": self.tr("already imported"),
                   "refused": self.tr("refused"), "skipped": self.tr("skipped (not a regular file)")}
        fill(self.results, [self.tr("File"), self.tr("Result"), self.tr("Device"), self.tr("No."),
                            self.tr("Records"), self.tr("Conflicts"), self.tr("Reason"), self.tr("Quarantine")],
             [[x.file, outcome.get(x.outcome, x.outcome), x.device_id[:8], x.seq, x.records, x.conflicts,
               self._reason(x), x.quarantined] for x in r.rows])

    def _reason(self, x) -> str:
        """Why a bundle was refused (the catalogue's sentence, in the reader's language), or
        the import's notes; an already imported bundle: when it was."""
        if x.outcome == "already_imported":
            return self.tr("imported on {0}").format(self.when(x.reason)) if x.reason else ""
        if x.error is not None:
            return error_text(x.error, self.desk.lang)
        if x.code:
            return f"{x.code}: {x.reason}"
        return "; ".join(x.notes)

    def _quarantine(self, q) -> None:
        when = self.when
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(q.by_reason.items(), key=lambda kv: -kv[1])) or "—"
        self.quarantine_label.setText(self.tr(
            "Quarantine ({0}): {1} file(s), {2}; oldest {3}, newest {4}; by reason: {5}. "
            "Kept {6} days: {7} older than that.").format(q.folder, q.count, size_text(q.bytes), when(q.oldest),
                                                          when(q.newest), reasons, q.retention_days, q.expired))
        self.qbuttons["purge"].setEnabled(q.expired > 0)
        if self.job is None:
            self.ready.emit()

    def _purge(self) -> None:
        self.call(self.session.purge_quarantine, done=lambda r: (
            self.say(self.tr("Removed {0} entries ({1}).").format(r[0], size_text(r[1]))), self.refresh()))


# --- caseload ---------------------------------------------------------------------------------


class ReassignDialog(QDialog):
    def __init__(self, parent: QWidget, case_no: str, devices: list[DeviceOverview]) -> None:
        super().__init__(parent)
        self.setObjectName("reassign-dialog")
        self.setWindowTitle(self.tr("Reassign case {0}").format(case_no))
        form = QFormLayout(self)
        self.device = QComboBox(self)
        self.device.setObjectName("device")
        for d in devices:
            if d.status == "approved":
                self.device.addItem(f"{d.login} — {d.name} ({d.prefix})", d.device_id)
        form.addRow(self.tr("To the laptop of:"), self.device)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class GroupCasesModel(PagedTableModel):
    """The open cases of one caseload group, read from the session a page at a time when the
    view shows them (ui/paging.py, as the inspector's register); pages of a group that is no
    longer shown are dropped on arrival."""

    def __init__(self, page: "CaseloadPage") -> None:
        super().__init__(page)
        self.page = page
        self.group: tuple[str | None, str | None] | None = None

    def set_group(self, group: tuple[str | None, str | None] | None, total: int) -> None:
        self._generation += 1
        self.group = group
        self.restart(total if group is not None else 0)
        if self.total:
            self.request(0)

    def fetch(self, page: int, generation: int) -> None:
        if self.group is None:
            return
        district, inspector = self.group
        self.page.call(self.page.session.caseload_cases, district, inspector, page * PAGE, PAGE,
                       done=lambda rows: self.arrived(generation, page, rows))

    def page_shown(self, page: int) -> None:
        if page == 0:
            self.page.cases_shown.emit()

    def cell(self, c: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return c
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        p = self.page
        overdue = QCoreApplication.translate("CaseloadPage", "yes") if c.overdue else ""
        return (c.case_no, p.labels.ui.risk(c.risk_level), p.when(c.due_at), overdue,
                c.ending_soon or "", c.court_missing or "")[column]


class CaseloadPage(Page):
    action = "caseload"
    cases_shown = Signal()
    """Emitted when the first page of an opened group's cases is on screen."""

    def __init__(self, desk) -> None:
        super().__init__(desk)
        self.rows: list[CaseloadRow] = []
        layout = QVBoxLayout(self)
        row, self.buttons = _buttons(self, ("refresh", self.tr("Refresh"), self.refresh),
                                     ("open", self.tr("Open case (read-only)…"), self.open_selected),
                                     ("reassign", self.tr("Reassign…"), self._reassign))
        self.buttons["reassign"].setVisible(desk.session.allowed("reassign"))
        layout.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.table = table(self)
        self.table.setObjectName("caseload")
        self.table.itemSelectionChanged.connect(self._group)
        split.addWidget(self.table)
        self.cases = QTableView(self)
        self.cases.setObjectName("cases")
        self.cases.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cases.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cases.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cases.verticalHeader().setVisible(False)
        self.cases.horizontalHeader().setStretchLastSection(True)
        self.model = GroupCasesModel(self)
        self.model.headers = [self.tr("Case"), self.tr("Risk"), self.tr("Next contact"), self.tr("Overdue"),
                              self.tr("Measures ending"), self.tr("Court decision missing")]
        self.cases.setModel(self.model)
        for col, width in enumerate((150, 110, 140, 90, 150)):
            self.cases.setColumnWidth(col, width)
        self.cases.doubleClicked.connect(lambda _i: self.open_selected())
        split.addWidget(self.cases)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        self.case_dialog: TextDialog | None = None

    def title(self) -> str:
        return self.tr("Caseload")

    def refresh(self) -> None:
        self.call(self.session.caseload, done=self._show)

    def _show(self, rows: list[CaseloadRow]) -> None:
        self.rows = rows
        fill(self.table, [self.tr("District"), self.tr("Inspector"), self.tr("Open cases"), self.tr("High risk"),
                          self.tr("Overdue contacts"), self.tr("Measures ending ≤ 5 days"),
                          self.tr("Court decision missing"), self.tr("Last sync")],
             [[r.district or "—", r.inspector or "—", r.open_cases, r.high_risk, r.overdue, r.ending_soon,
               r.court_missing, age_text(self, r.last_sync_age_hours)] for r in rows], list(range(len(rows))))
        self.model.set_group(None, 0)
        self.ready.emit()

    def _group(self) -> None:
        n = selected_data(self.table)
        if n is None or n >= len(self.rows) or self.desk.session is None:
            return
        r = self.rows[n]
        self.model.set_group((r.district, r.inspector), r.open_cases)

    def selected_case(self) -> Any:
        index = self.cases.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def open_selected(self) -> None:
        case = self.selected_case()
        if case is None:
            self.say(self.tr("Choose a case first."))
            return
        reason = ReasonDialog.ask(self, self.tr("Open case {0}").format(case.case_no),
                                  self.tr("Why do you open this family's case? (Recorded in the HQ audit "
                                          "with your name.)"))
        if reason:
            self.call(self.session.view_case, case.case_id, reason, done=self._case)

    def _case(self, v: CaseView) -> None:
        lines = [self.tr("Case {0} — read-only").format(v.case_no),
                 self.tr("Owner: {0} ({1})").format(v.owner_login or "—", v.owner_device[:8] or "—"), ""]
        L = self.labels
        for k in ("status", "district", "beat", "address", "inspector", "risk_level", "source", "opened_at",
                  "closed_at", "closure_reason", "version", "updated_at", "updated_by"):
            value = v.fields.get(k)
            if value not in (None, ""):
                name = self.tr("Version") if k == "version" else self.tr("Changed") if k == "updated_at" else \
                    self.tr("Changed by") if k == "updated_by" else L.field(k)
                lines.append(f"{name}: {L.value(k, value) or L.when(value) if k.endswith('_at') else L.value(k, value) or value}")
        lines += ["", self.tr("People:")]
        lines += [f"  {L.ui.role(role)}: {name}  {L.when(born) if born else ''}" for role, name, born in v.people]
        lines += ["", self.tr("Records:")]
        lines += [f"  {L.when(r.at) if r.at else '—'}  {L.kind(r.kind)}: {r.summary}" for r in v.records]
        self.case_dialog = TextDialog(self, self.tr("Case {0}").format(v.case_no), "\n".join(lines))
        self.case_dialog.setObjectName("case-dialog")
        self.case_dialog.open()
        self.say(self.tr("Case {0} opened; the view is recorded in the HQ audit.").format(v.case_no))

    def _reassign(self) -> None:
        case = self.selected_case()
        if case is None:
            self.say(self.tr("Choose a case first."))
            return
        self.call(self.session.devices, done=lambda devices: self._ask_device(case, devices))

    def _ask_device(self, case, devices: list[DeviceOverview]) -> None:
        d = ReassignDialog(self, case.case_no, [x for x in devices if x.login != case.inspector])
        if d.exec() != QDialog.DialogCode.Accepted or d.device.currentData() is None:
            return
        self.reassign(case.case_no, d.device.currentData())

    def reassign(self, case_no: str, device_id: str) -> None:
        self.call(self.session.reassign, case_no, device_id, done=lambda packs: (
            self.say(self.tr("Case {0} reassigned; update packs: {1}").format(
                case_no, ", ".join(p.name for p in packs))), self.refresh()))


# --- statistics -------------------------------------------------------------------------------


class StatisticsPage(Page):
    """The monthly figures (``HqSession.screen_figures``: without the list of overdue cases,
    which the screen does not show) as a table and as charts (hqdesk/charts.py), exported as
    CSV, PDF and XLSX (the full figures of the month and grouping on screen)."""

    action = "statistics"

    def __init__(self, desk) -> None:
        super().__init__(desk)
        self.groups: list[Any] = []
        self.shown: tuple[str, str] | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.month = QLineEdit(desk.session.now().strftime("%Y-%m"), self)
        self.month.setObjectName("month")
        self.by = QComboBox(self)
        self.by.setObjectName("by")
        self.by.addItem(self.tr("by district"), "district")
        self.by.addItem(self.tr("by inspector"), "inspector")
        row.addWidget(QLabel(self.tr("Month (YYYY-MM):"), self))
        row.addWidget(self.month)
        row.addWidget(self.by)
        made = _add_buttons(row, self, ("compute", self.tr("Compute"), self.refresh),
                            ("csv", self.tr("Export CSV"), self._csv),
                            ("pdf", self.tr("Export PDF"), self._pdf),
                            ("xlsx", self.tr("Export XLSX"), self._xlsx))
        self.compute_button, self.csv_button, self.pdf_button, self.xlsx_button = (
            made["compute"], made["csv"], made["pdf"], made["xlsx"])
        self.xlsx_button.setVisible(desk.session.can_export_xlsx)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = table(self)
        self.table.setObjectName("figures")
        self.table.horizontalHeader().setStretchLastSection(False)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("statistics_tabs")
        self.tabs.addTab(self.table, self.tr("Figures"))
        self.charts_area = QScrollArea(self)
        self.charts_area.setObjectName("charts")
        self.charts_area.setWidgetResizable(True)
        self.charts_box = QWidget(self.charts_area)
        QVBoxLayout(self.charts_box)
        self.charts_area.setWidget(self.charts_box)
        self.tabs.addTab(self.charts_area, self.tr("Charts"))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.charts: list[Any] = []

    def title(self) -> str:
        return self.tr("Statistics")

    def refresh(self) -> None:
        month, by = self.month.text().strip(), self.by.currentData()
        self.call(self.session.figures_and_previous, month, by,
                  done=lambda both: self._show(both, (month, by)))

    def chart_names(self) -> dict[str, str]:
        return {"by_kind": self.tr("Incidents by kind of violence (all cases)"),
                "by_category": self.tr("Victims by category (all cases)"),
                "physical": self.tr("physical"), "psychological": self.tr("psychological"),
                "sexual": self.tr("sexual"), "economic": self.tr("economic"), "child": self.tr("child"),
                "elderly": self.tr("elderly"), "woman": self.tr("woman"), "man": self.tr("man"),
                "unknown": self.tr("unknown")}

    def _show(self, both: tuple[list[Any], list[Any]], shown: tuple[str, str] | None = None) -> None:
        """The figures as printed (reports/statistics.py ``summary_rows``): one row per
        figure, named in the reader's language; one column per group, the total last. The
        charts (hqdesk/charts.py) show the same figures."""
        from inspector_desk.hq.report import TOTAL_GROUP
        from inspector_desk.hqdesk.charts import BarChart, chart_data
        from inspector_desk.reports.statistics import summary_rows

        groups, previous = both
        self.groups, self.previous = groups, previous
        self.shown = shown
        rows = summary_rows(groups, self.desk.lang) if groups else []
        heads = [self.tr("Total") if g.group == TOTAL_GROUP else (g.group or "—") for g in groups]
        fill(self.table, [self.tr("Figure"), *heads], [[name, *values] for name, values in rows])
        box = self.charts_box.layout()
        for chart in self.charts:
            box.removeWidget(chart)
            chart.deleteLater()
        self.charts = [BarChart(d, self.charts_box) for d in
                       chart_data(groups, self.by.currentData(), self.desk.lang, previous, self.chart_names())]
        for chart in self.charts:
            box.addWidget(chart)
        self.ready.emit()

    def _shown(self) -> tuple[str, str]:
        """The month and grouping of the figures on screen (the exports write those)."""
        return self.shown or (self.month.text().strip(), self.by.currentData())

    def _csv(self) -> None:
        self.call(self.session.export_csv, *self._shown(),
                  done=lambda p: self.say(self.tr("Written: {0}").format(p)))

    def _pdf(self) -> None:
        self.call(self.session.export_pdf, *self._shown(), None, self.desk.lang,
                  done=lambda ps: self.say(self.tr("Written: {0}").format(", ".join(str(p) for p in ps))))

    def _xlsx(self) -> None:
        self.call(self.session.export_xlsx, *self._shown(), None, self.desk.lang,
                  done=lambda p: self.say(self.tr("Written: {0}").format(p)))


# --- linked persons (hq/links.py, issue 17 item 7) ---------------------------------------------


class LinksPage(Page):
    """Candidate pairs of one person held by two inspectors (hq/links.py); an analyst
    confirms (both inspectors are told in their next update pack) or rejects each."""

    action = "links"

    def __init__(self, desk) -> None:
        super().__init__(desk)
        self.rows: list[Any] = []
        layout = QVBoxLayout(self)
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        layout.addWidget(self.note_label)
        self.table = table(self)
        self.table.setObjectName("links")
        layout.addWidget(self.table, 1)
        row, self.note, _made = _text_row(self, "link-note", self.tr("Note (required): why"),
                                          ("more-links", self.tr("More pairs"), self._more),
                                          ("confirm", self.tr("Same person: confirm"), self._confirm),
                                          ("reject-link", self.tr("Not the same: reject"), self._reject))
        layout.addLayout(row)
        layout.addWidget(self.message)

    def title(self) -> str:
        return self.tr("Linked persons")

    def refresh(self) -> None:
        if not self.session.links_available:
            self.note_label.setText(self.tr("Linked persons across inspectors are not available in this version."))
            return
        self.note_label.setText(self.tr("Candidate pairs: the same person in two inspectors' families."))
        self.call(self.session.link_candidates, 0, self.PAGE, done=self._show)

    PAGE = 50
    """Pairs read at a time, best first ("More pairs" reads the next ones): a screen shows
    about twenty, and an analyst decides them one by one; each pair's cases are read for its
    two persons, the most of the time of the first opening (docs/performance.md)."""

    def _more(self) -> None:
        if self.session.links_available:
            self.call(self.session.link_candidates, len(self.rows), self.PAGE,
                      done=lambda rows: self._show(self.rows + rows))

    @staticmethod
    def _side(s: Any) -> str:
        cases = ", ".join(getattr(s, "case_nos", []) or [])
        return f"{getattr(s, 'name', '')} — {getattr(s, 'login', '')} ({cases})"

    def _show(self, rows: list[Any]) -> None:
        self.rows = rows
        fill(self.table, [self.tr("Pair"), self.tr("Why"), self.tr("Score"), self.tr("Person 1"),
                          self.tr("Person 2")],
             [[getattr(c, "ref", ""), self.labels.link_reason(getattr(c, "reason", "")), getattr(c, "score", ""),
               self._side(getattr(c, "a", None)), self._side(getattr(c, "b", None))] for c in rows],
             [getattr(c, "ref", "") for c in rows])
        self.ready.emit()

    def _decide(self, fn: Any, text: str) -> None:
        ref = selected_data(self.table)
        note = self.note.text().strip()
        if not ref or not note:
            self.fail(ValueError(self.tr("Choose a pair and write a note")))
            return
        self.call(fn, ref, note, done=lambda d: (self.say(text.format(ref, ", ".join(
            p.name for p in getattr(d, "packs", []) or []) or "—")), self.note.clear(), self.refresh()))

    def _confirm(self) -> None:
        self._decide(self.session.link_confirm, self.tr("{0} confirmed; update packs: {1}"))

    def _reject(self) -> None:
        self._decide(self.session.link_reject, self.tr("{0} rejected{1:.0}"))


# --- recovery ---------------------------------------------------------------------------------


class RecoveryPage(Page):
    action = "recovery"

    def __init__(self, desk) -> None:
        super().__init__(desk)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("A passphrase recovery request from a laptop (.idrecreq): every "
                                        "recovery officer types their own passphrase."), self))
        row = QHBoxLayout()
        self.request = QLineEdit(self)
        self.request.setObjectName("request")
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        row.addWidget(self.request, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.officers: list[QLineEdit] = []
        self.approve = QPushButton(self.tr("Approve recovery"), self)
        self.approve.setObjectName("approve")
        self.approve.clicked.connect(self._approve)
        layout.addWidget(self.approve)
        layout.addStretch(1)
        layout.addWidget(self.message)

    def title(self) -> str:
        return self.tr("Recovery")

    def refresh(self) -> None:
        if not self.officers:
            self.call(self.session.recovery_officers, done=self._fields)
        else:
            self.ready.emit()

    def _fields(self, n: int) -> None:
        for i in range(n):
            edit = QLineEdit(self)
            edit.setObjectName(f"officer{i + 1}")
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.form.addRow(self.tr("Officer {0}:").format(i + 1), edit)
            self.officers.append(edit)
        self.ready.emit()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Recovery request"), "",
                                              self.tr("Recovery requests (*.idrecreq)"))
        if path:
            self.request.setText(path)

    def _approve(self) -> None:
        secrets = [e.text() for e in self.officers]
        for e in self.officers:
            e.clear()
        self.call(self.session.approve_recovery, Path(self.request.text().strip()), secrets,
                  done=lambda p: self.say(self.tr("Answer written: {0}. Carry it to the laptop.").format(p)))


# --- audit, users -----------------------------------------------------------------------------


class AuditPage(Page):
    action = "audit"

    def __init__(self, desk) -> None:
        super().__init__(desk)
        self.entries: list[Any] = []
        layout = QVBoxLayout(self)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("filter")
        self.filter.setPlaceholderText(self.tr("Filter: user, action, case…"))
        self.filter.textChanged.connect(lambda _t: self._show(self.entries))
        layout.addWidget(self.filter)
        self.table = table(self)
        self.table.setObjectName("audit")
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def title(self) -> str:
        return self.tr("Audit")

    def refresh(self) -> None:
        self.call(self.session.audit, done=self._show)

    def _show(self, entries: list[Any]) -> None:
        self.entries = entries
        words = self.filter.text().lower().split()
        shown = [e for e in reversed(entries)
                 if all(w in f"{e.actor} {e.action} {self.labels.action(e.action)} {e.subject} {e.detail}".lower()
                        for w in words)]
        L = self.labels
        fill(self.table, [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Subject"), self.tr("Detail")],
             [[self.when(e.at), e.actor, L.action(e.action), e.subject,
               L.role(e.detail) if e.action == "desk_login" else e.detail] for e in shown])
        self.ready.emit()


class UserDialog(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a headquarters user"))
        form = QFormLayout(self)
        self.login, self.name = QLineEdit(self), QLineEdit(self)
        self.role = QComboBox(self)
        for role in hq_users.ROLES:
            self.role.addItem(parent.labels.role(role), role)
        self.secret, self.again = QLineEdit(self), QLineEdit(self)
        for e in (self.secret, self.again):
            e.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Login:"), self.login)
        form.addRow(self.tr("Full name:"), self.name)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Passphrase:"), self.secret)
        form.addRow(self.tr("Again:"), self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class UsersPage(Page):
    action = "users"

    def __init__(self, desk) -> None:
        super().__init__(desk)
        layout = QVBoxLayout(self)
        row, _b = _buttons(self, ("add", self.tr("Add user…"), self._add),
                           ("disable", self.tr("Disable…"), self._disable))
        layout.addLayout(row)
        self.table = table(self)
        self.table.setObjectName("users")
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("admin: everything · analyst: conflicts, linked persons, caseload, "
                                        "statistics · chief: caseload, statistics, devices · officer: "
                                        "recovery approvals"), self))
        layout.addWidget(self.message)

    def title(self) -> str:
        return self.tr("Users")

    def refresh(self) -> None:
        self.call(self.session.users, done=self._show)

    def _show(self, users: list[Any]) -> None:
        fill(self.table, [self.tr("Login"), self.tr("Name"), self.tr("Role"), self.tr("Created"), self.tr("By"),
                          self.tr("Disabled")],
             [[u.login, u.name, self.labels.role(u.role), self.when(u.created_at), u.created_by,
               f"{self.when(u.disabled_at)} ({u.disable_reason})" if u.disabled_at else ""] for u in users],
             [u.login for u in users])
        self.ready.emit()

    def _add(self) -> None:
        d = UserDialog(self)
        if d.exec() != QDialog.DialogCode.Accepted:
            return
        if d.secret.text() != d.again.text():
            self.fail(ValueError(self.tr("The two passphrases differ")))
            return
        args = (d.login.text(), d.name.text(), d.role.currentData(), d.secret.text())
        self.call(self.session.add_user, *args, done=lambda u: (
            self.say(self.tr("User {0} added ({1}).").format(u.login, u.role)), self.refresh()))

    def _disable(self) -> None:
        login = selected_data(self.table)
        if not login:
            return
        reason = ReasonDialog.ask(self, self.tr("Disable {0}").format(login), self.tr("Why?"))
        if reason:
            self.call(self.session.disable_user, login, reason, done=lambda _r: self.refresh())

