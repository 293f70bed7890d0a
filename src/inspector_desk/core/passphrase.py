"""Passphrase policy: how many guesses a passphrase must resist, and what to tell the person.

The policy is stated in guesses, not characters (docs/passphrase.md): at least
``MIN_GUESSES[mode]`` guesses by the estimator, and at least ``MIN_LENGTH`` characters. The
estimate itself is not computed here: core is standard-library Python, and a good estimator
needs dictionaries and a pattern matcher. It is injected: ``keystore/strength.py`` wraps
zxcvbn and installs itself with :func:`install_estimator` when imported (the app layer
imports it), or a caller passes ``estimate=`` explicitly. Without an estimator the policy
refuses to decide (``RuntimeError``): it never falls back to counting characters.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from inspector_desk.core.errors import WeakPassphrase

MIN_LENGTH = 12
# Guesses the estimator must report. Keyring mode: an attacker also needs the 256-bit device
# secret from the OS keyring; the passphrase stands between a copy of the files plus that
# secret, or a person at the unlock screen, and the data. Passphrase-only mode: the
# passphrase is the whole protection of a copied file. Reasons and costs: docs/passphrase.md.
MIN_GUESSES = {"keyring": 10**10, "passphrase_only": 10**12}
MODES = tuple(MIN_GUESSES)

# Problem codes. Each has a "v.<code>" text in resources/i18n/messages.json and a tr() text
# in ui/login.py. The feedback codes come from the estimator.
TOO_SHORT = "too_short"
GUESSABLE = "guessable"
FEEDBACK = (
    "pw_personal", "pw_common_password", "pw_local_word", "pw_dictionary_word", "pw_name",
    "pw_other_layout", "pw_keyboard", "pw_repeat", "pw_sequence", "pw_year", "pw_date",
    "pw_l33t", "pw_reversed", "pw_add_words",
)


class GuessablePassphrase(WeakPassphrase):
    """Refused by the policy. ``problems`` holds every problem code; ``errors[""]`` the ones
    the message lists (without the general "guessable" and "pw_add_words", which its text
    already says); ``params`` give ``min_length``, ``guesses_exp`` (log10 of the estimate)
    and ``required_exp``."""

    code = "weak_passphrase_guessable"

    def __init__(self, problems: Sequence[str], **params: object) -> None:
        self.problems = tuple(problems)
        shown = [p for p in self.problems if p not in (GUESSABLE, "pw_add_words")] or [GUESSABLE]
        super().__init__({"": shown}, **params)


@dataclass(frozen=True)
class Estimate:
    """What the estimator found: guesses an informed attacker needs, and why it is low."""

    guesses: float
    feedback: tuple[str, ...] = ()

    @property
    def exponent(self) -> int:
        """log10 of the guesses, rounded down (what the screens show as 10^n)."""
        return int(math.floor(math.log10(max(self.guesses, 1.0))))


Estimator = Callable[[str, Sequence[str]], Estimate]
_installed: list[Estimator] = []


def install_estimator(estimator: Estimator) -> None:
    """Make ``estimator`` the one used when a caller passes none."""
    _installed[:] = [estimator]


def run_estimator(passphrase: str, user_inputs: Sequence[str] = ()) -> Estimate:
    if not _installed:
        raise RuntimeError("no passphrase estimator installed (import inspector_desk.keystore.strength)")
    return _installed[0](passphrase, tuple(user_inputs))


def required_guesses(mode: str = "keyring") -> int:
    if mode not in MIN_GUESSES:
        raise ValueError(f"unknown protection mode {mode!r}")
    return MIN_GUESSES[mode]


@dataclass(frozen=True)
class Assessment:
    """The policy's verdict on one passphrase, for screens and for :func:`check`."""

    problems: tuple[str, ...]
    estimate: Estimate
    required: int

    @property
    def acceptable(self) -> bool:
        return not self.problems

    @property
    def level(self) -> int:
        """0..4 for a strength bar: 3 is the minimum met, 4 a hundred times more; each step
        below is a factor of a hundred short (so 0 is a million times too few guesses)."""
        gap = math.log10(max(self.estimate.guesses, 1.0)) - math.log10(self.required)
        level = 3 + math.floor(gap / 2) if gap < 0 else (4 if gap >= 2 else 3)
        if TOO_SHORT in self.problems:
            level = min(level, 2)
        return max(0, min(4, level))


def assess(passphrase: str, *, mode: str = "keyring", user_inputs: Sequence[str] = (),
           estimate: Estimate | None = None) -> Assessment:
    required = required_guesses(mode)
    est = estimate if estimate is not None else run_estimator(passphrase, user_inputs)
    found: list[str] = []
    if len(passphrase) < MIN_LENGTH:
        found.append(TOO_SHORT)
    if est.guesses < required:
        found.append(GUESSABLE)
        found += [f for f in est.feedback if f in FEEDBACK and f not in found]
    return Assessment(tuple(found), est, required)


def problems(passphrase: str, *, mode: str = "keyring", user_inputs: Sequence[str] = (),
             estimate: Estimate | None = None) -> list[str]:
    return list(assess(passphrase, mode=mode, user_inputs=user_inputs, estimate=estimate).problems)


def check(passphrase: str, *, mode: str = "keyring", user_inputs: Sequence[str] = (),
          estimate: Estimate | None = None) -> None:
    """Raise :class:`GuessablePassphrase` unless the passphrase meets the policy for ``mode``."""
    a = assess(passphrase, mode=mode, user_inputs=user_inputs, estimate=estimate)
    if a.problems:
        raise GuessablePassphrase(a.problems, min_length=MIN_LENGTH,
                                  guesses_exp=a.estimate.exponent,
                                  required_exp=int(round(math.log10(a.required))))


def strength(passphrase: str, *, mode: str = "keyring", user_inputs: Sequence[str] = (),
             estimate: Estimate | None = None) -> int:
    """0 (trivial) .. 4 (well above the minimum); 3 or more means acceptable."""
    return assess(passphrase, mode=mode, user_inputs=user_inputs, estimate=estimate).level
