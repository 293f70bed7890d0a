"""Lock means locked, as a person meets it (issue 13): F12 and Ctrl+L over every dialog, a
lock in the middle of a job, a row that opens exactly once, printing with no printer.

The window is driven by keyboard and mouse (QTest key and mouse events on the widget that
has the focus). The controller gets a recording ``relaunch`` instead of the real process
replacement (tests/reliability/test_lock_memory.py runs the real one and reads the memory).
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from inspector_desk.app.profile import Profiles
from inspector_desk.app.settings import Settings
from inspector_desk.keystore.device_secret import KeyringSecrets
from inspector_desk.keystore.keyfile import KdfParams
from inspector_desk.ui.controller import AppController
from inspector_desk.ui.relaunch import Relaunch
from tests.sync.fixtures import hq_home, hq_keys_dir, sqlite_hub, unlocked_hq  # noqa: F401 - fixtures
from tests.ui.test_workflow import WAIT, first_run, new_case

CANARY = "Жолдасбекова-Канарейка"


@pytest.fixture
def app(tmp_path, memory_keyring, forms, qtbot):
    """A controller whose lock records the relaunch it would do instead of doing it."""
    relaunched: list[Relaunch] = []
    profiles = Profiles(tmp_path / "home", KeyringSecrets(memory_keyring),
                        kdf=KdfParams.fast_for_tests(), forms=forms)
    c = AppController(profiles, Settings(language="en"), relaunch=relaunched.append, watch_os=False)
    c.relaunched = relaunched
    qtbot.addWidget(c.window)
    c.window.show()
    first_run(c, qtbot)
    yield c
    c.shutdown()


def focused(widget):
    """Where a key press goes: the focus widget of the window that holds ``widget``."""
    w = QApplication.focusWidget()
    return w if w is not None else widget


def open_add_person(c, qtbot):
    from inspector_desk.ui.case_dialogs import AddPersonDialog

    new_case(c, qtbot)
    c.desk.case_page.buttons["person"].click()
    qtbot.waitUntil(lambda: any(isinstance(w, AddPersonDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=WAIT)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, AddPersonDialog) and w.isVisible())
    dialog.activateWindow()
    dialog.last.setFocus()
    QTest.keyClicks(dialog.last, "Zholdasbekova")
    return dialog


def test_f12_covers_a_modal_dialog_and_gives_it_back(app, qtbot):
    c = app
    dialog = open_add_person(c, qtbot)
    assert dialog.isModal() or dialog.windowModality() != Qt.WindowModality.NonModal

    QTest.keyClick(dialog.last, Qt.Key.Key_F12)  # acts before the key press returns
    assert c.state == "blanked" and c.curtain.drawn
    covers = {w: w.findChild(QLabel, "privacy-cover") for w in (dialog, c.window)}
    assert all(cover is not None and cover.isVisible() for cover in covers.values())
    assert all(cover.geometry() == w.rect() for w, cover in covers.items())
    # Typing behind the curtain reaches nothing: not the name field, not Enter on the dialog.
    QTest.keyClicks(focused(dialog), "xyz")
    QTest.keyClick(focused(dialog), Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.last.text() == "Zholdasbekova"

    QTest.keyClick(focused(dialog), Qt.Key.Key_F12)
    assert c.state == "unlocked" and not c.curtain.drawn
    assert dialog.isVisible() and dialog.last.isEnabled()
    assert dialog.last.text() == "Zholdasbekova"  # what was typed is still there
    assert not c.relaunched


def test_ctrl_l_from_a_modal_dialog_locks_at_once(app, qtbot):
    c = app
    dialog = open_add_person(c, qtbot)
    QTest.keyClick(dialog.last, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    # Synchronous: the dialog is gone and the relaunch asked for before the key press returns.
    assert not dialog.isVisible()
    assert c.desk is None and c.state in ("locked", "")
    assert len(c.relaunched) == 1
    r = c.relaunched[0]
    assert r.reason == "manual" and r.profile == "default"
    assert "Zholdasbekova" not in repr(r) and "passphrase" not in repr(r).lower()
    qtbot.waitUntil(lambda: not c.core.unlocked and not c.runner.busy, timeout=WAIT)


def test_f12_then_ctrl_l_with_the_document_preview_open(app, qtbot):
    from inspector_desk.ui.documents import DocumentDialog

    c = app
    new_case(c, qtbot)
    c.desk.case_page.buttons["print"].click()
    qtbot.waitUntil(lambda: any(isinstance(w, DocumentDialog) and w.images
                                for w in QApplication.topLevelWidgets()), timeout=WAIT)
    preview = next(w for w in QApplication.topLevelWidgets() if isinstance(w, DocumentDialog))
    preview.activateWindow()
    preview.language.setFocus()
    QTest.keyClick(preview.language, Qt.Key.Key_F12)
    assert c.state == "blanked" and c.curtain.drawn
    QTest.keyClick(focused(preview), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not preview.isVisible() and not c.curtain.drawn
    assert len(c.relaunched) == 1
    qtbot.waitUntil(lambda: not c.core.unlocked, timeout=WAIT)


def test_ctrl_l_inside_a_nested_event_loop(app, qtbot):
    """A message box run with exec() (its own event loop): Ctrl+L still locks, and the box
    returns at once instead of waiting for a person to answer it."""
    c = app
    seen = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        seen.append(box)
        QTest.keyClick(focused(box), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    QTimer.singleShot(100, press)
    box = QMessageBox(QMessageBox.Icon.Question, "Question", "Delete?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, c.window)
    answer = box.exec()
    assert seen and isinstance(seen[0], QMessageBox)
    assert answer != QMessageBox.StandardButton.Yes
    assert len(c.relaunched) == 1 and c.desk is None


def test_lock_during_a_running_job_drops_its_result(app, qtbot):
    c = app
    new_case(c, qtbot)
    page = c.desk.case_page
    started, release = threading.Event(), threading.Event()
    delivered, errors_before = [], c.presenter.last_message

    def slow(svc):
        started.set()
        release.wait(10)
        return "the victim's words"

    c.client.call(slow, on_done=lambda value: delivered.append(value), owner=page)
    assert started.wait(5)
    c.lock()
    assert c.desk is None and len(c.relaunched) == 1
    release.set()
    qtbot.waitUntil(lambda: not c.runner.busy, timeout=WAIT)
    QTest.qWait(50)
    assert delivered == []  # the page is gone and the vault was locked since the call
    assert c.presenter.last_message == errors_before  # no "vault is locked" over the unlock page
    assert not c.core.unlocked


def test_a_result_for_a_destroyed_page_is_dropped(app, qtbot):
    c = app
    page = QWidget()  # a screen that asked for something, then was closed
    gate = threading.Event()
    got = []
    c.client.call(lambda svc: gate.wait(5) and "rows", on_done=got.append, owner=page)
    page.deleteLater()
    QTest.qWait(20)
    gate.set()
    qtbot.waitUntil(lambda: not c.runner.busy, timeout=WAIT)
    QTest.qWait(50)
    assert got == [] and c.presenter.last_message in ("", None)


def test_double_click_and_enter_open_a_register_row_once(app, qtbot, monkeypatch):
    from inspector_desk.ui import case_view

    c = app
    case_id = new_case(c, qtbot)
    new_case(c, qtbot)  # the other case is the one open now
    qtbot.waitUntil(lambda: c.desk.case_page.case_id != case_id and c.desk.case_page.view is not None,
                    timeout=WAIT)
    built = []
    real = case_view.CasePage.__init__

    def counting(self, *a, **kw):
        built.append(self)
        real(self, *a, **kw)

    monkeypatch.setattr(case_view.CasePage, "__init__", counting)
    c.desk.show_page("register")
    table = c.desk.register.table
    qtbot.waitUntil(lambda: c.desk.register.model.rowCount() >= 1, timeout=WAIT)
    model = c.desk.register.model
    qtbot.waitUntil(lambda: model.rowCount() >= 2 and all(
        model.data(model.index(r, 0), Qt.ItemDataRole.UserRole) for r in range(2)), timeout=WAIT)
    row = next(r for r in range(model.rowCount())
               if model.data(model.index(r, 0), Qt.ItemDataRole.UserRole) == case_id)
    rect = table.visualRect(model.index(row, 1))
    # A person's double-click: press, release, then the second press that the system
    # reports as a double-click, and its release.
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: c.desk.case_page is not None and c.desk.case_page.case_id == case_id
                    and c.desk.case_page.view is not None, timeout=WAIT)
    assert len(built) == 1
    # Enter on the same row while the case is open: shown again, not built again.
    c.desk.show_page("register")
    table.setFocus()
    table.setCurrentIndex(model.index(row, 1))
    QTest.keyClick(table, Qt.Key.Key_Return)
    QTest.qWait(50)
    assert len(built) == 1
    assert c.presenter.last_message in ("", None)


def test_print_with_no_printer_says_so_and_writes_nothing(app, qtbot, monkeypatch, tmp_path):
    import inspector_desk.ui.documents as documents_ui

    c = app
    monkeypatch.setenv("HOME", str(tmp_path / "user-home"))
    (tmp_path / "user-home").mkdir()
    monkeypatch.chdir(tmp_path / "user-home")

    class NoPrinters:
        @staticmethod
        def availablePrinters():  # noqa: N802 - Qt's name
            return []

    monkeypatch.setattr(documents_ui, "QPrinterInfo", NoPrinters)
    new_case(c, qtbot)
    dialog = documents_ui.DocumentDialog(c.desk, "case-summary", c.desk.case_page.case_id, c.window)
    qtbot.waitUntil(lambda: bool(dialog.images), timeout=WAIT)
    shown = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        shown.append(box.text() if isinstance(box, QMessageBox) else None)
        if box is not None:
            box.accept()

    QTimer.singleShot(50, answer)
    QTest.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert shown and shown[0] and "No printer" in shown[0]
    assert "no printer" in dialog.status.text().lower()
    assert list((tmp_path / "user-home").rglob("*")) == []  # no print.pdf, nothing
    dialog.close()


def test_a_lock_during_an_export_leaves_no_bundle(app, qtbot, tmp_path, monkeypatch, sqlite_hub):
    """Ctrl+L while the Headquarters screen writes a bundle: the export stops, its partial
    file goes, no bundle is left on the stick and the vault is locked."""
    from inspector_desk.app.demo import generate
    from inspector_desk.ui.sync_view import SyncPage

    c = app
    c.runner.call(lambda: sqlite_hub.enrol(c.core.session, "K7QM"))
    c.runner.call(lambda: generate(c.core.session, households=60, seed=4))
    stick = tmp_path / "stick"
    stick.mkdir()
    progressed = []
    real_progress = SyncPage._progress

    def lock_on_first_progress(self, done, total):
        real_progress(self, done, total)
        if not progressed:
            progressed.append((done, total))
            QTest.keyClick(focused(self), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    monkeypatch.setattr(SyncPage, "_progress", lock_on_first_progress)
    c.desk.show_page("sync")
    c.desk.sync.export(str(stick))
    qtbot.waitUntil(lambda: bool(progressed), timeout=WAIT)
    assert progressed[0][0] < progressed[0][1]  # the lock came in the middle of the export
    assert len(c.relaunched) == 1
    qtbot.waitUntil(lambda: not c.runner.busy and not c.core.unlocked, timeout=WAIT)
    assert sorted(p.name for p in stick.iterdir()) == []  # no .idb, no .idb.partial
