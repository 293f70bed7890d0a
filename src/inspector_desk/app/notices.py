"""Notices from headquarters on the device, for the command line and the screens (no Qt).

Headquarters sends them in update packs (sync/notices.py; docs/hq.md "Linked persons"):
today "the person of your case K7QM-2026-0042 also appears in case BBBB-2026-0007 of
inspector B-2". :func:`notices` lists them (all, or one case's, for the case page);
:func:`notice_text` says one in the user's language, with the person's name as this vault
knows it.
"""

from __future__ import annotations

from inspector_desk.app.session import Session
from inspector_desk.core.errors import NotFound
from inspector_desk.core.records import Person
from inspector_desk.messages import text
from inspector_desk.sync.notices import Notice, list_notices

__all__ = ["Notice", "notices", "notice_text"]


def notices(session: Session, case_id: str | None = None) -> list[Notice]:
    """The notices this vault holds, oldest first; with ``case_id`` only that case's."""
    return list_notices(session.store.conn, case_id)


def notice_text(session: Session, notice: Notice, lang: str = "ru") -> str:
    """One line: when, which case and person, the other case and its inspector."""
    try:
        name = session.store.get(Person, notice.person_id).full_name or "-"
    except NotFound:
        name = "-"
    return text("label.notice_linked_person", lang, at=notice.issued_at[:16].replace("T", " "),
                case=notice.case_no, person=name, other_case=notice.other_case_no,
                inspector=notice.other_inspector)
