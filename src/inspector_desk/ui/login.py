"""Before the vault is open: the first-run wizard and the unlock screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from inspector_desk.keystore import strength as policy
from inspector_desk.sync.enrolment import normal_fingerprint


class PassphraseField(QWidget):
    """A passphrase box with a strength bar and, optionally, a confirmation box.

    The bar and the hint show the policy of keystore/strength.py (zxcvbn): the estimated
    guesses against the minimum for the protection mode, and what made the estimate low.
    ``set_context`` tells it the mode and the person's own details (name, badge …)."""

    changed = Signal()

    def __init__(self, confirm: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.mode = "keyring"
        self.user_inputs: tuple[str, ...] = ()
        self.assessment: policy.Assessment | None = None
        self.edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("Passphrase"))
        layout.addRow(self.tr("Passphrase"), self.edit)
        self.strength = QProgressBar(maximum=4, textVisible=False)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.estimate = QLabel()
        self.estimate.setTextFormat(Qt.TextFormat.RichText)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        # room for the longest advice (three wrapped lines) without the form jumping
        self.hint.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hint.setMinimumHeight(self.hint.fontMetrics().lineSpacing() * 4)
        self.again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("Passphrase again"))
        if confirm:
            layout.addRow(self.tr("Strength"), self.strength)
            layout.addRow("", self.estimate)
            layout.addRow("", self.hint)
            layout.addRow(self.tr("Passphrase again"), self.again)
        self.confirm = confirm
        self.edit.textChanged.connect(self._update)
        self.again.textChanged.connect(self._update)
        self._update()

    def set_context(self, mode: str | None = None, user_inputs: tuple[str, ...] | list[str] | None = None) -> None:
        """The protection mode ("keyring" or "passphrase_only") and the person's details."""
        if mode is not None:
            policy.required_guesses(mode)  # refuses an unknown mode
            self.mode = mode
        if user_inputs is not None:
            self.user_inputs = tuple(x for x in user_inputs if x)
        self._update()

    def _feedback_texts(self) -> dict[str, str]:
        return {
            "pw_personal": self.tr("your own name, badge number, unit or district"),
            "pw_common_password": self.tr("a well-known password"),
            "pw_local_word": self.tr("a common Russian or Kazakh word, name, city or month"),
            "pw_dictionary_word": self.tr("a dictionary word"),
            "pw_name": self.tr("a common first name or surname"),
            "pw_other_layout": self.tr("a word typed in the other keyboard layout (gfhjkm is «пароль»)"),
            "pw_keyboard": self.tr("a row of neighbouring keys (qwerty, йцукен, asdf)"),
            "pw_repeat": self.tr("repeated characters or words"),
            "pw_sequence": self.tr("a sequence like abc or 123"),
            "pw_year": self.tr("a year"),
            "pw_date": self.tr("a date"),
            "pw_l33t": self.tr("predictable substitutions like @ for a or 0 for o"),
            "pw_reversed": self.tr("a word spelled backwards"),
        }

    def _update(self) -> None:
        text = self.edit.text()
        a = self.assessment = policy.assess(text, mode=self.mode, user_inputs=self.user_inputs)
        self.strength.setValue(a.level)
        required = len(str(a.required)) - 1
        if text:
            self.estimate.setText(self.tr("About 10<sup>{0}</sup> guesses to find it; at least "
                                          "10<sup>{1}</sup> needed.").format(a.estimate.exponent, required))
        else:
            self.estimate.setText(self.tr("At least 10<sup>{0}</sup> guesses needed.").format(required))
        self.strength.setAccessibleDescription(self.estimate.text().replace("<sup>", "^")
                                               .replace("</sup>", ""))
        lines = []
        if not text:
            lines.append(self.tr("A sentence of several words is easy to remember and hard to guess."))
        else:
            if "too_short" in a.problems:
                lines.append(self.tr("At least {0} characters.").format(policy.MIN_LENGTH))
            if "guessable" in a.problems:
                words = self._feedback_texts()
                found = [words[c] for c in a.problems if c in words]
                lines.append(self.tr("Easy to guess: {0}.").format("; ".join(found)) if found
                             else self.tr("Easy to guess."))
                lines.append(self.tr("Add another uncommon word or two: four or five unrelated "
                                     "words are easy to remember and hard to guess."))
            if not a.problems:
                if self.confirm and self.again.text() and self.again.text() != text:
                    lines.append(self.tr("The two passphrases differ."))
                else:
                    lines.append(self.tr("Strong enough."))
        self.hint.setText("\n".join(lines))
        self.changed.emit()

    def acceptable(self) -> bool:
        text = self.edit.text()
        a = self.assessment
        if a is None:
            return False
        return a.acceptable and (not self.confirm or self.again.text() == text)

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
        self.rank = QLineEdit()
        self.rank.setPlaceholderText(self.tr("e.g. police captain"))
        self.unit = QLineEdit()
        self.unit_kk = QLineEdit()
        self.district = QLineEdit()
        # Documents print the unit in their own language: the Kazakh name on Kazakh papers
        # (InspectorInfo.unit_kk; the Russian one when it is left empty), the rank beside
        # the inspector's name.
        for label, edit, field in ((self.tr("Full name"), self.name, "name*"),
                                   (self.tr("Badge number"), self.badge, "badge*"),
                                   (self.tr("Rank"), self.rank, "rank"),
                                   (self.tr("Unit (in Russian)"), self.unit, "unit"),
                                   (self.tr("Unit (in Kazakh)"), self.unit_kk, "unit_kk"),
                                   (self.tr("District"), self.district, "district")):
            edit.setAccessibleName(label)
            form.addRow(label, edit)
            self.registerField(field, edit)

    def details(self) -> dict[str, str]:
        """What was typed, trimmed: the fields of InspectorInfo (badge is its login)."""
        return {"name": self.name.text().strip(), "badge": self.badge.text().strip(),
                "rank": self.rank.text().strip(), "unit": self.unit.text().strip(),
                "unit_kk": self.unit_kk.text().strip(),
                "district": self.district.text().strip()}


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
        layout.addStretch(1)
        self.keyring_ok = keyring_ok
        # Without a keyring the passphrase alone guards a copied file: the stricter minimum.
        self.field.set_context(mode="keyring" if keyring_ok else "passphrase_only")
        self.field.changed.connect(self.completeChanged)
        self.consent.toggled.connect(self.completeChanged)

    def initializePage(self) -> None:
        """The details typed on the first page are the first words an attacker tries."""
        wizard = self.wizard()
        about = getattr(wizard, "about", None)
        if about is not None:
            self.field.set_context(user_inputs=list(about.details().values()))

    def isComplete(self) -> bool:
        return self.field.acceptable() and (self.keyring_ok or self.consent.isChecked())


