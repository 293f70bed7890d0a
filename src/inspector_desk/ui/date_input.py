"""A date, date-time or time an inspector can type: ``05.03.1988``, ``05031988``, ``5.3.88``,
``today`` / ``сегодня`` / ``бүгін``, ``+7``, ``-2``, ``… 14:30``; or pick on a calendar whose
range suits the field (births: the past, opening about 30 years back; due dates: from today).

The reading itself is :mod:`inspector_desk.core.date_entry` (pure Python, tested alone).
An empty field is "no answer" and never holds the focus: Tab always moves on. An impossible
date ("31.02.2026") is reported by :meth:`DateInput.problem` and the ``problemChanged``
signal, for the screen to show at the field; the text stays as typed.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget, QFrame, QHBoxLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget,
)

from inspector_desk.core.date_entry import (
    DateProblem, check_direction, read_date, read_datetime, read_time, show_date, show_datetime,
    show_time,
)
from inspector_desk.ui import clock as ui_clock

KINDS = ("date", "datetime", "time")


def _session_now() -> dt.datetime:
    """The session clock's wall time (the unit's zone, never the computer's setting)."""
    return ui_clock.wall(ui_clock.now()).replace(tzinfo=None, second=0, microsecond=0)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class DateInput(QWidget):
    """``kind``: date, datetime or time. ``direction``: past (not after today), future (not
    before today) or any. ``now``: the session clock (wall time of the unit's time zone).
    ``open_years_back``: where the calendar opens for an empty field (births: 30).
    ``strict``: a date on the wrong side of today is a problem (a birth date); otherwise the
    direction only reads two-digit years and bounds the calendar (a form's own rules judge:
    a next visit recorded late may lie before today)."""

    changed = Signal()
    problemChanged = Signal(str)
    answered = Signal()  # Enter pressed, or a day picked on the calendar

    def __init__(self, kind: str = "date", direction: str = "any", *,
                 now: Callable[[], dt.datetime] | None = None, open_years_back: int = 0,
                 accessible_name: str = "", strict: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}")
        self.kind, self.direction = kind, direction
        self._now = now or _session_now
        self.open_years_back = open_years_back
        self.strict = strict
        self._problem = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.line = QLineEdit()
        self.line.setAccessibleName(accessible_name)
        self.line.setPlaceholderText({
            "date": self.tr("dd.mm.yyyy, today, +7"),
            "datetime": self.tr("dd.mm.yyyy hh:mm, now"),
            "time": self.tr("hh:mm, now"),
        }[kind])
        self.line.setToolTip(self.tr(
            "Type a date as dd.mm.yyyy (05031988 and 5.3.88 work too), \"today\", "
            "+N for N days ahead or -N for N days back. Up and Down change it by a day."))
        width = self.line.fontMetrics().horizontalAdvance("00.00.0000 00:00" if kind == "datetime"
                                                          else "00.00.0000")
        self.line.setMinimumWidth(width + 24)
        self.line.setMaximumWidth(width + 120)
        self.line.textEdited.connect(self._edited)
        self.line.editingFinished.connect(self._tidy)
        self.line.returnPressed.connect(self.answered)
        self.line.installEventFilter(self)
        layout.addWidget(self.line)
        self.calendar_button: QToolButton | None = None
        if kind != "time":
            button = QToolButton()
            button.setArrowType(Qt.ArrowType.DownArrow)
            button.setAccessibleName(self.tr("Choose on a calendar"))
            button.setToolTip(self.tr("Choose on a calendar"))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
            button.clicked.connect(self.open_calendar)
            layout.addWidget(button)
            self.calendar_button = button
        layout.addStretch()
        self.popup: QFrame | None = None
        self.calendar: QCalendarWidget | None = None

    # --- the clock and the range -----------------------------------------------------------

    def now(self) -> dt.datetime:
        return self._now().replace(tzinfo=None, second=0, microsecond=0)

    def today(self) -> dt.date:
        return self.now().date()

    def range(self) -> tuple[dt.date, dt.date]:
        """The days the calendar offers."""
        today = self.today()
        if self.direction == "past":
            return dt.date(1900, 1, 1), today
        if self.direction == "future":
            return today, today + dt.timedelta(days=3652)
        return dt.date(1900, 1, 1), today + dt.timedelta(days=3652)

    # --- reading ---------------------------------------------------------------------------

    def _read(self) -> dt.date | dt.datetime | dt.time | None:
        text = self.line.text()
        if self.kind == "time":
            return read_time(text, self.now())
        if self.kind == "date":
            day = read_date(text, self.today(), self.direction)
            if day is not None and self.strict:
                check_direction(day, self.today(), self.direction)
            return day
        moment = read_datetime(text, self.now(), self.direction)
        if moment is not None and self.strict:
            check_direction(moment.date(), self.today(), self.direction)
        return moment

    def value(self) -> dt.date | dt.datetime | dt.time | None:
        """The date (or date-time, or time); None when empty or not a date."""
        try:
            return self._read()
        except DateProblem:
            return None

    def is_empty(self) -> bool:
        return not self.line.text().strip()

    def problem(self) -> str:
        """Why the text is not a date, in words; "" when it is one or the field is empty."""
        return self._problem

    def _words(self, problem: DateProblem) -> str:
        """The problem in words, {0} the text as typed; a text that is no date at all is
        told by what this field takes."""
        not_a_time = self.tr("Not a time: {0} (write hh:mm, for example 14:30)")
        words = {"no_such_date": self.tr("There is no such date: {0}"),
                 "no_time": self.tr("Add the time, for example {0} 14:30"),
                 "bad_time": not_a_time,
                 "future": self.tr("Cannot be later than today"),
                 "past": self.tr("Cannot be earlier than today"),
                 "too_early": self.tr("Too early: {0}")}
        by_kind = {"time": not_a_time,
                   "datetime": self.tr("Not a date: {0} (write dd.mm.yyyy hh:mm, \"now\" or +N)")}
        template = words[problem.code] if problem.code in words else by_kind.get(
            self.kind, self.tr("Not a date: {0} (write dd.mm.yyyy, \"today\" or +N)"))
        return template.format(problem.text)

    def _check(self) -> None:
        try:
            self._read()
            problem = ""
        except DateProblem as exc:
            problem = self._words(exc)
        if problem != self._problem:
            self._problem = problem
            self.line.setProperty("invalid", bool(problem))
            self.line.setStyleSheet("border: 1px solid #b91c1c" if problem else "")
            self.problemChanged.emit(problem)

    def _edited(self, _text: str) -> None:
        self._check()
        self.changed.emit()

    def _tidy(self) -> None:
        """Leaving the field writes the date in the desk's format (``+7`` becomes a date)."""
        value = self.value()
        if value is not None:
            shown = self._show(value)
            if shown != self.line.text():
                self.line.setText(shown)

    def _show(self, value) -> str:
        if self.kind == "time":
            return show_time(value)
        if self.kind == "date":
            return show_date(value)
        return show_datetime(value)

    # --- writing ---------------------------------------------------------------------------

    def set_value(self, value: dt.date | dt.datetime | dt.time | None) -> None:
        """Show ``value`` (None: empty); no ``changed`` signal."""
        self.line.setText("" if value is None else self._show(value))
        self._check()

    def set_text(self, text: str) -> None:
        """Put ``text`` in as if typed (``changed`` is emitted)."""
        self.line.setText(text)
        self._edited(text)

    # Compatibility with QDateEdit/QDateTimeEdit for older callers and tests.
    def setDate(self, day) -> None:  # noqa: N802 - Qt naming
        day = _pydate(day) if isinstance(day, QDate) else day
        if self.kind == "datetime":
            current = self.value()
            at = current.time() if isinstance(current, dt.datetime) else dt.time(0, 0)
            self.set_text(show_datetime(dt.datetime.combine(day, at)))
        else:
            self.set_text(show_date(day))

    def setDateTime(self, moment) -> None:  # noqa: N802 - Qt naming
        if isinstance(moment, QDateTime):
            d, t = moment.date(), moment.time()
            moment = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
        self.set_text(show_datetime(moment) if self.kind == "datetime" else show_date(moment.date()))

    def text(self) -> str:
        return self.line.text()

    # --- keys ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if watched is self.line and event.type() == QEvent.Type.KeyPress and self.kind != "time":
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._step(1 if key == Qt.Key.Key_Up else -1)
                return True
            if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and
                                        event.modifiers() & Qt.KeyboardModifier.AltModifier):
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def _step(self, days: int) -> None:
        value = self.value()
        low, high = self.range()
        if value is None:
            if not self.is_empty():
                return  # a text that is not a date is left for the inspector to fix
            value = self.now() if self.kind == "datetime" else self.today()
        else:
            value = value + dt.timedelta(days=days)
        day = value.date() if isinstance(value, dt.datetime) else value
        if low <= day <= high:
            self.set_text(self._show(value))

    # --- the calendar ----------------------------------------------------------------------

    def open_calendar(self) -> None:
        if self.kind == "time":
            return
        low, high = self.range()
        value = self.value()
        if isinstance(value, dt.datetime):
            start = value.date()
        elif isinstance(value, dt.date):
            start = value
        elif self.open_years_back:
            today = self.today()
            start = dt.date(today.year - self.open_years_back, today.month, 1)
        else:
            start = self.today()
        start = min(max(start, low), high)
        popup = QFrame(self, Qt.WindowType.Popup)
        popup.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(popup)
        box.setContentsMargins(2, 2, 2, 2)
        calendar = QCalendarWidget()
        calendar.setGridVisible(True)
        calendar.setMinimumDate(_qdate(low))
        calendar.setMaximumDate(_qdate(high))
        calendar.setSelectedDate(_qdate(start))
        calendar.setCurrentPage(start.year, start.month)
        calendar.setAccessibleName(self.tr("Calendar"))
        calendar.clicked.connect(self._picked)
        calendar.activated.connect(self._picked)
        box.addWidget(calendar)
        self.popup, self.calendar = popup, calendar
        popup.adjustSize()
        anchor = self.mapToGlobal(QPoint(0, self.height()))
        popup.move(anchor)
        popup.show()
        calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        picked = _pydate(day)
        if self.kind == "datetime":
            current = self.value()
            at = current.time() if isinstance(current, dt.datetime) else self.now().time()
            self.set_text(show_datetime(dt.datetime.combine(picked, at)))
        else:
            self.set_text(show_date(picked))
        if self.popup is not None:
            self.popup.close()
            self.popup.deleteLater()
            self.popup = self.calendar = None
        self.line.setFocus()
        if self.kind == "datetime":
            self.line.setSelection(11, 5)  # the time, ready to be typed over
        self.answered.emit()
