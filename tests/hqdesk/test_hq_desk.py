"""The headquarters desk window (issue 17; docs/hq-desk.md) driven through its widgets
(pytest-qt, offscreen), on SQLite and on a real PostgreSQL server the fixture starts.

Real devices (profiles, demo families, signed bundles, update packs), a real HQ database and
real HQ users who log in with their own passphrases. The headquarters keys of the fixture
are made once per run (age scrypt 2^20: three seconds and 1 GiB to open); most tests open
them through a cache keyed by the right passphrase, one test through the real unlock."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from inspector_desk.app import sync
from inspector_desk.app.demo import generate
from inspector_desk.core.records import FamilyCase
from inspector_desk.hq import keys as hq_keys, users
from inspector_desk.hq.backends import open_backend
from inspector_desk.hq.repo import Repository
from inspector_desk.hq.service import HqSession, NotAllowed
from inspector_desk.hqdesk.common import ReasonDialog
from inspector_desk.hqdesk.pages import ReassignDialog
from inspector_desk.hqdesk.window import DeskWindow, opener_with
from tests.hq.test_authority import leak, open_case, send, two_devices
from tests.sync.fixtures import HQ_PASSPHRASE, Hub, _home, export

WAIT = 30_000
PEOPLE = {  # login: (name, role, passphrase)
    "admin": ("Әкімші Тест", "admin", "кедр-Ящик-Волна-4821-пряник"),
    "analyst": ("Ботагөз Сарапшы", "analyst", "сова-Барабан-7315-туман-Лифт"),
    "chief": ("Нұрлан Бастық", "chief", "ёж-Пианино-2946-мост-Сахар"),
}


@pytest.fixture
def desk_hub(backend, request, tmp_path, hq_keys_dir, unlocked_hq, clock):
    """A headquarters on this run's back-end with its users, and the URL the window opens."""
    home = _home(tmp_path / "hq", hq_keys_dir)
    url = request.getfixturevalue("pg_cluster").new_database() if backend == "postgresql" else None
    hub = Hub(home, unlocked_hq, Repository(open_backend(url, home, unlocked_hq.db_key)), clock)
    for login, (name, role, secret) in PEOPLE.items():
        users.add(hub.repo, login, name, role, secret, at=clock.now().isoformat(), actor="admin")
    hub.url = url  # type: ignore[attr-defined]
    yield hub
    hub.repo.close()
    if url:
        request.getfixturevalue("pg_cluster").drop_database(url)


def cached_unlock(unlocked):
    def unlock(home: Path, passphrase: str) -> hq_keys.HqKeys:
        return unlocked if passphrase == HQ_PASSPHRASE else hq_keys.unlock(home, passphrase)
    return unlock


def open_desk(qtbot, hub, login: str, *, real_unlock: bool = False, secret: str | None = None) -> DeskWindow:
    unlock = hq_keys.unlock if real_unlock else cached_unlock(hub.keys)
    w = DeskWindow(hub.home, hub.url, "en", opener=opener_with(now=hub.clock.now, unlock=unlock))
    qtbot.addWidget(w)
    w.show()
    log_in(qtbot, w, login, PEOPLE[login][2] if secret is None else secret)
    return w


