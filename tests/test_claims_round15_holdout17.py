"""Issue 9, fifteenth round (branch fix17): mechanisms found missing on holdout17. Sentences of our own, each case
in several wordings, and the traps that must stay unread or never be called false.

The record used: ES-11/1 of 2 March 2022 (141-5-35, 12 absent; Japan, Chile, Peru, Kenya and the United States in
favour; Russia, Belarus, Syria, Eritrea and North Korea against; China, India, Pakistan and Iran abstaining)."""

from __future__ import annotations

from datetime import date

import pytest

from unga import api
from unga.claims import companions

DAY = date(2022, 3, 3)
LEAD = "On 2 March 2022 the General Assembly adopted resolution A/RES/ES-11/1 on the aggression against Ukraine. "


def claims(text: str, kind: str) -> list[dict]:
    return [c for c in api.check_text(LEAD + text, published=DAY).claims
            if c["kind"] == kind and c["span"][0] >= len(LEAD) - 1]


def counts(text: str) -> list[tuple[str, int, str]]:
    return [(c["asserted"]["field"], c["asserted"]["value"], c["verdict"]) for c in claims(text, "count")]


def positions(text: str) -> dict[str, tuple[str, str]]:
    return {c["state"]: (c["asserted"]["vote"], c["verdict"]) for c in claims(text, "position")}


# --- a count beside a named state that does not say "other" (holdout17's one false alarm) ---------------------------

@pytest.mark.parametrize("sentence", [
    "Kenya, along with 140 countries, on Wednesday, voted to demand the withdrawal of Russian troops.",
    "Kenya, together with 140 states, on Wednesday voted to demand that Russia withdraw.",
    "Kenya, alongside 140 nations, on Wednesday voted to demand the withdrawal.",
])
def test_a_companion_count_without_other_may_count_the_state_and_is_read_as_n_plus_one(built_store, sentence):
    # "140" is not the side's count: with the named state it is 141; the text does not say which, so never false
    found = claims(sentence, "count")
    assert [(c["asserted"]["value"], c["verdict"]) for c in found] == [(141, "supported")]
    assert companions.WITH_OR_WITHOUT in found[0]["evidence"]["notes"]


def test_a_companion_count_without_other_that_fits_neither_reading_is_never_called_false(built_store):
    # 139 + 1 = 140, 141 in the record: "along with 139 countries" may be a miscount or count Kenya; not said
    assert counts("Kenya, together with 139 countries, on Wednesday voted in favour.") == [("yes", 140, "unverifiable")]


def test_a_companion_count_with_other_is_still_exact(built_store):
    assert counts("Kenya, along with 140 other countries, on Wednesday, voted in favour.") == [("yes", 141, "supported")]
    [(field, value, verdict)] = counts("Kenya, along with 150 other countries, on Wednesday, voted in favour.")
    assert (field, value) == ("yes", 151) and verdict != "supported"


def test_a_companion_count_inside_a_tally_is_left_out_of_it(built_store):
    # the 140 may or may not count Kenya: no tally is made of it (before, "140-5" was a tally one number off)
    assert [c for c in claims("Kenya, along with 140 countries, on Wednesday voted in favour, while 5 voted against.",
                              "tally") if 140 in c["asserted"].values()] == []


@pytest.mark.parametrize("sentence, value", [
    ("The resolution on Ukraine, along with 141 votes in favour, was adopted on Wednesday.", 141),  # votes, not states
    ("On Wednesday 141 countries voted in favour.", 141),
])
def test_counts_that_are_no_companions_are_untouched(built_store, sentence, value):
    assert counts(sentence) == [("yes", value, "supported")]
