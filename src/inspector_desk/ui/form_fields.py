"""One editor widget per field type of the forms engine (forms/*.yaml).

Every editor speaks the engine's storage form: text, "YYYY-MM-DD" dates, "YYYY-MM-DDTHH:MM"
date-times, lists of codes, "yes"/"no"/"unknown", person ids, and a list of row mappings for
a repeated group. ``None`` is "no answer". Editors emit ``changed`` on every edit.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDoubleValidator, QIntValidator
from PySide6.QtWidgets import (
    QAbstractButton, QButtonGroup, QCheckBox, QComboBox, QFileDialog, QFormLayout, QFrame,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton,
    QSizePolicy, QVBoxLayout, QWidget,
)

from inspector_desk.forms import FieldDef
from inspector_desk.ui.date_input import DateInput

YES_NO = (("yes", "Yes"), ("no", "No"), ("unknown", "Unknown"))
LONG_OPTION = 45  # characters: a select_one with a longer option is laid out as wrapping radios
MAX_RADIOS = 10  # a select_one with long options and at most this many: radio buttons
FEW_OPTIONS = 4  # a select_one with at most this many options: radio buttons too
SHORT_ROW = 48  # characters of all options together that still stand in one row


class OptionButton(QWidget):
    """A radio button or check box whose text wraps (a QCheckBox's own text never does):
    long legal options are read whole at 1366×768 and at 150 %, never clipped. A click on
    the text works like a click on the box."""

    def __init__(self, button: QAbstractButton, text: str) -> None:
        super().__init__()
        self.button = button
        button.setAccessibleName(text)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setMinimumWidth(120)
        self.label.setBuddy(button)
        self.label.installEventFilter(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if watched is self.label and event.type() == QEvent.Type.MouseButtonRelease \
                and self.button.isEnabled():
            self.button.click()
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)
            return True
        return super().eventFilter(watched, event)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt naming
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt naming
        text_width = max(40, width - self.button.sizeHint().width() - 6)
        return max(self.button.sizeHint().height(), self.label.heightForWidth(text_width))


def date_direction(field: FieldDef) -> str:
    """past (visits, notices, births: not after today), future (next visits, due dates) or
    any, read from the field's constraints and id."""
    texts = [c.expr.text.replace(" ", "") for c in field.constraints if c.severity == "error"]
    if any(re.search(r"<=?(today|now)\(\)", t) for t in texts):
        return "past"
    if any(re.search(r">=?(today|now)\(\)", t) for t in texts):
        return "future"
    if re.search(r"(^|_)(next|due)(_|$)", field.id):
        return "future"
    return "any"


class Editor(QWidget):
    changed = Signal()
    answered = Signal()  # the inspector chose an answer (a key, a click, Enter): move on

    def __init__(self, field: FieldDef, lang: str) -> None:
        super().__init__()
        self.field, self.lang = field, lang
        self.setAccessibleName(field.label.get(lang))

    def focus_target(self) -> QWidget:
        """The widget that takes the keyboard when the form goes to this field."""
        return self

    def problem(self) -> str:
        """What is wrong with the text as typed (a date that does not exist), or ""."""
        return ""

    def value(self) -> Any:  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def set_value(self, value: Any) -> None:  # pragma: no cover
        raise NotImplementedError


class TextEditor(Editor):
    def __init__(self, field: FieldDef, lang: str) -> None:
        super().__init__(field, lang)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        if field.type == "integer":
            self.edit.setValidator(QIntValidator())
            self.edit.setMaximumWidth(120)
        elif field.type == "decimal":
            self.edit.setValidator(QDoubleValidator())
            self.edit.setMaximumWidth(120)
        self.edit.setAccessibleName(field.label.get(lang))
        self.edit.textChanged.connect(self.changed)
        self.edit.returnPressed.connect(self.answered)
        layout.addWidget(self.edit)
        if field.type in ("integer", "decimal"):
            layout.addStretch()

    def focus_target(self) -> QWidget:
        return self.edit

    def value(self) -> Any:
        text = self.edit.text().strip()
        if not text:
            return None
        if self.field.type == "integer":
            try:
                return int(text)
            except ValueError:
                return text
        return text

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class LongTextEditor(Editor):
    def __init__(self, field: FieldDef, lang: str) -> None:
        super().__init__(field, lang)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(70)
        self.edit.setMaximumHeight(140)
        self.edit.setAccessibleName(field.label.get(lang))
        self.edit.textChanged.connect(self.changed)
        layout.addWidget(self.edit)

    def focus_target(self) -> QWidget:
        return self.edit

    def value(self) -> Any:
        return self.edit.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))


