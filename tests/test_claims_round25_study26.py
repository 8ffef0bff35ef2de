"""Twenty-fifth round (issue 9, branch study26): the English families of holdout26's misses. Sentences of our own,
each with its trap.

The record: A/RES/61/295 of 13 September 2007 (indigenous peoples, 143-4-11; Australia, Canada, New Zealand and the
United States against); A/RES/71/5 of 26 October 2016 (the Cuba embargo, 191-0-2; Israel and the United States
abstained); A/RES/70/58 of 7 December 2015 (the Arms Trade Treaty; Dominica, Lesotho and Vanuatu in favour);
A/RES/ES-11/4 of 12 October 2022 (143-5-35)."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures import claims_after, positions_after

INDIGENOUS = ("On 13 September 2007 the General Assembly adopted resolution A/RES/61/295, the declaration on the rights "
              "of indigenous peoples. ", date(2007, 9, 14))
CUBA = ("On 26 October 2016 the General Assembly adopted resolution A/RES/71/5 on the embargo against Cuba. ",
        date(2016, 10, 27))
ARMS = ("On 7 December 2015 the General Assembly adopted resolution A/RES/70/58 on the Arms Trade Treaty. ",
        date(2015, 12, 8))
UKRAINE = ("On 12 October 2022 the General Assembly adopted resolution A/RES/ES-11/4 on the territorial integrity of "
           "Ukraine. ", date(2022, 10, 13))
AGAINST = {iso3: ("no", "supported") for iso3 in ("AUS", "CAN", "NZL", "USA")}


# a side's count, a comma, then exactly that many states closing the clause
def test_a_list_after_a_count_and_a_comma(built_store):
    lead, day = CUBA
    said = positions_after(lead, "The text passed with 191 in favour, none against and two abstentions, the United "
                                 "States and Israel.", day)
    assert said == {"USA": ("abstain", "supported"), "ISR": ("abstain", "supported")}
    # three abstentions and two names: the list is not all of them, and may be something else
    assert positions_after(lead, "The text passed with 191 in favour and three abstentions, the United States and "
                                 "Israel.", day) == {}


def test_a_list_after_a_count_followed_by_its_own_verb_is_not_the_counts(built_store):
    lead, day = CUBA
    said = positions_after(lead, "The text passed with 191 in favour and two abstentions, the United States and "
                                 "Israel having changed their votes.", day)
    assert all(vote != "abstain" for vote, _ in said.values())


# the votes named as the predicate: "were the four votes against", "cast the four votes against"
@pytest.mark.parametrize("sentence", [
    "Australia, Canada, New Zealand and the United States were the four votes against.",
    "Australia, Canada, New Zealand and the United States cast the four votes against.",
    "Australia, Canada, New Zealand and the United States were the only no votes.",
])
def test_states_named_as_the_votes_against(built_store, sentence):
    lead, day = INDIGENOUS
    assert positions_after(lead, sentence, day) == AGAINST


def test_a_share_of_the_votes_against_is_not_read_as_the_votes(built_store):
    lead, day = INDIGENOUS
    # no count is read; the learned reading (round 34) may read the two states' own votes, which are right
    read = positions_after(lead, "Canada and New Zealand cast two of the votes against.", day)
    assert set(read.values()) <= {("no", "supported")}


# the day between the verb and its side, the text's object between the side and the bracketed list
@pytest.mark.parametrize("sentence", [
    "Several states voted in favour of the resolution (Dominica, Lesotho and Vanuatu).",
    "Several states voted on Monday in favour (Dominica, Lesotho and Vanuatu).",
    "Dominica, Lesotho and Vanuatu voted today in favour of it.",
])
def test_a_day_or_an_object_before_the_list(built_store, sentence):
    lead, day = ARMS
    assert positions_after(lead, sentence, day) == {s: ("yes", "supported") for s in ("DMA", "LSO", "VUT")}


# a committee's earlier vote in a fronted phrase is not the main clause's vote; a committee's own vote stays unchecked
def test_a_fronted_earlier_committee_vote(built_store):
    lead, day = ARMS
    said = positions_after(lead, "After a previous vote in the First Committee, an additional three states voted "
                                 "in favour of the resolution (Dominica, Lesotho and Vanuatu).", day)
    assert said == {s: ("yes", "supported") for s in ("DMA", "LSO", "VUT")}
    # "an additional three": a difference from the committee's vote, not the Assembly's count
    counts = claims_after(lead, "After a previous vote in the First Committee, an additional three states voted in "
                                "favour.", "count", day)
    assert [c["verdict"] for c in counts] in ([], ["unverifiable"])
    assert positions_after(lead, "In the First Committee, Dominica voted against it.", day) == \
        {"DMA": ("no", "unverifiable")}


# "one of N that voted yes, with X abstentions and Y against": one tally
def test_one_of_n_then_the_rest_of_the_tally(built_store):
    lead, day = UKRAINE
    tallies = claims_after(lead, "Kenya, one of 143 states that voted 'YES', with 35 abstentions and five "
                                 "against, spoke after the vote.", "tally", day)
    assert [(c["asserted"], c["verdict"]) for c in tallies] == [({"yes": 143, "no": 5, "abstain": 35}, "supported")]
    # no tally after it: the count alone
    counts = claims_after(lead, "Ghana was one of 143 countries that voted in favour, and Kenya joined them.", "count", day)
    assert [(c["asserted"]["value"], c["verdict"]) for c in counts] == [(143, "supported")]


JERUSALEM = ("On 21 December 2017 the General Assembly adopted resolution A/RES/ES-10/19 on the status of Jerusalem. ",
             date(2017, 12, 22))


# a sponsor's act joined to the vote by "and"; "nay" as a no; the exclusive label before its list
@pytest.mark.parametrize("sentence, said", [
    ("Turkey co-sponsored and voted in favour of the resolution.", {"TUR": ("yes", "supported")}),
    ("Turkey drafted and then voted for it.", {"TUR": ("yes", "supported")}),
    ("Israel voted nay.", {"ISR": ("no", "supported")}),
    ("Guatemala was among those who voted nay.", {"GTM": ("no", "supported")}),
])
def test_sponsor_and_vote_and_nay(built_store, sentence, said):
    lead, day = JERUSALEM
    assert positions_after(lead, sentence, day) == said


def test_the_only_states_to_vote_against_were(built_store):
    lead, day = ("On 27 October 2015 the General Assembly adopted resolution A/RES/70/5 on the embargo against Cuba. ",
                 date(2015, 10, 28))
    counts = claims_after(lead, "The only states to vote against it were Israel and the United States.", "count", day)
    assert [(c["asserted"], c["verdict"]) for c in counts] == [({"field": "no", "op": "=", "value": 2}, "supported")]
    lead, day = CUBA
    # a region's only ones are not all of the vote's
    assert claims_after(lead, "The only Western states to abstain were Israel and the United States.", "count", day) == []
