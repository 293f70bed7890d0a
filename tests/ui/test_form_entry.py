"""Entry as fast as paper (issue 15): typeable dates, forms prefilled from the case, the first
field focused, errors at the field without moving the form, a failed save going to the first
field to correct, no sideways scrolling at 1366×768 and at 150 %, and one visit on an
existing case in at most 10 actions, by keyboard and by mouse.

Every action is a real key press or mouse click on the widget that has the focus or is under
the pointer (QTest); the count is printed (run with -s to see it).
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea, QWidget

from inspector_desk.app.profile import Profiles
from inspector_desk.app.settings import Settings
from inspector_desk.core.ports import KZ_TZ, FixedClock
from inspector_desk.keystore.device_secret import KeyringSecrets
from inspector_desk.keystore.keyfile import KdfParams
from inspector_desk.ui.controller import AppController
from inspector_desk.ui.date_input import DateInput
from tests.ui.test_workflow import WAIT, add_person, first_run, new_case

ADDRESS = "г. Астана, ул. Сығанақ, д. 3, кв. 7"
NOW = dt.datetime(2026, 12, 7, 10, 15, tzinfo=KZ_TZ)
MAX_ACTIONS = 10


@pytest.fixture
def desk(tmp_path, memory_keyring, forms, qtbot):
    """A first-run desk on a fixed session clock (the computer's own clock is never read)."""
    profiles = Profiles(tmp_path / "home", KeyringSecrets(memory_keyring),
                        kdf=KdfParams.fast_for_tests(), forms=forms, clock=FixedClock(NOW))
    c = AppController(profiles, Settings(language="en"))
    qtbot.addWidget(c.window)
    c.window.show()
    c.window.activateWindow()
    first_run(c, qtbot)
    yield c
    c.shutdown()


def existing_case(c, qtbot) -> dict[str, str]:
    """A family case with a victim, an offender, a child and one earlier visit (setup, not
    counted)."""
    case_id = new_case(c, qtbot)
    add_person(c, qtbot, "affected", "Нұрпейісова", "Әсел", "880315400010")
    add_person(c, qtbot, "offender", "Нұрпейісов", "Ерлан")
    add_person(c, qtbot, "child", "Нұрпейісов", "Алихан")
    page = c.desk.case_page
    people = {p.participant.role: p.person.id for p in page.view.participants}
    earlier = {
        "visit_at": "2026-11-30T09:00", "visit_type": "planned", "place": "home",
        "visit_address": ADDRESS, "interpreter": "no",
        "persons_met": [{"person": people["affected"], "role": "affected"}],
        "conversation_held": "no", "intoxication": "no", "children_present": "yes",
        "children_condition": "good", "rights_explained": ["line_111", "line_102"],
        "measure_in_force": "no", "risk_reassessed": "no", "next_visit": "2026-12-07",
    }
    done = []
    c.client.mutate(lambda svc: svc.desk.save_form("visit", case_id, earlier), on_done=done.append)
    qtbot.waitUntil(lambda: bool(done) and page.view is not None
                    and sum(r.KIND == "visit" for r in page.view.timeline) == 1, timeout=WAIT)
    return {"case": case_id, **people}


class Counter:
    """Counts what a person does: each key press (a shortcut counts once) and each click."""

    def __init__(self, qtbot) -> None:
        self.qtbot, self.n, self.log = qtbot, 0, []

    def key(self, key, modifier=Qt.KeyboardModifier.NoModifier, note="") -> None:
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard"
        QTest.keyClick(target, key, modifier)
        self.n += 1
        self.log.append(f"key {note or key} on {type(target).__name__}")

    def click(self, widget: QWidget, pos: QPoint | None = None, note="") -> None:
        self._scroll_to(widget)
        assert widget.isVisible() and widget.isEnabled(), f"cannot click {note}"
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         pos if pos is not None else widget.rect().center())
        self.n += 1
        self.log.append(f"click {note or type(widget).__name__}")

    def _scroll_to(self, widget: QWidget) -> None:
        """A widget outside the visible part of its scroll area costs one scroll."""
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is None:
            return
        viewport = parent.viewport()
        top_left = widget.mapTo(viewport, QPoint(0, 0))
        inside = 0 <= top_left.y() and top_left.y() + widget.height() <= viewport.height()
        if not inside:
            parent.ensureWidgetVisible(widget)
            self.n += 1
            self.log.append("scroll")


