"""Twenty-fourth round (issue 9, branch widen2): the families left last round, each widened from its existing rule and
tested in several variants of our own, with its trap. The record: ES-11/1 (141-5-35, 12 absent; no: Belarus, North
Korea, Eritrea, Russia, Syria; China, India and Pakistan abstained; Ukraine, Poland and Japan yes); Cuba's series
(Brazil abstained on 77/7 in 2022 and voted yes on 78/7 in 2023)."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures import ES11_1_LEAD, claims_after, positions_after

NO3 = {"RUS": ("no", "supported"), "BLR": ("no", "supported"), "SYR": ("no", "supported")}
ABSTAIN3 = {"CHN": ("abstain", "supported"), "IND": ("abstain", "supported"), "PAK": ("abstain", "supported")}


# an aside inside a list, in brackets, between commas or dashes, neither ends the list nor gives a vote
@pytest.mark.parametrize("sentence,expected", [
    ("Voting against were Russia, Belarus (a close ally of Moscow) and Syria.", NO3),
    ("Those abstaining were China (whose envoy spoke before the vote), India and Pakistan.", ABSTAIN3),
    ("Russia, Belarus (a close ally of Moscow) and Syria voted against.", NO3),
    ("Russia, Belarus, a close ally of Moscow, and Syria voted against.", NO3),
    ("Russia, Belarus – long a critic of the West – and Syria voted against.", NO3),
    ("China (whose envoy spoke first), India and Pakistan abstained.", ABSTAIN3),
])
def test_an_aside_inside_a_list(built_store, sentence, expected):
    assert positions_after(ES11_1_LEAD, sentence) == expected


def test_trap_a_state_named_in_a_bracketed_aside_takes_no_vote(built_store):
    # Kenya voted yes: the aside names it as Belarus's neighbour, never as a voter
    assert positions_after(ES11_1_LEAD, "Voting against were Russia, Belarus (a neighbour of Kenya) and Syria.") == NO3


# a count of the side before its copula, and a sentence adverb in commas between the side and its copula
@pytest.mark.parametrize("sentence,expected", [
    ("The five opposed were Russia, Belarus and Syria.", NO3),
    ("The six opposed, however, were Russia, Belarus and Syria.", NO3),
    ("Those voting against, however, were Russia, Belarus and Syria.", NO3),
    ("Those abstaining, as expected, were China, India and Pakistan.", ABSTAIN3),
    ("The 35 that abstained included China, India and Pakistan.", ABSTAIN3),
    ("The abstainers, however, included China, India and Pakistan.", ABSTAIN3),
    ("The five opposed were Russia, Belarus and Kenya.",
     {"RUS": ("no", "supported"), "BLR": ("no", "supported"), "KEN": ("no", "contradicted")}),
])
def test_the_side_counted_or_set_off_before_its_copula(built_store, sentence, expected):
    assert positions_after(ES11_1_LEAD, sentence) == expected


# a "with" clause after a copula's complement has its own vote phrase: its states are not the label's list
@pytest.mark.parametrize("sentence,expected", [
    ("The number of abstentions was higher than expected, with China, India and Pakistan abstaining.", ABSTAIN3),
    ("The number of abstentions was down on 2014, with Kenya and France voting in favour this time.",
     {"KEN": ("yes", "supported"), "FRA": ("yes", "supported")}),
    ("The abstentions were 35, with China, India and Pakistan among them.", ABSTAIN3),
])
def test_a_with_clause_after_the_copula(built_store, sentence, expected):
    assert positions_after(ES11_1_LEAD, sentence) == expected


def test_trap_a_counted_side_without_a_list_gives_no_vote(built_store):
    assert positions_after(ES11_1_LEAD, "The five opposed, however, were not swayed by Kenya.") == {}


# "endorsed by" with the text voted on as its subject
@pytest.mark.parametrize("sentence,expected", [
    ("It was endorsed by Ukraine and Poland.", {"UKR": ("yes", "supported"), "POL": ("yes", "supported")}),
    ("The text was endorsed by Ukraine and Poland.", {"UKR": ("yes", "supported"), "POL": ("yes", "supported")}),
    ("The resolution, endorsed by Ukraine and Japan, passed easily.",
     {"UKR": ("yes", "supported"), "JPN": ("yes", "supported")}),
    ("The resolution was endorsed by Ukraine and China.", {"UKR": ("yes", "supported"), "CHN": ("yes", "contradicted")}),
])
def test_endorsed_by_with_the_text_as_subject(built_store, sentence, expected):
    assert positions_after(ES11_1_LEAD, sentence) == expected


def test_trap_endorsed_by_with_another_subject_gives_no_vote(built_store):
    assert positions_after(ES11_1_LEAD, "The peace plan was endorsed by Russia and China.") == {}


# the abstentions fronted before the pair they complete: one tally
@pytest.mark.parametrize("sentence,expected", [
    ("With 35 abstentions, the resolution passed 141 to 5.", ({"yes": 141, "no": 5, "abstain": 35}, "supported")),
    ("With 35 countries abstaining, the text was adopted by 141 votes to 5.",
     ({"yes": 141, "no": 5, "abstain": 35}, "supported")),
    ("With thirty-five abstentions, it passed 141-5.", ({"yes": 141, "no": 5, "abstain": 35}, "supported")),
    ("With 38 abstentions, the resolution passed 141 to 5.", ({"yes": 141, "no": 5, "abstain": 38}, "contradicted")),
])
def test_fronted_abstentions_complete_the_tally(built_store, sentence, expected):
    got = [(c["asserted"], c["verdict"]) for c in claims_after(ES11_1_LEAD, sentence, "tally")]
    assert got == [expected]
    assert claims_after(ES11_1_LEAD, sentence, "count") == []


def test_trap_abstentions_in_another_sentence_stay_a_count(built_store):
    got = claims_after(ES11_1_LEAD, "There were 35 abstentions. The resolution passed 141 to 5.", "count")
    assert [(c["asserted"]["field"], c["asserted"]["value"]) for c in got] == [("abstain", 35)]


# a change of vote in a participle clause opening the sentence: the subject after its comma has both votes
CUBA_78_LEAD = "On 2 November 2023, the General Assembly adopted resolution 78/7, calling for an end to the US embargo against Cuba. "
CUBA_78_DAY = date(2023, 11, 3)


def placed(sentence: str) -> set[tuple]:
    return {(c["state"], c["asserted"]["vote"], c["resolution"], c["verdict"])
            for c in claims_after(CUBA_78_LEAD, sentence, "position", CUBA_78_DAY)}


@pytest.mark.parametrize("sentence", [
    "After abstaining last year, Brazil voted in favour this year.",
    "After having abstained last year, Brazil voted in favour this time.",
    "Having abstained last year, Brazil voted in favour this year.",
    "After abstaining in 2022, Brazil voted in favour.",
])
def test_a_change_of_vote_in_an_opening_participle(built_store, sentence):
    assert placed(sentence) == {("BRA", "yes", "A/RES/78/7", "supported"), ("BRA", "abstain", "A/RES/77/7", "supported")}


def test_trap_an_opening_clause_with_its_own_subject_gives_the_second_state_nothing(built_store):
    # "After Brazil abstained …": the clause has its own subject; Ukraine is not its voter
    got = placed("After Brazil abstained last year, Ukraine voted in favour this year.")
    assert not any(state == "UKR" and vote == "abstain" for state, vote, _, _ in got)
