-- Schema version 9: notices from headquarters (issue 17 item 7; docs/hq.md "Linked persons").
-- An update pack may carry notices.jsonl (sync/notices.py); each notice is kept once, by its
-- id. Today the only kind is 'linked_person': the person of this device's case case_no also
-- appears in case other_case_no of inspector other_inspector (nothing more about that family).
CREATE TABLE IF NOT EXISTS sync_notices (
    notice_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    pack_seq INTEGER NOT NULL,
    case_id TEXT NOT NULL,
    case_no TEXT NOT NULL,
    person_id TEXT NOT NULL,
    other_case_no TEXT NOT NULL,
    other_inspector TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sync_notices_case ON sync_notices (case_id);
