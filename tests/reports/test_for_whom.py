"""The "For whom" choice of the document preview, through the real dialog (pytest-qt,
offscreen): the choices are the renderings the service offers, the document's default is
preselected, and the PDF the dialog holds (what it shows, prints and saves) is the one built
for the choice: the offender's copy holds none of the victim-only canaries, the file's copy
holds them."""

from __future__ import annotations

import pytest
from reports_helpers import CANARY, build_canary_case, digits, text_of

from tests.ui.test_workflow import first_run, make_controller  # noqa: F401 - a fixture

WAIT = 15_000


@pytest.fixture
def desk(make_controller, qtbot):
    """A desk on a new vault, made through the first-run wizard."""
    c = make_controller()
    first_run(c, qtbot)
    return c


@pytest.fixture
def canary_case(desk, qtbot):
    made = []
    core = desk.core  # the test builds its case on the worker, as the screens' jobs run
    desk.runner.run(lambda: build_canary_case(core.session), on_done=made.append)
    qtbot.waitUntil(lambda: bool(made), timeout=WAIT)
    return made[0]


def choose(dialog, qtbot, audience: str) -> str:
    """Pick the first choice of ``audience`` as a person would, wait for its PDF, return
    the PDF's text."""
    index = next(i for i in range(dialog.audience.count())
                 if dialog.audience.itemData(i)[0] == audience)
    dialog.audience.setCurrentIndex(index)
    wanted = tuple(dialog.audience.itemData(index))
    qtbot.waitUntil(lambda: dialog.pdf is not None and dialog.pdf_for == wanted
                    and dialog.save_button.isEnabled(), timeout=WAIT)
    assert dialog.images
    return text_of(dialog.pdf)


def open_dialog(desk, qtbot, document: str, record_id: str):
    from inspector_desk.ui.documents import DocumentDialog

    dialog = DocumentDialog(desk.desk, document, record_id, desk.window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.pdf is not None and dialog.audience.count() > 0,
                    timeout=WAIT)
    return dialog


def no_canary(text: str) -> bool:
    return CANARY.casefold() not in text.casefold()


def test_the_order_for_the_offender_and_for_the_file(desk, canary_case, qtbot):
    cc = canary_case
    dialog = open_dialog(desk, qtbot, "measure-notice", cc.measures["protective_order"])
    assert dialog.audience.isVisibleTo(dialog) and dialog.audience.isEnabled()
    offered = [dialog.audience.itemData(i)[0] for i in range(dialog.audience.count())]
    assert offered[0] == "offender" and offered[-1] == "internal" and "protected" in offered
    captions = [dialog.audience.itemText(i) for i in range(dialog.audience.count())]
    assert captions[0] == "Offender's copy: Жұмабаев Нұрлан Бекұлы"
    assert captions[-1] == "Copy for the file"
    # preselected: the document's default, the paper served on the offender
    assert dialog.audience.currentIndex() == 0 and dialog.pdf_for == ("offender", cc.offender)
    shown = text_of(dialog.pdf)
    assert no_canary(shown) and "Жұмабаев Нұрлан Бекұлы" in shown

    file_copy = choose(dialog, qtbot, "internal")
    assert CANARY in file_copy  # the canaries were there to be leaked

    offender = choose(dialog, qtbot, "offender")
    assert no_canary(offender)
    assert digits("+7 701 404 40 41")[-10:] not in digits(offender)  # the victim's phone

    protected = choose(dialog, qtbot, "protected")
    assert "Жұмабаева Гүлнұр Өмірзаққызы" in protected and no_canary(protected)


def test_the_visit_act_for_the_file_and_for_the_offender(desk, canary_case, qtbot):
    cc = canary_case
    dialog = open_dialog(desk, qtbot, "visit", cc.visit)
    assert [dialog.audience.itemData(i) for i in range(dialog.audience.count())] == [
        ("internal", None), ("offender", cc.offender)]
    assert dialog.pdf_for == ("internal", None)  # the act's default: the case file's copy
    assert CANARY in text_of(dialog.pdf)
    offender = choose(dialog, qtbot, "offender")
    assert no_canary(offender) and "Жұмабаев Нұрлан Бекұлы" in offender
    # a change of language keeps the choice
    dialog.language.setCurrentIndex(dialog.language.findData("kk"))
    qtbot.waitUntil(lambda: dialog.pdf is not None and dialog.save_button.isEnabled(),
                    timeout=WAIT)
    assert dialog.pdf_for == ("offender", cc.offender) and no_canary(text_of(dialog.pdf))


def test_one_rendering_is_shown_but_not_offered_as_a_choice(desk, canary_case, qtbot):
    dialog = open_dialog(desk, qtbot, "incident", canary_case.incident)
    assert dialog.audience.count() == 1 and not dialog.audience.isEnabled()
    assert dialog.audience.isVisibleTo(dialog)


def test_no_choice_for_the_case_summary(desk, canary_case, qtbot):
    from inspector_desk.ui.documents import DocumentDialog

    dialog = DocumentDialog(desk.desk, "case-summary", canary_case.case_id, desk.window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=WAIT)
    assert dialog.audience.count() == 0 and not dialog.audience.isVisibleTo(dialog)
