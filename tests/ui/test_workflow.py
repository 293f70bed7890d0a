"""The whole field workflow through real widgets (pytest-qt, offscreen): first run, a case,
persons, a visit with a conditional field, the risk checklist, a protective order, print
preview, lock, unlock, and a draft recovered after a simulated crash."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QApplication

from inspector_desk.app.profile import Profiles
from inspector_desk.app.settings import Settings
from inspector_desk.keystore.device_secret import KeyringSecrets
from inspector_desk.keystore.keyfile import KdfParams
from inspector_desk.ui.controller import AppController
from tests.conftest import PASSPHRASE

WAIT = 10_000


@pytest.fixture
def make_controller(tmp_path, memory_keyring, forms, qtbot):
    made = []

    def make(lang="en"):
        profiles = Profiles(tmp_path / "home", KeyringSecrets(memory_keyring),
                            kdf=KdfParams.fast_for_tests(), forms=forms)
        c = AppController(profiles, Settings(language=lang))
        qtbot.addWidget(c.window)
        c.window.show()
        made.append(c)
        return c

    yield make
    for c in made:
        c.shutdown()


def first_run(c, qtbot) -> None:
    wizard = c.stack.currentWidget()
    assert c.state == "first_run"
    wizard.about.name.setText("Сәрсенбаева Айгүл")
    wizard.about.badge.setText("A-1047")
    wizard.about.district.setText("Есиль")
    wizard.next()
    assert not wizard.secret.isComplete()
    wizard.secret.passphrase.edit.setText(PASSPHRASE)
    wizard.secret.passphrase.again.setText(PASSPHRASE)
    assert wizard.secret.isComplete()
    wizard.next()
    wizard.accept()
    qtbot.waitUntil(lambda: c.state == "unlocked", timeout=WAIT)


def desk_of(c):
    return c.desk


def wait_rows(qtbot, model, n=1):
    qtbot.waitUntil(lambda: model.rowCount() >= n, timeout=WAIT)


def new_case(c, qtbot) -> str:
    from inspector_desk.ui.case_dialogs import NewCaseDialog

    d = NewCaseDialog(c.desk, c.window)
    d.address.setText("г. Астана, ул. Сығанақ, д. 3, кв. 7")
    d.source.setCurrentIndex(d.source.findData("111"))
    d.submit()
    qtbot.waitUntil(lambda: c.desk.case_page is not None and c.desk.case_page.view is not None,
                    timeout=WAIT)
    return c.desk.case_page.case_id


def add_person(c, qtbot, role, last, first, iin="") -> None:
    from inspector_desk.ui.case_dialogs import AddPersonDialog

    page = c.desk.case_page
    before = len(page.view.participants)
    d = AddPersonDialog(c.desk, page.case_id, c.window)
    d.role.setCurrentIndex(d.role.findData(role))
    d.last.setText(last)
    d.first.setText(first)
    if iin:
        d.iin.setText(iin)
    d.submit()
    qtbot.waitUntil(lambda: page.view is not None and len(page.view.participants) == before + 1,
                    timeout=WAIT)


def open_form(c, qtbot, kind):
    c.desk.open_form(kind, c.desk.case_page.case_id)
    page = c.desk.form_page
    qtbot.waitUntil(lambda: page.ready, timeout=WAIT)
    return page


def set_when(editor, y, m, d, hh=10, mm=0):
    if hasattr(editor.edit, "setDateTime") and editor.field.type == "datetime":
        editor.edit.setDateTime(QDateTime(QDate(y, m, d), QTime(hh, mm)))
    else:
        editor.edit.setDate(QDate(y, m, d))


def test_whole_workflow(make_controller, qtbot):
    c = make_controller()
    first_run(c, qtbot)
    assert c.inspector.login == "A-1047"

    case_id = new_case(c, qtbot)
    add_person(c, qtbot, "affected", "Нұрпейісова", "Әсел", "880315400010")
    add_person(c, qtbot, "offender", "Нұрпейісов", "Ерлан")
    page = c.desk.case_page
    victim = next(p.person.id for p in page.view.participants if p.participant.role == "affected")
    offender = next(p.person.id for p in page.view.participants if p.participant.role == "offender")

    # A wrong IIN keeps the dialog open with the reason next to it.
    from inspector_desk.ui.case_dialogs import AddPersonDialog
    bad = AddPersonDialog(c.desk, case_id, c.window)
    bad.last.setText("Х")
    bad.first.setText("Y")
    bad.iin.setText("880315400012")
    bad.submit()
    qtbot.waitUntil(lambda: "check digit" in bad.field_error("iin"), timeout=WAIT)

    # A visit: children present makes "condition of the children" appear and be required.
    form = open_form(c, qtbot, "visit")
    e = form.editors
    label, holder, _ = form.rows["children_condition"]
    assert holder.isHidden()
    set_when(e["visit_at"], 2026, 11, 20, 9, 30)
    e["visit_type"].set_value("planned")
    e["place"].set_value("home")
    e["visit_address"].set_value("г. Астана, ул. Сығанақ, д. 3, кв. 7")
    e["persons_met"].set_value([{"person": victim, "role": "affected"}])
    e["conversation_held"].set_value("no")
    e["intoxication"].set_value("no")
    e["children_present"].set_value("yes")
    form._changed()
    assert not holder.isHidden()
    e["rights_explained"].set_value(["line_111", "line_102"])
    e["measure_in_force"].set_value("no")
    e["risk_reassessed"].set_value("no")
    set_when(e["next_visit"], 2026, 12, 4)
    form._changed()
    form.save()
    qtbot.waitUntil(lambda: "attention" in form.summary.text() or "correct" in form.summary.text(),
                    timeout=WAIT)
    assert c.desk.form_page is form  # not saved: children's condition is missing
    e["children_condition"].set_value("good")
    form._changed()
    form.save()
    qtbot.waitUntil(lambda: c.desk.form_page is None, timeout=WAIT)
    qtbot.waitUntil(lambda: any(r.KIND == "visit" for r in page.view.timeline), timeout=WAIT)

    # The risk checklist: 14 "yes" answers give high risk, live and on the case.
    form = open_form(c, qtbot, "risk")
    set_when(form.editors["assessed_at"], 2026, 11, 20, 10, 0)
    form.editors["respondent"].set_value(victim)
    questions = [f.id for f in form.form.fields() if f.type == "yes_no_unknown"]
    for i, q in enumerate(questions):
        form.editors[q].set_value("yes" if i < 14 else "no")
    form._changed()
    assert form.score.text().startswith("Score 14")
    form.save()
    qtbot.waitUntil(lambda: c.desk.form_page is None, timeout=WAIT)
    qtbot.waitUntil(lambda: page.view.case.risk_level == "high", timeout=WAIT)

    # A protective order: 30 days by default.
    form = open_form(c, qtbot, "measure")
    e = form.editors
    e["measure_kind"].set_value("protective_order")
    e["subject"].set_value(offender)
    e["protected_persons"].set_value([{"person": victim}])
    e["document_no"].set_value("ЗП-26-00017")
    e["legal_basis"].set_value("law_2009_214")
    e["issued_by"].set_value("Ст. инспектор Сәрсенбаева А.")
    set_when(e["issued_at"], 2026, 11, 20)
    e["restrictions"].set_value(["no_contact"])
    e["status"].set_value("active")
    form._changed()
    # The 2009 law gave way to Law 245-VIII on 02.03.2026: a warning at the field, in amber.
    warning = form.rows["legal_basis"][2]
    assert warning.isVisibleTo(form) and warning.property("warning") is True
    assert "245-VIII" in warning.text() or warning.text()
    e["legal_basis"].set_value("law_2025_245")
    form._changed()
    assert not warning.isVisibleTo(form)
    form.save()
    qtbot.waitUntil(lambda: c.desk.form_page is None, timeout=WAIT)
    qtbot.waitUntil(lambda: any(r.KIND == "measure" for r in page.view.timeline), timeout=WAIT)
    measure = next(r for r in page.view.timeline if r.KIND == "measure")
    assert (measure.valid_to - measure.valid_from).days == 30

    # Print preview of the protective order notice: pages rendered in memory.
    from inspector_desk.ui.documents import DocumentDialog
    dialog = DocumentDialog(c.desk, "measure-notice", measure.id, c.window)
    qtbot.waitUntil(lambda: len(dialog.images) >= 1, timeout=WAIT)
    assert dialog.images[0].width() > 500
    assert dialog.print_button.isEnabled()

    # The register finds the case by a Russian look-alike spelling.
    c.desk.show_page("register")
    reg = c.desk.register
    reg.search.setText("нурпейисова")
    qtbot.waitUntil(lambda: reg.model.total == 1 and reg.model.row_at(0) is not None, timeout=WAIT)
    assert reg.model.row_at(0).id == case_id

    # Lock: every data view is gone; unlock brings the desk back.
    c.lock()
    assert c.state == "locked" and c.desk is None
    qtbot.waitUntil(lambda: not c.core.unlocked and not c.runner.busy, timeout=WAIT)
    unlock = c.stack.currentWidget()
    unlock.passphrase.setText("wrong passphrase!!")
    unlock._submit()
    qtbot.waitUntil(lambda: "Wrong passphrase" in unlock.message.text(), timeout=WAIT)
    assert c.state == "locked"
    unlock.passphrase.setText(PASSPHRASE)
    unlock._submit()
    qtbot.waitUntil(lambda: c.state == "unlocked", timeout=WAIT)


def test_draft_is_recovered_after_a_crash(make_controller, qtbot):
    c = make_controller()
    first_run(c, qtbot)
    new_case(c, qtbot)
    form = open_form(c, qtbot, "incident")
    form.editors["narrative"].set_value("Супруг угрожал, разбил телефон.")
    form.editors["channel"].set_value("102")
    form._changed()
    form.save_draft()
    qtbot.waitUntil(lambda: form.draft_id is not None, timeout=WAIT)
    # "Crash": the window and the session vanish without saving or locking properly.
    def crash() -> None:  # the vault's file handle goes, nothing is locked or audited
        session = c.core.session
        session.vault.close()
        session.vault = None

    c.runner.call(crash)
    c.shutdown()

    again = make_controller()
    assert again.state == "locked"
    again.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: again.state == "unlocked", timeout=WAIT)
    dash = again.desk.dashboard
    qtbot.waitUntil(lambda: dash.model.rowCount() >= 5, timeout=WAIT)
    drafts_head = dash.model.item(4, 0)
    assert drafts_head.rowCount() == 1
    dash._open(drafts_head.child(0, 0).index())
    page = again.desk.form_page
    qtbot.waitUntil(lambda: page.ready, timeout=WAIT)
    assert page.editors["narrative"].value() == "Супруг угрожал, разбил телефон."
    assert page.editors["channel"].value() == "102"
    assert "draft" in page.draft_note.text().lower()


def test_idle_lock_and_privacy_key(make_controller, qtbot):
    from inspector_desk.ui.os_lock import idle_clock

    c = make_controller()
    first_run(c, qtbot)
    c.toggle_blank()
    assert c.state == "blanked" and c.curtain.drawn
    c.toggle_blank()
    assert c.state == "unlocked" and not c.curtain.drawn and c.stack.currentWidget() is c.desk
    assert not c.lock_if_idle(idle_clock() + 60)
    c.settings.autolock_minutes = 5
    assert c.lock_if_idle(idle_clock() + 5 * 60 + 1)
    assert c.state == "locked" and c.desk is None
    assert QApplication.clipboard().text() == ""


def test_copied_text_is_cleared_after_a_while(make_controller, qtbot):
    """A name copied from one of our fields leaves the clipboard by itself (30 s in the
    program; 200 ms here), without waiting for the lock."""
    c = make_controller()
    first_run(c, qtbot)
    assert c.clipboard_timer.interval() == 30_000
    c.clipboard_timer.setInterval(200)
    QApplication.clipboard().setText("Сәрсенбаева Айгүл")
    assert c.clipboard_timer.isActive()
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=WAIT)
    assert c.state == "unlocked"


def test_language_switches_while_running(make_controller, qtbot):
    c = make_controller("en")
    first_run(c, qtbot)
    c.desk.show_page("settings")
    c.set_language("ru")
    assert c.state == "unlocked" and c.desk.current_page_name() == "settings"
    titles = [c.desk.nav.item(i).text() for i in range(c.desk.nav.count())]
    assert "Cases" not in titles and "Дела" in titles


def test_models_pass_the_model_tester(make_controller, qtbot, qtmodeltester):
    from inspector_desk.app.demo import generate

    c = make_controller()
    first_run(c, qtbot)
    c.runner.call(lambda: generate(c.core.session, households=30, seed=3))
    c.desk.register.model.refresh()
    wait_rows(qtbot, c.desk.register.model, 20)
    qtmodeltester.check(c.desk.register.model)
    c.desk.dashboard.refresh()
    wait_rows(qtbot, c.desk.dashboard.model, 5)
    qtmodeltester.check(c.desk.dashboard.model)
    c.desk.register._open(c.desk.register.model.index(0, 0))  # opens once its row has loaded
    qtbot.waitUntil(lambda: c.desk.case_page is not None and c.desk.case_page.view is not None,
                    timeout=WAIT)
    qtmodeltester.check(c.desk.case_page.people)
    qtmodeltester.check(c.desk.case_page.timeline)
    c.desk.audit.refresh()
    wait_rows(qtbot, c.desk.audit.model, 10)
    qtmodeltester.check(c.desk.audit.model)
