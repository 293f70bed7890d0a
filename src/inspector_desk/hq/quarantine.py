"""What the quarantine folder holds, and its retention (``inspector-desk-hq quarantine``).

Every refused file is moved to ``HOME/quarantine/`` with ``<file>.reason.txt`` and
``<file>.reason.json`` (hq/importer.py). Nothing else removes them, so the folder only
grows. :func:`report` counts what is there (files, bytes, by reason and by device, oldest
and newest); :func:`purge` removes the entries refused longer ago than the retention
(``DEFAULT_RETENTION_DAYS``, or ``--older-than DAYS``), each with its two reason files, and
is audited in the HQ ``events`` table (action ``quarantine_purge``). An entry younger than
the retention is never removed, whatever is asked: a device's receipt lists the refusals of
the last weeks from this folder, and an analyst may still need the file.

An entry's age is the ``at`` of its ``.reason.json`` (when it was refused), else the file's
modification time.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from inspector_desk.hq.repo import Repository

QUARANTINE = "quarantine"
DEFAULT_RETENTION_DAYS = 90
MIN_RETENTION_DAYS = 7
"""No retention shorter than this: receipts carry a device's recent refusals from here."""
WARN_BYTES = 1 << 30
"""``import`` warns when the quarantine holds more than this (1 GiB)."""
REASON_SUFFIXES = (".reason.txt", ".reason.json")
PURGE_ACTION = "quarantine_purge"


@dataclass
class Entry:
    path: Path              # the refused file (may be absent: ``.missing`` entries)
    size: int               # bytes of the file and its reason files
    at: dt.datetime
    reason: str
    device_id: str | None


@dataclass
class Report:
    count: int = 0
    bytes: int = 0
    by_reason: Counter = field(default_factory=Counter)
    by_device: Counter = field(default_factory=Counter)
    oldest: dt.datetime | None = None
    newest: dt.datetime | None = None


def size_text(n: int) -> str:
    """A number of bytes as the command line and the desk print it: "512 B", "3.4 MiB"."""
    if n < 1024:
        return f"{n} B"
    size = n / 1024
    for unit in ("KiB", "MiB"):
        if size < 1024:
            return f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GiB"


def _size(p: Path) -> int:
    try:
        return os.lstat(p).st_size
    except OSError:
        return 0


def _mtime(p: Path) -> dt.datetime | None:
    try:
        return dt.datetime.fromtimestamp(os.lstat(p).st_mtime, dt.timezone.utc)
    except OSError:
        return None


def entries(home: Path) -> list[Entry]:
    """Every quarantined file, with its reason (oldest first). Files without a reason file
    (a copy that failed half-way) count too, under the reason ``unknown``."""
    folder = Path(home) / QUARANTINE
    if not folder.is_dir():
        return []
    names = {p.name for p in folder.iterdir()}
    bases = {n[:-len(s)] for n in names for s in REASON_SUFFIXES if n.endswith(s)}
    bases |= {n for n in names if not n.endswith(REASON_SUFFIXES)}
    out = []
    for base in bases:
        path = folder / base
        info: dict = {}
        try:
            loaded = json.loads((folder / f"{base}.reason.json").read_text(encoding="utf-8"))
            info = loaded if isinstance(loaded, dict) else {}
        except (OSError, ValueError):
            pass
        at = None
        if isinstance(info.get("at"), str):
            try:
                at = dt.datetime.fromisoformat(info["at"])
                at = at if at.tzinfo else at.replace(tzinfo=dt.timezone.utc)
            except ValueError:
                at = None
        at = at or _mtime(path) or _mtime(folder / f"{base}.reason.json") or \
            _mtime(folder / f"{base}.reason.txt") or dt.datetime.now(dt.timezone.utc)
        device = info.get("device_id") if isinstance(info.get("device_id"), str) else None
        reason = info.get("reason") if isinstance(info.get("reason"), str) else "unknown"
        size = _size(path) + sum(_size(folder / f"{base}{s}") for s in REASON_SUFFIXES)
        out.append(Entry(path, size, at, reason, device))
    return sorted(out, key=lambda e: (e.at, e.path.name))


def report(home: Path) -> Report:
    r = Report()
    for e in entries(home):
        r.count += 1
        r.bytes += e.size
        r.by_reason[e.reason] += 1
        r.by_device[e.device_id or "-"] += 1
        r.oldest = e.at if r.oldest is None else min(r.oldest, e.at)
        r.newest = e.at if r.newest is None else max(r.newest, e.at)
    return r


class RetentionTooShort(ValueError):
    pass


def expired(home: Path, now: dt.datetime, days: int = DEFAULT_RETENTION_DAYS) -> list[Entry]:
    """The entries refused more than ``days`` days before ``now``."""
    if days < MIN_RETENTION_DAYS:
        raise RetentionTooShort(f"a retention of {days} days is shorter than the minimum "
                                f"({MIN_RETENTION_DAYS})")
    cutoff = now - dt.timedelta(days=days)
    return [e for e in entries(home) if e.at < cutoff]


def purge(home: Path, repo: Repository, now: dt.datetime, actor: str,
          days: int = DEFAULT_RETENTION_DAYS) -> tuple[int, int]:
    """Remove the expired entries; one ``quarantine_purge`` event in the HQ audit log.
    Returns (entries, bytes) removed."""
    gone = expired(home, now, days)
    removed, freed, by_reason = 0, 0, Counter()
    for e in gone:
        ok = True
        for p in (e.path, *(Path(f"{e.path}{s}") for s in REASON_SUFFIXES)):
            try:
                p.unlink(missing_ok=True)
            except OSError:
                ok = False
        if ok:
            removed += 1
            freed += e.size
            by_reason[e.reason] += 1
    if removed or gone:
        with repo.transaction():
            repo.add_event(now.isoformat(), actor, PURGE_ACTION, QUARANTINE, json.dumps(
                {"retention_days": days, "removed": removed, "bytes": freed,
                 "failed": len(gone) - removed, "by_reason": dict(sorted(by_reason.items()))},
                sort_keys=True))
    return removed, freed


__all__ = ["report", "entries", "expired", "purge", "Report", "Entry", "DEFAULT_RETENTION_DAYS",
           "MIN_RETENTION_DAYS", "WARN_BYTES", "RetentionTooShort"]
