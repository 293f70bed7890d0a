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


# --- the MVD's figures (issue 12, LEGAL-2026 E14; definitions: docs/statistics.md) ------------

import csv  # noqa: E402
import dataclasses  # noqa: E402
import io  # noqa: E402

from inspector_desk.core.iin import make_iin  # noqa: E402
from inspector_desk.core.legal import LegalReference  # noqa: E402
from inspector_desk.core.records import Participant, Person  # noqa: E402
from inspector_desk.core.statistics import (  # noqa: E402
    MVD_FIGURES,
    VICTIM_CATEGORIES,
    MonthlyStatistics,
    csv_text,
    flatten,
    statistics_by,
    victim_category,
)

NOW = at("2026-12-05T10:00")


def v2(**answers):
    """Answers of a version 2 form."""
    return dict(form_version=2, answers=answers)


def v1(**answers):
    return dict(form_version=1, answers=answers)


@pytest.fixture
def mvd():
    """Five cases in two districts and three inspectors, v1 and v2 records, every edge of
    the definitions (the expected numbers are in test_every_mvd_figure)."""
    c1 = FamilyCase(case_no="M-1", district="D1", inspector="A-1", opened_at=at("2026-05-01T09:00"))
    c2 = FamilyCase(case_no="M-2", district="D1", inspector="A-1", opened_at=at("2025-09-01T09:00"))
    c3 = FamilyCase(case_no="M-3", district="D2", inspector="B-2", opened_at=at("2026-11-01T09:00"))
    c4 = FamilyCase(case_no="M-4", district="D1", inspector="C-3", opened_at=at("2026-11-14T09:00"))
    c5 = FamilyCase(case_no="M-5", district="D2", inspector="B-2", opened_at=at("2026-10-01T09:00"))
    gone = FamilyCase(case_no="M-6", district="D2", inspector="B-2", deleted=True,
                      opened_at=at("2026-11-01T09:00"))
    P = Person
    woman = P(last_name="W", sex="F", birth_date=dt.date(1990, 1, 1))
    man = P(last_name="M", sex="M", birth_date=dt.date(1985, 5, 5))
    role_child = P(last_name="RC", sex="F")                                  # no age: role decides
    teen = P(last_name="T", iin=make_iin(dt.date(2008, 11, 10), "M", 7))    # 17 on 9 Nov: ИИН only
    sixty = P(last_name="S", sex="F", birth_date=dt.date(1966, 11, 5))       # 60 on 9 Nov
    nobody = P(last_name="U")                                               # nothing known
    small = P(last_name="K", sex="F", birth_date=dt.date(2019, 3, 3))       # protected only
    elder = P(last_name="E", sex="F", birth_date=dt.date(1950, 2, 2))
    woman2 = P(last_name="W2", iin=make_iin(dt.date(1995, 7, 7), "F", 3))   # ИИН only
    offenders = [P(last_name=f"O{n}", sex="M") for n in range(5)]
    persons = [woman, man, role_child, teen, sixty, nobody, small, elder, woman2, *offenders]

    def part(c, p, role):
        return Participant(case_id=c.id, person_id=p.id, role=role)

    participants = [
        part(c1, woman, "affected"), part(c1, offenders[0], "offender"), part(c1, role_child, "child"),
        part(c2, man, "affected"), part(c2, offenders[1], "offender"),
        part(c3, teen, "affected"), part(c3, sixty, "affected"), part(c3, nobody, "affected"),
        part(c3, small, "child"), part(c3, offenders[2], "offender"),
        part(c4, elder, "affected"), part(c4, offenders[3], "offender"),
        part(c5, woman2, "affected"), part(c5, offenders[4], "offender"),
        Participant(case_id=c5.id, person_id=man.id, role="affected", deleted=True),
        part(gone, woman, "affected"),
    ]
    I = Incident
    incidents = [
        I(case_id=c1.id, reported_at=at("2026-06-01T10:00"), **v2()),                 # i0
        I(case_id=c1.id, occurred_at=at("2026-11-03T07:30"), reported_at=at("2026-11-03T08:00"),
          violence_types=["physical"],
          **v2(admin_protocol="yes", protocol_article="koap_73", admin_outcome="arrest",
               arrest_days=10, qualification=["koap_73", "uk_108_1"], otp_petition="yes",
               otp_petition_date="2026-11-04")),                                       # i1
        I(case_id=c2.id, reported_at=at("2025-10-01T10:00"), **v1()),                 # 13 months
        I(case_id=c2.id, reported_at=at("2026-11-12T10:00"),
          **v1(qualification=["koap_73", "uk_109_1"], actions=["court_petition", "detained"])),
        I(case_id=c3.id, occurred_at=at("2026-11-09T20:00"), reported_at=at("2026-11-09T21:00"),
          **v2(admin_protocol="yes", protocol_article="koap_461", admin_outcome="fine",
               qualification=["uk_108_1", "uk_110"], otp_petition="yes",
               otp_petition_date="2026-11-10", prior_incidents_12m=0)),                # i3
        I(case_id=c3.id, reported_at=at("2026-11-20T10:00"),
          **v2(admin_protocol="no", qualification=["uk_125", "other"])),               # i4
        I(case_id=c4.id, reported_at=at("2026-11-15T22:00"),
          **v2(admin_protocol="unknown", admin_outcome="arrest", prior_incidents_12m=1,
               qualification=["uk_121_1"])),                                           # i5
        I(case_id=c5.id, reported_at=at("2026-10-10T10:00"), **v1()),
        I(case_id=c5.id, reported_at=at("2026-11-28T10:00"), form_version=1, answers={}),
        I(case_id=c5.id, reported_at=at("2026-11-29T10:00"), deleted=True,
          **v2(admin_protocol="yes", protocol_article="koap_73")),
        I(case_id=gone.id, reported_at=at("2026-11-29T10:00"), **v2(admin_outcome="arrest")),
    ]
    M = Measure
    d = dt.date
    measures = [
        M(case_id=c1.id, kind="protective_order", person_id=offenders[0].id,
          issued_at=at("2026-11-03T00:00"), valid_from=d(2026, 11, 3), valid_to=d(2026, 12, 2),
          **v2(preventive_register="yes",
               protected_persons=[{"person": woman.id}, {"person": role_child.id}])),   # m1
        M(case_id=c2.id, kind="special_requirements", person_id=offenders[1].id,
          issued_at=at("2026-11-20T00:00"), court_decision_date=d(2026, 11, 20),
          valid_from=d(2026, 11, 20), valid_to=d(2027, 2, 19), status="breached",
          updated_at=at("2026-11-25T12:00"), **v1(protected_person=man.id)),           # m2
        M(case_id=c2.id, kind="preventive_register", person_id=offenders[1].id,
          issued_at=at("2026-10-01T00:00"), valid_from=d(2026, 10, 1), **v1()),        # m3
        M(case_id=c3.id, kind="special_requirements", person_id=offenders[2].id,
          court_decision_date=d(2026, 12, 2),
          **v2(petition_date="2026-11-10", preventive_register="yes")),                # m4
        M(case_id=c3.id, kind="protective_order", person_id=offenders[2].id,
          issued_at=at("2026-11-09T00:00"), valid_from=d(2026, 11, 9), valid_to=d(2026, 12, 8),
          status="breached", updated_at=at("2026-11-21T09:00"),
          **v2(preventive_register="yes", protected_persons=[{"person": small.id}])),   # m5
        M(case_id=c4.id, kind="official_warning", person_id=offenders[3].id,
          issued_at=at("2026-11-15T00:00"), valid_from=d(2026, 11, 15), valid_to=d(2027, 11, 14),
          **v2(preventive_register="yes")),                                           # m6
        M(case_id=c4.id, kind="admin_detention", person_id=offenders[3].id,
          **v2(detained_from="2026-11-15T23:00", detained_until="2026-11-16T10:00")),   # m7
        M(case_id=c4.id, kind="admin_detention", person_id=offenders[3].id,
          issued_at=at("2026-11-30T00:00"), **v1()),                                   # m8
        M(case_id=c4.id, kind="official_warning", person_id=offenders[3].id,
          issued_at=at("2026-11-16T00:00"), **v2(preventive_register="yes")),          # m9: no term
        M(case_id=c5.id, kind="protective_order", person_id=offenders[4].id,
          issued_at=at("2026-10-21T00:00"), valid_from=d(2026, 10, 21), valid_to=d(2026, 11, 20),
          status="expired", **v2(preventive_register="yes")),                          # m10
        M(case_id=c5.id, kind="protective_order", person_id=offenders[4].id,
          issued_at=at("2026-11-02T00:00"), valid_from=d(2026, 11, 2), valid_to=d(2026, 12, 1),
          status="cancelled", **v2(preventive_register="yes")),                        # cancelled
    ]
    return dict(cases=[c1, c2, c3, c4, c5, gone], incidents=incidents, measures=measures,
                participants=participants, persons=persons)