class DateEditor(Editor):
    """Date, time or date-time, typed (see :mod:`inspector_desk.ui.date_input`) or picked.

    The value is the engine's storage form ("YYYY-MM-DD", "YYYY-MM-DDTHH:MM", "HH:MM"); a
    text that is not a date is kept as typed, so that the form refuses to save it and a draft
    keeps it, and :meth:`problem` says what is wrong."""

    def __init__(self, field: FieldDef, lang: str,
                 now: Callable[[], dt.datetime] | None = None) -> None:
        super().__init__(field, lang)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = DateInput(field.type, date_direction(field), now=now,
                              accessible_name=field.label.get(lang))
        self.edit.changed.connect(self.changed)
        self.edit.answered.connect(self.answered)
        layout.addWidget(self.edit)

    def focus_target(self) -> QWidget:
        return self.edit.line

    def problem(self) -> str:
        return self.edit.problem()

    def value(self) -> Any:
        if self.edit.is_empty():
            return None
        value = self.edit.value()
        if value is None:
            return self.edit.text().strip()  # not a date: the form says so at the field
        if self.field.type == "time":
            return value.strftime("%H:%M")
        if self.field.type == "date":
            return value.isoformat()
        return value.strftime("%Y-%m-%dT%H:%M")

    def set_value(self, value: Any) -> None:
        if value is None or value == "":
            self.edit.set_value(None)
            return
        if isinstance(value, (dt.date, dt.datetime, dt.time)):
            self.edit.set_value(value)
            return
        text = str(value)
        try:
            if self.field.type == "time":
                parsed: Any = dt.time.fromisoformat(text[:5])
            elif self.field.type == "date":
                parsed = dt.date.fromisoformat(text[:10])
            else:
                parsed = dt.datetime.fromisoformat(text[:16])
        except ValueError:
            self.edit.line.setText(text)  # as typed (a draft of a half-typed date)
            self.edit._check()
            return
        self.edit.set_value(parsed)