def _saved_visit(c, qtbot, ids):
    page = c.desk.case_page
    qtbot.waitUntil(lambda: c.desk.form_page is None, timeout=WAIT)
    qtbot.waitUntil(lambda: page.view is not None
                    and sum(r.KIND == "visit" for r in page.view.timeline) == 2, timeout=WAIT)
    visit = max((r for r in page.view.timeline if r.KIND == "visit"), key=lambda r: r.visit_at)
    a = visit.answers
    assert a["visit_at"] == "2026-12-07T10:15"  # the session clock, not the computer's
    assert a["visit_address"] == ADDRESS
    assert {row["person"]: row["role"] for row in a["persons_met"]} == {
        ids["affected"]: "affected", ids["offender"]: "offender", ids["child"]: "child"}
    assert a["rights_explained"] == ["line_111", "line_102"]  # from the previous visit
    assert a["measure_in_force"] == "no"  # the case has no measure in force
    assert a["next_visit"] == "2026-12-14"  # today + the contact interval of the case's risk
    return visit


def _form_ready(c, qtbot):
    qtbot.waitUntil(lambda: c.desk.form_page is not None and c.desk.form_page.ready, timeout=WAIT)
    form = c.desk.form_page
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and form.isAncestorOf(QApplication.focusWidget()), timeout=WAIT)
    return form


def test_one_visit_by_keyboard_in_at_most_ten_actions(desk, qtbot):
    c = desk
    ids = existing_case(c, qtbot)
    c.desk.case_page.setFocus()
    count = Counter(qtbot)

    count.key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier, "Ctrl+N")
    form = _form_ready(c, qtbot)
    # the keyboard starts at the first field that still needs an answer
    assert form.editors["conversation_held"].isAncestorOf(QApplication.focusWidget()), (QApplication.focusWidget(), [k for k, e in form.editors.items() if e.isAncestorOf(QApplication.focusWidget())])
    count.key(Qt.Key.Key_N, note="n (no conversation)")
    assert form.editors["conversation_held"].value() == "no"
    assert form.editors["intoxication"].isAncestorOf(QApplication.focusWidget())
    count.key(Qt.Key.Key_N, note="n (no intoxication)")
    # the case has a child, so the children's condition is asked
    assert form.editors["children_condition"].isAncestorOf(QApplication.focusWidget())
    count.key(Qt.Key.Key_1, note="1 (the first option: satisfactory)")
    assert form.editors["children_condition"].value() == "good"
    assert form.editors["risk_reassessed"].isAncestorOf(QApplication.focusWidget())
    count.key(Qt.Key.Key_N, note="n (risk not re-assessed)")
    assert QApplication.focusWidget() is form.save_button  # nothing left to answer
    count.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier, "Ctrl+S")
    _saved_visit(c, qtbot, ids)
    print(f"\nOne visit on an existing case by keyboard: {count.n} actions: {count.log}")
    assert count.n <= MAX_ACTIONS


def test_one_visit_by_mouse_in_at_most_ten_actions(desk, qtbot):
    c = desk
    ids = existing_case(c, qtbot)
    count = Counter(qtbot)

    count.click(c.desk.case_page.buttons["visit"], note="New visit")
    form = _form_ready(c, qtbot)
    e = form.editors
    count.click(e["conversation_held"].buttons["no"], note="No (conversation)")
    count.click(e["intoxication"].buttons["no"], note="No (intoxication)")
    # a few options stand as radio buttons: one click, no list to open
    count.click(e["children_condition"].buttons["good"], note="Satisfactory")
    count.click(e["risk_reassessed"].buttons["no"], note="No (risk)")
    count.click(form.save_button, note="Save")
    _saved_visit(c, qtbot, ids)
    print(f"\nOne visit on an existing case by mouse: {count.n} actions: {count.log}")
    assert count.n <= MAX_ACTIONS