EXPECTED = {
    "incidents": 6,
    "admin_protocols_73": 2,      # i1 (v2 protocol), the v1 report qualified under art. 73
    "protocols_461": 1,           # i3
    "measures_breached_461": 2,   # m2 (ОТП), m5 (order)
    "breaches_461": 2,            # per case the larger count: M-2 1, M-3 max(1, 1)
    "otp_petitions": 3,           # i1; the v1 court_petition; M-3 (i3 and m4 on one day: once)
    "otp_granted": 1,             # m2 (m4 is decided in December)
    "protective_orders_issued": 3,  # m1, m5 and the cancelled one
    "official_warnings_issued": 2,
    "admin_detentions": 2,        # m7 (by detained_from), m8
    "arrests": 2,                 # i1, i5
    "criminal_incidents": 5,
    "on_register": 4,             # m1, m3 (v1), m5 (breached stays), m6
    "victims": 9,
    "repeat_incidents": 4,        # i1 (June), i4 (i3), i5 (prior_incidents_12m), M-5 (October)
}


def test_every_mvd_figure(mvd):
    s = monthly_statistics("2026-11", now=NOW, **mvd)
    for name, value in EXPECTED.items():
        assert getattr(s, name) == value, name
    assert s.criminal_by_article == {"uk_106": 0, "uk_107": 0, "uk_108_1": 2, "uk_109_1": 1,
                                     "uk_110": 1, "uk_121_1": 1, "uk_125": 1}
    assert s.victims_by_category == {"child": 3, "elderly": 2, "woman": 2, "man": 1, "unknown": 1}
    assert sum(s.victims_by_category.values()) == s.victims
    assert list(s.victims_by_category) == list(VICTIM_CATEGORIES)
    assert (s.adult_age, s.elderly_age) == (18, 60)
    assert s.measures_issued["admin_detention"] == 1  # issued_at only, as before
    assert json.dumps(s.to_dict())


