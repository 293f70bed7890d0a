"""``recover request | apply``: a forgotten passphrase, through headquarters (app/sync.py).
Neither opens the vault: that is what cannot be done without headquarters' answer."""

from __future__ import annotations

from pathlib import Path

from inspector_desk.cli.common import Commands, Context


def cmd_recover_request(ctx: Context) -> int:
    from inspector_desk.app import sync

    sync.can_request_recovery(ctx.profiles, ctx.args.profile)  # before asking for anything
    new = ctx.passphrase(ctx.args.new_passphrase_file, prompt_key="label.new_passphrase", confirm=True)
    path = sync.recovery_request(ctx.profiles, ctx.args.profile, new, Path(ctx.args.to))
    ctx.say(ctx.t("label.recovery_request_written", path=path))
    return 0


def cmd_recover_apply(ctx: Context) -> int:
    from inspector_desk.app import sync

    new = ctx.passphrase(ctx.args.new_passphrase_file, prompt_key="label.new_passphrase")
    sync.recover(ctx.profiles, ctx.args.profile, Path(ctx.args.file), new)
    ctx.say(ctx.t("label.recovered"))
    return 0


def register(cli: Commands) -> None:
    recover = cli.group("recover", "forgotten passphrase: recovery through headquarters")
    s = recover.add("request", cmd_recover_request, "choose a new passphrase, write the request")
    s.add_argument("--to", default=".", help="folder or file (default: the current folder)")
    s.add_argument("--new-passphrase-file")
    s = recover.add("apply", cmd_recover_apply, "apply headquarters' answer (*.idrec)")
    s.add_argument("file")
    s.add_argument("--new-passphrase-file")
