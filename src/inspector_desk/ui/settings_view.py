"""Settings: language (switched while running), auto-lock, data location, backup and restore,
passphrase, and About."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpinBox, QVBoxLayout, QWidget,
)

from inspector_desk.ui import clock as ui_clock
from inspector_desk.ui.i18n import LANGUAGES
from inspector_desk.ui.labels import profile_name
from inspector_desk.ui.login import PassphraseField
from inspector_desk.ui.pages import DeskPort

if TYPE_CHECKING:
    from inspector_desk.ui.controller import AppController


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


class RestoreDialog(QDialog):
    """Which backup to restore, and its passphrase."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        form = QFormLayout(self)
        note = QLabel(self.tr("The backup is checked first. If it is not a backup, is damaged or "
                              "the passphrase is wrong, nothing changes and the vault stays open. "
                              "Otherwise the current files are moved to a before-restore folder "
                              "and the backup takes their place."))
        note.setWordWrap(True)
        form.addRow(note)
        row = QHBoxLayout()
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Backup folder"))
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.clicked.connect(self._browse)
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        form.addRow(self.tr("Backup folder (*.idbackup)"), row)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of the backup"))
        form.addRow(self.tr("Passphrase of the backup"), self.passphrase)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.folder.textChanged.connect(self._complete)
        self.passphrase.textChanged.connect(self._complete)
        self._complete()

    def _complete(self) -> None:
        self.ok.setEnabled(bool(self.folder.text().strip() and self.passphrase.text()))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder (*.idbackup)"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)


class SettingsPage(QWidget):
    def __init__(self, desk: DeskPort, controller: AppController) -> None:
        super().__init__()
        self.desk = desk
        self.controller = controller
        c = controller
        layout = QVBoxLayout(self)

        general = QGroupBox(self.tr("Work"))
        form = QFormLayout(general)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: value under label
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
        # A long path has no spaces to wrap at: let it be cut rather than widen the page.
        location.setMinimumWidth(1)
        location.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        location.setToolTip(str(c.profiles.folder(c.profile)))
        form.addRow(self.tr("Data location"), location)
        form.addRow(self.tr("Profile"), QLabel(profile_name(c.profile)))
        # the one clock of every screen and paper (docs/desk.md, "Time zone")
        offset = ui_clock.now().utcoffset() or dt.timedelta(0)
        hours = offset.total_seconds() / 3600
        self.zone = QLabel(self.tr("UTC{0}: the unit's time, whatever the computer is set to")
                           .format(f"{hours:+g}"))
        self.zone.setWordWrap(True)
        form.addRow(self.tr("Time zone"), self.zone)
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
            if slot == self.restore:
                self.restore_button = b
        self.restore_dialog: RestoreDialog | None = None
        self.result = QLabel()
        self.result.setWordWrap(True)
        v.addWidget(self.result)
        layout.addWidget(safety)

        about = QGroupBox(self.tr("About"))
        a = QVBoxLayout(about)
        a.addWidget(QLabel(self.tr("Inspector Desk {0}").format(c.version)))
        keys = QLabel(self.tr("Shortcuts: Ctrl+N new visit, Ctrl+F search, Ctrl+S save, "
                              "Ctrl+L lock, F12 hide the screen at once."))
        keys.setWordWrap(True)
        a.addWidget(keys)
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
        passphrase = dialog.current.text()
        self.result.setText(self.tr("Backing up…"))
        self.desk.client.act(
            lambda a: a.upkeep.backup(passphrase, Path(folder)),
            on_done=lambda info: self.result.setText(self.tr("Backup written and verified: {0}").format(info.path)),
            on_error=self._error)

    def restore(self) -> None:
        """Ask for the backup folder and its passphrase (a window-modal dialog: Ctrl+L still
        closes it). The restore itself is :meth:`start_restore`."""
        dialog = RestoreDialog(self)

        def accepted() -> None:
            folder, passphrase = dialog.folder.text().strip(), dialog.passphrase.text()
            dialog.passphrase.clear()
            self.start_restore(folder, passphrase)

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(dialog.passphrase.clear)
        dialog.finished.connect(dialog.deleteLater)
        self.restore_dialog = dialog
        dialog.open()

    def start_restore(self, folder: str, passphrase: str) -> None:
        """Check the backup while the desk stays open; only a backup that passes every check
        replaces the vault (AppCore.restore). On success the desk is rebuilt on the restored
        vault and says where the previous files went; on failure this desk keeps working and
        the typed error is shown here."""
        c, desk = self.controller, self.desk
        if not folder:
            return
        self.result.setText(self.tr("Checking the backup…"))

        def job():
            kept = c.core.restore(Path(folder), passphrase)
            c.inspector = c.core.inspector
            return kept

        def done(kept) -> None:
            text = self.tr("Restored. The previous files are kept in {0}").format(kept)
            c.presenter.last_message = text
            c.open_desk()  # the old pages show the replaced vault: build them anew
            if c.desk is not None:
                c.desk.show_page("settings")
                c.desk.settings.result.setText(text)

        def failed(exc: BaseException) -> None:
            if c.core.unlocked:  # checked and refused: nothing changed, the desk goes on
                self.result.setText(c.presenter.message(exc))
            else:  # replacing failed after the lock: the files are back, unlock again
                c.presenter.show(exc)
                c.lock()

        task = self.desk.client.runner.run(job, on_done=done, on_error=failed, name="restore")
        # A lock (Ctrl+L, idle, suspend) while it runs takes the desk: nothing comes back.
        task.alive = lambda: c.desk is desk and shiboken6.isValid(self)

    def change_passphrase(self) -> None:
        dialog = self._ask(self.tr("Change passphrase"), with_new=True)
        if dialog is None or dialog.new is None:
            return
        if not dialog.new.acceptable():
            self.result.setText(dialog.new.hint.text())
            return
        c, old, new = self.controller, dialog.current.text(), dialog.new.text()
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

        self.desk.client.act(lambda a: a.upkeep.doctor(), on_done=shown, on_error=self._error)

    def _error(self, exc: BaseException) -> None:
        self.result.setText(self.desk.presenter.message(exc))
