"""The Headquarters screen through the real window (pytest-qt, offscreen): before enrolment
it says which button to press; an enrolment file with the wrong fingerprint, a forged file or
a file for another computer is refused with what to do in the window (which button, which
file), never a command line; once enrolled, headquarters' key is shown exactly as
headquarters prints it in its letter (hq/keys.py ``fingerprint``)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QLineEdit

from inspector_desk.app import sync
from inspector_desk.hq import devices, keys as hq_keys
from inspector_desk.ui.sync_view import letter_fingerprint
from tests.sync.fixtures import hq_home, hq_keys_dir, sqlite_hub, unlocked_hq  # noqa: F401
from tests.ui.test_workflow import first_run, make_controller  # noqa: F401 - fixtures

WAIT = 15_000
COMMAND_LINE = ("inspector-desk", "--", "enrol request", "enrol approve")


def no_command_line(text: str) -> None:
    assert text and not any(word in text for word in COMMAND_LINE), text


def answer_fingerprint(qtbot, typed: str) -> None:
    """When the fingerprint dialog opens: type the fingerprint key by key and press Enter."""

    def answer() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QInputDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        edit = dialog.findChild(QLineEdit)
        QTest.keyClicks(edit, typed)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


def test_letter_format_is_headquarters_own():
    key = "3f9c0a127b44e8d1"
    assert letter_fingerprint(key) == hq_keys.fingerprint(SimpleNamespace(signing_key_id=key))
    assert letter_fingerprint(key) == "3f9c 0a12 7b44 e8d1"


def test_enrolment_on_the_headquarters_screen(make_controller, qtbot, sqlite_hub, tmp_path):
    c = make_controller()
    first_run(c, qtbot)
    c.desk.show_page("sync")
    page = c.desk.sync
    qtbot.waitUntil(lambda: page.fields["enrolled"].text() != "…", timeout=WAIT)
    not_yet = page.fields["enrolled"].text()
    assert "Enrolment request…" in not_yet and "Import the enrolment file…" in not_yet
    no_command_line(not_yet)

    # exporting before enrolment: what to press, in the window
    stick = tmp_path / "stick"
    stick.mkdir()
    page.export(str(stick))
    qtbot.waitUntil(lambda: page.export_button.isEnabled()
                    and page.result.text() not in ("", "Exporting…"), timeout=WAIT)
    assert "Enrolment request…" in page.result.text()
    no_command_line(page.result.text())

    # headquarters approves this computer's request
    request = c.runner.call(lambda: sync.enrolment_request(c.core.session, stick))
    _row, data = devices.approve(sqlite_hub.repo, sqlite_hub.keys, request.read_bytes(),
                                 case_prefix="K7QM", at="2026-11-20T10:00:00+05:00", actor="test")
    enrolment = stick / "K7QM.idenrol"
    enrolment.write_bytes(data)
    letter = hq_keys.fingerprint(sqlite_hub.keys.public)  # what headquarters' letter says

    # a wrong fingerprint: refused, and told what to compare
    answer_fingerprint(qtbot, "0000 1111 2222 3333")
    page.import_enrolment(enrolment)
    qtbot.waitUntil(lambda: "K7QM.idenrol" in page.result.text(), timeout=WAIT)
    assert "letter" in page.result.text()
    no_command_line(page.result.text())

    # not an enrolment file at all
    forged = stick / "forged.idenrol"
    forged.write_bytes(b"hello")
    answer_fingerprint(qtbot, letter)
    page.import_enrolment(forged)
    qtbot.waitUntil(lambda: "forged.idenrol" in page.result.text(), timeout=WAIT)
    assert ".idenrol" in page.result.text()
    no_command_line(page.result.text())

    # the right file and the letter's fingerprint, typed as the letter prints it
    answer_fingerprint(qtbot, letter)
    page.import_enrolment(Path(enrolment))
    qtbot.waitUntil(lambda: page.result.text().startswith("Enrolled"), timeout=WAIT)
    assert letter in page.result.text()
    qtbot.waitUntil(lambda: letter in page.fields["enrolled"].text(), timeout=WAIT)
    assert page.fields["enrolled"].text() == f"yes, headquarters key {letter}"
