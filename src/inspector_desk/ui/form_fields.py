"""One editor widget per field type of the forms engine (forms/*.yaml).

Every editor speaks the engine's storage form: text, "YYYY-MM-DD" dates, "YYYY-MM-DDTHH:MM"
date-times, lists of codes, "yes"/"no"/"unknown", person ids, and a list of row mappings for
a repeated group. ``None`` is "no answer". Editors emit ``changed`` on every edit.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtGui import QDoubleValidator, QIntValidator
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QFileDialog, QFormLayout,
    QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QRadioButton, QTimeEdit, QVBoxLayout, QWidget,
)

from inspector_desk.forms import FieldDef

YES_NO = (("yes", "Yes"), ("no", "No"), ("unknown", "Unknown"))
EMPTY_DATE = QDate(1900, 1, 1)


class Editor(QWidget):
    changed = Signal()

    def __init__(self, field: FieldDef, lang: str) -> None:
        super().__init__()
        self.field, self.lang = field, lang
        self.setAccessibleName(field.label.get(lang))

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
        layout.addWidget(self.edit)
        if field.type in ("integer", "decimal"):
            layout.addStretch()

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

    def value(self) -> Any:
        return self.edit.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))


class DateEditor(Editor):
    """Date, time or date-time; the earliest date stands for "not filled in"."""

    def __init__(self, field: FieldDef, lang: str) -> None:
        super().__init__(field, lang)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        kind = field.type
        if kind == "date":
            self.edit = QDateEdit(calendarPopup=True)
            self.edit.setDisplayFormat("dd.MM.yyyy")
            self.edit.setMinimumDate(EMPTY_DATE)
        elif kind == "time":
            self.edit = QTimeEdit()
            self.edit.setDisplayFormat("HH:mm")
        else:
            self.edit = QDateTimeEdit(calendarPopup=True)
            self.edit.setDisplayFormat("dd.MM.yyyy HH:mm")
            self.edit.setMinimumDate(EMPTY_DATE)
        self.edit.setSpecialValueText(" ")
        self.edit.setAccessibleName(field.label.get(lang))
        self.edit.setMinimumWidth(150)
        self.set_value(None)
        now = QPushButton(self.tr("Now") if kind != "date" else self.tr("Today"))
        now.setAccessibleName(self.tr("Fill in now"))
        now.clicked.connect(self._now)
        clear = QPushButton("×")
        clear.setAccessibleName(self.tr("Clear"))
        clear.setFixedWidth(28)
        clear.clicked.connect(lambda: self.set_value(None))
        layout.addWidget(self.edit)
        layout.addWidget(now)
        layout.addWidget(clear)
        layout.addStretch()
        signal = {"date": "dateChanged", "time": "timeChanged"}.get(kind, "dateTimeChanged")
        getattr(self.edit, signal).connect(self.changed)

    def _now(self) -> None:
        now = QDateTime.currentDateTime()
        if self.field.type == "date":
            self.edit.setDate(now.date())
        elif self.field.type == "time":
            self.edit.setTime(now.time())
        else:
            self.edit.setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())))

    def value(self) -> Any:
        if self.field.type == "time":
            t = self.edit.time()
            return t.toString("HH:mm") if self.edit.text().strip() else None
        if self.edit.date() == EMPTY_DATE:
            return None
        if self.field.type == "date":
            return self.edit.date().toString("yyyy-MM-dd")
        return self.edit.dateTime().toString("yyyy-MM-ddTHH:mm")

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.field.type == "date":
            self.edit.setDate(QDate.fromString(text[:10], "yyyy-MM-dd") if text else EMPTY_DATE)
        elif self.field.type == "time":
            self.edit.setTime(QTime.fromString(text[:5], "HH:mm") if text else QTime(0, 0))
        else:
            dt = QDateTime.fromString(text[:16], "yyyy-MM-ddTHH:mm") if text else None
            self.edit.setDateTime(dt if dt and dt.isValid() else QDateTime(EMPTY_DATE, QTime(0, 0)))


class ChoiceEditor(Editor):
    """One choice (a drop-down) or a person of the case."""

    def __init__(self, field: FieldDef, lang: str, options: list[tuple[str, str]]) -> None:
        super().__init__(field, lang)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox()
        self.combo.setAccessibleName(field.label.get(lang))
        self.combo.addItem("—", None)
        for code, label in options:
            self.combo.addItem(label, code)
        self.combo.currentIndexChanged.connect(self.changed)
        layout.addWidget(self.combo)
        layout.addStretch()

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        i = self.combo.findData(value)
        self.combo.setCurrentIndex(max(i, 0))


class MultiEditor(Editor):
    def __init__(self, field: FieldDef, lang: str, options: list[tuple[str, str]]) -> None:
        super().__init__(field, lang)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        columns = 2 if len(options) > 4 else 1
        for i, (code, label) in enumerate(options):
            box = QCheckBox(label)
            box.toggled.connect(self.changed)
            grid.addWidget(box, i // columns, i % columns)
            self.boxes[code] = box

    def value(self) -> Any:
        chosen = [code for code, box in self.boxes.items() if box.isChecked()]
        return chosen or None

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for code, box in self.boxes.items():
            box.setChecked(code in chosen)


class YesNoEditor(Editor):
    def __init__(self, field: FieldDef, lang: str, words: dict[str, str]) -> None:
        super().__init__(field, lang)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for code, _english in YES_NO:
            b = QRadioButton(words[code])
            b.setAccessibleName(f"{field.label.get(lang)}: {words[code]}")
            self.group.addButton(b)
            self.buttons[code] = b
            layout.addWidget(b)
            b.toggled.connect(lambda on: on and self.changed.emit())
        layout.addStretch()

    def value(self) -> Any:
        for code, b in self.buttons.items():
            if b.isChecked():
                return code
        return None

    def set_value(self, value: Any) -> None:
        self.group.setExclusive(False)
        for code, b in self.buttons.items():
            b.setChecked(code == value)
        self.group.setExclusive(True)


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
