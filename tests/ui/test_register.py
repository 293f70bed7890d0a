"""The case register as an inspector uses it (issue 15 items 8 and 11), on the real window:
a phone number found by any part typed into the search box, the count of cases found, every
column that shows a sort arrow sorts (by mouse on the header and by keyboard through the sort
menu), a column that cannot sort keeps no arrow, and the columns fit 1366×768 and 150 %."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from inspector_desk.app.profile import Profiles
from inspector_desk.app.settings import Settings
from inspector_desk.keystore.device_secret import KeyringSecrets
from inspector_desk.keystore.keyfile import KdfParams
from inspector_desk.ui.controller import AppController
from tests.ui.test_workflow import WAIT, first_run

PHONE = "+7 701 123 45 67"
# address, district, affected (last, first) or None, phone, risk, status
CASES = (
    ("г. Астана, ул. Сығанақ, д. 3, кв. 7", "Есиль", ("Оспанова", "Мәдина"), PHONE, "high", "active"),
    ("г. Астана, пр. Абая, д. 5", "Алматы", ("Әбілова", "Гүлнар"), "8 702 987 12 00", "medium", "monitoring"),
    ("г. Астана, ул. Кенесары, д. 40, кв. 112", "Сарыарка", ("Ким", "Ирина"), "", "standard", "active"),
    ("г. Астана, ул. Достық, д. 1", "Байконур", ("Васильева", "Ольга"), "+7 777 555 66 77", "unknown", "active"),
    ("г. Астана, ул. Иманова, д. 9", "Нура", None, "", "high", "monitoring"),
)


def fill(session) -> dict[str, str]:
    """The five cases, written through the services (risk and status set on the record, as
    an assessment and a decision would)."""
    import datetime as dt

    from inspector_desk.core.records import FamilyCase
    from inspector_desk.core.services import PersonInput

    svc, store = session.services, session.store
    ids = {}
    now = svc.clock.now()
    for n, (address, district, who, phone, risk, status) in enumerate(CASES):
        cid = svc.cases.open_case(address=address, district=district, source="111",
                            opened_at=now - dt.timedelta(days=3 * n + 1)).created
        if who:
            svc.people.add_person_to_case(cid, PersonInput(last_name=who[0], first_name=who[1],
                                                    phones=[phone] if phone else []),
                                   "affected", "self")
        with store.transaction():
            case = store.get(FamilyCase, cid)
            case.risk_level, case.status = risk, status
            store.put(case)
        ids[address] = cid
    return ids


@pytest.fixture
def app(tmp_path, memory_keyring, forms, qtbot):
    profiles = Profiles(tmp_path / "home", KeyringSecrets(memory_keyring),
                        kdf=KdfParams.fast_for_tests(), forms=forms)
    c = AppController(profiles, Settings(language="en"))
    qtbot.addWidget(c.window)
    c.window.resize(1366, 768)
    c.window.show()
    first_run(c, qtbot)
    c.ids = c.runner.call(lambda: fill(c.core.session))
    yield c
    c.shutdown()


def open_register(c, qtbot):
    """A mouse click on "Cases" in the navigation; waits for every row to be loaded."""
    nav = c.desk.nav
    item = next(nav.item(i) for i in range(nav.count()) if nav.item(i).text() == "Cases")
    QTest.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center())
    page = c.desk.register
    qtbot.waitUntil(lambda: c.desk.pages.currentWidget() is page, timeout=WAIT)
    page.model.refresh()  # the cases were written behind the page's back
    settle(page, qtbot)
    return page


def settle(page, qtbot, n: int | None = None) -> None:
    model = page.model
    qtbot.waitUntil(lambda: not page._debounce.isActive() and not model._pending
                    and model.shown_generation == model._generation
                    and (n is None or model.total == n)
                    and all(model.row_at(r) for r in range(model.total)), timeout=WAIT)


def column_texts(page, column: str) -> list[str]:
    model = page.model
    col = model.COLUMNS.index(column)
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def counted(page) -> int:
    m = re.search(r"\d+", page.count.text())
    assert m, page.count.text()
    return int(m.group())


@pytest.mark.parametrize("typed", ["12 34", "+7 (701) 123", "87011234567", "4567", "8 701 123"])
def test_a_piece_of_a_phone_number_typed_into_the_search_finds_the_case(app, qtbot, typed):
    c = app
    page = open_register(c, qtbot)
    page.status.setCurrentIndex(page.status.findData("all"))
    settle(page, qtbot, len(CASES))
    assert counted(page) == len(CASES)
    # Ctrl+F from the register, then typing as a person does, key by key.
    QTest.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search, timeout=WAIT)
    QTest.keyClicks(page.search, typed)
    settle(page, qtbot, 1)
    assert column_texts(page, "affected") == ["Оспанова Мәдина"]
    assert counted(page) == 1
    # Enter opens the one case found.
    QTest.keyClick(page.search, Qt.Key.Key_Return)
    target = c.ids[CASES[0][0]]
    qtbot.waitUntil(lambda: c.desk.case_page is not None and c.desk.case_page.case_id == target,
                    timeout=WAIT)


def test_the_count_follows_the_search_and_the_filters(app, qtbot):
    c = app
    page = open_register(c, qtbot)
    assert counted(page) == page.model.total == len(CASES)
    assert page.count.isVisible()
    QTest.keyClicks(page.search, "7012")  # no number holds these four digits in a row
    settle(page, qtbot, 0)
    assert counted(page) == 0 and page.model.rowCount() == 0
    page.search.clear()
    settle(page, qtbot, len(CASES))
    # The risk filter by keyboard: "High" is the second entry.
    page.risk.setFocus()
    QTest.keyClick(page.risk, Qt.Key.Key_Down)
    settle(page, qtbot, 2)
    assert counted(page) == 2
    assert page.count.text() != "" and "2" in page.count.text()


RISK_RANK = {"High": 0, "Medium": 1, "Not assessed": 2, "Standard": 3}
STATUS_RANK = {"Open": 0, "Monitoring": 1, "Closed": 2}
RANKS = {**RISK_RANK, **STATUS_RANK}
LOOKALIKE = str.maketrans("ӘҒҚҢӨҰҮҺІЁәғқңөұүһіё", "АГКНОУУХИЕагкноуухие")


def expected_order(column: str, texts: list[str]) -> list[str]:
    if column == "risk_level":
        return sorted(texts, key=RISK_RANK.__getitem__)
    if column == "status":  # as a case goes
        return sorted(texts, key=STATUS_RANK.__getitem__)
    if column == "due_at":
        return sorted(texts, key=lambda t: (not t, t[6:] + t[3:5] + t[:2]))
    if column == "affected":  # nobody affected yet: last
        return sorted(texts, key=lambda t: (not t, t.translate(LOOKALIKE)))
    return sorted(texts)


def click_header(page, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_every_column_with_an_arrow_sorts_by_mouse_and_the_others_do_not_react(app, qtbot):
    c = app
    page = open_register(c, qtbot)
    page.status.setCurrentIndex(page.status.findData("all"))
    settle(page, qtbot, len(CASES))
    header = page.table.horizontalHeader()
    model = page.model
    assert header.isSortIndicatorShown()
    assert model.SORTABLE == ("case_no", "risk_level", "affected", "address", "district", "due_at",
                              "status")
    for column, key in enumerate(model.COLUMNS):
        before_sort = (model.sort_key, model.descending, header.sortIndicatorSection(),
                       header.sortIndicatorOrder())
        generation = model._generation
        before_rows = column_texts(page, "case_no")
        click_header(page, column)
        if key not in model.SORTABLE:
            # No arrow moves, nothing is asked of the vault, the rows stay where they were.
            assert (model.sort_key, model.descending, header.sortIndicatorSection(),
                    header.sortIndicatorOrder()) == before_sort, key
            assert model._generation == generation and column_texts(page, "case_no") == before_rows
            continue
        settle(page, qtbot)
        assert header.sortIndicatorSection() == column and model.sort_key == key
        texts = column_texts(page, key)
        if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:  # it was sorted by it
            click_header(page, column)
            settle(page, qtbot)
            texts = column_texts(page, key)
        assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        assert texts == expected_order(key, texts), key
        assert len(set(texts)) > 1, key  # the data can show a wrong order
        click_header(page, column)  # the same header again: the other way round
        settle(page, qtbot)
        assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder and model.descending
        down = column_texts(page, key)
        if key == "affected":  # the case with nobody affected stays last both ways
            assert down[-1] == "" and down[:-1] == list(reversed(texts[:-1]))
        elif key == "due_at":
            assert [t for t in down if t] == list(reversed([t for t in texts if t]))
        else:
            assert [RANKS.get(t, t) for t in down] == \
                list(reversed([RANKS.get(t, t) for t in texts])), key


def test_sorting_by_keyboard_through_the_sort_menu(app, qtbot):
    c = app
    page = open_register(c, qtbot)
    page.status.setCurrentIndex(page.status.findData("all"))
    settle(page, qtbot, len(CASES))
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    QTest.keyClick(page.table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: page.sort_menu is not None and page.sort_menu.isVisible(), timeout=WAIT)
    menu = page.sort_menu
    titles = [a.text().rstrip(" ↑↓") for a in menu.actions()]
    assert titles == [page.model.headers[page.model.COLUMNS.index(k)] for k in page.model.SORTABLE]
    assert "Active measures" not in titles
    # Down to "Victim" (third), Enter.
    for _ in range(3):
        QTest.keyClick(menu, Qt.Key.Key_Down)
    assert menu.activeAction().text().startswith("Victim")
    QTest.keyClick(menu, Qt.Key.Key_Return)
    settle(page, qtbot)
    assert page.model.sort_key == "affected" and not page.model.descending
    assert page.table.horizontalHeader().sortIndicatorSection() == page.model.COLUMNS.index("affected")
    texts = column_texts(page, "affected")
    assert texts == expected_order("affected", texts)
    assert texts[0] == "Әбілова Гүлнар"  # Ә sorts with А, not after Я
    # The menu again (Menu key this time), the same entry: the other way round.
    QTest.keyClick(page.table, Qt.Key.Key_Menu)
    qtbot.waitUntil(lambda: page.sort_menu is not menu and page.sort_menu.isVisible(), timeout=WAIT)
    menu = page.sort_menu
    assert menu.actions()[2].isChecked() and menu.actions()[2].text().endswith("↑")
    for _ in range(3):
        QTest.keyClick(menu, Qt.Key.Key_Down)
    QTest.keyClick(menu, Qt.Key.Key_Return)
    settle(page, qtbot)
    assert page.model.descending and column_texts(page, "affected")[0] == "Оспанова Мәдина"


def assert_columns_fit(page) -> None:
    table, header = page.table, page.table.horizontalHeader()
    model = page.model
    widths = [header.sectionSize(i) for i in range(model.columnCount()) if not table.isColumnHidden(i)]
    assert sum(widths) <= table.viewport().width(), (widths, table.viewport().width())
    for key in ("case_no", "risk_level", "affected", "address", "due_at"):  # never given up
        assert not table.isColumnHidden(model.COLUMNS.index(key)), key
    assert table.horizontalScrollBar().maximum() == 0
    assert not table.horizontalScrollBar().isVisible()
    fm = table.fontMetrics()
    # The date of the next contact and the risk are read whole; the address keeps room.
    assert header.sectionSize(model.COLUMNS.index("due_at")) >= fm.horizontalAdvance("00.00.0000")
    assert header.sectionSize(model.COLUMNS.index("risk_level")) >= fm.horizontalAdvance("Not assessed")
    assert header.sectionSize(model.COLUMNS.index("address")) >= \
        fm.horizontalAdvance("г. Астана, ул. Кенесары, д. 40")
    # What is elided is in the tooltip, whole.
    row = next(r for r in range(model.rowCount())
               if model.data(model.index(r, model.COLUMNS.index("address"))) == CASES[2][0])
    tip = model.data(model.index(row, model.COLUMNS.index("address")), Qt.ItemDataRole.ToolTipRole)
    assert tip == CASES[2][0]
    # The page itself never asks for more width than the window has.
    assert page.minimumSizeHint().width() <= page.width()


@pytest.mark.parametrize("size", [(1366, 768), (911, 512)], ids=["1366x768", "1366x768-at-150%"])
def test_the_register_fits_a_1366_screen_without_sideways_scrolling(app, qtbot, size):
    """(911, 512) is what a 1366×768 screen offers at 150 % scaling (QT_SCALE_FACTOR=1.5
    scales fonts and pixels alike, so the layout is the same as at 911×512 logical pixels)."""
    c = app
    c.window.resize(*size)
    page = open_register(c, qtbot)
    page.status.setCurrentIndex(page.status.findData("all"))
    settle(page, qtbot, len(CASES))
    qtbot.waitUntil(lambda: page.table.viewport().width() > 0, timeout=WAIT)
    QApplication.processEvents()
    assert_columns_fit(page)
    hidden = {k for i, k in enumerate(page.model.COLUMNS) if page.table.isColumnHidden(i)}
    assert hidden == (set() if size[0] == 1366 else hidden & set(page.HIDE_FIRST))
    # Wider again: every column is back.
    c.window.resize(1600, 900)
    qtbot.waitUntil(lambda: not any(page.table.isColumnHidden(i) for i in range(8)), timeout=WAIT)
    assert_columns_fit(page)


def test_keystrokes_superseded_while_the_vault_is_busy_are_never_run(app, qtbot):
    """Letters typed while the worker is busy: only the last text's count and page run; the
    reads queued for the earlier texts are cancelled before they start."""
    import threading

    c = app
    page = open_register(c, qtbot)
    release = threading.Event()
    c.runner.run(lambda: release.wait(30))  # the vault busy (a long save, an export)
    tasks = []
    for text in ("О", "Ос", "Осп", "Оспан"):
        page.search.setText(text)
        page._debounce.stop()
        page._apply()  # as the debounce would, once per pause in the typing
        tasks.append(list(page.model._queued))
    release.set()
    settle(page, qtbot, 1)
    assert counted(page) == 1 and page.model.row_at(0).affected.startswith("Оспанова")
    for earlier in tasks[:-1]:
        assert all(t.cancel_requested for t in earlier)
    assert not any(t.cancel_requested for t in tasks[-1])
