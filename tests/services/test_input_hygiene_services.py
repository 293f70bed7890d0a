"""Input hygiene at the core boundary, through the real services on a real vault: what enters
as a person, a case or form answers is normalised and cleaned before it is checked and saved,
whichever screen or command passed it."""

import pytest

from inspector_desk.core.errors import Conflict, InvalidIIN, ValidationError
from inspector_desk.core.records import FamilyCase, Person, Visit
from inspector_desk.core.services import PersonInput

IIN = "880315400010"
FULL_WIDTH = "８８０３１５４０００１０"
ARABIC_INDIC = "٨٨٠٣١٥٤٠٠٠١٠"
HOSTILE = "\x1b[31m\u202e\u200b\x07"  # colour escape, right-to-left override, zero-width, bell


def open_case(svc, address="г. Астана, ул. Кенесары, д. 40, кв. 12"):
    return svc.cases.open_case(address=address, district="Есиль", source="102").created


def stored_iin(session, person_id):
    """The ИИН as the vault's own column holds it (not via the decoded record)."""
    return session.store.conn.execute("SELECT iin FROM persons WHERE id = ?",
                                      (person_id,)).fetchone()[0]


@pytest.mark.parametrize("typed", [FULL_WIDTH, ARABIC_INDIC])
def test_an_iin_in_other_digits_is_stored_found_and_a_duplicate(session, typed):
    svc = session.services
    c = open_case(svc)
    pid = svc.people.add_person(PersonInput(last_name="Нұрпейісова", first_name="Әсел", iin=typed)).created
    svc.people.add_participant(c, pid, "affected", "self")
    assert stored_iin(session, pid) == IIN
    p = session.store.get(Person, pid)
    assert p.iin == IIN and p.birth_date.isoformat() == "1988-03-15" and p.sex == "F"

    for query in (IIN, FULL_WIDTH, ARABIC_INDIC, FULL_WIDTH[:7], "٨٨٠٣١٥"):
        hits = svc.cases.search(query)
        assert [list(h.case_ids) for h in hits] == [[c]], query

    with pytest.raises(Conflict) as exc:
        svc.people.add_person(PersonInput(last_name="Нурпеисова", first_name="Асель", iin=IIN))
    assert exc.value.params["person_id"] == pid
    with pytest.raises(Conflict):
        svc.people.add_person(PersonInput(last_name="Н", first_name="А", iin="8803 1540 0010"))
    other = svc.people.add_person(PersonInput(last_name="Другая", first_name="Персона")).created
    with pytest.raises(Conflict):
        svc.people.update_person(other, PersonInput(last_name="Другая", first_name="Персона",
                                             iin=ARABIC_INDIC if typed == FULL_WIDTH else FULL_WIDTH))


def test_an_ascii_iin_is_a_duplicate_of_a_later_full_width_one(session):
    svc = session.services
    first = svc.people.add_person(PersonInput(last_name="А", first_name="Б", iin=IIN)).created
    with pytest.raises(Conflict) as exc:
        svc.people.add_person(PersonInput(last_name="А", first_name="Б", iin=FULL_WIDTH))
    assert exc.value.params["person_id"] == first


@pytest.mark.parametrize("typed", ["８８０３１５４０００１２", "٨٨٠٣١٥٤٠٠٠١٢"])
def test_a_wrong_check_digit_in_other_digits_is_refused_as_usual(session, typed):
    with pytest.raises(InvalidIIN) as exc:
        session.services.people.add_person(PersonInput(last_name="А", first_name="Б", iin=typed))
    assert exc.value.errors == {"iin": ["iin_check_digit"]}
    assert session.store.find(Person) == []


