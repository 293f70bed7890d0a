-- Schema version 7: whether a person of a case lives together with the affected person,
-- recorded apart from the relation (LEGAL-2026 §3, issue 12 item 7). '' = not asked (every
-- participant made before this version); otherwise 'yes', 'no' or 'unknown'.
ALTER TABLE participants ADD COLUMN cohabiting TEXT NOT NULL DEFAULT '';
