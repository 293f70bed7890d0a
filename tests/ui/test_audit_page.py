"""The audit page reads the log newest first, a page at a time as the table scrolls, and is
built only when first shown (issue 16): the real window, driven by keyboard and mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from inspector_desk.app.demo import generate
from inspector_desk.ui import audit_view
from tests.ui.test_workflow import WAIT, first_run, make_controller  # noqa: F401 - fixture


def test_audit_log_pages_newest_first_and_is_built_when_first_shown(make_controller, qtbot):
    c = make_controller()
    first_run(c, qtbot)
    desk = c.desk
    assert "audit" not in desk._named  # not built at unlock: no read queued behind Today's
    c.runner.call(lambda: generate(c.core.session, households=40, seed=2))
    total = len(c.runner.call(lambda: c.core.session.store.audit_entries()))
    assert total > 2 * audit_view.PAGE

    desk.nav.setFocus()
    QTest.keyClick(desk.nav, Qt.Key.Key_End)  # the last section: Settings
    QTest.keyClick(desk.nav, Qt.Key.Key_Up)  # the audit log, shown as the arrow reaches it
    page = desk.audit
    assert desk.pages.currentWidget() is page
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() == audit_view.PAGE, timeout=WAIT)
    numbers = [int(model.index(r, 0).data()) for r in range(model.rowCount())]
    assert numbers == sorted(numbers, reverse=True) and numbers[0] == total  # newest first

    # Scrolling to the end asks for the next page, then the next, until the log ends.
    def scrolled() -> bool:
        page.table.scrollToBottom()
        return model.rowCount() == total
    qtbot.waitUntil(scrolled, timeout=WAIT)
    numbers = [int(model.index(r, 0).data()) for r in range(model.rowCount())]
    assert numbers == list(range(total, 0, -1))  # each entry once, none skipped
    assert not model.canFetchMore()

    # A filter starts again from its newest entry: Enter in the user field shows it.
    QTest.mouseClick(page.user, Qt.MouseButton.LeftButton)
    QTest.keyClicks(page.user, "nobody-by-this-badge")
    QTest.keyClick(page.user, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.rowCount() == 0 and not model._loading, timeout=WAIT)
    page.user.clear()
    QTest.keyClick(page.user, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.rowCount() == audit_view.PAGE, timeout=WAIT)
