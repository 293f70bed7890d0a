"""Text folding for search: what an inspector types must find what was written.

Case-insensitive for Russian and Kazakh; Ё is Е; each Kazakh letter is found by its Russian
look-alike (ә/а, ғ/г, қ/к, ң/н, ө/о, ұ/у, ү/у, һ/х, і/и), so "Нурлан" finds "Нұрлан" and the
other way round; digits of any script are their ASCII digits (a full-width or Arabic-Indic
ИИН finds the person). Both the index and the query go through the same fold.
"""

from __future__ import annotations

import re
import unicodedata

from inspector_desk.core.hygiene import ascii_digits

_FOLD = str.maketrans(
    {
        "ё": "е",
        "ә": "а",
        "ғ": "г",
        "қ": "к",
        "ң": "н",
        "ө": "о",
        "ұ": "у",
        "ү": "у",
        "һ": "х",
        "і": "и",
    }
)
_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Lower-case, compose, map Kazakh letters and ё to their Russian look-alikes and every
    decimal digit to ASCII."""
    return ascii_digits(unicodedata.normalize("NFC", text).casefold().translate(_FOLD))


def words(text: str) -> list[str]:
    """The folded words of a text (letters and digits; punctuation splits)."""
    return _WORD.findall(fold(text))


def digits(text: str) -> str:
    """The ASCII digits of a text, digits of other scripts included (as ASCII)."""
    return "".join(c for c in ascii_digits(text) if "0" <= c <= "9")


def phone_variants(phone: str) -> list[str]:
    """Forms of a Kazakh phone number a person may type: +7 701 …, 8 701 …, 701 …"""
    d = digits(phone)
    out = {d} if d else set()
    if len(d) == 11 and d[0] in "78":
        out.add(d[1:])
        out.add("7" + d[1:])
        out.add("8" + d[1:])
    return sorted(out)
