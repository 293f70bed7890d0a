"""case_order (migrations 0010, 0012, 0014) says what the cases, their due dates and their
affected persons say, after saves; every order the register offers is an index walk and
sorts as the values do; a page read from case_order alone (schema 14) shows what the records
say."""

from inspector_desk.app.demo import generate
from inspector_desk.core.records import CaseFilter
from inspector_desk.storage.register import NO_DUE, affected_key

DERIVED = ("SELECT c.rowid, c.id, c.case_no, c.status, c.deleted, coalesce(d.due_at, ?), "
           "CASE c.risk_level WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'unknown' THEN 2 ELSE 3 END, "
           "CASE c.status WHEN 'active' THEN 0 WHEN 'monitoring' THEN 1 WHEN 'closed' THEN 2 ELSE 3 END, "
           "c.district, c.address, coalesce(c.opened_at, ''), coalesce(a.name, char(65535)), "
           "c.inspector, c.risk_level, coalesce(d.reason, '') "
           "FROM cases c LEFT JOIN case_due d ON d.case_id = c.id "
           "LEFT JOIN case_affected a ON a.case_id = c.id ORDER BY c.rowid")


def _derived(conn) -> list[tuple]:
    """case_order as the records say it should be: DERIVED, and the affected person's name as
    written (the first by folded name when a case has several)."""
    names: dict[str, tuple[str, str]] = {}
    for case_id, last, first in conn.execute(
            "SELECT pa.case_id, p.last_name, p.first_name FROM participants pa "
            "JOIN persons p ON p.id = pa.person_id "
            "WHERE pa.role = 'affected' AND pa.deleted = 0 AND p.deleted = 0"):
        entry = (affected_key(last, first), f"{last} {first}")
        names[case_id] = min(names.get(case_id, entry), entry)
    return [(*tuple(r), names.get(r[1], ("", ""))[1]) for r in conn.execute(DERIVED, (NO_DUE,))]


def test_case_order_follows_cases_and_due_dates(session):
    generate(session, households=25, seed=3)
    svc, conn = session.services, session.vault.conn
    kept = lambda: conn.execute("SELECT * FROM case_order ORDER BY case_rowid").fetchall()  # noqa: E731
    assert [tuple(r) for r in kept()] == _derived(conn)
    case = svc.desk.case_page(CaseFilter(), limit=1)[0]
    svc.cases.close_case(case.id, "other", "moved away")
    assert [tuple(r) for r in kept()] == _derived(conn)
    assert case.id not in {r.id for r in svc.desk.case_page(CaseFilter(), limit=1000)}
    # the register's order by next contact is the order of the due dates, then case number
    rows = svc.desk.case_page(CaseFilter(status="all"), limit=1000)
    keys = [(int(r.due_at.timestamp()) if r.due_at else NO_DUE, r.case_no) for r in rows]
    assert keys == sorted(keys) and len(rows) == svc.desk.case_count(CaseFilter(status="all"))


def test_every_offered_sort_is_an_index_walk_in_the_order_of_the_values(session):
    """For each sort, both ways: the page is read off an index (no temporary sort of the
    open cases), and the rows come in the order of what the columns hold, ties by number."""
    from inspector_desk.core.records import CASE_SORTS
    from inspector_desk.core.services import PersonInput
    from inspector_desk.storage.register import RISK_RANK, affected_key

    generate(session, households=40, seed=4)
    svc, store, conn = session.services, session.store, session.vault.conn
    bare = svc.cases.open_case(address="ул. Ақжол, 1", district="Есиль", source="111").created  # nobody affected
    rows = svc.desk.case_page(CaseFilter(status="all"), limit=10_000)
    assert any(r.id == bare for r in rows)
    status_rank = {"active": 0, "monitoring": 1, "closed": 2}
    affected = {cid: key for cid, (key, _name) in store.affected_names([r.id for r in rows]).items()}
    key = {
        "case_no": lambda r: r.case_no, "district": lambda r: r.district,
        "address": lambda r: r.address, "risk_level": lambda r: RISK_RANK[r.risk_level],
        "status": lambda r: status_rank[r.status],
        "opened_at": lambda r: r.opened_at.isoformat() if r.opened_at else "",
        "affected": lambda r: affected.get(r.id, "\uffff"),
        "due_at": lambda r: int(r.due_at.timestamp()) if r.due_at else NO_DUE,
    }
    stored_opened = dict(conn.execute("SELECT id, opened_at FROM cases"))
    key["opened_at"] = lambda r: stored_opened[r.id] or ""
    for sort in CASE_SORTS:
        for descending in (False, True):
            got = [r.id for r in svc.desk.case_page(CaseFilter(status="all"), sort, descending, limit=10_000)]
            if sort == "due_at":  # ties by number ascending either way (case_order_due_desc)
                want = sorted(rows, key=lambda r: (key[sort](r), r.case_no))
                if descending:
                    want = sorted(rows, key=lambda r: r.case_no)
                    want = sorted(want, key=key[sort], reverse=True)
            elif sort == "affected" and descending:  # Z to A, nobody affected still last
                want = sorted(rows, key=lambda r: (key[sort](r) != "\uffff", key[sort](r), r.case_no),
                              reverse=True)
            else:
                want = sorted(rows, key=lambda r: (key[sort](r), r.case_no), reverse=descending)
            assert got == [r.id for r in want], (sort, descending)
            # the plan: an index of case_order, no temporary b-tree for the ORDER BY
            from inspector_desk.storage import register as reg

            way = "DESC" if descending else "ASC"
            order = f"{reg._SORT_SQL[sort]} {way}"
            if sort == "affected" and descending:
                order = f"{reg._AFFECTED_DESC} DESC"
            order += ", o.case_no" if sort == "due_at" else (f", o.case_no {way}" if sort != "case_no" else "")
            plan = " ".join(r[3] for r in conn.execute(
                f"EXPLAIN QUERY PLAN SELECT o.id FROM case_order o WHERE o.deleted = 0 AND "
                f"o.status != 'closed' ORDER BY {order} LIMIT 200"))
            assert "TEMP B-TREE" not in plan and "case_order_" in plan, (sort, descending, plan)
    # a person becoming the affected one moves the case among the names
    svc.people.add_person_to_case(bare, PersonInput(last_name="Әлиева", first_name="Дана"), "affected", "self")
    assert conn.execute("SELECT affected FROM case_order WHERE id = ?", (bare,)).fetchone()[0] == \
        affected_key("Әлиева", "Дана")


