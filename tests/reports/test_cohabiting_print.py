"""The case summary prints, beside each person where it was asked, whether the person lives
together with the affected person (Participant.cohabiting, issue 12 item 7), in ru and kk;
nothing for the affected person themself nor where it was never asked. The case summary is
internal (docs/documents.md): it has no offender rendering."""

from __future__ import annotations

import pytest
from reports_helpers import squash, text_of

from inspector_desk.app import documents
from inspector_desk.core.services import PersonInput

LABEL = {"ru": "Проживает совместно с пострадавшим", "kk": "Жәбірленушімен бірге тұрады"}
YES = {"ru": "да", "kk": "иә"}
NO = {"ru": "нет", "kk": "жоқ"}
UNKNOWN = {"ru": "неизвестно", "kk": "белгісіз"}


@pytest.fixture
def case_no(session):
    svc = session.services
    cid = svc.cases.open_case(address="ул. Сығанақ, 3", district="Есиль", source="102").created
    for last, role, relation, cohabiting in (
            ("Әлиева", "affected", "self", ""), ("Әлиев", "offender", "spouse", "no"),
            ("Бекова", "child", "common_child", "yes"), ("Көрші", "witness", "other", "unknown"),
            ("Сейітова", "family_member", "sibling", "")):
        svc.people.add_person_to_case(cid, PersonInput(last_name=last, first_name="Тест"), role,
                               relation, cohabiting)
    return svc.cases.get_case(cid).case.case_no


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_case_summary_prints_lives_with_the_victim(session, case_no, lang):
    raw = text_of(documents.print_case_summary(session, case_no, lang))
    text = squash(raw)
    label = squash(LABEL[lang])
    assert text.count(label) == 3  # the offender, the child and the witness; nobody else
    for value, name in ((NO, "ӘлиевТест"), (YES, "БековаТест"), (UNKNOWN, "КөршіТест")):
        # the role cell (caption, then the line) comes just before the person's name
        assert f"{label}:{squash(value[lang])}{name}" in text, (value[lang], name)
    for name in ("ӘлиеваТест", "СейітоваТест"):
        before = text[:text.index(name)]
        assert not before.endswith(tuple(f"{label}:{squash(v[lang])}"
                                         for v in (YES, NO, UNKNOWN))), name
