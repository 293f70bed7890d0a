"""``inspector-desk --self-test``: is this installation complete and working?

Meant for the built application (packaging/build.py runs it on every build; support staff
run it on a laptop), and importable so that the test suite runs the same checks in the
source tree (tests/packaging/test_selftest.py). Each check uses the real code path of the
program, end to end, on throwaway data:

* ``version``      the version from the package metadata (one place: pyproject.toml);
* ``resources``    follow-up rules, message catalog, document fonts, compiled translations;
* ``forms``        every shipped form definition, the JSON Schema and messages.yaml;
* ``keyring``      the keyring backends are discoverable (entry points: the package metadata
                   is in the bundle) and the platform's own backend imports; the OS keyring
                   itself is never called;
* ``vault``        a new SQLCipher vault in keyring mode, locked, unlocked again, ``doctor``;
* ``form``         a case, a person and a prevention visit recorded through the services
                   (the form engine validates the answers, and refuses a bad one);
* ``document``     the visit act as PDF: ``%PDF``, the DejaVu font embedded, its check code
                   verifies, also in a copy re-saved by another program (read with pypdf);
* ``bundle``       throwaway headquarters keys (hq.keys), enrolment, export (app/sync.py),
                   then headquarters' own import verifies and applies the bundle, and its
                   receipt is accepted back by the device;
* ``window``       Qt offscreen: the main window opens translated, unlocks the vault and
                   shows the desk, then closes;
* ``preview``      the PDF rendered to page images (pypdfium2) and printed to a PDF file
                   through Qt Print Support.

Nothing touches the user's data folder or OS keyring: everything lives in a temporary folder
(deleted at the end) and the device secret goes to an in-process keyring object. Qt is forced
offscreen. Each check prints one line (``ok``/``FAIL``, the check, what was seen); the last
line is ``OK`` or ``FAILED: <checks>``; the exit status is 0 or 1.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import secrets
import shutil
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from inspector_desk.core.kinds import form_kinds
from inspector_desk.keystore.process_keyring import ProcessKeyring

FORM_IDS = tuple(k.form_id for k in form_kinds())  # core/kinds.py
LANGS = ("ru", "kk", "en")
PLATFORM_KEYRING = {"linux": "SecretService", "win32": "Windows", "darwin": "macOS"}
KEYRING_NEEDS = {"linux": ("secretstorage", "jeepney"),
                 "win32": ("win32ctypes.pywin32.win32cred",),
                 "darwin": ("keyring.backends.macOS.api",)}
WINDOW_TIMEOUT_S = 60.0


ThrowawayKeyring = ProcessKeyring
"""The keyring the device secret of the self-test vault lives in (keystore/process_keyring.py):
in this process only, it dies with it."""


class NotRun(Exception):
    """A check that could not run because one it depends on failed."""


@dataclass
class Result:
    name: str
    ok: bool
    detail: str
    seconds: float

    def line(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'}  {self.name:<10} {self.detail} ({self.seconds:.1f} s)"


@dataclass
class SelfTest:
    """The state the checks share: the temporary folder and what earlier checks made."""

    base: Path
    passphrase: str = field(default_factory=lambda: "selftest-" + secrets.token_urlsafe(16))
    keyring: ThrowawayKeyring = field(default_factory=ThrowawayKeyring)
    profiles: Any = None
    session: Any = None
    case_id: str = ""
    visit_id: str = ""
    pdf: bytes = b""
    hq_repo: Any = None
    app: Any = None
    controller: Any = None

    @property
    def home(self) -> Path:
        return self.base / "home"

    def need(self, what: str, value: Any) -> Any:
        if not value:
            raise NotRun(f"not run: needs the {what} check")
        return value

    def close_window(self) -> None:
        """Stop the window's worker (it locks its session) and destroy the window."""
        if self.controller is not None:
            try:
                self.controller.shutdown()
                self.controller.window.close()
                self.controller.window.deleteLater()
                if self.app is not None:
                    self.app.processEvents()
            finally:
                self.controller = None

    def close(self) -> None:
        """Close everything holding files in the temporary folder."""
        self.close_window()
        if self.session is not None and not self.session.locked:
            self.session.lock()
        if self.hq_repo is not None:
            self.hq_repo.close()
            self.hq_repo = None


# --- the checks ------------------------------------------------------------------------------


