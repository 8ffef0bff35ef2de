"""Twenty-seventh round, the weakest older sets (weak): "the first resolution" and "the second" name the votes a text
told in that order, and a tally placed on a symbol-less vote of another subject that it does not match is left on
none with everything placed with it. Every sentence here is our own.

The record used: A/RES/ES-7/2 of 29 July 1980 (112-7-24: Paraguay abstained, Norway and the Dominican Republic
against) and A/RES/ES-7/3 of the next day (112-5-26: Paraguay in favour, Norway and the Dominican Republic
abstaining); rcid 221, a paragraph vote of December 1949 on another item (32-3-17).
"""

from __future__ import annotations

from datetime import date

from tests.fixtures import checked_claims
from unga.claims import offtopic, ordinals
from unga.claims.extract import Claim

JULY_1980 = date(1980, 7, 31)
TWO_VOTES = ("The plenary adopted two texts on Palestine at the end of July 1980, by 112 votes to 7 with 24 "
             "abstentions and then by 112 to 5 with 26 abstentions. ")


def _position(sentence: str, name: str, state: str, vote: str) -> Claim:
    return Claim("position", sentence, (0, len(sentence)), {"vote": vote}, state=state, name=name)


def _placed(text: str, published: date) -> dict[tuple[str, str], tuple[str | None, str]]:
    return {(c["state"], c["asserted"]["vote"]): (c["resolution"], c["verdict"])
            for c in checked_claims(text, published) if c["kind"] == "position"}


# --- the Nth resolution a text told ---

def test_a_state_abstaining_on_the_first_resolution_is_placed_on_the_first_vote_told(built_store):
    got = _placed(TWO_VOTES + "Paraguay abstained on the first resolution.", JULY_1980)
    assert got[("PRY", "abstain")] == ("A/RES/ES-7/2", "supported")  # not called false on the second vote


def test_each_clause_of_a_sentence_keeps_its_own_ordinal(built_store):
    got = _placed(TWO_VOTES + "Paraguay was among those abstaining on the first resolution, and the Dominican "
                              "Republic, which opposed the first, abstained on the second.", JULY_1980)
    assert got[("PRY", "abstain")] == ("A/RES/ES-7/2", "supported")
    assert got[("DOM", "abstain")] == ("A/RES/ES-7/3", "supported")


def test_a_list_after_its_ordinal_and_a_relative_clause_with_its_own():
    sentence = ("The states abstaining on the first resolution included Japan and Norway, which voted against the "
                "second and abstained on the third.")
    assert ordinals._order_of(_position(sentence, "Japan", "JPN", "abstain")) == 1
    assert ordinals._order_of(_position(sentence, "Norway", "NOR", "no")) == 2
    assert ordinals._order_of(_position(sentence, "Norway", "NOR", "abstain")) == 3


def test_trap_the_series_first_resolution_is_no_ordinal_of_the_text():
    assert ordinals._mentions("Since the first resolution in 2007, Chile has abstained.") == []
    assert ordinals._mentions("It was the first resolution of its kind.") == []
    assert ordinals._mentions("Chile backed the first ever text on this.") == []
    assert ordinals._mentions("Chile voted against for a second time.") == []
    assert ordinals._mentions("Chile abstained the first day and voted no the second.") == []
    # "the first" alone is an ordinal only right after a vote phrase
    assert ordinals._mentions("The first to speak was Chile, which abstained.") == []


def test_trap_a_text_that_told_one_vote_has_no_second_to_place_on(built_store):
    text = ("On 30 July 1980 the plenary adopted a text on Palestine by 112 votes to 5 with 26 abstentions. Norway "
            "abstained on the second resolution.")
    notes = [n for c in checked_claims(text, JULY_1980) for n in c["evidence"].get("notes", [])]
    assert ordinals.NOTE not in notes


# --- a tally near a symbol-less vote of another subject ---

def test_a_tally_one_off_a_symbol_less_vote_of_another_item_leaves_its_sentence_unplaced(built_store):
    text = ("Cable of 8 December 1949.\n\nThe motion to refer it to the Interim Committee was carried by 32 votes, 5 "
            "against with 17 abstentions. Pakistan voted in favour and the Netherlands abstained.")
    got = checked_claims(text, date(1949, 12, 8))
    assert {c["kind"] for c in got} == {"tally", "position"}
    assert all(c["resolution"] is None and c["verdict"] == "unverifiable" for c in got)
    assert all(offtopic.NOTE in c["evidence"]["record"] for c in got)
