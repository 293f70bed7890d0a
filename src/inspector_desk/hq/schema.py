"""The headquarters database schema, one text for both back-ends.

``{JSON}``, ``{BLOB}``, ``{SERIAL}`` and ``{BIG}`` become the dialect's types (SQLite:
TEXT, BLOB, INTEGER PRIMARY KEY, INTEGER; PostgreSQL: jsonb, bytea, bigserial, bigint).
Records are kept twice: every version ever received (``record_versions``, the history the
merge reasons about) and the current winner of each record (``records``), with the few
columns reports filter on copied out of the JSON.
"""

from __future__ import annotations

SCHEMA_VERSION = 6

DDL = """
CREATE TABLE hq_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE devices (
    device_id TEXT PRIMARY KEY, key_id TEXT NOT NULL UNIQUE, signing_key TEXT NOT NULL,
    recipient TEXT NOT NULL, case_prefix TEXT NOT NULL UNIQUE, login TEXT NOT NULL,
    name TEXT NOT NULL, unit TEXT NOT NULL, district TEXT NOT NULL, status TEXT NOT NULL,
    enrolled_at TEXT NOT NULL, enrolment_id TEXT NOT NULL, revoked_at TEXT,
    revoke_reason TEXT NOT NULL DEFAULT ''
);

CREATE TABLE bundles (
    bundle_id TEXT PRIMARY KEY, device_id TEXT NOT NULL, seq {BIG} NOT NULL, sha512 TEXT NOT NULL,
    prev_seq {BIG} NOT NULL, prev_hash TEXT NOT NULL, change_from {BIG} NOT NULL,
    change_to {BIG} NOT NULL, audit_from {BIG} NOT NULL, audit_to {BIG} NOT NULL,
    volume INTEGER NOT NULL, volumes INTEGER NOT NULL, records INTEGER NOT NULL,
    attachments INTEGER NOT NULL, size {BIG} NOT NULL, created_at TEXT NOT NULL,
    imported_at TEXT NOT NULL, header TEXT NOT NULL,
    UNIQUE (device_id, seq)
);

CREATE TABLE record_versions (
    record_id TEXT NOT NULL, version {BIG} NOT NULL, sha256 TEXT NOT NULL, kind TEXT NOT NULL,
    device_id TEXT NOT NULL, bundle_id TEXT NOT NULL, base_version {BIG}, base_sha256 TEXT,
    updated_at TEXT, deleted INTEGER NOT NULL, superseded INTEGER NOT NULL DEFAULT 0,
    data {JSON} NOT NULL,
    PRIMARY KEY (record_id, version, sha256)
);
-- The merge asks for the highest version of each line (device, base) of a record: answered
-- from this index alone, without reading the records' data.
CREATE INDEX record_versions_lines ON record_versions
    (record_id, superseded, device_id, base_version, base_sha256, version, sha256);

CREATE TABLE records (
    record_id TEXT PRIMARY KEY, kind TEXT NOT NULL, version {BIG} NOT NULL, sha256 TEXT NOT NULL,
    device_id TEXT NOT NULL, updated_at TEXT, deleted INTEGER NOT NULL, case_id TEXT,
    district TEXT, inspector TEXT, case_no TEXT, heads INTEGER NOT NULL DEFAULT 1,
    data {JSON} NOT NULL
);
CREATE INDEX records_case ON records (case_id);
CREATE INDEX records_case_no ON records (case_no);
CREATE INDEX records_kind ON records (kind, district, inspector);

CREATE TABLE conflicts (
    record_id TEXT NOT NULL, heads_key TEXT NOT NULL, kind TEXT NOT NULL, heads TEXT NOT NULL,
    status TEXT NOT NULL, detected_at TEXT NOT NULL, resolved_at TEXT,
    resolution TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (record_id, heads_key)
);

CREATE TABLE blobs (sha256 TEXT PRIMARY KEY, size {BIG} NOT NULL);
CREATE TABLE blob_chunks (
    sha256 TEXT NOT NULL, n INTEGER NOT NULL, data {BLOB} NOT NULL, PRIMARY KEY (sha256, n)
);

CREATE TABLE audit (
    device_id TEXT NOT NULL, seq {BIG} NOT NULL, hash TEXT NOT NULL, at TEXT NOT NULL,
    actor TEXT NOT NULL, action TEXT NOT NULL, kind TEXT NOT NULL, record_id TEXT NOT NULL,
    detail TEXT NOT NULL, prev_hash TEXT NOT NULL, bundle_id TEXT NOT NULL,
    PRIMARY KEY (device_id, seq, hash)
);

CREATE TABLE updates (
    pack_id TEXT PRIMARY KEY, device_id TEXT NOT NULL, seq {BIG} NOT NULL,
    created_at TEXT NOT NULL, summary TEXT NOT NULL, file_name TEXT NOT NULL,
    UNIQUE (device_id, seq)
);

CREATE TABLE events (
    id {SERIAL}, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
    subject TEXT NOT NULL, detail TEXT NOT NULL
);
"""

