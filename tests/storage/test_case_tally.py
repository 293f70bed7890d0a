"""The register's counts without counting (migration 0013, case_tally kept by triggers on
cases) and its text filter led by the few cases a text finds (register.FEW_MATCHES): both
say exactly what counting every case says, after saves, closings, reopenings, changes of
risk, district and inspector, deletions, an upgrade from schema 12, and for every text
either way of reading. Real vault."""

from __future__ import annotations

import pytest

from inspector_desk.app.demo import generate
from inspector_desk.core.records import CASE_SORTS, CaseFilter, FamilyCase
from inspector_desk.storage import register as reg
from inspector_desk.storage.vault import schema_version_latest


def _counted(conn, f: CaseFilter) -> int:
    """The count the slow way: every case row read and tested here, no tally, no SQL filter."""
    n = 0
    for status, risk, district, inspector, deleted in conn.execute(
            "SELECT status, risk_level, district, inspector, deleted FROM cases"):
        n += (not deleted
              and (status != "closed" if f.status in (None, "") else f.status in ("all", status))
              and f.risk_level in (None, "", risk) and f.district in (None, "", district)
              and f.inspector in (None, "", inspector))
    return n


def _filters(conn) -> list[CaseFilter]:
    districts = [r[0] for r in conn.execute("SELECT DISTINCT district FROM cases")]
    inspectors = [r[0] for r in conn.execute("SELECT DISTINCT inspector FROM cases")]
    out = [CaseFilter(), CaseFilter(status="all"), CaseFilter(status="closed"),
           CaseFilter(status="monitoring"), CaseFilter(risk_level="high"),
           CaseFilter(risk_level="standard", status="all"), CaseFilter(district="nowhere")]
    out += [CaseFilter(district=d) for d in districts]
    out += [CaseFilter(inspector=i, risk_level="medium") for i in inspectors]
    out += [CaseFilter(inspector=i, district=d, status="all") for i in inspectors for d in districts[:2]]
    return out


def _assert_tally(session) -> None:
    svc, conn = session.services, session.vault.conn
    for f in _filters(conn):
        assert svc.desk.case_count(f) == _counted(conn, f), f
    assert svc.desk.districts() == sorted(
        r[0] for r in conn.execute("SELECT DISTINCT district FROM cases WHERE deleted = 0"))


def test_the_kept_counts_say_what_counting_says_after_every_kind_of_change(session):
    generate(session, households=40, seed=3)
    svc, store = session.services, session.store
    _assert_tally(session)
    cases = [c for c in store.find(FamilyCase) if c.status != "closed"]
    svc.cases.close_case(cases[0].id, "other", note="переехали")
    svc.cases.close_case(cases[1].id, "other", note="переехали")
    svc.cases.reopen_case(cases[1].id, "new_report")
    svc.cases.update_case(cases[2].id, district="Сарыарка", inspector="other.inspector")
    with store.transaction():  # the risk, as a risk assessment or headquarters sets it
        risky = store.get(FamilyCase, cases[3].id)
        risky.risk_level = "high" if risky.risk_level != "high" else "medium"
        store.put(risky)
    svc.cases.update_case(cases[4].id, status="monitoring")
    with store.transaction():  # a case deleted (as a version from headquarters may say)
        gone = store.get(FamilyCase, cases[5].id)
        gone.deleted = True
        store.put(gone, log_change=False)
    new = svc.cases.open_case(address="ул. Жаңа, 1", district="Байқоңыр", source="102").created
    _assert_tally(session)
    with store.transaction():  # a row removed from the table itself: the delete trigger
        for table, column in (("case_due", "case_id"), ("case_order", "id"), ("cases", "id")):
            store.conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (new,))
    _assert_tally(session)
    # a rolled-back save leaves the counts as they were
    with pytest.raises(RuntimeError), store.transaction():
        svc.cases.update_case(cases[7].id, district="Алматы")
        raise RuntimeError("the disk is full")
    _assert_tally(session)
    assert store.conn.execute("SELECT count(*) FROM case_tally WHERE n < 0").fetchone()[0] == 0


def test_a_vault_at_schema_12_gets_its_counts_on_upgrade(session):
    generate(session, households=25, seed=8)
    vault = session.vault
    latest = schema_version_latest()
    for trigger in ("case_tally_insert", "case_tally_delete", "case_tally_update"):
        vault.conn.execute(f"DROP TRIGGER {trigger}")
    vault.conn.execute("DROP TABLE case_tally")  # as schema 12 left it
    vault.conn.execute("PRAGMA user_version = 12")
    vault.store._schema_has.clear()
    _assert_tally(session)  # counted the old way meanwhile
    assert vault.migrate(upto=13) == [13]
    _assert_tally(session)
    assert session.services.desk.case_count(CaseFilter(status="all")) == 25
    vault.conn.execute(f"PRAGMA user_version = {latest}")
    assert vault.doctor().ok


@pytest.mark.parametrize("few", [0, 10**9], ids=["from-the-order", "from-the-found"])
def test_a_text_filter_reads_the_same_from_the_found_cases_as_from_the_order(session, monkeypatch, few):
    generate(session, households=60, seed=5)
    svc = session.services
    texts = ("а", "к", "ов", "Ас", "ул", "Иванов А", "zz", "7")
    iin = session.vault.conn.execute(
        "SELECT iin FROM persons WHERE iin IS NOT NULL LIMIT 1").fetchone()[0]
    expected = {}
    for text in (*texts, iin):  # the reference: every case tested against the found ones
        monkeypatch.setattr(reg, "FEW_MATCHES", -1)
        f = CaseFilter(text=text, status="all")
        expected[text] = (svc.desk.case_count(f),
                          {(s, d): [r.id for r in svc.desk.case_page(f, s, d, limit=10_000)]
                           for s in CASE_SORTS for d in (False, True)})
    monkeypatch.setattr(reg, "FEW_MATCHES", few)
    for text in (*texts, iin):
        f = CaseFilter(text=text, status="all")
        got = (svc.desk.case_count(f),
               {(s, d): [r.id for r in svc.desk.case_page(f, s, d, limit=10_000)]
                for s in CASE_SORTS for d in (False, True)})
        assert got == expected[text], text
        assert len(got[1][("case_no", False)]) == got[0]
        page = [r.id for r in svc.desk.case_page(f, "due_at", False, offset=3, limit=5)]
        assert page == expected[text][1][("due_at", False)][3:8], text
    assert expected[iin][0] >= 1
