"""Which version of a record is current, and when two devices changed it concurrently.

Every version headquarters receives is a node ``(record id, version, sha256)``; ``sha256``
is the hash of the record's canonical JSON, so the same content from two devices is one
node, and the same version number with different content is two. A node's ancestry:

* its own device's earlier versions on the same line (same device, same ``base``, lower
  version): a device edits a record in sequence;
* its ``base`` (the version that arrived from headquarters in an update pack, e.g. a case
  handed over from another inspector) and, recursively, that node's ancestors.

The **heads** are the nodes that are no other node's ancestor (and were not set aside by a
reviewer). One head: it is the record's current version. Several: two devices changed the
record since their common version; all heads are kept, the conflict is listed for review,
and until a reviewer chooses, the current version is the head with the highest (version,
updated_at, sha256), so the result never depends on the order bundles arrive in.
"""

from __future__ import annotations

import hashlib
from typing import Any, Callable

from inspector_desk.hq.repo import Node, Repository
from inspector_desk.hq import summary


Lookup = Callable[[int, str], "Node | None"]
"""Finds a version of the record by (version, sha256), or None."""


def is_ancestor(x: Node, y: Node, find: Lookup) -> bool:
    """True when ``x`` is ``y`` or one of its ancestors."""
    seen: set[tuple[int, str]] = set()
    while True:
        if (x.version, x.sha256) == (y.version, y.sha256):
            return True
        if (x.device_id == y.device_id and x.version < y.version
                and (x.base_version, x.base_sha256) == (y.base_version, y.base_sha256)):
            return True
        if y.base_version is None or (y.base_version, y.base_sha256) in seen:
            return False
        seen.add((y.version, y.sha256))
        parent = find(y.base_version, y.base_sha256 or "")
        if parent is None:
            return False
        y = parent


def heads(nodes: list[Node], lookup: Lookup | None = None) -> list[Node]:
    """The heads among ``nodes``: every version of a record, or at least the highest of each
    line, with ``lookup`` finding the others when a base chain leads to them."""
    known = {(n.version, n.sha256): n for n in nodes}

    def find(version: int, sha256: str) -> Node | None:
        return known.get((version, sha256)) or (lookup(version, sha256) if lookup else None)

    live = [n for n in nodes if not n.superseded]
    # On one device's line only the highest version can be a head: compare just those.
    top: dict[tuple, int] = {}
    for n in live:
        line = (n.device_id, n.base_version, n.base_sha256)
        top[line] = max(top.get(line, n.version), n.version)
    candidates = [n for n in live if n.version == top[(n.device_id, n.base_version, n.base_sha256)]]
    out = [n for n in candidates
           if not any(m is not n and is_ancestor(n, m, find) for m in candidates)]
    return sorted(out, key=rank, reverse=True)


def rank(n: Node) -> tuple[int, str, str]:
    return (n.version, n.updated_at or "", n.sha256)


def heads_key(hs: list[Node]) -> str:
    text = "|".join(sorted(f"{h.version}:{h.sha256}" for h in hs))
    return hashlib.sha256(text.encode("ascii")).hexdigest()[:32]


def report_columns(kind: str, data: dict[str, Any]) -> tuple[str | None, ...]:
    """(case id, district, inspector, case number) copied out of a record for look-ups."""
    if kind == "case":
        return data["id"], data.get("district"), data.get("inspector"), data.get("case_no")
    return data.get("case_id"), None, None, None


def refresh(repo: Repository, ids: list[str], known: dict[tuple[str, int, str], dict[str, Any]],
            at: str) -> int:
    """Recompute the current version of ``ids`` from their history; list conflicts.

    ``known`` holds the data of versions at hand (else it is read back). Returns the number
    of records with more than one head."""
    nodes, current = repo.tips(ids), repo.current(ids)
    winners, conflicts = [], 0
    for rid in ids:
        hs = heads(nodes[rid], lambda v, s, rid=rid: repo.node(rid, v, s))
        if not hs:
            continue
        top = hs[0]
        if current.get(rid) != (top.version, top.sha256, len(hs)):
            data = known.get((rid, top.version, top.sha256)) or \
                repo.version_data(rid, top.version, top.sha256) or {}
            winners.append((rid, top.version, top.sha256, len(hs), *report_columns(top.kind, data)))
        if len(hs) > 1:
            conflicts += 1
            repo.upsert_conflict(rid, heads_key(hs), top.kind, [
                {"version": h.version, "sha256": h.sha256, "device_id": h.device_id,
                 "updated_at": h.updated_at} for h in hs], at)
    changed = [w[0] for w in winners]
    before = summary.affected(repo, changed) if changed else set()
    from inspector_desk.hq import links  # the kept candidate pairs (HQ schema 6): links imports updates, merge
    persons = links.affected(repo, changed) if changed else set()
    repo.set_current(winners)
    if changed:  # the per-case summary (hq/summary.py), in the same transaction
        summary.update(repo, before | summary.affected(repo, changed), at)
        links.update(repo, persons | links.affected(repo, changed))
    return conflicts