def test_names_and_texts_of_a_person_are_stored_clean_with_kazakh_letters(session):
    svc = session.services
    pid = svc.people.add_person(PersonInput(
        last_name=f"{HOSTILE}Нұрпейісова\x1b[0m", first_name="Ә\u200dсел\u202c",
        patronymic="Ғалымқызы\x1b]0;owned\x07", address="ул. Қабанбай\n батыр,\u2066 11",
        safe_contact="\u200fсестра Өміргүл", notes="первая строка\r\nвторая\x1b[2J\tстрока\x00",
        phones=["＋７ ７０１ ５５５ １２ ３４\u200b"],
    )).created
    p = session.store.get(Person, pid)
    assert (p.last_name, p.first_name, p.patronymic) == ("Нұрпейісова", "Әсел", "Ғалымқызы")
    assert p.address == "ул. Қабанбай батыр, 11"
    assert p.safe_contact == "сестра Өміргүл"
    assert p.notes == "первая строка\nвторая\tстрока"
    assert p.phones == ["+7 701 555 12 34"]
    assert svc.cases.search("Нұрпейісова Әсел")[0].title.startswith("Нұрпейісова Әсел")
    assert svc.cases.search("7015551234") and svc.cases.search("８７０１５５５１２３４")

    svc.people.update_person(pid, PersonInput(last_name="Сейтқали\x1b[1mева", first_name="Әсел\u202e"))
    p = session.store.get(Person, pid)
    assert (p.last_name, p.first_name) == ("Сейтқалиева", "Әсел")


def test_a_name_of_nothing_but_control_characters_is_missing(session):
    with pytest.raises(ValidationError) as exc:
        session.services.people.add_person(PersonInput(last_name="\x1b[31m\u200b", first_name="\u202e"))
    assert exc.value.errors == {"last_name": ["required"], "first_name": ["required"]}


def test_a_phone_with_letters_left_is_refused(session):
    with pytest.raises(ValidationError) as exc:
        session.services.people.add_person(PersonInput(last_name="А", first_name="Б",
                                                phones=["+7 701 55S 12 34"]))
    assert exc.value.errors == {"phones": ["phone_format"]}


def test_case_address_and_closing_note_are_stored_clean(session):
    svc = session.services
    c = svc.cases.open_case(address=f"{HOSTILE}г. Астана, ул. Сығанақ, д. ３", district="Есиль\u200b",
                      beat="\x1b[7mуч. 4", source="102").created
    case = session.store.get(FamilyCase, c)
    assert (case.address, case.district, case.beat) == ("г. Астана, ул. Сығанақ, д. ３", "Есиль",
                                                        "уч. 4")
    assert [list(h.case_ids) for h in svc.cases.search("Сығанақ 3")] == [[c]]
    svc.cases.update_case(c, address="ул. Күйші Дина,\u202e 8\x1b[0m")
    assert session.store.get(FamilyCase, c).address == "ул. Күйші Дина, 8"
    svc.cases.close_case(c, "other", note="переехали\r\nв Алматы\x1b[31m\u2067")
    assert session.store.get(FamilyCase, c).closure_note == "переехали\nв Алматы"


def test_form_answers_are_stored_clean_and_textareas_keep_their_lines(session):
    svc = session.services
    c = open_case(svc)
    victim = svc.people.add_person(PersonInput(last_name="Оспанова", first_name="Мәдина")).created
    svc.people.add_participant(c, victim, "affected", "self")
    answers = {"visit_at": "2026-11-19T15:00", "visit_type": "planned", "place": "home",
               "visit_address": "г. Астана,\n ул. Сығанақ\x1b[31m, д. 3\u202e",
               "persons_met": [{"person": victim + "\u200b", "role": "affected"}],
               "conversation_held": "no", "intoxication": "no", "children_present": "no",
               "rights_explained": ["line_111"], "measure_in_force": "no",
               "risk_reassessed": "no", "next_visit": "2026-12-03",
               "home_conditions": "чисто,\r\n\tтепло\x07 ҚҰҮ\x1b]0;x\x07"}
    draft = svc.desk.save_draft("visit", c, answers)
    assert draft.answers["home_conditions"] == "чисто,\n\tтепло ҚҰҮ"
    assert [d.answers["visit_address"] for d in svc.desk.drafts(c)] == ["г. Астана, ул. Сығанақ, д. 3"]

    vid = svc.desk.save_form("visit", c, answers, draft_id=draft.id).created
    v = session.store.get(Visit, vid)
    assert v.answers["visit_address"] == "г. Астана, ул. Сығанақ, д. 3"
    assert v.answers["home_conditions"] == "чисто,\n\tтепло ҚҰҮ"
    assert v.answers["persons_met"][0]["person"] == victim

    svc.records.update_record(Visit, vid, {**v.answers, "home_conditions": "\u202eхолодно\x1b[0m"})
    assert session.store.get(Visit, vid).answers["home_conditions"] == "холодно"
