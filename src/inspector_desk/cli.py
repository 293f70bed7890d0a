"""The command line: the same services as the screens, for automation, tests and support.

``inspector-desk`` without arguments starts the desktop application. Passphrases come from a
prompt, or for automation from ``--passphrase-file PATH`` or standard input; never from an
argument (it would land in the shell history and the process list). Errors are one clear line
and a non-zero exit status, never a traceback: a usage error (a bad profile name, date or
month, a missing fingerprint) says what is wrong, exit status 2; an unexpected one is written
to the program log (app/logs.py: type and code locations, no personal data) and the line
names the log's path. Everything printed goes through :func:`printable`, so a stored name
can never move the cursor, clear the screen or reverse the text of a terminal.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import getpass
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any, Callable

from inspector_desk import __version__
from inspector_desk.core.errors import InspectorDeskError
from inspector_desk.core.hygiene import printable
from inspector_desk.core.records import COHABITING
from inspector_desk.core.services import PersonInput
from inspector_desk.messages import describe, language_from_env, text

EXIT_USER = 2  # the person can fix it: wrong passphrase, bad input, missing file
EXIT_INTERNAL = 3

log = logging.getLogger("inspector_desk.cli")


class CliError(Exception):
    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key, self.params = key, params


class UsageError(CliError):
    """A command line that cannot be right: shown like argparse's own errors (the command's
    usage line, then the translated reason), exit status 2."""


# --- output: never a raw control character ----------------------------------------------

# printable (core/hygiene.py): C0/C1 controls, bidi marks and lone surrogates come out escaped.


def _err(line: object) -> None:
    print(printable(line), file=sys.stderr)


class _Parser(argparse.ArgumentParser):
    """argparse, whose messages (which repeat what was typed) are printed safely too."""

    def _print_message(self, message: str, file=None) -> None:  # noqa: ANN001
        super()._print_message(printable(message) if message else message, file)


class _StderrHandler(logging.StreamHandler):
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


class Context:
    def __init__(self, args: argparse.Namespace) -> None:
        from inspector_desk.app.profile import Profiles

        self.args = args
        self.lang = args.lang or language_from_env()
        self.profiles = Profiles(Path(args.home) if args.home else None)
        self._stdin_lines: list[str] | None = None

    def t(self, key: str, **params: Any) -> str:
        return text(key, self.lang, **params)

    def say(self, line: str = "") -> None:
        """The one way a command prints: control and bidi characters come out escaped."""
        print(printable(line))

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

    @contextlib.contextmanager
    def unlocked(self, passphrase: str | None = None):
        """The vault opened through the application core (app/core.py), the one owner of the
        unlocked state, and locked again whatever the command did."""
        from inspector_desk.app.core import AppCore

        core = AppCore(self.profiles, self.args.profile)
        core.unlock(passphrase if passphrase is not None else self.passphrase(self.args.passphrase_file))
        try:
            yield core.session
        finally:
            core.lock()


def _date(value: str) -> dt.date:
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(text("usage.date", _usage_lang(), value=value))


def _profile(value: str) -> str:
    """A profile name, checked before anything runs (the rule of Profiles.folder)."""
    if not value or not value.replace("-", "").replace("_", "").isalnum():
        raise argparse.ArgumentTypeError(text("usage.profile_name", _usage_lang(), value=value))
    return value


def _fingerprint(value: str) -> str:
    """Headquarters' key fingerprint as its letter prints it: 16 hex digits, any spacing."""
    from inspector_desk.sync.enrolment import normal_fingerprint

    digits = normal_fingerprint(value)
    if not digits:
        raise argparse.ArgumentTypeError(text("usage.fingerprint", _usage_lang(), value=value))
    return digits


# --- commands ----------------------------------------------------------------------------


