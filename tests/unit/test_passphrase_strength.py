"""The passphrase policy (core/passphrase.py) with its estimator (keystore/strength.py, zxcvbn
taught Russian, Kazakh and both keyboard layouts), and the profile operations that apply it."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import keyring.backends.fail
import pytest

from inspector_desk.core import passphrase as core_policy
from inspector_desk.core.errors import WeakPassphrase, WrongPassphrase
from inspector_desk.keystore import strength
from inspector_desk.messages import catalog, describe
from tests.conftest import CLI_PASSPHRASE, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
INSPECTOR = ("Сәрсенбаева Айгүл Нұрланқызы", "A-1047", "УП г. Астаны, отдел по борьбе с СБН", "Есиль")
KEYRING_MIN = core_policy.MIN_GUESSES["keyring"]
ONLY_MIN = core_policy.MIN_GUESSES["passphrase_only"]

# Refused in either mode: each is what an attacker who knows Kazakhstan tries early.
WEAK = [
    "abcabcabcabc",              # a repeated sequence
    "пароль123456",              # "password" in Russian and digits
    "Astana2026!!",              # the capital, this year, punctuation
    "qwertyqwerty",              # a keyboard walk, repeated
    "йцукенгшщзхъ",              # the top row of the Russian layout
    "Қазақстан2026",             # the country in Kazakh and a year
    "gfhjkm123456",              # "пароль" typed with the Latin layout on
    "зфыыцщкв1234",              # "password" typed with the Russian layout on
    "Astana-2026!",              # the same with a separator
    "Алматы-Алматы-2026",        # a repeated city
    "P@ssw0rd-2026!",            # l33t
    "полиция2026инспектор",      # police words
    "inspector2026!!",
    "желтоқсан2026!",            # a Kazakh month
    "Kazakhstan2026",
    "qazaqstan2026!",            # the Kazakh Latin spelling
    "1qaz2wsx3edc",              # a column walk
    "Zxcvbnm,./!!",
    "құпиясөз123456",            # "password" in Kazakh
    "сәлем қазақстан 2026",
    "ИвановИван1987",            # a name and a birth year
    "тамыз-2025-Шымкент",
    "штаб-пароль-2026",
    "Ab1!xQ",                    # random but short
]
# Random words: four from Russian or Kazakh (and an English one) pass even without a keyring.
STRONG = [
    "медведь окно сирень трамвай",
    "аспан жылқы терезе бұлт",
    "ql8Vz-Рт3ш-Ұх9q-Pw2m",
    "correct horse battery staple",
]


@pytest.mark.parametrize("weak", WEAK)
def test_weak_passphrases_are_refused_in_both_modes(weak):
    for mode in ("keyring", "passphrase_only"):
        with pytest.raises(WeakPassphrase) as exc:
            strength.check(weak, mode=mode)
        assert exc.value.code == "weak_passphrase_guessable"
        assert strength.strength(weak, mode=mode) <= 2
    assert strength.estimate(weak).guesses < KEYRING_MIN


@pytest.mark.parametrize("good", STRONG)
def test_random_words_pass_in_both_modes(good):
    for mode in ("keyring", "passphrase_only"):
        strength.check(good, mode=mode, user_inputs=INSPECTOR)
        assert strength.problems(good, mode=mode) == []
        assert strength.strength(good, mode=mode) >= 3
    assert strength.estimate(good).guesses >= ONLY_MIN


def test_the_minimum_is_in_guesses_and_depends_on_the_mode():
    assert core_policy.MIN_GUESSES == {"keyring": 10**10, "passphrase_only": 10**12}
    # Season, year and city with separators: enough next to a device secret, not alone.
    guesses = strength.estimate(PASSPHRASE).guesses
    assert KEYRING_MIN <= guesses < ONLY_MIN
    strength.check(PASSPHRASE, mode="keyring")
    with pytest.raises(WeakPassphrase) as exc:
        strength.check(PASSPHRASE, mode="passphrase_only")
    codes = exc.value.problems
    assert codes[0] == "guessable" and {"pw_year", "pw_local_word", "pw_add_words"} <= set(codes)
    assert exc.value.errors == {"": [c for c in codes if c not in ("guessable", "pw_add_words")]}
    assert exc.value.params["required_exp"] == 12
    assert exc.value.params["guesses_exp"] == 10
    with pytest.raises(ValueError):
        strength.check(PASSPHRASE, mode="nonsense")


def test_twelve_characters_are_needed_however_random():
    a = strength.assess("Жq7#Ұp2!x")  # random, but nine characters
    assert "too_short" in a.problems and a.level <= 2
    assert strength.problems("Жq7#Ұp2!xT4v") == []  # twelve random characters


def test_the_inspectors_own_details_are_tried_first():
    for p in ("Сәрсенбаева-A1047-Есиль", "sarsenbaeva a1047 esil", "Нұрланқызы Сәрсенбаева"):
        alone = strength.estimate(p)
        known = strength.estimate(p, INSPECTOR)
        assert alone.guesses >= KEYRING_MIN, p  # unknown surname: looks random to zxcvbn
        assert known.guesses < KEYRING_MIN, p
        assert "pw_personal" in known.feedback
        with pytest.raises(WeakPassphrase) as exc:
            strength.check(p, user_inputs=INSPECTOR)
        assert "pw_personal" in exc.value.problems and "pw_personal" in exc.value.errors[""]


def test_the_other_keyboard_layout_is_the_same_word():
    for typed, meant in (("gfhjkm2026", "пароль2026"), ("ghbdtnvbh", "приветмир"),
                         ("зфыыцщкв", "password"), ("йцукен", "qwerty")):
        assert typed.translate(strength._TO_CYR) == meant or typed.translate(strength._TO_LAT) == meant
        assert strength.estimate(typed).guesses <= 10 * strength.estimate(meant).guesses
    assert "pw_other_layout" in strength.estimate("gfhjkm123456").feedback
    # The Kazakh letters sit on the digit row of the Kazakh layout.
    assert "әіңғүұқөһ".translate(strength._TO_LAT) == "234589" + "0-="


def test_kazakh_letters_folded_and_transliterated():
    assert {"қазақстан", "казакстан", "kazakstan", "qazaqstan"} <= set(strength.spellings("Қазақстан"))
    assert {"пароль", "parol"} <= set(strength.spellings("Пароль"))
    for p in ("Казақстан2026", "казакстан2026", "Qazaqstan2026", "shymkent2026!", "Almaty2026!!",
              "parol2026!!!", "privet2026!!"):
        assert strength.estimate(p).guesses < KEYRING_MIN, p


def test_recent_years_and_keyboard_walks_and_repeats_are_named():
    assert "pw_year" in strength.estimate("Astana2026!!").feedback
    assert "pw_year" in strength.estimate("Есиль2031тамыз").feedback  # up to 2039
    assert "pw_repeat" in strength.estimate("qwertyqwerty").feedback
    assert "pw_keyboard" in strength.estimate("mju7nhy6bgt5").feedback  # a zig-zag walk
    walk = strength.estimate("йфяцычувскмк")  # q-a-z w-s-x … on the Russian layout
    assert walk.guesses < KEYRING_MIN / 1000 and "pw_other_layout" in walk.feedback
    assert "pw_l33t" in strength.estimate("P@ssw0rd-2026!").feedback
    assert "pw_sequence" in strength.estimate("abcdefghijkl").feedback
    # the year costs the attacker a few dozen guesses, not the ten thousand of four digits
    assert strength.estimate("Zhambyl2026").guesses * 100 < strength.estimate("Zhambyl7319").guesses


def test_every_problem_code_has_a_message_in_three_languages():
    texts = catalog()
    for code in ("too_short", "guessable", *core_policy.FEEDBACK):
        for lang in ("ru", "kk", "en"):
            assert texts[f"v.{code}"][lang].strip(), (code, lang)
    for lang in ("ru", "kk", "en"):
        assert "{detail}" in texts["weak_passphrase_guessable"][lang]
    with pytest.raises(WeakPassphrase) as exc:
        strength.check("gfhjkm123456")
    ru, kk, en = (describe(exc.value, lang) for lang in ("ru", "kk", "en"))
    assert "другой раскладке" in ru and "10^10" in ru and "12" in ru
    assert "пернетақта" in kk and "10^10" in kk
    assert "other keyboard layout" in en and "a common password" in en
    assert en.startswith("The passphrase is too easy to guess: a word typed in the other keyboard")
    with pytest.raises(WeakPassphrase) as exc:  # nothing to name: the general word instead
        core_policy.check("x" * 12, estimate=core_policy.Estimate(1e9))
    assert exc.value.errors == {"": ["guessable"]}
    assert "too easy to guess: easy to guess." in describe(exc.value, "en")
    for text in (ru, kk, en):
        assert "{" not in text and "v.pw_" not in text


def test_long_passphrases_are_scored_not_refused():
    long = "медведь окно сирень трамвай " * 10
    assert len(long) > strength.MAX_SCORED
    strength.check(long, mode="passphrase_only")
    assert strength.estimate("я" * 500).guesses < KEYRING_MIN


def test_the_shared_test_passphrases_meet_the_keyring_minimum():
    # conftest, tests/sync/test_recovery.py NEW, tests/fuzz/world.py NEW_PASSPHRASE,
    # tests/reliability/test_full_disk.py: each makes or changes a keyring-mode vault.
    for p in (PASSPHRASE, CLI_PASSPHRASE, "Күз-2027-Қостанай!", "Новый-пароль-2026-Есиль!",
              "Күз-2027-Алматы!"):
        strength.check(p, mode="keyring", user_inputs=INSPECTOR)


def test_core_policy_stays_standard_library_and_refuses_without_an_estimator():
    source = (ROOT / "src" / "inspector_desk" / "core" / "passphrase.py").read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            assert top in sys.stdlib_module_names or name.startswith("inspector_desk.core"), name
    code = ("import inspector_desk.core.passphrase as p\n"
            "try:\n    p.check('медведь окно сирень трамвай')\n"
            "except RuntimeError as e:\n    print('refused', e)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={"PYTHONPATH": str(ROOT / "src")}, check=True).stdout
    assert out.startswith("refused")
    # an injected estimate decides alone
    core_policy.check("anything at all", estimate=core_policy.Estimate(1e13))
    with pytest.raises(WeakPassphrase):
        core_policy.check("медведь окно сирень трамвай", estimate=core_policy.Estimate(1e9, ("pw_year",)))


# --- the profile operations apply it -------------------------------------------------------


def test_create_refuses_a_weak_passphrase_and_writes_nothing(profiles, inspector):
    for weak in ("Astana2026!!", "Сәрсенбаева-A1047-Есиль"):
        with pytest.raises(WeakPassphrase):
            profiles.create("default", weak, inspector)
    assert not profiles.folder("default").exists() or not any(profiles.folder("default").iterdir())
    profiles.create("default", "медведь окно сирень трамвай", inspector).lock()
    profiles.unlock("default", "медведь окно сирень трамвай").lock()


def test_passphrase_only_needs_the_higher_minimum(tmp_path, clock, forms, inspector):
    from inspector_desk.app.profile import Profiles
    from inspector_desk.keystore.device_secret import KeyringSecrets
    from inspector_desk.keystore.keyfile import KdfParams

    p = Profiles(tmp_path / "home", KeyringSecrets(keyring.backends.fail.Keyring()), clock,
                 kdf=KdfParams.fast_for_tests(), forms=forms)
    with pytest.raises(WeakPassphrase) as exc:
        p.create("default", PASSPHRASE, inspector, allow_passphrase_only=True)
    assert exc.value.params["required_exp"] == 12
    s = p.create("default", "аспан жылқы терезе бұлт", inspector, allow_passphrase_only=True)
    assert s.keyfile.mode == "passphrase_only"
    s.lock()
    # changing it keeps the mode's minimum
    with pytest.raises(WeakPassphrase):
        p.change_passphrase("default", "аспан жылқы терезе бұлт", PASSPHRASE)
    p.change_passphrase("default", "аспан жылқы терезе бұлт", "медведь окно сирень трамвай")
    p.unlock("default", "медведь окно сирень трамвай").lock()


def test_change_passphrase_uses_the_same_policy(profiles, session):
    session.lock()
    for weak in ("пароль123456", "Қазақстан2026", "йцукенгшщзхъ"):
        with pytest.raises(WeakPassphrase):
            profiles.change_passphrase("default", PASSPHRASE, weak)
    profiles.unlock("default", PASSPHRASE).lock()  # nothing changed
    with pytest.raises(WrongPassphrase):
        profiles.unlock("default", "пароль123456")


def test_messages_file_is_valid_json_with_the_new_keys():
    data = json.loads((ROOT / "resources" / "i18n" / "messages.json").read_text(encoding="utf-8"))
    assert set(data["weak_passphrase_guessable"]) == {"ru", "kk", "en"}
