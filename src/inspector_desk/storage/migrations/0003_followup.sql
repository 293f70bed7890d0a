-- Schema version 3: the next due contact of each case, derived by the follow-up rules
-- (core/rules.py) on every change to the case. Local to the device; never exported.
CREATE TABLE case_due (
    case_id TEXT PRIMARY KEY REFERENCES cases (id),
    inspector TEXT NOT NULL,
    due_at INTEGER NOT NULL, -- Unix seconds, so that ordering is by instant
    reason TEXT NOT NULL
);
CREATE INDEX case_due_inspector ON case_due (inspector, due_at);
CREATE INDEX case_due_at ON case_due (due_at);
