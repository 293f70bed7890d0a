"""Notices from headquarters, carried in update packs as ``notices.jsonl``.

One canonical JSON object per line. The only kind today is ``linked_person`` (docs/hq.md,
"Linked persons"): an analyst at headquarters confirmed that the person ``person_id`` of
this device's case ``case_no`` (id ``case_id``) is also a person of case ``other_case_no``
of inspector ``other_inspector``. A notice says nothing else about the other family, and a
line with any other field, a missing one, a wrong type, an id that is not a UUID, or text
with control or bidi characters refuses the whole pack (sync/apply_update.py).

Headquarters builds the lines with :func:`notice_line`; the device checks each with
:func:`check_notice`, keeps it in the vault's ``sync_notices`` table (migration 0009), once
per ``notice_id``, and lists them with :func:`list_notices`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from inspector_desk.core.hygiene import clean_line
from inspector_desk.sync.canonical import UUID_RE, canonical

NOTICES_NAME = "notices.jsonl"
KINDS = ("linked_person",)
MAX_TEXT = 64
MAX_NOTICES = 10_000  # per pack
FIELDS = ("notice_id", "kind", "issued_at", "case_id", "case_no", "person_id", "other_case_no",
          "other_inspector")


class NoticeFormatError(ValueError):
    """A notice line that is not exactly what this version writes."""


@dataclass(frozen=True)
class Notice:
    notice_id: str
    kind: str
    issued_at: str
    case_id: str
    case_no: str
    person_id: str
    other_case_no: str
    other_inspector: str
    received_at: str = ""
    pack_seq: int = 0

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if k in FIELDS}


def _text(value: Any, name: str) -> str:
    if not isinstance(value, str) or not value or len(value) > MAX_TEXT or clean_line(value) != value:
        raise NoticeFormatError(f"notice {name}: a short single line of text")
    return value


def check_notice(value: Any) -> Notice:
    """The notice a line holds, or :class:`NoticeFormatError`."""
    if not isinstance(value, dict) or set(value) != set(FIELDS):
        raise NoticeFormatError(f"a notice has exactly the fields {', '.join(FIELDS)}")
    for name in ("notice_id", "case_id", "person_id"):
        if not isinstance(value[name], str) or not UUID_RE.match(value[name]):
            raise NoticeFormatError(f"notice {name}: not an id")
    if value["kind"] not in KINDS:
        raise NoticeFormatError("notice kind: unknown")
    issued = _text(value["issued_at"], "issued_at")
    try:
        dt.datetime.fromisoformat(issued)
    except ValueError:
        raise NoticeFormatError("notice issued_at: not a date and time") from None
    for name in ("case_no", "other_case_no", "other_inspector"):
        _text(value[name], name)
    return Notice(**{k: value[k] for k in FIELDS})


def notice_line(notice: Notice) -> bytes:
    data = notice.to_json()
    check_notice(data)  # headquarters never writes what a device would refuse
    return canonical(data) + b"\n"


def store_notice(conn: Any, notice: Notice, pack_seq: int, at: str) -> bool:
    """Keep a notice (inside the caller's transaction); False when it was already kept."""
    before = conn.total_changes
    conn.execute("INSERT INTO sync_notices (notice_id, kind, issued_at, received_at, pack_seq, "
                 "case_id, case_no, person_id, other_case_no, other_inspector) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (notice_id) DO NOTHING",
                 (notice.notice_id, notice.kind, notice.issued_at, at, pack_seq, notice.case_id,
                  notice.case_no, notice.person_id, notice.other_case_no, notice.other_inspector))
    return conn.total_changes > before


def list_notices(conn: Any, case_id: str | None = None) -> list[Notice]:
    """The notices kept, oldest first; only those of one case with ``case_id``."""
    sql = ("SELECT notice_id, kind, issued_at, case_id, case_no, person_id, other_case_no, "
           "other_inspector, received_at, pack_seq FROM sync_notices")
    params: tuple = ()
    if case_id is not None:
        sql, params = sql + " WHERE case_id = ?", (case_id,)
    rows = conn.execute(sql + " ORDER BY issued_at, pack_seq, notice_id", params).fetchall()
    return [Notice(*r) for r in rows]


__all__ = ["NOTICES_NAME", "Notice", "NoticeFormatError", "check_notice", "list_notices",
           "notice_line", "store_notice"]
