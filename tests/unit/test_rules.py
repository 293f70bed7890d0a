import datetime as dt
import json

import pytest

from inspector_desk.core.errors import ValidationError
from inspector_desk.core.ports import KZ_TZ
from inspector_desk.core.records import FamilyCase, Incident, Measure, Visit
from inspector_desk.core.rules import FollowUpRules
from inspector_desk.paths import resource_dir

NOW = dt.datetime(2026, 11, 20, 10, 0, tzinfo=KZ_TZ)


@pytest.fixture(scope="module")
def rules():
    return FollowUpRules.from_mapping(json.loads((resource_dir() / "rules" / "followup.json").read_text()))


def case(risk="standard", opened_days_ago=60, status="active"):
    return FamilyCase(case_no="X", risk_level=risk, status=status,
                      opened_at=NOW - dt.timedelta(days=opened_days_ago))


def visit(days_ago):
    return Visit(case_id="c", visit_at=NOW - dt.timedelta(days=days_ago))


@pytest.mark.parametrize("risk, interval", [("standard", 30), ("medium", 14), ("high", 7)])
def test_routine_interval_follows_risk(rules, risk, interval):
    due = rules.next_due(case(risk), [visit(3)], [], [])
    assert due.at == NOW - dt.timedelta(days=3) + dt.timedelta(days=interval)
    assert due.reason == f"routine_{risk}"


def test_new_incident_needs_contact_within_a_day(rules):
    inc = Incident(case_id="c", occurred_at=NOW - dt.timedelta(hours=5),
                   reported_at=NOW - dt.timedelta(hours=4))
    due = rules.next_due(case(), [visit(10)], [inc], [])
    assert (due.at, due.reason) == (NOW + dt.timedelta(hours=20), "new_incident")


def test_incident_before_the_last_visit_is_already_handled(rules):
    inc = Incident(case_id="c", occurred_at=NOW - dt.timedelta(days=12),
                   reported_at=NOW - dt.timedelta(days=12))
    assert rules.next_due(case(), [visit(10)], [inc], []).reason == "routine_standard"


def test_protective_order_checks_midterm_and_before_expiry(rules):
    start = dt.date(2026, 11, 1)
    order = Measure(case_id="c", kind="protective_order", valid_from=start,
                    valid_to=rules.default_order_end(start), status="active")
    # 30 days from service, the day of service not counted (the legal reference's
    # order_term_counting, after КоАП art. 739): served 1 Nov, ends 1 Dec.
    assert order.valid_to == dt.date(2026, 12, 1)
    # Last visit 20 days ago: the routine contact falls on 30 Nov; the mid-term check is earlier.
    due = rules.next_due(case("standard", 60), [visit(20)], [], [order])
    assert due.reason == "order_midterm"
    assert due.at == dt.datetime(2026, 11, 16, tzinfo=KZ_TZ)
    # A visit within the mid-term window covers it; the expiry check (28 Nov) remains.
    due = rules.next_due(case("standard", 60), [visit(5)], [], [order])
    assert due.reason == "order_expiry_check"
    assert due.at == dt.datetime(2026, 11, 28, tzinfo=KZ_TZ)


def test_court_requirements_schedule_monthly_checkins(rules):
    m = Measure(case_id="c", kind="special_requirements", valid_from=dt.date(2026, 10, 1),
                valid_to=dt.date(2027, 4, 1), checkins_per_month=4, status="active",
                issued_at=NOW - dt.timedelta(days=50))
    due = rules.next_due(case("standard"), [visit(2)], [], [m])
    assert due.reason == "court_checkin"
    assert due.at == NOW - dt.timedelta(days=2) + dt.timedelta(days=7.5)


def test_closed_case_is_never_due(rules):
    assert rules.next_due(case(status="closed"), [], [], []) is None


def test_expiring_window(rules):
    m = Measure(case_id="c", kind="protective_order", valid_to=dt.date(2026, 11, 24), status="active")
    assert rules.expiring(m, dt.date(2026, 11, 20))
    assert not rules.expiring(m, dt.date(2026, 11, 18))
    assert not rules.expiring(m, dt.date(2026, 11, 25))


def test_malformed_rules_are_a_clear_error():
    with pytest.raises(ValidationError) as exc:
        FollowUpRules.from_mapping({"rules_version": "x"})
    assert "follow-up rules are malformed" in str(exc.value)
    data = json.loads((resource_dir() / "rules" / "followup.json").read_text())
    data["contact_interval_days"]["high"] = 0
    with pytest.raises(ValidationError, match="contact_interval_days.high"):
        FollowUpRules.from_mapping(data)


def test_an_official_warning_on_the_register_is_contacted_on_the_register_interval(rules):
    """v2 forms: the register follows the measure (MVD Rules 05.03.2026), not a measure of
    its own; a warning marked for the register gets the register's contact interval."""
    warning = Measure(case_id="c", kind="official_warning", status="active",
                      valid_from=dt.date(2026, 11, 1), answers={"preventive_register": "yes"})
    due = rules.next_due(case("standard", 60), [visit(29)], [], [warning])
    assert due.reason == "routine_standard"  # interval 30 from the visit 29 days ago: 1 day
    off = Measure(case_id="c", kind="official_warning", status="active",
                  valid_from=dt.date(2026, 11, 1), answers={"preventive_register": "no"})
    rules_short = type(rules).from_mapping({**rules.source, "measures": {
        **rules.source["measures"], "preventive_register": {"contact_interval_days": 1}}})
    assert rules_short.next_due(case("standard", 60), [visit(29)], [], [warning]).reason \
        == "register_contact"
    assert rules_short.next_due(case("standard", 60), [visit(29)], [], [off]).reason \
        == "routine_standard"