def cmd_init(ctx: Context) -> int:
    from inspector_desk.app.session import InspectorInfo

    a = ctx.args
    passphrase = ctx.passphrase(a.passphrase_file, confirm=True)
    import dataclasses

    extra = {"rank": a.rank, "unit_kk": a.unit_kk, "unit_en": a.unit_en}
    known = {f.name for f in dataclasses.fields(InspectorInfo)}  # fields of this version
    info = InspectorInfo(name=a.name, login=a.badge, unit=a.unit, district=a.district,
                         **{k: v for k, v in extra.items() if k in known and v})
    from inspector_desk.app.core import AppCore

    core = AppCore(ctx.profiles, a.profile)
    core.create(passphrase, info, allow_passphrase_only=a.passphrase_only)
    try:
        mode = core.session.keyfile.mode
        if mode == "passphrase_only":
            ctx.say(ctx.t("label.passphrase_only_warning"))
        ctx.say(ctx.t("label.vault_created", path=ctx.profiles.folder(a.profile), mode=mode))
    finally:
        core.lock()
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


def with_session(fn: Callable[[Context, Any], int]) -> Callable[[Context], int]:
    @functools.wraps(fn, assigned=("__name__", "__qualname__", "__doc__"))
    def run(ctx: Context) -> int:
        with ctx.unlocked() as session:
            return fn(ctx, session)
    return run


@with_session
def cmd_case_new(ctx: Context, session) -> int:
    a = ctx.args
    changes = session.services.open_case(address=a.address, district=a.district, source=a.source,
                                         beat=a.beat)
    case = session.store.get_any("case", changes.created)
    ctx.say(ctx.t("label.created_case", case_no=case.case_no))
    return 0


@with_session
def cmd_case_list(ctx: Context, session) -> int:
    from inspector_desk.core.records import FamilyCase

    where = {"status": ctx.args.status} if ctx.args.status else {}
    cases = sorted(session.store.find(FamilyCase, **where), key=lambda c: c.case_no)
    for c in cases[: ctx.args.limit]:
        ctx.say(f"{c.case_no}\t{c.status}\t{c.risk_level}\t{c.district}\t{c.address}")
    return 0


@with_session
def cmd_case_show(ctx: Context, session) -> int:
    svc = session.services
    view = svc.get_case(svc.find_case_by_number(ctx.args.case_no).id)
    c = view.case
    for key, value in (("label.case_no", c.case_no), ("label.status", c.status),
                       ("label.risk", c.risk_level), ("label.district", c.district),
                       ("label.address", c.address), ("label.inspector", c.inspector)):
        ctx.say(f"{ctx.t(key)}: {value}")
    if view.next_due:
        ctx.say(f"{ctx.t('label.next_due')}: {view.next_due[0]:%d.%m.%Y %H:%M} ({view.next_due[1]})")
    ctx.say(f"\n{ctx.t('label.participants')}:")
    for p in view.participants:
        person = p.person
        line = f"  {p.participant.role:<14} {person.full_name}  {person.iin or ''}"
        if p.participant.cohabiting:
            line += (f"  {ctx.t('label.cohabiting')}: "
                     f"{ctx.t('label.cohabiting.' + p.participant.cohabiting)}")
        ctx.say(line)
    ctx.say(f"\n{ctx.t('label.timeline')}:")
    for r in view.timeline:
        when = next((getattr(r, n) for n in ("visit_at", "reported_at", "issued_at", "referred_at",
                                              "assessed_at") if getattr(r, n, None)), None)
        extra = getattr(r, "kind", "") or getattr(r, "visit_type", "") or getattr(r, "level", "")
        ctx.say(f"  {when:%d.%m.%Y %H:%M}  {r.KIND:<9} {extra}" if when else f"  {r.KIND}")
    return 0


def _reason(ctx: Context, vocabulary: tuple[str, ...], prefix: str) -> str:
    """The reason the person typed, or a usage error listing the reasons in words: there is
    never a default."""
    reason = ctx.args.reason or ""
    if reason not in vocabulary:
        choices = "; ".join(f"{code} ({ctx.t(prefix + code)})" for code in vocabulary)
        raise UsageError("usage.reason_needed", choices=choices)
    return reason


