"""The headquarters desk: the window of the unit chief, the analyst and the recovery
officers over the HQ database (docs/hq-desk.md). Qt on top of hq/service.py; no SQL here
and no database driver (import-linter)."""
