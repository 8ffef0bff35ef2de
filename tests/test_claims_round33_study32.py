"""Thirty-third round (branch study32): holdout32's families, read from sentences of our own, true and false variants
side by side. The record used: ES-11/1 (2 March 2022, 141-5-35: Russia, Belarus, North Korea, Eritrea and Syria
against; China, India, Kazakhstan and Iraq abstaining; Brazil and the United States in favour)."""

from __future__ import annotations

from datetime import date

from unga import api

MARCH_2022 = date(2022, 3, 3)
UKRAINE = "By 141 votes to 5, with 35 abstentions, the General Assembly demanded on 2 March that Russia leave Ukraine. "
ES11 = "A/RES/ES-11/1"


def positions(said: str) -> dict[str, tuple[str, str]]:
    text = UKRAINE + said
    return {c["state"]: (c["asserted"]["vote"], c["verdict"])
            for c in api.check_text(text, published=MARCH_2022).claims
            if c["kind"] == "position" and c["span"][0] >= len(UKRAINE) and c["resolution"] == ES11}


# a relative clause about another deed between the subject and a copular vote phrase

def test_a_relative_clause_before_were_among_those_that_opposed(built_store):
    got = positions("Belarus and Syria, which host Russian troops, were among those that opposed it.")
    assert got == {"BLR": ("no", "supported"), "SYR": ("no", "supported")}


def test_a_who_clause_before_a_counted_group_of_abstainers(built_store):
    got = positions("China and India, who both buy oil from Russia, were among the 35 countries that abstained.")
    assert got == {"CHN": ("abstain", "supported"), "IND": ("abstain", "supported")}  # Russia, in the clause, no voter


def test_a_relative_clause_before_a_false_side_is_caught(built_store):
    got = positions("Brazil, which has close ties to Moscow, was among those that voted against it.")
    assert got == {"BRA": ("no", "contradicted")}


# the leader a state voted under, between the state and its vote phrase

def test_a_state_under_its_president_among_the_supporters(built_store):
    assert positions("Brazil under President Bolsonaro was among the states that voted in favour.") == \
        {"BRA": ("yes", "supported")}


def test_a_state_under_a_bare_surname(built_store):
    assert positions("The U.S. under Biden was among those that voted for the text.") == {"USA": ("yes", "supported")}


def test_a_state_under_its_prime_minister_said_to_oppose_is_caught(built_store):
    assert positions("India under Prime Minister Modi was among those that voted against it.") == \
        {"IND": ("no", "contradicted")}


def test_a_state_the_pressure_came_from_is_no_voter(built_store):
    # "under pressure from Russia": Russia is where the pressure came from, never an abstainer (a false alarm before)
    assert "RUS" not in positions("Kazakhstan under pressure from Russia was among those that abstained.")


# a refusal to back a text named by its sponsor's adjective or possessive

def test_a_refusal_to_back_the_sponsors_draft(built_store):
    assert positions("Eritrea refused to back Ukraine's draft.") == {"ERI": ("no", "supported")}


def test_a_refusal_to_support_the_sponsors_adjective_text_is_never_called_false(built_store):
    # China abstained: "did not support" is no, an abstention or an absence, and never called false
    assert positions("China did not support the Ukrainian resolution.") == {"CHN": ("no", "unverifiable")}


def test_a_refusal_said_of_a_supporter_is_not_called_false(built_store):
    assert positions("Brazil failed to back Ukraine's initiative.") == {"BRA": ("no", "unverifiable")}


def test_a_refusal_to_back_the_state_itself_gives_no_side(built_store):
    assert positions("Brazil refused to back Ukraine in the vote.") == {}


# siding with a state: the side that state took (its own vote on the roll call), never called false

def test_siding_with_a_state_is_its_side(built_store):
    assert positions("Belarus and Eritrea sided with Russia on the resolution.") == \
        {"BLR": ("no", "supported"), "ERI": ("no", "supported")}


def test_siding_with_a_state_said_of_an_abstainer_is_not_called_false(built_store):
    assert positions("China sided with Russia in the vote.") == {"CHN": ("no", "unverifiable")}


def test_siding_with_a_state_to_vote_is_the_joined_vote(built_store):
    got = positions("Syria sided with Russia to vote against the text.")
    assert got == {"SYR": ("no", "supported"), "RUS": ("no", "supported")}


def test_siding_with_a_state_on_another_matter_is_no_vote(built_store):
    assert positions("Serbia has long sided with Russia on energy.") == {}
