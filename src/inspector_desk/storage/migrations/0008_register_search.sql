-- Schema version 8: the case register's search and sorting (issue 15 item 11).
-- phone_fts: one row per person (rowid = the person's rowid) holding every tail of at least
-- four digits of each of the person's numbers in one canonical form (storage/search_phone.py),
-- so a typed fragment is a prefix query on the index instead of a scan of every number.
-- detail = 'none': only single prefix terms are ever asked for, no phrases.
CREATE VIRTUAL TABLE IF NOT EXISTS phone_fts USING fts5 (body, tokenize = 'unicode61 remove_diacritics 0', detail = 'none');
-- case_affected: the sort key (folded name) of each case's affected person, kept by the store
-- as participants and persons are written, so the register sorts by that column in SQL.
CREATE TABLE IF NOT EXISTS case_affected (
    case_id TEXT PRIMARY KEY,
    name TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS case_affected_name ON case_affected (name);
-- The flag makes Vault.migrate fill both from the records in one transaction (as for 0006;
-- 'register': these two only, unless a full rebuild is pending already).
INSERT INTO meta (key, value) VALUES ('search.rebuild', 'register')
    ON CONFLICT (key) DO UPDATE SET value = CASE WHEN value = '1' THEN '1' ELSE 'register' END;
