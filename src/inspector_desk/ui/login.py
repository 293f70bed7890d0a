"""Before the vault is open: the first-run wizard and the unlock screen."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QRadioButton, QSizePolicy, QVBoxLayout, QWidget, QWizard,
    QWizardPage,
)

from inspector_desk.ui.i18n import LANGUAGES, current_language
from inspector_desk.ui.labels import profile_name

if TYPE_CHECKING:
    from inspector_desk.keystore import strength as policy


def _t(text: str) -> str:
    """Translate a text marked with QT_TRANSLATE_NOOP("FirstRun", …)."""
    return QCoreApplication.translate("FirstRun", text)


def required_text(text: str) -> str:
    return _t(QT_TRANSLATE_NOOP("FirstRun", "{0} *")).format(text)


def required_label(widget: QWidget, text: str, edit: QWidget) -> QLabel:
    """A form label marked required: "text *", tied to its field (the label a screen
    reader announces), and the field's accessible description says it is required."""
    label = QLabel(required_text(text))
    label.setBuddy(edit)
    edit.setAccessibleName(text)
    edit.setAccessibleDescription(_t(QT_TRANSLATE_NOOP("FirstRun", "Required")))
    edit.setProperty("required", True)
    return label


def field_label(text: str, edit: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(edit)
    edit.setAccessibleName(text)
    return label


class PassphraseField(QWidget):
    """A passphrase box with a strength bar and, optionally, a confirmation box.

    The bar and the hint show the policy of keystore/strength.py (zxcvbn): the estimated
    guesses against the minimum for the protection mode, and what made the estimate low.
    ``set_context`` tells it the mode and the person's own details (name, badge …)."""

    changed = Signal()

    def __init__(self, confirm: bool, parent: QWidget | None = None, required: bool = False) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.mode = "keyring"
        self.user_inputs: tuple[str, ...] = ()
        self.assessment: policy.Assessment | None = None
        from inspector_desk.keystore import strength  # zxcvbn: with the first such field

        self._strength = strength
        self.edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("Passphrase"))
        layout.addRow(required_label(self, self.tr("Passphrase"), self.edit) if required
                      else self.tr("Passphrase"), self.edit)
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
            layout.addRow(required_label(self, self.tr("Passphrase again"), self.again) if required
                          else self.tr("Passphrase again"), self.again)
        self.confirm = confirm
        self.edit.textChanged.connect(self._update)
        self.again.textChanged.connect(self._update)
        self._update()

    def set_context(self, mode: str | None = None, user_inputs: tuple[str, ...] | list[str] | None = None) -> None:
        """The protection mode ("keyring" or "passphrase_only") and the person's details."""
        if mode is not None:
            self._strength.required_guesses(mode)  # refuses an unknown mode
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
        a = self.assessment = self._strength.assess(text, mode=self.mode, user_inputs=self.user_inputs)
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
                lines.append(self.tr("At least {0} characters.").format(self._strength.MIN_LENGTH))
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


class _LanguagePage(QWizardPage):
    """The first step, before anything is typed: the language of the wizard, of the program
    and of the messages. Choosing one switches the wizard at once (the controller rebuilds it
    in that language and saves the choice)."""

    def __init__(self, wizard: "FirstRunWizard") -> None:
        super().__init__()
        self.setTitle(self.tr("Language"))
        # the three names, each in its own language: readable whatever is shown now
        self.setSubTitle(self.tr("Choose the language of the program. It can be changed later "
                                 "in Settings.") + "\nТілді таңдаңыз · Выберите язык")
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        current = current_language()
        for code, name in LANGUAGES.items():
            b = QRadioButton(name)
            b.setAccessibleName(name)
            b.setChecked(code == current)
            self.group.addButton(b)
            self.buttons[code] = b
            layout.addWidget(b)
            b.toggled.connect(lambda on, code=code: on and wizard.choose_language(code))
        layout.addStretch(1)

    def chosen(self) -> str:
        return next((c for c, b in self.buttons.items() if b.isChecked()), "ru")


