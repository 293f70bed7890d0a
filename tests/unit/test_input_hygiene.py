"""Input hygiene (core/hygiene.py): digits of any script are ASCII digits before a check;
names and free text lose control, bidi and zero-width characters and escape sequences."""

import unicodedata

import pytest

from inspector_desk.core.errors import InvalidIIN
from inspector_desk.core.hygiene import (
    ascii_digits, clean_answers, clean_block, clean_line, clean_text, normalize_iin,
    normalize_phone, phone_digits,
)
from inspector_desk.core.iin import is_valid_iin, parse_iin
from inspector_desk.core.text import digits, fold, phone_variants, words

IIN = "880315400010"
FULL_WIDTH = "８８０３１５４０００１０"
ARABIC_INDIC = "٨٨٠٣١٥٤٠٠٠١٠"
EXTENDED_ARABIC = "۸۸۰۳۱۵۴۰۰۰۱۰"  # Persian/Urdu digits
DEVANAGARI = "८८०३१५४०००१०"
KAZAKH = "ӘҒҚҢӨҰҮҺІ әғқңөұүһі"


def test_the_test_strings_really_are_other_scripts():
    for typed in (FULL_WIDTH, ARABIC_INDIC, EXTENDED_ARABIC, DEVANAGARI):
        assert not typed.isascii() and typed != IIN
        assert all(unicodedata.category(c) == "Nd" for c in typed)


@pytest.mark.parametrize("typed", [IIN, FULL_WIDTH, ARABIC_INDIC, EXTENDED_ARABIC, DEVANAGARI,
                                   "8803 1540 0010", "8803-1540-0010", "８８０３ １５４０－００１０",
                                   "\u202e880315400010\u202c", "880315\u200b400010"])
def test_an_iin_in_any_digits_is_twelve_ascii_digits(typed):
    assert normalize_iin(typed) == IIN
    info = parse_iin(typed)
    assert info.iin == IIN and info.iin.isascii()
    assert (info.birth_date.isoformat(), info.sex) == ("1988-03-15", "F")


@pytest.mark.parametrize("bad, reason", [
    ("８８０３１５４０００１２", "check_digit"),  # full-width, wrong check digit
    ("٨٨٠٣١٥٤٠٠٠١٢", "check_digit"),  # Arabic-Indic, wrong check digit
    ("８８０３１５４０００１", "length"),
    ("88031540001٠x", "length"),
    ("8803154000１O", "length"),  # a letter O where a zero belongs stays an error
    ("880315400010\n1", "length"),
])
def test_a_wrong_iin_is_refused_whatever_its_digits(bad, reason):
    with pytest.raises(InvalidIIN) as exc:
        parse_iin(bad)
    assert exc.value.params["reason"] == reason
    assert not is_valid_iin(bad)


def test_non_decimal_digit_look_alikes_are_not_digits():
    # Superscripts and circled numbers are "digits" to str.isdigit() but not decimal digits;
    # NFKC turns them into ASCII, so they cannot sneak past as something int() rejects.
    assert normalize_iin("²") == "2"
    assert normalize_iin("①") == "1"
    assert ascii_digits("x²") == "x²"  # search folding maps decimal digits only


def test_phones_keep_plus_and_layout_with_ascii_digits():
    assert normalize_phone("＋７ ７０１ ５５５ １２ ３４") == "+7 701 555 12 34"
    assert normalize_phone("+٧ ٧٠١ ٥٥٥ ١٢ ٣٤") == "+7 701 555 12 34"
    assert normalize_phone("\x1b[31m+7 701\u200b 555-12-34\x07 ") == "+7 701 555-12-34"
    assert phone_digits("+7 (701) 555-12-34") == "+77015551234"
    assert phone_digits("８ ７０１ ５５５ １２ ３４") == "87015551234"
    assert phone_digits("7015551234") == "7015551234"


@pytest.mark.parametrize("bad", ["+7 701 555 12 34 доб. 5", "+7 701 55S 12 34", "7+7015551234",
                                 "++77015551234", "", "+", "  "])
def test_a_phone_with_anything_but_digits_left_is_no_phone(bad):
    assert phone_digits(bad) is None