def test_records_without_participants_or_answers_never_fail(mvd):
    s = monthly_statistics("2026-11", now=NOW, cases=mvd["cases"], incidents=mvd["incidents"],
                           measures=mvd["measures"])
    # victims come from the measures' protected persons only, none of them known
    assert s.victims == 4 and s.victims_by_category["unknown"] == 4
    odd = [Incident(case_id=mvd["cases"][0].id, reported_at=at("2026-11-05T10:00"), form_version=2,
                    answers={"qualification": "uk_110", "prior_incidents_12m": "many",
                             "otp_petition": "yes", "otp_petition_date": "not a date"}),
           Incident(case_id=mvd["cases"][0].id, reported_at=at("2026-11-06T10:00"),
                    answers=None)]  # type: ignore[arg-type]
    bad = [Measure(case_id=mvd["cases"][0].id, kind="protective_order",
                   issued_at=at("2026-11-07T00:00"),
                   answers={"protected_persons": ["p-x", {"person": None}, 5],
                            "petition_date": 20261107})]
    s = monthly_statistics("2026-11", now=NOW, cases=mvd["cases"][:1], incidents=odd,
                           measures=bad, persons=[Person(iin="not an iin")],
                           participants=[])
    assert s.criminal_by_article["uk_110"] == 1 and s.otp_petitions == 1  # dated by the report
    assert s.victims == 1 and s.victims_by_category["unknown"] == 1