def _line(form, fid) -> QLineEdit:
    return form.editors[fid].edit.line


def test_dates_are_typed_checked_at_the_field_and_never_trap_tab(desk, qtbot):
    c = desk
    existing_case(c, qtbot)
    c.desk.case_page.buttons["visit"].click()
    form = _form_ready(c, qtbot)
    e = form.editors

    # The prefilled date-time is the session clock's "now", in the desk's format.
    assert _line(form, "visit_at").text() == "07.12.2026 10:15"

    # An empty date field: Tab moves on at once.
    line = _line(form, "next_visit")
    line.setFocus()
    QTest.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(line, Qt.Key.Key_Delete)
    assert line.text() == "" and e["next_visit"].value() is None
    QTest.keyClick(line, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not line

    # Typed in any of the usual ways; leaving the field writes it as dd.mm.yyyy.
    for typed, shown in (("+14", "21.12.2026"), ("21122026", "21.12.2026"), ("21.12.26", "21.12.2026"),
                         ("today", "07.12.2026"), ("28.2.2027", "28.02.2027")):
        line.setFocus()
        QTest.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(line, typed)
        assert e["next_visit"].problem() == "", typed
        QTest.keyClick(line, Qt.Key.Key_Tab)
        assert line.text() == shown, typed
    # Up and Down move the date by a day.
    line.setFocus()
    QTest.keyClick(line, Qt.Key.Key_Up)
    assert e["next_visit"].value() == "2027-03-01"

    # An impossible date: a clear message at the field, and nothing below it moves.
    below = form.rows["days_to_next_visit"][1]
    message = form.rows["next_visit"][2]
    y_before = below.mapTo(form.body, QPoint(0, 0)).y()
    line.setFocus()
    QTest.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(line, "31.02.2027")
    assert "no such date" in message.text().lower() and "31.02.2027" in message.text()
    assert message.isVisibleTo(form)
    assert below.mapTo(form.body, QPoint(0, 0)).y() == y_before  # the error line was kept free
    assert line.text() == "31.02.2027"  # never «неизвестна…»-style text: what was typed
    # No internal keys in what the inspector reads.
    assert "next_visit" not in message.text() and not message.text().startswith("next")

    # Saving goes to the first field to correct, and saves nothing.
    QTest.keyClick(line, Qt.Key.Key_Tab)
    form.save_button.setFocus()
    QTest.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert c.desk.form_page is form
    assert QApplication.focusWidget() is line
    assert "attention" in form.summary.text()

    # A date-time without its time says so; with it, it is read.
    at = _line(form, "visit_at")
    at.setFocus()
    QTest.keyClick(at, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(at, "05.12.2026")
    assert "add the time" in e["visit_at"].problem().lower()
    QTest.keyClicks(at, " 1430")
    assert e["visit_at"].problem() == "" and e["visit_at"].value() == "2026-12-05T14:30"


def test_the_calendar_opens_where_the_field_needs_it(desk, qtbot):
    c = desk
    existing_case(c, qtbot)
    c.desk.case_page.buttons["visit"].click()
    form = _form_ready(c, qtbot)
    due = form.editors["next_visit"].edit
    # a next visit: today onward, picked with the mouse
    QTest.mouseClick(due.calendar_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: due.calendar is not None and due.calendar.isVisible(), timeout=WAIT)
    cal = due.calendar
    assert (cal.minimumDate().year(), cal.minimumDate().month(), cal.minimumDate().day()) == (2026, 12, 7)
    assert cal.selectedDate().year() == 2026 and cal.selectedDate().month() == 12
    cal.clicked.emit(cal.selectedDate().addDays(3))  # a click on a day of the grid
    assert due.calendar is None and due.text() == "17.12.2026"
    # the visit itself: up to today
    when = form.editors["visit_at"].edit
    when.open_calendar()
    assert when.calendar.maximumDate().toString("yyyy-MM-dd") == "2026-12-07"
    when.calendar.clicked.emit(when.calendar.maximumDate().addDays(-1))
    assert when.text() == "06.12.2026 10:15"  # the time kept, the day picked

    # A birth date (the persons dialog uses the same input): the past only, opening ~30 years back.
    birth = DateInput("date", "past", open_years_back=30, strict=True)
    qtbot.addWidget(birth)
    birth.show()
    QTest.keyClicks(birth.line, "05031988")
    assert birth.value() == dt.date(1988, 3, 5) and birth.line.text() == "05031988"
    birth.set_text("")
    QTest.keyClicks(birth.line, "5.3.88")
    assert birth.value() == dt.date(1988, 3, 5)
    birth.set_text("")
    birth.open_calendar()  # its "today" is the session clock's too (ui/clock.py)
    assert birth.calendar.maximumDate().toString("yyyy-MM-dd") == "2026-12-07"
    assert birth.calendar.yearShown() == 1996
    assert birth.calendar.minimumDate().year() == 1900
    birth.popup.close()
    birth.set_text("01.01.2027")
    assert "later than today" in birth.problem().lower()


def test_forms_prefilled_from_the_case(desk, qtbot):
    c = desk
    ids = existing_case(c, qtbot)
    c.desk.case_page.buttons["incident"].click()
    form = _form_ready(c, qtbot)
    e = form.editors
    assert e["reported_at"].value() == "2026-12-07T10:15"
    assert e["channel"].value() == "111"  # how the case came in
    assert e["incident_address"].value() == ADDRESS
    assert e["children_present"].value() == "yes"
    assert e["children_count"].value() == 1
    c.desk.close_form()

    c.desk.case_page.buttons["measure"].click()
    form = _form_ready(c, qtbot)
    e = form.editors
    assert e["issued_by"].value() == "Сәрсенбаева Айгүл"  # the inspector's profile
    assert e["issued_at"].value() == "2026-12-07"
    assert e["subject"].value() == ids["offender"]
    assert e["protected_persons"].value() == [{"person": ids["affected"]}]
    # the first field gets the keyboard
    assert form.isAncestorOf(QApplication.focusWidget())


@pytest.mark.parametrize("size", [(1366, 768), (911, 512)], ids=["1366x768", "150-percent"])
@pytest.mark.parametrize("kind", ["incident", "measure", "visit"])
def test_no_sideways_scrolling(desk, qtbot, size, kind):
    """At 1366×768 and at 150 % (1366×768 physical is 911×512 logical pixels with
    QT_SCALE_FACTOR=1.5): every field and every long legal option fits the width."""
    c = desk
    existing_case(c, qtbot)
    c.window.resize(*size)
    qtbot.waitUntil(lambda: c.window.height() == size[1], timeout=WAIT)
    c.desk.case_page.buttons[kind].click()
    form = _form_ready(c, qtbot)
    if kind == "measure":  # the kind with the most fields shown
        form.editors["measure_kind"].set_value("protective_order")
        form.refresh()
    # The form's share of the window: the window less the sections list and the margins. When
    # another page keeps the window wider than asked, the form is held to its share.
    if c.window.width() > size[0]:
        share = size[0] - c.desk.nav.width() - 30
        form.setMaximumWidth(share)
        qtbot.waitUntil(lambda: 0 < form.width() <= share, timeout=WAIT)
    print(f"\n{kind} at {size}: window {c.window.width()}x{c.window.height()}, form {form.width()}")
    QApplication.processEvents()
    viewport = form.scroll_area.viewport()
    width = viewport.width()
    assert form.body.minimumSizeHint().width() <= width, (kind, size)
    assert form.body.width() <= width
    assert form.scroll_area.horizontalScrollBar().maximum() == 0
    clipped = []
    for w in form.body.findChildren(QWidget):
        if not w.isVisibleTo(form.body):
            continue
        right = w.mapTo(form.body, QPoint(w.width(), 0)).x()
        if right > width + 1:
            clipped.append((type(w).__name__, w.accessibleName() or getattr(w, "text", lambda: "")()))
    assert not clipped, clipped[:5]
    # buttons always visible: Save is on screen
    assert form.save_button.isVisible()
    bottom = form.save_button.mapTo(c.window, QPoint(0, form.save_button.height())).y()
    assert bottom <= c.window.height()
