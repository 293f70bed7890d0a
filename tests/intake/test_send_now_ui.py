"""“Send now” on the Headquarters screen, by mouse, against the real service: cancel, then
send; the window says what was sent and what headquarters acknowledged."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from inspector_desk.app import sync
from inspector_desk.app.demo import generate
from tests.ui.test_workflow import first_run, make_controller  # noqa: F401 - fixtures

WAIT = 30_000


def test_send_now_by_mouse_with_cancel(make_controller, qtbot, make_site):
    site = make_site("sqlite")
    c = make_controller()
    first_run(c, qtbot)
    c.runner.call(lambda: site.enrol(c.core.session, "K7QM"))
    c.runner.call(lambda: generate(c.core.session, households=2, seed=7))
    device = c.runner.call(lambda: c.core.session.actor.device_id)
    c.desk.show_page("sync")
    page = c.desk.sync
    page.refresh()
    qtbot.waitUntil(lambda: site.url in page.online_state.text(), timeout=WAIT)
    assert page.send_button.isEnabled() and page.auto_box.isEnabled()

    # Send, and cancel at once: nothing is stored, the window says headquarters keeps what came.
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    assert not page.send_button.isEnabled() and page.cancel_button.isEnabled()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None, timeout=WAIT)
    assert "cancelled" in page.result.text()
    assert site.repo.bundle_at(device, 1) is None

    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None and "Sent" in page.result.text(), timeout=WAIT)
    assert "Acknowledged by headquarters" in page.result.text()
    assert page.progress.value() == page.progress.maximum()
    stored = site.repo.bundles_of(device)
    assert len(stored) == 1
    st = c.runner.call(lambda: sync.status(c.core.session))
    assert st.unsent_changes == 0 and st.acknowledged_bundle == stored[0].seq

    # Automatic sending is a setting of this screen, kept in the vault.
    qtbot.mouseClick(page.auto_box, Qt.MouseButton.LeftButton,  # on its box, left
                     pos=QPoint(8, page.auto_box.height() // 2))
    assert page.auto_box.isChecked()
    from inspector_desk.app import online

    qtbot.waitUntil(lambda: c.runner.call(lambda: online.auto_enabled(c.core.session)), timeout=WAIT)
    qtbot.waitUntil(page.auto_timer.isActive, timeout=WAIT)  # one attempt, later, with jitter
    assert page.auto_timer.remainingTime() > 60_000
