-- Schema version 10: the register in constant time as the vault grows (issue 16;
-- docs/performance.md). case_order: per case (by its rowid) what the register orders and
-- filters by default (deleted, status, case number) and due_key, the next contact (Unix
-- seconds) or, when it has none, a sentinel after every date; kept by the store as cases
-- and due dates are written. Ordering by next contact is then an index walk instead of a
-- scan and sort of every open case over a LEFT JOIN. Derived and local like case_due.
CREATE TABLE IF NOT EXISTS case_order (
    case_rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    case_no TEXT NOT NULL,
    status TEXT NOT NULL,
    deleted INTEGER NOT NULL,
    due_key INTEGER NOT NULL
);
INSERT OR REPLACE INTO case_order (case_rowid, id, case_no, status, deleted, due_key)
    SELECT c.rowid, c.id, c.case_no, c.status, c.deleted, coalesce(d.due_at, 9000000000000000000)
    FROM cases c LEFT JOIN case_due d ON d.case_id = c.id;
-- One index per order the register offers by default, each holding what the default filter
-- tests and the id it returns: a page is read from the index alone, and skipping to a deep
-- page steps over narrow index entries, not over case rows.
CREATE INDEX IF NOT EXISTS case_order_due ON case_order (deleted, due_key, case_no, status, id);
CREATE INDEX IF NOT EXISTS case_order_due_desc ON case_order (deleted, due_key DESC, case_no, status, id);
CREATE INDEX IF NOT EXISTS case_order_no ON case_order (deleted, case_no, status, id);
-- The districts offered by the register's filter: read off an index, not a scan of cases.
CREATE INDEX IF NOT EXISTS cases_district ON cases (deleted, district);
