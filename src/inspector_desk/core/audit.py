"""The hash-chained audit log.

Each entry's hash covers its own fields and the previous entry's hash, so editing an entry,
removing one from the middle, or reordering them breaks the chain, and ``doctor`` reports
where. Removing entries from the end is caught by the head (last sequence number and hash)
that is kept beside the log and carried in every export bundle, so headquarters holds an
anchor the device cannot rewrite.

Entries name records by id, never by content: the audit log says *that* a person's record was
viewed, not who that person is.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, asdict
from typing import Any, Iterable

GENESIS = "0" * 64
ACTIONS = ("create", "update", "delete", "view", "print", "export", "import", "unlock",
           "lock", "passwd", "rekey", "backup", "restore", "recover")


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str  # ISO 8601 with offset
    actor: str
    device_id: str
    action: str
    kind: str
    record_id: str
    detail: str
    prev_hash: str
    hash: str = ""

    def body(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("hash")
        return d


def entry_hash(entry: AuditEntry) -> str:
    canonical = json.dumps(entry.body(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def seal(entry: AuditEntry) -> AuditEntry:
    return AuditEntry(**{**entry.body(), "hash": entry_hash(entry)})


def verify_chain(entries: Iterable[AuditEntry], head: tuple[int, str] | None = None) -> list[str]:
    """Problems found in the chain, in order; an empty list means it is intact."""
    problems: list[str] = []
    prev_hash, prev_seq = GENESIS, 0
    for e in entries:
        if e.seq != prev_seq + 1:
            problems.append(f"entry {e.seq}: sequence jumps from {prev_seq} (entries removed)")
        if e.prev_hash != prev_hash:
            problems.append(f"entry {e.seq}: does not follow the entry before it")
        if entry_hash(e) != e.hash:
            problems.append(f"entry {e.seq}: content was changed after it was written")
        prev_hash, prev_seq = e.hash, e.seq
    if head is not None and head != (prev_seq, prev_hash):
        problems.append(f"the log ends at entry {prev_seq} but its head says {head[0]} (entries removed)")
    return problems
