"""Headquarters: the state of every bundle, export with progress and cancel, receipts,
update packs, and enrolment."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox, QFileDialog, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QProgressBar,
    QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from inspector_desk.ui import clock as ui_clock
from inspector_desk.ui.flow import FlowLayout
from inspector_desk.ui.pages import DeskPort
from inspector_desk.ui.tasks import Task


def letter_fingerprint(key_id: str) -> str:
    """Headquarters' key id as headquarters prints it in its letter (hq/keys.py
    ``fingerprint``: the 16 digits in groups of four, separated by spaces), so the two can be
    compared group by group."""
    k = "".join(key_id.split()).lower()
    return " ".join(k[i:i + 4] for i in range(0, len(k), 4))


def _t(text: object) -> str:
    """Translate a text marked with QT_TRANSLATE_NOOP("SyncPage", …)."""
    return QCoreApplication.translate("SyncPage", str(text))


_ADVICE = {
    "hq_fingerprint_required": QT_TRANSLATE_NOOP(
        "SyncPage", "The enrolment needs headquarters' fingerprint: 16 characters in groups of "
        "four, from headquarters' letter (not from the file). {again}"),
    "enrolment_hq_mismatch": QT_TRANSLATE_NOOP(
        "SyncPage", "The fingerprint typed is not the key that signed {file}. Compare it with "
        "headquarters' letter group by group. If it matches the letter, do not use this file: "
        "call headquarters."),
    "enrolment_signature_invalid": QT_TRANSLATE_NOOP(
        "SyncPage", "{file} is not validly signed by headquarters. Do not use it; ask "
        "headquarters for the enrolment file again."),
    "enrolment_malformed": QT_TRANSLATE_NOOP(
        "SyncPage", "{file} is not an enrolment file (*.idenrol) or it is damaged. Choose the "
        ".idenrol file headquarters sent."),
    "enrolment_wrong_device": QT_TRANSLATE_NOOP(
        "SyncPage", "{file} was made for another computer. Send headquarters this computer's "
        "request (“Enrolment request…” on the Headquarters screen) and import the file they "
        "send back."),
    "enrolment_device_known": QT_TRANSLATE_NOOP(
        "SyncPage", "Headquarters already has this computer enrolled. Ask headquarters to "
        "replace its key, then import the new enrolment file."),
    "enrolment_prefix_taken": QT_TRANSLATE_NOOP(
        "SyncPage", "Headquarters gave this computer a case-number prefix that is already used. "
        "Ask headquarters for a new enrolment file."),
    "not_enrolled": QT_TRANSLATE_NOOP(
        "SyncPage", "This computer is not enrolled with headquarters yet. Press “Enrolment "
        "request…”, give the request file to headquarters, then press “Import the enrolment "
        "file…” with the file they send back and type the fingerprint from their letter."),
}
_AGAIN_FIRST_RUN = QT_TRANSLATE_NOOP(
    "SyncPage", "Choose the file again on this page and type the fingerprint from the letter.")
_AGAIN = QT_TRANSLATE_NOOP(
    "SyncPage", "Press “Import the enrolment file…” again and type the fingerprint from the "
    "letter.")
_THE_FILE = QT_TRANSLATE_NOOP("SyncPage", "the file")


def enrolment_advice(exc: BaseException | None, first_run: bool = False,
                     path: Path | None = None) -> str:
    """What a person at this screen does about an enrolment error, in the screen's own
    words (which button, which file); "" when the error is not about enrolment. The
    catalog's messages (resources/i18n/messages.json) are written for the command line."""
    code = str(getattr(exc, "code", "") or "")
    if code not in _ADVICE:
        return ""
    name = f"«{path.name}»" if path is not None else _t(_THE_FILE)
    text = _t(_ADVICE[code]).format(file=name, again=_t(_AGAIN_FIRST_RUN if first_run else _AGAIN))
    return text[:1].upper() + text[1:]