def test_a_page_from_case_order_shows_what_the_records_say(session, monkeypatch):
    """Schema 14: a page's rows come from case_order alone; they equal the rows read from
    the cases, their next contacts, their affected persons and measures (the reading before
    schema 14), after renames, removals, closings and the "my cases" filter."""
    from inspector_desk.core.records import CASE_SORTS, Participant, Person
    from inspector_desk.core.services import PersonInput
    from inspector_desk.storage.register import RegisterQueries

    generate(session, households=30, seed=6)
    svc, store = session.services, session.store
    first, second, third = svc.desk.case_page(CaseFilter(), limit=3)

    def affected(case_id: str) -> list[Participant]:
        return [p for p in store.find(Participant, case_id=case_id) if p.role == "affected"]

    person = store.get(Person, affected(first.id)[0].person_id)  # renamed: the row follows
    svc.people.update_person(person.id, PersonInput(
        last_name="Әбенова", first_name=person.first_name, iin=person.iin,
        birth_date=person.birth_date), reason="documents_checked")
    for part in affected(second.id):  # nobody affected any more: the name goes
        svc.people.remove_participant(part.id, "entered_by_mistake")
    svc.cases.close_case(third.id, "other", "переехали")
    svc.cases.update_case(second.id, inspector="B-2")
    filters = [CaseFilter(), CaseFilter(status="all"), CaseFilter(inspector="B-2"),
               CaseFilter(inspector=session.actor.user, status="all"), CaseFilter(text="ов")]

    def pages() -> dict:
        return {(i, s, d): svc.desk.case_page(f, s, d, limit=10_000)
                for i, f in enumerate(filters) for s in CASE_SORTS for d in (False, True)}

    kept = pages()
    assert any(r.affected.startswith("Әбенова") for r in kept[(0, "due_at", False)])
    monkeypatch.setattr(RegisterQueries, "_rows_kept", lambda self: False)
    assert pages() == kept


def test_a_vault_at_schema_13_gets_its_register_rows_on_upgrade(session):
    from inspector_desk.storage.connection import migration_files
    from inspector_desk.storage.vault import _statements, schema_version_latest

    generate(session, households=20, seed=9)
    svc, vault = session.services, session.vault
    before = svc.desk.case_page(CaseFilter(status="all"), limit=10_000)
    assert any(r.affected for r in before)
    twelve = dict(migration_files())[12]  # case_order as schema 12 (and 13) left it
    with vault.store.transaction():
        for statement in _statements(twelve.read_text(encoding="utf-8")):
            vault.conn.execute(statement)
        vault.conn.execute("PRAGMA user_version = 13")
    vault.store._schema_has.clear()
    assert svc.desk.case_page(CaseFilter(status="all"), limit=10_000) == before  # read the old way
    assert vault.migrate(upto=14) == [14]
    assert vault.store.meta("register.rebuild") is None
    assert svc.desk.case_page(CaseFilter(status="all"), limit=10_000) == before
    conn = vault.conn
    assert [tuple(r) for r in conn.execute("SELECT * FROM case_order ORDER BY case_rowid")] == \
        _derived(conn)
    conn.execute(f"PRAGMA user_version = {schema_version_latest()}")
    assert vault.doctor().ok
