"""Navigation that never misleads (issue 15, items 1, 2, 17, 18): the real window driven by
keyboard and by mouse (QTest key and mouse events on the widget that has the focus).

Ctrl+F from an open case or form shows the register with the focus in its search box, and
Enter opens exactly the highlighted row; Enter and double-click on every list open one
record once; a click on the current section shows it again; Alt+Left and the Back button go
back; Alt and F10 reach the menu bar; the window title names the page and the case number,
never a person; the dashboard leads with the family; the F12 screen says nothing.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from inspector_desk.app.profile import Profiles
from inspector_desk.app.settings import Settings
from inspector_desk.keystore.device_secret import KeyringSecrets
from inspector_desk.keystore.keyfile import KdfParams
from inspector_desk.ui.controller import AppController
from inspector_desk.ui.relaunch import Relaunch
from tests.ui.test_workflow import WAIT, add_person, first_run, new_case

SURNAME_A, SURNAME_B = "Нұрпейісова", "Жолдасбекова"


@pytest.fixture
def app(tmp_path, memory_keyring, forms, qtbot):
    relaunched: list[Relaunch] = []
    profiles = Profiles(tmp_path / "home", KeyringSecrets(memory_keyring),
                        kdf=KdfParams.fast_for_tests(), forms=forms)
    c = AppController(profiles, Settings(language="en"), relaunch=relaunched.append, watch_os=False)
    c.relaunched = relaunched
    qtbot.addWidget(c.window)
    c.window.show()
    first_run(c, qtbot)
    activate(c, qtbot)
    yield c
    c.shutdown()


def activate(c, qtbot) -> None:
    c.window.activateWindow()
    qtbot.waitUntil(lambda: c.window.isActiveWindow(), timeout=WAIT)


def focused():
    return QApplication.focusWidget()


def key(k, mod=Qt.KeyboardModifier.NoModifier, widget=None) -> None:
    """A key press where a person's key would go: the widget that has the focus."""
    target = widget or focused() or QApplication.activeWindow()
    assert target is not None, "no window has the keyboard"
    QTest.keyClick(target, k, mod)


