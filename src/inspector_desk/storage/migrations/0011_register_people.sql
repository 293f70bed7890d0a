-- Schema version 11: the register's text filter from one search index (issue 16;
-- docs/performance.md). case_people_fts holds, per case, the search text of every person
-- taking part in it, one row per participant, its rowid the case's rowid shifted left by 20
-- bits plus the participant's place in the case (1, 2, ...). A text is then matched to cases
-- by the index alone (rowid >> 20), instead of walking from every matching person through
-- participants to the case: "к" (104,000 persons) took 680 ms that way, 30 ms this way.
-- Derived and local like person_fts; kept by the store as persons and participants are
-- written (store.py refresh_people) and rebuilt with the other search indexes.
CREATE VIRTUAL TABLE IF NOT EXISTS case_people_fts USING fts5 (
    body, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3');
DELETE FROM case_people_fts;
INSERT INTO case_people_fts (rowid, body)
    SELECT (c.rowid << 20) + row_number() OVER (PARTITION BY c.rowid ORDER BY pa.rowid), f.body
    FROM participants pa
    JOIN cases c ON c.id = pa.case_id
    JOIN persons p ON p.id = pa.person_id
    JOIN person_fts f ON f.rowid = p.rowid
    WHERE pa.deleted = 0 AND p.deleted = 0;