ADDITIVE = [f.name for f in dataclasses.fields(MonthlyStatistics)
            if f.name not in ("month", "inspector", "as_of", "overdue", "adult_age", "elderly_age")]


@pytest.mark.parametrize("by", ["district", "inspector"])
def test_groups_add_up_to_the_total(mvd, by):
    groups = statistics_by(by, "2026-11", now=NOW, **mvd)
    names = {"district": ["D1", "D2", "*"], "inspector": ["A-1", "B-2", "C-3", "*"]}[by]
    assert [g.group for g in groups] == names
    total = groups[-1].stats
    assert total.to_dict() == monthly_statistics("2026-11", now=NOW, **mvd).to_dict()
    for name in ADDITIVE:
        values = [getattr(g.stats, name) for g in groups[:-1]]
        if isinstance(getattr(total, name), dict):
            for code, n in getattr(total, name).items():
                assert sum(v.get(code, 0) for v in values) == n, (name, code)
        else:
            assert sum(values) == getattr(total, name), name
    for g in groups[:-1]:
        assert sum(g.stats.victims_by_category.values()) == g.stats.victims
    if by == "district":
        d1 = groups[0].stats
        assert (d1.admin_protocols_73, d1.arrests, d1.on_register, d1.victims) == (2, 2, 3, 4)
    else:
        assert groups[0].stats.inspector == "A-1"


def test_csv_holds_the_same_numbers(mvd):
    groups = statistics_by("district", "2026-11", now=NOW, **mvd)
    rows = list(csv.DictReader(io.StringIO(csv_text(groups, "district", "2026-11"))))
    assert [r["district"] for r in rows] == ["D1", "D2", "*"]
    for row, g in zip(rows, groups):
        assert row["month"] == "2026-11"
        flat = flatten(g.stats)
        assert set(flat) <= set(row)
        for name, value in flat.items():
            assert row[name] == str(value), name
    total = rows[-1]
    for name, value in EXPECTED.items():
        assert total[name] == str(value), name
    assert total["victims_by_category.child"] == "3" and total["criminal_by_article.uk_108_1"] == "2"
    for name in MVD_FIGURES:
        assert name in total


def test_ages_come_from_the_legal_reference(rules):
    legal = LegalReference.from_mapping({"entries": [
        {"id": "adult_age", "value": 16, "valid_from": "2026-11-01"},
        {"id": "adult_age", "value": 18, "valid_to": "2026-10-31"},
        {"id": "elderly_age", "value": 65}]})
    ruled = dataclasses.replace(rules, legal=legal)
    case = FamilyCase(case_no="L-1", opened_at=at("2026-01-01T00:00"))
    teen = Person(sex="M", birth_date=dt.date(2009, 6, 1))     # 17 in November
    sixty_two = Person(sex="F", birth_date=dt.date(1964, 6, 1))
    s = monthly_statistics(
        "2026-11", now=NOW, cases=[case], rules=ruled, persons=[teen, sixty_two],
        incidents=[Incident(case_id=case.id, reported_at=at("2026-11-03T10:00"))],
        participants=[Participant(case_id=case.id, person_id=teen.id, role="affected"),
                      Participant(case_id=case.id, person_id=sixty_two.id, role="affected")])
    assert (s.adult_age, s.elderly_age) == (16, 65)
    assert s.victims_by_category == {"child": 0, "elderly": 0, "woman": 1, "man": 1, "unknown": 0}
    # without the reference: the constants 18 / 60
    assert victim_category(teen, "affected", dt.date(2026, 11, 3)) == "child"
    assert victim_category(sixty_two, "affected", dt.date(2026, 11, 3)) == "elderly"
    # a known age beats the role; without one the role or the vulnerability mark decides
    assert victim_category(Person(sex="M", birth_date=dt.date(1990, 1, 1)), "child",
                           dt.date(2026, 11, 3)) == "man"
    assert victim_category(Person(sex="F"), "elderly", dt.date(2026, 11, 3)) == "elderly"
    assert victim_category(Person(vulnerabilities=["minor"]), "affected", None) == "child"
    assert victim_category(None, "affected", dt.date(2026, 11, 3)) == "unknown"


