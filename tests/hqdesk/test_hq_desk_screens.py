"""The HQ Desk's other screens driven through their widgets (pytest-qt, offscreen), on SQLite
and on PostgreSQL: linked persons confirmed to both laptops, statistics exported as XLSX and
PDF, devices enrolled and revoked, an update pack and a recovery approved, users added and
disabled. Real laptops, real packs, real files read back (openpyxl, pdftotext)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from inspector_desk.app import notices, sync
from inspector_desk.app.demo import generate
from inspector_desk.core.errors import InspectorDeskError
from inspector_desk.hq import links
from inspector_desk.hqdesk.common import ReasonDialog
from inspector_desk.hqdesk.pages import EnrolDialog, UserDialog
from tests.hq.test_authority import send
from tests.hq.test_links import IIN, family
from tests.hqdesk.test_hq_desk import (
    PEOPLE,
    WAIT,
    answer,
    cached_unlock,
    click_row,
    column,
    desk_hub,  # noqa: F401 - the fixture
    log_in,
    open_desk,
    type_text,
    wait_open,
)
from tests.sync.fixtures import HQ_PASSPHRASE, OFFICERS, PASSPHRASE

from inspector_desk.core.services import PersonInput  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
NEW = "Күз-2027-Қостанай!"


def choose_files(qtbot, folder: Path, names: list[str]) -> None:
    """When the desk's file dialog opens: pick these files of ``folder``, press Open."""

    def go() -> None:
        d = next((x for x in QApplication.topLevelWidgets() if isinstance(x, QFileDialog) and x.isVisible()), None)
        if d is None:
            QTimer.singleShot(20, go)
            return
        d.setDirectory(str(folder))
        d.selectFile(" ".join(f'"{n}"' for n in names))
        d.accept()

    QTimer.singleShot(0, go)


def test_a_linked_person_confirmed_in_the_window_reaches_both_laptops(qtbot, desk_hub, make_device, tmp_path):
    hub = desk_hub
    a, b = make_device("a", "A-1"), make_device("b", "B-2")
    hub.enrol(a, "AAAA")
    hub.enrol(b, "BBBB")
    fa = family(a, "ул. Абая 1", PersonInput(last_name="Ахметов", first_name="Серик", iin=IIN))
    fb = family(b, "ул. Кенесары 2", PersonInput(last_name="Ахметов", first_name="Серік",
                                                 iin=f"{IIN[:6]} {IIN[6:]}"))
    send(hub, a, tmp_path / "a1")
    send(hub, b, tmp_path / "b1")

    w = open_desk(qtbot, hub, "analyst")
    wait_open(qtbot, w)
    page = w.show_page("links")
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=WAIT)
    assert page.table.item(0, 1).text() == "same IIN"  # the reason in words, not "iin"
    assert fa[1] in page.table.item(0, 3).text() + page.table.item(0, 4).text()
    click_row(qtbot, page.table, 0)
    confirm = page.findChild(QPushButton, "confirm")
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)  # no note: refused
    assert "note" in page.message.text() and not list((hub.home / "outbox").glob("**/*.idu"))
    type_text(page.note, "один человек: ИИН совпал")
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "confirmed" in page.message.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=WAIT)
    assert [d["status"] for d in links.decisions(hub.repo)] == ["confirmed"]
    assert ("analyst", "link_confirm") in [(e[1], e[2]) for e in hub.repo.events()]

    packs = sorted((hub.home / "outbox" / "updates").glob("*.idu"))
    assert len(packs) == 2
    for session, mine, other, login in ((a, fa, fb, "B-2"), (b, fb, fa, "A-1")):
        [pack] = [p for p in packs if session.actor.device_id[:8] in p.name]
        assert len(sync.import_update(session, pack).notices) == 1
        [n] = notices.notices(session)
        assert (n.case_id, n.case_no, n.other_case_no, n.other_inspector) == (mine[0], mine[1], other[1], login)
    w.close()


def test_the_linked_persons_page_shows_the_kept_pairs_a_page_at_a_time(qtbot, desk_hub, make_device, tmp_path,
                                                                      monkeypatch):
    """The page reads the kept pairs (HQ schema 6) best first, ``PAGE`` at a time; "More
    pairs" adds the next ones; the rows are the pairs computed from every person."""
    import datetime as dt

    from inspector_desk.hqdesk.pages import LinksPage

    hub = desk_hub
    a, b = make_device("a", "A-1"), make_device("b", "B-2")
    hub.enrol(a, "AAAA")
    hub.enrol(b, "BBBB")
    family(a, "ул. Абая 1", PersonInput(last_name="Ахметов", first_name="Серик", iin=IIN))
    family(b, "ул. Кенесары 2", PersonInput(last_name="Ахметов", first_name="Серік", iin=IIN))
    born = dt.date(1990, 7, 2)
    family(a, "ул. Абая 3", PersonInput(last_name="Қасымов", first_name="Нұрлан", birth_date=born))
    family(b, "ул. Кенесары 4", PersonInput(last_name="Касымов", first_name="Нурлан", birth_date=born))
    send(hub, a, tmp_path / "a1")
    send(hub, b, tmp_path / "b1")
    monkeypatch.setattr(LinksPage, "PAGE", 1)

    w = open_desk(qtbot, hub, "analyst")
    wait_open(qtbot, w)
    page = w.show_page("links")
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=WAIT)
    more = page.findChild(QPushButton, "more-links")
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=WAIT)
    scan = links.candidates_scan(hub.repo)
    assert [page.table.item(i, 0).text() for i in range(2)] == [c.ref for c in scan]
    assert [page.table.item(i, 2).text() for i in range(2)] == ["100", "95"]
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)  # nothing more to read
    qtbot.waitUntil(lambda: not w.runner.busy, timeout=WAIT)
    assert page.table.rowCount() == 2
    w.close()


