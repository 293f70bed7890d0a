"""``enrol request | import``: enrolment at headquarters (app/sync.py)."""

from __future__ import annotations

from pathlib import Path

from inspector_desk.cli.common import Commands, Context, UsageError, fingerprint_arg, with_session


@with_session
def cmd_enrol_request(ctx: Context, session) -> int:
    from inspector_desk.app import sync

    path = sync.enrolment_request(session, Path(ctx.args.to))
    ctx.say(ctx.t("label.enrol_request_written", path=path))
    return 0


def cmd_enrol_import(ctx: Context) -> int:
    from inspector_desk.app import sync

    if not ctx.args.hq_fingerprint:  # before the passphrase: no trust on first use, ever
        raise UsageError("usage.hq_fingerprint_required")
    passphrase = ctx.passphrase(ctx.args.passphrase_file)
    with ctx.unlocked(passphrase) as session:
        e = sync.import_enrolment(session, Path(ctx.args.file), expect_hq_key_id=ctx.args.hq_fingerprint,
                                  profiles=ctx.profiles, profile=ctx.args.profile, passphrase=passphrase)
    ctx.say(ctx.t("label.enrolled", prefix=e.case_prefix, fingerprint=e.hq.signing_key_id))
    return 0


def register(cli: Commands) -> None:
    enrol = cli.group("enrol", "enrolment at headquarters")
    s = enrol.add("request", cmd_enrol_request, "write the enrolment request for headquarters")
    s.add_argument("--to", default=".", help="folder or file (default: the current folder)")
    s = enrol.add("import", cmd_enrol_import, "import the enrolment file from headquarters")
    s.add_argument("file")
    s.add_argument("--hq-fingerprint", type=fingerprint_arg,
                   help="headquarters key fingerprint from its letter (required; headquarters "
                        "prints it with 'inspector-desk-hq keys show')")
