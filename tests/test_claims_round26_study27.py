"""Twenty-sixth round (issue 9, branch study27): holdout27's English families. Sentences of our own, each with its
trap.

The record: A/RES/ES-10/21 of 27 October 2023 (a humanitarian truce in Gaza, 120-14-45, 14 away; Austria, Croatia,
Czechia, Hungary, Israel and the United States against, Venezuela away); A/RES/ES-11/6 of 23 February 2023 (peace in Ukraine, 141-7-32; Russia, Belarus, Eritrea, Mali, Nicaragua,
North Korea and Syria against; China and India abstained); A/RES/73/295 of 22 May 2019 (the Chagos advisory opinion,
116-6-56)."""

from __future__ import annotations

from datetime import date

from fixtures import claims_after, positions_after

PEACE = ("On 23 February 2023 the General Assembly voted on a resolution on a just and lasting peace in Ukraine. ",
         date(2023, 2, 24))
CHAGOS = ("On 22 May 2019 the General Assembly voted on the separation of the Chagos Archipelago from Mauritius, "
          "following the World Court's advisory opinion. ", date(2019, 5, 23))


def _counts(lead, sentence, day):
    return {(c["asserted"]["field"], c["asserted"]["value"]): (c["resolution"], c["verdict"])
            for c in claims_after(lead, sentence, "count", day)}


# a state right after a verb that acts on it is that verb's object: the clause after "and" has its own subject
# (holdout27 ad24's false alarm: Russia read as abstaining)
def test_the_object_of_condemn_casts_no_vote(built_store):
    lead, day = PEACE
    assert positions_after(lead, "The Assembly voted 141 to 7 to condemn Russia and India was one of the 32 "
                                 "countries that abstained.", day) == {"IND": ("abstain", "supported")}
    assert positions_after(lead, "Most members voted to censure Russia, and China was among the 32 abstainers.",
                           day) == {"CHN": ("abstain", "supported")}
    # a list that is the subject keeps every state
    assert positions_after(lead, "Russia and Belarus voted against, and China was among the 32 abstainers.", day) == {
        "RUS": ("no", "supported"), "BLR": ("no", "supported"), "CHN": ("abstain", "supported")}


# "N countries joined A": N + 1, whether the N are named between commas or A is joined by them
def test_countries_joining_a_state_are_counted_with_it(built_store):
    lead, day = PEACE
    said = _counts(lead, "Only six countries, Syria, Nicaragua, North Korea, Mali, Eritrea and Belarus, joined Russia "
                         "in voting against.", day)
    assert said == {("no", 7): ("A/RES/ES-11/6", "supported")}
    # "joined by six countries" without "other": seven, never six called false
    said = _counts(lead, "Russia was joined by 6 countries in voting against.", day)
    assert said == {("no", 7): ("A/RES/ES-11/6", "supported")}
    # five named for five: six in all, where the record has seven
    said = _counts(lead, "Just five countries, Syria, Mali, Nicaragua, Belarus and Eritrea, joined Russia in opposing "
                         "the text.", day)
    assert said == {("no", 6): ("A/RES/ES-11/6", "contradicted")}
    # named states fewer than the count: the list is not the N, no count is derived from it
    said = _counts(lead, "Only six countries, Belarus, Eritrea and Syria among them, joined Russia in voting against.",
                   day)
    assert ("no", 9) not in said and ("no", 4) not in said


# "the motion won N votes" in a text that names no procedure: the resolution, pinned by its one number
def test_votes_for_the_motion_with_one_number(built_store):
    lead, day = CHAGOS
    assert _counts(lead, "In the end the motion won 116 votes.", day) == {("yes", 116): ("A/RES/73/295", "supported")}
    # a number the resolution's vote does not have stays unread as a motion the record may lack
    assert _counts(lead, "In the end the motion won 112 votes.", day) == {("yes", 112): (None, "unverifiable")}


TRUCE = ("On 27 October 2023 the General Assembly adopted resolution ES-10/21 on a humanitarian truce in Gaza. ",
         date(2023, 10, 28))


