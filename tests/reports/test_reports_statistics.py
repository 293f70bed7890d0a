"""Monthly statistics: the figures from plain records (core/statistics.py, pure Python) and
the printed page."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from reports_helpers import squash, text_of

from inspector_desk.app import documents
from inspector_desk.app.demo import generate
from inspector_desk.core.ports import KZ_TZ
from inspector_desk.core.records import (
    FamilyCase,
    Incident,
    Measure,
    Referral,
    RiskAssessment,
    Visit,
)
from inspector_desk.core.rules import FollowUpRules
from inspector_desk.core.statistics import Month, monthly_statistics
from inspector_desk.paths import resource_dir


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=KZ_TZ)


@pytest.fixture(scope="module")
def rules() -> FollowUpRules:
    return FollowUpRules.from_mapping(json.loads(
        (resource_dir() / "rules" / "followup.json").read_text(encoding="utf-8")))


@pytest.fixture
def records():
    c1 = FamilyCase(case_no="X-2026-0001", inspector="A-1", opened_at=at("2026-10-01T09:00"))
    c2 = FamilyCase(case_no="X-2026-0002", inspector="A-1", opened_at=at("2026-11-10T09:00"),
                    status="closed", closed_at=at("2026-11-25T12:00"))
    c3 = FamilyCase(case_no="X-2026-0003", inspector="B-2", opened_at=at("2026-11-02T09:00"))
    c4 = FamilyCase(case_no="X-2026-0004", inspector="A-1", opened_at=at("2026-09-01T09:00"),
                    status="closed", closed_at=at("2026-10-15T09:00"))
    c5 = FamilyCase(case_no="X-2026-0005", inspector="A-1", opened_at=at("2026-11-20T09:00"))
    utc = dt.UTC
    visits = [
        # 00:30 on 1 November in Astana is still 31 October in UTC: it counts for November
        Visit(case_id=c1.id, visit_at=dt.datetime(2026, 10, 31, 19, 30, tzinfo=utc),
              visit_type="planned", answers={"conversation_held": "yes"}),
        Visit(case_id=c1.id, visit_at=at("2026-11-02T10:00"), visit_type="signal",
              answers={"conversation_held": "no"}),
        Visit(case_id=c1.id, visit_at=at("2026-12-01T00:10"), visit_type="planned"),
        Visit(case_id=c1.id, visit_at=at("2026-10-31T23:59"), visit_type="planned"),
        Visit(case_id=c3.id, visit_at=at("2026-11-05T10:00"), visit_type="planned"),
        Visit(case_id=c1.id, visit_at=at("2026-11-06T10:00"), visit_type="joint", deleted=True),
    ]
    incidents = [
        Incident(case_id=c1.id, reported_at=at("2026-11-03T08:00"), channel="102",
                 violence_types=["physical", "psychological"]),
        Incident(case_id=c2.id, reported_at=at("2026-11-12T08:00"), channel="111",
                 violence_types=["economic"]),
        Incident(case_id=c1.id, reported_at=at("2026-10-28T08:00"), channel="102",
                 violence_types=["physical"]),
    ]
    measures = [
        Measure(case_id=c1.id, kind="protective_order", issued_at=at("2026-11-03T00:00"),
                valid_from=dt.date(2026, 11, 3), valid_to=dt.date(2026, 12, 3), status="active"),
        Measure(case_id=c1.id, kind="protective_order", issued_at=at("2026-10-05T00:00"),
                valid_from=dt.date(2026, 10, 5), valid_to=dt.date(2026, 11, 4), status="active"),
        Measure(case_id=c2.id, kind="special_requirements", issued_at=at("2026-11-12T00:00"),
                valid_from=dt.date(2026, 11, 12), valid_to=dt.date(2027, 5, 12),
                status="breached", updated_at=at("2026-11-20T15:00"), checkins_per_month=2),
        Measure(case_id=c1.id, kind="official_warning", issued_at=at("2026-11-15T00:00"),
                status="active"),
        Measure(case_id=c1.id, kind="protective_order", issued_at=at("2026-10-20T00:00"),
                valid_from=dt.date(2026, 10, 20), valid_to=dt.date(2026, 11, 19),
                status="cancelled"),
    ]
    referrals = [
        Referral(case_id=c1.id, referred_at=at("2026-11-04T00:00"), service="crisis_centre",
                 outcome="accepted"),
        Referral(case_id=c2.id, referred_at=at("2026-11-13T00:00"), service="legal_aid"),
        Referral(case_id=c1.id, referred_at=at("2026-12-01T00:00"), service="psychologist"),
    ]
    risks = [
        RiskAssessment(case_id=c1.id, assessed_at=at("2026-11-05T10:00"), level="medium"),
        RiskAssessment(case_id=c1.id, assessed_at=at("2026-12-02T10:00"), level="high"),
        RiskAssessment(case_id=c3.id, assessed_at=at("2026-11-05T10:00"), level="high"),
    ]
    return dict(cases=[c1, c2, c3, c4, c5], visits=visits, incidents=incidents,
                measures=measures, referrals=referrals, risks=risks)


def test_a_past_month(records, rules):
    s = monthly_statistics("2026-11", now=at("2026-12-05T10:00"), inspector="A-1", rules=rules,
                           **records)
    assert s.as_of == at("2026-11-30T23:59:59")
    assert (s.visits, s.conversations) == (2, 1)
    assert s.visits_by_type == {"planned": 1, "unplanned": 0, "signal": 1, "joint": 0}
    assert s.incidents == 2
    assert s.incidents_by_kind == {"physical": 1, "psychological": 1, "sexual": 0, "economic": 1}
    assert (s.incidents_by_channel["102"], s.incidents_by_channel["111"]) == (1, 1)
    assert s.measures_issued == {"protective_order": 1, "special_requirements": 1,
                                 "official_warning": 1, "admin_detention": 0,
                                 "preventive_register": 0}
    assert s.measures_expired["protective_order"] == 1 and sum(s.measures_expired.values()) == 1
    assert s.measures_breached["special_requirements"] == 1
    assert sum(s.measures_breached.values()) == 1
    assert s.referrals == 2
    assert (s.referrals_by_service["crisis_centre"], s.referrals_by_service["legal_aid"]) == (1, 1)
    assert s.referrals_by_outcome == {"pending": 1, "accepted": 1, "refused": 0, "no_show": 0}
    assert (s.cases_supervised, s.cases_opened, s.cases_closed) == (3, 2, 1)
    # at the end of November: c1 medium (the December assessment is later), c5 not assessed
    assert s.cases_by_risk == {"unknown": 1, "standard": 0, "medium": 1, "high": 0}
    assert [(o.case_no, o.reason) for o in s.overdue] == [
        ("X-2026-0001", "new_incident"), ("X-2026-0005", "routine_unknown")]
    assert s.overdue[0].days_overdue == 26
    assert json.dumps(s.to_dict())  # plain data, for headquarters


def test_the_current_month_stops_at_now(records, rules):
    s = monthly_statistics(Month(2026, 11), now=at("2026-11-14T12:00"), inspector="A-1",
                           rules=rules, **records)
    assert s.as_of == at("2026-11-14T12:00")
    assert sum(s.measures_expired.values()) == 1  # ended on 4 November
    assert s.cases_closed == 0 and s.cases_opened == 1
    assert s.cases_by_risk["medium"] == 1 and s.cases_by_risk["unknown"] == 1  # c1 and c2


def test_all_inspectors_and_no_rules(records):
    s = monthly_statistics("2026-11", now=at("2026-12-05T10:00"), **records)
    assert s.inspector is None and s.overdue is None
    assert s.visits == 3 and s.cases_by_risk["high"] == 1
    assert s.record_id == "stats:*:2026-11"
    cyrillic = monthly_statistics("2026-11", now=at("2026-12-05T10:00"), inspector="А-1047",
                                  cases=[])
    assert cyrillic.record_id == "stats:%D0%90-1047:2026-11"


def test_months_are_checked():
    assert str(Month.parse("2026-3")) == "2026-03"
    assert Month(2026, 12).end == at("2027-01-01T00:00")
    for bad in ("2026-13", "2026/11", "", "11-2026"):
        with pytest.raises(ValueError):
            Month.parse(bad)


def test_the_printed_page_shows_every_figure(session, rich):
    generate(session, households=20, seed=4)
    stats = documents.statistics(session, "2026-11")
    pdf = documents.print_statistics(session, "2026-11", "ru")
    text = text_of(pdf)
    flat = squash(text)
    for heading in ("Профилактические посещения", "Сообщения о бытовом насилии", "Меры защиты",
                    "Направления в организации помощи", "Учётные дела",
                    "Просроченные контакты", "ноябрь 2026 г."):
        assert squash(heading) in flat, heading
    assert squash(f"Всего посещений{stats.visits}") in flat
    assert squash(f"Всего сообщений{stats.incidents}") in flat
    assert squash(f"Физическое насилие{stats.incidents_by_kind['physical']}") in flat
    issued = stats.measures_issued["protective_order"]
    expired = stats.measures_expired["protective_order"]
    breached = stats.measures_breached["protective_order"]
    assert squash(f"Защитное предписание{issued}{expired}{breached}") in flat
    assert squash(f"Кризисный центр{stats.referrals_by_service['crisis_centre']}") in flat
    assert squash(f"Средний{stats.cases_by_risk['medium']}") in flat
    assert stats.overdue is not None
    for o in stats.overdue:
        assert o.case_no in text
    # counts and case numbers only: no names, no addresses
    assert "Нұрпейіс" not in text and "Астана," not in text
    assert stats.visits > 0 and stats.cases_supervised > 0


def test_statistics_in_kazakh_and_english(session, rich):
    kk = text_of(documents.print_statistics(session, "2026-11", "kk"))
    assert "2026 жылғы қараша" in kk and "Профилактикалық барулар" in kk
    en = text_of(documents.print_statistics(session, "2026-11", "en"))
    assert "November 2026" in en and "Preventive visits" in en
