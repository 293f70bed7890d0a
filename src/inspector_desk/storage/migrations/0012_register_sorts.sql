-- Schema version 12: every order the register offers served by an index (issue 16;
-- docs/performance.md). case_order (0010; derived and local, made again here from the
-- cases) gains, per case, the key of each other sort: the risk and the status as their
-- rank (high first; open, monitoring, closed), district, address, opening date, and the
-- affected person's folded name (char(65535), after every name, when nobody is affected
-- yet). One index per sort, each holding what the default filter tests and the id it
-- returns: a page by address is an index walk, not a scan and sort of every open case
-- joined to its row (200-350 ms at 40,000 households).
DROP TABLE IF EXISTS case_order;
CREATE TABLE case_order (
    case_rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    case_no TEXT NOT NULL,
    status TEXT NOT NULL,
    deleted INTEGER NOT NULL,
    due_key INTEGER NOT NULL,
    risk_key INTEGER NOT NULL DEFAULT 2,
    status_key INTEGER NOT NULL DEFAULT 3,
    district TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    opened_at TEXT NOT NULL DEFAULT '',
    affected TEXT NOT NULL DEFAULT ''
);
INSERT INTO case_order (case_rowid, id, case_no, status, deleted, due_key, risk_key, status_key,
                        district, address, opened_at, affected)
    SELECT c.rowid, c.id, c.case_no, c.status, c.deleted, coalesce(d.due_at, 9000000000000000000),
        CASE c.risk_level WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'unknown' THEN 2 ELSE 3 END,
        CASE c.status WHEN 'active' THEN 0 WHEN 'monitoring' THEN 1 WHEN 'closed' THEN 2 ELSE 3 END,
        c.district, c.address, coalesce(c.opened_at, ''), coalesce(a.name, char(65535))
    FROM cases c LEFT JOIN case_due d ON d.case_id = c.id
    LEFT JOIN case_affected a ON a.case_id = c.id;
CREATE UNIQUE INDEX case_order_id ON case_order (id);
CREATE INDEX case_order_due ON case_order (deleted, due_key, case_no, status, id);
CREATE INDEX case_order_due_desc ON case_order (deleted, due_key DESC, case_no, status, id);
CREATE INDEX case_order_no ON case_order (deleted, case_no, status, id);
CREATE INDEX case_order_risk ON case_order (deleted, risk_key, case_no, status, id);
CREATE INDEX case_order_status ON case_order (deleted, status_key, case_no, status, id);
CREATE INDEX case_order_district ON case_order (deleted, district, case_no, status, id);
CREATE INDEX case_order_address ON case_order (deleted, address, case_no, status, id);
CREATE INDEX case_order_opened ON case_order (deleted, opened_at, case_no, status, id);
CREATE INDEX case_order_affected ON case_order (deleted, affected, case_no, status, id);
-- Read backwards for Z to A: nobody affected (NULL here) still comes last.
CREATE INDEX case_order_affected_desc
    ON case_order (deleted, nullif(affected, char(65535)), case_no, status, id);