@with_session
def cmd_case_close(ctx: Context, session) -> int:
    from inspector_desk.core.records import CLOSURE_REASONS_OFFERED

    svc = session.services
    case = svc.find_case_by_number(ctx.args.case_no)
    reason = _reason(ctx, CLOSURE_REASONS_OFFERED, "closure.")
    warnings = svc.closing_warnings(case.id)
    for code in warnings:
        _err(ctx.t("warning.close." + code, case_no=case.case_no))
    if warnings and not ctx.args.yes:
        raise CliError("label.close_needs_yes", case_no=case.case_no)
    svc.close_case(case.id, reason, ctx.args.note)
    ctx.say(ctx.t("label.case_closed", case_no=case.case_no, reason=ctx.t("closure." + reason)))
    return 0


@with_session
def cmd_case_reopen(ctx: Context, session) -> int:
    from inspector_desk.core.services.cases import REOPEN_REASONS

    svc = session.services
    case = svc.find_case_by_number(ctx.args.case_no)
    reason = _reason(ctx, REOPEN_REASONS, "reopen.")
    svc.reopen_case(case.id, reason, ctx.args.note)
    ctx.say(ctx.t("label.case_reopened", case_no=case.case_no, reason=ctx.t("reopen." + reason)))
    return 0


def _find_person(session, ref: str):
    """A person by id, or by ИИН (12 digits, spaces allowed)."""
    from inspector_desk.core.errors import NotFound
    from inspector_desk.core.records import Person

    compact = ref.replace(" ", "")
    person = session.store.find_person_by_iin(compact) if compact.isdigit() else None
    if person is None:
        try:
            person = session.store.get(Person, ref)
        except NotFound:
            person = None
    if person is None or person.deleted:
        raise NotFound("no person with this id or IIN", kind="person")
    return person


def _links_text(ctx: Context, links) -> str:
    return ", ".join(f"{link.case_no} ({link.role})" for link in links) or "-"


@with_session
def cmd_person_show(ctx: Context, session) -> int:
    person = session.services.get_person(_find_person(session, ctx.args.person).id)
    for label, value in (("id", person.id), ("last_name", person.last_name),
                         ("first_name", person.first_name), ("patronymic", person.patronymic),
                         ("iin", person.iin or ""),
                         ("birth_date", person.birth_date.isoformat() if person.birth_date else ""),
                         ("sex", person.sex or ""), ("phone", ", ".join(person.phones)),
                         ("address", person.address), ("safe_contact", person.safe_contact)):
        ctx.say(f"{label}: {value}")
    ctx.say(f"{ctx.t('label.person_cases')}: {_links_text(ctx, session.services.person_links(person.id))}")
    return 0


PERSON_FIELDS = ("last_name", "first_name", "patronymic", "iin", "birth_date", "sex", "phone",
                 "address", "safe_contact", "notes")


@with_session
def cmd_person_edit(ctx: Context, session) -> int:
    """Correct a person: only the fields given change (an empty value empties the field)."""
    from inspector_desk.core.services.people import CORRECTION_REASONS

    a = ctx.args
    svc = session.services
    person = _find_person(session, a.person)
    reason = _reason(ctx, CORRECTION_REASONS, "correction.")
    given = {f: getattr(a, f) for f in PERSON_FIELDS if getattr(a, f) is not None}
    if not given:
        raise UsageError("usage.person_edit_nothing")
    data = PersonInput(last_name=person.last_name, first_name=person.first_name,
                       patronymic=person.patronymic, iin=person.iin, birth_date=person.birth_date,
                       sex=person.sex, phones=list(person.phones), address=person.address,
                       safe_contact=person.safe_contact, vulnerabilities=list(person.vulnerabilities),
                       risk_flags=list(person.risk_flags), notes=person.notes)
    for name, value in given.items():
        if name == "phone":
            data.phones = [p for p in value if p.strip()]
        elif name == "iin":
            data.iin = value or None
            if "birth_date" not in given:
                data.birth_date = None  # taken from the new ИИН
            if "sex" not in given:
                data.sex = None
        elif name == "birth_date":
            data.birth_date = value or None
        elif name == "sex":
            data.sex = value or None
        else:
            setattr(data, name, value)
    changes = svc.update_person(person.id, data, expected_version=person.version, reason=reason,
                                note=a.note)
    cases = ", ".join(sorted(session.store.get_any("case", c).case_no for c in changes.case_ids))
    ctx.say(ctx.t("label.person_corrected", person_id=person.id, cases=cases or "-"))
    return 0