# "A and B were two of 11 states that voted against": after a copula the larger number is the side's count
def test_two_of_n_countries_that_voted_against(built_store):
    lead, day = TRUCE
    said = _counts(lead, "Austria and Hungary were two of 14 states that opposed the resolution.", day)
    assert said == {("no", 14): ("A/RES/ES-10/21", "supported")}
    said = _counts(lead, "Austria and Hungary were two of 12 states that opposed the resolution.", day)
    assert list(said) == [("no", 12)] and said[("no", 12)][1] != "supported"  # read, and never supported
    # a group's share is no side's count
    assert ("yes", 27) not in _counts(lead, "Of the EU's members, 24 of the 27 voted in favour.", day)


# a counted group named by its kind only, then one whose members follow a dash, inside one object list
def test_a_group_named_by_its_kind_before_a_dashed_group(built_store):
    lead, day = TRUCE
    said = positions_after(lead, "Those voting against included Israel, three Pacific island nations and only four "
                                 "European countries — Austria, Croatia, Czechia and Hungary.", day)
    assert said == {iso3: ("no", "supported") for iso3 in ("ISR", "AUT", "HRV", "CZE", "HUN")}


# "adopted over U.S. and Israeli opposition": the owners as adjectives before the noun; an opposition says no,
# abstain or away (claims/either.py), in a clause about the vote whose own subject is no state
def test_owners_of_an_opposition_as_adjectives(built_store):
    lead, day = TRUCE
    either = "no or abstain or absent"
    assert positions_after(lead, "The Assembly adopted the resolution over U.S. and Israeli opposition.", day) == {
        "USA": (either, "supported"), "ISR": (either, "supported")}
    assert positions_after(lead, "The text passed despite strong American objections.", day) == {
        "USA": (either, "supported")}
    # a clause about drafting, and a voter's own clause, give the owner no vote
    assert positions_after(lead, "Jordan drafted the text despite American opposition.", day) == {}
    assert positions_after(lead, "The United States voted against it despite Jordanian objections.", day) == {
        "USA": ("no", "supported")}
    # an opposition to something else is no side on the text
    assert "USA" not in positions_after(lead, "The Assembly adopted it over U.S. opposition to a ceasefire.", day)


# a state away from the vote in other words
def test_away_from_the_vote_in_other_words(built_store):
    lead, day = TRUCE
    assert positions_after(lead, "Venezuela did not even vote.", day) == {"VEN": ("absent", "supported")}
    assert positions_after(lead, "Venezuela did not vote as the General Assembly adopted the text.", day) == {
        "VEN": ("absent", "supported")}
    assert positions_after(lead, "Venezuela's non-voting drew criticism at home.", day) == {
        "VEN": ("absent", "supported")}
    # "did not vote as B did" is a side not shared; a non-voting status is no absence
    assert positions_after(lead, "Venezuela did not vote as Cuba did.", day) == {}
    assert positions_after(lead, "Palestine's non-voting observer status was raised in the debate.", day) == {}
    assert list(_counts(lead, "In all, 14 countries did not even vote.", day)) == [("absent", 14)]


CEASEFIRE = ("On 12 December 2023 the General Assembly adopted resolution ES-10/22 on a ceasefire in Gaza. ",
             date(2023, 12, 13))


# "N of the UN member states": the membership counted, as "N of the 193 member states" was
def test_n_of_the_un_member_states(built_store):
    lead, day = CEASEFIRE
    for sentence in ("In the end, 153 of the UN member states backed the text.",
                     "In the end, 153 of the UN's member states backed the text."):
        assert _counts(lead, sentence, day) == {("yes", 153): ("A/RES/ES-10/22", "supported")}


# a sentence adverb and a comma before the list is no name the record lacks: the companions are counted
def test_a_sentence_adverb_before_a_counted_list(built_store):
    lead, day = CEASEFIRE
    said = _counts(lead, "However, Israel and the United States opposed the text, along with eight others.", day)
    assert said == {("no", 10): ("A/RES/ES-10/22", "supported")}
    # an unknown name before the list still leaves the count unread
    assert ("no", 10) not in _counts(lead, "Ruritania, Israel and the United States opposed the text, along with eight "
                                           "others.", day)
