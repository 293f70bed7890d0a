"""The inspector's case page shows headquarters' linked-person notices (issue 17, item 7):
a real desk window (pytest-qt, offscreen), enrolled with a real headquarters; another
inspector's laptop holds the same offender (same ИИН); the analyst confirms the link at
headquarters; the update pack is imported on this desk, and the case page names the other
case and its inspector, and nothing on a case without a notice."""

from __future__ import annotations

from PySide6.QtCore import Qt

from inspector_desk.app import sync
from inspector_desk.core.services import PersonInput
from inspector_desk.hq import devices, links
from tests.hq.test_authority import send
from tests.hq.test_links import IIN, family
from tests.sync.fixtures import hq_home, hq_keys_dir, make_device, sqlite_hub, unlocked_hq  # noqa: F401
from tests.ui.test_workflow import first_run, make_controller  # noqa: F401 - fixtures

WAIT = 15_000


def open_case_page(c, qtbot, case_id: str):
    c.desk.open_case(case_id)
    qtbot.waitUntil(lambda: c.desk.case_page is not None and c.desk.case_page.case_id == case_id
                    and c.desk.case_page.view is not None, timeout=WAIT)
    return c.desk.case_page


def test_the_case_page_shows_a_linked_person_notice(make_controller, qtbot, sqlite_hub, make_device, tmp_path):
    hub = sqlite_hub
    c = make_controller()
    first_run(c, qtbot)
    session = c.core.session
    request = c.runner.call(lambda: sync.enrolment_request(session, tmp_path))
    _row, data = devices.approve(hub.repo, hub.keys, request.read_bytes(), case_prefix="K7QM",
                                 at="2026-11-20T10:00:00+05:00", actor="test")
    (tmp_path / "K7QM.idenrol").write_bytes(data)
    c.runner.call(lambda: sync.import_enrolment(session, tmp_path / "K7QM.idenrol",
                                                expect_hq_key_id=hub.keys.public.signing_key_id))
    mine = c.runner.call(lambda: family(session, "ул. Абая 1", PersonInput(
        last_name="Ахметов", first_name="Серик", iin=IIN)))
    quiet = c.runner.call(lambda: family(session, "ул. Сейфуллина 3", PersonInput(
        last_name="Жумабаев", first_name="Ерлан")))
    b = make_device("b", "B-2")
    hub.enrol(b, "BBBB")
    theirs = family(b, "ул. Кенесары 2", PersonInput(last_name="Ахметов", first_name="Серік", iin=IIN))
    c.runner.call(lambda: send(hub, session, tmp_path / "a1"))
    send(hub, b, tmp_path / "b1")

    page = open_case_page(c, qtbot, mine[0])
    assert page.notices.isHidden()  # nothing from headquarters yet

    [pair] = [p for p in links.candidates(hub.repo) if p.reason == "iin"]
    links.confirm(hub.repo, hub.keys, pair.ref, note="один человек", actor="analyst",
                  at="2026-11-20T11:00:00+05:00", out_dir=tmp_path / "updates")
    [pack] = [p for p in (tmp_path / "updates").glob("*.idu") if session.actor.device_id[:8] in p.name]
    assert len(c.runner.call(lambda: sync.import_update(session, pack)).notices) == 1

    page = open_case_page(c, qtbot, quiet[0])
    qtbot.wait(50)
    assert page.notices.isHidden()
    page = open_case_page(c, qtbot, mine[0])
    qtbot.waitUntil(lambda: page.notices.isVisible(), timeout=WAIT)
    text = page.notices.text()
    assert theirs[1] in text and "B-2" in text and mine[1] in text  # the other case, its inspector
    assert "Ахметов" in text  # the person, as this vault knows them
    assert page.notices.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
