-- Schema version 6: rebuild the search index once.
-- 0002 created the index empty and the program fills it as records are written, so a vault
-- that was at version 1 and held persons came out of the upgrade with those persons missing
-- from search (found by the crash harness, tests/reliability/test_crash.py). The flag below
-- makes Vault.migrate rebuild the index from the records, in one transaction, and clear it;
-- a kill in between leaves the flag, and the next opening rebuilds.
INSERT INTO meta (key, value) VALUES ('search.rebuild', '1')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
