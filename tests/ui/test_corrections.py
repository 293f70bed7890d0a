"""Cases and persons that can be corrected, through the real window (issue 15, items 4-7, 9
and 16): a person corrected and removed with a reason, by mouse and by keyboard; a case
closed only after an explicit reason and a confirmation, with its warnings, and reopened; a
visit's re-assessed risk on the case page and the dashboard; a measure past its end shown as
ended; errors at the field without the dialog moving; a dialog half filled when the desk
auto-locks comes back after the unlock.

The controller gets a recording ``relaunch`` (as tests/ui/test_lock.py): a lock ends with
the request to replace the process; the "new process" is a fresh controller on the same
vault, unlocked by typing the passphrase.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from inspector_desk.app.profile import Profiles
from inspector_desk.app.settings import Settings
from inspector_desk.core.records import FamilyCase, Participant, Person
from inspector_desk.core.services import PersonInput
from inspector_desk.keystore.device_secret import KeyringSecrets
from inspector_desk.keystore.keyfile import KdfParams
from inspector_desk.ui.controller import AppController
from inspector_desk.ui.relaunch import Relaunch
from tests.conftest import PASSPHRASE
from tests.support.typing import type_text
from tests.ui.test_workflow import WAIT, first_run, set_when


@pytest.fixture
def make_app(tmp_path, memory_keyring, forms, qtbot):
    """Controllers on one vault whose lock records the relaunch it would do; the second
    one made is the process the relaunch would start."""
    made: list[AppController] = []

    def make() -> AppController:
        relaunched: list[Relaunch] = []
        profiles = Profiles(tmp_path / "home", KeyringSecrets(memory_keyring),
                            kdf=KdfParams.fast_for_tests(), forms=forms)
        c = AppController(profiles, Settings(language="en"), relaunch=relaunched.append,
                          watch_os=False)
        c.relaunched = relaunched
        qtbot.addWidget(c.window)
        c.window.show()
        made.append(c)
        return c

    yield make
    for c in made:
        c.shutdown()


@pytest.fixture
def app(make_app, qtbot):
    c = make_app()
    first_run(c, qtbot)
    return c


def dialog_of(cls, qtbot):
    qtbot.waitUntil(lambda: any(isinstance(w, cls) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=WAIT)
    d = next(w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible())
    d.activateWindow()
    return d


def no_dialog(cls) -> bool:
    return not any(isinstance(w, cls) and w.isVisible() for w in QApplication.topLevelWidgets())


def open_case_page(c, qtbot, case_id):
    c.desk.open_case(case_id)
    page = c.desk.case_page
    qtbot.waitUntil(lambda: page.view is not None, timeout=WAIT)
    return page


def click(widget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_row(view, row: int, column: int = 1, double: bool = False) -> None:
    rect = view.visualRect(view.model().index(row, column))
    if double:
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    else:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def row_of(page, last_name: str) -> int:
    return next(r for r in range(page.people.rowCount())
                if page.people.item(r, 1).text().startswith(last_name))


def choose(combo, code) -> None:
    """Pick an item by keyboard: Down from the empty start until the code is current."""
    combo.setFocus()
    for _ in range(combo.count() + 1):
        if combo.currentData() == code:
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{code} not reached")


def family(c):
    svc = c.core.services
    case_id = svc.cases.open_case(address="г. Астана, ул. Сығанақ, д. 3, кв. 7", district="Есиль",
                            source="102").created
    other = svc.cases.open_case(address="г. Астана, ул. Бейбітшілік, 2", district="Есиль",
                          source="111").created
    victim = svc.people.add_person_to_case(case_id, PersonInput(last_name="Нурпеисова", first_name="Асел"),
                                    "affected", "self").created
    offender = svc.people.add_person_to_case(case_id, PersonInput(last_name="Нурпеисов", first_name="Ерлан"),
                                      "offender", "spouse").created
    svc.people.add_participant(other, offender, "offender", "former_spouse")
    return case_id, other, victim, offender


class Worker:
    """The vault read on the worker thread, after whatever it is doing (never mid-save)."""

    def __init__(self, c) -> None:
        self.c = c

    def __getattr__(self, name):
        method = getattr(self.c.core.session.store, name)
        return lambda *a, **kw: self.c.runner.call(lambda: method(*a, **kw))


def audit(c, record_id, action):
    return [e for e in Worker(c).audit_entries(record_id=record_id) if e.action == action]


# --- persons ---------------------------------------------------------------------------------

def test_correct_a_person_by_mouse_and_by_keyboard(app, qtbot):
    from inspector_desk.ui.case_dialogs import EditPersonDialog

    c = app
    case_id, _other, victim, offender = family(c)
    page = open_case_page(c, qtbot, case_id)
    edit = page.person_buttons["edit_person"]
    assert not edit.isEnabled()  # nobody chosen yet

    # Mouse: the row, then "Correct person…".
    click_row(page.people_view, row_of(page, "Нурпеисова"))
    assert edit.isEnabled()
    click(edit)
    d = dialog_of(EditPersonDialog, qtbot)
    assert d.last.text() == "Нурпеисова" and d.reason.currentIndex() == -1
    assert not d.ok.isEnabled()  # no reason chosen: nothing to save
    d.last.setFocus()
    d.last.selectAll()
    type_text(d.last, "Нурпейісова")
    type_text(d.iin, "880315400010")
    assert not d.ok.isEnabled()
    choose(d.reason, "documents_checked")
    assert d.ok.isEnabled()
    click(d.ok)
    qtbot.waitUntil(lambda: no_dialog(EditPersonDialog), timeout=WAIT)
    store = Worker(c)
    qtbot.waitUntil(lambda: store.get(Person, victim).last_name == "Нурпейісова", timeout=WAIT)
    p = store.get(Person, victim)
    assert (p.iin, p.first_name) == ("880315400010", "Асел")
    [entry] = audit(c, victim, "correct")
    assert entry.detail == "reason=documents_checked"
    qtbot.waitUntil(lambda: page.people.rowCount() == 2
                    and any(page.people.item(r, 1).text().startswith("Нурпейісова")
                            for r in range(2)), timeout=WAIT)

    # Keyboard: Enter on the offender's row opens the dialog; it says the other case.
    page.people_view.setFocus()
    page.people_view.setCurrentIndex(page.people.index(row_of(page, "Нурпеисов "), 0))
    QTest.keyClick(page.people_view, Qt.Key.Key_Return)
    d = dialog_of(EditPersonDialog, qtbot)
    other_no = Worker(c).get(FamilyCase, _other).case_no
    assert other_no in d.note.text() and d.note.isVisibleTo(d)
    d.first.setFocus()
    d.first.selectAll()
    type_text(d.first, "Ерболат")
    choose(d.reason, "other")
    assert not d.ok.isEnabled()  # "other" needs a note
    d.reason_note.setFocus()
    type_text(d.reason_note, "со слов соседей")
    assert d.ok.isEnabled()
    d.first.setFocus()
    QTest.keyClick(d.first, Qt.Key.Key_Return)  # Enter in a field: OK
    qtbot.waitUntil(lambda: store.get(Person, offender).first_name == "Ерболат", timeout=WAIT)
    [entry] = audit(c, offender, "correct")
    assert entry.detail == "reason=other; note=со слов соседей"


def test_remove_a_person_who_stays_in_another_case(app, qtbot):
    from inspector_desk.ui.case_dialogs import RemovePersonDialog

    c = app
    case_id, other, victim, offender = family(c)
    store = Worker(c)
    other_no = store.get(FamilyCase, other).case_no
    page = open_case_page(c, qtbot, case_id)
    click_row(page.people_view, row_of(page, "Нурпеисов "))
    click(page.person_buttons["remove_person"])
    d = dialog_of(RemovePersonDialog, qtbot)
    assert "Нурпеисов Ерлан" in d.question.text()
    assert other_no in d.question.text() and "stay" in d.question.text()
    assert d.reason.currentIndex() == -1 and not d.ok.isEnabled()
    choose(d.reason, "not_part_of_case")
    click(d.ok)
    qtbot.waitUntil(lambda: page.people.rowCount() == 1, timeout=WAIT)
    assert [p.case_id for p in store.find(Participant, person_id=offender)] == [other]
    assert not store.get(Person, offender).deleted
    part = store.find(Participant, include_deleted=True, case_id=case_id, person_id=offender)[0]
    [entry] = audit(c, part.id, "remove")
    assert entry.detail == "reason=not_part_of_case"

    # The victim is in no other case: the dialog says their record goes too; Escape cancels.
    click_row(page.people_view, 0)
    click(page.person_buttons["remove_person"])
    d = dialog_of(RemovePersonDialog, qtbot)
    assert "no other case" in d.question.text()
    QTest.keyClick(d.reason, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: no_dialog(RemovePersonDialog), timeout=WAIT)
    assert not store.get(Person, victim).deleted


# --- closing and reopening --------------------------------------------------------------------

def test_close_needs_reason_and_confirmation_and_warns_then_reopen(app, qtbot):
    from inspector_desk.ui.case_dialogs import CloseCaseDialog, ReopenCaseDialog

    c = app
    case_id, _other, victim, offender = family(c)
    svc = c.core.services
    store = Worker(c)
    svc.records.issue_measure(case_id, {"measure_kind": "protective_order", "subject": offender,
                                "protected_persons": [{"person": victim}], "document_no": "ЗП-1",
                                "legal_basis": "law_2025_245", "issued_by": "И",
                                "issued_at": svc.clock.now().date().isoformat(),
                                "restrictions": ["no_contact"], "status": "active"})
    page = open_case_page(c, qtbot, case_id)
    assert page.buttons["close"].isVisible() and not page.buttons["reopen"].isVisible()
    click(page.buttons["close"])
    d = dialog_of(CloseCaseDialog, qtbot)
    # No reason chosen for the inspector; OK waits for one and for the confirmation.
    assert d.reason.currentIndex() == -1 and d.reason.currentData() is None
    assert not d.ok.isEnabled()
    qtbot.waitUntil(lambda: d.warnings is not None, timeout=WAIT)
    assert "active_measure" in d.warnings
    assert "protective measure is in force" in d.note.text() and d.note.isVisibleTo(d)
    choose(d.reason, "family_moved")
    assert not d.ok.isEnabled()  # not confirmed yet
    d.confirm.setFocus()
    QTest.keyClick(d.confirm, Qt.Key.Key_Space)
    assert d.confirm.isChecked() and d.ok.isEnabled()
    QTest.keyClick(d.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store.get(FamilyCase, case_id).status == "closed", timeout=WAIT)
    assert store.get(FamilyCase, case_id).closure_reason == "family_moved"
    assert audit(c, case_id, "close")[0].detail == "reason=family_moved"
    qtbot.waitUntil(lambda: page.view.case.status == "closed", timeout=WAIT)
    assert page.buttons["reopen"].isVisible() and not page.buttons["close"].isVisible()
    assert not page.buttons["person"].isEnabled()

    click(page.buttons["reopen"])
    d = dialog_of(ReopenCaseDialog, qtbot)
    assert d.reason.currentIndex() == -1 and not d.ok.isEnabled()
    choose(d.reason, "new_report")
    click(d.ok)
    qtbot.waitUntil(lambda: store.get(FamilyCase, case_id).status == "active", timeout=WAIT)
    assert audit(c, case_id, "reopen")[0].detail == "reason=new_report"
    qtbot.waitUntil(lambda: page.view.case.status == "active", timeout=WAIT)
    assert page.buttons["close"].isVisible() and page.buttons["person"].isEnabled()


def test_a_high_risk_case_says_so_before_closing(app, qtbot):
    from inspector_desk.ui.case_dialogs import CloseCaseDialog

    c = app
    case_id, *_ = family(c)
    page = open_case_page(c, qtbot, case_id)
    _visit_with_risk(c, qtbot, page, "high")
    click(page.buttons["close"])
    d = dialog_of(CloseCaseDialog, qtbot)
    qtbot.waitUntil(lambda: d.warnings is not None, timeout=WAIT)
    assert "high_risk" in d.warnings and "high-risk" in d.note.text()
    d.cancel()


# --- risk from a visit; measures past their end --------------------------------------------------

def _visit_with_risk(c, qtbot, page, level):
    victim = next(p.person.id for p in page.view.participants if p.participant.role == "affected")
    click(page.buttons["visit"])
    form = c.desk.form_page
    qtbot.waitUntil(lambda: form is not None and form.ready, timeout=WAIT)
    e = form.editors
    now = c.core.services.clock.now()
    set_when(e["visit_at"], now.year, now.month, now.day, 9, 30)
    for fid, value in (("visit_type", "planned"), ("place", "home"),
                       ("visit_address", "г. Астана, ул. Сығанақ, д. 3, кв. 7"),
                       ("persons_met", [{"person": victim, "role": "affected"}]),
                       ("conversation_held", "no"), ("intoxication", "no"),
                       ("children_present", "no"), ("rights_explained", ["line_111"]),
                       ("measure_in_force", "no"), ("risk_reassessed", "yes")):
        e[fid].set_value(value)
    form._changed()
    e["risk_level"].set_value(level)
    set_when(e["next_visit"], now.year + 1, 1, 4)
    form._changed()
    form.save()
    qtbot.waitUntil(lambda: c.desk.form_page is None, timeout=WAIT)


def test_a_visits_reassessed_risk_reaches_the_case_page_and_the_dashboard(app, qtbot):
    from inspector_desk.ui.dashboard import CASE_ROLE

    c = app
    case_id, *_ = family(c)
    page = open_case_page(c, qtbot, case_id)
    assert page.view.case.risk_level == "unknown"
    _visit_with_risk(c, qtbot, page, "high")
    qtbot.waitUntil(lambda: page.view.case.risk_level == "high", timeout=WAIT)
    assert "High" in page.risk.text()

    def on_dashboard() -> bool:
        m = c.desk.dashboard.model
        for r in range(m.rowCount()):
            head = m.item(r, 0)
            if head is not None and head.text().startswith("High-risk cases"):
                return any(head.child(i, 0).data(CASE_ROLE) == case_id for i in range(head.rowCount()))
        return False

    c.desk.dashboard.refresh()
    qtbot.waitUntil(on_dashboard, timeout=WAIT)


def test_a_measure_past_its_end_is_shown_as_ended(app, qtbot):
    c = app
    case_id, _other, victim, offender = family(c)
    svc = c.core.services
    base = {"measure_kind": "protective_order", "subject": offender,
            "protected_persons": [{"person": victim}], "document_no": "ЗП-1",
            "issued_by": "И", "restrictions": ["no_contact"], "status": "active"}
    svc.records.issue_measure(case_id, {**base, "legal_basis": "law_2009_214", "issued_at": "2025-03-20",
                                "valid_to": "2025-04-19"})
    svc.records.issue_measure(case_id, {**base, "legal_basis": "law_2025_245",
                                "issued_at": svc.clock.now().date().isoformat()})
    page = open_case_page(c, qtbot, case_id)
    qtbot.waitUntil(lambda: page.timeline.rowCount() == 2, timeout=WAIT)
    details = {page.timeline.item(r, 2).text() for r in range(2)}
    old = next(t for t in details if "19.04.2025" in t)
    new = next(t for t in details if "19.04.2025" not in t)
    assert old.endswith("· ended")
    assert not new.endswith("· ended")


# --- errors at the field -------------------------------------------------------------------------

def test_errors_show_at_the_field_without_moving_the_dialog(app, qtbot):
    from inspector_desk.ui.case_dialogs import AddPersonDialog, NewCaseDialog

    c = app
    case_id, *_ = family(c)
    page = open_case_page(c, qtbot, case_id)
    click(page.buttons["person"])
    d = dialog_of(AddPersonDialog, qtbot)
    body = d.scroll_area.widget()
    qtbot.waitExposed(d)
    d.iin.setFocus()
    type_text(d.iin, "880315400012")  # (an ИИН fills in the birth date: measured after it)
    QApplication.processEvents()
    size, phone_at = d.size(), d.phone.mapTo(body, QPoint(0, 0))
    click(d.ok)  # no names, a wrong check digit
    qtbot.waitUntil(lambda: bool(d.field_error("last_name")), timeout=WAIT)
    assert d.field_error("first_name") and "check digit" in d.field_error("iin")
    assert d.error.text() == ""  # nothing under the form, no internal keys
    assert "last_name" not in d.field_error("last_name") and ":" not in d.field_error("iin")
    assert d.size() == size and d.phone.mapTo(body, QPoint(0, 0)) == phone_at  # nothing moved
    assert QApplication.focusWidget() is d.last  # the first field concerned
    type_text(d.last, "Әлиева")
    d.cancel()

    n = NewCaseDialog(c.desk, c.window)
    n.open()
    n.address.setFocus()
    QTest.keyClick(n.address, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(n.field_error("address")), timeout=WAIT)
    assert n.error.text() == "" and QApplication.focusWidget() is n.address
    n.cancel()


# --- drafts of dialogs across an auto-lock -------------------------------------------------------

def _auto_lock_and_unlock(c, make_app, qtbot, dialog):
    """The idle lock, as the timer does it; then the relaunched program, unlocked by typing."""
    from inspector_desk.ui.os_lock import idle_clock

    assert c.lock_if_idle(idle_clock() + c.settings.autolock_minutes * 60 + 1)
    assert c.desk is None and len(c.relaunched) == 1 and c.relaunched[0].reason == "idle"
    assert not dialog.isVisible()  # gone with the desk, at once
    qtbot.waitUntil(lambda: not c.core.unlocked and not c.runner.busy, timeout=WAIT)
    again = make_app()
    assert again.state == "locked"
    unlock = again.stack.currentWidget()
    unlock.passphrase.setFocus()
    type_text(unlock.passphrase, PASSPHRASE)
    QTest.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: again.state == "unlocked", timeout=WAIT)
    return again


def test_a_half_filled_add_person_dialog_survives_the_auto_lock(app, make_app, qtbot):
    from inspector_desk.ui.case_dialogs import AddPersonDialog

    c = app
    case_id, *_ = family(c)
    page = open_case_page(c, qtbot, case_id)
    click(page.buttons["person"])
    d = dialog_of(AddPersonDialog, qtbot)
    choose(d.role, "child")
    d.last.setFocus()
    type_text(d.last, "Жолдасбекова")
    type_text(d.iin, "1503")  # half of it
    qtbot.waitUntil(lambda: d.draft_kept, timeout=WAIT)  # written while typing
    again = _auto_lock_and_unlock(c, make_app, qtbot, d)

    back = dialog_of(AddPersonDialog, qtbot)
    assert back.case_id == case_id and again.desk.case_page.case_id == case_id
    assert (back.last.text(), back.iin.text(), back.role.currentData()) == (
        "Жолдасбекова", "1503", "child")
    assert "draft" in back.note.text() and back.note.isVisibleTo(back)
    back.first.setFocus()
    type_text(back.first, "Айым")
    click(back.ok)  # the IIN is half: refused at the field, the draft stays
    qtbot.waitUntil(lambda: bool(back.field_error("iin")), timeout=WAIT)
    back.iin.clear()
    click(back.ok)
    store = Worker(again)
    qtbot.waitUntil(lambda: any(store.get(Person, p.person_id).last_name == "Жолдасбекова"
                                for p in store.find(Participant, case_id=case_id)), timeout=WAIT)
    qtbot.waitUntil(lambda: again.runner.call(again.core.services.cases.dialog_drafts) == [],
                    timeout=WAIT)


def test_a_half_filled_new_case_dialog_survives_the_auto_lock_and_cancel_discards_it(
        app, make_app, qtbot):
    from inspector_desk.ui.case_dialogs import NewCaseDialog

    c = app
    d = NewCaseDialog(c.desk, c.window)
    d.open()
    d.address.setFocus()
    type_text(d.address, "г. Астана, ул. Сарайшық, д. 5")
    choose(d.source, "school")
    qtbot.waitUntil(lambda: d.draft_kept, timeout=WAIT)
    again = _auto_lock_and_unlock(c, make_app, qtbot, d)

    back = dialog_of(NewCaseDialog, qtbot)
    assert back.address.text() == "г. Астана, ул. Сарайшық, д. 5"
    assert back.source.currentData() == "school"
    click(back.buttons.button(back.buttons.StandardButton.Cancel))
    qtbot.waitUntil(lambda: no_dialog(NewCaseDialog), timeout=WAIT)
    qtbot.waitUntil(lambda: again.runner.call(again.core.services.cases.dialog_drafts) == [],
                    timeout=WAIT)


# --- small screens -------------------------------------------------------------------------------

def test_every_dialog_fits_1366x768_at_150_percent(app, qtbot):
    """1366×768 at 150 % leaves about 910×512 logical pixels, less the panel and the title
    bar: every dialog works in 900×440, the fields scroll up and down only, OK and Cancel
    stay in view."""
    from inspector_desk.ui.case_dialogs import (
        AddPersonDialog, CloseCaseDialog, EditPersonDialog, NewCaseDialog, RemovePersonDialog,
        ReopenCaseDialog,
    )

    c = app
    case_id, _other, victim, offender = family(c)
    page = open_case_page(c, qtbot, case_id)
    store = Worker(c)
    person = store.get(Person, offender)
    links = c.runner.call(lambda: c.core.services.people.person_links(offender))
    part = next(p.participant for p in page.view.participants if p.person.id == offender)
    for d in (AddPersonDialog(c.desk, case_id, page), NewCaseDialog(c.desk, page),
              EditPersonDialog(c.desk, case_id, person, ["X"], page),
              RemovePersonDialog(c.desk, case_id, "X", part, person, links, page),
              CloseCaseDialog(c.desk, case_id, page, "XXXX-2026-0001"),
              ReopenCaseDialog(c.desk, case_id, page, "XXXX-2026-0001")):
        d.show()
        assert d.minimumSizeHint().width() <= 900 and d.minimumSizeHint().height() <= 440
        d.resize(min(d.width(), 900), min(d.height(), 440))
        qtbot.waitUntil(lambda: d.height() <= 440, timeout=WAIT)
        for button in (d.ok, d.buttons.button(d.buttons.StandardButton.Cancel)):
            at = button.mapTo(d, QPoint(0, 0))
            assert button.isVisible() and at.y() + button.height() <= d.height()
        body = d.scroll_area.widget()
        assert body.width() <= d.scroll_area.viewport().width()  # never sideways
        assert d.scroll_area.horizontalScrollBar().maximum() == 0
        d.reject()