def type_text(widget, text: str) -> None:
    """Typing, letter by letter, Cyrillic included (QTest.keyClicks knows only ASCII)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def counting(monkeypatch, module, cls_name):
    """Every page of ``cls_name`` built from now on, in order."""
    built = []
    cls = getattr(module, cls_name)
    real = cls.__init__

    def init(self, *a, **kw):
        built.append(self)
        real(self, *a, **kw)

    monkeypatch.setattr(cls, "__init__", init)
    return built


def case_loaded(c, case_id=None):
    page = c.desk.case_page
    return page is not None and page.view is not None and (case_id is None or page.case_id == case_id)


def two_families(c, qtbot) -> tuple[str, str]:
    a = new_case(c, qtbot)
    add_person(c, qtbot, "affected", SURNAME_A, "Әсел")
    new_case(c, qtbot)  # returns as soon as a case is on screen: wait for the new one
    qtbot.waitUntil(lambda: case_loaded(c) and c.desk.case_page.case_id != a, timeout=WAIT)
    b = c.desk.case_page.case_id
    add_person(c, qtbot, "affected", SURNAME_B, "Айгүл")
    activate(c, qtbot)  # the dialogs are gone: the main window has the keyboard again
    return a, b


def demo(c, qtbot, households=30):
    from inspector_desk.app.demo import generate

    c.runner.call(lambda: generate(c.core.session, households=households, seed=3))
    c.desk.dashboard.refresh()
    c.desk.register.model.refresh()


def double_click(view, index) -> None:
    rect = view.visualRect(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_nav(c, name) -> None:
    nav = c.desk.nav
    row = next(i for i in range(nav.count()) if nav.item(i).data(Qt.ItemDataRole.UserRole) == name)
    rect = nav.visualItemRect(nav.item(row))
    QTest.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# --- Ctrl+F ------------------------------------------------------------------------------


def test_ctrl_f_from_an_open_case_shows_the_search_and_enter_opens_the_row_shown(app, qtbot,
                                                                                 monkeypatch):
    from inspector_desk.ui import case_view

    c = app
    a, b = two_families(c, qtbot)
    c.desk.open_case(a)
    qtbot.waitUntil(lambda: case_loaded(c, a), timeout=WAIT)
    built = counting(monkeypatch, case_view, "CasePage")

    key(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    reg = c.desk.register
    assert c.desk.pages.currentWidget() is reg  # the case is no longer on screen
    assert focused() is reg.search and reg.search.isVisible()
    type_text(reg.search, SURNAME_B[:6].lower())
    # Enter at once, before the debounced search has even started: the family typed opens,
    # not row 1 of the list shown a moment ago.
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: case_loaded(c, b), timeout=WAIT)
    assert len(built) == 1 and c.desk.pages.currentWidget() is c.desk.case_page
    QTest.qWait(100)
    assert len(built) == 1 and c.desk.case_page.case_id == b


def test_enter_in_the_search_box_opens_the_highlighted_row(app, qtbot):
    c = app
    two_families(c, qtbot)
    key(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    reg = c.desk.register
    qtbot.waitUntil(lambda: reg.model.total == 2 and reg.model.row_at(1) is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: reg.table.currentIndex().row() == 0, timeout=WAIT)  # row 1 highlighted
    key(Qt.Key.Key_Down)
    assert focused() is reg.search and reg.table.currentIndex().row() == 1
    wanted = reg.model.row_at(1).id
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: case_loaded(c, wanted), timeout=WAIT)


def test_ctrl_f_from_an_open_form_and_back_to_it(app, qtbot):
    c = app
    a, b = two_families(c, qtbot)
    c.desk.open_form("incident", b)
    form = c.desk.form_page
    qtbot.waitUntil(lambda: form.ready, timeout=WAIT)
    qtbot.waitUntil(lambda: focused() is not None and form.isAncestorOf(focused()), timeout=WAIT)
    key(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert c.desk.pages.currentWidget() is c.desk.register and focused() is c.desk.register.search
    key(Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert c.desk.pages.currentWidget() is form  # Back: the form, still open, its field focused
    assert focused() is not None and form.isAncestorOf(focused())


# --- every list: one record, once ------------------------------------------------------


def test_every_list_opens_one_record_once_by_double_click_and_by_enter(app, qtbot, monkeypatch):
    from inspector_desk.ui import case_view, form_view

    c = app
    demo(c, qtbot)
    dash = c.desk.dashboard
    qtbot.waitUntil(lambda: dash.model.rowCount() >= 5 and dash.model.item(0, 0).rowCount() > 0,
                    timeout=WAIT)
    cases = counting(monkeypatch, case_view, "CasePage")
    forms = counting(monkeypatch, form_view, "FormPage")

    # The dashboard: a double-click on an overdue line, then Enter on the next one.
    head = dash.model.item(0, 0)
    first = head.child(0, 1).index()
    double_click(dash.view, first)
    qtbot.waitUntil(lambda: case_loaded(c, first.data(Qt.ItemDataRole.UserRole)), timeout=WAIT)
    assert len(cases) == 1
    click_nav(c, "dashboard")
    assert c.desk.pages.currentWidget() is dash and focused() is dash.view
    qtbot.waitUntil(lambda: dash.model.item(0, 0).rowCount() > 1, timeout=WAIT)
    second = dash.model.item(0, 0).child(1, 0).index()
    dash.view.setCurrentIndex(second)
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: case_loaded(c, second.data(Qt.ItemDataRole.UserRole)), timeout=WAIT)
    assert len(cases) == 2

    # The case's timeline: a double-click opens the record's form once; Back; Enter again.
    page = c.desk.case_page
    qtbot.waitUntil(lambda: page.timeline.rowCount() > 0, timeout=WAIT)
    double_click(page.timeline_view, page.timeline.index(0, 1))
    qtbot.waitUntil(lambda: c.desk.form_page is not None and c.desk.form_page.ready, timeout=WAIT)
    assert len(forms) == 1
    key(Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert c.desk.form_page is None and c.desk.pages.currentWidget() is page
    assert focused() is page.timeline_view
    page.timeline_view.setCurrentIndex(page.timeline.index(0, 1))
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: c.desk.form_page is not None and c.desk.form_page.ready, timeout=WAIT)
    assert len(forms) == 2

    # The register: Enter and double-click on a row.
    key(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    reg = c.desk.register
    qtbot.waitUntil(lambda: reg.model.row_at(2) is not None, timeout=WAIT)
    reg.table.setFocus()
    reg.table.setCurrentIndex(reg.model.index(2, 1))
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: case_loaded(c, reg.model.row_at(2).id), timeout=WAIT)
    assert len(cases) == 3
    key(Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert c.desk.pages.currentWidget() is reg
    double_click(reg.table, reg.model.index(3, 1))
    qtbot.waitUntil(lambda: case_loaded(c, reg.model.row_at(3).id), timeout=WAIT)
    QTest.qWait(50)
    assert len(cases) == 4
    assert c.presenter.last_message in ("", None)


def test_a_draft_opens_from_the_dashboard_with_its_case_number(app, qtbot, monkeypatch):
    from inspector_desk.ui import form_view

    c = app
    a, b = two_families(c, qtbot)
    c.desk.open_form("incident", a)
    form = c.desk.form_page
    qtbot.waitUntil(lambda: form.ready, timeout=WAIT)
    form.editors["narrative"].set_value("Угрожал.")
    form._changed()
    form.save_draft()
    qtbot.waitUntil(lambda: form.draft_id is not None, timeout=WAIT)
    case_no = c.desk._case_nos.get(a) or c.desk.case_page.view.case.case_no
    key(Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # the form closes, the draft stays
    click_nav(c, "dashboard")
    dash = c.desk.dashboard
    qtbot.waitUntil(lambda: dash.model.rowCount() >= 5 and dash.model.item(4, 0).rowCount() == 1,
                    timeout=WAIT)
    line = [dash.model.item(4, 0).child(0, col).text() for col in range(4)]
    assert line[0] == f"{SURNAME_A} Ә." and line[1] == case_no and "Incident" in line[3]
    forms = counting(monkeypatch, form_view, "FormPage")
    double_click(dash.view, dash.model.item(4, 0).child(0, 2).index())
    qtbot.waitUntil(lambda: c.desk.form_page is not None and c.desk.form_page.ready, timeout=WAIT)
    QTest.qWait(50)
    assert len(forms) == 1 and c.desk.form_page.editors["narrative"].value() == "Угрожал."


# --- sidebar, Back, focus ----------------------------------------------------------------


def test_sidebar_reclick_back_button_and_alt_left(app, qtbot):
    c = app
    desk = c.desk
    a, b = two_families(c, qtbot)
    click_nav(c, "dashboard")
    assert desk.pages.currentWidget() is desk.dashboard and focused() is desk.dashboard.view
    desk.open_case(a)  # as from a dashboard line
    qtbot.waitUntil(lambda: case_loaded(c, a), timeout=WAIT)
    click_nav(c, "dashboard")  # "Today" again, after opening a case from it
    assert desk.pages.currentWidget() is desk.dashboard
    click_nav(c, "register")
    assert desk.pages.currentWidget() is desk.register and focused() is desk.register.search
    generation = desk.register.model._generation
    click_nav(c, "register")  # the section already shown: shown again, refreshed
    assert desk.pages.currentWidget() is desk.register
    assert desk.register.model._generation > generation

    # Back: register -> dashboard -> case a -> dashboard, by key and by the visible button.
    key(Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert desk.pages.currentWidget() is desk.dashboard
    button = desk.toolbar.widgetForAction(desk.back_action)
    assert button.isVisible() and "Back" in button.text()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert desk.pages.currentWidget() is desk.case_page and desk.case_page.case_id == a
    key(Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert desk.pages.currentWidget() is desk.dashboard

    # The keyboard in the sidebar: arrows show the sections and leave the focus there.
    desk.nav.setFocus()
    key(Qt.Key.Key_Down)
    assert desk.pages.currentWidget() is desk.register and focused() is desk.nav
    key(Qt.Key.Key_Return)
    assert focused() is desk.register.search


def test_a_form_gets_its_first_field_and_back_closes_it(app, qtbot):
    c = app
    a, _b = two_families(c, qtbot)
    c.desk.open_case(a)
    qtbot.waitUntil(lambda: case_loaded(c, a), timeout=WAIT)
    key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = c.desk.form_page
    assert form is not None and form.case_id == a
    qtbot.waitUntil(lambda: form.ready and focused() is not None and form.isAncestorOf(focused()),
                    timeout=WAIT)
    key(Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert c.desk.form_page is None and c.desk.pages.currentWidget() is c.desk.case_page

    # Ctrl+N on a page that shows no case does not open a form for the case left behind.
    click_nav(c, "register")
    key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert c.desk.form_page is None and "Open a case first" in c.desk.status.currentMessage()


# --- menu bar, title, F12, status --------------------------------------------------------


def test_menu_bar_by_f10_and_alt_with_the_shortcuts_shown(app, qtbot):
    c = app
    desk = c.desk
    bar = desk.menu_bar
    assert bar.isVisible()
    titles = [a.text().replace("&", "") for a in bar.actions()]
    assert titles == ["File", "Case", "View", "Help"]
    key(Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: desk.file_menu.isVisible(), timeout=WAIT)
    key(Qt.Key.Key_Escape, widget=desk.file_menu)
    qtbot.waitUntil(lambda: not desk.file_menu.isVisible(), timeout=WAIT)
    key(Qt.Key.Key_Escape, widget=bar)

    # Alt alone, as on any desktop program: the menu bar takes the keyboard; Down opens it.
    desk.register.search.setFocus()
    click_nav(c, "dashboard")
    QTest.keyPress(focused(), Qt.Key.Key_Alt, Qt.KeyboardModifier.AltModifier)
    QTest.keyRelease(focused(), Qt.Key.Key_Alt)
    qtbot.waitUntil(lambda: bar.activeAction() is not None, timeout=WAIT)
    QTest.keyClick(bar, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: any(isinstance(w, QMenu) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=WAIT)
    QTest.keyClick(QApplication.activePopupWidget() or bar, Qt.Key.Key_Escape)

    # Every action of the issue is in a menu with its key shown.
    listed = {}
    for menu in (desk.file_menu, desk.case_menu, desk.view_menu, desk.help_menu):
        for a in menu.actions():
            keys = a.shortcut().toString() or (a.text().split("\t")[1] if "\t" in a.text() else "")
            listed[a.text().split("\t")[0].replace("&", "")] = keys
    assert listed["New visit"] == "Ctrl+N" and listed["Save"] == "Ctrl+S"
    assert listed["Search cases"] == "Ctrl+F" and listed["Lock"] == "Ctrl+L"
    assert listed["Privacy screen"] == "F12" and listed["Back"] == "Alt+Left"
    assert listed["Print…"] == "Ctrl+P" and "New case…" in listed and "Quit" in listed
    assert [a.text() for a in desk.language_menu.actions()] == ["Русский", "Қазақша", "English"]

    # A menu entry works like its key: View > Cases; View > Language > Русский.
    desk.page_actions["register"].trigger()
    assert desk.pages.currentWidget() is desk.register
    desk.language_actions["ru"].trigger()
    qtbot.waitUntil(lambda: c.desk is not desk and c.settings.language == "ru", timeout=WAIT)
    assert c.desk.pages.currentWidget() is c.desk.register
    assert "Дела" in [c.desk.nav.item(i).text() for i in range(c.desk.nav.count())]


def test_the_title_names_the_page_and_case_number_never_a_person(app, qtbot):
    c = app
    assert c.window.windowTitle() == "Inspector Desk — Today"
    a, _b = two_families(c, qtbot)
    c.desk.open_case(a)
    qtbot.waitUntil(lambda: case_loaded(c, a), timeout=WAIT)
    view = c.desk.case_page.view
    title = c.window.windowTitle()
    assert title == f"Inspector Desk — Case {view.case.case_no}"
    assert SURNAME_A not in title and "Сығанақ" not in title
    key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: c.desk.form_page is not None and c.desk.form_page.ready, timeout=WAIT)
    assert c.window.windowTitle() == f"Inspector Desk — Preventive home visit — {view.case.case_no}"
    key(Qt.Key.Key_F12)
    assert c.window.windowTitle() == "Inspector Desk"  # the privacy screen names nothing
    key(Qt.Key.Key_F12)
    assert view.case.case_no in c.window.windowTitle()
    key(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert c.window.windowTitle() == "Inspector Desk — Cases"
    key(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert c.window.windowTitle() == "Inspector Desk"


def test_the_privacy_screen_says_nothing(app, qtbot):
    c = app
    key(Qt.Key.Key_F12)
    assert c.state == "blanked"
    covers = c.window.findChildren(QLabel, "privacy-cover")
    assert covers and all(cover.isVisible() and cover.text() == "" for cover in covers)
    shown = [w.text() for w in c.window.findChildren(QLabel) if w.isVisible() and w not in covers]
    assert all("F12" not in t for t in shown)
    key(Qt.Key.Key_F12)
    assert c.state == "unlocked" and not c.curtain.drawn


def test_status_messages_go_away(app, qtbot):
    c = app
    c.desk.status_ms = 150
    key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # nothing to save on the dashboard
    assert c.desk.status.currentMessage()
    qtbot.waitUntil(lambda: c.desk.status.currentMessage() == "", timeout=WAIT)


# --- the dashboard -----------------------------------------------------------------------

SHORT_NAME = re.compile(r"^[^\W\d_][\w-]* ([^\W\d_]\.){1,2}$")


def test_the_dashboard_leads_with_the_family_and_colours_only_dates(app, qtbot):
    c = app
    demo(c, qtbot, households=40)
    dash = c.desk.dashboard
    qtbot.waitUntil(lambda: dash.model.rowCount() >= 5 and dash.model.item(0, 0).rowCount() > 0,
                    timeout=WAIT)
    m = dash.model
    assert [m.horizontalHeaderItem(i).text() for i in range(4)] == ["Family", "Case", "When", "Why"]
    lines = [(s, m.item(s, 0).child(r, 0)) for s in range(5) for r in range(m.item(s, 0).rowCount())
             if m.item(s, 0).child(r, 0).data(Qt.ItemDataRole.UserRole)]
    assert len(lines) > 5
    surnames = set()
    for s, first in lines:
        head = m.item(s, 0)
        cells = [head.child(first.row(), col) for col in range(4)]
        assert SHORT_NAME.match(cells[0].text()), cells[0].text()  # "Фамилия И.О."
        surnames.add(cells[0].text().split()[0])
        assert re.match(r"^[A-Z0-9]+-?\d", cells[1].text()) or "-" in cells[1].text()
    for s, first in lines:
        why = m.item(s, 0).child(first.row(), 3).text()
        assert not any(name in why for name in surnames), why  # no name under "Why"
    # Colour where it means something: an overdue line's date is red, its other cells are not.
    overdue = m.item(0, 0).child(0, 0)
    row = [m.item(0, 0).child(0, col) for col in range(4)]
    assert row[2].foreground().color().name() == "#b91c1c"
    assert all(cell.foreground().style() == Qt.BrushStyle.NoBrush for cell in (row[1], row[3]))
    assert overdue is not None

    # The overdue case is flagged on its own page too.
    case_id = row[0].data(Qt.ItemDataRole.UserRole)
    dash.view.setFocus()
    dash.view.setCurrentIndex(row[0].index())
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: case_loaded(c, case_id), timeout=WAIT)
    due = c.desk.case_page.due
    assert due.property("overdue") is True and "OVERDUE" in due.text()
