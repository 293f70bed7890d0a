"""Small dialogs of the case: open a case, add or correct a person, take a person out of a
case, close and reopen a case.

Every dialog keeps what was typed when the services refuse it and shows each message at
the field it concerns, in words, on a line kept free under the field (the dialog never
moves when a message appears); a failed save puts the focus on the first field concerned.
Reasons (closing, reopening, removing, correcting) start empty: OK stays disabled until the
inspector chooses one; "other" needs a note.

The dialogs that take a while to fill ("New case", "Add person", "Correct person") keep
their input as an encrypted draft in the vault while the inspector types
(DeskService.save_dialog_draft). A lock closes the dialog and keeps the draft; after the
unlock the desk offers it back (:func:`offer_dialog_drafts`) and opening the same dialog
again restores it. Cancel (or Escape) discards the draft; saving removes it.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QFrame, QLabel, QLineEdit,
    QScrollArea, QSizePolicy, QTextEdit, QVBoxLayout, QWidget,
)

from inspector_desk.core.errors import Conflict, InspectorDeskError, ValidationError
from inspector_desk.core.records import CLOSURE_REASONS_OFFERED, RELATIONS, REPORT_SOURCES, ROLES
from inspector_desk.core.services import PersonInput
from inspector_desk.core.services.cases import REOPEN_REASONS
from inspector_desk.core.services.people import CORRECTION_REASONS, REMOVAL_REASONS
from inspector_desk.messages import text as message_text
from inspector_desk.ui.labels import Labels
from inspector_desk.ui.pages import DeskPort

DISTRICTS = ("Алматы", "Байконур", "Есиль", "Нура", "Сарыарка")
DRAFT_DELAY_MS = 400  # a draft is written this long after the last keystroke
ERROR_STYLE = "color: #b91c1c"
WARNING_STYLE = "background:#fef3c7;color:#78350f;padding:6px;border-radius:4px"
INVALID_STYLE = "border: 1px solid #b91c1c"


def _set_combo(combo: QComboBox, value: Any) -> None:
    i = combo.findData(value)
    if i >= 0:
        combo.setCurrentIndex(i)
    elif combo.isEditable() and isinstance(value, str):
        combo.setCurrentText(value)


class _Dialog(QDialog):
    """A form of labelled fields, each with its own error line, and OK / Cancel."""

    draft_kind = ""  # "" : no draft kept

    def __init__(self, desk: DeskPort, parent: QWidget | None, title: str, case_id: str = "") -> None:
        super().__init__(parent)
        self.desk = desk
        self.case_id = case_id
        self.labels = Labels()
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.layout_ = QVBoxLayout(self)
        self.note = QLabel()  # "restored from a draft", warnings: above the fields
        self.note.setWordWrap(True)
        self.note.setStyleSheet(WARNING_STYLE)
        self.note.hide()
        self.layout_.addWidget(self.note)
        # The fields scroll (up and down only) when the screen is small; the buttons stay.
        body = QWidget()
        self.form = QFormLayout(body)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setVerticalSpacing(2)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area = scroll
        self.layout_.addWidget(scroll, 1)
        # A message that concerns no field (a conflict, a closed case): kept one line high.
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setMinimumHeight(self.error.fontMetrics().lineSpacing())
        self.layout_.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.cancel)
        self.layout_.addWidget(self.buttons)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.fields: dict[str, QWidget] = {}  # the service's field name -> the input
        self.field_errors: dict[str, QLabel] = {}
        self._aliases: dict[str, str] = {}  # other names the services give a field
        self._touched = False
        self._restoring = False
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Open tall enough for every field when the screen allows; on a small screen (1366×768
        at 150 %) the fields scroll up and down and the buttons stay in view."""
        if not getattr(self, "_sized", False):
            self._sized = True
            screen = self.screen().availableGeometry() if self.screen() else None
            want = self.scroll_area.widget().sizeHint().height() + 4
            room = screen.height() - 160 if screen is not None else want
            self.scroll_area.setMinimumHeight(max(120, min(want, room)))
            self.adjustSize()
            self.scroll_area.setMinimumHeight(120)  # the inspector may still make it smaller
            self.layout_.activate()
        super().showEvent(event)

    # --- building ------------------------------------------------------------------------

    def add(self, label: str, widget: QWidget, name: str = "") -> QWidget:
        widget.setAccessibleName(label)
        # The red frame of a field in error is a style sheet, which gives a line edit another
        # (smaller) size hint: keep its height so nothing below moves when errors appear.
        widget.setMinimumHeight(widget.sizeHint().height())
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(widget)
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE + "; font-size: 11px")
        error.setWordWrap(False)
        error.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        error.setFixedHeight(error.fontMetrics().lineSpacing())  # kept free: nothing moves
        error.setAccessibleName(label + " — " + self.tr("problem"))
        box.addWidget(error)
        self.form.addRow(label, holder)
        if name:
            self.fields[name] = widget
            self.field_errors[name] = error
        self._watch(widget)
        return widget

    def combo(self, label: str, items: list[tuple[str, str]], editable: bool = False,
              name: str = "", placeholder: str = "") -> QComboBox:
        c = QComboBox()
        c.setEditable(editable)
        c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        c.setMinimumContentsLength(12)
        for text, value in items:
            c.addItem(text, value)
        if placeholder:  # nothing chosen until the inspector chooses
            c.setPlaceholderText(placeholder)
            c.setCurrentIndex(-1)
        return self.add(label, c, name)

    def _watch(self, widget: QWidget) -> None:
        for signal in ("textChanged", "currentIndexChanged", "changed", "toggled"):
            sig = getattr(widget, signal, None)
            if sig is not None and hasattr(sig, "connect"):
                sig.connect(self._edited)
        if isinstance(widget, QComboBox) and widget.isEditable():
            widget.editTextChanged.connect(self._edited)

    def _edited(self, *_args: Any) -> None:
        if self._restoring:
            return
        self._touched = True
        self.update_ok()
        if self.draft_kind:
            self._draft_timer.start()

    def update_ok(self) -> None:
        """Whether OK can be pressed now (a reason chosen, …)."""

    # --- messages at the fields -------------------------------------------------------------

    def clear_errors(self) -> None:
        self.error.clear()
        for name, label in self.field_errors.items():
            label.clear()
            label.setToolTip("")
            self.fields[name].setStyleSheet("")

    def show_field_error(self, name: str, message: str) -> bool:
        name = self._aliases.get(name, name)
        label = self.field_errors.get(name)
        if label is None:
            return False
        label.setText(message)
        label.setToolTip(message)  # the whole text, if the line is too short for it
        self.fields[name].setStyleSheet(INVALID_STYLE)
        return True

    def field_error(self, name: str) -> str:
        return self.field_errors[name].text()

    def failed(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        self.update_ok()
        self.clear_errors()
        lang = self.desk.presenter.language
        first: QWidget | None = None
        if isinstance(exc, ValidationError):
            loose = []
            for name, codes in exc.errors.items():
                words = ", ".join(message_text(f"v.{c}", lang) for c in codes)
                if self.show_field_error(name, words):
                    widget = self.fields[self._aliases.get(name, name)]
                    if first is None or self._row_of(widget) < self._row_of(first):
                        first = widget
                else:
                    loose.append(words)
            self.error.setText("; ".join(loose))
        elif isinstance(exc, Conflict) and "iin" in self.fields and exc.params.get("person_id"):
            self.show_field_error("iin", self.tr("A person with this IIN is already recorded."))
            first = self.fields["iin"]
        elif isinstance(exc, InspectorDeskError):
            self.error.setText(self.desk.presenter.message(exc))
        else:
            self.desk.presenter.show(exc, self)
        if first is not None:
            self.scroll_area.ensureWidgetVisible(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _row_of(self, widget: QWidget) -> int:
        row, _role = self.form.getWidgetPosition(widget.parentWidget())
        return row

    # --- saving ----------------------------------------------------------------------------

    def run(self, fn: Callable[[Any], Any], on_done: Callable[[Any], None] | None = None) -> None:
        self.ok.setEnabled(False)
        self._draft_timer.stop()
        kind, case_id = self.draft_kind, self.case_id

        def job(svc):
            changes = fn(svc)
            if kind:
                svc.cases.discard_dialog_draft(kind, case_id)
            return changes

        def done(result) -> None:
            self.accept()
            if on_done:
                on_done(result)

        self.desk.client.mutate(job, on_done=done, on_error=self.failed)

    def submit(self) -> None:  # pragma: no cover - every dialog has its own
        raise NotImplementedError

    # --- drafts ----------------------------------------------------------------------------

    def draft_values(self) -> dict[str, Any]:
        return {}

    def restore(self, values: dict[str, Any]) -> None:
        """Put a draft's values back (no draft is written for it)."""

    def save_draft(self) -> None:
        if not self.draft_kind or not self._touched:
            return
        kind, case_id, values = self.draft_kind, self.case_id, self.draft_values()
        self.desk.client.call(lambda svc: svc.cases.save_dialog_draft(kind, case_id, values),
                              on_done=self._draft_saved)

    def _draft_saved(self, _draft) -> None:
        self.draft_kept = True

    draft_kept = False

    def load_draft(self) -> None:
        """Restore this dialog's draft, if the vault keeps one and nothing was typed yet."""
        if not self.draft_kind:
            return
        kind, case_id = self.draft_kind, self.case_id
        self.desk.client.call(
            lambda svc: next((d for d in svc.cases.dialog_drafts()
                              if d.dialog == kind and d.case_id == case_id), None),
            on_done=self._draft_loaded)

    def _draft_loaded(self, draft) -> None:
        if draft is None or self._touched:
            return
        self.show_restored(draft.values)

    def show_restored(self, values: dict[str, Any]) -> None:
        self._restoring = True
        try:
            self.restore(values)
        finally:
            self._restoring = False
        self._touched = True
        self.draft_kept = True
        self.update_ok()
        self.note.setText(self.tr("Restored from a draft kept in the vault (the desk was locked "
                                  "while this was being filled in). Cancel discards it."))
        self.note.show()

    def cancel(self) -> None:
        """Cancel or Escape: the inspector gives up what was typed, draft included. (A lock
        closes the dialog with reject() alone: the draft stays for after the unlock.)"""
        self._draft_timer.stop()
        if self.draft_kind and (self._touched or self.draft_kept):
            kind, case_id = self.draft_kind, self.case_id
            self.desk.client.call(lambda svc: svc.cases.discard_dialog_draft(kind, case_id))
        self.reject()

    def reject(self) -> None:
        self._draft_timer.stop()
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.cancel()
            return
        super().keyPressEvent(event)


class _ReasonDialog(_Dialog):
    """A dialog whose OK waits for an explicit reason (and a note when it is "other")."""

    def add_reason(self, reasons: list[tuple[str, str]], label: str | None = None) -> None:
        self.reason = self.combo(label or self.tr("Reason"), reasons, name="reason",
                                 placeholder=self.tr("Choose the reason…"))
        self.reason_note = self.add(self.tr("Note"), QTextEdit(), name="note")
        self.reason_note.setAcceptRichText(False)
        self.reason_note.setTabChangesFocus(True)
        self.reason_note.setMaximumHeight(70)
        self.update_ok()

    def reason_ready(self) -> bool:
        reason = self.reason.currentData()
        if not reason:
            return False
        return reason != "other" or bool(self.reason_note.toPlainText().strip())

    def update_ok(self) -> None:
        if hasattr(self, "reason"):
            self.ok.setEnabled(self.reason_ready())

    def submit_reason(self, action: Callable[[Any, str, str], Any]) -> None:
        """Submit once the reason is ready: ``action(services, reason, note)`` in the vault."""
        if not self.reason_ready():
            return
        self.clear_errors()
        reason, note = self.reason.currentData(), self.reason_note.toPlainText()
        self.run(lambda svc: action(svc, reason, note))


class NewCaseDialog(_Dialog):
    draft_kind = "new_case"

    def __init__(self, desk: DeskPort, parent: QWidget | None = None, restore: dict | None = None) -> None:
        super().__init__(desk, parent, self.tr("New case"))
        self.address = self.add(self.tr("Address"), QLineEdit(), "address")
        inspector = desk.inspector
        district = inspector.district if inspector else ""
        self.district = self.combo(self.tr("District"), [(d, d) for d in DISTRICTS], editable=True,
                                   name="district")
        if district:
            self.district.setCurrentText(district)
        self.beat = self.add(self.tr("Beat"), QLineEdit(), "beat")
        self.source = self.combo(self.tr("Source of the report"),
                                 [(self.labels.source(s), s) for s in REPORT_SOURCES], name="source")
        self._touched = False
        if restore is not None:
            self.show_restored(restore)
        else:
            self.load_draft()

    def draft_values(self) -> dict[str, Any]:
        return {"address": self.address.text(), "district": self.district.currentText(),
                "beat": self.beat.text(), "source": self.source.currentData()}

    def restore(self, values: dict[str, Any]) -> None:
        self.address.setText(values.get("address") or "")
        if values.get("district"):
            self.district.setCurrentText(values["district"])
        self.beat.setText(values.get("beat") or "")
        _set_combo(self.source, values.get("source"))

    def submit(self) -> None:
        self.clear_errors()
        address, district = self.address.text(), self.district.currentText()
        beat, source = self.beat.text(), self.source.currentData()
        self.run(lambda svc: svc.cases.open_case(address=address, district=district, beat=beat, source=source),
                 on_done=lambda changes: self.desk.open_case(changes.created))


class _PersonFields(_Dialog):
    """The fields of a person, as the Add and Correct dialogs share them."""

    def person_fields(self) -> None:
        from inspector_desk.ui import clock
        from inspector_desk.ui.date_input import DateInput

        self.last = self.add(self.tr("Last name"), QLineEdit(), "last_name")
        self.first = self.add(self.tr("First name"), QLineEdit(), "first_name")
        self.patronymic = self.add(self.tr("Patronymic"), QLineEdit(), "patronymic")
        self.iin = self.add(self.tr("IIN"), QLineEdit(), "iin")
        self.iin.setMaxLength(14)
        self.iin.setPlaceholderText(self.tr("12 digits"))
        self.born = self.add(self.tr("Date of birth"),
                             DateInput("date", "past", now=lambda: clock.now(), open_years_back=30),
                             "birth_date")
        self.born.problemChanged.connect(self._born_problem)
        self.sex = self.combo(self.tr("Sex"), [(self.tr("not stated"), ""), (self.tr("female"), "F"),
                                               (self.tr("male"), "M")], name="sex")
        self.phone = self.add(self.tr("Phone"), QLineEdit(), "phones")
        self.phone.setPlaceholderText("+7 701 123 45 67")
        self.address = self.add(self.tr("Address, if not the case's"), QLineEdit(), "address")
        self.safe = self.add(self.tr("Safe way to contact"), QLineEdit(), "safe_contact")
        self._aliases.update({"phone": "phones"})
        self._kept: dict[str, Any] = {}  # what the dialog does not show, kept as it was

    def _born_problem(self, problem: str) -> None:
        label = self.field_errors["birth_date"]
        label.setText(problem)
        self.born.setStyleSheet(INVALID_STYLE if problem else "")

    def person_input(self) -> PersonInput:
        born = self.born.value()
        return PersonInput(last_name=self.last.text(), first_name=self.first.text(),
                           patronymic=self.patronymic.text(),
                           iin=self.iin.text().replace(" ", "").strip() or None,
                           birth_date=born, sex=self.sex.currentData() or None,
                           phones=[self.phone.text()] if self.phone.text().strip() else [],
                           address=self.address.text(), safe_contact=self.safe.text(),
                           **self._kept)

    def person_values(self) -> dict[str, Any]:
        return {"last": self.last.text(), "first": self.first.text(),
                "patronymic": self.patronymic.text(), "iin": self.iin.text(),
                "born": self.born.text(), "sex": self.sex.currentData() or "",
                "phone": self.phone.text(), "address": self.address.text(), "safe": self.safe.text()}

    def restore_person(self, values: dict[str, Any]) -> None:
        for name in ("last", "first", "patronymic", "iin", "phone", "address", "safe"):
            getattr(self, name).setText(values.get(name) or "")
        self.born.set_text(values.get("born") or "")
        _set_combo(self.sex, values.get("sex") or "")

    def born_refused(self) -> bool:
        """A date of birth that is not a date: said at the field, nothing sent."""
        if self.born.problem():
            self.clear_errors()
            self.show_field_error("birth_date", self.born.problem())
            self.born.setFocus()
            return True
        return False


class AddPersonDialog(_PersonFields):
    draft_kind = "add_person"

    def __init__(self, desk: DeskPort, case_id: str, parent: QWidget | None = None,
                 restore: dict | None = None) -> None:
        super().__init__(desk, parent, self.tr("Add a person to the case"), case_id)
        self.role = self.combo(self.tr("Role in the case"), [(self.labels.role(r), r) for r in ROLES],
                               name="role")
        self.relation = self.combo(self.tr("Relation to the victim"),
                                   [(self.labels.relation(r), r) for r in RELATIONS], name="relation")
        # Recorded apart from the relation (a spouse may live apart, a former partner with
        # her): not asked of the affected person themself.
        self.cohabiting = self.combo(self.tr("Lives together with the victim"),
                                     [(self.tr("unknown"), "unknown"), (self.tr("yes"), "yes"),
                                      (self.tr("no"), "no")], name="cohabiting")
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        self.person_fields()
        self._touched = False
        if restore is not None:
            self.show_restored(restore)
        else:
            self.load_draft()

    def _role_changed(self) -> None:
        self.cohabiting.setEnabled(self.role.currentData() != "affected")

    def draft_values(self) -> dict[str, Any]:
        return {"role": self.role.currentData(), "relation": self.relation.currentData(),
                "cohabiting": self.cohabiting.currentData(), **self.person_values()}

    def restore(self, values: dict[str, Any]) -> None:
        _set_combo(self.role, values.get("role"))
        _set_combo(self.relation, values.get("relation"))
        _set_combo(self.cohabiting, values.get("cohabiting"))
        self.restore_person(values)

    def submit(self) -> None:
        if self.born_refused():
            return
        self.clear_errors()
        data = self.person_input()
        role, relation, case_id = self.role.currentData(), self.relation.currentData(), self.case_id
        cohabiting = self.cohabiting.currentData() if self.cohabiting.isEnabled() else ""
        self.run(lambda svc: svc.people.add_person_to_case(case_id, data, role, relation, cohabiting))


class EditPersonDialog(_PersonFields, _ReasonDialog):
    """Correct a person's details, for a reason; the person is the same in every case."""

    draft_kind = "edit_person"

    def __init__(self, desk: DeskPort, case_id: str, person, other_cases: list[str] | None = None,
                 parent: QWidget | None = None, restore: dict | None = None) -> None:
        super().__init__(desk, parent, self.tr("Correct a person's details"), case_id)
        self.person = person
        self.person_fields()
        self.add_reason([(self._reason_words(r), r) for r in CORRECTION_REASONS],
                        self.tr("Reason for the correction"))
        self._kept = {"vulnerabilities": list(person.vulnerabilities),
                      "risk_flags": list(person.risk_flags), "notes": person.notes}
        self._restoring = True
        try:
            self.restore_person({
                "last": person.last_name, "first": person.first_name,
                "patronymic": person.patronymic, "iin": person.iin or "",
                "born": "", "sex": person.sex or "", "phone": ", ".join(person.phones),
                "address": person.address, "safe": person.safe_contact})
            self.born.set_value(person.birth_date)
        finally:
            self._restoring = False
        if other_cases:
            self.note.setText(self.tr("This person is also in case(s) {0}: the correction shows "
                                      "there too.").format(", ".join(other_cases)))
            self.note.show()
        self._touched = False
        self.update_ok()
        if restore is not None:
            self._draft_loaded(restore)
        else:
            self.load_draft()

    def _draft_loaded(self, draft) -> None:
        values = getattr(draft, "values", draft)
        if values and values.get("person_id") == self.person.id and not self._touched:
            self.show_restored(values)

    def _reason_words(self, code: str) -> str:
        return {"typing_error": self.tr("A typing error"),
                "documents_checked": self.tr("Checked against documents"),
                "new_information": self.tr("New information"),
                "other": self.tr("Other (say in the note)")}.get(code, code)

    def draft_values(self) -> dict[str, Any]:
        return {"person_id": self.person.id, "reason": self.reason.currentData() or "",
                "note": self.reason_note.toPlainText(), **self.person_values()}

    def restore(self, values: dict[str, Any]) -> None:
        self.restore_person(values)
        _set_combo(self.reason, values.get("reason"))
        self.reason_note.setPlainText(values.get("note") or "")

    def submit(self) -> None:
        if not self.reason_ready() or self.born_refused():
            return
        self.clear_errors()
        data = self.person_input()
        data.phones = [p.strip() for p in self.phone.text().split(",") if p.strip()]
        pid, version = self.person.id, self.person.version
        reason, note = self.reason.currentData(), self.reason_note.toPlainText()
        self.run(lambda svc: svc.people.update_person(pid, data, expected_version=version,
                                               reason=reason, note=note))


class RemovePersonDialog(_ReasonDialog):
    """Take one role of a person out of the case, saying what happens to their other cases."""

    def __init__(self, desk: DeskPort, case_id: str, case_no: str, participant, person,
                 links: list, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent, self.tr("Remove a person from the case"), case_id)
        self.participant, self.person = participant, person
        others = sorted({link.case_no for link in links if link.case_id != case_id})
        roles_here = [link for link in links if link.case_id == case_id]
        what = self.tr("Remove {0} ({1}) from case {2}?").format(
            person.full_name, self.labels.role(participant.role), case_no)
        if len(roles_here) > 1:
            then = self.tr("Their other role(s) in this case stay.")
        elif others:
            then = self.tr("They stay in their other case(s): {0}.").format(", ".join(others))
        else:
            then = self.tr("They are in no other case: their record is removed too "
                           "(it stays in the audit and at headquarters, marked removed).")
        self.question = QLabel(what + "\n" + then)
        self.question.setWordWrap(True)
        self.layout_.insertWidget(1, self.question)
        self.add_reason([(self._reason_words(r), r) for r in REMOVAL_REASONS],
                        self.tr("Reason for the removal"))
        self.ok.setText(self.tr("Remove"))

    def _reason_words(self, code: str) -> str:
        return {"entered_by_mistake": self.tr("Entered by mistake"),
                "duplicate": self.tr("A duplicate of another record"),
                "not_part_of_case": self.tr("Not part of this case"),
                "other": self.tr("Other (say in the note)")}.get(code, code)

    def submit(self) -> None:
        pid = self.participant.id
        self.submit_reason(lambda svc, reason, note: svc.people.remove_participant(pid, reason, note))


class CloseCaseDialog(_ReasonDialog):
    """Close only for a reason the inspector chooses, after reading what is at stake and
    confirming it."""

    def __init__(self, desk: DeskPort, case_id: str, parent: QWidget | None = None,
                 case_no: str = "") -> None:
        super().__init__(desk, parent, self.tr("Close the case"), case_id)
        self.case_no = case_no
        self.add_reason([(self.labels.closure(r), r) for r in CLOSURE_REASONS_OFFERED],
                        self.tr("Reason for closing"))
        self.consequence = QLabel(self.tr("Nothing can be added to a closed case until it is "
                                          "reopened (with a reason)."))
        self.consequence.setWordWrap(True)
        self.confirm = QCheckBox(self.tr("I confirm: close case {0}").format(case_no))
        self.confirm.toggled.connect(self._edited)
        at = self.layout_.indexOf(self.error)
        self.layout_.insertWidget(at, self.consequence)
        self.layout_.insertWidget(at + 1, self.confirm)
        self.ok.setText(self.tr("Close the case"))
        self.warnings: list[str] | None = None
        self.update_ok()
        desk.client.call(lambda svc: svc.cases.closing_warnings(case_id), on_done=self._warned)

    def _warned(self, codes: list[str]) -> None:
        self.warnings = codes
        words = {"high_risk": self.tr("The case is high-risk."),
                 "active_measure": self.tr("A protective measure is in force."),
                 "contact_overdue": self.tr("A contact with the family is overdue."),
                 "contact_due_soon": self.tr("A contact with the family is due within 72 hours.")}
        if codes:
            self.note.setText(self.tr("Before closing:") + "\n" +
                              "\n".join("• " + words.get(c, c) for c in codes))
            self.note.show()
        self.update_ok()

    def reason_ready(self) -> bool:
        return (super().reason_ready() and self.confirm.isChecked()
                and self.warnings is not None)

    def update_ok(self) -> None:
        if hasattr(self, "confirm"):
            super().update_ok()
        elif hasattr(self, "ok"):
            self.ok.setEnabled(False)

    def submit(self) -> None:
        case_id = self.case_id
        self.submit_reason(lambda svc, reason, note: svc.cases.close_case(case_id, reason, note))


class ReopenCaseDialog(_ReasonDialog):
    def __init__(self, desk: DeskPort, case_id: str, parent: QWidget | None = None,
                 case_no: str = "") -> None:
        super().__init__(desk, parent, self.tr("Reopen the case"), case_id)
        self.add_reason([(self._reason_words(r), r) for r in REOPEN_REASONS],
                        self.tr("Reason for reopening"))
        self.ok.setText(self.tr("Reopen case {0}").format(case_no) if case_no else self.tr("Reopen"))

    def _reason_words(self, code: str) -> str:
        return {"new_report": self.tr("A new report of violence"),
                "new_incident": self.tr("A new incident in the family"),
                "closed_by_mistake": self.tr("Closed by mistake"),
                "court_decision": self.tr("A court decision"),
                "other": self.tr("Other (say in the note)")}.get(code, code)

    def submit(self) -> None:
        case_id = self.case_id
        self.submit_reason(lambda svc, reason, note: svc.cases.reopen_case(case_id, reason, note))


# --- after an unlock: the dialog that was half filled when the desk locked ----------------

def offer_dialog_drafts(desk) -> None:
    """Offer back the newest dialog draft the vault keeps: the dialog opens again with what
    was typed and says so (Cancel discards it). Called when the desk is built."""

    def person_of(svc, draft):
        pid = draft.values.get("person_id")
        return svc.people.get_person(pid) if pid else None

    def load(svc):
        drafts = svc.cases.dialog_drafts()
        if not drafts:
            return None
        draft = drafts[0]
        person = person_of(svc, draft) if draft.dialog == "edit_person" else None
        return draft, person

    def show(found) -> None:
        if found is None:
            return
        draft, person = found
        if draft.dialog == "new_case":
            NewCaseDialog(desk, desk, restore=draft.values).open()
            return
        if not draft.case_id:
            return
        desk.open_case(draft.case_id)
        page = desk.case_page
        if draft.dialog == "add_person":
            AddPersonDialog(desk, draft.case_id, page, restore=draft.values).open()
        elif draft.dialog == "edit_person" and person is not None and not person.deleted:
            EditPersonDialog(desk, draft.case_id, person, parent=page, restore=draft.values).open()

    desk.client.call(load, on_done=show, owner=desk)
