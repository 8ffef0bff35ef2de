"""Twenty-fifth round (issue 9, branch widen3): four families of our own paraphrase set the checker missed or misread,
each tested in several variants of our own, with its trap. The record: ES-11/1 (141-5-35, 12 absent; no: Belarus,
North Korea, Eritrea, Russia, Syria; China, India and Pakistan abstained; Ukraine, Poland, France and Japan yes);
Cuba's series (Brazil abstained on 77/7 in 2022 and voted yes on 78/7 in 2023)."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures import ES11_1_LEAD, claims_after, positions_after


# a list whose vote is denied ("neither B nor C", "none of B, C or D", "not even B") says no side of B's vote: it
# gives no position (on main each was read as the vote denied and called contradicted: a false alarm on a true text)
@pytest.mark.parametrize("sentence,expected", [
    ("Neither China nor India voted against.", {}),
    ("Neither China nor India backed the text.", {}),
    ("The resolution was backed by neither China nor India.", {}),
    ("None of China, India or Pakistan voted against.", {}),
    ("Not even China voted against.", {}),
    ("France voted in favour, but neither China nor India did.", {"FRA": ("yes", "supported")}),
    ("Belarus voted against. Neither China nor India voted against.", {"BLR": ("no", "supported")}),
    ("China abstained, although neither Belarus nor Syria abstained.", {"CHN": ("abstain", "supported")}),
])
def test_a_denied_list_gives_no_position(built_store, sentence, expected):
    assert positions_after(ES11_1_LEAD, sentence) == expected


def test_trap_a_list_beside_a_denied_one_keeps_its_vote(built_store):
    # "both" after "neither" is no denial: China and India abstained, as said
    assert positions_after(ES11_1_LEAD, "China and India abstained; neither voted against.") == \
        {"CHN": ("abstain", "supported"), "IND": ("abstain", "supported")}


# the side as the object of "cast": a yes vote, a "no" vote, an abstention
@pytest.mark.parametrize("sentence,expected", [
    ("Belarus cast a no vote.", {"BLR": ("no", "supported")}),
    ("France cast a yes vote.", {"FRA": ("yes", "supported")}),
    ('Belarus and Syria cast their "no" votes.', {"BLR": ("no", "supported"), "SYR": ("no", "supported")}),
    ("China cast an abstention on the text.", {"CHN": ("abstain", "supported")}),
    ("Japan cast a no vote.", {"JPN": ("no", "contradicted")}),
])
def test_cast_a_vote_of_a_side(built_store, sentence, expected):
    assert positions_after(ES11_1_LEAD, sentence) == expected


def test_trap_cast_no_votes_is_no_side(built_store):
    # "cast no votes" may say the states did not vote at all: no "no" is read
    assert positions_after(ES11_1_LEAD, "Belarus and Syria cast no votes.") == {}


# states as a share of a side's group: the positions, and the group's size as the side's count
NO2 = {"BLR": ("no", "supported"), "SYR": ("no", "supported")}


@pytest.mark.parametrize("sentence,expected,count", [
    ("Belarus and Syria were two of the five states that voted against.", NO2, ("no", 5)),
    ("Belarus and Syria were among the text's five opponents.", NO2, ("no", 5)),
    ("Belarus and Syria were two of the five dissenters.", NO2, None),
    ("China and India were two of the 35 abstainers.", {"CHN": ("abstain", "supported"), "IND": ("abstain", "supported")},
     ("abstain", 35)),
    ("China and India, two of the 35 abstainers, said nothing in the debate.",
     {"CHN": ("abstain", "supported"), "IND": ("abstain", "supported")}, ("abstain", 35)),
    ("France was among the resolution's supporters.", {"FRA": ("yes", "supported")}, None),
    ("China was among the resolution's abstainers.", {"CHN": ("abstain", "supported")}, None),
])
def test_a_share_of_a_sides_group(built_store, sentence, expected, count):
    assert positions_after(ES11_1_LEAD, sentence) == expected
    counts = [(c["asserted"]["field"], c["asserted"]["value"], c["verdict"]) for c in claims_after(ES11_1_LEAD, sentence, "count")]
    assert counts == ([(*count, "supported")] if count else [])


def test_trap_opponents_of_something_else_are_no_count(built_store):
    got = claims_after(ES11_1_LEAD, "The 40 opponents of the war met in Geneva before the vote.", "count")
    assert got == []


# a verb phrase of the state's own before its vote, one with a companion, an aside with its own time
@pytest.mark.parametrize("sentence,expected", [
    ("France broke ranks and voted in favour.", {"FRA": ("yes", "supported")}),
    ("China broke with its neighbours and abstained.", {"CHN": ("abstain", "supported")}),
    ("Belarus sided with Russia and voted against.", {"BLR": ("no", "supported"), "RUS": ("no", "supported")}),
    ("Japan sided with Russia and voted against.", {"JPN": ("no", "contradicted"), "RUS": ("no", "supported")}),
])
def test_a_verb_phrase_before_the_vote(built_store, sentence, expected):
    assert positions_after(ES11_1_LEAD, sentence) == expected


CUBA_78_LEAD = "On 2 November 2023, the General Assembly adopted resolution 78/7, calling for an end to the US embargo against Cuba. "


@pytest.mark.parametrize("sentence", [
    "Brazil, after abstaining last year, voted in favour this year.",
    "Brazil, having abstained a year earlier, voted in favour this time.",
])
def test_an_aside_with_its_own_time_before_the_vote(built_store, sentence):
    got = {(c["state"], c["asserted"]["vote"], c["resolution"], c["verdict"])
           for c in claims_after(CUBA_78_LEAD, sentence, "position", date(2023, 11, 3))}
    assert got == {("BRA", "yes", "A/RES/78/7", "supported"), ("BRA", "abstain", "A/RES/77/7", "supported")}


# an explanation of vote: the state's own word on how it voted, "explained" as "said"
@pytest.mark.parametrize("sentence,expected", [
    ("India's ambassador explained that his country abstained.", {"IND": ("abstain", "supported")}),
    ("Speaking after the vote, the representative of China said her delegation had abstained.",
     {"CHN": ("abstain", "supported")}),
    ("Japan explained that it had voted in favour.", {"JPN": ("yes", "supported")}),
    ("Japan explained that it had voted against the text.", {"JPN": ("no", "contradicted")}),
])
def test_an_explanation_of_vote(built_store, sentence, expected):
    assert positions_after(ES11_1_LEAD, sentence) == expected


def test_trap_an_explained_intention_is_no_vote(built_store):
    assert positions_after(ES11_1_LEAD, "India explained that it would abstain if the text were put to a vote.") == {}
