"""``inspector-desk-hq``: the headquarters command line (no Qt).

Passphrases come from ``--passphrase-file`` (first line), standard input, or a prompt;
never from an argument. Errors are one line with exit status 2; ``import`` exits 1 when a
file was refused (it is in the quarantine folder with its reason).
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import logging
import os
import sys
from pathlib import Path
from typing import Any, Callable

from inspector_desk import __version__
from inspector_desk.core.errors import InspectorDeskError
from inspector_desk.core.hygiene import printable
from inspector_desk.hq import commands
from inspector_desk.messages import describe, language_from_env, text
from inspector_desk.paths import data_home

EXIT_USER = 2


def default_home() -> Path:
    return data_home("INSPECTOR_DESK_HQ_HOME", "InspectorDeskHQ")


class Hq:
    """What every command needs: the folder, the database URL, passphrases, output."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.home = Path(args.home) if args.home else default_home()
        self.lang = args.lang or language_from_env()
        self._stdin: list[str] | None = None

    def t(self, key: str, **params: Any) -> str:
        return text(key, self.lang, **params)

    def say(self, line: str = "") -> None:
        """The one way a command prints: what a device sent (a held change's detail, a
        person's name) cannot act on the terminal (control and bidi characters escaped)."""
        print(printable(line))

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.timezone.utc).astimezone().replace(microsecond=0)

    def secret(self, file_arg: str | None, prompt: str) -> str:
        if file_arg:
            try:
                return Path(file_arg).read_text(encoding="utf-8").splitlines()[0]
            except (OSError, IndexError) as exc:
                raise InspectorDeskError(f"{file_arg}: {type(exc).__name__}") from None
        if not sys.stdin.isatty():
            if self._stdin is None:
                self._stdin = sys.stdin.read().splitlines()
            if not self._stdin:
                raise InspectorDeskError("standard input has no passphrase line left")
            return self._stdin.pop(0)
        return getpass.getpass(prompt)

    def passphrase(self) -> str:
        return self.secret(self.args.passphrase_file, self.t("hq.passphrase"))

    def actor(self, repo: Any, *, required: bool = False) -> str:
        """The login of the person running a command that changes something (hq/users.py):
        ``--user`` (or $INSPECTOR_DESK_HQ_USER) proved by that user's passphrase. A database
        without users yet records "hq", except for decisions, which always need a person."""
        from inspector_desk.hq import users

        login = self.args.user or os.environ.get("INSPECTOR_DESK_HQ_USER", "")
        if login:
            secret = self.secret(self.args.user_passphrase_file, self.t("hq.user_passphrase", login=login))
            return users.authenticate(repo, login, secret).login
        if required or users.has_users(repo):
            raise users.UserRequired("name yourself with --user", first=not users.has_users(repo))
        print(self.t("hq.no_users_warning"), file=sys.stderr)
        return users.NO_USER

    def officers(self, count: int) -> list[str]:
        files = list(self.args.officer_passphrase_file or [])
        return [self.secret(files[i] if i < len(files) else None,
                            self.t("hq.officer_passphrase", n=i + 1)) for i in range(count)]


def _window(name: str) -> Any:
    """The headquarters desk lives above hq (it is Qt, beside the inspector's UI): hq never
    imports it, it is found by name when its command runs, so every other command starts
    without Qt."""
    import importlib

    return importlib.import_module(f"inspector_desk.hqdesk.{name}")


def _desk(hq: Hq) -> int:
    return _window("app").main(hq)


