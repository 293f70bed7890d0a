"""First run without dead ends, driven through the real window (pytest-qt, offscreen): the
language is the first step and switches the wizard at once; required fields are marked (a
"*" and an accessible description); "Start over" goes back to the language step and "Quit"
there closes the window, never a blank one; the headquarters fields are labelled; a busy bar
runs while the vault is made and the window keeps answering; a failed creation says what to
do on the page and can be retried. Also: the default profile's name is translated, and Qt's
own dialogs speak Russian and Kazakh."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QPushButton, QWizard,
)

from tests.conftest import PASSPHRASE
from tests.support.typing import type_text
from tests.ui.test_workflow import make_controller  # noqa: F401 - a fixture

WAIT = 15_000
NEXT, CANCEL, FINISH = (QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton,
                        QWizard.WizardButton.FinishButton)


def click(qtbot, wizard, which) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def about(qtbot, w) -> None:
    type_text(w.about.name, "Сәрсенбаева Айгүл")
    type_text(w.about.badge, "A-1047")


def test_the_language_comes_first_and_switches_the_wizard(make_controller, qtbot):
    c = make_controller(lang="en")
    w = c.stack.currentWidget()
    assert c.state == "first_run" and w.currentPage() is w.language
    assert not c.profiles.exists(c.profile)  # before the vault exists
    assert [b.text() for b in w.language.buttons.values()] == ["Русский", "Қазақша", "English"]
    assert w.language.buttons["en"].isChecked()
    english_next = w.button(NEXT).text()

    kk_button = w.language.buttons["kk"]  # by mouse, on its name
    qtbot.mouseClick(kk_button, Qt.MouseButton.LeftButton, pos=QPoint(10, kk_button.height() // 2))
    qtbot.waitUntil(lambda: c.stack.currentWidget() is not w, timeout=WAIT)
    kk = c.stack.currentWidget()
    assert c.state == "first_run" and c.settings.language == "kk"
    assert kk.currentPage() is kk.language and kk.language.buttons["kk"].isChecked()
    assert kk.button(NEXT).text() != english_next  # Qt's own wizard buttons follow (qtbase_kk)
    assert kk.about.title() != "About you"  # and the program's own pages

    # by keyboard: the focus is on the chosen language; an arrow key picks the next one
    qtbot.waitUntil(lambda: QApplication.focusWidget() is kk.language.buttons["kk"], timeout=WAIT)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: c.settings.language == "en" and c.stack.currentWidget() is not kk,
                    timeout=WAIT)
    en = c.stack.currentWidget()
    assert en.button(NEXT).text() == english_next and en.language.buttons["en"].isChecked()
    click(qtbot, en, NEXT)
    assert en.currentPage() is en.about


def test_required_fields_are_marked_and_hq_fields_labelled(make_controller, qtbot):
    c = make_controller()
    w = c.stack.currentWidget()
    click(qtbot, w, NEXT)
    form = w.about.layout()
    required = {form.labelForField(e).text(): e.accessibleDescription()
                for e in (w.about.name, w.about.badge, w.about.rank)}
    assert required == {"Full name *": "Required", "Badge number *": "Required", "Rank": ""}
    assert "marked * are required" in w.about.subTitle()
    assert not w.button(NEXT).isEnabled()
    about(qtbot, w)
    click(qtbot, w, NEXT)
    assert w.currentPage() is w.secret
    labels = {lab.text() for lab in w.secret.findChildren(QLabel)}
    assert {"Passphrase *", "Passphrase again *"} <= labels
    assert w.secret.passphrase.edit.accessibleDescription() == "Required"

    # headquarters: each field has its label (the one a screen reader announces)
    hq = w.hq
    assert hq.layout().labelForField(hq.fingerprint).buddy() is hq.fingerprint
    path_label = next(lab for lab in hq.findChildren(QLabel) if lab.buddy() is hq.path)
    assert path_label.text() == "Enrolment file from headquarters"
    assert hq.path.accessibleName() == "Enrolment file from headquarters"
    hq.path.setText("/media/usb/K7QM.idenrol")  # with a file the fingerprint becomes required
    assert hq.fingerprint_label.text().endswith(" *")
    assert hq.fingerprint.accessibleDescription() == "Required"


def test_cancel_goes_back_to_the_start_and_quit_closes(make_controller, qtbot):
    c = make_controller()
    w = c.stack.currentWidget()
    assert w.button(CANCEL).text() == "Quit"
    click(qtbot, w, NEXT)
    assert w.button(CANCEL).text() == "Start over"
    about(qtbot, w)
    click(qtbot, w, NEXT)
    type_text(w.secret.passphrase.edit, PASSPHRASE)
    click(qtbot, w, CANCEL)  # by mouse
    assert c.stack.currentWidget() is w and w.isVisible() and c.state == "first_run"
    assert w.currentPage() is w.language
    assert w.about.name.text() == "" and w.secret.passphrase.text() == ""  # nothing typed is kept

    click(qtbot, w, NEXT)
    about(qtbot, w)
    QTest.keyClick(w.about.name, Qt.Key.Key_Escape)  # by keyboard: Esc is Cancel
    assert w.currentPage() is w.language and w.isVisible() and c.window.isVisible()

    click(qtbot, w, CANCEL)  # "Quit" on the first step: the window closes, nothing was made
    qtbot.waitUntil(lambda: not c.window.isVisible(), timeout=WAIT)
    assert not c.profiles.exists(c.profile)


def test_a_busy_bar_while_the_vault_is_made_and_a_failure_says_what_to_do(
        make_controller, qtbot, tmp_path):
    c = make_controller()
    w = c.stack.currentWidget()
    click(qtbot, w, NEXT)
    about(qtbot, w)
    click(qtbot, w, NEXT)
    type_text(w.secret.passphrase.edit, PASSPHRASE)
    type_text(w.secret.passphrase.again, PASSPHRASE)
    click(qtbot, w, NEXT)
    assert w.currentPage() is w.hq
    forged = tmp_path / "K7QM.idenrol"
    forged.write_bytes(b"not an enrolment")
    type_text(w.hq.path, str(forged))
    type_text(w.hq.fingerprint, "3f9c 0a12 7b44 e8d1")

    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(w.hq.progress.isVisible()))
    timer.start(1)
    click(qtbot, w, FINISH)
    # at once: the busy bar and a line of text, nothing to press twice
    assert w.busy and w.hq.progress.isVisible() and w.hq.progress.maximum() == 0
    assert "Creating your vault" in w.hq.status.text()
    assert not w.button(FINISH).isEnabled() and not w.button(CANCEL).isEnabled()
    qtbot.waitUntil(lambda: not w.busy, timeout=WAIT)
    timer.stop()
    assert True in ticks  # the window kept answering while the vault was being made

    # the failure is told on the page, with what to do in the window (not a command line)
    text = w.hq.status.text()
    assert "K7QM.idenrol" in text and "idenrol" in text and "Create my vault" in text, text
    assert "inspector-desk" not in text and "--" not in text
    assert c.state == "first_run" and not c.profiles.exists(c.profile)
    assert not w.hq.progress.isVisible() and w.button(FINISH).isEnabled()

    # without the file the same wizard makes the vault
    w.hq.path.clear()
    w.hq.fingerprint.clear()
    click(qtbot, w, FINISH)
    qtbot.waitUntil(lambda: c.state == "unlocked", timeout=WAIT)
    assert c.inspector.login == "A-1047"


def test_the_default_profile_name_is_translated(make_controller, qtbot):
    from inspector_desk.ui.labels import profile_name

    c = make_controller()
    from tests.ui.test_workflow import first_run

    first_run(c, qtbot)
    c.lock()
    qtbot.waitUntil(lambda: c.state == "locked" and not c.runner.busy, timeout=WAIT)
    unlock = c.stack.currentWidget()
    texts = [lab.text() for lab in unlock.findChildren(QLabel)]
    assert any("Profile: main." in t for t in texts), texts
    assert not any("default" in t for t in texts)
    assert profile_name("Есиль-2") == "Есиль-2"  # another name as typed


@pytest.fixture
def restore_language():
    yield
    from inspector_desk.ui.i18n import uninstall_all

    uninstall_all()


@pytest.mark.parametrize("lang, cancel, look_in", [("ru", "Отмена", "&Папка:"),
                                                   ("kk", "Бас тарту", "Қайда қ&арау:")])
def test_qt_own_dialogs_speak_the_language(qtbot, restore_language, lang, cancel, look_in):
    """Qt's file dialog (the one used where the platform has none) and standard buttons:
    no half-English dialog in Russian or Kazakh."""
    import re

    from inspector_desk.ui.i18n import Translations

    Translations().install(lang)
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    buttons = [b.text() for b in dialog.findChildren(QPushButton)]
    assert cancel in buttons, buttons
    labels = [lab.text() for lab in dialog.findChildren(QLabel) if lab.text()]
    assert look_in in labels, labels
    english = [t for t in labels + buttons if re.search(r"[A-Za-z]{3,}", t)]
    assert not english, english

    box = QMessageBox(QMessageBox.Icon.Question, "x", "y",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == cancel
    assert box.button(QMessageBox.StandardButton.Ok).text() == "ОК"  # Cyrillic О and К
    bar = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert bar.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
