"""Thirty-fourth round (branch names34): a state named by likeness. Sentences of our own.

A capitalised name in a sentence that speaks of a vote, which no table knows but which is a letter or two off exactly
one state's name once both are spelt by sound ("Mozambik", "Kazakstan", "Phillipines", "Byelo-Russia", "United
Spates"), is read as that state; a position read so is never called false. Guards: five letters or more, the state's
first letter, as many words as the state's name, never a people or adjective made from a name ("Syrian"), never a
short name changed in one letter ("Nigel"), never a name close to two states'.

The record used: ES-11/1 (2 March 2022, 141-5-35: Mozambique and Kazakhstan abstaining, the Philippines and Belarus
in favour and against)."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims import likeness

UKRAINE = "A/RES/ES-11/1"
DAY = date(2022, 3, 3)
OPENING = "On Wednesday the General Assembly adopted resolution ES-11/1 on Ukraine by 141 votes to 5. "


def positions(text: str) -> dict[str, tuple[str, str, str]]:
    return {c["state"]: (c["asserted"]["vote"], c["verdict"], c["evidence"].get("record", ""))
            for c in api.check_text(OPENING + text, published=DAY).claims
            if c["kind"] == "position" and c["resolution"] == UKRAINE}


def test_a_name_spelt_by_ear_is_read_in_a_vote_sentence(built_store):
    for said in ("Mozambik abstained.", "Among those abstaining was Mozambik.",
                 "Mozambik and Kazakstan chose to abstain, as they had said they would.",
                 "The abstentions included Mozambik and Kazakstan."):
        got = positions(said)
        assert got["MOZ"][:2] == ("abstain", "supported"), said
    got = positions("The Phillipines voted in favour, while Byelo-Russia voted against.")
    assert got["PHL"][:2] == ("yes", "supported")
    assert got["BLR"][:2] == ("no", "supported")


def test_a_position_read_by_likeness_is_never_called_false(built_store):
    got = positions("Kazakstan voted against the resolution.")
    assert got["KAZ"][:2] == ("no", "unverifiable")
    assert "likeness" in got["KAZ"][2]
    # the same statement with the name as the record spells it is called false
    assert positions("Kazakhstan voted against the resolution.")["KAZ"][:2] == ("no", "contradicted")


def test_what_is_never_read_by_likeness(built_store):
    assert likeness.state_of("Nigel") is None  # one letter changed in a short name
    assert likeness.state_of("Syrian") is None and likeness.state_of("Iraqis") is None  # a people, an adjective
    assert likeness.state_of("Many Asian") is None  # not as many words as "Malaysian"
    assert likeness.state_of("Kazakhstan") is None  # the record's own name: the name reader decides
    assert likeness.state_of("Mozambik") == "MOZ" and likeness.state_of("Lybia") == "LBY"
    assert "MYS" not in positions("Many Asian states abstained.")
    assert "NER" not in positions("Nigel Farage said the country had voted in favour.")
    # a sentence that speaks of no vote reads no name by likeness
    assert not api.check_text("Mozambik hosted the talks last year.", published=DAY).claims or all(
        c["kind"] != "position" for c in api.check_text("Mozambik hosted the talks last year.", published=DAY).claims)