@with_session
def cmd_person_remove(ctx: Context, session) -> int:
    """Out of one case (--case: the person stays in their other cases) or out of all."""
    from inspector_desk.core.services.people import REMOVAL_REASONS

    a = ctx.args
    svc = session.services
    person = _find_person(session, a.person)
    reason = _reason(ctx, REMOVAL_REASONS, "removal.")
    case = svc.find_case_by_number(a.case) if a.case else None
    svc.remove_person(person.id, reason, a.note, case_id=case.id if case else None)
    if case is not None:
        stays = svc.person_links(person.id)
        ctx.say(ctx.t("label.person_removed_from_case", person_id=person.id, case_no=case.case_no,
                      cases=_links_text(ctx, stays)))
    else:
        ctx.say(ctx.t("label.person_removed", person_id=person.id))
    return 0


@with_session
def cmd_participant_remove(ctx: Context, session) -> int:
    """One role of a person in one case; with --role when they have several there."""
    from inspector_desk.core.services.people import REMOVAL_REASONS

    a = ctx.args
    svc = session.services
    person = _find_person(session, a.person)
    case = svc.find_case_by_number(a.case)
    reason = _reason(ctx, REMOVAL_REASONS, "removal.")
    roles = [link for link in svc.person_links(person.id) if link.case_id == case.id
             and (not a.role or link.role == a.role)]
    if len(roles) != 1:
        raise UsageError("usage.participant_role", roles=", ".join(link.role for link in roles) or "-")
    svc.remove_participant(roles[0].participant_id, reason, a.note)
    ctx.say(ctx.t("label.person_removed_from_case", person_id=person.id, case_no=case.case_no,
                  cases=_links_text(ctx, svc.person_links(person.id))))
    return 0


@with_session
def cmd_person_add(ctx: Context, session) -> int:
    a = ctx.args
    svc = session.services
    case = svc.find_case_by_number(a.case)
    data = PersonInput(last_name=a.last_name, first_name=a.first_name, patronymic=a.patronymic,
                       iin=a.iin, birth_date=a.birth_date, sex=a.sex, phones=a.phone or [],
                       address=a.address, safe_contact=a.safe_contact)
    person_id = svc.add_person_to_case(case.id, data, a.role, a.relation, a.cohabiting).created
    ctx.say(ctx.t("label.added_person", case_no=case.case_no, person_id=person_id))
    return 0


