"""Headquarters: the state of every bundle, export with progress and cancel, receipts,
update packs, and enrolment."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QProgressBar, QPushButton,
    QVBoxLayout, QWidget,
)


class SyncPage(QWidget):
    def __init__(self, desk) -> None:
        super().__init__()
        self.desk = desk
        self.task = None
        layout = QVBoxLayout(self)

        state = QGroupBox(self.tr("State"))
        form = QFormLayout(state)
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
        v.addWidget(QLabel(self.tr("The bundle is encrypted to headquarters and signed by this "
                                   "computer; only headquarters can open it. Carry it on a USB "
                                   "stick or put it on the shared folder.")))
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export a bundle…"))
        self.export_button.clicked.connect(self.export)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Export progress"))
        row.addWidget(self.export_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        v.addLayout(row)
        layout.addWidget(send)

        receive = QGroupBox(self.tr("From headquarters"))
        h = QHBoxLayout(receive)
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
        from inspector_desk.app import sync

        self.desk.client.session_call(sync.status, on_done=self._show)

    def _show(self, s) -> None:
        f = self.fields
        f["enrolled"].setText(self.tr("yes, key {0}").format(s.hq_fingerprint) if s.enrolled
                              else self.tr("not yet: send an enrolment request"))
        f["prefix"].setText(s.case_prefix)
        f["unsent"].setText(str(s.unsent_changes))
        f["last_export"].setText(s.last_export_at[:16].replace("T", " ") if s.last_export_at
                                 else self.tr("never"))
        f["bundles"].setText(f"{s.last_bundle} / {s.acknowledged_bundle}")
        f["burned"].setText(", ".join(map(str, s.burned)) or "—")

    def _error(self, exc: BaseException) -> None:
        self.result.setText(self.desk.controller.presenter.message(exc))
        self._idle()

    def _idle(self) -> None:
        self.task = None
        self.export_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    # --- export ------------------------------------------------------------------------

    def export(self, folder: str | None = None) -> None:
        from inspector_desk.app import sync

        folder = folder or QFileDialog.getExistingDirectory(self, self.tr("Where to write the bundle"))
        if not folder:
            return

        def job(session):
            run = sync.export(session, Path(folder))
            yield from run
            return run.result

        self.export_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.result.setText(self.tr("Exporting…"))
        self.task = self.desk.client.session_call(job, on_done=self._exported, on_error=self._error,
                                                  on_progress=self._progress)
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

    def _pick(self, title: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self, title)
        return Path(path) if path else None

    def import_receipt(self, path: Path | None = None) -> None:
        from inspector_desk.app import sync

        path = path or self._pick(self.tr("Receipt from headquarters"))
        if path:
            lang = self.desk.controller.presenter.language

            def job(s):  # the held changes, each with its reason and what to do (docs/hq.md)
                r = sync.import_receipt(s, path)
                return sync.held_notes(s, r, lang)

            self.desk.client.session_call(
                job, on_done=lambda held: self._done("\n".join([self.tr("Receipt accepted."), *held])),
                on_error=self._error)

    def import_update(self, path: Path | None = None) -> None:
        from inspector_desk.app import sync

        path = path or self._pick(self.tr("Update pack from headquarters"))
        if path:
            self.desk.client.session_call(lambda s: sync.import_update(s, path),
                                          on_done=lambda r: self._done(self.tr("Update applied.")),
                                          on_error=self._error)

    def enrolment_request(self) -> None:
        from inspector_desk.app import sync

        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to write the request"))
        if folder:
            self.desk.client.session_call(
                lambda s: sync.enrolment_request(s, Path(folder)),
                on_done=lambda p: self._done(self.tr("Request written: {0}").format(p)),
                on_error=self._error)

    def import_enrolment(self, path: Path | None = None) -> None:
        from inspector_desk.app import sync

        path = path or self._pick(self.tr("Enrolment file from headquarters"))
        if not path:
            return
        fingerprint = self._ask_fingerprint()
        if not fingerprint:
            return
        self.desk.client.session_call(
            lambda s: sync.import_enrolment(s, path, expect_hq_key_id=fingerprint),
            on_done=lambda r: self._done(self.tr("Enrolled.")), on_error=self._error)

    def _ask_fingerprint(self) -> str:
        """The fingerprint from headquarters' letter: an enrolment is trusted only if it was
        signed by that key (no trust on first use)."""
        from PySide6.QtWidgets import QInputDialog

        from inspector_desk.sync.enrolment import normal_fingerprint

        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Headquarters fingerprint"))
        dialog.setLabelText(self.tr("Type the fingerprint from headquarters' letter "
                                    "(16 characters, 0-9 and a-f):"))
        dialog.setTextValue("")
        dialog.setOkButtonText(self.tr("Enrol"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        if dialog.exec() != QInputDialog.DialogCode.Accepted:
            return ""
        fingerprint = normal_fingerprint(dialog.textValue())
        if not fingerprint:
            self.result.setText(self.tr("Not enrolled: the fingerprint must be the 16 characters "
                                        "of headquarters' letter."))
        return fingerprint

    def _done(self, text: str) -> None:
        self.result.setText(text)
        self.refresh()
        self.desk.dashboard.refresh()
