"""Reads are audited once per opening (issue 19 item 6): the real window opens a case, saves
into it and shows it again, opens a form from it and a record from its timeline; the audit
log gets one "view" per opening, none per refresh."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.services.test_case_records import visit_answers
from tests.ui.test_workflow import WAIT, add_person, first_run, make_controller, new_case  # noqa: F401


def _views(c, record_id: str) -> int:
    entries = c.runner.call(lambda: c.core.session.store.audit_entries(record_id=record_id))
    return sum(e.action == "view" for e in entries)


def test_one_view_per_opening_not_per_refresh(make_controller, qtbot):
    c = make_controller()
    first_run(c, qtbot)
    case_id = new_case(c, qtbot)  # the new case is shown: its first opening
    page = c.desk.case_page
    add_person(c, qtbot, "affected", "Оспанова", "Мәдина")  # each save refreshes the page
    add_person(c, qtbot, "offender", "Оспанов", "Ерлан")
    assert _views(c, case_id) == 1

    # A form reached from the open case is part of that opening.
    c.desk.open_form("incident", case_id)
    qtbot.waitUntil(lambda: c.desk.form_page is not None and c.desk.form_page.ready, timeout=WAIT)
    c.desk.close_form()
    assert _views(c, case_id) == 1

    # A record opened from the timeline (Enter on its row) is an opening of that record.
    victim = page.view.participants[0].person.id
    visit_id = c.runner.call(lambda: c.core.services.records.record_visit(case_id, visit_answers(victim)).created)
    page.refresh()
    qtbot.waitUntil(lambda: any(r.id == visit_id for r in page.view.timeline), timeout=WAIT)
    view = page.timeline_view
    view.setFocus()
    view.setCurrentIndex(page.timeline.index(0, 0))
    QTest.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: c.desk.form_page is not None and c.desk.form_page.ready, timeout=WAIT)
    qtbot.waitUntil(lambda: _views(c, visit_id) == 1, timeout=WAIT)
    c.desk.close_form()
    assert _views(c, case_id) == 1

    # Opened again after another family's case: a second opening.
    other = c.runner.call(lambda: c.core.services.cases.open_case(
        address="г. Астана, пр. Абая, д. 5", district="Есиль", source="111").created)
    c.desk.open_case(other)
    qtbot.waitUntil(lambda: c.desk.case_page.case_id == other and c.desk.case_page.view is not None,
                    timeout=WAIT)
    c.desk.open_case(case_id)
    qtbot.waitUntil(lambda: _views(c, case_id) == 2, timeout=WAIT)
    assert _views(c, other) == 1


def test_hidden_sections_refresh_when_shown_after_a_change(make_controller, qtbot):
    """Screens refresh from the change set: a save on a case page marks the register and
    Today stale instead of reading them behind the case; each reads again when shown."""
    c = make_controller()
    first_run(c, qtbot)
    desk = c.desk
    new_case(c, qtbot)
    model = desk.register.model
    before = model._generation
    add_person(c, qtbot, "affected", "Жұмабаева", "Айгерім")  # a participant and a person
    assert model._generation == before and {"register", "dashboard"} <= desk._stale
    desk.go_back()  # Alt+Left's action: back to where the case was opened from
    while desk.current_page_name() not in ("register", "dashboard"):
        desk.go_back()
    desk.show_page("register")
    qtbot.waitUntil(lambda: model._generation > before and model.shown_generation == model._generation
                    and model.total and model.row_at(0) is not None, timeout=WAIT)
    assert "register" not in desk._stale
    assert any((model.row_at(r).affected or "").startswith("Жұмабаева") for r in range(model.total))
