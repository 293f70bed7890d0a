"""One clock on a computer set to UTC: the session clock runs in the unit's zone (UTC+5, the
dated legal fact ``unit_utc_offset``), and "now" typed in a form, a draft's stamp, the time
on a printed act and the act's "printed" line all read it, never the computer's setting.

The process is switched to TZ=UTC for the test (``time.tzset``), so ``datetime.now()``,
``QDateTime.currentDateTime()`` and friends are five hours behind the unit: any of them left
in the screens or the papers shows up as a five-hour difference."""

from __future__ import annotations

import datetime as dt
import os
import re
import time

import pytest

from inspector_desk.core.ports import KZ_TZ, SystemClock, in_zone, unit_zone
from inspector_desk.core.services import PersonInput
from tests.support.typing import type_text
from tests.ui.test_workflow import first_run, make_controller, new_case, open_form  # noqa: F401

WAIT = 15_000
FIVE = dt.timedelta(hours=5)


@pytest.fixture
def utc_machine():
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


def close(a: dt.datetime, b: dt.datetime, minutes: int = 2) -> bool:
    return abs(a.replace(tzinfo=None) - b.replace(tzinfo=None)) <= dt.timedelta(minutes=minutes)


def test_the_zone_is_the_dated_legal_fact():
    from inspector_desk.reports.documents import default_legal

    legal = default_legal()
    entry = legal.entry("unit_utc_offset", dt.date(2026, 12, 7))
    assert entry is not None and entry.value == 5 and entry.valid_from == dt.date(2024, 3, 1)
    assert entry.source and entry.status in ("verified", "secondary")
    assert unit_zone(legal).utcoffset(None) == FIVE == KZ_TZ.utcoffset(None)
    assert legal.entry("unit_utc_offset", dt.date(2024, 2, 29)) is None  # UTC+6 before, mostly
    # a moment stored with another offset is the same instant on the unit's clock; a typed
    # (naive) time is already on the unit's clock and stays as typed
    before = dt.datetime(2024, 2, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=6)))
    assert in_zone(before, KZ_TZ).hour == 9
    assert in_zone(dt.datetime(2026, 1, 1, 9, 14)).hour == 9


def test_one_clock_on_a_computer_set_to_utc(utc_machine, make_controller, qtbot):
    from inspector_desk.app import documents
    from inspector_desk.ui import clock as ui_clock
    from tests.reports.reports_helpers import text_of, v2_samples

    # the machine is on UTC: its own idea of local time is five hours behind the unit
    assert dt.datetime.now().astimezone().utcoffset() == dt.timedelta(0)
    c = make_controller()
    assert isinstance(c.profiles.clock, SystemClock)  # the real clock, not a test's
    first_run(c, qtbot)
    unit_now = c.profiles.clock.now()
    assert unit_now.utcoffset() == FIVE
    assert close(unit_now, dt.datetime.now(dt.timezone.utc) + FIVE)
    assert not close(unit_now, dt.datetime.now())  # the test can tell the two clocks apart
    assert close(ui_clock.now(), unit_now)

    # "now" typed into the visit's date and time
    case_id = new_case(c, qtbot)
    svc = c.core.services
    victim = c.runner.call(lambda: svc.people.add_person_to_case(case_id, PersonInput(
        last_name="Нұрпейісова", first_name="Әсел"), "affected", "self").created)
    child = c.runner.call(lambda: svc.people.add_person_to_case(case_id, PersonInput(
        last_name="Нұрпейісов", first_name="Дәурен", birth_date=dt.date(2016, 4, 1)),
        "child", "child").created)
    form = open_form(c, qtbot, "visit")
    editor = form.editors["visit_at"]
    target = editor.focus_target() if hasattr(editor, "focus_target") else editor.edit
    if editor.value() is not None:  # prefilled with "now" when the form opens: same clock
        prefilled = dt.datetime.fromisoformat(str(editor.value()))
        assert close(prefilled, c.profiles.clock.now()), (prefilled, c.profiles.clock.now())
    target.clear()
    type_text(target, "now")
    typed = dt.datetime.fromisoformat(str(editor.value()))
    assert close(typed, c.profiles.clock.now()), (typed, c.profiles.clock.now())

    # the draft's stamp
    form.save_draft()
    qtbot.waitUntil(lambda: re.search(r"\d\d:\d\d:\d\d", form.draft_note.text()) is not None,
                    timeout=WAIT)
    stamp = re.search(r"(\d\d):(\d\d):\d\d", form.draft_note.text())
    drafted = c.profiles.clock.now().replace(hour=int(stamp[1]), minute=int(stamp[2]))
    assert close(drafted, c.profiles.clock.now()), form.draft_note.text()

    # the act: the visit's time (as typed: "now") and "printed" on one clock
    answers = v2_samples("prevention_visit")[1]
    answers.update(visit_at=typed.strftime("%Y-%m-%dT%H:%M"),
                   persons_met=[{"person": child, "role": "child"},
                                {"person": victim, "role": "affected"}],
                   conversation_with=child, companion_person=victim,
                   guardianship_notified_at=typed.date().isoformat(),
                   next_visit=(typed.date() + dt.timedelta(days=3)).isoformat())
    visit_id = c.runner.call(lambda: svc.records.record_visit(case_id, answers).created)
    pdf = c.runner.call(lambda: documents.print_document(c.core.session, "visit", visit_id, "ru"))
    text = re.sub(r"\s+", " ", text_of(pdf))
    assert typed.strftime("%d.%m.%Y %H:%M") in text or typed.strftime("%H:%M") in text, text[:400]
    printed = re.search(r"Напечатано (\d\d\.\d\d\.\d{4}) (\d\d:\d\d)", text)
    assert printed, text[-400:]
    printed_at = dt.datetime.strptime(" ".join(printed.groups()), "%d.%m.%Y %H:%M")
    assert close(printed_at, c.profiles.clock.now()) and close(printed_at, typed)
    # the saved copy is named by the paper, the case number and the day: no person's name
    name = c.runner.call(lambda: documents.file_name(c.core.session, "visit", visit_id))
    case_no = c.runner.call(lambda: svc.cases.get_case(case_id).case.case_no)
    assert name == f"akt-poseshcheniya-{case_no}-{typed.date().isoformat()}.pdf"

    # Settings say which clock that is
    c.desk.show_page("settings")
    assert c.desk.settings.zone.text().startswith("UTC+5")