def check_version(t: SelfTest) -> str:
    from importlib import metadata

    from inspector_desk import __version__
    from inspector_desk.paths import frozen

    if __version__ == "0+unknown":
        raise RuntimeError("no package metadata for inspector-desk (copy_metadata missing)")
    found = metadata.version("inspector-desk")
    if found != __version__:
        raise RuntimeError(f"metadata says {found}, inspector_desk.__version__ {__version__}")
    return (f"Inspector Desk {__version__} ({'frozen' if frozen() else 'source'}), Python "
            f"{platform.python_version()}, {platform.system()} {platform.machine()}")


def check_resources(t: SelfTest) -> str:
    from inspector_desk.app.session import load_rules
    from inspector_desk.messages import text
    from inspector_desk.paths import frozen, resource_dir
    from inspector_desk.reports.fonts import fonts_dir, register_fonts

    root = resource_dir()
    rules = load_rules()
    if rules.default_order_end(dt.date(2026, 1, 1)) <= dt.date(2026, 1, 1):
        raise RuntimeError("follow-up rules loaded but make no sense")
    if text("unexpected", "kk", detail="x") == "unexpected":
        raise RuntimeError("the message catalog has no Kazakh text")
    register_fonts()
    i18n = root / "i18n"
    qm = [lang for lang in LANGS if (i18n / f"inspector_desk_{lang}.qm").is_file()]
    ts = [lang for lang in LANGS if (i18n / f"inspector_desk_{lang}.ts").is_file()]
    if frozen() and len(qm) != len(LANGS):
        raise RuntimeError(f"compiled translations missing: {sorted(set(LANGS) - set(qm))}")
    if not frozen() and len(set(qm) | set(ts)) != len(LANGS):
        raise RuntimeError("translation sources missing in resources/i18n")
    fonts = sorted(p.name for p in fonts_dir().glob("*.ttf"))
    return f"{root}: rules, messages, fonts {', '.join(fonts)}, translations {'/'.join(qm) or 'from .ts'}"


def check_forms(t: SelfTest) -> str:
    from inspector_desk.app.forms_adapter import load_forms
    from inspector_desk.forms import default_forms_dir
    from inspector_desk.forms.paths import engine_file

    folder = default_forms_dir()
    for parts in (("schema", "form.schema.json"), ("messages.yaml",)):
        engine_file(*parts)
    if not (folder / "choices").is_dir():
        raise RuntimeError(f"{folder / 'choices'} is missing")
    registry = load_forms().registry
    missing = [f for f in FORM_IDS if f not in registry.form_ids()]
    if missing:
        raise RuntimeError(f"forms missing from {folder}: {', '.join(missing)}")
    return f"{len(registry.form_ids())} forms, schema and messages from {folder}"


def check_keyring(t: SelfTest) -> str:
    import importlib
    from importlib import metadata

    from keyring.backend import KeyringBackend

    points = {ep.name: ep for ep in metadata.entry_points(group="keyring.backends")}
    if not points:
        raise RuntimeError("no keyring backends registered (keyring's metadata is not bundled)")
    wanted = PLATFORM_KEYRING.get(sys.platform)
    if wanted:
        if wanted not in points:
            raise RuntimeError(f"the {wanted} backend is not registered (found: {', '.join(points)})")
        module = importlib.import_module(points[wanted].value.split(":")[0])
        classes = [v.__name__ for v in vars(module).values() if isinstance(v, type)
                   and issubclass(v, KeyringBackend) and v.__module__ == module.__name__]
        if not classes:
            raise RuntimeError(f"{module.__name__} defines no keyring backend")
        for dependency in KEYRING_NEEDS.get(sys.platform, ()):
            importlib.import_module(dependency)  # the backend imports these quietly, if present
        wanted = f"{module.__name__}.{classes[0]}"
    return (f"backends {', '.join(sorted(points))}; {wanted or 'no platform'} loads "
            f"(the OS keyring itself is not called)")