def test_statistics_are_exported_as_xlsx_and_pdf_from_the_window(qtbot, desk_hub, make_device, tmp_path):
    hub = desk_hub
    a = make_device("a", "A-1")
    hub.enrol(a, "AAAA")
    generate(a, households=3, seed=11)
    send(hub, a, tmp_path / "a1")
    w = open_desk(qtbot, hub, "chief")
    wait_open(qtbot, w)
    stats = w.show_page("statistics")
    stats.month.setText("2026-11")
    with qtbot.waitSignal(stats.ready, timeout=WAIT):
        qtbot.mouseClick(stats.compute_button, Qt.MouseButton.LeftButton)
    assert stats.table.horizontalHeaderItem(0).text() == "Figure"
    assert column(stats.table, 0)[0] and "_" not in "".join(column(stats.table, 0))  # named, not codes
    assert stats.table.horizontalHeaderItem(stats.table.columnCount() - 1).text() == "Total"

    # the charts show the export's figures: by group, by category, month over month
    qtbot.mouseClick(stats.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=stats.tabs.tabBar().tabRect(1).center())
    assert stats.tabs.currentWidget() is stats.charts_area
    charts = [c.data for c in stats.charts]
    assert len(charts) == 5
    parts = [g for g in stats.groups if g.group != "*"]
    total = stats.groups[-1].stats
    assert charts[0].series[1][1] == [g.stats.incidents for g in parts]
    assert charts[1].series[0][1] == list(total.incidents_by_kind.values())
    assert charts[2].series[0][1] == list(total.victims_by_category.values())
    assert charts[3].series[1][1][0] == total.visits and charts[3].series[0][1][0] == stats.previous[-1].stats.visits
    image = stats.charts[3].grab().toImage()
    blue = sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if image.pixelColor(x, y).name() in ("#4c78a8", "#f58518"))
    assert blue > 20  # bars drawn, not only the frame

    assert stats.xlsx_button.isVisible()
    qtbot.mouseClick(stats.xlsx_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Written" in stats.message.text(), timeout=WAIT)
    xlsx = hub.home / "reports" / "statistics-2026-11-district.xlsx"
    book = load_workbook(xlsx)
    cells = [str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    district = stats.groups[0].group
    assert any(ord(ch) > 0x400 for ch in district)  # a Cyrillic name, e.g. «Есиль»
    assert district in cells  # Cyrillic kept, as the group's name
    assert any("2026" in c for c in cells)

    stats.message.clear()
    qtbot.mouseClick(stats.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Written" in stats.message.text(), timeout=WAIT)
    pdfs = [Path(p.strip()) for p in stats.message.text().split(":", 1)[1].split(",")]
    assert pdfs and all(p.suffix == ".pdf" and p.exists() for p in pdfs)
    text = "\n".join(subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, text=True,
                                    check=True).stdout for p in pdfs)
    assert district in text and "2026" in text
    w.close()


def test_devices_enrol_and_revoke_update_pack_and_recovery_from_the_window(qtbot, desk_hub, make_device,
                                                                          tmp_path):
    hub = desk_hub
    a, b = make_device("a", "A-1"), make_device("b", "B-2")
    hub.enrol(b, "BBBB")
    request = sync.enrolment_request(a, tmp_path / "requests")
    w = open_desk(qtbot, hub, "admin")
    wait_open(qtbot, w)
    page = w.show_page("devices")
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=WAIT)

    def fill_enrol(d: EnrolDialog) -> None:
        d.request.setText(str(request))
        d.prefix.setText("AAAA")

    answer(qtbot, EnrolDialog, fill_enrol)
    qtbot.mouseClick(page.buttons["enrol"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(page, "letter_dialog", None) is not None, timeout=WAIT)
    letter = page.letter_dialog.view.toPlainText()
    fingerprint = w.session.fingerprint
    assert fingerprint in letter and "A-1" in letter
    page.letter_dialog.close()
    [enrolment] = list(tmp_path.glob(f"**/idesk-enrolment-{a.actor.device_id[:8]}.idenrol"))
    # The inspector types the fingerprint as the letter prints it; the escrow makes recovery possible.
    sync.import_enrolment(a, enrolment, profiles=a.profiles, passphrase=PASSPHRASE, expect_hq_key_id=fingerprint)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=WAIT)
    assert sorted(column(page.table, 0)) == ["AAAA", "BBBB"]

    # Revoke B with a reason.
    click_row(qtbot, page.table, column(page.table, 0).index("BBBB"))
    answer(qtbot, ReasonDialog, lambda d: type_text(d.edit, "ноутбук утерян"))
    qtbot.mouseClick(page.buttons["revoke"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text() == "Revoked.", timeout=WAIT)
    revoked = hub.repo.device(b.actor.device_id)
    assert revoked.status == "revoked" and revoked.revoke_reason == "ноутбук утерян"
    qtbot.waitUntil(lambda: "ноутбук утерян" in page.table.item(column(page.table, 0).index("BBBB"), 12).text(),
                    timeout=WAIT)
    assert ("admin", "revoke", b.actor.device_id) in [(e[1], e[2], e[3]) for e in hub.repo.events()]

    # An update pack (the follow-up rules) for A, chosen in the file dialog; A takes it.
    click_row(qtbot, page.table, column(page.table, 0).index("AAAA"))
    choose_files(qtbot, ROOT / "resources" / "rules", ["followup.json"])
    qtbot.mouseClick(page.buttons["update"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Update pack written" in page.message.text(), timeout=WAIT)
    [pack] = list((hub.home / "outbox" / "updates").glob(f"idesk-update-{a.actor.device_id[:8]}-*.idu"))
    sync.import_update(a, pack)
    assert ("admin", "update", a.actor.device_id) in [(e[1], e[2], e[3]) for e in hub.repo.events()]

    # Recovery: A forgot its passphrase; the request needs both officers' passphrases.
    a.lock()
    req = sync.recovery_request(a.profiles, "default", NEW, tmp_path / "recovery")
    rec = w.show_page("recovery")
    qtbot.waitUntil(lambda: len(rec.officers) == 2, timeout=WAIT)
    rec.request.setText(str(req))
    type_text(rec.officers[0], OFFICERS[0])
    type_text(rec.officers[1], "не тот пароль офицера")
    qtbot.mouseClick(rec.approve, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rec.last_error is not None, timeout=WAIT)
    assert isinstance(rec.last_error, InspectorDeskError) and not list(req.parent.glob("*.idrec"))
    assert all(e.text() == "" for e in rec.officers)  # secrets are not left in the fields
    type_text(rec.officers[0], OFFICERS[0])
    type_text(rec.officers[1], OFFICERS[1])
    qtbot.mouseClick(rec.approve, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Answer written" in rec.message.text(), timeout=WAIT)
    [answer_file] = list(req.parent.glob("*.idrec"))
    sync.recover(a.profiles, "default", answer_file, NEW)
    a.profiles.unlock("default", NEW).lock()
    assert ("admin", "recover", a.actor.device_id) in [(e[1], e[2], e[3]) for e in hub.repo.events()]
    w.close()


def test_the_admin_adds_and_disables_a_user_in_the_window(qtbot, desk_hub):
    hub = desk_hub
    w = open_desk(qtbot, hub, "analyst")
    wait_open(qtbot, w)
    assert "users" not in w.pages  # admin only
    w.lock()
    log_in(qtbot, w, "admin", PEOPLE["admin"][2])
    wait_open(qtbot, w)
    page = w.show_page("users")
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=WAIT)
    secret = "Волна-3814-Гриф-Колос-мята"

    def fill_user(d: UserDialog) -> None:
        d.login.setText("officer2")
        type_text(d.name, "Гүлмира Офицер")
        d.role.setCurrentIndex(d.role.findData("officer"))
        assert d.role.currentText() == "recovery officer"
        type_text(d.secret, secret)
        type_text(d.again, secret)

    answer(qtbot, UserDialog, fill_user)
    qtbot.mouseClick(page.findChild(QPushButton, "add"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.rowCount() == 4, timeout=WAIT)
    row = column(page.table, 0).index("officer2")
    assert page.table.item(row, 2).text() == "recovery officer"

    click_row(qtbot, page.table, row)
    answer(qtbot, ReasonDialog, lambda d: type_text(d.edit, "перевод в другое подразделение"))
    qtbot.mouseClick(page.findChild(QPushButton, "disable"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "перевод" in page.table.item(column(page.table, 0).index("officer2"), 5).text(),
                    timeout=WAIT)
    events = [(e[1], e[2], e[3]) for e in hub.repo.events()]
    assert ("admin", "user_add", "officer2") in events and ("admin", "user_disable", "officer2") in events
    w.lock()
    # A disabled user is refused like any wrong login.
    log_in(qtbot, w, "officer2", secret)
    qtbot.waitUntil(lambda: w.login_page.open_button.isEnabled(), timeout=WAIT)
    assert w.session is None and "refused" in w.login_page.message.text()
    w.close()
