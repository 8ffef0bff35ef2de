from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unga import symbols


@pytest.mark.parametrize("text, expected", [
    ("ES-11/1", "A/RES/ES-11/1"),
    ("A/RES/ES-11/1", "A/RES/ES-11/1"),
    ("a/res/es-11/1", "A/RES/ES-11/1"),
    ("68/262", "A/RES/68/262"),
    ("R/68/262", "A/RES/68/262"),
    ("A/RES/68/262.", "A/RES/68/262"),
    ("A/RES/42/66C", "A/RES/42/66C"),
    ("A/RES/75/254 A-C", "A/RES/75/254A-C"),
    ("A/RES/2758(XXVI)", "A/RES/2758(XXVI)"),
    ("2758 (XXVI)", "A/RES/2758(XXVI)"),
    ("R/21/2200A", "A/RES/2200(XXI)[A]"),
    ("2200 A (XXI)", "A/RES/2200(XXI)[A]"),
    ("A/RES/2200(XXI)[A]", "A/RES/2200(XXI)[A]"),
    ("A/RES/1007(ES-II)", "A/RES/1007(ES-II)"),
    ("A/RES/106(S-1)", "A/RES/106(S-I)"),
    ("A/RES/S-14/1", "A/RES/S-14/1"),
    ("R/1/66", "A/RES/66(I)"),
])
def test_spellings_parse_to_one_canonical_symbol(text, expected):
    assert symbols.parse(text) == expected


@pytest.mark.parametrize("text", ["", "A/76/L.14", "SS/1/59", "hello", "Ukraine"])
def test_non_symbols_are_none(text):
    assert symbols.parse(text) is None


def test_roman_numerals_round_trip():
    for n in range(1, 80):
        assert symbols.from_roman(symbols.to_roman(n)) == n
    assert symbols.from_roman("IIII") is None


def test_sessions():
    assert symbols.regular_session(date(2022, 3, 2)) == 76
    assert symbols.regular_session(date(2022, 9, 20)) == 77
    assert symbols.regular_session(date(1946, 12, 1)) == 1
    assert symbols.session_of("A/RES/68/262") == 68
    assert symbols.session_of("A/RES/2758(XXVI)") == 26
    assert symbols.session_of("A/RES/ES-11/1") is None


@given(st.text(max_size=40))
def test_parse_never_crashes_and_is_idempotent(text):
    parsed = symbols.parse(text)
    assert parsed is None or symbols.parse(parsed) == parsed
