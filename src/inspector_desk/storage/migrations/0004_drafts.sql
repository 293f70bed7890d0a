-- Schema version 4: drafts of form entries, saved every few seconds while the inspector
-- types, so that a crash or a power cut loses at most the last few seconds. Inside the
-- encrypted vault like everything else; removed when the record is saved or discarded.
CREATE TABLE drafts (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,              -- visit, incident, measure, referral, risk
    case_id TEXT NOT NULL REFERENCES cases (id),
    record_id TEXT,                  -- set when the draft edits an existing record
    form_id TEXT NOT NULL,
    form_version INTEGER NOT NULL,
    answers TEXT NOT NULL,           -- JSON, possibly incomplete and invalid
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX drafts_case ON drafts (case_id);