class _HeadquartersPage(QWizardPage):
    """The enrolment file, and with it the fingerprint from headquarters' letter: a file is
    never trusted on its own (no trust on first use)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Headquarters"))
        self.setSubTitle(self.tr("Optional: the enrolment file you received from headquarters. "
                                 "With it, type the fingerprint from headquarters' letter."))
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Enrolment file"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path)
        row.addWidget(browse)
        form.addRow(self.tr("Enrolment file"), row)
        self.fingerprint = QLineEdit()
        label = self.tr("Headquarters fingerprint (from headquarters' letter)")
        self.fingerprint.setAccessibleName(label)
        self.fingerprint.setPlaceholderText("xxxx xxxx xxxx xxxx")
        form.addRow(label, self.fingerprint)
        self.fingerprint_hint = QLabel()
        self.fingerprint_hint.setWordWrap(True)
        form.addRow("", self.fingerprint_hint)
        self.path.textChanged.connect(self._changed)
        self.fingerprint.textChanged.connect(self._changed)
        self._changed()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Enrolment file"))
        if path:
            self.path.setText(path)

    def hq_fingerprint(self) -> str:
        return normal_fingerprint(self.fingerprint.text())

    def _changed(self) -> None:
        typed = self.fingerprint.text().strip()
        compact = "".join(c for c in typed if not c.isspace() and c not in "-:")
        if self.hq_fingerprint():
            self.fingerprint_hint.setText(self.tr("The enrolment is accepted only if it was signed "
                                                  "by this key."))
        elif compact and any(c not in "0123456789abcdefABCDEF" for c in compact):
            self.fingerprint_hint.setText(self.tr("Only digits 0-9 and letters a-f, as in the letter."))
        elif compact:
            self.fingerprint_hint.setText(self.tr("{0} of 16 characters.").format(len(compact)))
        elif self.path.text().strip():
            self.fingerprint_hint.setText(self.tr("Required with an enrolment file: 16 characters, "
                                                  "digits 0-9 and letters a-f, in groups of four "
                                                  "(for example 3f9c 0a12 7b44 e8d1). Do not copy "
                                                  "it from the file: it must come from the letter."))
        else:
            self.fingerprint_hint.setText(self.tr("No enrolment file: the vault works on its own "
                                                  "until it is enrolled."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        typed = self.fingerprint.text().strip()
        if self.path.text().strip():
            return bool(self.hq_fingerprint())
        return not typed or bool(self.hq_fingerprint())


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
        if not self.hq.isComplete():  # an enrolment file needs its fingerprint
            return
        self.submitted.emit({
            **self.about.details(),
            "passphrase": self.secret.field.text(),
            "passphrase_only": not self.secret.keyring_ok and self.secret.consent.isChecked(),
            "enrolment": self.hq.path.text().strip(),
            "hq_fingerprint": self.hq.hq_fingerprint() if self.hq.path.text().strip() else "",
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
