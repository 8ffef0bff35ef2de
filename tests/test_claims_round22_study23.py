"""Twenty-second round (issue 9, branch study23): holdout23's three false alarms and the largest classes of its
misses. Sentences of our own, with traps.

The record: ES-11/1 of 2 March 2022 (141-5-35; the United Arab Emirates and India: UAE yes, India abstained);
67/19 of 29 November 2012 (138-9-41; Panama, Canada, the Czech Republic no; the Bahamas, Barbados, Haiti abstained);
64/292 of 28 July 2010 (122-0-41; Canada and the United States abstained)."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures import ES11_1_LEAD, claims_after, positions_after

PALESTINE_LEAD = ("On 29 November 2012 the General Assembly adopted resolution 67/19 granting Palestine non-member "
                  "observer state status. ")
PALESTINE_DAY = date(2012, 11, 30)
WATER_LEAD = ("On 28 July 2010 the General Assembly adopted a resolution recognising the human right to water and "
              "sanitation. ")
WATER_DAY = date(2010, 7, 29)


def counts_after(lead: str, sentence: str, published: date) -> list[tuple[dict, str]]:
    """The counts and tallies read in the sentence after the lead, with their verdicts."""
    return [(c["asserted"], c["verdict"]) for kind in ("tally", "count") for c in claims_after(lead, sentence, kind, published)]


# j45: a Security Council vote and the Assembly's set against each other in one sentence: each clause is its own body's
@pytest.mark.parametrize("sentence, said", [
    ("When a Security Council resolution was voted on in February, the UAE abstained, but in the General Assembly "
     "vote on 2 March the UAE voted in favour.", {"ARE": ("yes", "supported")}),
    # trap: the Assembly's clause is still checked (India abstained on 2 March)
    ("In the Security Council vote of 25 February India abstained, while in the General Assembly on 2 March India "
     "voted in favour.", {"IND": ("yes", "contradicted")}),
    # a sentence of the Assembly alone keeps every state it names
    ("In the General Assembly India abstained, but the UAE voted in favour.",
     {"IND": ("abstain", "supported"), "ARE": ("yes", "supported")}),
])
def test_a_council_clause_set_against_the_assemblys(built_store, sentence, said):
    placed = {c["state"]: (c["asserted"]["vote"], c["verdict"]) for c in claims_after(ES11_1_LEAD, sentence, "position")
              if c["resolution"]}
    assert placed == said


def test_the_councils_clause_is_not_placed_on_the_assemblys_vote(built_store):
    said = claims_after(ES11_1_LEAD, "When a Security Council resolution was voted on in February, the UAE abstained, "
                        "but in the General Assembly vote on 2 March the UAE voted in favour.", "position")
    assert [(c["state"], c["asserted"]["vote"], c["resolution"], c["verdict"]) for c in said if c["asserted"]["vote"] == "abstain"] \
        == [("ARE", "abstain", None, "unverifiable")]


# j15: a region's count goes on with "with one country, A, voting against": the one is the region's, not the Assembly's
@pytest.mark.parametrize("sentence, counts", [
    ("Twelve Caribbean nations voted in favour, with one country, Panama, voting against.", []),
    ("Twelve Caribbean nations voted in favour, and one country, Panama, voted against.", []),
    # trap: the whole vote's count after "with" is still read and checked
    ("In all, 138 countries voted in favour, with eight voting against.", [({"yes": 138, "no": 8}, "contradicted")]),
])
def test_a_count_joined_to_a_regions_count_is_the_regions(built_store, sentence, counts):
    assert counts_after(PALESTINE_LEAD, sentence, PALESTINE_DAY) == counts


def test_the_states_of_a_regions_count_keep_their_votes(built_store):
    assert positions_after(PALESTINE_LEAD, "Twelve Caribbean nations voted in favour, with one country, Panama, voting "
                           "against.", PALESTINE_DAY) == {"PAN": ("no", "supported")}


# j19: "among forty abstaining" when 41 abstained: tens said as a word are a round figure, as "some 40" is
@pytest.mark.parametrize("sentence, counts", [
    ("Canada and the United States were among forty countries abstaining.",
     [({"field": "abstain", "op": "=", "value": 40}, "unverifiable")]),
    # trap: a round word far from the record is still false, and an exact one in words still checked
    ("Fifty countries abstained.", [({"field": "abstain", "op": "=", "value": 50}, "contradicted")]),
    ("Forty-one countries abstained.", [({"field": "abstain", "op": "=", "value": 41}, "supported")]),
    ("Forty-three countries abstained.", [({"field": "abstain", "op": "=", "value": 43}, "contradicted")]),
    # trap: the same number in digits is no round word
    ("Some said 40 countries abstained.", [({"field": "abstain", "op": "=", "value": 40}, "contradicted")]),
])
def test_a_round_word_near_the_record_is_not_called_false(built_store, sentence, counts):
    assert counts_after(WATER_LEAD, sentence, WATER_DAY) == counts
