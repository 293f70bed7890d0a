"""Passphrase policy and a simple strength estimate for the first-run screen.

The policy is deliberately plain: at least 12 characters, not one repeated character, not a
well-known password. The estimate rewards length and variety; it is feedback, not a gate.
"""

from __future__ import annotations

import math

from inspector_desk.core.errors import WeakPassphrase

MIN_LENGTH = 12
_COMMON = {
    "123456789012", "qwertyuiopas", "password1234", "passwordpassword", "111111111111",
    "йцукенгшщзхъ", "qwerty123456", "1234567890qw", "astana123456", "admin1234567",
}


def problems(passphrase: str) -> list[str]:
    out = []
    if len(passphrase) < MIN_LENGTH:
        out.append("too_short")
    if passphrase and len(set(passphrase)) <= 2:
        out.append("repeated")
    if passphrase.casefold() in _COMMON:
        out.append("common")
    return out


def check(passphrase: str) -> None:
    found = problems(passphrase)
    if found:
        raise WeakPassphrase({"passphrase": found}, min_length=MIN_LENGTH)


def strength(passphrase: str) -> int:
    """0 (unusable) .. 4 (strong), from an entropy estimate of length and character classes."""
    if problems(passphrase):
        return 0
    pool = 0
    pool += 26 if any(c.islower() and c.isascii() for c in passphrase) else 0
    pool += 26 if any(c.isupper() and c.isascii() for c in passphrase) else 0
    pool += 10 if any(c.isdigit() for c in passphrase) else 0
    pool += 33 if any(not c.isalnum() for c in passphrase) else 0
    pool += 42 if any(not c.isascii() and c.isalpha() for c in passphrase) else 0
    bits = len(passphrase) * math.log2(max(pool, 2)) * (len(set(passphrase)) / len(passphrase)) ** 0.5
    return 1 if bits < 50 else 2 if bits < 70 else 3 if bits < 90 else 4
