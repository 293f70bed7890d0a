"""What every command shares: the context (language, profiles, passphrases), the ONE way to
open the vault, printing (text and ``--json``), errors, and the argument types.

**One unlock path.** Every command that needs the vault opens it with :meth:`Context.core`
(or :meth:`Context.unlocked`, or the :func:`with_session` decorator, both built on it): an
:class:`~inspector_desk.app.core.AppCore`, the one owner of the unlocked state, locked again
whatever the command did. Commands read and change records through ``session.services``
(core/services) and the application jobs of app/, never through the store.

Nothing heavy is imported at module level: ``inspector-desk --version`` and ``--help`` build
the whole parser, so every module of this package stays cheap to import.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import getpass
import importlib
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator

from inspector_desk.core.hygiene import printable

if TYPE_CHECKING:  # pragma: no cover - types only
    from inspector_desk.app.core import AppCore
    from inspector_desk.app.profile import Profiles
    from inspector_desk.app.session import InspectorInfo, Session

EXIT_USER = 2  # the person can fix it: wrong passphrase, bad input, missing file
EXIT_INTERNAL = 3
LANGUAGES = ("ru", "kk", "en")

log = logging.getLogger("inspector_desk.cli")


def text(key: str, lang: str, **params: Any) -> str:
    from inspector_desk.messages import text as catalog_text

    return catalog_text(key, lang, **params)


def env_lang() -> str:
    from inspector_desk.messages import language_from_env

    return language_from_env()


class CliError(Exception):
    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key, self.params = key, params


class UsageError(CliError):
    """A command line that cannot be right: shown like argparse's own errors (the command's
    usage line, then the translated reason), exit status 2."""


# --- output: never a raw control character ----------------------------------------------

# printable (core/hygiene.py): C0/C1 controls, bidi marks and lone surrogates come out escaped.


class OutputClosed(Exception):
    """Standard output's reader went away (``inspector-desk case list | head -1``): the
    command ends quietly, like other command-line programs. Only a write to standard output
    raises it; a broken pipe anywhere else stays an unexpected error."""


def out(line: str) -> None:
    """Write one line to standard output (already printable)."""
    try:
        print(line)
    except BrokenPipeError:
        raise OutputClosed from None


def flush_out() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise OutputClosed from None


def err(line: object) -> None:
    print(printable(line), file=sys.stderr)


class Parser(argparse.ArgumentParser):
    """argparse, whose messages (which repeat what was typed) are printed safely too."""

    def _print_message(self, message: str, file=None) -> None:  # noqa: ANN001
        try:
            super()._print_message(printable(message) if message else message, file)
        except BrokenPipeError:  # inspector-desk --help | head -3
            if file is sys.stdout:
                raise OutputClosed from None


class StderrHandler(logging.StreamHandler):
    """Warnings on standard error (whatever ``sys.stderr`` is now), printable; records
    marked ``log_only`` (the details of an unexpected error) go to the log file alone."""

    def __init__(self) -> None:
        super().__init__()
        self.setLevel(logging.WARNING)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        self.addFilter(lambda record: not getattr(record, "log_only", False))

    @property  # type: ignore[override]
    def stream(self):  # noqa: ANN201
        return sys.stderr

    @stream.setter
    def stream(self, value) -> None:  # noqa: ANN001
        pass

    def format(self, record: logging.LogRecord) -> str:
        return printable(super().format(record))


def json_value(value: Any) -> Any:
    """A value as ``--json`` writes it: date-times and dates in ISO 8601 (with the offset),
    tuples as lists; everything else as it is."""
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    return value


class Context:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.lang = args.lang or env_lang()
        self._profiles: Profiles | None = None
        self._stdin_lines: list[str] | None = None

    @property
    def profiles(self) -> Profiles:
        if self._profiles is None:
            from inspector_desk.app.profile import Profiles

            self._profiles = Profiles(Path(self.args.home) if self.args.home else None)
        return self._profiles

    def t(self, key: str, **params: Any) -> str:
        return text(key, self.lang, **params)

    def say(self, line: str = "") -> None:
        """The one way a command prints text: control and bidi characters come out escaped."""
        out(printable(line))

    def say_json(self, data: Any) -> None:
        """``--json``: one document on standard output. ASCII only (every other character
        as a ``\\u`` escape), so nothing stored can act on a terminal, and any JSON reader
        gets the text back exactly."""
        import json

        out(json.dumps(json_value(data), ensure_ascii=True, indent=2))

    # --- passphrases -----------------------------------------------------------------

    def _stdin_line(self) -> str:
        if self._stdin_lines is None:
            self._stdin_lines = sys.stdin.read().splitlines()
        if not self._stdin_lines:
            raise CliError("usage", detail="standard input has no passphrase line left")
        return self._stdin_lines.pop(0)

    def passphrase(self, file_arg: str | None = None, prompt_key: str = "label.passphrase",
                   confirm: bool = False) -> str:
        if file_arg:
            try:
                return Path(file_arg).read_text(encoding="utf-8").splitlines()[0]
            except (OSError, IndexError) as exc:
                raise CliError("file_error", detail=f"{file_arg}: {type(exc).__name__}") from None
        if not sys.stdin.isatty():
            return self._stdin_line()
        first = getpass.getpass(self.t(prompt_key))
        if confirm and getpass.getpass(self.t("label.passphrase_again")) != first:
            raise CliError("usage", detail=self.t("label.passphrases_differ"))
        return first

    # --- the one unlock path -----------------------------------------------------------

    @contextlib.contextmanager
    def core(self, passphrase: str | None = None, *, create: InspectorInfo | None = None,
             allow_passphrase_only: bool = False) -> Iterator[AppCore]:
        """The profile's vault opened through the application core (app/core.py), the one
        owner of the unlocked state: made first with ``create`` (``init``), otherwise
        unlocked with ``passphrase`` (asked for when None). Locked again whatever the
        command did, a broken pipe or Ctrl+C included."""
        from inspector_desk.app.core import AppCore

        core = AppCore(self.profiles, self.args.profile)
        if passphrase is None:
            passphrase = self.passphrase(self.args.passphrase_file, confirm=create is not None)
        if create is not None:
            core.create(passphrase, create, allow_passphrase_only=allow_passphrase_only)
        else:
            core.unlock(passphrase)
        try:
            yield core
        finally:
            core.lock()

    @contextlib.contextmanager
    def unlocked(self, passphrase: str | None = None) -> Iterator[Session]:
        """:meth:`core`'s session: for the application jobs of app/ (documents, sync, backup)
        and ``session.services``."""
        with self.core(passphrase) as core:
            yield core.session


Command = Callable[[Context], int]


def wants_json(ctx: Any) -> bool:
    """``--json`` was given (only the listing and show commands have it)."""
    return bool(getattr(ctx.args, "json", False))


def with_session(fn: Callable[..., int] | None = None, *,
                 first: Callable[[Context], Any] | None = None) -> Any:
    """A command on the unlocked vault: ``fn(ctx, session)`` (``fn.__wrapped__`` for tests).
    ``first(ctx)`` runs before the passphrase is asked for: checks of the command line that
    need no vault (a missing reason lists the reasons without unlocking anything)."""
    def wrap(fn: Callable[..., int]) -> Command:
        @functools.wraps(fn, assigned=("__name__", "__qualname__", "__doc__"))
        def run(ctx: Context) -> int:
            if first is not None:
                first(ctx)
            with ctx.unlocked() as session:
                return fn(ctx, session)
        return run
    return wrap(fn) if fn is not None else wrap


def reason(ctx: Context, vocabulary: tuple[str, ...], prefix: str) -> str:
    """The reason the person typed, or a usage error listing the allowed reasons with their
    words from the catalog (``prefix + code``): there is never a default."""
    given = ctx.args.reason or ""
    if given not in vocabulary:
        choices = "".join(f"\n  {code:<30} {ctx.t(prefix + code)}" for code in vocabulary)
        raise UsageError("usage.reason_needed", choices=choices)
    return given


# --- argument types (their messages speak the language given on the command line) --------

_ARGV_LANG: str | None = None
GLOBAL_VALUED = ("--home", "--profile", "--lang", "--passphrase-file", "--locked", "--geometry")
OWN_LANG_COMMANDS = ("print",)
"""Commands whose own ``--lang`` is not the messages' (``print --lang``: the document's)."""


def lang_in(argv: list[str]) -> str | None:
    """The messages' ``--lang`` anywhere on the command line, if valid; after a command of
    OWN_LANG_COMMANDS a ``--lang`` is that command's own."""
    it = iter(argv)
    found: str | None = None
    seen_command = False
    for arg in it:
        if arg.startswith("--lang="):
            value: str | None = arg.split("=", 1)[1]
        elif arg == "--lang":
            value = next(it, None)
        elif arg in GLOBAL_VALUED:
            next(it, None)
            continue
        else:
            if not seen_command and not arg.startswith("-"):
                seen_command = True
                if arg in OWN_LANG_COMMANDS:
                    break
            continue
        if value in LANGUAGES:
            found = value
    return found