def check_vault(t: SelfTest) -> str:
    from inspector_desk.app.profile import Profiles
    from inspector_desk.app.session import InspectorInfo
    from inspector_desk.keystore.device_secret import KeyringSecrets

    t.profiles = Profiles(t.home, KeyringSecrets(t.keyring))
    info = InspectorInfo(name="Самопроверка Тест", login="SELFTEST-1", unit="Self-test",
                         district="Есиль")
    first = t.profiles.create("default", t.passphrase, info)
    mode = first.keyfile.mode
    first.lock()
    if mode != "keyring":
        raise RuntimeError(f"the vault was created in {mode} mode")
    t.session = t.profiles.unlock("default", t.passphrase)
    report = t.session.vault.doctor()
    if not report.ok:
        raise RuntimeError(f"doctor: integrity {report.integrity[:3]}, cipher "
                           f"{report.cipher_integrity[:3]}, audit {report.audit_problems[:3]}")
    with open(t.profiles.folder("default") / "vault.db", "rb") as f:
        if f.read(16) == b"SQLite format 3\0":
            raise RuntimeError("the vault file is plain SQLite")
    return f"SQLCipher {report.cipher_version}, schema {report.schema_version}, {mode} mode, doctor ok"


def visit_answers(now: dt.datetime, person_id: str, address: str) -> dict[str, Any]:
    """A valid prevention visit an hour ago (forms/prevention_visit.v1.yaml)."""
    return {
        "visit_at": (now - dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
        "visit_type": "planned", "place": "home", "visit_address": address,
        "persons_met": [{"person": person_id, "role": "affected"}],
        "conversation_held": "yes", "conversation_with": person_id, "conversation_minutes": 30,
        "conversation_online": "no", "conversation_minor": "no",
        "conversation_notes": "Самопроверка: разъяснены права. Өзін-өзі тексеру.",
        "intoxication": "no", "children_present": "no",
        "rights_explained": ["victim_rights", "line_111"], "measure_in_force": "no",
        "risk_reassessed": "no", "next_visit": (now.date() + dt.timedelta(days=7)).isoformat(),
    }


def check_form(t: SelfTest) -> str:
    from inspector_desk.core.errors import ValidationError
    from inspector_desk.core.records import Visit
    from inspector_desk.core.services import PersonInput

    session = t.need("vault", t.session)
    svc = session.services
    address = "г. Астана, ул. Самопроверки, д. 1"
    t.case_id = svc.cases.open_case(address=address, district="Есиль", source="111").created
    person = svc.people.add_person_to_case(t.case_id, PersonInput(last_name="Тестова", first_name="Әсел"),
                                    "affected", "self").created
    answers = visit_answers(session.clock.now(), person, address)
    try:
        svc.records.record_visit(t.case_id, {**answers, "conversation_minutes": 0})
    except ValidationError as exc:
        refused = sorted(exc.errors)
    else:
        raise RuntimeError("a 0-minute conversation was accepted (the form's minimum is 1)")
    # Over the hour of 245-VIII art. 50: a warning at the field, never a refusal.
    warned = [w.field for w in svc.records.form_warnings("visit", t.case_id,
                                                 {**answers, "conversation_minutes": 90})]
    if "conversation_minutes" not in warned:
        raise RuntimeError("a 90-minute conversation gave no warning (the legal limit is 60)")
    t.visit_id = svc.records.record_visit(t.case_id, answers).created
    visit = session.store.get(Visit, t.visit_id)
    case_no = session.store.get_any("case", t.case_id).case_no
    return (f"case {case_no}, visit v{visit.form_version} saved; bad answer refused "
            f"({', '.join(refused)})")


def check_document(t: SelfTest) -> str:
    import re

    from inspector_desk.app.documents import print_document, verify

    session = t.need("vault", t.session)
    t.need("form", t.visit_id)
    pdf = print_document(session, "visit", t.visit_id, "kk")
    if not pdf.startswith(b"%PDF-"):
        raise RuntimeError(f"not a PDF: {pdf[:8]!r}")
    fonts = sorted(set(re.findall(rb"/BaseFont\s*/(?:[A-Z]{6}\+)?(DejaVu[\w-]*)", pdf)))
    if not fonts or b"/FontFile2" not in pdf:
        raise RuntimeError("the DejaVu font is not embedded")
    status = verify(session, pdf).status
    if status != "valid":
        raise RuntimeError(f"the document's check code does not verify: {status}")
    # Re-saved by another program (pypdf escapes the code's '|'): only a PDF parser finds it.
    import io

    from pypdf import PdfReader, PdfWriter

    out = io.BytesIO()
    PdfWriter(clone_from=PdfReader(io.BytesIO(pdf))).write(out)
    if b"IDESK1|" in out.getvalue() or verify(session, out.getvalue()).status != "valid":
        raise RuntimeError("the check code of the re-saved PDF does not verify")
    t.pdf = pdf
    return (f"visit act (kk) {len(pdf) // 1024} KiB, %PDF, embeds "
            f"{', '.join(f.decode() for f in fonts)}, check code valid, also re-saved (pypdf)")


def check_bundle(t: SelfTest) -> str:
    from inspector_desk.app import sync
    from inspector_desk.hq import devices
    from inspector_desk.hq import keys as hq_keys
    from inspector_desk.hq.backends import open_backend
    from inspector_desk.hq.importer import Importer
    from inspector_desk.hq.receipts import write_receipt
    from inspector_desk.hq.repo import Repository

    session = t.need("vault", t.session)
    t.need("form", t.visit_id)
    hq_home, out = t.base / "hq", t.base / "usb"
    hq_pass = "hq-" + secrets.token_urlsafe(16)
    officers = ["officer-" + secrets.token_urlsafe(16) for _ in range(2)]  # at least two
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    out.mkdir(parents=True)
    hq_keys.init_keys(hq_home, hq_pass, officers, now)
    keys = hq_keys.unlock(hq_home, hq_pass)
    t.hq_repo = repo = Repository(open_backend(None, hq_home, keys.db_key))
    request = sync.enrolment_request(session, out)
    _row, enrolment = devices.approve(repo, keys, request.read_bytes(), case_prefix="ST",
                                      at=now.isoformat(), actor="self-test")
    (out / "self-test.idenrol").write_bytes(enrolment)
    sync.import_enrolment(session, out / "self-test.idenrol",
                          expect_hq_key_id=keys.public.signing_key_id)
    job = sync.export(session, out)
    for _progress in job:
        pass
    if len(job.result) != 1:
        raise RuntimeError(f"expected one bundle, got {len(job.result)}")
    bundle = job.result[0]
    with open(bundle.path, "rb") as f:
        if f.read(4) != b"IDB1":
            raise RuntimeError("the bundle does not start with IDB1")
    imported = Importer(repo, keys, hq_home).import_file(bundle.path)
    if imported.seq != bundle.seq or imported.records != bundle.records:
        raise RuntimeError(f"headquarters read bundle {imported.seq} with {imported.records} "
                           f"records, the device wrote {bundle.seq} with {bundle.records}")
    receipt = write_receipt(repo, keys, hq_home, session.actor.device_id, now.isoformat(),
                            out / "receipts")
    acked = sync.import_receipt(session, receipt)
    if bundle.seq not in acked.acknowledged:
        raise RuntimeError(f"the receipt did not acknowledge bundle {bundle.seq}")
    status = sync.status(session)
    return (f"bundle #{bundle.seq} ({bundle.records} records, {bundle.size // 1024} KiB) signed, "
            f"encrypted, verified and imported by a throwaway HQ; receipt acknowledged it "
            f"({status.unsent_changes} unsent)")


def _qt_app():
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no effect if an application already exists
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        qInstallMessageHandler(_qt_message)
        app = QApplication([sys.argv[0] if sys.argv else "inspector-desk"])
    return app


_QUIET = ("propagateSizeHints",)  # the offscreen platform's harmless complaints


def _qt_message(mode, context, message: str) -> None:
    if not any(q in message for q in _QUIET):
        print(f"qt: {message}", file=sys.stderr)


def check_window(t: SelfTest) -> str:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from inspector_desk.app.settings import Settings
    from inspector_desk.ui.controller import AppController
    from inspector_desk.ui.i18n import qm_path

    profiles = t.need("vault", t.profiles)
    if t.session is not None and not t.session.locked:
        t.session.lock()  # the window opens the vault itself, on its worker thread
    t.app = app = _qt_app()
    QCoreApplication.setApplicationName("Inspector Desk")
    t.controller = c = AppController(profiles, Settings(language="ru"))
    for lang in ("ru", "kk"):  # (a source checkout has just compiled them, ui/i18n.py)
        if not QTranslator().load(str(qm_path(lang))):
            raise RuntimeError(f"{qm_path(lang)} does not load")
    c.window.show()
    app.processEvents()
    if c.state != "locked":
        raise RuntimeError(f"the window opened in state {c.state!r}, not the unlock page")
    lock_text = c.lock_action.text()
    if lock_text == "Lock":
        raise RuntimeError("the interface is not translated (the Russian .qm did not load)")
    c.unlock(t.passphrase)
    deadline = time.monotonic() + WINDOW_TIMEOUT_S
    while c.state != "unlocked" and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    if c.state != "unlocked":
        raise RuntimeError(f"the desk did not open within {WINDOW_TIMEOUT_S:.0f} s "
                           f"(state {c.state!r}; {c.presenter.last_message})")
    page = c.desk.current_page_name()
    size = c.window.size()
    platform_name = app.platformName()
    c.lock()
    app.processEvents()
    t.close_window()
    return (f"Qt {_qt_version()} on {platform_name}: unlock page in Russian ({lock_text!r}), "
            f"desk opened at {page!r} {size.width()}x{size.height()}, locked, closed")


def _qt_version() -> str:
    from PySide6.QtCore import qVersion

    return qVersion()


def check_preview(t: SelfTest) -> str:
    from PySide6.QtPrintSupport import QPrinter

    from inspector_desk.ui.documents import print_images, render_pages

    pdf = t.need("document", t.pdf)
    _qt_app()
    images = render_pages(pdf, dpi=48)
    if not images or images[0].isNull() or images[0].width() < 100:
        raise RuntimeError("the PDF did not render to page images")
    target = t.base / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    print_images(printer, images)
    data = target.read_bytes() if target.exists() else b""
    if not data.startswith(b"%PDF"):
        raise RuntimeError("Qt Print Support wrote no PDF")
    return (f"{len(images)} page(s) rendered by PDFium {images[0].width()}x{images[0].height()}, "
            f"printed through Qt Print Support ({len(data) // 1024} KiB)")


CHECKS: list[tuple[str, Callable[[SelfTest], str]]] = [
    ("version", check_version),
    ("resources", check_resources),
    ("forms", check_forms),
    ("keyring", check_keyring),
    ("vault", check_vault),
    ("form", check_form),
    ("document", check_document),
    ("bundle", check_bundle),
    ("window", check_window),
    ("preview", check_preview),
]


def run_check(t: SelfTest, name: str, fn: Callable[[SelfTest], str]) -> Result:
    start = time.monotonic()
    try:
        detail = fn(t)
        ok = True
    except NotRun as exc:
        detail, ok = str(exc), False
    except Exception as exc:  # noqa: BLE001 - every failure is reported, on one line
        where = traceback.extract_tb(exc.__traceback__)[-1]
        detail = (f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]} "
                  f"[{Path(where.filename).name}:{where.lineno}]")
        ok = False
    return Result(name, ok, detail, time.monotonic() - start)


