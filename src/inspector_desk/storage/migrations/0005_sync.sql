-- Schema version 5: exchange with headquarters (src/inspector_desk/sync, docs/bundle-format.md).
-- Local bookkeeping of the device; none of these tables travels in a bundle.

-- Every bundle this device numbered. A number is reserved (committed) before the file is
-- written and marked written after the rename, so a crash burns a number (a gap that
-- headquarters reports) and never reuses one. Acknowledged = a signed receipt covered it.
CREATE TABLE sync_exports (
    seq INTEGER PRIMARY KEY,
    bundle_id TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL CHECK (state IN ('reserved', 'written', 'acknowledged')),
    reserved_at TEXT NOT NULL,
    volume INTEGER NOT NULL DEFAULT 1,
    volumes INTEGER NOT NULL DEFAULT 1,
    change_from INTEGER NOT NULL DEFAULT 0,
    change_to INTEGER NOT NULL DEFAULT 0,
    audit_from INTEGER NOT NULL DEFAULT 0,
    audit_to INTEGER NOT NULL DEFAULT 0,
    records INTEGER NOT NULL DEFAULT 0,
    attachments INTEGER NOT NULL DEFAULT 0,
    size INTEGER NOT NULL DEFAULT 0,
    sha512 TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL DEFAULT '',
    written_at TEXT,
    acknowledged_at TEXT
);

-- Record versions that arrived from headquarters (update packs): the base of this device's
-- later edits, sent with them so that headquarters can tell a continuation from a conflict.
CREATE TABLE sync_base (
    record_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    version INTEGER NOT NULL,
    sha256 TEXT NOT NULL
);

-- Update packs applied (each once), and the receipts imported.
CREATE TABLE sync_updates (
    seq INTEGER PRIMARY KEY,
    pack_id TEXT NOT NULL UNIQUE,
    applied_at TEXT NOT NULL,
    summary TEXT NOT NULL
);

CREATE TABLE sync_receipts (
    receipt_id TEXT PRIMARY KEY,
    issued_at TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    body TEXT NOT NULL
);

-- Form versions received from headquarters; loaded into the forms registry at every unlock.
CREATE TABLE sync_forms (
    form_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('form', 'choices')),
    definition TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (kind, form_id, version)
);

-- Applying an update pack asks, per record, whether this device changed it since the last
-- acknowledged position.
CREATE INDEX changes_record ON changes (record_id, seq);
