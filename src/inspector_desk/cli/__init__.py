"""The command line: the same services as the screens, for automation, tests and support.

``inspector-desk`` without arguments starts the desktop application. Passphrases come from a
prompt, or for automation from ``--passphrase-file PATH`` or standard input; never from an
argument (it would land in the shell history and the process list). Errors are one clear line
and a non-zero exit status, never a traceback: a usage error (a bad profile name, date or
month, a missing fingerprint or reason) says what is wrong, exit status 2; an unexpected one
is written to the program log (app/logs.py: type and code locations, no personal data) and
the line names the log's path. Everything printed goes through ``printable``, so a stored
name can never move the cursor, clear the screen or reverse the text of a terminal. A reader
that goes away (``| head``) ends the command quietly, exit status 0. docs/cli.md.

The package, by subject: ``common`` (the context, the one unlock path, printing, errors,
argument types), ``vault`` (init, passwd, rekey, backup, restore, doctor, demo), ``cases``
(case …, search, due), ``persons`` (person …, participant …), ``visits``, ``documents``
(print, verify-document), ``forms``, ``sync`` (export, import-receipt, import-update,
notices), ``enrol``, ``recover``.

**Adding a command**: write ``cli/<subject>.py`` with the ``cmd_…`` functions (heavy imports
inside them, so that ``--version`` stays fast) and a ``register(cli: Commands)`` that adds
them (``cli.add(name, fn, help)`` or ``cli.group(name, help).add(…)``; ``json=True`` for a
listing), then put the module's name in :data:`SUBJECTS`. Commands that need the vault use
``@with_session`` (or ``ctx.unlocked()``) and read through ``session.services``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from pathlib import Path

from inspector_desk.cli.common import (
    EXIT_INTERNAL, EXIT_USER, CliError, Commands, Context, OutputClosed, Parser, StderrHandler,
    UsageError, err, flush_out, global_options, log, set_argv_lang, text, usage_lang,
)
from inspector_desk.core.errors import InspectorDeskError
from inspector_desk.core.hygiene import printable

SUBJECTS = ("vault", "cases", "persons", "visits", "documents", "forms", "sync", "enrol",
            "recover")
"""The modules of this package that register commands, in the order ``--help`` lists them."""


def cmd_gui(ctx: Context) -> int:
    from inspector_desk.ui.main import run

    return run(ctx.args)


class _Version(argparse.Action):
    """``--version``: the installed version, read (a scan of the installed metadata) only
    when asked for."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str | None = None) -> None:  # noqa: A002
        super().__init__(option_strings, dest, nargs=0, default=default,
                         help=help or "show the program's version and exit")

    def __call__(self, parser, namespace, values, option_string=None) -> None:  # noqa: ANN001
        from inspector_desk import __version__

        parser._print_message(f"Inspector Desk {__version__}\n", sys.stdout)
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    p = Parser(prog="inspector-desk", description="Inspector Desk",
               epilog="The options --home, --profile, --lang and --passphrase-file may also "
                      "follow the command. docs/cli.md")
    p.add_argument("--version", action=_Version)
    global_options(p)
    p.add_argument("--self-test", action="store_true",
                   help="check this installation on throwaway data (headless; never touches "
                        "your data or keyring) and exit: 0 when every check passes")
    # Used by the desktop program itself when a lock replaces its process (ui/relaunch.py):
    # why it was locked and where the window was. Nothing secret ever travels here.
    p.add_argument("--locked", choices=("manual", "idle", "suspend", "screen", "logout"),
                   help=argparse.SUPPRESS)
    p.add_argument("--geometry", help=argparse.SUPPRESS)
    commands = Commands(p.add_subparsers(dest="command", metavar="COMMAND"))
    for subject in SUBJECTS:
        importlib.import_module(f"{__name__}.{subject}").register(commands)
    return p


def _setup_logs(args: argparse.Namespace) -> tuple[Path | None, Path]:
    """The program log for this command (app/logs.py), and warnings on standard error.
    Returns the log file (None when the data folder cannot be written) and its folder."""
    from inspector_desk.app.logs import log_folder, setup_logging
    from inspector_desk.app.profile import default_home

    root = logging.getLogger()
    if not any(isinstance(h, StderrHandler) for h in root.handlers):
        root.addHandler(StderrHandler())
    folder = log_folder(Path(args.home) if args.home else default_home())
    try:
        return setup_logging(folder), folder
    except OSError:
        return None, folder


def _output_closed() -> int:
    """Standard output's reader went away: nothing more to say and nowhere to say it. Point
    the descriptor at the null device so that Python's own last flush cannot complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    set_argv_lang(argv)
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed a usage line (or the version)
        return int(exc.code or 0) and EXIT_USER
    except OutputClosed:
        return _output_closed()
    if args.self_test:  # before anything else: no Context, no profile, no keyring, no log
        from inspector_desk.selftest import main as self_test

        return self_test()
    if not getattr(args, "fn", None):
        args.fn = cmd_gui
    log_path, log_dir = _setup_logs(args)
    command = args.fn.__name__.removeprefix("cmd_")  # the command's name, never its arguments
    log.info("command %s", command)
    ctx = None
    try:
        ctx = Context(args)
        code = args.fn(ctx)
        flush_out()  # a reader gone away is found here, not in Python's last flush
        return code
    except OutputClosed:
        log.info("output closed in %s", command)
        return _output_closed()
    except UsageError as exc:
        log.info("usage error %s in %s", exc.key, command)
        usage_line = getattr(args, "usage_line", None)
        if usage_line:
            err(usage_line().rstrip())
        err(text(exc.key, _lang(ctx), **exc.params))
        return EXIT_USER
    except CliError as exc:
        log.info("user error %s in %s", exc.key, command)
        err(text(exc.key, _lang(ctx), **exc.params))
        return EXIT_USER
    except InspectorDeskError as exc:
        from inspector_desk.messages import describe

        log.info("user error %s in %s", exc.code, command)
        err(describe(exc, _lang(ctx)))
        return EXIT_USER
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback for users
        from inspector_desk.app.logs import safe_details

        log.error("unexpected error in %s\n%s", command, safe_details(exc), extra={"log_only": True})
        if log_path is not None:
            err(text("unexpected_logged", _lang(ctx), detail=type(exc).__name__, path=log_path))
        else:
            err(text("unexpected_no_log", _lang(ctx), detail=type(exc).__name__, path=log_dir))
        return EXIT_INTERNAL


def _lang(ctx: Context | None) -> str:
    return ctx.lang if ctx else usage_lang()


def __getattr__(name: str):  # noqa: ANN202 - the commands by their old names (tests, support)
    for subject in SUBJECTS:
        module = importlib.import_module(f"{__name__}.{subject}")
        if hasattr(module, name):
            return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Context", "build_parser", "main", "printable"]
