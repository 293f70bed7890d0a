"""The first-run wizard, typed by keyboard (pytest-qt, offscreen): the strength bar follows the
estimator (keystore/strength.py) and its feedback, and an enrolment file is accepted only with
headquarters' fingerprint typed from the letter (no trust on first use)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard

from inspector_desk.sync.enrolment import normal_fingerprint
from inspector_desk.ui.login import FirstRunWizard

STRONG = "медведь окно сирень трамвай"
FINGERPRINT = "3f9c 0a12 7b44 e8d1"


@pytest.fixture
def make_wizard(qtbot):
    def make(keyring_ok: bool = True) -> FirstRunWizard:
        w = FirstRunWizard(keyring_ok, "memory")
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        return w

    return make


def type_into(qtbot, widget, text: str) -> None:
    """Key presses, one character each. QTest.keyClicks (qtbot.keyClicks) knows Latin-1
    only and aborts on Cyrillic, so other characters go as key events carrying their text,
    as a keyboard in the Russian or Kazakh layout sends them."""
    if all(ord(c) < 128 for c in text):
        qtbot.keyClicks(widget, text)
        return
    for c in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, c,
                           Qt.KeyboardModifier.NoModifier)


def click(qtbot, wizard, which) -> None:
    button = wizard.button(which)
    assert button.isEnabled() and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_about(qtbot, w) -> None:
    assert w.currentPage() is w.language  # the first step: the language (tests/ui/test_first_run.py)
    click(qtbot, w, QWizard.WizardButton.NextButton)
    type_into(qtbot, w.about.name, "Сәрсенбаева Айгүл")
    type_into(qtbot, w.about.badge, "A-1047")
    type_into(qtbot, w.about.district, "Есиль")
    assert w.about.name.text() == "Сәрсенбаева Айгүл"
    click(qtbot, w, QWizard.WizardButton.NextButton)
    assert w.currentPage() is w.secret


def type_passphrase(qtbot, w, text: str) -> None:
    f = w.secret.passphrase
    f.edit.clear()
    f.again.clear()
    type_into(qtbot, f.edit, text)
    type_into(qtbot, f.again, text)
    assert f.text() == text


def test_the_strength_bar_shows_the_estimator_and_its_feedback(qtbot, make_wizard):
    w = make_wizard()
    type_about(qtbot, w)
    f, nxt = w.secret.passphrase, w.button(QWizard.WizardButton.NextButton)
    assert "10<sup>10</sup>" in f.estimate.text()  # the minimum, in guesses, before typing
    for weak, told in (("gfhjkm123456", "other keyboard layout"),
                       ("Astana2026!!", "a year"),
                       ("qwertyqwerty", "repeated"),
                       ("Сәрсенбаева-A1047-Есиль", "your own name")):  # from the first page
        type_passphrase(qtbot, w, weak)
        assert not nxt.isEnabled(), weak
        assert f.strength.value() <= 2, weak
        assert "Easy to guess" in f.hint.text() and told in f.hint.text(), (weak, f.hint.text())
    type_passphrase(qtbot, w, STRONG)
    assert nxt.isEnabled()
    assert f.strength.value() >= 3
    assert "Strong enough" in f.hint.text()
    qtbot.keyClicks(f.again, "x")  # the confirmation differs
    assert not nxt.isEnabled() and "differ" in f.hint.text()


def test_without_a_keyring_the_minimum_is_higher(qtbot, make_wizard):
    from tests.conftest import PASSPHRASE  # season, year, city: 10^10 but not 10^12

    w = make_wizard(keyring_ok=False)
    type_about(qtbot, w)
    qtbot.mouseClick(w.secret.consent, Qt.MouseButton.LeftButton)
    assert w.secret.consent.isChecked()
    type_passphrase(qtbot, w, PASSPHRASE)
    assert "10<sup>12</sup>" in w.secret.passphrase.estimate.text()
    assert not w.button(QWizard.WizardButton.NextButton).isEnabled()
    type_passphrase(qtbot, w, STRONG)
    assert w.button(QWizard.WizardButton.NextButton).isEnabled()


def test_an_enrolment_file_needs_the_fingerprint_before_create(qtbot, make_wizard, tmp_path):
    enrolment = tmp_path / "inspector.idenrol"
    enrolment.write_bytes(b"not read by the wizard")
    w = make_wizard()
    type_about(qtbot, w)
    type_passphrase(qtbot, w, STRONG)
    click(qtbot, w, QWizard.WizardButton.NextButton)
    assert w.currentPage() is w.hq
    create = w.button(QWizard.WizardButton.FinishButton)
    assert create.isVisible() and create.isEnabled()  # no file: nothing to check

    qtbot.keyClicks(w.hq.path, str(enrolment))
    assert not create.isEnabled()
    assert "Required with an enrolment file" in w.hq.fingerprint_hint.text()
    qtbot.keyClicks(w.hq.fingerprint, FINGERPRINT[:9])
    assert not create.isEnabled() and "8 of 16" in w.hq.fingerprint_hint.text()
    qtbot.keyClicks(w.hq.fingerprint, " 7b44 e8dz")  # a letter that is not hexadecimal
    assert not create.isEnabled() and "0-9" in w.hq.fingerprint_hint.text()
    qtbot.keyClick(w.hq.fingerprint, Qt.Key.Key_Backspace)
    qtbot.keyClicks(w.hq.fingerprint, "1")
    assert w.hq.fingerprint.text() == FINGERPRINT
    assert create.isEnabled()

    with qtbot.waitSignal(w.submitted, timeout=5000) as sent:
        click(qtbot, w, QWizard.WizardButton.FinishButton)
    data = sent.args[0]
    assert data["enrolment"] == str(enrolment)
    assert data["hq_fingerprint"] == "3f9c0a127b44e8d1"
    assert data["passphrase"] == STRONG and data["badge"] == "A-1047"

    # taking the file away again: the fingerprint is not needed, and not sent
    w.set_busy(False)  # as when making the vault failed (no controller here)
    w.hq.path.clear()
    w.hq.fingerprint.clear()
    assert create.isEnabled()


def test_accept_without_the_fingerprint_sends_nothing(qtbot, make_wizard, tmp_path):
    w = make_wizard()
    w.hq.path.setText(str(tmp_path / "inspector.idenrol"))
    with qtbot.assertNotEmitted(w.submitted):
        w.accept()


def test_fingerprint_forms():
    assert normal_fingerprint("3F9C 0A12 7B44 E8D1") == "3f9c0a127b44e8d1"
    assert normal_fingerprint("3f9c-0a12-7b44-e8d1") == "3f9c0a127b44e8d1"
    assert normal_fingerprint("3f9c0a127b44e8d1") == "3f9c0a127b44e8d1"
    for bad in ("", "3f9c 0a12 7b44", "3f9c 0a12 7b44 e8d1 00", "3f9c 0a12 7b44 e8dg",
                "３f9c 0a12 7b44 e8d1"):
        assert normal_fingerprint(bad) == "", bad
