"""A phone number is found by any part of it (issue 15 item 11), in the case register and in
the search-as-you-type, on a real vault; 8… and +7… are the same Kazakh number; the index
(migration 0008) follows edits and deletions and is filled for a vault made before it."""

from __future__ import annotations

import pytest

from inspector_desk.core.records import CaseFilter, Person
from inspector_desk.core.services import PersonInput
from inspector_desk.storage.search_phone import canonical_phone, phone_fragments, phone_tails
from inspector_desk.storage.vault import schema_version_latest

PHONE = "+7 701 123 45 67"


@pytest.fixture
def register(session):
    """Three cases: the one to find (its victim has PHONE), a neighbour whose number shares
    only short pieces with it, and one whose address has the digits "1234" in a word."""
    svc = session.services
    ids = {}
    for key, address, last, phones in (
            ("target", "г. Астана, ул. Сығанақ, д. 3", "Оспанова", [PHONE]),
            ("other", "г. Астана, пр. Абая, д. 5", "Ахметова", ["8 (702) 987 12 00"]),
            ("house", "г. Астана, ул. Орынбор, д. 1234", "Ким", [])):
        cid = svc.cases.open_case(address=address, district="Есиль", source="111").created
        svc.people.add_person_to_case(cid, PersonInput(last_name=last, first_name="Айгүл", phones=phones),
                               "affected", "self")
        ids[key] = cid
    return session, ids


def found(session, text: str) -> set[str]:
    f = CaseFilter(text=text, status="all")
    rows = session.services.desk.case_page(f, limit=50)
    assert session.services.desk.case_count(f) == len(rows)
    return {r.id for r in rows}


@pytest.mark.parametrize("typed", [
    "4567", "12 34", "123-45", "+7 (701) 123", "87011234567", "8 701 123 45 67", "+77011234567",
    "7011234567", "701 123", "8 701 12", "０１１２",  # full-width digits are digits too
])
def test_any_part_of_the_number_finds_the_case(register, typed):
    session, ids = register
    assert ids["target"] in found(session, typed)
    assert ids["other"] not in found(session, typed)


def test_short_or_foreign_pieces_find_nothing_by_phone(register):
    session, ids = register
    assert found(session, "7012") == set()  # not inside 7 701 123 45 67 (…0112…)
    assert found(session, "456") == set()  # three digits: too short to be a phone search
    assert found(session, "987 12") == {ids["other"]}
    # Digits typed with words are words, not a phone: the address's "1234" still finds.
    assert found(session, "Орынбор 1234") == {ids["house"]}
    assert found(session, "1234") == {ids["target"], ids["house"]}


def test_search_as_you_type_finds_people_by_a_piece_of_their_number(register):
    session, ids = register
    hits = session.services.cases.search("12 34")
    assert [h.title for h in hits if h.kind == "person"] == ["Оспанова Айгүл"]
    assert ids["target"] in next(h for h in hits if h.kind == "person").case_ids
    assert session.services.cases.search("7012") == []


def test_the_index_follows_edits_and_deletions(register):
    session, ids = register
    store = session.store
    person = next(p for p in store.find(Person) if p.last_name == "Оспанова")
    with store.transaction():
        person.phones = ["8 777 000 11 22"]
        store.put(person)
    assert found(session, "4567") == set()
    assert found(session, "000 11") == {ids["target"]}
    with store.transaction():
        person.deleted = True
        store.put(person)
    assert found(session, "000 11") == set()


def test_a_vault_made_before_schema_8_gets_the_index_filled(register):
    session, ids = register
    vault = session.vault
    latest = schema_version_latest()
    assert vault.schema_version == latest >= 8
    vault.conn.execute("DROP TABLE phone_fts")  # as schema 7 left it
    vault.conn.execute("DROP TABLE case_affected")
    vault.conn.execute("PRAGMA user_version = 7")
    assert vault.migrate(upto=8) == [8]  # creates the index and fills it from the records
    assert vault.store.meta("search.rebuild") is None
    assert ids["target"] in found(session, "12 34")
    assert found(session, "987 12") == {ids["other"]}
    assert [r.affected for r in session.services.desk.case_page(CaseFilter(status="all"), "affected")] \
        == ["Ахметова Айгүл", "Ким Айгүл", "Оспанова Айгүл"]
    vault.conn.execute(f"PRAGMA user_version = {latest}")
    assert vault.doctor().ok


def test_canonical_forms():
    assert canonical_phone("8 (701) 123-45-67") == canonical_phone(PHONE) == "77011234567"
    assert canonical_phone("701 123 45 67") == "77011234567"
    assert "4567" in phone_tails([PHONE]) and "567" not in phone_tails([PHONE])
    assert phone_fragments("8 701 12") == ["870112", "770112"]
    assert phone_fragments("87011234567") == ["77011234567"]
    assert phone_fragments("Ким 1234") == [] and phone_fragments("123") == []


def test_sorting_by_the_affected_person_follows_edits(register):
    """The register orders by the affected person in SQL (case_affected, migration 0008):
    the order follows a rename, a removed participant, and an upgrade fills it."""
    session, ids = register
    svc, store = session.services, session.store

    def order(descending=False):
        rows = svc.desk.case_page(CaseFilter(status="all"), "affected", descending)
        return [r.affected for r in rows]

    assert order() == ["Ахметова Айгүл", "Ким Айгүл", "Оспанова Айгүл"]
    assert order(True) == ["Оспанова Айгүл", "Ким Айгүл", "Ахметова Айгүл"]
    person = next(p for p in store.find(Person) if p.last_name == "Оспанова")
    with store.transaction():
        person.last_name = "Әбенова"  # Ә sorts with А
        store.put(person)
    assert order() == ["Әбенова Айгүл", "Ахметова Айгүл", "Ким Айгүл"]
    from inspector_desk.core.records import Participant
    part = next(p for p in store.find(Participant) if p.person_id == person.id)
    with store.transaction():
        part.deleted = True
        store.put(part)
    assert order() == ["Ахметова Айгүл", "Ким Айгүл", ""]  # nobody affected: last
    assert order(True) == ["Ким Айгүл", "Ахметова Айгүл", ""]
    conn = session.vault.conn
    conn.execute("DELETE FROM case_affected")
    conn.execute("INSERT INTO meta (key, value) VALUES ('search.rebuild', 'register')")
    session.vault.migrate()  # what an upgrade does with the flag
    assert order() == ["Ахметова Айгүл", "Ким Айгүл", ""]
