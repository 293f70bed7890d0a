"""case_order (migration 0010) says what the cases and their due dates say, after saves."""

from inspector_desk.app.demo import generate
from inspector_desk.core.records import CaseFilter
from inspector_desk.storage.register import NO_DUE

DERIVED = ("SELECT c.rowid, c.id, c.case_no, c.status, c.deleted, coalesce(d.due_at, ?) "
           "FROM cases c LEFT JOIN case_due d ON d.case_id = c.id ORDER BY c.rowid")


def test_case_order_follows_cases_and_due_dates(session):
    generate(session, households=25, seed=3)
    svc, conn = session.services, session.vault.conn
    kept = lambda: conn.execute("SELECT * FROM case_order ORDER BY case_rowid").fetchall()  # noqa: E731
    assert [tuple(r) for r in kept()] == [tuple(r) for r in conn.execute(DERIVED, (NO_DUE,))]
    case = svc.case_page(CaseFilter(), limit=1)[0]
    svc.close_case(case.id, "other", "moved away")
    assert [tuple(r) for r in kept()] == [tuple(r) for r in conn.execute(DERIVED, (NO_DUE,))]
    assert case.id not in {r.id for r in svc.case_page(CaseFilter(), limit=1000)}
    # the register's order by next contact is the order of the due dates, then case number
    rows = svc.case_page(CaseFilter(status="all"), limit=1000)
    keys = [(int(r.due_at.timestamp()) if r.due_at else NO_DUE, r.case_no) for r in rows]
    assert keys == sorted(keys) and len(rows) == svc.case_count(CaseFilter(status="all"))