class SyncPage(QWidget):
    def __init__(self, desk: DeskPort) -> None:
        super().__init__()
        self.desk = desk
        self.task: Task | None = None
        # In a scroll area that sizes its content to the width: the wrapped texts (the
        # enrolment state, the explanations) get the height they need at 150 % instead of
        # being clipped to one line's.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget()
        scroll.setWidget(content)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)

        state = QGroupBox(self.tr("State"))
        form = QFormLayout(state)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: value under label
        self.fields = {}
        for key, label in (("enrolled", self.tr("Enrolled with headquarters")),
                           ("prefix", self.tr("Case-number prefix")),
                           ("unsent", self.tr("Changes not yet acknowledged")),
                           ("last_export", self.tr("Last export")),
                           ("bundles", self.tr("Bundles written / acknowledged")),
                           ("burned", self.tr("Numbers lost to interrupted exports"))):
            value = QLabel("…")
            value.setWordWrap(True)
            form.addRow(label, value)
            self.fields[key] = value
        layout.addWidget(state)

        send = QGroupBox(self.tr("Send to headquarters"))
        v = QVBoxLayout(send)
        about = QLabel(self.tr("The bundle is encrypted to headquarters and signed by this "
                               "computer; only headquarters can open it. Carry it on a USB "
                               "stick or put it on the shared folder."))
        about.setWordWrap(True)
        v.addWidget(about)
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export a bundle…"))
        self.export_button.clicked.connect(self.export)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Export progress"))
        row.addWidget(self.export_button)
        # Online sync (docs/hq-server.md): the same bundle over HTTPS to headquarters' intake.
        self.send_button = QPushButton(self.tr("Send now"))
        self.send_button.setToolTip(self.tr("Send every bundle not yet acknowledged to headquarters "
                                            "over the network, and take its receipt and update packs"))
        self.send_button.clicked.connect(lambda: self.send_now())
        self.send_button.setEnabled(False)  # until the enrolment is known to name an address
        row.addWidget(self.send_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        v.addLayout(row)
        self.auto_box = QCheckBox(self.tr("Send automatically when headquarters is reachable"))
        self.auto_box.toggled.connect(self._auto_toggled)
        self.auto_box.setEnabled(False)
        v.addWidget(self.auto_box)
        self.online_state = QLabel()
        self.online_state.setWordWrap(True)
        v.addWidget(self.online_state)
        layout.addWidget(send)
        from inspector_desk.sync.online import Backoff

        self.backoff = Backoff(base=60.0, cap=3600.0)
        self.auto_timer = QTimer(self)
        self.auto_timer.setSingleShot(True)
        self.auto_timer.timeout.connect(self._auto_send)
        self._auto_paused = False
        self._auto_loaded = False

        receive = QGroupBox(self.tr("From headquarters"))
        # The four buttons wrap on a narrow window; the flow sits in a box layout, which
        # passes its height-for-width on to the group box.
        box = QVBoxLayout(receive)
        h = FlowLayout()
        box.addLayout(h)
        for text, slot in ((self.tr("Import a receipt…"), self.import_receipt),
                           (self.tr("Import an update pack…"), self.import_update),
                           (self.tr("Enrolment request…"), self.enrolment_request),
                           (self.tr("Import the enrolment file…"), self.import_enrolment)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            h.addWidget(b)
        layout.addWidget(receive)
        self.result = QLabel()
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        layout.addStretch()
        self.refresh()

    def refresh(self) -> None:
        self.desk.client.act(lambda a: a.exchange.status(), on_done=self._show)
        self.desk.client.act(lambda a: a.exchange.online_status(), on_done=self._show_online)

    def _show_online(self, s) -> None:
        self.send_button.setEnabled(s.configured and self.task is None)
        self.auto_box.setEnabled(s.configured)
        if not self._auto_loaded:  # from the vault once; then the box is the person's
            self._auto_loaded = True
            self.auto_box.blockSignals(True)
            self.auto_box.setChecked(s.auto and s.configured)
            self.auto_box.blockSignals(False)
        if s.configured and s.auto and not self.auto_timer.isActive() and not self._auto_paused:
            self.auto_timer.start(int(self.backoff.base * 1000))
        lines = [self.tr("Headquarters online: {0}").format(s.url) if s.configured else
                 self.tr("Sending over the network needs an enrolment file that names "
                         "headquarters' online address; until then carry bundles on a stick.")]
        if s.pending:
            lines.append(self.tr("Bundles waiting to be sent: {0}").format(s.pending))
        for a in s.set_aside:
            lines.append(self.tr("Set aside, not sent again: bundle {0}: {1}").format(
                a.seq, self._reason(a.reason, a.message)))
        self.online_state.setText("\n".join(lines))

    def _reason(self, code: str, message: str) -> str:
        from inspector_desk.messages import catalog, text

        lang = self.desk.presenter.language
        return text(code, lang) if code in catalog() else message or code

    def _show(self, s) -> None:
        f = self.fields
        f["enrolled"].setText(
            self.tr("yes, headquarters key {0}").format(letter_fingerprint(s.hq_fingerprint))
            if s.enrolled else
            self.tr("not yet: press “Enrolment request…” below and give the file to "
                    "headquarters; then “Import the enrolment file…” with their answer"))
        f["prefix"].setText(s.case_prefix)
        f["unsent"].setText(str(s.unsent_changes))
        f["last_export"].setText(self._moment(s.last_export_at) if s.last_export_at
                                 else self.tr("never"))
        f["bundles"].setText(f"{s.last_bundle} / {s.acknowledged_bundle}")
        f["burned"].setText(", ".join(map(str, s.burned)) or "—")

    @staticmethod
    def _moment(text: str) -> str:
        """A stored moment (ISO text) on the unit's clock, as the other screens show times."""
        import datetime as dt

        try:
            return ui_clock.stamp(dt.datetime.fromisoformat(text))
        except ValueError:
            return text[:16].replace("T", " ")

    def _error(self, exc: BaseException, path: Path | None = None) -> None:
        self.result.setText(enrolment_advice(exc, path=path)
                            or self.desk.presenter.message(exc))
        self._idle()

    def _idle(self) -> None:
        self.task = None
        self.export_button.setEnabled(True)
        self.send_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    # --- online: send now, automatic sending ----------------------------------------------

    def send_now(self, quiet: bool = False) -> None:
        """One exchange with headquarters' intake (app/online.py ``send``), with progress
        and cancel; a person pressing the button also resumes automatic sending."""
        if self.task is not None:
            return
        if not quiet:
            self._auto_paused = False

        self.export_button.setEnabled(False)
        self.send_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.result.setText(self.tr("Sending to headquarters…"))
        self.task = self.desk.client.act(
            lambda a: a.exchange.send(), on_done=self._sent, on_error=lambda exc: self._send_failed(exc, quiet),
            on_progress=self._progress)
        self.task.cancelled.connect(self._send_cancelled)

    def _sent(self, r) -> None:
        self._idle()
        self.backoff.succeeded()
        self.progress.setValue(self.progress.maximum())
        parts = []
        if r.sent:
            parts.append(self.tr("Sent: bundles {0}.").format(", ".join(map(str, r.sent))))
        if r.already:
            parts.append(self.tr("Headquarters already had: {0}.").format(", ".join(map(str, r.already))))
        if r.acknowledged:
            parts.append(self.tr("Acknowledged by headquarters: {0}.").format(
                ", ".join(map(str, r.acknowledged))))
        if r.packs:
            parts.append(self.tr("Update packs applied: {0}.").format(len(r.packs)))
        for a in r.set_aside:
            parts.append(self.tr("Headquarters refused bundle {0}: {1}. It is set aside and "
                                 "will not be sent again.").format(a.seq, self._reason(a.reason, a.message)))
        if r.set_aside:
            self._auto_paused = True  # a refusal waits for a person: no automatic sending
        self.result.setText(" ".join(parts) or self.tr("Nothing new to send."))
        self._schedule()
        self.refresh()
        self.desk.refresh_dashboard()

    def _send_failed(self, exc: BaseException, quiet: bool) -> None:
        self._idle()
        retry = getattr(exc, "params", {}).get("retry_after")
        if getattr(exc, "transient", False):
            delay = self.backoff.failed(retry)
            if not quiet:
                self.result.setText(self.tr("{0} Trying again in about {1} min.").format(
                    self.desk.presenter.message(exc), max(1, round(delay / 60))))
            self._schedule(delay)
        else:
            self._auto_paused = True
            self.result.setText(self.desk.presenter.message(exc))
        self.refresh()

    def _send_cancelled(self) -> None:
        self._idle()
        self._auto_paused = True
        self.result.setText(self.tr("Sending cancelled; headquarters keeps what arrived and the "
                                    "next sending continues from there."))
        self.refresh()

    def _auto_toggled(self, on: bool) -> None:
        self._auto_paused = False
        self.desk.client.act(lambda a: a.exchange.set_auto(on), on_done=lambda _v: self._schedule())

    def _schedule(self, delay: float | None = None) -> None:
        """One timer, one attempt at a time (never a loop): the next automatic sending."""
        self.auto_timer.stop()
        if self.auto_box.isChecked() and not self._auto_paused:
            self.auto_timer.start(int(1000 * (delay if delay is not None else
                                              self.backoff.rng.uniform(0.5, 1.0) * 15 * 60)))

    def _auto_send(self) -> None:
        if self.auto_box.isChecked() and not self._auto_paused and self.task is None:
            self.send_now(quiet=True)

    # --- export ------------------------------------------------------------------------

    def export(self, folder: str | None = None) -> None:
        folder = folder or QFileDialog.getExistingDirectory(self, self.tr("Where to write the bundle"))
        if not folder:
            return

        self.export_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.result.setText(self.tr("Exporting…"))
        target = Path(folder)
        self.task = self.desk.client.act(lambda a: a.exchange.export(target), on_done=self._exported,
                                         on_error=self._error, on_progress=self._progress)
        self.task.cancelled.connect(self._cancelled)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, total))

    def _exported(self, bundles) -> None:
        self._idle()
        self.progress.setValue(self.progress.maximum())
        names = ", ".join(Path(str(b.path)).name for b in bundles) if bundles else ""
        self.result.setText(self.tr("Written: {0}").format(names) if names
                            else self.tr("Nothing new to send."))
        self.refresh()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _cancelled(self) -> None:
        self._idle()
        self.result.setText(self.tr("Export cancelled; no partial bundle was left behind."))
        self.refresh()

    # --- from headquarters ---------------------------------------------------------------

    def _pick(self, title: str, filters: str = "") -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self, title, "", filters)
        return Path(path) if path else None

    def import_receipt(self, path: Path | None = None) -> None:
        path = path or self._pick(self.tr("Receipt from headquarters"))
        if path:
            lang = self.desk.presenter.language
            # The held changes come back, each with its reason and what to do (docs/hq.md).
            self.desk.client.act(
                lambda a: a.exchange.import_receipt(path, lang), on_done=lambda held: self._done("\n".join([self.tr("Receipt accepted."), *held])),
                on_error=self._error)

    def import_update(self, path: Path | None = None) -> None:
        path = path or self._pick(self.tr("Update pack from headquarters"))
        if path:
            self.desk.client.act(lambda a: a.exchange.import_update(path),
                                 on_done=lambda r: self._done(self.tr("Update applied.")),
                                 on_error=self._error)

    def enrolment_request(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to write the request"))
        if folder:
            self.desk.client.act(
                lambda a: a.exchange.enrolment_request(Path(folder)),
                on_done=lambda p: self._done(self.tr("Request written: {0}").format(p)),
                on_error=self._error)

    def import_enrolment(self, path: Path | None = None) -> None:
        path = path or self._pick(self.tr("Enrolment file from headquarters"),
                                  self.tr("Enrolment files (*.idenrol);;All files (*)"))
        if not path:
            return
        fingerprint = self._ask_fingerprint()
        if not fingerprint:
            return
        self.desk.client.act(
            lambda a: a.exchange.import_enrolment(path, fingerprint),
            on_done=lambda r: self._done(self.tr("Enrolled with headquarters key {0}.").format(
                letter_fingerprint(fingerprint))),
            on_error=lambda exc: self._error(exc, Path(path)))

    def _ask_fingerprint(self) -> str:
        """The fingerprint from headquarters' letter: an enrolment is trusted only if it was
        signed by that key (no trust on first use)."""
        from PySide6.QtWidgets import QInputDialog

        from inspector_desk.sync.enrolment import normal_fingerprint

        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Headquarters fingerprint"))
        dialog.setLabelText(self.tr("Type the fingerprint from headquarters' letter, as printed "
                                    "there: 16 characters, 0-9 and a-f, in groups of four "
                                    "(xxxx xxxx xxxx xxxx). Do not copy it from the file."))
        dialog.setTextValue("")
        dialog.setOkButtonText(self.tr("Enrol"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        if dialog.exec() != QInputDialog.DialogCode.Accepted:
            return ""
        fingerprint = normal_fingerprint(dialog.textValue())
        if not fingerprint:
            self.result.setText(self.tr("Not enrolled: the fingerprint must be the 16 characters "
                                        "of headquarters' letter (xxxx xxxx xxxx xxxx). Press "
                                        "“Import the enrolment file…” to try again."))
        return fingerprint

    def _done(self, text: str) -> None:
        self.result.setText(text)
        self.refresh()
        self.desk.refresh_dashboard()
