"""The first-run wizard asks for the rank and the unit's name in Russian and in Kazakh, typed
key by key as a keyboard would; they reach the profile (InspectorInfo, kept inside the
vault, as `inspector-desk init --rank --unit --unit-kk` stores them) and the documents: the
Kazakh unit name on a Kazakh paper, the Russian one on a Russian paper, the rank beside the
inspector's name."""

from __future__ import annotations

import pytest

from tests.conftest import PASSPHRASE
from tests.support.typing import type_text
from tests.ui.test_workflow import make_controller  # noqa: F401 - a fixture

WAIT = 15_000
RANK = "капитан полиции"
UNIT_RU = "УП Есильского района ДП г. Астаны, отдел по борьбе с СБН"
UNIT_KK = "Астана қаласы ПД Есіл ауданының ПБ, отбасылық-тұрмыстық зорлық-зомбылыққа қарсы бөлім"


def test_rank_and_kazakh_unit_name_from_the_wizard(make_controller, qtbot):
    c = make_controller()
    wizard = c.stack.currentWidget()
    about = wizard.about
    labels = [about.layout().itemAt(i, about.layout().ItemRole.LabelRole).widget().text()
              for i in range(about.layout().rowCount())]
    assert labels == ["Full name *", "Badge number *", "Rank", "Unit (in Russian)",  # * required
                      "Unit (in Kazakh)", "District"]
    type_text(about.name, "Сәрсенбаева Айгүл Нұрланқызы")
    type_text(about.badge, "A-1047")
    type_text(about.rank, RANK)
    type_text(about.unit, UNIT_RU)
    type_text(about.unit_kk, UNIT_KK)
    type_text(about.district, "Есіл")
    assert about.unit_kk.text() == UNIT_KK and about.rank.text() == RANK
    wizard.next()
    type_text(wizard.secret.passphrase.edit, PASSPHRASE)
    type_text(wizard.secret.passphrase.again, PASSPHRASE)
    assert wizard.secret.isComplete()
    wizard.next()
    wizard.accept()
    qtbot.waitUntil(lambda: c.state == "unlocked", timeout=WAIT)

    info = c.core.inspector
    assert (info.name, info.login, info.rank, info.unit, info.unit_kk, info.district) == (
        "Сәрсенбаева Айгүл Нұрланқызы", "A-1047", RANK, UNIT_RU, UNIT_KK, "Есіл")

    # kept inside the vault: the same after locking and unlocking
    c.lock()
    qtbot.waitUntil(lambda: not c.core.unlocked and not c.runner.busy, timeout=WAIT)
    unlock = c.stack.currentWidget()
    unlock.passphrase.setText(PASSPHRASE)
    unlock._submit()
    qtbot.waitUntil(lambda: c.state == "unlocked", timeout=WAIT)
    assert (c.core.inspector.rank, c.core.inspector.unit_kk) == (RANK, UNIT_KK)

    # and on paper
    from tests.reports.reports_helpers import squash, text_of

    case_id = c.core.services.cases.open_case(address="ул. Сығанақ, 3", district="Есиль",
                                        source="102").created
    from inspector_desk.app import documents

    kk = squash(text_of(documents.print_case_summary(c.core.session, case_id, "kk")))
    ru = squash(text_of(documents.print_case_summary(c.core.session, case_id, "ru")))
    assert squash(UNIT_KK) in kk and squash(UNIT_RU) not in kk
    assert squash(UNIT_RU) in ru and squash(UNIT_KK) not in ru
    assert squash(RANK) in ru


def test_the_new_fields_may_stay_empty(make_controller, qtbot):
    c = make_controller()
    wizard = c.stack.currentWidget()
    type_text(wizard.about.name, "Тест Тестов")
    type_text(wizard.about.badge, "T-1")
    wizard.next()
    wizard.secret.passphrase.edit.setText(PASSPHRASE)
    wizard.secret.passphrase.again.setText(PASSPHRASE)
    wizard.next()
    wizard.accept()
    qtbot.waitUntil(lambda: c.state == "unlocked", timeout=WAIT)
    assert (c.core.inspector.rank, c.core.inspector.unit_kk) == ("", "")
