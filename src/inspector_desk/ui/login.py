"""Before the vault is open: the first-run wizard and the unlock screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar,
    QPushButton, QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from inspector_desk.core import passphrase as policy


class PassphraseField(QWidget):
    """A passphrase box with a strength bar and, optionally, a confirmation box."""

    changed = Signal()

    def __init__(self, confirm: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("Passphrase"))
        layout.addRow(self.tr("Passphrase"), self.edit)
        self.strength = QProgressBar(maximum=4, textVisible=False)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("Passphrase again"))
        if confirm:
            layout.addRow(self.tr("Strength"), self.strength)
            layout.addRow("", self.hint)
            layout.addRow(self.tr("Passphrase again"), self.again)
        self.confirm = confirm
        self.edit.textChanged.connect(self._update)
        self.again.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        text = self.edit.text()
        self.strength.setValue(policy.strength(text))
        problems = policy.problems(text)
        words = {
            "too_short": self.tr("at least 12 characters"),
            "repeated": self.tr("not one repeated character"),
            "common": self.tr("not a well-known password"),
        }
        if problems:
            self.hint.setText(self.tr("Needs: {0}").format(", ".join(words[p] for p in problems)))
        elif self.confirm and self.again.text() and self.again.text() != text:
            self.hint.setText(self.tr("The two passphrases differ."))
        else:
            self.hint.setText(self.tr("A sentence of several words is easy to remember and hard to guess."))
        self.changed.emit()

    def acceptable(self) -> bool:
        text = self.edit.text()
        return not policy.problems(text) and (not self.confirm or self.again.text() == text)

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()
        self.again.clear()


class _AboutPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("About you"))
        self.setSubTitle(self.tr("This information goes on your documents and into the audit log."))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.badge = QLineEdit()
        self.unit = QLineEdit()
        self.district = QLineEdit()
        for label, edit, field in ((self.tr("Full name"), self.name, "name*"),
                                   (self.tr("Badge number"), self.badge, "badge*"),
                                   (self.tr("Unit"), self.unit, "unit"),
                                   (self.tr("District"), self.district, "district")):
            edit.setAccessibleName(label)
            form.addRow(label, edit)
            self.registerField(field, edit)


class _PassphrasePage(QWizardPage):
    def __init__(self, keyring_ok: bool, keyring_name: str) -> None:
        super().__init__()
        self.setTitle(self.tr("Passphrase"))
        self.setSubTitle(self.tr("The passphrase and this computer together open your vault."))
        layout = QVBoxLayout(self)
        self.field = PassphraseField(confirm=True)
        layout.addWidget(self.field)
        info = QLabel()
        info.setWordWrap(True)
        self.consent = QCheckBox(self.tr("I understand and want to continue with the passphrase alone"))
        if keyring_ok:
            info.setText(self.tr("A secret for this computer is kept in the system keyring ({0}). "
                                 "A copy of the vault is useless on another computer, even with "
                                 "the passphrase.").format(keyring_name))
            self.consent.hide()
        else:
            info.setText(self.tr("This computer has no usable system keyring. The vault can be "
                                 "protected by the passphrase alone, which is weaker: anyone with "
                                 "a copy of the file can try to guess it. Ask IT to set up the "
                                 "keyring if you can."))
            info.setStyleSheet("color: #9a3412")
        layout.addWidget(info)
        layout.addWidget(self.consent)
        self.keyring_ok = keyring_ok
        self.field.changed.connect(self.completeChanged)
        self.consent.toggled.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return self.field.acceptable() and (self.keyring_ok or self.consent.isChecked())


class _HeadquartersPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Headquarters"))
        self.setSubTitle(self.tr("Optional: the enrolment file you received from headquarters."))
        row = QHBoxLayout(self)
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Enrolment file"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path)
        row.addWidget(browse)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Enrolment file"))
        if path:
            self.path.setText(path)


class FirstRunWizard(QWizard):
    """Creates the vault: who you are, the passphrase, and optionally the HQ enrolment."""

    submitted = Signal(dict)

    def __init__(self, keyring_ok: bool, keyring_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setWindowTitle(self.tr("Welcome to Inspector Desk"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.about = _AboutPage()
        self.secret = _PassphrasePage(keyring_ok, keyring_name)
        self.hq = _HeadquartersPage()
        for page in (self.about, self.secret, self.hq):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create my vault"))

    def accept(self) -> None:  # the controller decides what happens next
        self.submitted.emit({
            "name": self.about.name.text().strip(), "badge": self.about.badge.text().strip(),
            "unit": self.about.unit.text().strip(), "district": self.about.district.text().strip(),
            "passphrase": self.secret.field.text(),
            "passphrase_only": not self.secret.keyring_ok and self.secret.consent.isChecked(),
            "enrolment": self.hq.path.text().strip(),
        })


class UnlockPage(QWidget):
    """The passphrase, and nothing else about the vault: no names, no counts."""

    submitted = Signal(str)

    def __init__(self, profile: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        box = QWidget()
        box.setMaximumWidth(420)
        layout = QVBoxLayout(box)
        title = QLabel(self.tr("Inspector Desk"))
        title.setStyleSheet("font-size: 22px; font-weight: 600")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        sub = QLabel(self.tr("Profile: {0}. The vault is locked.").format(profile))
        sub.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(sub)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self._submit)
        layout.addWidget(self.passphrase)
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setDefault(True)
        self.button.clicked.connect(self._submit)
        layout.addWidget(self.button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b91c1c")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(box)
        row.addStretch()
        outer.addLayout(row)
        outer.addStretch(3)

    def _submit(self) -> None:
        text = self.passphrase.text()
        if text:
            self.busy(True)
            self.submitted.emit(text)

    def busy(self, on: bool) -> None:
        self.button.setEnabled(not on)
        self.passphrase.setEnabled(not on)
        if on:
            self.message.setText(self.tr("Opening the vault…"))

    def failed(self, message: str) -> None:
        self.busy(False)
        self.passphrase.clear()
        self.passphrase.setFocus()
        self.message.setText(message)
