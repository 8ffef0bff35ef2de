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
    ("A/RES/377(V)[A-C]", "A/RES/377(V)[A-C]"),   # Uniting for Peace, parts A to C in one vote
    ("A/RES/377 A-C (V)", "A/RES/377(V)[A-C]"),
    ("R/42/70/A", "A/RES/42/70A"),                 # unvotes: the part after a slash
    ("R/50/38B/VII", "A/RES/50/38B"),              # ...and a section after a part
    ("A/RES/50/38[B-V]", "A/RES/50/38B"),          # the Digital Library's section V of part B, not B to V
    ("A/RES/61/128[B-IX]", "A/RES/61/128B"),
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


def test_ranges_and_parts():
    assert symbols.parts("A/RES/377(V)[A-C]") == ["A/RES/377(V)[A]", "A/RES/377(V)[B]", "A/RES/377(V)[C]"]
    assert symbols.parts("A/RES/75/254A-C") == ["A/RES/75/254A", "A/RES/75/254B", "A/RES/75/254C"]
    assert not symbols.is_range("A/RES/997(ES-I)") and symbols.is_range("A/RES/75/254A-C")
    assert symbols.whole("A/RES/42/70B") == "A/RES/42/70" and symbols.whole("A/RES/2200(XXI)[A]") == "A/RES/2200(XXI)"
    assert symbols.old_style_number("A/RES/377(V)[A-C]") == (5, 377)
    assert symbols.old_style_number("A/RES/68/262") is None and symbols.old_style_number("A/RES/997(ES-I)") is None


@pytest.mark.parametrize("text, draft", [
    ("A/ES-11/L.1 and A/ES-11/L.1/Add.1", "A/ES-11/L.1"),   # the UN extract's originating_document
    ("Item 39 - DR A/76/L.14 Peaceful settlement", "A/76/L.14"),  # the Digital Library's row under the draft
    ("a/es-11/l.2 and A/ES-11/L.2 /Add.1", "A/ES-11/L.2"),
    ("A/80/555, para. 7", None),                             # a committee report, not a draft
    (None, None),
])
def test_draft_symbols(text, draft):
    assert symbols.draft(text) == draft
