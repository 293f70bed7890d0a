"""The Kazakh individual identification number (ИИН / ЖСН).

Twelve digits: YYMMDD of birth, a digit for century and sex (1-2: 1800s, 3-4: 1900s,
5-6: 2000s; odd male, even female), four serial digits and a check digit. The check digit is
the weighted sum of the first eleven digits modulo 11 with weights 1..11; when that gives 10,
the sum is taken again with weights 3..11,1,2; when that is 10 as well the number is never
issued.

What is typed is normalised first (core/hygiene.py): digits of any script (full-width,
Arabic-Indic, …) are their ASCII digits, spaces and dashes are dropped, so the check, the
stored value and the duplicate search all see twelve ASCII digits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from inspector_desk.core.errors import InvalidIIN
from inspector_desk.core.hygiene import normalize_iin

_W1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_W2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_CENTURY = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}


@dataclass(frozen=True)
class IINInfo:
    iin: str
    birth_date: dt.date
    sex: str  # "M" or "F"


def check_digit(first_eleven: str) -> int | None:
    """The check digit for eleven digits, or None when no valid IIN starts with them."""
    digits = [int(c) for c in first_eleven]
    for weights in (_W1, _W2):
        rest = sum(d * w for d, w in zip(digits, weights)) % 11
        if rest != 10:
            return rest
    return None


def parse_iin(value: str) -> IINInfo:
    """Validate an IIN and return what it encodes (``.iin`` as twelve ASCII digits); raise
    InvalidIIN with a reason otherwise."""
    iin = normalize_iin(value)
    if len(iin) != 12 or not (iin.isascii() and iin.isdigit()):
        raise InvalidIIN({"iin": ["iin_length"]}, reason="length")
    century_sex = int(iin[6])
    if century_sex not in _CENTURY:
        raise InvalidIIN({"iin": ["iin_century"]}, reason="century")
    try:
        born = dt.date(_CENTURY[century_sex] + int(iin[0:2]), int(iin[2:4]), int(iin[4:6]))
    except ValueError:
        raise InvalidIIN({"iin": ["iin_date"]}, reason="date") from None
    if check_digit(iin[:11]) != int(iin[11]):
        raise InvalidIIN({"iin": ["iin_check_digit"]}, reason="check_digit")
    return IINInfo(iin=iin, birth_date=born, sex="M" if century_sex % 2 else "F")


def is_valid_iin(value: str) -> bool:
    try:
        parse_iin(value)
    except InvalidIIN:
        return False
    return True


def make_iin(birth_date: dt.date, sex: str, serial: int) -> str:
    """Build a valid IIN (for the demo generator and tests). Serials without one are skipped."""
    century = (birth_date.year // 100) * 100
    base = {1800: 1, 1900: 3, 2000: 5}[century] + (1 if sex == "F" else 0)
    for s in range(serial, serial + 10000):
        head = f"{birth_date:%y%m%d}{base}{s % 10000:04d}"
        digit = check_digit(head)
        if digit is not None:
            return head + str(digit)
    raise ValueError("no serial gives a valid IIN")  # pragma: no cover - cannot happen