class _AboutPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("About you"))
        self.setSubTitle(self.tr("This information goes on your documents and into the audit log. "
                                 "Fields marked * are required."))
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
        # the inspector's name. Name and badge are required ("name*": Next waits for them).
        for label, edit, field in ((self.tr("Full name"), self.name, "name*"),
                                   (self.tr("Badge number"), self.badge, "badge*"),
                                   (self.tr("Rank"), self.rank, "rank"),
                                   (self.tr("Unit (in Russian)"), self.unit, "unit"),
                                   (self.tr("Unit (in Kazakh)"), self.unit_kk, "unit_kk"),
                                   (self.tr("District"), self.district, "district")):
            shown = (required_label(self, label, edit) if field.endswith("*")
                     else field_label(label, edit))
            form.addRow(shown, edit)
            self.registerField(field, edit)

    def initializePage(self) -> None:
        self.name.setFocus()

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
        self.setSubTitle(self.tr("The passphrase and this computer together open your vault. "
                                 "Fields marked * are required."))
        layout = QVBoxLayout(self)
        self.passphrase = PassphraseField(confirm=True, required=True)
        layout.addWidget(self.passphrase)
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
        self.passphrase.set_context(mode="keyring" if keyring_ok else "passphrase_only")
        self.passphrase.changed.connect(self.completeChanged)
        self.consent.toggled.connect(self.completeChanged)

    def initializePage(self) -> None:
        """The details typed on the first page are the first words an attacker tries."""
        wizard = self.wizard()
        about = getattr(wizard, "about", None)
        if about is not None:
            self.passphrase.set_context(user_inputs=list(about.details().values()))
        self.passphrase.edit.setFocus()

    def isComplete(self) -> bool:
        return self.passphrase.acceptable() and (self.keyring_ok or self.consent.isChecked())


