-- Inspector Desk vault, schema version 1: the records, the change log and the audit log.
-- Every record table carries the same bookkeeping columns (see core/records.py Record).

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);

CREATE TABLE cases (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, created_at TEXT, created_by TEXT NOT NULL,
    updated_at TEXT, updated_by TEXT NOT NULL, device_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    case_no TEXT NOT NULL UNIQUE, status TEXT NOT NULL, district TEXT NOT NULL, beat TEXT NOT NULL,
    address TEXT NOT NULL, source TEXT NOT NULL, inspector TEXT NOT NULL, risk_level TEXT NOT NULL,
    opened_at TEXT, closed_at TEXT, closure_reason TEXT NOT NULL, closure_note TEXT NOT NULL
);
CREATE INDEX cases_inspector ON cases (inspector, status);

CREATE TABLE persons (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, created_at TEXT, created_by TEXT NOT NULL,
    updated_at TEXT, updated_by TEXT NOT NULL, device_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    iin TEXT, last_name TEXT NOT NULL, first_name TEXT NOT NULL, patronymic TEXT NOT NULL,
    birth_date TEXT, sex TEXT, phones TEXT NOT NULL, address TEXT NOT NULL, safe_contact TEXT NOT NULL,
    vulnerabilities TEXT NOT NULL, risk_flags TEXT NOT NULL, notes TEXT NOT NULL
);
CREATE UNIQUE INDEX persons_iin ON persons (iin) WHERE iin IS NOT NULL AND deleted = 0;

CREATE TABLE participants (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, created_at TEXT, created_by TEXT NOT NULL,
    updated_at TEXT, updated_by TEXT NOT NULL, device_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    case_id TEXT NOT NULL REFERENCES cases (id), person_id TEXT NOT NULL REFERENCES persons (id),
    role TEXT NOT NULL, relation TEXT NOT NULL
);
CREATE INDEX participants_case ON participants (case_id);
CREATE INDEX participants_person ON participants (person_id);

CREATE TABLE visits (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, created_at TEXT, created_by TEXT NOT NULL,
    updated_at TEXT, updated_by TEXT NOT NULL, device_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    case_id TEXT NOT NULL REFERENCES cases (id), form_id TEXT NOT NULL, form_version INTEGER NOT NULL,
    answers TEXT NOT NULL,
    visit_at TEXT, visit_type TEXT NOT NULL, next_visit_due TEXT
);
CREATE INDEX visits_case ON visits (case_id, visit_at);

CREATE TABLE incidents (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, created_at TEXT, created_by TEXT NOT NULL,
    updated_at TEXT, updated_by TEXT NOT NULL, device_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    case_id TEXT NOT NULL REFERENCES cases (id), form_id TEXT NOT NULL, form_version INTEGER NOT NULL,
    answers TEXT NOT NULL,
    occurred_at TEXT, reported_at TEXT, channel TEXT NOT NULL, violence_types TEXT NOT NULL,
    gbvims_type TEXT NOT NULL
);
CREATE INDEX incidents_case ON incidents (case_id, reported_at);

CREATE TABLE measures (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, created_at TEXT, created_by TEXT NOT NULL,
    updated_at TEXT, updated_by TEXT NOT NULL, device_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    case_id TEXT NOT NULL REFERENCES cases (id), form_id TEXT NOT NULL, form_version INTEGER NOT NULL,
    answers TEXT NOT NULL,
    person_id TEXT NOT NULL, kind TEXT NOT NULL, issued_at TEXT, served_at TEXT, valid_from TEXT,
    valid_to TEXT, court TEXT NOT NULL, court_decision_date TEXT, checkins_per_month INTEGER,
    restrictions TEXT NOT NULL, status TEXT NOT NULL, violations TEXT NOT NULL, legal_basis TEXT NOT NULL
);
CREATE INDEX measures_case ON measures (case_id);
CREATE INDEX measures_active_end ON measures (status, valid_to);

CREATE TABLE referrals (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, created_at TEXT, created_by TEXT NOT NULL,
    updated_at TEXT, updated_by TEXT NOT NULL, device_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    case_id TEXT NOT NULL REFERENCES cases (id), form_id TEXT NOT NULL, form_version INTEGER NOT NULL,
    answers TEXT NOT NULL,
    person_id TEXT NOT NULL, service TEXT NOT NULL, consent INTEGER NOT NULL, referred_at TEXT,
    reason TEXT NOT NULL, outcome TEXT NOT NULL, outcome_at TEXT
);
CREATE INDEX referrals_case ON referrals (case_id);

CREATE TABLE risk_assessments (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, created_at TEXT, created_by TEXT NOT NULL,
    updated_at TEXT, updated_by TEXT NOT NULL, device_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    case_id TEXT NOT NULL REFERENCES cases (id), form_id TEXT NOT NULL, form_version INTEGER NOT NULL,
    answers TEXT NOT NULL,
    respondent_id TEXT NOT NULL, assessed_at TEXT, score INTEGER NOT NULL, computed_level TEXT NOT NULL,
    override_level TEXT NOT NULL, override_reason TEXT NOT NULL, level TEXT NOT NULL
);
CREATE INDEX risk_assessments_case ON risk_assessments (case_id);

CREATE TABLE attachments (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, created_at TEXT, created_by TEXT NOT NULL,
    updated_at TEXT, updated_by TEXT NOT NULL, device_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    case_id TEXT NOT NULL REFERENCES cases (id), record_kind TEXT NOT NULL, record_id TEXT NOT NULL,
    filename TEXT NOT NULL, mime TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL
);
CREATE INDEX attachments_record ON attachments (record_id);

CREATE TABLE attachment_chunks (
    attachment_id TEXT NOT NULL REFERENCES attachments (id) DEFERRABLE INITIALLY DEFERRED,
    n INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (attachment_id, n)
) WITHOUT ROWID;

-- The outbox: every insert, update and delete, in order. Export bundles read from here.
CREATE TABLE changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    at TEXT NOT NULL
);

-- Hash-chained audit log (core/audit.py). Never updated, never deleted.
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL, actor TEXT NOT NULL, device_id TEXT NOT NULL, action TEXT NOT NULL,
    kind TEXT NOT NULL, record_id TEXT NOT NULL, detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL, hash TEXT NOT NULL
);
CREATE INDEX audit_record ON audit (record_id);