class ChoiceEditor(Editor):
    """One choice (a drop-down) or a person of the case."""

    def __init__(self, field: FieldDef, lang: str, options: list[tuple[str, str]]) -> None:
        super().__init__(field, lang)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox()
        self.combo.setAccessibleName(field.label.get(lang))
        # The closed box never asks for the width of its longest option: no sideways scrolling.
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(18)
        self.combo.addItem("—", None)
        for code, label in options:
            self.combo.addItem(label, code)
            self.combo.setItemData(self.combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        self.combo.currentIndexChanged.connect(self.changed)
        self.combo.activated.connect(lambda _i: self.answered.emit())
        layout.addWidget(self.combo, 1)

    def focus_target(self) -> QWidget:
        return self.combo

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        i = self.combo.findData(value)
        self.combo.setCurrentIndex(max(i, 0))


class _RadioEditor(Editor):
    """Radio buttons, one per answer code, each answered by a key of ``self.keys`` (a letter
    or digit, without Ctrl or Alt) as well as by a click."""

    def __init__(self, field: FieldDef, lang: str) -> None:
        super().__init__(field, lang)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.keys: dict[str, str] = {}

    def add_button(self, code: str, b: QRadioButton) -> None:
        self.group.addButton(b)
        self.buttons[code] = b
        b.toggled.connect(lambda on: on and self.changed.emit())
        b.clicked.connect(lambda _=False: self.answered.emit())
        b.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.KeyPress and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            code = self.keys.get(event.text().lower())
            if code is not None:
                self.buttons[code].setFocus(Qt.FocusReason.ShortcutFocusReason)
                self.buttons[code].click()
                return True
        return super().eventFilter(watched, event)

    def focus_target(self) -> QWidget:
        """The chosen button, else the first."""
        chosen = next((b for b in self.buttons.values() if b.isChecked()), None)
        return chosen or next(iter(self.buttons.values()), self)

    def value(self) -> Any:
        return next((code for code, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, value: Any) -> None:
        self.group.setExclusive(False)
        for code, b in self.buttons.items():
            b.setChecked(code == value)
        self.group.setExclusive(True)


class RadioChoiceEditor(_RadioEditor):
    """One choice among a few options, as on paper: one click, no list to open. Long options
    (legal bases) wrap, one under the other; a few short ones stand in a row. Keys: 1-9, or
    the first letter of an option when no other option starts with it."""

    def __init__(self, field: FieldDef, lang: str, options: list[tuple[str, str]]) -> None:
        super().__init__(field, lang)
        in_row = sum(len(label) for _code, label in options) <= SHORT_ROW
        layout = QHBoxLayout(self) if in_row else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12 if in_row else 2)
        initials: dict[str, list[str]] = {}
        for number, (code, label) in enumerate(options, start=1):
            if in_row:
                b = QRadioButton(label)
                b.setAccessibleName(label)
                layout.addWidget(b)
            else:
                b = QRadioButton()
                layout.addWidget(OptionButton(b, label))
            self.add_button(code, b)
            if number <= 9:
                self.keys[str(number)] = code
            initials.setdefault(label[:1].lower(), []).append(code)
        for initial, codes in initials.items():
            if initial and len(codes) == 1 and initial not in self.keys:
                self.keys[initial] = codes[0]
        if in_row:
            layout.addStretch()
        self.setToolTip(self.tr("Keys: {0}").format(", ".join(
            f"{n} {label}" for n, (_code, label) in enumerate(options[:9], start=1))))


class MultiEditor(Editor):
    def __init__(self, field: FieldDef, lang: str, options: list[tuple[str, str]]) -> None:
        super().__init__(field, lang)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        short = all(len(label) <= 28 for _code, label in options)
        columns = 2 if len(options) > 4 and short else 1
        for i, (code, label) in enumerate(options):
            box = QCheckBox()
            box.toggled.connect(self.changed)
            grid.addWidget(OptionButton(box, label), i // columns, i % columns)
            self.boxes[code] = box

    def focus_target(self) -> QWidget:
        return next(iter(self.boxes.values()), self)

    def value(self) -> Any:
        chosen = [code for code, box in self.boxes.items() if box.isChecked()]
        return chosen or None

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for code, box in self.boxes.items():
            box.setChecked(code in chosen)


class YesNoEditor(_RadioEditor):
    def __init__(self, field: FieldDef, lang: str, words: dict[str, str]) -> None:
        super().__init__(field, lang)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Keys that answer at once: 1/2/3, y/n/u (and ?), and the first letter of each word in
        # the desk's language (Да/Нет: д, н; Иә/Жоқ/Белгісіз: и, ж, б).
        self.keys.update({"1": "yes", "2": "no", "3": "unknown", "y": "yes",
                          "n": "no", "u": "unknown", "?": "unknown"})
        for code, _english in YES_NO:
            initial = words[code][:1].lower()
            if initial and initial not in self.keys:
                self.keys[initial] = code
        for code, _english in YES_NO:
            b = QRadioButton(words[code])
            b.setAccessibleName(f"{field.label.get(lang)}: {words[code]}")
            self.add_button(code, b)
            layout.addWidget(b)
        layout.addStretch()
        self.setToolTip(self.tr("Keys: 1 or Y yes, 2 or N no, 3 or U unknown"))


class AttachmentEditor(Editor):
    """Picks a file; the page stores it inside the vault and keeps its attachment id."""

    def __init__(self, field: FieldDef, lang: str, store_file: Callable[[str, Callable[[str], None]], None]) -> None:
        super().__init__(field, lang)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._value: str | None = None
        self.label = QLabel(self.tr("no file"))
        pick = QPushButton(self.tr("Attach a photo or scan…"))
        pick.clicked.connect(self._pick)
        layout.addWidget(pick)
        layout.addWidget(self.label)
        layout.addStretch()
        self._store_file = store_file
        self.pick = pick

    def focus_target(self) -> QWidget:
        return self.pick

    def _pick(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a photo or scan"), "",
                                              self.tr("Images and PDF (*.jpg *.jpeg *.png *.pdf)"))
        if path:
            self.label.setText(self.tr("storing in the vault…"))
            self._store_file(path, self._stored)

    def _stored(self, attachment_id: str) -> None:
        self.set_value(attachment_id)
        self.changed.emit()

    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any) -> None:
        self._value = value or None
        self.label.setText(self.tr("file kept in the vault") if value else self.tr("no file"))


class GroupEditor(Editor):
    """A repeated group: one small form per row, with Add and Remove."""

    def __init__(self, field: FieldDef, lang: str, make_child: Callable[[FieldDef], Editor]) -> None:
        super().__init__(field, lang)
        self.make_child = make_child
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.rows: list[tuple[QFrame, dict[str, Editor]]] = []
        add = QPushButton(self.tr("Add"))
        add.setAccessibleName(self.tr("Add a row to {0}").format(field.label.get(lang)))
        add.clicked.connect(lambda: (self.add_row(), self.changed.emit()))
        self.add_button = add
        self.outer.addWidget(add)

    def add_row(self, values: dict[str, Any] | None = None) -> None:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        form = QFormLayout(frame)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        editors: dict[str, Editor] = {}
        for child in self.field.children:
            editor = self.make_child(child)
            if values and child.id in values:
                editor.set_value(values[child.id])
            editor.changed.connect(self.changed)
            form.addRow(child.label.get(self.lang), editor)
            editors[child.id] = editor
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self._remove(frame))
        form.addRow("", remove)
        self.outer.insertWidget(self.outer.count() - 1, frame)
        self.rows.append((frame, editors))

    def focus_target(self) -> QWidget:
        if self.rows:
            first = next(iter(self.rows[0][1].values()), None)
            if first is not None:
                return first.focus_target()
        return self.add_button

    def _remove(self, frame: QFrame) -> None:
        self.rows = [(f, e) for f, e in self.rows if f is not frame]
        frame.deleteLater()
        self.changed.emit()

    def value(self) -> Any:
        out = []
        for _frame, editors in self.rows:
            row = {k: e.value() for k, e in editors.items() if e.value() is not None}
            if row:
                out.append(row)
        return out or None

    def set_value(self, value: Any) -> None:
        for frame, _ in self.rows:
            frame.deleteLater()
        self.rows = []
        for row in value or []:
            self.add_row(row)