def set_argv_lang(argv: list[str]) -> None:
    global _ARGV_LANG
    _ARGV_LANG = lang_in(argv)


def usage_lang() -> str:
    return _ARGV_LANG or env_lang()


def date_arg(value: str) -> dt.date:
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(text("usage.date", usage_lang(), value=value))


def profile_arg(value: str) -> str:
    """A profile name, checked before anything runs (the rule of Profiles.folder)."""
    if not value or not value.replace("-", "").replace("_", "").isalnum():
        raise argparse.ArgumentTypeError(text("usage.profile_name", usage_lang(), value=value))
    return value


def fingerprint_arg(value: str) -> str:
    """Headquarters' key fingerprint as its letter prints it: 16 hex digits, any spacing."""
    from inspector_desk.sync.enrolment import normal_fingerprint

    digits = normal_fingerprint(value)
    if not digits:
        raise argparse.ArgumentTypeError(text("usage.fingerprint", usage_lang(), value=value))
    return digits


def month_arg(value: str) -> str:
    from inspector_desk.core.statistics import Month

    try:
        return str(Month.parse(value))
    except ValueError:
        raise argparse.ArgumentTypeError(text("usage.month", usage_lang(), value=value)) from None


class LazyChoices:
    """argparse ``choices`` read from ``module.name`` when first needed (a value is checked,
    help is printed), so the vocabulary stays in one place and building the parser imports
    nothing heavy."""

    def __init__(self, module: str, name: str) -> None:
        self.module, self.name = module, name
        self._values: tuple[str, ...] | None = None

    def _load(self) -> tuple[str, ...]:
        if self._values is None:
            self._values = tuple(getattr(importlib.import_module(self.module), self.name))
        return self._values

    def __contains__(self, value: object) -> bool:
        return value in self._load()

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())