# Version 2: authority (docs/hq.md, "Who may change what"). Every case and person has an owner
# (device and inspector login); changes from other devices are kept aside in ``held``.
DDL_2 = """
CREATE TABLE owners (
    record_id TEXT PRIMARY KEY, kind TEXT NOT NULL, device_id TEXT NOT NULL, login TEXT NOT NULL,
    since TEXT NOT NULL, via TEXT NOT NULL, previous_device_id TEXT,
    since_version {BIG}, since_sha256 TEXT, acknowledged_at TEXT
);
CREATE INDEX owners_device ON owners (device_id);

CREATE TABLE held (
    id {SERIAL}, device_id TEXT NOT NULL, bundle_id TEXT NOT NULL, seq {BIG} NOT NULL,
    change_to {BIG} NOT NULL, record_id TEXT NOT NULL, kind TEXT NOT NULL, version {BIG} NOT NULL,
    sha256 TEXT NOT NULL, base_version {BIG}, base_sha256 TEXT, case_id TEXT,
    status TEXT NOT NULL, reason TEXT NOT NULL, detail TEXT NOT NULL, held_at TEXT NOT NULL,
    data {JSON} NOT NULL,
    UNIQUE (device_id, record_id, version, sha256)
);
CREATE INDEX held_case ON held (case_id, status);
CREATE INDEX held_device ON held (device_id, status);
"""

# Version 3: people at headquarters (docs/hq.md, "Headquarters users") and the decisions they
# take on conflicts and held changes (hq/review.py). The HQ audit (``events``) names the user.
DDL_3 = """
CREATE TABLE hq_users (
    login TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, secret TEXT NOT NULL,
    created_at TEXT NOT NULL, created_by TEXT NOT NULL, disabled_at TEXT,
    disable_reason TEXT NOT NULL DEFAULT ''
);

CREATE TABLE decisions (
    id {SERIAL}, item TEXT NOT NULL, record_id TEXT NOT NULL, kind TEXT NOT NULL,
    action TEXT NOT NULL, actor TEXT NOT NULL, at TEXT NOT NULL, note TEXT NOT NULL,
    fields {JSON} NOT NULL, version {BIG} NOT NULL, sha256 TEXT NOT NULL, sent {JSON} NOT NULL
);
CREATE INDEX decisions_record ON decisions (record_id);
"""

# Version 4: linked persons across inspectors (hq/links.py, docs/hq.md "Linked persons"): an
# analyst's decision on a pair of persons held by two devices. A pair is stored once (its two
# person ids in sorted order); a rejected pair is never proposed again, a confirmed one sends
# each device a notice (``sent``: the update packs written).
DDL_4 = """
CREATE TABLE links (
    id {SERIAL}, person_a TEXT NOT NULL, person_b TEXT NOT NULL, device_a TEXT NOT NULL,
    device_b TEXT NOT NULL, status TEXT NOT NULL, reason TEXT NOT NULL, score INTEGER NOT NULL,
    actor TEXT NOT NULL, at TEXT NOT NULL, note TEXT NOT NULL, cases {JSON} NOT NULL,
    sent {JSON} NOT NULL,
    UNIQUE (person_a, person_b)
);
"""

# Version 5: the per-case summary (hq/summary.py, docs/hq.md "Caseload and statistics at
# scale"), kept by merge.refresh in the same transaction as the record change: one row per
# case for the caseload, the persons each case names, each case's share of the months
# asked for, and those shares summed per district, inspector and for all. A migrated
# database is filled once, on first use (the ``case_summary_pending`` mark).
DDL_5 = """
CREATE TABLE case_summary (
    case_id TEXT PRIMARY KEY, case_no TEXT, district TEXT, inspector TEXT, status TEXT,
    risk_level TEXT, open INTEGER NOT NULL, due_at TEXT, due_reason TEXT NOT NULL,
    ends TEXT NOT NULL, court_requirements INTEGER NOT NULL, court_missing INTEGER NOT NULL
);
CREATE INDEX case_summary_open ON case_summary (open, district, inspector);

CREATE TABLE case_persons (case_id TEXT NOT NULL, person_id TEXT NOT NULL, PRIMARY KEY (case_id, person_id));
CREATE INDEX case_persons_person ON case_persons (person_id);

CREATE TABLE figure_months (month TEXT PRIMARY KEY, at TEXT NOT NULL);
CREATE TABLE case_figures (
    month TEXT NOT NULL, case_id TEXT NOT NULL, district TEXT, inspector TEXT,
    computed_for TEXT NOT NULL, stable_until TEXT NOT NULL, figures TEXT NOT NULL, overdue TEXT,
    PRIMARY KEY (month, case_id)
);
CREATE INDEX case_figures_stable ON case_figures (month, stable_until);
CREATE TABLE figure_groups (
    month TEXT NOT NULL, by_col TEXT NOT NULL, grp TEXT NOT NULL, figures TEXT NOT NULL,
    PRIMARY KEY (month, by_col, grp)
);
"""