@with_session
def cmd_visit_add(ctx: Context, session) -> int:
    a = ctx.args
    svc = session.services
    try:
        answers = json.loads(Path(a.answers).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CliError("file_error", detail=f"{a.answers}: {exc}") from None
    case = svc.find_case_by_number(a.case)
    svc.record_visit(case.id, answers)
    ctx.say(ctx.t("label.saved_visit", case_no=case.case_no))
    return 0


@with_session
def cmd_search(ctx: Context, session) -> int:
    hits = session.services.search(" ".join(ctx.args.text), limit=ctx.args.limit)
    if not hits:
        ctx.say(ctx.t("label.no_results"))
    for h in hits:
        cases = ", ".join(session.store.get_any("case", cid).case_no for cid in h.case_ids[:3])
        ctx.say(f"{h.kind:<6} {h.title}\t{h.detail}\t{cases}")
    return 0


@with_session
def cmd_due(ctx: Context, session) -> int:
    inspector = None if ctx.args.all else session.actor.user
    items = session.services.due(inspector, horizon_days=ctx.args.days)
    if not items:
        ctx.say(ctx.t("label.nothing_due"))
    for d in items:
        flag = ctx.t("label.overdue") if d.overdue else ""
        ctx.say(f"{d.due_at:%d.%m.%Y %H:%M}\t{d.case_no}\t{d.risk_level}\t{d.reason}\t{d.address}\t{flag}")
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


def cmd_forms_check(ctx: Context) -> int:
    from inspector_desk.forms import default_forms_dir
    from inspector_desk.forms.check import check_forms, format_report

    report = check_forms(Path(ctx.args.dir) if ctx.args.dir else default_forms_dir())
    ctx.say(format_report(report))
    return 0 if report.ok else 1


def _month(value: str) -> str:
    from inspector_desk.core.statistics import Month

    try:
        return str(Month.parse(value))
    except ValueError:
        raise argparse.ArgumentTypeError(text("usage.month", _usage_lang(), value=value)) from None


PRINT_FOR = {"offender": "offender", "protected": "protected", "file": "internal"}
"""``print --for``: whose rendering of a record's document (the file's copy is "internal")."""


def _this_month(session) -> str:
    from inspector_desk.core.statistics import Month

    return str(Month.of(session.clock.now()))


@with_session
def cmd_print(ctx: Context, session) -> int:
    """A document as PDF, built in memory and written only to the file named by --to."""
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


# --- headquarters: enrolment, bundles, receipts, update packs, recovery (app/sync.py) -------


def cmd_export(ctx: Context) -> int:
    from inspector_desk.app import sync

    with ctx.unlocked() as session:  # the passphrase again: exporting discloses everything unsent
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
    for n in found:
        ctx.say(notices.notice_text(session, n, ctx.lang))
    if not found:
        ctx.say(ctx.t("label.no_notices"))
    return 0


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


def cmd_gui(ctx: Context) -> int:
    from inspector_desk.ui.main import run

    return run(ctx.args)


# --- parser ------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="inspector-desk", description="Inspector Desk")
    p.add_argument("--version", action="version", version=f"Inspector Desk {__version__}")
    p.add_argument("--home", help="data folder (default: the platform's; or $INSPECTOR_DESK_HOME)")
    p.add_argument("--profile", default="default", type=_profile,
                   help="inspector profile: letters, digits, '-' and '_' (default: default)")
    p.add_argument("--lang", choices=("ru", "kk", "en"), help="language of messages (default ru)")
    p.add_argument("--passphrase-file", help="read the passphrase from the first line of this file")
    p.add_argument("--self-test", action="store_true",
                   help="check this installation on throwaway data (headless; never touches "
                        "your data or keyring) and exit: 0 when every check passes")
    # Used by the desktop program itself when a lock replaces its process (ui/relaunch.py):
    # why it was locked and where the window was. Nothing secret ever travels here.
    p.add_argument("--locked", choices=("manual", "idle", "suspend", "screen", "logout"),
                   help=argparse.SUPPRESS)
    p.add_argument("--geometry", help=argparse.SUPPRESS)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, fn: Callable[[Context], int], help_: str, parent=sub) -> argparse.ArgumentParser:
        sp = parent.add_parser(name, help=help_)
        sp.set_defaults(fn=fn, usage_line=sp.format_usage)
        return sp

    s = add("init", cmd_init, "create the encrypted vault of a profile")
    s.add_argument("--name", required=True, help="inspector's full name")
    s.add_argument("--badge", required=True, help="badge number (the login)")
    s.add_argument("--unit", default="", help="the unit's name in Russian")
    s.add_argument("--unit-kk", default="", help="the unit's name in Kazakh (Kazakh documents)")
    s.add_argument("--unit-en", default="", help="the unit's name in English")
    s.add_argument("--rank", default="", help="the inspector's rank, as printed on documents")
    s.add_argument("--district", default="")
    s.add_argument("--passphrase-only", action="store_true",
                   help="accept protection by the passphrase alone when there is no OS keyring")
    s = add("passwd", cmd_passwd, "change the passphrase")
    s.add_argument("--new-passphrase-file")
    add("rekey", cmd_rekey, "re-encrypt the vault under a new database key")

    case = sub.add_parser("case", help="family cases").add_subparsers(dest="case_cmd", metavar="ACTION", required=True)
    s = add("new", cmd_case_new, "open a case", case)
    s.add_argument("--address", required=True)
    s.add_argument("--district", required=True)
    s.add_argument("--source", required=True, help="102, 111, statement, social_networks, school, medical, patrol")
    s.add_argument("--beat", default="")
    s = add("list", cmd_case_list, "list cases", case)
    s.add_argument("--status", choices=("active", "monitoring", "closed"))
    s.add_argument("--limit", type=int, default=1000)
    s = add("show", cmd_case_show, "show one case", case)
    s.add_argument("case_no")
    s = add("close", cmd_case_close, "close a case (a reason, never a default; --yes after the "
            "warnings: high risk, a measure in force, a contact due)", case)
    s.add_argument("case_no")
    s.add_argument("--reason", help="measures_expired_no_incidents, family_moved, transferred, "
                   "person_deceased, register_ended, other (other needs --note)")
    s.add_argument("--note", default="")
    s.add_argument("--yes", action="store_true", help="close despite the warnings shown")
    s = add("reopen", cmd_case_reopen, "open a closed case again, for a reason", case)
    s.add_argument("case_no")
    s.add_argument("--reason", help="new_report, new_incident, closed_by_mistake, "
                   "court_decision, other (other needs --note)")
    s.add_argument("--note", default="")

    person = sub.add_parser("person", help="persons").add_subparsers(dest="person_cmd", metavar="ACTION", required=True)
    s = add("add", cmd_person_add, "add a person to a case", person)
    s.add_argument("--case", required=True, help="case number")
    s.add_argument("--role", required=True, help="affected, offender, child, elderly, family_member, witness")
    s.add_argument("--relation", default="")
    s.add_argument("--cohabiting", choices=COHABITING, default="",
                   help="lives together with the affected person: yes, no, unknown "
                        "(left out: not asked)")
    s.add_argument("--last-name", required=True)
    s.add_argument("--first-name", required=True)
    s.add_argument("--patronymic", default="")
    s.add_argument("--iin")
    s.add_argument("--birth-date", type=_date)
    s.add_argument("--sex", choices=("M", "F"))
    s.add_argument("--phone", action="append")
    s.add_argument("--address", default="")
    s.add_argument("--safe-contact", default="")

    s = add("show", cmd_person_show, "show a person and the cases they are in", person)
    s.add_argument("person", help="the person's id or IIN")
    s = add("edit", cmd_person_edit, "correct a person: only the fields given change", person)
    s.add_argument("person", help="the person's id or IIN")
    s.add_argument("--reason", help="typing_error, documents_checked, new_information, other "
                   "(other needs --note)")
    s.add_argument("--note", default="")
    for name in PERSON_FIELDS:
        if name == "phone":
            s.add_argument("--phone", action="append", help="repeat for several; replaces the phones")
        elif name == "sex":
            s.add_argument("--sex", choices=("M", "F", ""))
        elif name == "birth_date":
            s.add_argument("--birth-date", dest=name, type=lambda v: _date(v) if v else "")
        else:
            s.add_argument("--" + name.replace("_", "-"), dest=name)
    s = add("remove", cmd_person_remove, "remove a person from a case (--case) or from all", person)
    s.add_argument("person", help="the person's id or IIN")
    s.add_argument("--case", help="case number: only from this case; their other cases keep them")
    s.add_argument("--reason", help="entered_by_mistake, duplicate, not_part_of_case, other "
                   "(other needs --note)")
    s.add_argument("--note", default="")

    participant = sub.add_parser("participant", help="a person's role in a case").add_subparsers(
        dest="participant_cmd", metavar="ACTION", required=True)
    s = add("remove", cmd_participant_remove, "take one role of a person out of a case", participant)
    s.add_argument("--case", required=True, help="case number")
    s.add_argument("--person", required=True, help="the person's id or IIN")
    s.add_argument("--role", help="when the person has several roles in the case")
    s.add_argument("--reason", help="entered_by_mistake, duplicate, not_part_of_case, other")
    s.add_argument("--note", default="")

    visit = sub.add_parser("visit", help="prevention visits").add_subparsers(dest="visit_cmd", metavar="ACTION", required=True)
    s = add("add", cmd_visit_add, "record a visit from a JSON file of answers", visit)
    s.add_argument("--case", required=True)
    s.add_argument("--answers", required=True,
                   help="JSON file: answers to the prevention visit form (forms/prevention_visit.v*.yaml)")

    s = add("search", cmd_search, "search persons and cases")
    s.add_argument("text", nargs="+")
    s.add_argument("--limit", type=int, default=20)
    s = add("due", cmd_due, "contacts due (yours; --all for the unit)")
    s.add_argument("--all", action="store_true")
    s.add_argument("--days", type=int, default=None)
    s = add("backup", cmd_backup, "write a verified encrypted backup")
    s.add_argument("--to", required=True, help="folder to write the backup into")
    s = add("restore", cmd_restore, "restore a backup (the current files are kept aside)")
    s.add_argument("backup")
    s = add("doctor", cmd_doctor, "check the vault: integrity, encryption, audit chain, "
            "and that only you can read the program's files")
    s.add_argument("--repair", action="store_true",
                   help="give files and folders that others could read mode 0600/0700")
    s = add("demo", cmd_demo, "fill the vault with realistic synthetic data")
    s.add_argument("--households", type=int, default=50)
    s.add_argument("--seed", type=int, default=1)
    forms = sub.add_parser("forms", help="form definitions").add_subparsers(dest="forms_cmd", metavar="ACTION", required=True)
    s = add("check", cmd_forms_check, "validate every form definition", forms)
    s.add_argument("--dir")
    s = add("print", cmd_print, "save a document as PDF (visit act, incident report, "
            "measure notice, referral, case summary, monthly statistics)")
    s.add_argument("kind", choices=("visit", "incident", "measure-notice", "referral",
                                    "case-summary", "statistics"))
    s.add_argument("id", nargs="?", help="record id (case-summary: case number or id)")
    s.add_argument("--month", type=_month, help="statistics: YYYY-MM (default: this month)")
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
    s = add("verify-document", cmd_verify_document,
            "check a printed document's QR code or PDF against the vault")
    g = s.add_mutually_exclusive_group(required=True)
    g.add_argument("--payload", help="the text of the document's QR code")
    g.add_argument("--pdf", help="a PDF printed by Inspector Desk")

    s = add("export", cmd_export, "write the bundle(s) for headquarters: everything not yet acknowledged")
    s.add_argument("--to", required=True, help="folder (USB stick or network share)")
    s = add("import-receipt", cmd_import_receipt, "import a headquarters receipt (*.idr)")
    s.add_argument("file")
    s = add("import-update", cmd_import_update, "apply a headquarters update pack (*.idu)")
    s.add_argument("file")
    s = add("notices", cmd_notices, "notices from headquarters: a person of your case also in "
            "another inspector's case")
    s.add_argument("--case", help="only this case (number or id)")
    enrol = sub.add_parser("enrol", help="enrolment at headquarters").add_subparsers(
        dest="enrol_cmd", metavar="ACTION", required=True)
    s = add("request", cmd_enrol_request, "write the enrolment request for headquarters", enrol)
    s.add_argument("--to", default=".", help="folder or file (default: the current folder)")
    s = add("import", cmd_enrol_import, "import the enrolment file from headquarters", enrol)
    s.add_argument("file")
    s.add_argument("--hq-fingerprint", type=_fingerprint,
                   help="headquarters key fingerprint from its letter (required; headquarters "
                        "prints it with 'inspector-desk-hq keys show')")
    recover = sub.add_parser("recover", help="forgotten passphrase: recovery through headquarters"
                             ).add_subparsers(dest="recover_cmd", metavar="ACTION", required=True)
    s = add("request", cmd_recover_request, "choose a new passphrase, write the request", recover)
    s.add_argument("--to", default=".", help="folder or file (default: the current folder)")
    s.add_argument("--new-passphrase-file")
    s = add("apply", cmd_recover_apply, "apply headquarters' answer (*.idrec)", recover)
    s.add_argument("file")
    s.add_argument("--new-passphrase-file")
    return p