class _HeadquartersPage(QWizardPage):
    """The enrolment file, and with it the fingerprint from headquarters' letter: a file is
    never trusted on its own (no trust on first use). Also where the vault's creation shows
    its progress and, if it fails, what to do."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Headquarters"))
        self.setSubTitle(self.tr("Optional: the enrolment file you received from headquarters "
                                 "(*.idenrol). With it, type the fingerprint from headquarters' "
                                 "letter. Without it, enrol later on the Headquarters screen."))
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("no file: the vault works on its own"))
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.setAccessibleName(self.tr("Choose the enrolment file"))
        self.browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form.addRow(field_label(self.tr("Enrolment file from headquarters"), self.path), row)
        self.fingerprint = QLineEdit()
        self.fingerprint.setPlaceholderText("xxxx xxxx xxxx xxxx")
        self.fingerprint_label = field_label(self.tr("Headquarters fingerprint (from the letter)"),
                                             self.fingerprint)
        form.addRow(self.fingerprint_label, self.fingerprint)
        self.fingerprint_hint = QLabel()
        self.fingerprint_hint.setWordWrap(True)
        self.fingerprint_hint.setMinimumHeight(self.fingerprint_hint.fontMetrics().lineSpacing() * 3)
        form.addRow("", self.fingerprint_hint)
        # creating the vault takes a few seconds (the key derivation): a busy bar and a line
        self.progress = QProgressBar(minimum=0, maximum=0, textVisible=False)
        self.progress.setAccessibleName(self.tr("Creating the vault"))
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Progress"))
        form.addRow(self.progress)
        form.addRow(self.status)
        self.path.textChanged.connect(self._changed)
        self.fingerprint.textChanged.connect(self._changed)
        self._changed()

    def initializePage(self) -> None:
        self.path.setFocus()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Enrolment file from headquarters"), self.path.text(),
            self.tr("Enrolment files (*.idenrol);;All files (*)"))
        if path:
            self.path.setText(path)

    def hq_fingerprint(self) -> str:
        from inspector_desk.sync.enrolment import normal_fingerprint  # signing: not at start

        return normal_fingerprint(self.fingerprint.text())

    def _changed(self) -> None:
        typed = self.fingerprint.text().strip()
        compact = "".join(c for c in typed if not c.isspace() and c not in "-:")
        has_file = bool(self.path.text().strip())
        if has_file:  # the fingerprint is required exactly when a file was chosen
            self.fingerprint_label.setText(required_text(
                self.tr("Headquarters fingerprint (from the letter)")))
            self.fingerprint.setAccessibleDescription(_t(QT_TRANSLATE_NOOP("FirstRun", "Required")))
        else:
            self.fingerprint_label.setText(self.tr("Headquarters fingerprint (from the letter)"))
            self.fingerprint.setAccessibleDescription("")
        if self.hq_fingerprint():
            self.fingerprint_hint.setText(self.tr("The enrolment is accepted only if it was signed "
                                                  "by this key."))
        elif compact and any(c not in "0123456789abcdefABCDEF" for c in compact):
            self.fingerprint_hint.setText(self.tr("Only digits 0-9 and letters a-f, as in the letter."))
        elif compact:
            self.fingerprint_hint.setText(self.tr("{0} of 16 characters.").format(len(compact)))
        elif has_file:
            self.fingerprint_hint.setText(self.tr("Required with an enrolment file: 16 characters, "
                                                  "digits 0-9 and letters a-f, in groups of four "
                                                  "(for example 3f9c 0a12 7b44 e8d1). Do not copy "
                                                  "it from the file: it must come from the letter."))
        else:
            self.fingerprint_hint.setText(self.tr("No enrolment file: the vault works on its own "
                                                  "until it is enrolled."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if getattr(self.wizard(), "busy", False):
            return False
        typed = self.fingerprint.text().strip()
        if self.path.text().strip():
            return bool(self.hq_fingerprint())
        return not typed or bool(self.hq_fingerprint())


class FirstRunWizard(QWizard):
    """Creates the vault: the language, who you are, the passphrase, and optionally the HQ
    enrolment. Never a dead end: "Start over" goes back to the language step with what was
    typed cleared, "Quit" on that step closes the program (no vault exists yet); while the
    vault is made a busy bar runs; if making it fails, the wizard says why and what to do,
    and "Create my vault" can be pressed again."""

    submitted = Signal(dict)
    language_chosen = Signal(str)

    def __init__(self, keyring_ok: bool, keyring_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setWindowTitle(self.tr("Welcome to Inspector Desk"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.busy = False
        self.language = _LanguagePage(self)
        self.about = _AboutPage()
        self.secret = _PassphrasePage(keyring_ok, keyring_name)
        self.hq = _HeadquartersPage()
        for page in (self.language, self.about, self.secret, self.hq):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create my vault"))
        self.currentIdChanged.connect(self._page_changed)
        self._page_changed()

    def _page_changed(self, _id: int = -1) -> None:
        first = self.currentPage() is self.language or self.currentPage() is None
        self.setButtonText(QWizard.WizardButton.CancelButton,
                           self.tr("Quit") if first else self.tr("Start over"))
        self.button(QWizard.WizardButton.CancelButton).setToolTip(
            self.tr("Close the program: no vault has been made yet.") if first else
            self.tr("Back to the first step; what was typed is cleared."))
        if first:
            QTimer.singleShot(0, self._focus_language)

    def _focus_language(self) -> None:
        if self.currentPage() is self.language:
            self.language.buttons[self.language.chosen()].setFocus()

    def choose_language(self, lang: str) -> None:
        """A language picked on the first step: the controller switches the whole program
        (and rebuilds this wizard in it). Alone, the wizard only remembers it."""
        if lang != current_language():
            self.language_chosen.emit(lang)

    def reject(self) -> None:  # Cancel / Esc: never a blank window
        if self.busy:
            return
        if self.currentPage() is self.language:
            top = self.window()
            if top is not self:
                top.close()  # the program's window: nothing has been made yet
            else:
                super().reject()
            return
        self.start_over()

    def start_over(self) -> None:
        """Back to the language step; the passphrase and every typed field cleared."""
        self.secret.passphrase.clear()
        self.secret.consent.setChecked(False)
        for edit in (self.about.name, self.about.badge, self.about.rank, self.about.unit,
                     self.about.unit_kk, self.about.district, self.hq.path, self.hq.fingerprint):
            edit.clear()
        self.hq.status.clear()
        self.restart()

    def set_busy(self, on: bool) -> None:
        """While the vault is made (a few seconds: the key derivation runs on the worker, the
        window stays responsive): a busy bar, a line of text, and nothing to press."""
        self.busy = on
        self.hq.progress.setVisible(on)
        if on:
            self.hq.status.setStyleSheet("")
            self.hq.status.setText(self.tr("Creating your vault… This takes a few seconds."))
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton,
                      QWizard.WizardButton.CancelButton, QWizard.WizardButton.NextButton):
            self.button(which).setEnabled(not on)
        for w in (self.hq.path, self.hq.fingerprint, self.hq.browse):
            w.setEnabled(not on)
        if not on:
            self.hq.completeChanged.emit()  # the Create button follows the page again

    def failed(self, exc: BaseException | None, message: str) -> None:
        """The vault was not made: say why, and what to do here, then let them try again."""
        from inspector_desk.ui.sync_view import enrolment_advice

        self.set_busy(False)
        if self.currentPage() is not self.hq:
            while self.currentPage() is not self.hq and self.currentPage() is not None \
                    and self.nextId() != -1:
                self.next()
        path = Path(self.hq.path.text().strip()) if self.hq.path.text().strip() else None
        advice = enrolment_advice(exc, first_run=True, path=path) if exc is not None else ""
        self.hq.status.setStyleSheet("color: #b91c1c")
        self.hq.status.setText(
            (advice or message) + "\n" + self.tr("Nothing was created. Correct it and press "
                                                 "“Create my vault” again."))

    def accept(self) -> None:  # the controller decides what happens next
        if self.busy or not self.hq.isComplete():  # an enrolment file needs its fingerprint
            return
        self.set_busy(True)
        self.submitted.emit({
            **self.about.details(),
            "passphrase": self.secret.passphrase.text(),
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
        sub = QLabel(self.tr("Profile: {0}. The vault is locked.").format(profile_name(profile)))
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