def test_ansi_escape_sequences_go_whole():
    assert clean_line("\x1b[31mИванов\x1b[0m") == "Иванов"
    assert clean_line("\x1b[1;38;5;196mА\x1b[2J\x1b[HБ") == "АБ"
    assert clean_line("\x9b31mВ") == "В"  # the one-byte C1 introducer
    assert clean_line("\x1b]0;owned\x07Г") == "Г"  # a window-title OSC, BEL-terminated
    assert clean_line("\x1b]8;;http://x\x1b\\Д\x1b]8;;\x1b\\") == "Д"  # hyperlink, ST-terminated
    assert clean_line("\x1bcЕ\x1b(B") == "Е"  # reset, charset selection
    assert clean_line("Ж\x1b") == "Ж"  # a lone ESC
    assert clean_line("\x1b[31") == "31"  # unfinished: the introducer goes, no text is eaten


def test_control_bidi_and_zero_width_characters_are_removed():
    assert clean_line("Ива\x07нов\x00а\x7f\x85") == "Иванова"
    assert clean_line("\u202eанавИ\u202c") == "анавИ"
    for c in "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c":
        assert clean_line(f"А{c}Б") == "АБ", hex(ord(c))
    for c in "\u200b\u200c\u200d\ufeff\u2060":
        assert clean_line(f"А{c}Б") == "АБ", hex(ord(c))
    assert clean_line("\ufeffАсель\u200b") == "Асель"


def test_single_line_text_keeps_no_line_breaks_and_multiline_keeps_them():
    assert clean_line("Иванова\nАнна\t\r") == "Иванова Анна"
    assert clean_block("строка 1\r\nстрока 2\rстрока 3\n\tотступ\x1b[2K\x08") == \
        "строка 1\nстрока 2\nстрока 3\n\tотступ"
    assert clean_text("a\nb", multiline=True) == "a\nb"
    assert clean_text("a\nb") == "a b"


def test_kazakh_letters_and_everything_else_survive():
    assert clean_line(KAZAKH) == KAZAKH
    assert clean_line("Нұрпейісова Әсел Ғалымқызы") == "Нұрпейісова Әсел Ғалымқызы"
    # Ё and Й typed as a letter and a combining mark are composed (NFC), not lost
    decomposed = "Е\u0308рмек Ии\u0306"
    assert clean_line(decomposed) == "Ёрмек Ий"
    # nothing is collapsed: double spaces, punctuation, Latin and emoji stay
    assert clean_line("ул.  Абая,  д. 5 «Б» — ok 🙂") == "ул.  Абая,  д. 5 «Б» — ok 🙂"
    assert clean_text("  x  ") == "  x  "
    assert clean_line("  x  ") == "x"


def test_answers_are_cleaned_through_groups_and_only_textareas_keep_line_breaks():
    answers = {
        "visit_address": "ул. Абая\n5\x1b[31m",
        "home_conditions": "чисто\r\n\tтепло\u202e",
        "persons_met": [{"person": "p-1\u200b", "note": "a\nb"}],
        "rights_explained": ["line_111\x07"],
        "count": 3, "flag": None,
    }
    cleaned = clean_answers(answers, {"home_conditions", "note"})
    assert cleaned == {
        "visit_address": "ул. Абая 5",
        "home_conditions": "чисто\n\tтепло",
        "persons_met": [{"person": "p-1", "note": "a\nb"}],
        "rights_explained": ["line_111"],
        "count": 3, "flag": None,
    }
    assert answers["visit_address"] == "ул. Абая\n5\x1b[31m"  # the caller's dict is untouched
    assert clean_answers({"x": "a\nb\x07"}) == {"x": "a\nb"}  # types unknown: breaks kept


def test_search_folding_sees_ascii_digits():
    assert fold(FULL_WIDTH) == fold(ARABIC_INDIC) == IIN
    assert words(f"Иванова {FULL_WIDTH}") == ["иванова", IIN]
    assert digits("＋７ (٧٠١) ５５５") == "7701555"
    assert set(phone_variants("＋７ ７０１ １２３ ４５ ６７")) == {"77011234567", "7011234567",
                                                           "87011234567"}
    assert fold(KAZAKH) == "агкноуухи агкноуухи"
