"""The vault itself: ``init``, ``passwd``, ``rekey``, ``backup``, ``restore``, ``doctor``,
``demo``. ``init`` makes the vault and the others open it through the one unlock path
(:meth:`Context.core`); ``passwd`` and ``restore`` work on the key file and the files and
never open a session (docs/vault.md)."""

from __future__ import annotations

from pathlib import Path

from inspector_desk.cli.common import Commands, Context, with_session


def cmd_init(ctx: Context) -> int:
    import dataclasses

    from inspector_desk.app.session import InspectorInfo

    a = ctx.args
    extra = {"rank": a.rank, "unit_kk": a.unit_kk, "unit_en": a.unit_en}
    known = {f.name for f in dataclasses.fields(InspectorInfo)}  # fields of this version
    info = InspectorInfo(name=a.name, login=a.badge, unit=a.unit, district=a.district,
                         **{k: v for k, v in extra.items() if k in known and v})
    with ctx.core(create=info, allow_passphrase_only=a.passphrase_only) as core:
        mode = core.session.keyfile.mode
        if mode == "passphrase_only":
            ctx.say(ctx.t("label.passphrase_only_warning"))
        ctx.say(ctx.t("label.vault_created", path=ctx.profiles.folder(a.profile), mode=mode))
    return 0


def cmd_passwd(ctx: Context) -> int:
    a = ctx.args
    old = ctx.passphrase(a.passphrase_file)
    new = ctx.passphrase(a.new_passphrase_file, prompt_key="label.new_passphrase", confirm=True)
    ctx.profiles.change_passphrase(a.profile, old, new)
    ctx.say(ctx.t("label.passphrase_changed"))
    return 0


def cmd_rekey(ctx: Context) -> int:
    passphrase = ctx.passphrase(ctx.args.passphrase_file)
    with ctx.unlocked(passphrase) as session:
        ctx.profiles.rekey(session, ctx.args.profile, passphrase)
    ctx.say(ctx.t("label.rekeyed"))
    return 0


def cmd_backup(ctx: Context) -> int:
    passphrase = ctx.passphrase(ctx.args.passphrase_file)
    with ctx.unlocked(passphrase) as session:
        info = ctx.profiles.backup(session, ctx.args.profile, passphrase, Path(ctx.args.to))
    ctx.say(ctx.t("label.backup_done", path=info.path))
    return 0


def cmd_restore(ctx: Context) -> int:
    passphrase = ctx.passphrase(ctx.args.passphrase_file)
    # Checked in full first (not a backup / damaged / wrong passphrase, counted by the
    # back-off) before anything of the profile is touched; the old files are kept aside.
    kept = ctx.profiles.restore(ctx.args.profile, Path(ctx.args.backup), passphrase)
    if kept.exists():
        ctx.say(ctx.t("label.restore_done", path=kept))
    else:
        ctx.say(ctx.t("label.restore_done_fresh"))
    return 0


def _doctor_file_modes(ctx: Context) -> int:
    """Report (with ``--repair`` also fix) every file or folder under the data home (every
    profile's folder included) that others than its user may read (docs/vault.md, "File
    modes"); returns how many remain."""
    import os

    from inspector_desk.paths import mode_problems, mode_report, tree

    if os.name == "nt":  # no mode bits: the user-only ACL is given where each file is made
        return 0
    problems = mode_problems(tree(ctx.profiles.home), repair=ctx.args.repair)
    for key, params in mode_report(problems, repair=ctx.args.repair):
        ctx.say(ctx.t(key, command="inspector-desk doctor --repair", **params))
    return sum(not p.repaired for p in problems)


def cmd_doctor(ctx: Context) -> int:
    # File modes first: they need no passphrase and are worth knowing when the vault does
    # not open. A wide mode is a warning; only the vault's own checks set the exit status.
    _doctor_file_modes(ctx)
    with ctx.unlocked() as session:
        return _doctor_vault(ctx, session)


def _doctor_vault(ctx: Context, session) -> int:
    report = session.vault.doctor()
    ctx.say(f"SQLCipher {report.cipher_version}; schema {report.schema_version}; "
            f"audit entries {report.audit_entries}")
    ctx.say("integrity_check: " + ", ".join(report.integrity[:5]))
    ctx.say("cipher_integrity_check: " + (", ".join(report.cipher_integrity[:5]) or "ok"))
    ctx.say("audit chain: " + ("ok" if not report.audit_problems else f"{len(report.audit_problems)} problem(s)"))
    for problem in report.audit_problems[:20]:
        ctx.say(f"  - {problem}")
    ctx.say("records: " + ", ".join(f"{k} {v}" for k, v in report.records.items()))
    ctx.say(ctx.t("label.doctor_ok") if report.ok else ctx.t("label.doctor_fail"))
    return 0 if report.ok else 1


@with_session
def cmd_demo(ctx: Context, session) -> int:
    from inspector_desk.app.demo import generate

    stats = generate(session, households=ctx.args.households, seed=ctx.args.seed)
    ctx.say(ctx.t("label.demo_done", **stats))
    return 0


def register(cli: Commands) -> None:
    s = cli.add("init", cmd_init, "create the encrypted vault of a profile")
    s.add_argument("--name", required=True, help="inspector's full name")
    s.add_argument("--badge", required=True, help="badge number (the login)")
    s.add_argument("--unit", default="", help="the unit's name in Russian")
    s.add_argument("--unit-kk", default="", help="the unit's name in Kazakh (Kazakh documents)")
    s.add_argument("--unit-en", default="", help="the unit's name in English")
    s.add_argument("--rank", default="", help="the inspector's rank, as printed on documents")
    s.add_argument("--district", default="")
    s.add_argument("--passphrase-only", action="store_true",
                   help="accept protection by the passphrase alone when there is no OS keyring")
    s = cli.add("passwd", cmd_passwd, "change the passphrase")
    s.add_argument("--new-passphrase-file")
    cli.add("rekey", cmd_rekey, "re-encrypt the vault under a new database key")
    s = cli.add("backup", cmd_backup, "write a verified encrypted backup")
    s.add_argument("--to", required=True, help="folder to write the backup into")
    s = cli.add("restore", cmd_restore, "restore a backup (the current files are kept aside)")
    s.add_argument("backup")
    s = cli.add("doctor", cmd_doctor, "check the vault: integrity, encryption, audit chain, "
                "and that only you can read the program's files")
    s.add_argument("--repair", action="store_true",
                   help="give files and folders that others could read mode 0600/0700")
    s = cli.add("demo", cmd_demo, "fill the vault with realistic synthetic data")
    s.add_argument("--households", type=int, default=50)
    s.add_argument("--seed", type=int, default=1)
