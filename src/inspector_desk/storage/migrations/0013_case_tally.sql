-- Schema version 13: how many cases the register counts, kept instead of counted (issue 16;
-- docs/performance.md). The register's count of its default view (open cases, or by status,
-- risk, district, inspector) was an exact count(*) over every case: 87,754 index entries
-- at 100,000 households, growing with the vault (x19 from 10,000). case_tally holds, per
-- combination of those four, how many cases not deleted have it; triggers on cases keep it
-- in the same transaction as every write of a case (the store, an update pack, a restore),
-- so a count is a sum over a few hundred small rows whatever the vault's size.
-- Derived and local: never exported, made again here from the cases.
DROP TRIGGER IF EXISTS case_tally_insert;
DROP TRIGGER IF EXISTS case_tally_delete;
DROP TRIGGER IF EXISTS case_tally_update;
DROP TABLE IF EXISTS case_tally;
CREATE TABLE case_tally (
    status TEXT NOT NULL,
    risk_level TEXT NOT NULL,
    district TEXT NOT NULL,
    inspector TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (status, risk_level, district, inspector)
) WITHOUT ROWID;
INSERT INTO case_tally (status, risk_level, district, inspector, n)
    SELECT status, risk_level, district, inspector, count(*)
    FROM cases WHERE deleted = 0
    GROUP BY status, risk_level, district, inspector;
CREATE TRIGGER case_tally_insert AFTER INSERT ON cases WHEN new.deleted = 0
BEGIN
    INSERT INTO case_tally (status, risk_level, district, inspector, n)
        VALUES (new.status, new.risk_level, new.district,
                new.inspector, 1)
        ON CONFLICT (status, risk_level, district, inspector) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER case_tally_delete AFTER DELETE ON cases WHEN old.deleted = 0
BEGIN
    UPDATE case_tally SET n = n - 1
        WHERE status = old.status AND risk_level = old.risk_level
          AND district = old.district AND inspector = old.inspector;
END;
CREATE TRIGGER case_tally_update
    AFTER UPDATE OF status, risk_level, district, inspector, deleted ON cases
BEGIN
    UPDATE case_tally SET n = n - 1
        WHERE old.deleted = 0 AND status = old.status
          AND risk_level = old.risk_level AND district = old.district
          AND inspector = old.inspector;
    INSERT INTO case_tally (status, risk_level, district, inspector, n)
        SELECT new.status, new.risk_level, new.district,
               new.inspector, 1
        WHERE new.deleted = 0
        ON CONFLICT (status, risk_level, district, inspector) DO UPDATE SET n = n + 1;
END;