# Version 6: the candidate pairs of linked persons (hq/links.py, docs/hq.md "Linked persons"),
# kept by merge.refresh in the same transaction as the record change: each person who counts
# (in a live case) with its block keys (``link_persons``: the other members of its blocks are
# found by index), and every candidate pair (``link_pairs``, decided or not: the page leaves
# out the pairs ``links`` holds). A migrated database is filled once, on first use.
DDL_6 = """
CREATE TABLE link_persons (
    n {SERIAL}, person_id TEXT NOT NULL UNIQUE, device_id TEXT NOT NULL, iin TEXT, nb TEXT, bd TEXT,
    yl TEXT, yf TEXT, l1 TEXT NOT NULL, last TEXT NOT NULL, first TEXT NOT NULL,
    patronymic TEXT NOT NULL, birth_date TEXT, initials TEXT NOT NULL
);
CREATE INDEX link_persons_iin ON link_persons (iin);
CREATE INDEX link_persons_nb ON link_persons (nb);
CREATE INDEX link_persons_bd ON link_persons (bd, l1);
CREATE INDEX link_persons_yl ON link_persons (yl, l1);
CREATE INDEX link_persons_yf ON link_persons (yf, l1);

CREATE TABLE link_pairs (
    a {BIG} NOT NULL, b {BIG} NOT NULL, ref TEXT NOT NULL, reason TEXT NOT NULL, score INTEGER NOT NULL,
    PRIMARY KEY (a, b)
);
CREATE INDEX link_pairs_b ON link_pairs (b);
CREATE INDEX link_pairs_order ON link_pairs (score DESC, ref);
"""

# Owners of what a version-1 database already holds: a case belongs to the approved device
# whose inspector it names, else to the device that sent its first version; a person to the
# device that sent its first version.
BACKFILL_2 = """
INSERT INTO owners (record_id, kind, device_id, login, since, via)
SELECT r.record_id, r.kind, o.device_id, coalesce(d.login, ''), 'migration', 'migration'
FROM records r
JOIN (SELECT r2.record_id, coalesce(
        (SELECT min(d2.device_id) FROM devices d2 WHERE r2.kind = 'case' AND d2.login = r2.inspector
           AND d2.status = 'approved'),
        (SELECT v.device_id FROM record_versions v WHERE v.record_id = r2.record_id
           AND v.device_id <> 'hq' ORDER BY v.version, v.sha256 LIMIT 1)) AS device_id
      FROM records r2 WHERE r2.kind IN ('case', 'person')) o ON o.record_id = r.record_id
LEFT JOIN devices d ON d.device_id = o.device_id
WHERE o.device_id IS NOT NULL
"""

TYPES = {
    "sqlite": {"JSON": "TEXT", "BLOB": "BLOB", "SERIAL": "INTEGER PRIMARY KEY", "BIG": "INTEGER"},
    "postgresql": {"JSON": "jsonb", "BLOB": "bytea", "SERIAL": "bigserial PRIMARY KEY",
                   "BIG": "bigint"},
}

TABLES = ("hq_meta", "devices", "bundles", "record_versions", "records", "conflicts", "blobs",
          "blob_chunks", "audit", "updates", "events", "owners", "held", "hq_users", "decisions", "links",
          "case_summary", "case_persons", "figure_months", "case_figures", "figure_groups")
# Not in TABLES (repo.dump, "equal dumps = equal databases"): link_persons and link_pairs, whose
# numbers (``n``) depend on the order records arrived in; their content is derived.


def _split(text: str) -> list[str]:
    return [s.strip() for s in text.split(";") if s.strip()]


def statements(dialect: str) -> list[str]:
    """A new database at :data:`SCHEMA_VERSION`."""
    return [s for ddl in (DDL, DDL_2, DDL_3, DDL_4, DDL_5, DDL_6) for s in _split(ddl.format(**TYPES[dialect]))]


def migrations(dialect: str) -> dict[int, list[str]]:
    """Version → the statements that bring a database from the version before to it."""
    return {2: _split(DDL_2.format(**TYPES[dialect])) + [BACKFILL_2.strip()],
            3: _split(DDL_3.format(**TYPES[dialect])),
            4: _split(DDL_4.format(**TYPES[dialect])),
            5: _split(DDL_5.format(**TYPES[dialect])) +
            ["INSERT INTO hq_meta (key, value) VALUES ('case_summary_pending', '1')"],
            6: _split(DDL_6.format(**TYPES[dialect])) +
            ["INSERT INTO hq_meta (key, value) VALUES ('link_pairs_pending', '1')"]}
