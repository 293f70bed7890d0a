"""``export``, ``import-receipt``, ``import-update``, ``notices`` and ``send``: bundles for
headquarters and what comes back (app/sync.py, app/notices.py, app/online.py)."""

from __future__ import annotations

import sys
from pathlib import Path

from inspector_desk.cli.common import Commands, Context, wants_json, with_session


@with_session
def cmd_export(ctx: Context, session) -> int:
    """The passphrase every time: exporting discloses everything not yet sent."""
    from inspector_desk.app import sync

    job = sync.export(session, Path(ctx.args.to))
    for done, total in job:
        if sys.stderr.isatty():
            print(f"\r{100 * done // max(total, 1):3d}%", end="", file=sys.stderr)
    for b in job.result:
        ctx.say(ctx.t("label.bundle_written", path=b.path, seq=b.seq, records=b.records,
                      attachments=b.attachments))
    return 0


@with_session
def cmd_import_receipt(ctx: Context, session) -> int:
    from inspector_desk.app import sync

    r = sync.import_receipt(session, Path(ctx.args.file))
    ctx.say(ctx.t("label.receipt_imported", bundles=", ".join(map(str, r.acknowledged)) or "-",
                  change=r.acked_change))
    for rej in r.rejected:
        ctx.say(ctx.t("label.receipt_rejection", file=rej.get("file", ""), reason=rej.get("reason", "")))
    for line in sync.held_notes(session, r, ctx.lang):
        ctx.say(line)
    return 0


@with_session
def cmd_import_update(ctx: Context, session) -> int:
    from inspector_desk.app import sync

    r = sync.import_update(session, Path(ctx.args.file))
    ctx.say(ctx.t("label.update_applied", seq=r.seq, forms=", ".join(r.forms) or "-",
                  rules=r.rules_changed, records=r.records, kept=len(r.kept_local)))
    return 0


@with_session
def cmd_notices(ctx: Context, session) -> int:
    """Notices from headquarters (app/notices.py): a person also in another inspector's case."""
    from inspector_desk.app import notices

    found = [n for n in notices.notices(session)
             if ctx.args.case in (None, n.case_no, n.case_id)]
    if wants_json(ctx):
        ctx.say_json([{**n.to_json(), "text": notices.notice_text(session, n, ctx.lang)}
                      for n in found])
        return 0
    for n in found:
        ctx.say(notices.notice_text(session, n, ctx.lang))
    if not found:
        ctx.say(ctx.t("label.no_notices"))
    return 0


@with_session
def cmd_send(ctx: Context, session) -> int:
    """One online exchange with headquarters (app/online.py, docs/hq-server.md). Exit 1 when
    a bundle was set aside, 2 (one line) when headquarters could not be reached or was busy."""
    from inspector_desk.app import online, sync

    kw = {}
    if ctx.args.client_cert:
        kw["client_cert"] = (Path(ctx.args.client_cert), Path(ctx.args.client_key or ctx.args.client_cert))
    with online.client_for(session, ctx.args.url, **kw) as client:
        job = online.send(session, client=client)
        try:
            while True:
                done, total = next(job)
                if sys.stderr.isatty():
                    print(f"\r{100 * done // max(total, 1):3d}%", end="", file=sys.stderr)
        except StopIteration as stop:
            r = stop.value
    for seq, offset in r.resumed.items():
        ctx.say(ctx.t("label.send_resumed", seq=seq, offset=offset))
    for seq in r.sent:
        ctx.say(ctx.t("label.send_sent", seq=seq))
    for seq in r.already:
        ctx.say(ctx.t("label.send_already", seq=seq))
    for seq in r.waiting:
        ctx.say(ctx.t("label.send_waiting", seq=seq))
    for a in r.set_aside:
        why = ctx.t(a.reason) if a.reason != ctx.t(a.reason) else a.message
        ctx.say(ctx.t("label.send_set_aside", seq=a.seq, reason=why,
                      path=online.outbox_folder(session) / "refused" / a.file))
    if r.acknowledged:
        ctx.say(ctx.t("label.send_acknowledged", seqs=", ".join(map(str, r.acknowledged))))
    if r.packs:
        ctx.say(ctx.t("label.send_packs", count=len(r.packs)))
    for receipt in r.receipts[-1:]:
        for line in sync.held_notes(session, receipt, ctx.lang):
            ctx.say(line)
    if not (r.sent or r.already or r.waiting or r.set_aside or r.packs):
        ctx.say(ctx.t("label.send_nothing"))
    return 1 if r.set_aside else 0


def register(cli: Commands) -> None:
    s = cli.add("export", cmd_export, "write the bundle(s) for headquarters: everything not yet acknowledged")
    s.add_argument("--to", required=True, help="folder (USB stick or network share)")
    s = cli.add("import-receipt", cmd_import_receipt, "import a headquarters receipt (*.idr)")
    s.add_argument("file")
    s = cli.add("import-update", cmd_import_update, "apply a headquarters update pack (*.idu)")
    s.add_argument("file")
    s = cli.add("notices", cmd_notices, "notices from headquarters: a person of your case also in "
                "another inspector's case", json=True)
    s.add_argument("--case", help="only this case (number or id)")
    s = cli.add("send", cmd_send, "send everything not yet acknowledged to headquarters over the "
                "network, take the receipt and update packs (docs/hq-server.md)")
    s.add_argument("--url", help="another address of the same intake (the pinned key stays)")
    s.add_argument("--client-cert", help="mutual TLS at headquarters' proxy: this laptop's certificate (PEM)")
    s.add_argument("--client-key", help="its private key (PEM; default: in the certificate file)")
