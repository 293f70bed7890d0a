"""One clock for the screens: the session's (``Profiles.clock``, in the unit's zone).

Every "now" a screen shows or fills in (the "Now" and "Today" buttons, a form's idea of
today, a time printed on a label) comes from here, never from ``datetime.now()`` without a
zone, ``QDateTime.currentDateTime()`` or ``QDate.currentDate()``: those read the computer's
own time-zone setting, which on a laptop left on UTC is five hours behind the unit. The
controller hands this module the session's clock (``use``); a test's FixedClock is then what
every screen reads.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime

from inspector_desk.core.ports import Clock, SystemClock, in_zone

_clock: Clock = SystemClock()


def use(clock: Clock) -> None:
    """The clock every screen reads from now on (the session's)."""
    global _clock
    _clock = clock


def now() -> dt.datetime:
    """The moment, aware, in the unit's zone."""
    return _clock.now()


def zone() -> dt.tzinfo:
    return now().tzinfo or dt.timezone(dt.timedelta(hours=5))


def today() -> dt.date:
    return now().date()


def wall(value: dt.datetime) -> dt.datetime:
    """``value`` on the unit's wall clock (aware moments converted, typed ones kept)."""
    return in_zone(value, zone())


def qt_now() -> QDateTime:
    """The unit's wall-clock time as a QDateTime without a zone (what a date-time editor
    shows), to the minute. Built from the numbers, never converted by Qt's local time."""
    n = now()
    return QDateTime(QDate(n.year, n.month, n.day), QTime(n.hour, n.minute))


def qt_today() -> QDate:
    d = today()
    return QDate(d.year, d.month, d.day)


def stamp(value: dt.datetime | None, fmt: str = "%d.%m.%Y %H:%M") -> str:
    """A moment as the unit's clock shows it; "" for none."""
    return wall(value).strftime(fmt) if value is not None else ""
