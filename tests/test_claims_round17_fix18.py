"""Seventeenth round (issue 9, branch fix18): constructions of English read in the misses of holdout7, 10, 12, 14,
15 and 17, in sentences of our own, each with its trap. The record: ES-11/1 (141-5-35; no: Belarus, North Korea,
Eritrea, Russia, Syria; Kenya and Ghana yes)."""

from __future__ import annotations

import pytest
from fixtures import ES11_1_LEAD, claims_after, positions_after

from unga.claims import digits, numbers


def counts(sentence: str) -> list[tuple]:
    return [(c["asserted"]["field"], c["asserted"]["value"], c["verdict"])
            for c in claims_after(ES11_1_LEAD, sentence, "count")]


def tallies(sentence: str) -> list[tuple]:
    return [(c["asserted"], c["verdict"]) for c in claims_after(ES11_1_LEAD, sentence, "tally")]


# "member-states": the hyphenated spelling of the counted noun
def test_member_states_with_a_hyphen_are_counted(built_store):
    assert tallies("In a 141 to 5 vote, with 35 member-states abstaining, the Assembly backed the text.") == [
        ({"yes": 141, "no": 5, "abstain": 35}, "supported")]


def test_member_states_with_a_hyphen_head_a_list_of_voters(built_store):
    assert positions_after(ES11_1_LEAD, "Belarus and Syria were among the member-states who voted against the text.") \
        == {"BLR": ("no", "supported"), "SYR": ("no", "supported")}


def test_the_hyphen_is_read_as_a_space_and_offsets_hold():
    assert digits.in_digits("44 member-states abstained") == "44 member states abstained"


# "voted in support of the resolution": a yes, as "in favour of"
def test_voted_in_support_of_the_text_is_a_yes(built_store):
    assert positions_after(ES11_1_LEAD, "Kenya and Ghana voted in support of the text.") == {
        "KEN": ("yes", "supported"), "GHA": ("yes", "supported")}


def test_among_the_n_that_voted_in_support_is_a_count_and_a_position(built_store):
    sentence = "Kenya was among 141 nations that voted in support of a resolution that condemned the invasion."
    assert counts(sentence) == [("yes", 141, "supported")]
    assert positions_after(ES11_1_LEAD, sentence) == {"KEN": ("yes", "supported")}


@pytest.mark.parametrize("sentence", ["Belarus and Syria voted in support of Russia.",
                                      "Belarus voted in support of Moscow."])
def test_trap_in_support_of_the_judged_state_is_a_no(built_store, sentence):
    said = positions_after(ES11_1_LEAD, sentence)
    assert said and all(vote == "no" and verdict == "supported" for vote, verdict in said.values())


def test_trap_n_countries_in_support_of_a_state_is_no_yes_count(built_store):
    assert ("yes", 5) not in [(f, v) for f, v, _ in counts("Five countries voted in support of Russia.")]


# zero against said without a number (ES-11/1 had 5 against: the zero is read, and never supported)
@pytest.mark.parametrize("sentence", ["No country voted against the resolution.",
                                      "There was no dissenting vote, and 141 members voted for the resolution."])
def test_no_one_against_is_a_count_of_zero(built_store, sentence):
    said = [(c["asserted"]["value"], c["verdict"]) for c in claims_after(ES11_1_LEAD, sentence, "count")
            if c["asserted"]["field"] == "no"]
    said += [(c["asserted"]["no"], c["verdict"]) for c in claims_after(ES11_1_LEAD, sentence, "tally")
             if "no" in c["asserted"]]
    assert said and all(no == 0 and verdict != "supported" for no, verdict in said)


@pytest.mark.parametrize("sentence", [
    "No country voted against Russia.",  # a side on a state, not a count of the vote
    "No state opposed sending observers.",  # its object is no vote
])
def test_trap_no_one_against_something_else_is_no_count(sentence):
    assert not any(g.fields.get("no") == 0 for g in numbers.tallies(digits.in_digits(sentence)))


# a group heading its members inside a list: "A, B and the Asian states of C and D"
def test_a_group_of_named_members_keeps_the_list_whole(built_store):
    sentence = "Russia, Belarus, and the Asian states of Syria and North Korea voted against the resolution."
    assert positions_after(ES11_1_LEAD, sentence) == {
        "RUS": ("no", "supported"), "BLR": ("no", "supported"), "SYR": ("no", "supported"), "PRK": ("no", "supported")}


def test_trap_a_group_of_something_else_names_no_member(built_store):
    assert positions_after(ES11_1_LEAD, "Russia, Belarus and the Arab states of the Gulf voted against the text.") \
        in ({}, {"RUS": ("no", "supported"), "BLR": ("no", "supported")})


# voting ''no'': two single quotes for one double quote
def test_doubled_single_quotes_around_a_vote_word(built_store):
    assert positions_after(ES11_1_LEAD, "Joining Russia in voting ''no'' were Belarus, Syria and Eritrea.") == {
        "RUS": ("no", "supported"), "BLR": ("no", "supported"), "SYR": ("no", "supported"), "ERI": ("no", "supported")}


def test_doubled_quotes_keep_the_length_and_leave_an_apostrophe():
    text = "voting ''no'' while it''s late"
    assert digits.in_digits(text) == 'voting  "no"  while it\'\'s late' and len(digits.in_digits(text)) == len(text)


# "with A and B both choosing to abstain": the gerund of a choice, as "chose to"
def test_choosing_to_abstain_after_its_subject(built_store):
    assert positions_after(ES11_1_LEAD, "The vote was split, with Kenya and Ghana both choosing to abstain.") == {
        "KEN": ("abstain", "contradicted"), "GHA": ("abstain", "contradicted")}


def test_trap_choosing_in_an_aside_is_not_the_main_vote(built_store):
    assert positions_after(ES11_1_LEAD, "Kenya, choosing to abstain on procedure, later voted in favour.").get(
        "KEN", ("yes",))[0] != "abstain"


# "abstained from backing the resolution": an abstention on it; "A together with B were among …": one list
def test_abstained_from_backing_the_text(built_store):
    assert positions_after(ES11_1_LEAD, "India has abstained from backing a resolution in support of Ukraine.") == {
        "IND": ("abstain", "supported")}


def test_trap_abstained_from_backing_something_else(built_store):
    assert positions_after(ES11_1_LEAD, "India abstained from backing the war.") == {}


def test_together_with_joins_a_list(built_store):
    sentence = "India together with Pakistan were among the 35 countries that abstained from supporting the resolution."
    assert positions_after(ES11_1_LEAD, sentence) == {"IND": ("abstain", "supported"), "PAK": ("abstain", "supported")}