# --- registering commands ----------------------------------------------------------------


def global_options(parser: argparse.ArgumentParser, *, after_command: bool = False,
                   lang: bool = True) -> None:
    """The options of the whole program. Before the command they have their defaults; after
    it (``after_command``) the same options default to nothing, so a value given after the
    command wins and one given only before it stays."""
    keep = {"default": argparse.SUPPRESS} if after_command else {}
    parser.add_argument("--home", help="data folder (default: the platform's; or $INSPECTOR_DESK_HOME)",
                        **({"default": None} | keep))
    parser.add_argument("--profile", type=profile_arg,
                        help="inspector profile: letters, digits, '-' and '_' (default: default)",
                        **({"default": "default"} | keep))
    if lang:
        parser.add_argument("--lang", choices=LANGUAGES, help="language of messages (default ru)",
                            **({"default": None} | keep))
    parser.add_argument("--passphrase-file",
                        help="read the passphrase from the first line of this file",
                        **({"default": None} | keep))


class Commands:
    """Where a subject module (cases.py, persons.py, …) registers its commands: ``add`` a
    command, or a ``group`` of them (``case new``, ``case list``, …). Every command accepts
    the global options after its name too, and ``--json`` when it prints a listing."""

    def __init__(self, subparsers: Any) -> None:
        self._sub = subparsers

    def add(self, name: str, fn: Command, help_: str, *, json: bool = False,
            global_lang: bool = True) -> argparse.ArgumentParser:
        """``global_lang=False`` for a command with its own ``--lang`` (``print``)."""
        sp = self._sub.add_parser(name, help=help_)
        global_options(sp, after_command=True, lang=global_lang)
        if json:
            sp.add_argument("--json", action="store_true",
                            help="print JSON for scripts (keys: docs/cli.md)")
        sp.set_defaults(fn=fn, usage_line=sp.format_usage)
        return sp

    def group(self, name: str, help_: str) -> "Commands":
        gp = self._sub.add_parser(name, help=help_)
        global_options(gp, after_command=True)
        return Commands(gp.add_subparsers(dest=f"{name}_cmd", metavar="ACTION", required=True))
