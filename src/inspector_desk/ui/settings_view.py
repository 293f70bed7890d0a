"""Settings: language (switched while running), auto-lock, data location, backup and restore,
passphrase, and About."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QLabel, QLineEdit,
    QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from inspector_desk.ui.i18n import LANGUAGES
from inspector_desk.ui.login import PassphraseField


class PassphraseDialog(QDialog):
    """Asks for the passphrase again before a sensitive operation (and a new one to change it)."""

    def __init__(self, parent: QWidget, title: str, with_new: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.current = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        form.addRow(self.tr("Current passphrase"), self.current)
        self.new = PassphraseField(confirm=True) if with_new else None
        if self.new:
            form.addRow(self.new)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class SettingsPage(QWidget):
    def __init__(self, desk) -> None:
        super().__init__()
        self.desk = desk
        c = desk.controller
        layout = QVBoxLayout(self)

        general = QGroupBox(self.tr("Work"))
        form = QFormLayout(general)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Interface language"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(c.settings.language))
        self.language.currentIndexChanged.connect(
            lambda _i: c.set_language(self.language.currentData()))
        form.addRow(self.tr("Interface language"), self.language)
        self.autolock = QSpinBox(minimum=1, maximum=60, suffix=self.tr(" min"))
        self.autolock.setAccessibleName(self.tr("Lock after idle minutes"))
        self.autolock.setValue(c.settings.autolock_minutes)
        self.autolock.valueChanged.connect(c.set_autolock)
        form.addRow(self.tr("Lock after idle"), self.autolock)
        location = QLabel(str(c.profiles.folder(c.profile)))
        location.setWordWrap(True)
        form.addRow(self.tr("Data location"), location)
        layout.addWidget(general)

        safety = QGroupBox(self.tr("Safety"))
        v = QVBoxLayout(safety)
        for text, slot in ((self.tr("Back up the vault…"), self.backup),
                           (self.tr("Restore from a backup…"), self.restore),
                           (self.tr("Change passphrase…"), self.change_passphrase),
                           (self.tr("Check the vault"), self.doctor)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            v.addWidget(b)
        self.result = QLabel()
        self.result.setWordWrap(True)
        v.addWidget(self.result)
        layout.addWidget(safety)

        about = QGroupBox(self.tr("About"))
        a = QVBoxLayout(about)
        a.addWidget(QLabel(self.tr("Inspector Desk {0}").format(c.version)))
        a.addWidget(QLabel(self.tr("Shortcuts: Ctrl+N new visit, Ctrl+F search, Ctrl+S save, "
                                   "Ctrl+L lock, F12 hide the screen at once.")))
        layout.addWidget(about)
        layout.addStretch()

    def _ask(self, title: str, with_new: bool = False) -> PassphraseDialog | None:
        dialog = PassphraseDialog(self, title, with_new)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog

    def backup(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to put the backup"))
        if not folder:
            return
        dialog = self._ask(self.tr("Back up the vault"))
        if dialog is None:
            return
        c, passphrase = self.desk.controller, dialog.current.text()
        self.result.setText(self.tr("Backing up…"))
        self.desk.client.session_call(
            lambda s: c.profiles.backup(s, c.profile, passphrase, Path(folder)),
            on_done=lambda info: self.result.setText(self.tr("Backup written and verified: {0}").format(info.path)),
            on_error=self._error)

    def restore(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder (*.idbackup)"))
        if not folder:
            return
        dialog = self._ask(self.tr("Restore from a backup"))
        if dialog is None:
            return
        c, passphrase = self.desk.controller, dialog.current.text()

        def job(session):
            session.lock()
            return c.profiles.restore(c.profile, Path(folder), passphrase)

        def done(kept) -> None:
            c.lock()
            c.presenter.last_message = self.tr("Restored. The previous files are kept in {0}").format(kept)

        self.desk.client.session_call(job, on_done=done, on_error=self._error)

    def change_passphrase(self) -> None:
        dialog = self._ask(self.tr("Change passphrase"), with_new=True)
        if dialog is None or dialog.new is None:
            return
        if not dialog.new.acceptable():
            self.result.setText(dialog.new.hint.text())
            return
        c, old, new = self.desk.controller, dialog.current.text(), dialog.new.text()
        self.desk.client.runner.run(
            lambda: c.profiles.change_passphrase(c.profile, old, new),
            on_done=lambda _r: self.result.setText(self.tr("Passphrase changed.")),
            on_error=self._error)

    def doctor(self) -> None:
        self.result.setText(self.tr("Checking…"))

        def shown(report) -> None:
            if report.ok:
                self.result.setText(self.tr("The vault is intact; the audit log is unbroken "
                                            "({0} entries).").format(report.audit_entries))
            else:
                problems = report.audit_problems + [x for x in report.integrity if x != "ok"] \
                    + report.cipher_integrity
                self.result.setText(self.tr("Problems found:") + "\n" + "\n".join(problems[:10]))

        self.desk.client.session_call(lambda s: s.vault.doctor(), on_done=shown, on_error=self._error)

    def _error(self, exc: BaseException) -> None:
        self.result.setText(self.desk.controller.presenter.message(exc))
