"""Small dialogs of the case: open a case, add a person with a role, close a case.

Each dialog keeps what was typed when the services refuse it, and shows the message next to
the field it concerns."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QTextEdit,
    QVBoxLayout, QWidget,
)

from inspector_desk.core.errors import InspectorDeskError, ValidationError
from inspector_desk.core.records import CLOSURE_REASONS_OFFERED, RELATIONS, REPORT_SOURCES, ROLES
from inspector_desk.core.services import PersonInput
from inspector_desk.messages import text as message_text
from inspector_desk.ui.labels import Labels

DISTRICTS = ("Алматы", "Байконур", "Есиль", "Нура", "Сарыарка")


class _Dialog(QDialog):
    def __init__(self, desk, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.desk = desk
        self.labels = Labels()
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b91c1c")
        self.layout_.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)

    def add(self, label: str, widget: QWidget) -> QWidget:
        widget.setAccessibleName(label)
        self.form.addRow(label, widget)
        return widget

    def combo(self, label: str, items: list[tuple[str, str]], editable: bool = False) -> QComboBox:
        c = QComboBox()
        c.setEditable(editable)
        for text, value in items:
            c.addItem(text, value)
        return self.add(label, c)

    def failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            lang = self.desk.controller.presenter.language
            lines = [f"{name}: " + ", ".join(message_text(f"v.{c}", lang) for c in codes)
                     for name, codes in exc.errors.items()]
            self.error.setText("\n".join(lines))
        elif isinstance(exc, InspectorDeskError):
            self.error.setText(self.desk.controller.presenter.message(exc))
        else:
            self.desk.controller.presenter.show(exc, self)

    def run(self, fn, on_done=None) -> None:
        self.buttons.setEnabled(False)

        def done(result) -> None:
            self.accept()
            if on_done:
                on_done(result)

        self.desk.client.mutate(fn, on_done=done, on_error=self.failed)


class NewCaseDialog(_Dialog):
    def __init__(self, desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent, self.tr("New case"))
        self.address = self.add(self.tr("Address"), QLineEdit())
        district = desk.controller.inspector.district if desk.controller.inspector else ""
        self.district = self.combo(self.tr("District"), [(d, d) for d in DISTRICTS], editable=True)
        if district:
            self.district.setCurrentText(district)
        self.beat = self.add(self.tr("Beat"), QLineEdit())
        self.source = self.combo(self.tr("Source of the report"),
                                 [(self.labels.source(s), s) for s in REPORT_SOURCES])

    def submit(self) -> None:
        address, district = self.address.text(), self.district.currentText()
        beat, source = self.beat.text(), self.source.currentData()
        self.run(lambda svc: svc.open_case(address=address, district=district, beat=beat, source=source),
                 on_done=lambda changes: self.desk.open_case(changes.created))


class AddPersonDialog(_Dialog):
    def __init__(self, desk, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent, self.tr("Add a person to the case"))
        self.case_id = case_id
        self.role = self.combo(self.tr("Role in the case"), [(self.labels.role(r), r) for r in ROLES])
        self.relation = self.combo(self.tr("Relation to the victim"),
                                   [(self.labels.relation(r), r) for r in RELATIONS])
        # Recorded apart from the relation (a spouse may live apart, a former partner with
        # her): not asked of the affected person themself.
        self.cohabiting = self.combo(self.tr("Lives together with the victim"),
                                     [(self.tr("unknown"), "unknown"), (self.tr("yes"), "yes"),
                                      (self.tr("no"), "no")])
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        self.last = self.add(self.tr("Last name"), QLineEdit())
        self.first = self.add(self.tr("First name"), QLineEdit())
        self.patronymic = self.add(self.tr("Patronymic"), QLineEdit())
        self.iin = self.add(self.tr("IIN"), QLineEdit())
        self.iin.setInputMask("999999999999;_")
        self.born = self.add(self.tr("Date of birth"), QDateEdit(calendarPopup=True))
        self.born.setDisplayFormat("dd.MM.yyyy")
        self.born.setMinimumDate(QDate(1900, 1, 1))
        self.born.setSpecialValueText(self.tr("not known"))
        self.born.setDate(self.born.minimumDate())
        self.sex = self.combo(self.tr("Sex"), [(self.tr("not stated"), ""), (self.tr("female"), "F"),
                                               (self.tr("male"), "M")])
        self.phone = self.add(self.tr("Phone"), QLineEdit())
        self.phone.setPlaceholderText("+7 701 123 45 67")
        self.address = self.add(self.tr("Address, if not the case's"), QLineEdit())
        self.safe = self.add(self.tr("Safe way to contact"), QLineEdit())

    def _role_changed(self) -> None:
        self.cohabiting.setEnabled(self.role.currentData() != "affected")

    def submit(self) -> None:
        born = None if self.born.date() == self.born.minimumDate() else self.born.date().toPython()
        data = PersonInput(last_name=self.last.text(), first_name=self.first.text(),
                           patronymic=self.patronymic.text(), iin=self.iin.text().strip() or None,
                           birth_date=born, sex=self.sex.currentData() or None,
                           phones=[self.phone.text()] if self.phone.text().strip() else [],
                           address=self.address.text(), safe_contact=self.safe.text())
        role, relation, case_id = self.role.currentData(), self.relation.currentData(), self.case_id
        cohabiting = self.cohabiting.currentData() if self.cohabiting.isEnabled() else ""
        self.run(lambda svc: svc.add_person_to_case(case_id, data, role, relation, cohabiting))


class CloseCaseDialog(_Dialog):
    def __init__(self, desk, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent, self.tr("Close the case"))
        self.case_id = case_id
        self.reason = self.combo(self.tr("Reason"), [(self.labels.closure(r), r) for r in CLOSURE_REASONS_OFFERED])
        self.note = self.add(self.tr("Note"), QTextEdit())
        self.note.setMaximumHeight(90)

    def submit(self) -> None:
        reason, note, case_id = self.reason.currentData(), self.note.toPlainText(), self.case_id
        self.run(lambda svc: svc.close_case(case_id, reason, note))
