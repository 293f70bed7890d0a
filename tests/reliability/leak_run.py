"""The scripted run of the leak audit (tests/reliability/test_leak_audit.py, SECURITY.md T7).

Run as a subprocess whose HOME, XDG_* folders, TMPDIR and INSPECTOR_DESK_HOME all point into
one sandbox folder, so that everything the process writes lands there. It starts the real
application objects (AppController, Profiles, Settings, the real keyring code over a file
backend) offscreen and drives real widgets:

first-run wizard → enrolment request and enrolment file through the Headquarters screen
(headquarters approves in between) → demo data → a new case and three distinctive people
typed into the dialogs → search → a visit typed into the form view (the draft autosave timer
runs; a scan attached through the real file dialog) → an incident → the risk checklist →
preview, print (to a PDF "paper" file) and "Save as PDF…" through the real file dialog →
bundle export through the Headquarters screen → vault backup through the Settings screen →
two unexpected errors whose messages carry personal data, "Copy details" pressed → a name
copied from the search box with Ctrl+C → lock (Ctrl+L) → unlock → lock → shutdown; then
headquarters imports the bundle (proof that it carries the people).

Stand-ins: the operating system's print dialog (``QPrintDialog.exec`` points the QPrinter at
a PDF file in the paper folder and returns "Accepted"; QPrinter, QPainter and the program's
printing code are the real ones) and the keyboard (key events carrying each character).
Before the lock the open vault's ``-wal``/``-shm`` are copied to ``audit-copies/`` so that
the scan sees what the WAL held (it is checkpointed away at lock).

Usage: leak_run.py SANDBOX PAPER SAVED HQ INPUTS — prints one line ``LEAKRUN-RESULT {json}``:
every personal string of the run (read back from the vault before the final lock), the
clipboard before and after the lock, and what was written where.
``leak_run.py --selection`` (QT_QPA_PLATFORM=xcb, an X server): the PRIMARY selection check.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QClipboard  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication, QDialog, QFileDialog, QMessageBox, QPushButton,
)

PASSPHRASE = "Жаз-2026-Астана!"
HQ_PASSPHRASE = "штаб-пароль-2026"
OFFICERS = ["офицер-первый-2026", "офицер-второй-2026"]  # at least two (hq/keys.py)
INSPECTOR_NAME = "Сәрсенбаева Айгүл Нұрланқызы"

# Distinctive people typed into the person dialog. Names that no shipped file, translation
# or demo list contains, so that any hit is this run's doing.
PEOPLE = [
    dict(role="affected", relation="self", last="Жолдасбекова", first="Ақбөпе",
         patronymic="Ерболатқызы", born=dt.date(1988, 3, 15), sex="F",
         phone="+7 705 914 27 63", address="г. Астана, ул. Түркістан, д. 88, кв. 412",
         safe="звонить сестре Гаухар после 18:00"),
    dict(role="offender", relation="spouse", last="Жолдасбеков", first="Темірлан",
         patronymic="Сапарбекұлы", born=dt.date(1985, 7, 2), sex="M",
         phone="+7 777 306 81 49", address="", safe=""),
    dict(role="child", relation="child", last="Жолдасбекова", first="Айсұлу",
         patronymic="Темірланқызы", born=dt.date(2016, 11, 9), sex="F",
         phone="", address="", safe=""),
]
CASE_ADDRESS = "г. Астана, ул. Түркістан, д. 88, кв. 412"
HOME_CONDITIONS = ("Квартира Жолдасбековых: разбитая дверь в спальню, "
                   "Ақбөпе боится возвращения мужа")
CHILDREN_NOTES = "Айсұлу плачет при упоминании отца, жалуется учителю Мейрамгүл"
NARRATIVE = ("Темірлан Жолдасбеков ночью выбил дверь, душил жену, угрожал ножом; "
             "соседка Қаламқас вызвала 102")
ATTACHMENT_TEXT = "СКАН-АКТ подписан Жолдасбековой Ақбөпе, Түркістан 88-412"
ATTACHMENT_NAME = "Жолдасбекова_акт_подписан.pdf"
ERROR_TEXT = "не удалось разобрать запись Жолдасбекова Ақбөпе"

from tests.support.typing import type_text  # noqa: E402

WAIT = float(os.environ.get("LEAK_WAIT", "30"))
timings: dict[str, float] = {}
_t0 = time.monotonic()


def mark(name: str) -> None:
    timings[name] = round(time.monotonic() - _t0, 2)
    print(f"leak_run: {name} at {timings[name]} s", file=sys.stderr, flush=True)


_LOOP: list = []


def pump(ms: int = 20) -> None:
    # Through a QEventLoop object: the static QCoreApplication.processEvents (and so
    # QTest.qWait) of PySide6 6.12 drops a reference to None on every call, and a long
    # wait ends in "Fatal Python error: none_dealloc".
    if not _LOOP:
        _LOOP.append(QEventLoop())
    _LOOP[0].processEvents(QEventLoop.ProcessEventsFlag.AllEvents, ms)


def wait_until(cond, what: str, timeout: float = WAIT) -> None:
    end = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > end:
            import faulthandler

            faulthandler.dump_traceback(all_threads=True)
            raise TimeoutError(f"timed out waiting for {what}")
        pump()
        time.sleep(0.003)


def first_run_typed(c, name: str, passphrase: str) -> None:
    """The first-run wizard, typed key by key: who you are, the passphrase twice, create."""
    wizard = c.stack.currentWidget()
    assert c.state == "first_run", c.state
    type_text(wizard.about.name, name)
    type_text(wizard.about.badge, "A-1047")
    type_text(wizard.about.district, "Есиль")
    wizard.next()
    type_text(wizard.secret.passphrase.edit, passphrase)
    type_text(wizard.secret.passphrase.again, passphrase)
    assert wizard.secret.isComplete(), "the passphrase was refused, or the keyring is not usable"
    wizard.next()
    wizard.accept()
    wait_until(lambda: c.state == "unlocked", "the vault to be created")


def when_modal(kind, action, what: str) -> list:
    """Act on the next modal dialog of type ``kind`` once it shows (static dialogs block in
    their own event loop, where this timer still fires). Returns a list that gets True."""
    seen: list = []
    end = time.monotonic() + WAIT

    def poll() -> None:
        w = QApplication.activeModalWidget()
        if isinstance(w, kind) and w.isVisible():
            seen.append(True)
            action(w)
        elif time.monotonic() < end:
            QTimer.singleShot(20, poll)
        else:
            print(f"no modal {what} appeared", file=sys.stderr)

    QTimer.singleShot(0, poll)
    return seen


def choose_file(path: Path) -> list:
    def act(d: QFileDialog) -> None:
        d.setDirectory(str(path.parent))
        d.selectFile(str(path))
        d.accept()

    return when_modal(QFileDialog, act, "file dialog")


def choose_folder(folder: Path) -> list:
    def act(d: QFileDialog) -> None:
        d.setDirectory(str(folder))
        d.selectFile(str(folder))
        d.accept()

    return when_modal(QFileDialog, act, "folder dialog")


def close_error_boxes() -> int:
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "errorBox" and w.isVisible()]
    for w in boxes:
        w.close()
    return len(boxes)


def main() -> int:
    sandbox, paper, saved, hq_home, inputs = (Path(a) for a in sys.argv[1:6])
    for d in (paper, saved):
        d.mkdir(parents=True, exist_ok=True)
    stick = sandbox / "usb-stick"
    backups = sandbox / "backups"
    stick.mkdir(parents=True, exist_ok=True)
    backups.mkdir(parents=True, exist_ok=True)

    # The same start as inspector_desk.ui.main.run, with a fast KDF and a file keyring.
    from inspector_desk.app.profile import Profiles, default_home
    from inspector_desk.app.settings import Settings
    from inspector_desk.keystore.device_secret import KeyringSecrets
    from inspector_desk.keystore.keyfile import KdfParams
    from inspector_desk.ui.controller import AppController
    from inspector_desk.ui.errors import setup_logging

    QCoreApplication.setApplicationName("Inspector Desk")
    QCoreApplication.setOrganizationName("InspectorDesk")
    app = QApplication([sys.argv[0]])
    home = default_home()
    assert str(home).startswith(str(sandbox)), home
    setup_logging(home / "logs")
    settings = Settings.load(home)
    settings.language = os.environ.get("LEAK_LANG", "ru")
    profiles = Profiles(home, KeyringSecrets(), kdf=KdfParams.fast_for_tests())
    c = AppController(profiles, settings)
    c.presenter.install_excepthook()
    c.window.show()
    mark("started")
    mutate = os.environ.get("LEAK_MUTATE", "")  # a planted leak, to see the audit fail
    if "log" in mutate.split(","):
        import inspector_desk.ui.errors as errors_ui

        plain = errors_ui.safe_details
        errors_ui.safe_details = lambda exc: plain(exc) + f"\n{exc}"

    # --- first run: the wizard -----------------------------------------------------------
    first_run_typed(c, INSPECTOR_NAME, PASSPHRASE)
    c.set_autolock(7)  # settings.json written through the settings code
    mark("first_run")

    # --- enrolment through the Headquarters screen ---------------------------------------
    desk = c.desk
    desk.show_page("sync")
    sync_page = desk.sync
    choose_folder(stick)
    sync_page.enrolment_request()
    wait_until(lambda: any(stick.glob("*.idreq")), "the enrolment request")
    [request] = list(stick.glob("*.idreq"))
    hq = headquarters(hq_home)
    from inspector_desk.hq import devices

    _row, enrol = devices.approve(hq["repo"], hq["keys"], request.read_bytes(), case_prefix="K7QM",
                                  at="2026-11-20T10:00:00+05:00", actor="hq-officer")
    enrol_path = stick / "K7QM.idenrol"
    enrol_path.write_bytes(enrol)
    choose_file(enrol_path)

    def answer_fingerprint(d) -> None:  # typed from headquarters' letter
        from PySide6.QtWidgets import QLineEdit

        type_text(d.findChild(QLineEdit), hq["keys"].public.signing_key_id.upper())
        d.accept()

    from PySide6.QtWidgets import QInputDialog

    when_modal(QInputDialog, answer_fingerprint, "fingerprint dialog")
    sync_page.import_enrolment()
    wait_until(lambda: "K7QM" in sync_page.fields["prefix"].text(), "the enrolment")
    mark("enrolled")

    # --- demo data -----------------------------------------------------------------------
    from inspector_desk.app.demo import generate

    c.runner.call(lambda: generate(c.core.session, households=int(os.environ.get("LEAK_HOUSEHOLDS", "12")),
                                   seed=11))
    desk.register.model.refresh()
    mark("demo")

    # --- a new case and its people, typed into the dialogs ---------------------------------
    from inspector_desk.ui.case_dialogs import AddPersonDialog, NewCaseDialog

    d = NewCaseDialog(desk, c.window)
    type_text(d.address, CASE_ADDRESS)
    d.source.setCurrentIndex(d.source.findData("111"))
    d.buttons.button(d.buttons.StandardButton.Ok).click()
    wait_until(lambda: desk.case_page is not None and desk.case_page.view is not None, "the case")
    page = desk.case_page
    case_id = page.case_id
    from inspector_desk.core.iin import make_iin

    for n, p in enumerate(PEOPLE):
        p["iin"] = make_iin(p["born"], p["sex"], 4711 + n)
        before = len(page.view.participants)
        d = AddPersonDialog(desk, case_id, c.window)
        d.role.setCurrentIndex(d.role.findData(p["role"]))
        d.relation.setCurrentIndex(d.relation.findData(p["relation"]))
        type_text(d.last, p["last"])
        type_text(d.first, p["first"])
        type_text(d.patronymic, p["patronymic"])
        d.iin.setFocus()
        d.iin.home(False)
        type_text(d.iin, p["iin"])
        d.born.setDate(p["born"])
        d.sex.setCurrentIndex(d.sex.findData(p["sex"]))
        if p["phone"]:
            type_text(d.phone, p["phone"])
        if p["address"]:
            type_text(d.address, p["address"])
        if p["safe"]:
            type_text(d.safe, p["safe"])
        d.buttons.button(d.buttons.StandardButton.Ok).click()
        wait_until(lambda: page.view is not None and len(page.view.participants) == before + 1,
                   f"person {n}")
    ids = {pp.participant.role: pp.person.id for pp in page.view.participants}
    stored = {pp.person.iin for pp in page.view.participants}
    assert {p["iin"] for p in PEOPLE} <= stored, "an IIN was not typed in whole"
    mark("case")

    # --- the register: search by a name ------------------------------------------------------
    desk.show_page("register")
    type_text(desk.register.search, "Жолдасбекова")
    wait_until(lambda: desk.register.model.total >= 1 and desk.register.model.row_at(0) is not None,
               "the search")
    desk.register.search.clear()
    desk.open_case(case_id)
    page = desk.case_page
    wait_until(lambda: page.view is not None, "the case again")
    mark("search")

    # --- a visit in the form view: typed text, autosaved draft, an attached scan ----------
    from inspector_desk.app.demo import DemoAnswers

    rng = random.Random(5)
    demo_answers = DemoAnswers(rng)
    page.buttons["visit"].click()
    form = desk.form_page
    wait_until(lambda: form.ready, "the visit form")
    at = dt.datetime(2026, 11, 19, 9, 30)
    answers = demo_answers.visit(at, [ids["affected"], ids["offender"]], CASE_ADDRESS)
    answers.update(children_present="yes", children_condition="concerns")
    answers.pop("home_conditions", None)
    answers.pop("children_notes", None)
    for fid, value in answers.items():
        if fid in form.editors:
            form.editors[fid].set_value(value)
    form._changed()
    type_text(form.editors["home_conditions"].edit, HOME_CONDITIONS)
    # The draft: written by the form's own timer, a second after the last keystroke.
    wait_until(lambda: form.draft_id is not None, "the draft autosave", timeout=15)
    draft_saved_at = form.draft_note.text()
    type_text(form.editors["children_notes"].edit, CHILDREN_NOTES)
    scan = inputs / ATTACHMENT_NAME
    scan.write_bytes(b"%PDF-1.4\n% " + ATTACHMENT_TEXT.encode("utf-8") + b"\n%%EOF\n")
    scan_editor = form.editors["act_scan"]
    choose_file(scan)
    before_error = c.presenter.last_message
    scan_editor.findChild(QPushButton).click()
    wait_until(lambda: scan_editor.value() is not None, "the scan stored in the vault")
    assert c.presenter.last_message == before_error, c.presenter.last_message
    form.save()
    wait_until(lambda: desk.form_page is None, "the visit to be saved")
    wait_until(lambda: page.view is not None and any(r.KIND == "visit" for r in page.view.timeline),
               "the visit on the timeline")
    visit = next(r for r in page.view.timeline if r.KIND == "visit")
    mark("visit")

    # --- an incident, typed narrative -----------------------------------------------------
    page.buttons["incident"].click()
    form = desk.form_page
    wait_until(lambda: form.ready, "the incident form")
    inc = demo_answers.incident(dt.datetime(2026, 11, 18, 23, 40), dt.datetime(2026, 11, 18, 23, 55),
                                ["physical", "psychological"], CASE_ADDRESS)
    inc.pop("narrative", None)
    inc.pop("injuries_description", None)
    inc.update(injuries="no")
    for fid, value in inc.items():
        if fid in form.editors:
            form.editors[fid].set_value(value)
    form._changed()
    type_text(form.editors["narrative"].edit, NARRATIVE)
    form.save()
    wait_until(lambda: desk.form_page is None or "attention" in form.summary.text()
               or form.summary.text(), "the incident to be saved")
    if desk.form_page is not None:  # not valid: keep it as a draft, as an inspector would
        problems = form.summary.text()
        form.close_page()
        print(f"incident kept as a draft: {problems}", file=sys.stderr)
    mark("incident")

    # --- the risk checklist -----------------------------------------------------------------
    page.buttons["risk"].click()
    form = desk.form_page
    wait_until(lambda: form.ready, "the risk checklist")
    risk = demo_answers.risk(dt.datetime(2026, 11, 19, 10, 0), ids["affected"])
    for fid, value in risk.items():
        if fid in form.editors:
            form.editors[fid].set_value(value)
    form._changed()
    form.save()
    wait_until(lambda: desk.form_page is None, "the risk checklist to be saved")
    mark("risk")

    if {"tmpfile", "tmpfile-deleted"} & set(mutate.split(",")):
        import tempfile

        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
            f.write(NARRATIVE)
        if "tmpfile-deleted" in mutate.split(","):
            os.unlink(f.name)

    # --- documents: preview, print to "paper", save as PDF ----------------------------------
    import inspector_desk.ui.documents as documents_ui
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printed: list[str] = []

    class PaperPrintDialog(QPrintDialog):
        """The OS print dialog, answered "print to this PDF file"."""

        def exec(self):  # noqa: A003 - Qt's name
            out = paper / f"printed-{len(printed) + 1}.pdf"
            self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer().setOutputFileName(str(out))
            printed.append(str(out))
            return QDialog.DialogCode.Accepted

    class OnePrinter:
        """The OS's list of printers: one is set up (the "paper" stand-in above)."""

        @staticmethod
        def availablePrinters():  # noqa: N802 - Qt's name
            return ["paper"]

    documents_ui.QPrintDialog = PaperPrintDialog
    documents_ui.QPrinterInfo = OnePrinter
    dialog = documents_ui.DocumentDialog(desk, "visit", visit.id, c.window)
    wait_until(lambda: len(dialog.images) >= 1, "the visit act preview")
    dialog.print_()
    wait_until(lambda: printed and Path(printed[-1]).exists() and Path(printed[-1]).stat().st_size > 0
               and not c.runner.busy, "the printed visit act")
    dialog.close()
    page.buttons["print"].click()  # the case summary, from the case page
    wait_until(lambda: any(isinstance(w, documents_ui.DocumentDialog) and w.images
                           for w in page.findChildren(QDialog)), "the case summary preview")
    summary = next(w for w in page.findChildren(documents_ui.DocumentDialog) if w.images)
    saved_pdf = saved / "case-summary.pdf"
    choose_file(saved_pdf)
    summary.save()
    wait_until(lambda: saved_pdf.exists(), "the saved PDF")
    summary.close()
    mark("documents")

    # --- export a bundle through the Headquarters screen ----------------------------------
    desk.show_page("sync")
    choose_folder(stick)
    sync_page.export()
    wait_until(lambda: sync_page.task is None
               and sync_page.result.text() not in ("", sync_page.tr("Exporting…")), "the export")
    bundles = sorted(str(p) for p in stick.glob("*.idb*"))
    assert bundles, f"no bundle written: {sync_page.result.text()}"
    mark("export")

    # --- back up the vault through the settings screen --------------------------------------
    from inspector_desk.ui.settings_view import PassphraseDialog

    def answer_passphrase(dlg: PassphraseDialog) -> None:
        type_text(dlg.current, PASSPHRASE)
        dlg.accept()

    choose_folder(backups)
    when_modal(PassphraseDialog, answer_passphrase, "passphrase dialog")  # shows after the folder
    desk.settings.backup()
    wait_until(lambda: "idbackup" in desk.settings.result.text() and not c.runner.busy, "the backup")
    backup_result = desk.settings.result.text()
    mark("backup")

    # --- an unexpected error carrying personal data; "Copy details" -------------------------
    def failing(svc):
        person = svc.cases.get_case(case_id).participants[0].person
        raise ValueError(f"{ERROR_TEXT}: {person.full_name}, ИИН {person.iin}, {person.phones}")

    # With a parent, as the form page shows its errors (offscreen, show() does not block,
    # and a dialog without a parent would be gone with its Python wrapper).
    c.client.call(failing, on_error=lambda exc: c.presenter.show(exc, c.window))
    wait_until(lambda: any(w.objectName() == "errorBox" and w.isVisible()
                           for w in QApplication.topLevelWidgets()), "the error dialog")
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "errorBox")
    copy = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole)
    copy.click()
    pump()
    clipboard_details = QApplication.clipboard().text()
    box.close()

    # And one through sys.excepthook: a slot that raises on the UI thread.
    def bad_slot() -> None:
        raise RuntimeError(f"{ERROR_TEXT} {PEOPLE[0]['iin']} {PEOPLE[0]['phone']}")

    before = c.presenter.last_message
    c.presenter.last_message = ""
    QTimer.singleShot(0, bad_slot)
    wait_until(lambda: c.presenter.last_message, "the excepthook's error dialog")
    c.presenter.last_message = before
    close_error_boxes()
    mark("errors")

    # --- the inspector copies a name (search box, Ctrl+C), then locks --------------------------
    desk.show_page("register")
    type_text(desk.register.search, PEOPLE[0]["last"] + " " + PEOPLE[0]["first"])
    desk.register.search.selectAll()
    QTest.keyClick(desk.register.search, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    pump()
    cb = QApplication.clipboard()

    def clip_state() -> dict:
        modes = {"clipboard": QClipboard.Mode.Clipboard}
        if cb.supportsSelection():
            modes["selection"] = QClipboard.Mode.Selection
        if cb.supportsFindBuffer():
            modes["find_buffer"] = QClipboard.Mode.FindBuffer
        out = {}
        for name, mode in modes.items():
            mime = cb.mimeData(mode)
            formats = list(mime.formats()) if mime is not None else []
            out[name] = {"text": cb.text(mode), "formats": formats,
                         "data": {f: bytes(mime.data(f)).decode("utf-8", "replace") for f in formats}
                         if mime is not None else {}}
        return out

    clipboard_before_lock = clip_state()

    # The open vault's WAL (removed at lock), copied for the scan: encrypted pages expected.
    import shutil

    wait_until(lambda: not c.runner.busy, "the worker to be idle")
    copies = sandbox / "audit-copies"
    copies.mkdir(exist_ok=True)
    wal_sizes = {}
    for suffix in ("-wal", "-shm"):
        f = home / "profiles" / "default" / ("vault.db" + suffix)
        if f.exists():
            shutil.copyfile(f, copies / f.name)
            wal_sizes[f.name] = f.stat().st_size

    # Every personal string of the run, read back from the vault while it is open.
    strings = c.runner.call(lambda: collect(c.core.session))

    c.lock_action.trigger()  # Ctrl+L
    wait_until(lambda: c.state == "locked" and not c.core.unlocked and not c.runner.busy, "the lock")
    pump(100)
    clipboard_after_lock = clip_state()
    mark("locked")

    # Unlock again (the escrow owed since the enrolment is written now), then lock again.
    unlock_page = c.stack.currentWidget()
    type_text(unlock_page.passphrase, PASSPHRASE)
    unlock_page.button.click()
    wait_until(lambda: c.state == "unlocked", "the unlock")
    c.lock()
    wait_until(lambda: c.state == "locked" and not c.core.unlocked and not c.runner.busy, "the second lock")
    clipboard_end = clip_state()
    c.shutdown()
    c.window.close()
    pump(100)
    mark("end")

    # Headquarters imports the bundle: proof that it does carry this run's people (so that
    # finding none of them in it, encrypted, means something).
    from inspector_desk.hq.importer import Importer

    imported = Importer(hq["repo"], hq["keys"], hq_home).import_paths([Path(b) for b in bundles])
    dump = json.dumps(list(hq["repo"].dump()), ensure_ascii=False, default=str)
    hq["repo"].close()
    in_bundle = {"imported": [type(r).__name__ for r in imported],
                 "last_name": PEOPLE[0]["last"] in dump, "iin": PEOPLE[0]["iin"] in dump,
                 "narrative": NARRATIVE in dump, "home_conditions": HOME_CONDITIONS in dump}

    result = {
        "strings": strings,
        "typed": {"people": [{k: str(v) for k, v in p.items()} for p in PEOPLE],
                  "texts": [HOME_CONDITIONS, CHILDREN_NOTES, NARRATIVE, ATTACHMENT_TEXT,
                            ATTACHMENT_NAME, ERROR_TEXT, CASE_ADDRESS]},
        "inspector": INSPECTOR_NAME,
        "clipboard": {"after_copy_details": clipboard_details, "before_lock": clipboard_before_lock,
                      "after_lock": clipboard_after_lock, "at_end": clipboard_end},
        "in_bundle": in_bundle, "wal_copies": wal_sizes, "printed": printed,
        "saved": [str(saved_pdf)], "bundles": bundles,
        "request": str(request), "enrolment": str(enrol_path), "backup": backup_result,
        "draft_note": draft_saved_at, "home": str(home), "timings": timings,
        "platform": QApplication.platformName(),
    }
    print("LEAKRUN-RESULT " + json.dumps(result, ensure_ascii=False))
    sys.stdout.flush()
    del app
    return 0


def selection_run() -> int:
    """``leak_run.py --selection``: on a real X server (QT_QPA_PLATFORM=xcb), select a name
    in the search box with the keyboard, which puts it in the X11 PRIMARY selection, lock,
    and let another process ask the X server for PRIMARY. Prints ``LEAKRUN-RESULT {json}``."""
    import subprocess

    from inspector_desk.app.profile import Profiles, default_home
    from inspector_desk.app.settings import Settings
    from inspector_desk.keystore.device_secret import KeyringSecrets
    from inspector_desk.keystore.keyfile import KdfParams
    from inspector_desk.ui.controller import AppController

    app = QApplication([sys.argv[0]])
    c = AppController(Profiles(default_home(), KeyringSecrets(), kdf=KdfParams.fast_for_tests()),
                      Settings(language="en"))
    # On a real display the error dialog is modal and would wait for a click: record instead.
    shown: list[str] = []
    c.presenter.show = lambda exc, parent=None: shown.append(f"{type(exc).__name__}: {exc}")
    c.window.show()
    wizard = c.stack.currentWidget()
    type_text(wizard.about.name, INSPECTOR_NAME)
    type_text(wizard.about.badge, "A-1047")
    wizard.next()
    type_text(wizard.secret.passphrase.edit, PASSPHRASE)
    type_text(wizard.secret.passphrase.again, PASSPHRASE)
    wizard.next()
    wizard.accept()
    wait_until(lambda: c.state == "unlocked", "the vault to be created")
    c.desk.show_page("register")
    search = c.desk.register.search
    c.window.activateWindow()
    type_text(search, PEOPLE[0]["last"])
    QTest.keyClick(search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all
    pump(100)
    cb = QApplication.clipboard()
    before = {"supported": cb.supportsSelection(), "text": cb.text(QClipboard.Mode.Selection),
              "owned": cb.ownsSelection()}
    c.lock()
    wait_until(lambda: c.state == "locked" and not c.core.unlocked and not c.runner.busy, "the lock")
    pump(100)
    reader = subprocess.Popen(
        [sys.executable, "-c", "from PySide6.QtWidgets import QApplication\n"
         "from PySide6.QtGui import QClipboard\n"
         "a = QApplication([])\n"
         "print(repr(a.clipboard().text(QClipboard.Mode.Selection)))"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    end = time.monotonic() + WAIT
    while reader.poll() is None and time.monotonic() < end:
        pump()  # the owner of a selection answers the X server's requests from its event loop
    out, err = reader.communicate(timeout=5)
    after = {"own_process": cb.text(QClipboard.Mode.Selection), "owned": cb.ownsSelection(),
             "other_process": out.strip(), "other_stderr": err[-500:]}
    c.shutdown()
    print("LEAKRUN-RESULT " + json.dumps({"platform": QApplication.platformName(), "before_lock": before,
                                          "errors": shown,
                                          "after_lock": after, "name": PEOPLE[0]["last"]},
                                         ensure_ascii=False))
    sys.stdout.flush()
    del app
    return 0


def headquarters(hq_home: Path) -> dict:
    """Headquarters, another machine: its folder is outside the sandbox. Its keys take
    seconds of scrypt, so the test makes them in its own process while this one runs and
    writes READY; run by hand, this process makes them."""
    from inspector_desk.hq import keys as hq_keys
    from inspector_desk.hq.backends import open_backend
    from inspector_desk.hq.repo import Repository

    if os.environ.get("LEAK_HQ_KEYS_BY_CALLER"):
        wait_until(lambda: (hq_home / "READY").exists(), "headquarters' keys", timeout=60)
    else:
        hq_keys.init_keys(hq_home, HQ_PASSPHRASE, OFFICERS,
                          dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc))
    keys = hq_keys.unlock(hq_home, HQ_PASSPHRASE)
    return {"keys": keys, "repo": Repository(open_backend(None, hq_home, keys.db_key))}


def collect(session) -> list[dict]:
    """Every personal string in the vault: names, IINs, phones, addresses, free texts of the
    forms, attachment names. Each with its kind."""
    from inspector_desk.core.records import (
        Attachment, FamilyCase, Incident, Measure, Person, Referral, RiskAssessment, Visit,
    )

    store = session.store
    out: list[dict] = []

    def add(kind: str, value) -> None:
        if isinstance(value, str) and value.strip():
            out.append({"kind": kind, "value": value.strip()})

    for p in store.find(Person):
        add("full_name", p.full_name)
        add("last_name", p.last_name)
        add("first_name", p.first_name)
        add("patronymic", p.patronymic)
        add("iin", p.iin)
        for ph in p.phones:
            add("phone", ph)
        add("address", p.address)
        add("safe_contact", p.safe_contact)
        add("notes", p.notes)
    for case in store.find(FamilyCase):
        add("case_address", case.address)
        add("closure_note", case.closure_note)
    for cls in (Visit, Incident, Measure, Referral, RiskAssessment):
        for r in store.find(cls):
            for fid, v in r.answers.items():
                if isinstance(v, str) and any(ch.isalpha() and not ch.isascii() for ch in v):
                    add(f"{cls.KIND}.{fid}", v)
    for a in store.find(Attachment):
        add("attachment_name", getattr(a, "filename", ""))
    for row in store.conn.execute("SELECT answers FROM drafts").fetchall() if _has_drafts(store) else []:
        try:
            answers = json.loads(row[0])
        except (TypeError, ValueError):
            continue
        for fid, v in answers.items():
            if isinstance(v, str) and any(ch.isalpha() and not ch.isascii() for ch in v):
                add(f"draft.{fid}", v)
    return out


def _has_drafts(store) -> bool:
    return bool(store.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='drafts'").fetchone())


if __name__ == "__main__":
    import faulthandler
    import traceback

    faulthandler.enable()
    try:
        code = selection_run() if sys.argv[1:2] == ["--selection"] else main()
    except BaseException:
        traceback.print_exc()
        sys.stderr.flush()
        os._exit(3)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