def _demo(hq: Hq) -> int:
    return _window("demo").main(hq)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="inspector-desk-hq", description="Inspector Desk headquarters")
    p.add_argument("--version", action="version", version=f"Inspector Desk HQ {__version__}")
    p.add_argument("--home", help="headquarters folder (keys, quarantine, outbox; default "
                                  "$INSPECTOR_DESK_HQ_HOME or the platform data folder)")
    p.add_argument("--db", help="postgresql://… (default: the encrypted SQLite file HOME/hq.db)")
    p.add_argument("--passphrase-file", help="first line: the headquarters passphrase")
    p.add_argument("--officer-passphrase-file", action="append",
                   help="a recovery officer's passphrase (once per officer, in order)")
    p.add_argument("--user", help="your headquarters login (default $INSPECTOR_DESK_HQ_USER): "
                                  "changes are recorded under it (docs/hq.md)")
    p.add_argument("--user-passphrase-file", help="first line: your own passphrase")
    p.add_argument("--lang", choices=("ru", "kk", "en"))
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(parent, name: str, fn: Callable, help_: str) -> argparse.ArgumentParser:
        sp = parent.add_parser(name, help=help_)
        sp.set_defaults(fn=fn)
        return sp

    keys = sub.add_parser("keys", help="headquarters keys").add_subparsers(dest="keys_cmd", required=True)
    s = add(keys, "init", commands.keys_init, "create the key pairs (signing, import, recovery)")
    s.add_argument("--officers", type=int, default=2, help="recovery officers (at least 2, all needed)")
    add(keys, "show", commands.keys_show, "print the public keys and the fingerprint")

    enrol = sub.add_parser("enrol", help="device enrolment").add_subparsers(dest="enrol_cmd", required=True)
    s = add(enrol, "approve", commands.enrol_approve, "approve a request, write the enrolment file")
    s.add_argument("request")
    s.add_argument("--prefix", required=True, help="case-number prefix, e.g. K7QM")
    s.add_argument("--unit")
    s.add_argument("--out", help="file or folder for the enrolment (default: beside the request)")
    s.add_argument("--replace-key", action="store_true",
                   help="the device id is enrolled with another key: replace it (the old key "
                        "is revoked; needs --reason)")
    s.add_argument("--reason", help="why the key is replaced (kept in the HQ audit log)")

    dev = sub.add_parser("devices", help="enrolled devices").add_subparsers(dest="dev_cmd")
    add(dev, "list", commands.devices_list, "list devices, their last bundle and gaps")
    s = add(dev, "revoke", commands.devices_revoke, "refuse every further bundle of a device")
    s.add_argument("device_id")
    s.add_argument("--reason", required=True)

    s = add(sub, "import", commands.import_bundles, "import bundle files or folders of them")
    s.add_argument("paths", nargs="+")
    s.add_argument("--receipts", help="folder for the receipts (default HOME/outbox/receipts)")
    s.add_argument("--max-size", type=int, default=8 << 30, help="refuse larger files (bytes)")
    s = add(sub, "quarantine", commands.quarantine,
            "what the quarantine folder holds (by reason, by device); --purge removes old entries")
    s.add_argument("--older-than", type=int, default=None, metavar="DAYS",
                   help="retention in days (default 90, at least 7): entries refused longer ago "
                        "are listed, and removed with --purge")
    s.add_argument("--purge", action="store_true",
                   help="remove the entries older than the retention (recorded in the HQ audit log)")
    s = add(sub, "receipt", commands.receipt, "write a device's receipt again")
    s.add_argument("device_id")
    s.add_argument("--out")

    users = sub.add_parser("users", help="people at headquarters").add_subparsers(dest="u_cmd")
    add(users, "list", commands.users_list, "list users")
    s = add(users, "add", commands.users_add, "add a user (the first one is an admin; later ones "
            "need an admin's --user)")
    s.add_argument("login")
    s.add_argument("--name", required=True)
    s.add_argument("--role", choices=("admin", "analyst", "chief", "officer"), default="analyst")
    s.add_argument("--new-passphrase-file", help="first line: the new user's passphrase")
    s = add(users, "disable", commands.users_disable, "a user who may no longer act")
    s.add_argument("login")
    s.add_argument("--reason", required=True)

    conf = sub.add_parser("conflicts", help="conflicts and held changes a person decides "
                          "(docs/hq.md)").add_subparsers(dest="c_cmd")
    add(conf, "list", commands.conflicts_list, "open conflicts and held changes")
    s = add(conf, "show", commands.conflicts_show, "sides, common base and the field-by-field diff")
    s.add_argument("ref", help="C-… or H-… as listed")
    s = add(conf, "resolve", commands.conflicts_resolve,
            "decide field by field; the result travels to the devices in update packs")
    s.add_argument("ref")
    s.add_argument("--take", action="append", default=[], metavar="FIELD=SIDE",
                   help="this field from side 1, 2, … or 'base'")
    s.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                   help="type this field's value (JSON, or text)")
    s.add_argument("--rest", metavar="SIDE", help="every other differing field from this side")
    s.add_argument("--note", required=True, help="why (kept with the decision)")
    s.add_argument("--out", help="folder for the update packs (default HOME/outbox/updates)")
    s = add(conf, "reject", commands.conflicts_reject,
            "a held change: keep headquarters' version and send it back to its device")
    s.add_argument("ref")
    s.add_argument("--note", required=True)
    s.add_argument("--out")
    add(conf, "decisions", commands.conflicts_decisions, "decisions taken, newest last")
    s = add(conf, "send", commands.conflicts_send, "write a decision's update packs again")
    s.add_argument("decision", type=int)
    s.add_argument("--out")

    # Linked persons across inspectors (hq/links.py, docs/hq.md "Linked persons").
    lp = sub.add_parser("links", help="candidate pairs: one person held by two inspectors "
                        "(same IIN, same name and birth date, alike names); decide them")
    lp.add_argument("--min-score", type=int, default=0, metavar="N",
                    help="only candidates scored N (0-100) or more")
    lp.set_defaults(fn=commands.links_list)
    links = lp.add_subparsers(dest="l_cmd")
    add(links, "list", commands.links_list, "candidate pairs, best first (as without ACTION)")
    s = add(links, "confirm", commands.links_confirm, "the same person: both inspectors are told "
            "(case number and inspector) in their next update pack")
    s.add_argument("pair", help="L-… as listed")
    s.add_argument("--note", required=True, help="why (kept with the decision)")
    s.add_argument("--out", help="folder for the update packs (default HOME/outbox/updates)")
    s = add(links, "reject", commands.links_reject, "not the same person: never proposed again")
    s.add_argument("pair")
    s.add_argument("--note", required=True)
    add(links, "decisions", commands.links_decisions, "pairs decided, oldest first")

    s = add(sub, "audit", commands.audit, "the headquarters audit log: who did what, oldest first")
    s.add_argument("--last", type=int, default=200, help="only the last N entries (default 200)")

    s = add(sub, "held", commands.held_list, "changes not applied: another device's case or person, "
            "a forged identity, a version jump (docs/hq.md)")
    s.add_argument("--waiting", action="store_true", help="instead: changes waiting for their case")

    s = add(sub, "update", commands.update, "write an update pack for a device")
    s.add_argument("device_id")
    s.add_argument("--form", action="append", default=[], help="forms/<id>.v<n>.yaml")
    s.add_argument("--choices", action="append", default=[], help="a shared choice list .yaml")
    s.add_argument("--rules", help="followup.json")
    s.add_argument("--out")
    s = add(sub, "reassign", commands.reassign, "hand a case (ownership: docs/hq.md) to another device")
    s.add_argument("case_no")
    s.add_argument("--to", required=True, help="device id")
    s.add_argument("--out")

    rec = sub.add_parser("recover", help="passphrase recovery").add_subparsers(dest="r_cmd", required=True)
    s = add(rec, "approve", commands.recover_approve, "answer a recovery request (all officers)")
    s.add_argument("request")
    s.add_argument("--out")

    s = add(sub, "doctor", commands.doctor, "check that only you can read HOME's files and folders")
    s.add_argument("--repair", action="store_true", help="give those that others could read 0600/0700")

    add(sub, "desk", _desk, "the headquarters window (Qt; docs/hq-desk.md)")
    s = add(sub, "demo", _demo, "make a demo headquarters in --home: keys, users, enrolled demo "
            "laptops and their bundles (docs/hq-desk.md)")
    s.add_argument("--devices", type=int, default=3, help="demo laptops (default 3)")
    s.add_argument("--bundles", type=int, default=300, help="bundles in all (default 300)")

    s = add(sub, "report", commands.report, "monthly statistics as CSV (and XLSX, PDF)")
    s.add_argument("--month", required=True, help="YYYY-MM")
    s.add_argument("--by", choices=("district", "inspector"), default="district")
    s.add_argument("--out", help="CSV file (default HOME/reports/statistics-MONTH-BY.csv)")
    s.add_argument("--pdf", help="also write one PDF per group into this folder (the summary "
                                 "with charts: by group, month over month)")
    s.add_argument("--xlsx", help="also write the figures as this XLSX workbook")
    from inspector_desk.hq.intake import serve as intake_serve  # the online intake (docs/hq-server.md)

    intake_serve.add_parser(sub, add)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exc:
        return int(exc.code or 0) and EXIT_USER
    if not getattr(args, "fn", None):
        args.fn = {"devices": commands.devices_list, "conflicts": commands.conflicts_list,
                   "users": commands.users_list}[args.command]
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    hq = Hq(args)
    try:
        return args.fn(hq)
    except InspectorDeskError as exc:
        print(describe(exc, hq.lang), file=sys.stderr)
        return EXIT_USER
    except (ValueError, OSError) as exc:
        print(text("error", hq.lang, detail=str(exc)), file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - one line, no traceback; details with --debug logging
        logging.getLogger("inspector_desk.hq").debug("unexpected error", exc_info=True)
        print(text("unexpected", hq.lang, detail=type(exc).__name__), file=sys.stderr)
        return 3


__all__ = ["main", "build_parser", "Hq"]
