"""``print`` and ``verify-document``: documents as PDF (app/documents.py), and checking a
printed one against the vault. Printing is recorded in the audit log by app/documents.py."""

from __future__ import annotations

from pathlib import Path

from inspector_desk.cli.common import (
    CliError, Commands, Context, LazyChoices, UsageError, month_arg, with_session,
)

PRINT_FOR = {"offender": "offender", "protected": "protected", "file": "internal"}
"""``print --for``: whose rendering of a record's document (the file's copy is "internal")."""


def _this_month(session) -> str:
    from inspector_desk.core.statistics import Month

    return str(Month.of(session.clock.now()))


@with_session
def cmd_print(ctx: Context, session) -> int:
    """A document as PDF, built in memory and written only to the file named by --to."""
    import os

    from inspector_desk.app.documents import print_document

    a = ctx.args
    if a.kind != "statistics" and not a.id:
        raise UsageError("usage", detail=f"print {a.kind} needs the record id")
    if a.by and a.kind != "statistics":
        raise UsageError("usage.print_by")
    audience = PRINT_FOR.get(a.for_ or "")
    if a.for_ or a.person:
        from inspector_desk.app.documents import RECORD_DOCUMENTS, renderings

        offered = renderings(session, a.kind, a.id) if a.kind in RECORD_DOCUMENTS else []
        names = [k for k, v in PRINT_FOR.items() if any(r.audience == v for r in offered)]
        chosen = [r for r in offered if (audience is None or r.audience == audience)
                  and (not a.person or r.person_id == a.person)]
        if not chosen:
            raise UsageError("usage.print_for", choices=", ".join(names) or "-")
        audience = chosen[0].audience
        person = a.person or (chosen[0].person_id if audience == "protected" else None)
    else:
        person = None
    target = Path(a.to)
    if a.kind == "statistics" and a.by and target.suffix.lower() == ".csv":
        from inspector_desk.app.documents import print_statistics_by

        pdf = print_statistics_by(session, a.month or _this_month(session), a.by, fmt="csv")
    else:
        pdf = print_document(session, a.kind, a.id, a.doc_lang or ctx.lang, month=a.month,
                             audience=audience, person_id=person, by=a.by)
    try:
        from inspector_desk.paths import open_private

        with os.fdopen(open_private(target, exclusive=not a.force), "wb") as out:  # 0600
            out.write(pdf)
    except FileExistsError:
        raise CliError("file_exists", path=target) from None
    except OSError as exc:
        raise CliError("file_error", detail=f"{target}: {exc.strerror}") from None
    ctx.say(ctx.t("label.document_saved", path=target, size=(len(pdf) + 1023) // 1024))
    return 0


@with_session
def cmd_verify_document(ctx: Context, session) -> int:
    """Check a printed document's code with this device's key and the current record."""
    from inspector_desk.app.documents import verify

    a = ctx.args
    if a.pdf:
        try:
            data: str | bytes = Path(a.pdf).read_bytes()
        except OSError as exc:
            raise CliError("file_error", detail=f"{a.pdf}: {exc.strerror}") from None
    else:
        data = a.payload
    result = verify(session, data)
    code = result.payload
    ctx.say(ctx.t(f"label.verify_{result.status}",
                  document=code.document if code else "", version=code.version if code else "",
                  current=result.current_version or "", record=code.record_id if code else "",
                  key_id=code.key_id if code else "",
                  printed=code.printed_moment.strftime("%d.%m.%Y %H:%M") if code else ""))
    return 0 if result.status == "valid" else 1


def register(cli: Commands) -> None:
    # print's own --lang is the document's language; the messages' --lang goes before "print".
    s = cli.add("print", cmd_print, "save a document as PDF (visit act, incident report, "
                "measure notice, referral, case summary, monthly statistics)", global_lang=False)
    s.add_argument("kind", choices=LazyChoices("inspector_desk.app.documents", "DOCUMENTS"),
                   metavar="DOCUMENT", help="%(choices)s")
    s.add_argument("id", nargs="?", help="record id, as 'case show' lists it (case-summary: "
                                         "case number or id)")
    s.add_argument("--month", type=month_arg, help="statistics: YYYY-MM (default: this month)")
    s.add_argument("--by", choices=("district", "inspector"),
                   help="statistics: every district or inspector of the vault side by side "
                        "(a --to ending in .csv writes the figures as CSV)")
    s.add_argument("--for", dest="for_", choices=tuple(PRINT_FOR),
                   help="whose copy: the offender's, a protected person's, or the file's "
                        "(default: the document's own, as in the preview)")
    s.add_argument("--person", help="with --for protected: the protected person's id "
                                    "(default: the first)")
    s.add_argument("--lang", dest="doc_lang", choices=("ru", "kk", "en"),
                   help="language of the document (default: that of messages)")
    s.add_argument("--to", required=True, help="the PDF (or, with --by, CSV) file to write")
    s.add_argument("--force", action="store_true", help="overwrite an existing file")
    s = cli.add("verify-document", cmd_verify_document,
                "check a printed document's QR code or PDF against the vault")
    g = s.add_mutually_exclusive_group(required=True)
    g.add_argument("--payload", help="the text of the document's QR code")
    g.add_argument("--pdf", help="a PDF printed by Inspector Desk")
