"""Passphrase strength by zxcvbn, taught Russian, Kazakh and the two keyboard layouts.

zxcvbn (Dropbox's estimator; the maintained Python port on PyPI, pure Python) finds the
cheapest way an informed attacker would guess a passphrase: dictionary words and leaked
passwords (with capitals, l33t and reversal), keyboard walks, repeats, sequences, years and
dates, and the person's own details (``user_inputs``). Its dictionaries are English; this
module adds

* a ranked list of Russian and Kazakh passwords and words (keystore/strength_words.py):
  Cyrillic keyboard rows, cities, police words, months, days, seasons, first names, in
  Cyrillic, without the Kazakh letters (қ → к …) and in Latin transliteration;
* the other keyboard layout: the passphrase is also scored as if the same keys had been
  pressed in the other layout (``gfhjkm`` is ``пароль``; ``йцукен`` is ``qwerty``, a walk),
  and with Kazakh letters folded (``Казақстан`` → ``казакстан``); the lowest count wins;
* years up to 2039 (zxcvbn's year pattern stops at 2019) and its reference year set to the
  current one, so ``2026`` costs an attacker a few dozen guesses, not ten thousand;
* the inspector's name, badge, unit and district, word by word, in every spelling above.

Importing this module installs :func:`estimate` as the estimator of the policy in
core/passphrase.py; :func:`check`, :func:`problems`, :func:`strength` and :func:`assess` are
that policy with this estimator.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Sequence

from zxcvbn import matching as _matching
from zxcvbn import scoring as _scoring
from zxcvbn import zxcvbn as _zxcvbn

from inspector_desk.core import passphrase as _policy
from inspector_desk.core.passphrase import (  # noqa: F401 - the policy, re-exported
    MIN_GUESSES, MIN_LENGTH, Assessment, Estimate, GuessablePassphrase, required_guesses,
)
from inspector_desk.keystore.strength_words import words as _words

MAX_SCORED = 72  # zxcvbn refuses longer input; a prefix's guesses are a lower bound
_DICTIONARY = "ru_kk"

# --- keyboard layouts ----------------------------------------------------------------------
# The same physical keys: US QWERTY and Russian ЙЦУКЕН (the Kazakh layout is ЙЦУКЕН with
# ә і ң ғ ү ұ қ ө һ on the digit row, listed last).
_LAT = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>~"
_CYR = "йцукенгшщзхъфывапролджэячсмитьбюёЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ"
_TO_CYR = str.maketrans(_LAT, _CYR)
_TO_LAT = str.maketrans(_CYR + "әіңғүұқөһӘІҢҒҮҰҚӨҺ", _LAT + "234589" + "0-=" + "234589" + "0-=")
_FOLD = str.maketrans("әіңғүұқөһёӘІҢҒҮҰҚӨҺЁ", "аингууконеАИНГУУКОНЕ")

# --- separators between the pieces: the usual ones first ----------------------------------
_SEPARATORS = re.compile(r"[\W_]+")
_SEPARATORS_BY_USE = " -_.!,@#*/+=?$&%:;"
_SEPARATOR_CHOICES = 33  # any other: space and the ASCII punctuation of a keyboard

# --- transliteration -----------------------------------------------------------------------
_COMMON = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "з": "z", "и": "i",
           "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
           "у": "u", "ф": "f", "ъ": "", "ь": "", "э": "e", "ы": "y",
           "ә": "a", "і": "i", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h"}
_SCHEMES = (
    # Russian passports and road signs: zh, kh, ts, ch, sh, shch, y, yu, ya.
    {**_COMMON, "ж": "zh", "й": "y", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
     "ю": "yu", "я": "ya", "ғ": "g", "қ": "k"},
    # How people write in chats and Kazakh names in Latin: j, h, c, q, gh, ng, ju, ja.
    {**_COMMON, "ж": "j", "й": "i", "х": "h", "ц": "c", "ч": "ch", "ш": "sh", "щ": "sch",
     "ю": "ju", "я": "ja", "ғ": "gh", "қ": "q", "ң": "ng"},
    # The Kazakh Latin alphabet of 2021.
    {**_COMMON, "ж": "j", "й": "i", "х": "h", "ц": "ts", "ч": "ç", "ш": "ş", "щ": "şş",
     "ю": "iu", "я": "ia", "ә": "ä", "ғ": "ğ", "қ": "q", "ң": "ñ", "ө": "ö", "ұ": "ū",
     "ү": "ü", "і": "ı", "ы": "y"},
)


def spellings(word: str) -> list[str]:
    """``word`` lower-cased, without Kazakh letters and in each Latin transliteration."""
    w = word.casefold()
    out = [w, w.translate(_FOLD)]
    for scheme in _SCHEMES:
        out.append("".join(scheme.get(c, c) for c in w))
    seen: set[str] = set()
    return [s for s in out if s and not (s in seen or seen.add(s))]


def _ranked_words() -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for word in _words():
        for s in spellings(word):
            if s not in seen:
                seen.add(s)
                out.append(s)
    return out


_lock = threading.Lock()  # zxcvbn keeps user_inputs in a module global: one call at a time


def _setup() -> None:
    _matching.add_frequency_lists({_DICTIONARY: _ranked_words()})
    # zxcvbn 4.5 knows years 1900-2019 only and dates years from 2017.
    _matching.REGEXEN["recent_year"] = re.compile(r"19\d\d|20[0-3]\d")
    _scoring.REFERENCE_YEAR = dt.date.today().year
    # zxcvbn sees capitals in A-Z only: "Астана" cost six times "астана" (any one of six
    # letters raised) where "Astana" costs two. Capitals of both alphabets:
    up, low = "A-ZА-ЯЁӘІҢҒҮҰҚӨҺ", "a-zа-яёәіңғүұқөһ"
    _scoring.START_UPPER = re.compile(f"^[{up}][^{up}]+$")
    _scoring.END_UPPER = re.compile(f"^[^{up}]+[{up}]$")
    _scoring.ALL_UPPER = re.compile(f"^[^{low}]+$")
    _scoring.ALL_LOWER = re.compile(f"^[^{up}]+$")


def personal_words(*details: str) -> list[str]:
    """The inspector's details (name, badge, unit, district …) as user_inputs: each whole,
    and each word and number in it, in every spelling."""
    out: list[str] = []
    for detail in details:
        if not detail:
            continue
        parts = [detail.strip(), _SEPARATORS.sub("", detail)] + re.findall(r"[^\W_]+", detail)
        for p in parts:
            if len(p) >= 3 or p.isdigit():
                out += spellings(p)
    seen: set[str] = set()
    return [w for w in out if not (w in seen or seen.add(w))]


def _variants(passphrase: str) -> list[tuple[str, bool, float]]:
    """(text, typed in the other layout?, guesses to multiply by) as an attacker tries it."""
    p = passphrase[:MAX_SCORED]
    out = [(p, False, 1.0), (p.translate(_FOLD), False, 1.0),
           (p.translate(_TO_CYR), True, 1.0), (p.translate(_TO_LAT), True, 1.0)]
    # Words joined by separators: zxcvbn charges ten thousand guesses for every extra piece
    # of a pattern, so "Жаз-2026-Астана!" would count as strong as a random word. Score the
    # pieces joined and charge for the separators instead: which characters (by how often
    # people use them) and, for each run of them, whether it is there.
    runs = _SEPARATORS.findall(p)
    joined = _SEPARATORS.sub("", p)
    if runs and joined:
        cost = 2.0 ** len(runs)  # each run: there or not
        for c in set("".join(runs)):  # which characters, the usual ones first
            cost *= _SEPARATORS_BY_USE.find(c) + 1 or _SEPARATOR_CHOICES
        cost *= max(1, len("".join(runs)) - len(runs) + 1)  # runs longer than one character
        out += [(joined, False, cost), (joined.translate(_FOLD), False, cost)]
    seen: set[str] = set()
    return [(t, o, c) for t, o, c in out if not (t in seen or seen.add(t))]


_NAMES = {"female_names", "male_names", "surnames"}


def _feedback(sequence: list[dict], other_layout: bool) -> list[str]:
    codes: list[str] = []

    def add(code: str) -> None:
        if code not in codes:
            codes.append(code)

    if other_layout:
        add("pw_other_layout")
    for m in sequence:
        pattern = m.get("pattern")
        if pattern == "dictionary":
            name = m.get("dictionary_name")
            add("pw_personal" if name == "user_inputs" else
                "pw_common_password" if name == "passwords" else
                "pw_local_word" if name == _DICTIONARY else
                "pw_name" if name in _NAMES else "pw_dictionary_word")
            if m.get("l33t"):
                add("pw_l33t")
            if m.get("reversed"):
                add("pw_reversed")
        elif pattern == "spatial":
            add("pw_keyboard")
        elif pattern == "repeat":
            add("pw_repeat")
        elif pattern == "sequence":
            add("pw_sequence")
        elif pattern == "regex" and m.get("regex_name") == "recent_year":
            add("pw_year")
        elif pattern == "date":
            add("pw_date")
    add("pw_add_words")
    return codes


def estimate(passphrase: str, user_inputs: Sequence[str] = ()) -> Estimate:
    """The fewest guesses over the layouts and spellings, and what made it low."""
    if not passphrase:
        return Estimate(1.0, ("pw_add_words",))
    inputs = personal_words(*user_inputs)
    best: tuple[float, list[dict], bool] | None = None
    with _lock:
        for text, other_layout, cost in _variants(passphrase):
            result = _zxcvbn(text, user_inputs=inputs, max_length=MAX_SCORED)
            guesses = float(result["guesses"]) * cost
            if best is None or guesses < best[0]:
                best = (guesses, result["sequence"], other_layout)
    assert best is not None
    return Estimate(best[0], tuple(_feedback(best[1], best[2])))


def assess(passphrase: str, *, mode: str = "keyring", user_inputs: Sequence[str] = ()) -> Assessment:
    return _policy.assess(passphrase, mode=mode, estimate=estimate(passphrase, user_inputs))


def problems(passphrase: str, *, mode: str = "keyring", user_inputs: Sequence[str] = ()) -> list[str]:
    return list(assess(passphrase, mode=mode, user_inputs=user_inputs).problems)


def check(passphrase: str, *, mode: str = "keyring", user_inputs: Sequence[str] = ()) -> None:
    """Raise :class:`GuessablePassphrase` unless the passphrase meets the policy for ``mode``."""
    _policy.check(passphrase, mode=mode, estimate=estimate(passphrase, user_inputs))


def strength(passphrase: str, *, mode: str = "keyring", user_inputs: Sequence[str] = ()) -> int:
    return assess(passphrase, mode=mode, user_inputs=user_inputs).level


_setup()
_policy.install_estimator(estimate)
