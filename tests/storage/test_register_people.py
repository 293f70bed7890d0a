"""case_people_fts (migration 0011): the register's text filter finds a case by the words of
any person taking part in it, through one search index, and says what a walk from every
matching person through participants to its cases says, after saves, corrections, removals
and a rebuild. Real vault."""

from __future__ import annotations

from inspector_desk.app.demo import generate
from inspector_desk.core.records import CaseFilter
from inspector_desk.core.services import PersonInput
from inspector_desk.storage.register import _match

INDEX = "SELECT rowid >> 20, body FROM case_people_fts ORDER BY rowid"


def _walked(conn, text: str) -> set[str]:
    """The open cases the text finds, the slow way: case words, or any live participant's."""
    match = _match(text)
    return {r[0] for r in conn.execute(
        "SELECT o.id FROM case_order o WHERE o.deleted = 0 AND o.status != 'closed' AND "
        "(o.case_rowid IN (SELECT rowid FROM case_fts WHERE case_fts MATCH ?) OR o.id IN ("
        " SELECT pa.case_id FROM participants pa JOIN persons p ON p.id = pa.person_id"
        " WHERE pa.deleted = 0 AND p.deleted = 0 AND p.rowid IN"
        " (SELECT rowid FROM person_fts WHERE person_fts MATCH ?)))", (match, match))}


def _found(svc, text: str) -> set[str]:
    f = CaseFilter(text=text)
    rows = svc.desk.case_page(f, limit=10_000)
    assert len(rows) == svc.desk.case_count(f)
    return {r.id for r in rows}


def test_the_filter_finds_cases_by_any_participant_as_the_slow_walk_does(session):
    generate(session, households=30, seed=5)
    svc, conn = session.services, session.vault.conn
    assert conn.execute("SELECT count(*) FROM case_people_fts").fetchone()[0] == conn.execute(
        "SELECT count(*) FROM participants WHERE deleted = 0").fetchone()[0]
    for text in ("а", "к", "ов", "Ас", "ул", "Иванов А", "zz"):
        assert _found(svc, text) == _walked(conn, text), text

    # A second person of a family (not the affected one) with a name nobody else has.
    case = svc.desk.case_page(CaseFilter(), limit=1)[0]
    pid = svc.people.add_person_to_case(case.id, PersonInput(last_name="Жұмағұлов", first_name="Ерһан"),
                                 "offender", "spouse").created
    assert _found(svc, "Жұмағұл") == {case.id} == _found(svc, "ерһан жұмағ")
    # words of two different persons of the case are not one person
    assert _found(svc, "Жұмағұлов " + conn.execute(
        "SELECT first_name FROM persons p JOIN participants pa ON pa.person_id = p.id "
        "WHERE pa.case_id = ? AND pa.role = 'affected'", (case.id,)).fetchone()[0]) == set()

    # a correction of the name follows into the index
    svc.people.update_person(pid, PersonInput(last_name="Сейітқали", first_name="Ерһан"), reason="typing_error")
    assert _found(svc, "Жұмағұл") == set() and _found(svc, "Сейітқ") == {case.id}

    # the role taken out of the case: the case is no longer found by that person
    part = conn.execute("SELECT id FROM participants WHERE person_id = ?", (pid,)).fetchone()[0]
    svc.people.remove_participant(part, reason="entered_by_mistake")
    assert _found(svc, "Сейітқ") == set()

    # what the store kept on the way equals a rebuild from scratch
    kept = conn.execute(INDEX).fetchall()
    with session.store.transaction():
        session.store.rebuild_people()
    assert sorted(map(tuple, kept)) == sorted(map(tuple, conn.execute(INDEX).fetchall()))
    for text in ("а", "м", "Сейітқ"):
        assert _found(svc, text) == _walked(conn, text), text