def run_self_test(out: Callable[[str], None] = print, base: Path | None = None,
                  keep: bool = False) -> list[Result]:
    """Run every check in a new temporary folder (inside ``base`` if given), print one
    line per check through ``out``, remove the folder (unless ``keep``), return the results."""
    folder = Path(tempfile.mkdtemp(prefix="inspector-desk-selftest-", dir=base))
    t = SelfTest(folder)
    results: list[Result] = []
    saved_home = os.environ.get("INSPECTOR_DESK_HOME")
    os.environ["INSPECTOR_DESK_HOME"] = str(t.home)  # belt and braces: never the user's folder
    try:
        for name, fn in CHECKS:
            results.append(run_check(t, name, fn))
            out(results[-1].line())
    finally:
        start = time.monotonic()
        try:
            t.close()
        finally:
            if saved_home is None:
                os.environ.pop("INSPECTOR_DESK_HOME", None)
            else:
                os.environ["INSPECTOR_DESK_HOME"] = saved_home
            if not keep:
                shutil.rmtree(folder, ignore_errors=True)
            gone = keep or not folder.exists()
            results.append(Result("cleanup", gone, f"temporary folder {folder} "
                                  f"{'kept' if keep else 'removed' if gone else 'NOT removed'}",
                                  time.monotonic() - start))
            out(results[-1].line())
    failed = [r.name for r in results if not r.ok]
    out("OK" if not failed else f"FAILED: {', '.join(failed)}")
    return results


def main() -> int:
    """The ``--self-test`` entry point: 0 when every check passed, else 1."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]
        except (AttributeError, ValueError):
            pass
    results = run_self_test(lambda line: print(line, flush=True))
    return 0 if all(r.ok for r in results) else 1


__all__ = ["CHECKS", "Result", "SelfTest", "ThrowawayKeyring", "main", "run_check",
           "run_self_test", "visit_answers"]