# The language of messages given on the command line, read before argparse runs so that the
# checks of --profile, dates and months (argparse types) already speak it.
_ARGV_LANG: str | None = None
_GLOBAL_VALUED = {"--home", "--profile", "--lang", "--passphrase-file", "--locked", "--geometry"}


def _lang_in(argv: list[str]) -> str | None:
    """``--lang`` among the global options (those before the command), if valid."""
    it = iter(argv)
    for arg in it:
        if arg.startswith("--lang="):
            value: str | None = arg.split("=", 1)[1]
        elif arg == "--lang":
            value = next(it, None)
        elif arg in _GLOBAL_VALUED:
            next(it, None)
            continue
        elif arg.startswith("-"):
            continue
        else:
            return None  # the command: a later --lang is the document's (print --lang)
        return value if value in ("ru", "kk", "en") else None
    return None


def _usage_lang() -> str:
    return _ARGV_LANG or language_from_env()


def _setup_logs(args: argparse.Namespace) -> tuple[Path | None, Path]:
    """The program log for this command (app/logs.py), and warnings on standard error.
    Returns the log file (None when the data folder cannot be written) and its folder."""
    from inspector_desk.app.logs import log_folder, setup_logging
    from inspector_desk.app.profile import default_home

    root = logging.getLogger()
    if not any(isinstance(h, _StderrHandler) for h in root.handlers):
        root.addHandler(_StderrHandler())
    folder = log_folder(Path(args.home) if args.home else default_home())
    try:
        return setup_logging(folder), folder
    except OSError:
        return None, folder


