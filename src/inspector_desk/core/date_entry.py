"""Reading a date, time or date-time as an inspector types it (pure Python, no Qt).

Accepted, in every language of the desk:

* ``05.03.1988``, ``5.3.1988``, ``5/3/1988``, ``5-3-1988``, ``5 3 1988``, ``1988-03-05``;
* digits only: ``05031988`` (ddmmyyyy), ``050388`` (ddmmyy);
* a two-digit year (``5.3.88``) is resolved by the field's *direction*: ``past`` (births,
  events) gives the latest such date not after today, ``future`` (due dates, next visits)
  the earliest not before today, ``any`` the one nearest to today;
* ``today`` / ``сегодня`` / ``бүгін`` (and ``now`` / ``сейчас`` / ``қазір``), ``+N`` (N days
  ahead) and ``-N`` (N days back);
* for a date-time, a date (or one of the words above) followed by a time ``14:30``, ``14.30``
  or ``1430``; ``now``/``today`` alone is the current moment, ``+N`` keeps the current time;
* for a time, ``14:30``, ``14.30``, ``1430``, ``9`` or ``now``.

An empty text is "no answer". Anything else gives a :class:`DateProblem` whose ``code``
names what is wrong (``unreadable``, ``no_such_date``, ``no_time``, ``bad_time``,
``future``, ``past``, ``too_early``); the screen words it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

TODAY_WORDS = frozenset({"today", "сегодня", "бүгін", "бугин", "бугін", "now", "сейчас", "қазір",
                         "казир"})
DIRECTIONS = ("past", "future", "any")
EARLIEST = dt.date(1900, 1, 1)


@dataclass(frozen=True)
class DateProblem(Exception):
    code: str
    text: str = ""

    def __str__(self) -> str:
        return f"{self.code}: {self.text}"


_SEP = r"[.\-/ ,]"
_DMY = re.compile(rf"^(\d{{1,2}}){_SEP}+(\d{{1,2}}){_SEP}+(\d{{2}}|\d{{4}})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DIGITS = re.compile(r"^(\d{6}|\d{8})$")
_SHIFT = re.compile(r"^([+-])\s*(\d{1,4})$")
_TIME = re.compile(r"^(\d{1,2})(?:[:.h ](\d{2}))?$|^(\d{2})(\d{2})$")


def _two_digit_year(day: int, month: int, yy: int, today: dt.date, direction: str) -> int:
    candidates = []
    for century in (today.year // 100 - 1, today.year // 100, today.year // 100 + 1):
        year = century * 100 + yy
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        raise DateProblem("no_such_date")
    if direction == "past":
        past = [d for d in candidates if d <= today]
        return max(past).year if past else min(candidates).year
    if direction == "future":
        ahead = [d for d in candidates if d >= today]
        return min(ahead).year if ahead else max(candidates).year
    return min(candidates, key=lambda d: abs((d - today).days)).year


def _make(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateProblem("no_such_date", text) from None


def read_date(text: str, today: dt.date, direction: str = "any") -> dt.date | None:
    """The date ``text`` names, or None for an empty text; raises :class:`DateProblem`."""
    raw = " ".join((text or "").split()).strip()
    if not raw:
        return None
    low = raw.lower()
    if low in TODAY_WORDS:
        return today
    shift = _SHIFT.match(low)
    if shift:
        days = int(shift.group(2))
        return today + dt.timedelta(days=days if shift.group(1) == "+" else -days)
    m = _ISO.match(low)
    if m:
        return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)), raw)
    m = _DMY.match(low)
    if m:
        day, month, year_text = int(m.group(1)), int(m.group(2)), m.group(3)
    else:
        m = _DIGITS.match(low)
        if not m:
            raise DateProblem("unreadable", raw)
        digits = m.group(1)
        day, month, year_text = int(digits[:2]), int(digits[2:4]), digits[4:]
    if len(year_text) == 2:
        if not (1 <= month <= 12 and 1 <= day <= 31):
            raise DateProblem("no_such_date", raw)
        try:
            year = _two_digit_year(day, month, int(year_text), today, direction)
        except DateProblem:
            raise DateProblem("no_such_date", raw) from None
    else:
        year = int(year_text)
    found = _make(year, month, day, raw)
    if found < EARLIEST:
        raise DateProblem("too_early", raw)
    return found


def read_time(text: str, now: dt.datetime | None = None) -> dt.time | None:
    raw = " ".join((text or "").split()).strip().lower()
    if not raw:
        return None
    if raw in TODAY_WORDS and now is not None:
        return dt.time(now.hour, now.minute)
    m = _TIME.match(raw)
    if not m:
        raise DateProblem("bad_time", raw)
    hour = int(m.group(1) if m.group(1) is not None else m.group(3))
    minute = int((m.group(2) if m.group(1) is not None else m.group(4)) or 0)
    if hour > 23 or minute > 59:
        raise DateProblem("bad_time", raw)
    return dt.time(hour, minute)


def read_datetime(text: str, now: dt.datetime, direction: str = "any") -> dt.datetime | None:
    """A date and a time; ``now``/``today`` alone is ``now`` (to the minute), ``+N`` keeps
    the time of day of ``now``; a date without a time is a ``no_time`` problem."""
    raw = " ".join((text or "").split()).strip()
    if not raw:
        return None
    now = now.replace(second=0, microsecond=0, tzinfo=None)
    low = raw.lower()
    if low in TODAY_WORDS:
        return now
    if _SHIFT.match(low):
        day = read_date(low, now.date(), direction)
        assert day is not None
        return dt.datetime.combine(day, now.time())
    iso = re.match(r"^(\d{4}-\d{1,2}-\d{1,2})[T ](\S+)$", raw)
    if iso:
        date_part, time_part = iso.group(1), iso.group(2)
    else:
        # the time is the last word when it has a colon, or when the date is complete
        # without it ("05.03.2026 1430", "сегодня 14:30")
        parts = raw.rsplit(" ", 1)
        if len(parts) == 2 and re.match(r"^\d{1,2}[:.h]\d{2}$|^\d{4}$|^\d{1,2}$", parts[1]) \
                and _looks_like_date(parts[0]):
            date_part, time_part = parts
        else:
            date_part, time_part = raw, ""
    day = read_date(date_part, now.date(), direction)
    assert day is not None
    if not time_part:
        raise DateProblem("no_time", raw)
    at = read_time(time_part, now)
    assert at is not None
    return dt.datetime.combine(day, at)


def _looks_like_date(text: str) -> bool:
    low = text.strip().lower()
    return bool(low in TODAY_WORDS or _SHIFT.match(low) or _ISO.match(low) or _DMY.match(low)
                or _DIGITS.match(low))


def check_direction(day: dt.date, today: dt.date, direction: str) -> None:
    """``past``: not after today; ``future``: not before today. Raises :class:`DateProblem`."""
    if direction == "past" and day > today:
        raise DateProblem("future", day.isoformat())
    if direction == "future" and day < today:
        raise DateProblem("past", day.isoformat())


def show_date(day: dt.date | None) -> str:
    """The desk's date format, dd.mm.yyyy."""
    return day.strftime("%d.%m.%Y") if day else ""


def show_datetime(moment: dt.datetime | None) -> str:
    return moment.strftime("%d.%m.%Y %H:%M") if moment else ""


def show_time(moment: dt.time | None) -> str:
    return moment.strftime("%H:%M") if moment else ""
