"""Nineteenth round (issue 9, branch study20): the general extraction classes of holdout20's misses that recur on the
other opened sets, in sentences of our own, each with its trap. The record: ES-11/1 (141-5-35, 12 absent; no: Belarus,
North Korea, Eritrea, Russia, Syria; China and India abstained; Kenya yes)."""

from __future__ import annotations

from fixtures import ES11_1_LEAD, claims_after, positions_after


def counts(sentence: str) -> list[tuple]:
    return [(c["asserted"]["field"], c["asserted"]["value"], c["verdict"])
            for c in claims_after(ES11_1_LEAD, sentence, "count")]


def tallies(sentence: str) -> list[tuple]:
    return [(c["asserted"], c["verdict"]) for c in claims_after(ES11_1_LEAD, sentence, "tally")]


# "a majority of N" is the size of the side that carried the vote when the side's own label follows the number
def test_a_majority_of_states_in_favour_opens_the_tally(built_store):
    assert tallies("It was carried by a majority of 141 states in favour, 5 votes against and 35 abstentions.") == [
        ({"yes": 141, "no": 5, "abstain": 35}, "supported")]


def test_a_majority_said_one_short_is_contradicted(built_store):
    assert tallies("It was carried by a majority of 140 states in favour, 5 votes against and 35 abstentions.") == [
        ({"yes": 140, "no": 5, "abstain": 35}, "contradicted")]


def test_a_majority_of_member_states_voting_in_favour_far_from_its_verb(built_store):
    assert counts("The Assembly adopted a text on the aggression against Ukraine and its consequences for civilians, "
                  "with a large majority of 141 member states voting in favour.") == [("yes", 141, "supported")]


def test_a_strong_majority_of_member_states_before_the_side_against(built_store):
    assert tallies("The text was approved by a strong majority of 141 member states, with five countries voting "
                   "against it.") == [({"yes": 141, "no": 5}, "supported")]


def test_trap_a_majority_needed_is_no_count(built_store):
    assert counts("The sponsors needed a majority of 97 in favour, and got it easily.") == []


def test_trap_a_majority_of_the_membership_voting_is_a_share(built_store):
    assert counts("A majority of 193 member states voted in favour.") == []


# the absent said as "absences" or "absent or not voting" close a tally
def test_absences_close_a_tally(built_store):
    assert tallies("It was adopted with 141 votes in favour, 5 against, 35 abstentions and 12 absences.") == [
        ({"yes": 141, "no": 5, "abstain": 35, "absent": 12}, "supported")]


def test_absent_or_not_voting_is_one_field_not_an_aggregate(built_store):
    assert tallies("It passed 141 to 5, with 35 abstentions and 13 absent or not voting.") == [
        ({"yes": 141, "no": 5, "abstain": 35, "absent": 13}, "contradicted")]


# a side named by a noun and counted in states: "over opposition from five countries", "abstentions from 35 countries"
def test_opposition_from_a_number_of_countries_is_the_count_against(built_store):
    assert counts("The text was adopted over opposition from five countries, including Russia and Belarus.") == [
        ("no", 5, "supported")]
    assert positions_after(ES11_1_LEAD, "The text was adopted over opposition from five countries, including Russia "
                                        "and Belarus.") == {"RUS": ("no", "supported"), "BLR": ("no", "supported")}


def test_abstentions_from_a_number_of_countries_close_the_tally(built_store):
    assert tallies("The text received 141 votes in favour and five votes against, with abstentions from 36 "
                   "countries.") == [({"yes": 141, "no": 5, "abstain": 36}, "contradicted")]


def test_trap_opposition_from_without_a_number_of_states_is_no_count(built_store):
    assert counts("The text was adopted over opposition from 2022 onwards by Russia.") == []


def test_trap_opposition_from_members_of_a_group_is_the_group_s_share(built_store):
    assert counts("The text was adopted over opposition from seven members of the Commonwealth.") == []


# the side as the predicate after "among": "were among the opponents", "among the nine dissenters"
def test_states_among_the_opponents_voted_against(built_store):
    assert positions_after(ES11_1_LEAD, "Belarus, Syria and Kenya were among the opponents.") == {
        "BLR": ("no", "supported"), "SYR": ("no", "supported"), "KEN": ("no", "contradicted")}


def test_states_among_the_supporters_voted_yes(built_store):
    assert positions_after(ES11_1_LEAD, "Kenya and China were among the supporters.") == {
        "KEN": ("yes", "supported"), "CHN": ("yes", "contradicted")}


def test_trap_opponents_of_something_else_are_no_voters(built_store):
    assert positions_after(ES11_1_LEAD, "Kenya was among the opponents of the sanctions regime.") == {}


# "A, B and other three countries voted against": the word order some writers use for "three other countries"
def test_states_before_other_n_countries_take_the_vote(built_store):
    assert positions_after(ES11_1_LEAD, "Russia, Belarus and other three countries voted against this resolution.") \
        == {"RUS": ("no", "supported"), "BLR": ("no", "supported")}
    assert counts("Russia, Belarus and other three countries voted against this resolution.") == [
        ("no", 5, "supported")]


def test_a_state_before_other_n_countries_said_wrong_is_contradicted(built_store):
    assert positions_after(ES11_1_LEAD, "Kenya and other 34 countries abstained from voting.")["KEN"] == (
        "abstain", "contradicted")


def test_an_accord_endorsed_over_opposition_from_n_countries(built_store):
    assert counts("The Assembly endorsed the text on Ukraine over opposition from six countries, including Russia.") == [
        ("no", 6, "contradicted")]
