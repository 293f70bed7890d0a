"""Phone numbers found by any part of them (issue 15 item 11).

A number is indexed in ``phone_fts`` (migration 0008) as every tail of its digits at least
:data:`MIN_DIGITS` long, in one canonical form: a Kazakh number typed "8 701 …", "+7 701 …"
or "701 …" is stored as "7701…". A digit fragment then matches the start of a tail, which is
the same as occurring anywhere in the number, and it is an index look-up, not a scan:
"12 34", "+7 (701) 123", "4567" and "87011234567" all find +7 701 123 45 67.
"""

from __future__ import annotations

from inspector_desk.core.hygiene import normalize_phone, phone_digits
from inspector_desk.core.text import digits

MIN_DIGITS = 4  # fewer digits match too many numbers to be a search


def canonical_phone(phone: str) -> str:
    """The digits of a number, a Kazakh one as 7 + ten digits (8… and 7… are the same)."""
    d = digits(normalize_phone(phone))
    if len(d) == 11 and d[0] == "8":
        return "7" + d[1:]
    if len(d) == 10 and d[0] in "67":  # "701 123 45 67": the country code left out
        return "7" + d
    return d


def phone_tails(phones: list[str]) -> list[str]:
    """The index terms of a person's numbers: every tail of each canonical number."""
    out: set[str] = set()
    for phone in phones:
        d = canonical_phone(phone)
        out.update(d[i:] for i in range(0, len(d) - MIN_DIGITS + 1))
    return sorted(out)


def phone_fragments(text: str) -> list[str]:
    """The digit strings to look for inside numbers, or [] when ``text`` is not a piece of a
    phone number (letters in it, or fewer than MIN_DIGITS digits). A fragment that starts
    with 8 may be the national prefix ("8 701 12") or digits inside a number: both are
    looked for."""
    compact = phone_digits(text)
    if compact is None:
        return []
    d = compact.lstrip("+")
    if len(d) < MIN_DIGITS:
        return []
    if len(d) == 11 and d[0] == "8" and not compact.startswith("+"):
        return ["7" + d[1:]]
    out = [d]
    if d[0] == "8" and not compact.startswith("+"):
        out.append("7" + d[1:])
    return out


def phone_match(text: str) -> str | None:
    """The FTS5 query over ``phone_fts`` for ``text``, or None when it is no phone fragment."""
    fragments = phone_fragments(text)
    if not fragments:
        return None
    return " OR ".join(f'"{f}"*' for f in fragments)