class _NoForms:
    """A registry that knows no form: codes print as themselves (these tests look at the
    MVD's figures, whose names live in reports/texts.py, not in the forms)."""

    def get(self, *args):
        raise KeyError(args)


def _signed_issuer():
    from inspector_desk.keystore.signing import SigningKey
    from inspector_desk.reports.layout import Issuer

    return Issuer(unit="УП района", name="Инспектор", login="A-1", signer=SigningKey.generate(),
                  printed_at=NOW)


CATEGORY_NAMES = {
    "ru": ("Показатели для отчёта МВД", "Составлено протоколов по ст. 73 КоАП",
           "ст. 461 КоАП", "ходатайств в суд", "Установлено судом особых требований",
           "Вынесено защитных предписаний", "официальных предостережений",
           "Административных задержаний", "административных арестов", "ст. 108-1 УК РК",
           "ст. 109-1 УК РК", "профилактическом учёте", "Повторные сообщения",
           "Потерпевшие по категориям", "Дети", "Пожилые", "Женщины", "Мужчины",
           "Категория не установлена"),
    "kk": ("ІІМ есебіне арналған көрсеткіштер", "ӘҚБтК 73-бабы", "ӘҚБтК 461-бабы",
           "сотқа жолданған өтінішхаттар", "Сот белгілеген ерекше талаптар",
           "қорғау нұсқамалары", "ресми алдын ала ескертулер", "Әкімшілік ұстап алулар",
           "әкімшілік қамаққа алулар", "ҚР ҚК 108-1-бабы", "ҚР ҚК 109-1-бабы",
           "профилактикалық есепте", "Қайталанған хабарламалар", "Жәбірленушілер санаттар бойынша",
           "Балалар", "Егде жастағы адамдар", "Әйелдер", "Ерлер", "Санаты анықталмаған"),
}


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_page_names_every_mvd_category(mvd, lang):
    from inspector_desk.reports.statistics import statistics_report, statistics_summary_report

    registry = _NoForms()
    s = monthly_statistics("2026-11", now=NOW, **mvd)
    flat = squash(text_of(statistics_report(s, registry, _signed_issuer(), lang)))
    for name in CATEGORY_NAMES[lang]:
        assert squash(name) in flat, name
    figures = {"ru": [("ст. 73 КоАП", 2), ("Повторные сообщения (в деле было сообщение за 12 "
                                            "месяцев до него)", 4), ("Дети", 3),
                      ("Потерпевших всего", 9), ("ст. 108-1 УК РК", 2)],
               "kk": [("Балалар", 3), ("Барлық жәбірленушілер", 9), ("ҚР ҚК 108-1-бабы", 2)]}
    for name, n in figures[lang]:
        assert squash(f"{name}{n}") in flat, name
    for mark in ("⚠", "уточнить", "сверить", "нақтылау", "тексеру"):
        assert mark not in flat
    groups = statistics_by("district", "2026-11", now=NOW, **mvd)
    summary = squash(text_of(statistics_summary_report(groups, "district", _signed_issuer(), lang)))
    for name in CATEGORY_NAMES[lang][1:]:
        if name not in ("Потерпевшие по категориям", "Жәбірленушілер санаттар бойынша"):
            assert squash(name) in summary, name
    assert squash({"ru": "Итого", "kk": "Жиыны"}[lang]) in summary
    assert squash({"ru": "По районам", "kk": "Аудандар бойынша"}[lang]) in summary