def type_text(widget, text: str) -> None:
    """Key presses carrying each character (QTest.keyClicks knows only ASCII keys)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def log_in(qtbot, w: DeskWindow, login: str, secret: str) -> None:
    page = w.login_page
    type_text(page.hq_passphrase, HQ_PASSPHRASE)
    QTest.keyClicks(page.login, login)
    type_text(page.passphrase, secret)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)


def wait_open(qtbot, w: DeskWindow) -> None:
    qtbot.waitUntil(lambda: w.session is not None, timeout=WAIT)


def click_row(qtbot, table, row: int, double: bool = False) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    if double:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    else:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def answer(qtbot, kind: type, fill) -> None:
    """When a dialog of this kind opens (modal, exec): fill it, press OK."""

    def go() -> None:
        d = next((x for x in QApplication.topLevelWidgets() if isinstance(x, kind) and x.isVisible()), None)
        if d is None:
            QTimer.singleShot(20, go)
            return
        fill(d)
        ok = d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, go)


def column(table, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_inbox_imports_three_devices_and_a_clash_is_decided_per_field(qtbot, desk_hub, make_device, tmp_path):
    hub = desk_hub
    a, b, c = make_device("a", "A-1"), make_device("b", "B-2"), make_device("c", "C-3", "Алматы")
    for s, prefix, seed in ((a, "AAAA", 3), (b, "BBBB", 4), (c, "CCCC", 5)):
        hub.enrol(s, prefix)
        generate(s, households=2, seed=seed)
    inbox = tmp_path / "inbox"
    for s in (a, b, c):
        export(s, inbox)
    (inbox / "broken.idb").write_bytes(b"IDB1 not a bundle")

    w = open_desk(qtbot, hub, "analyst")
    wait_open(qtbot, w)
    assert "inbox" not in w.pages  # an analyst decides; an admin imports
    w.lock()
    log_in(qtbot, w, "admin", PEOPLE["admin"][2])
    wait_open(qtbot, w)
    page = w.show_page("inbox")
    page.folder.setText(str(inbox))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None and page.result is not None, timeout=WAIT)
    assert page.progress.value() == page.progress.maximum() == 4
    outcomes = dict(zip(column(page.results, 0), column(page.results, 1)))
    assert sorted(outcomes.values()) == ["accepted"] * 3 + ["refused"], outcomes
    refused = page.results.item(column(page.results, 0).index("broken.idb"), 6).text()
    assert refused.startswith("Bundle refused") and "bundle_" not in refused  # a sentence, not a code
    assert len(page.result.receipts) == 3 and all(p.exists() for p in page.result.receipts)
    assert "1 file(s)" in page.quarantine_label.text()
    assert {d.login for d in w.session.devices() if d.last_seq == 1} == {"A-1", "B-2", "C-3"}

    # Both inspectors change A's case: the beat both (a clash), the address B, the source A.
    case = open_case(a)
    leak(hub, case, b, tmp_path / "leak")
    b.services.cases.update_case(case.id, beat="участок B", address="ул. Береке 7, кв. 2")
    a.services.cases.update_case(case.id, beat="участок A", source="school")
    export(b, inbox)
    export(a, inbox)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None and len(page.result.rows) == 5, timeout=WAIT)
    assert sorted(r.outcome for r in page.result.rows) == ["already_imported"] * 3 + ["imported"] * 2

    # The analyst decides it in the Conflicts page, by mouse and keyboard.
    w.lock()
    log_in(qtbot, w, "analyst", PEOPLE["analyst"][2])
    wait_open(qtbot, w)
    conflicts = w.show_page("conflicts")
    qtbot.waitUntil(lambda: conflicts.list.rowCount() == 1, timeout=WAIT)
    assert conflicts.list.item(0, 1).text() == case.case_no
    assert conflicts.list.item(0, 3).text() == "A-1, B-2" and conflicts.list.item(0, 2).text() != "—"
    click_row(qtbot, conflicts.list, 0)
    qtbot.waitUntil(lambda: conflicts.item is not None, timeout=WAIT)
    assert sorted(column(conflicts.diff, 0)) == ["Address", "Beat", "Source"]  # labels, not field codes
    fields = [d.name for d in conflicts.item.diff]
    assert sorted(fields) == ["address", "beat", "source"]
    beat = fields.index("beat")
    assert conflicts.diff.item(fields.index("source"), 2).text() == "School (school)"
    assert conflicts.list.item(0, 4).text() == "Case" and "inspector" in conflicts.list.item(0, 5).text()
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", conflicts.list.item(0, 6).text())
    assert "not_your_case" not in conflicts.head.text() and "belongs to" in conflicts.head.text()
    assert conflicts.diff.item(beat, 1).text() == case.beat
    assert conflicts.diff.item(beat, 0).background().color().name() == "#fde68a"  # the clash
    assert conflicts.choice("beat").currentData() is None
    assert conflicts.choice("address").currentData() == "2" and conflicts.choice("source").currentData() == "1"

    qtbot.mouseClick(conflicts.decide, Qt.MouseButton.LeftButton)  # the clash is undecided
    assert conflicts.message.text() == "Decide these fields first: Beat" and conflicts.item is not None
    combo = conflicts.choice("beat")
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)
    QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == "2"
    qtbot.mouseClick(conflicts.decide, Qt.MouseButton.LeftButton)  # no note yet
    assert conflicts.item is not None and hub.repo.record(case.id)[1]["beat"] == "участок A"
    type_text(conflicts.note, "участок уточнён у обоих")
    qtbot.mouseClick(conflicts.decide, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: conflicts.packs.count() == 2, timeout=WAIT)
    qtbot.waitUntil(lambda: conflicts.list.rowCount() == 0, timeout=WAIT)

    current = hub.repo.record(case.id)[1]
    assert (current["beat"], current["address"], current["source"]) == (
        "участок B", "ул. Береке 7, кв. 2", "school")
    assert current["updated_by"] == "hq:analyst"
    assert ("analyst", "resolve", case.id) in [(e[1], e[2], e[3]) for e in hub.repo.events()]
    packs = [Path(conflicts.packs.item(i).text()) for i in range(conflicts.packs.count())]
    for s in (a, b):
        [pack] = [p for p in packs if s.actor.device_id[:8] in p.name]
        assert sync.import_update(s, pack).kept_local == []
        mine = s.store.get(FamilyCase, case.id)
        assert (mine.beat, mine.address, mine.source) == ("участок B", "ул. Береке 7, кв. 2", "school")
    w.close()


def test_caseload_opens_a_case_only_with_a_reason_and_reassigns_it(qtbot, desk_hub, make_device, tmp_path):
    hub = desk_hub
    a, b = two_devices(hub, make_device)
    send(hub, a, tmp_path / "a1")
    case = open_case(a)
    w = open_desk(qtbot, hub, "admin")
    wait_open(qtbot, w)
    page = w.show_page("caseload")
    qtbot.waitUntil(lambda: page.table.rowCount() >= 1 or page.last_error is not None, timeout=WAIT)
    assert page.last_error is None
    groups = list(zip(column(page.table, 0), column(page.table, 1)))
    assert {g[1] for g in groups} == {"A-1"} and all(int(x) >= 1 for x in column(page.table, 2))
    assert "never" not in column(page.table, 7)  # A's bundle arrived
    n = groups.index((case.district, "A-1"))
    with qtbot.waitSignal(page.cases_shown, timeout=WAIT):  # the group's cases are read when it is opened
        click_row(qtbot, page.table, n)
    model = page.cases.model()
    assert model.rowCount() == int(column(page.table, 2)[n])
    numbers = [model.index(r, 0).data() for r in range(model.rowCount())]
    row = numbers.index(case.case_no)

    answer(qtbot, ReasonDialog, lambda d: type_text(d.edit, "проверка по жалобе №17"))
    click_row(qtbot, page.cases, row, double=True)
    qtbot.waitUntil(lambda: page.case_dialog is not None and page.case_dialog.isVisible(), timeout=WAIT)
    text = page.case_dialog.view.toPlainText()
    assert case.case_no in text and "read-only" in text and page.case_dialog.view.isReadOnly()
    views = [e for e in hub.repo.events() if e[2] == "view_case"]
    assert [(e[1], e[3]) for e in views] == [("admin", case.id)] and "проверка по жалобе №17" in views[0][4]
    page.case_dialog.close()

    with pytest.raises(Exception):  # no reason, no view (the service refuses, nothing recorded)
        w.session.view_case(case.id, "  ")
    assert len([e for e in hub.repo.events() if e[2] == "view_case"]) == 1

    click_row(qtbot, page.cases, row)
    answer(qtbot, ReassignDialog, lambda d: d.device.setCurrentIndex(d.device.findData(b.actor.device_id)))
    qtbot.mouseClick(page.buttons["reassign"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "reassigned" in page.message.text(), timeout=WAIT)
    assert hub.repo.record(case.id)[1]["inspector"] == "B-2"
    assert ("admin", "reassign", case.id) in [(e[1], e[2], e[3]) for e in hub.repo.events()]
    [pack] = sorted((hub.home / "outbox" / "updates").glob(f"idesk-update-{b.actor.device_id[:8]}-*.idu"))
    sync.import_update(b, pack)
    assert b.store.get(FamilyCase, case.id).inspector == "B-2"
    w.close()


def test_roles_limit_the_pages_and_ctrl_l_locks(qtbot, desk_hub, make_device, tmp_path):
    hub = desk_hub
    a, _b = two_devices(hub, make_device)
    send(hub, a, tmp_path / "a1")
    # The real unlock (age scrypt), and one refusal for a wrong own passphrase.
    w = open_desk(qtbot, hub, "chief", real_unlock=True, secret="не-тот-пароль-2026")
    qtbot.waitUntil(lambda: w.login_page.open_button.isEnabled(), timeout=WAIT)
    assert w.session is None and "refused" in w.login_page.message.text()
    assert w.login_page.passphrase.text() == "" and w.login_page.login.text() == "chief"
    w.login_page.login.clear()
    log_in(qtbot, w, "chief", PEOPLE["chief"][2])
    wait_open(qtbot, w)
    assert list(w.pages) == ["devices", "caseload", "statistics"]
    assert [w.sidebar.item(i).text() for i in range(w.sidebar.count())] == ["Devices", "Caseload", "Statistics"]
    devices = w.page("devices")
    qtbot.waitUntil(lambda: devices.table.rowCount() == 2, timeout=WAIT)
    assert not devices.buttons["enrol"].isVisible() and not devices.buttons["revoke"].isVisible()
    with pytest.raises(NotAllowed):
        w.session.review_items()
    with pytest.raises(NotAllowed):
        w.session.reassign(open_case(a).case_no, _b.actor.device_id)

    stats = w.show_page("statistics")
    stats.month.setText("2026-11")
    qtbot.mouseClick(stats.compute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stats.table.rowCount() >= 2, timeout=WAIT)
    qtbot.mouseClick(stats.csv_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Written" in stats.message.text(), timeout=WAIT)
    assert (hub.home / "reports" / "statistics-2026-11-district.csv").exists()

    QTest.keyClick(w, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert w.locked and w.stack.currentWidget() is w.login_page and w.pages == {}
    qtbot.waitUntil(lambda: ("chief", "desk_lock") in [(e[1], e[2]) for e in hub.repo.events()], timeout=WAIT)

    log_in(qtbot, w, "analyst", PEOPLE["analyst"][2])
    wait_open(qtbot, w)
    assert list(w.pages) == ["conflicts", "caseload", "statistics", "links"]
    w.close()


def test_service_roles_and_first_admin(desk_hub):
    assert users.allowed("officer", "recovery") and not users.allowed("officer", "caseload")
    assert users.allowed("chief", "devices") and not users.allowed("chief", "enrol")
    assert all(users.allowed("admin", a) for a in users.ACTIONS)
    s = HqSession.open(desk_hub.home, desk_hub.url, HQ_PASSPHRASE, "analyst", PEOPLE["analyst"][2],
                       now=desk_hub.clock.now, unlock=cached_unlock(desk_hub.keys))
    try:
        assert s.review_items() == [] and s.caseload() == []
        with pytest.raises(NotAllowed):
            s.devices()
        with pytest.raises(users.UserRequired):
            HqSession.first_admin(desk_hub.home, desk_hub.url, HQ_PASSPHRASE, "x", "X", "Икс-тест-Атырау-2026!",
                                  unlock=cached_unlock(desk_hub.keys))
    finally:
        s.close()
    assert ("analyst", "desk_login") in [(e[1], e[2]) for e in desk_hub.repo.events()]
