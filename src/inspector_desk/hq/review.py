"""The review queue: records two devices changed concurrently (hq/merge.py).

``conflicts`` lists them with each head's version, content hash and device; a reviewer
reads both versions (``show``) and keeps one: the others are set aside (never deleted),
the kept one becomes current, and the decision is logged. A device that later continues
a set-aside line makes a new head, and the record is listed again.
"""

from __future__ import annotations

from typing import Any

from inspector_desk.core.errors import NotFound, ValidationError
from inspector_desk.hq import merge
from inspector_desk.hq.repo import Repository


def open_conflicts(repo: Repository) -> list[dict[str, Any]]:
    return repo.conflicts("open")


def versions(repo: Repository, record_id: str) -> list[tuple[merge.Node, dict[str, Any]]]:
    """Every head of the record with its data, the current one first."""
    nodes = repo.nodes([record_id])[record_id]
    if not nodes:
        raise NotFound("no such record at headquarters", kind="record", id=record_id)
    return [(h, repo.version_data(record_id, h.version, h.sha256) or {}) for h in merge.heads(nodes)]


def resolve(repo: Repository, record_id: str, keep: str, at: str, actor: str, note: str = "") -> merge.Node:
    """Keep the head named ``keep`` ("<version>:<first hex digits of its sha256>")."""
    version_text, _, prefix = keep.partition(":")
    with repo.transaction():
        hs = merge.heads(repo.nodes([record_id])[record_id])
        chosen = [h for h in hs if str(h.version) == version_text and h.sha256.startswith(prefix)]
        if len(chosen) != 1 or not prefix:
            raise ValidationError({"keep": ["not_a_head"]}, record_id=record_id)
        node = chosen[0]
        repo.supersede(record_id, (node.version, node.sha256))
        merge.refresh(repo, [record_id], {}, at)
        repo.resolve_conflicts(record_id, at, f"kept {node.version}:{node.sha256[:12]} ({actor}) {note}".strip())
        repo.add_event(at, actor, "resolve", record_id, f"kept {node.version}:{node.sha256[:12]} {note}")
    return node
