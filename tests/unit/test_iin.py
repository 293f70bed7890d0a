import datetime as dt

import pytest

from inspector_desk.core.errors import InvalidIIN
from inspector_desk.core.iin import check_digit, is_valid_iin, make_iin, parse_iin


@pytest.mark.parametrize("iin, born, sex", [
    # 8·1+8·2+0·3+3·4+1·5+5·6+4·7+0·8+0·9+0·10+1·11 = 110 ≡ 0 (mod 11)
    ("880315400010", dt.date(1988, 3, 15), "F"),
    # 9·1+5·2+0·3+1·4+0·5+1·6+3·7+0·8+0·9+0·10+3·11 = 83 ≡ 6 (mod 11)
    ("950101300036", dt.date(1995, 1, 1), "M"),
])
def test_known_iins(iin, born, sex):
    info = parse_iin(iin)
    assert (info.birth_date, info.sex) == (born, sex)


def test_check_digit_uses_second_weights_when_first_gives_ten():
    # 11 digits whose first weighted sum is 10 mod 11 must use the second set of weights.
    head = next(f"900101300{n:02d}" for n in range(100)
                if sum(int(c) * w for c, w in zip(f"900101300{n:02d}", range(1, 12))) % 11 == 10)
    digit = check_digit(head)
    second = sum(int(c) * w for c, w in zip(head, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2))) % 11
    assert digit == (None if second == 10 else second)


@pytest.mark.parametrize("bad, reason", [
    ("88031540001", "length"),
    ("8803154000AB", "length"),
    ("880315900012", "century"),
    ("881315400019", "date"),
    ("880315400012", "check_digit"),
])
def test_invalid_iins_say_why(bad, reason):
    with pytest.raises(InvalidIIN) as exc:
        parse_iin(bad)
    assert exc.value.params["reason"] == reason


def test_single_digit_typos_are_almost_always_caught():
    # The mod-11 check cannot see every typo (the 11th weight is 11 ≡ 0, and a sum of 10
    # switches to the second weights), but a wrong check digit always fails and the rest
    # fail in about four cases out of five.
    caught = total = 0
    for serial in range(0, 5000, 97):
        iin = make_iin(dt.date(1979, 7, 4), "F", serial)
        for pos in range(7, 12):
            for d in "0123456789":
                typo = iin[:pos] + d + iin[pos + 1:]
                if typo == iin:
                    continue
                total += 1
                caught += not is_valid_iin(typo)
                if pos == 11:
                    assert not is_valid_iin(typo)
    assert caught / total > 0.75  # measured: 1892 of 2340


def test_make_iin_round_trips():
    for year in (1899, 1950, 2001, 2024):
        born = dt.date(year, 2, 28)
        for sex in "MF":
            info = parse_iin(make_iin(born, sex, 7))
            assert (info.birth_date, info.sex) == (born, sex)