def main(argv: list[str] | None = None) -> int:
    global _ARGV_LANG
    argv = sys.argv[1:] if argv is None else argv
    _ARGV_LANG = _lang_in(argv)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed a usage line
        return int(exc.code or 0) and EXIT_USER
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
        return args.fn(ctx)
    except UsageError as exc:
        log.info("usage error %s in %s", exc.key, command)
        usage_line = getattr(args, "usage_line", None)
        if usage_line:
            _err(usage_line().rstrip())
        _err(text(exc.key, _lang(ctx), **exc.params))
        return EXIT_USER
    except CliError as exc:
        log.info("user error %s in %s", exc.key, command)
        _err(text(exc.key, _lang(ctx), **exc.params))
        return EXIT_USER
    except InspectorDeskError as exc:
        log.info("user error %s in %s", exc.code, command)
        _err(describe(exc, _lang(ctx)))
        return EXIT_USER
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback for users
        from inspector_desk.app.logs import safe_details

        log.error("unexpected error in %s\n%s", command, safe_details(exc), extra={"log_only": True})
        if log_path is not None:
            _err(text("unexpected_logged", _lang(ctx), detail=type(exc).__name__, path=log_path))
        else:
            _err(text("unexpected_no_log", _lang(ctx), detail=type(exc).__name__, path=log_dir))
        return EXIT_INTERNAL


def _lang(ctx: Context | None) -> str:
    return ctx.lang if ctx else _usage_lang()


__all__ = ["main", "build_parser"]
