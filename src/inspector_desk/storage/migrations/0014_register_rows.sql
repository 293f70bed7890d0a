-- Schema version 14: a register row read from case_order alone (issue 16; docs/performance.md).
-- A page of the register looked its 200 rows up in cases, case_due, participants + persons
-- and measures: on a vault just opened each is a random read into a large table (50 of the
-- 60 ms of a page at 40,000 households). case_order (derived and local, made again here)
-- now also keeps what a row shows: the inspector, the risk level, the reason of the next
-- contact and the affected person's name as written; the store keeps them as cases are
-- saved, due dates set and affected persons change. The inspector joins every sort's index
-- (the "my cases" view needs no look-up of cases), and case_order_mine serves "my open
-- cases by next contact", the register's first view.
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
    affected TEXT NOT NULL DEFAULT '',
    inspector TEXT NOT NULL DEFAULT '',
    risk_level TEXT NOT NULL DEFAULT '',
    due_reason TEXT NOT NULL DEFAULT '',
    affected_name TEXT NOT NULL DEFAULT ''
);
INSERT INTO case_order (case_rowid, id, case_no, status, deleted, due_key, risk_key, status_key,
                        district, address, opened_at, affected, inspector, risk_level,
                        due_reason)
    SELECT c.rowid, c.id, c.case_no, c.status, c.deleted, coalesce(d.due_at, 9000000000000000000),
        CASE c.risk_level WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'unknown' THEN 2 ELSE 3 END,
        CASE c.status WHEN 'active' THEN 0 WHEN 'monitoring' THEN 1 WHEN 'closed' THEN 2 ELSE 3 END,
        c.district, c.address, coalesce(c.opened_at, ''), coalesce(a.name, char(65535)),
        c.inspector, c.risk_level, coalesce(d.reason, '')
    FROM cases c LEFT JOIN case_due d ON d.case_id = c.id
    LEFT JOIN case_affected a ON a.case_id = c.id;
CREATE UNIQUE INDEX case_order_id ON case_order (id);
CREATE INDEX case_order_due ON case_order (deleted, due_key, case_no, status, inspector, id);
CREATE INDEX case_order_due_desc ON case_order (deleted, due_key DESC, case_no, status, inspector, id);
CREATE INDEX case_order_no ON case_order (deleted, case_no, status, inspector, id);
CREATE INDEX case_order_risk ON case_order (deleted, risk_key, case_no, status, inspector, id);
CREATE INDEX case_order_status ON case_order (deleted, status_key, case_no, status, inspector, id);
CREATE INDEX case_order_district ON case_order (deleted, district, case_no, status, inspector, id);
CREATE INDEX case_order_address ON case_order (deleted, address, case_no, status, inspector, id);
CREATE INDEX case_order_opened ON case_order (deleted, opened_at, case_no, status, inspector, id);
CREATE INDEX case_order_affected ON case_order (deleted, affected, case_no, status, inspector, id);
-- Read backwards for Z to A: nobody affected (NULL here) still comes last.
CREATE INDEX case_order_affected_desc
    ON case_order (deleted, nullif(affected, char(65535)), case_no, status, inspector, id);
CREATE INDEX case_order_mine ON case_order (inspector, deleted, due_key, case_no, status, id);
-- The affected persons' names as written come from the records (Vault.migrate: the store's
-- rebuild_affected, in one transaction; a kill in between leaves the flag for next time).
INSERT INTO meta (key, value) VALUES ('register.rebuild', 'affected')
    ON CONFLICT (key) DO UPDATE SET value = 'affected';
