"""Sixteenth round (issue 9, branch fix15): votes joined by "or" (claims/either.py), in sentences of our own, with
traps. Before, "Venezuela abstained or was absent" was read as an abstention and called false (Venezuela did not
vote): a true statement called contradicted.

The record used: ES-11/1 of 2 March 2022, 141-5-35 with 12 absent; Eritrea and Belarus voted no, China and India
abstained, Venezuela did not vote."""

from __future__ import annotations

import pytest

from tests.fixtures import ES11_1_DAY
from unga import api
from unga.claims import either, participation

LEAD = ("On 2 March 2022 the General Assembly adopted resolution ES-11/1 on the aggression against Ukraine by 141 "
        "votes to 5, with 35 abstentions. ")


def positions(sentence: str) -> dict[str, tuple[str, str]]:
    """{state: (vote said, verdict)} of the positions the sentence after the lead gives."""
    return {c["state"]: (c["asserted"]["vote"], c["verdict"])
            for c in api.check_text(LEAD + sentence, published=ES11_1_DAY).claims
            if c["kind"] == "position" and c["span"][0] >= len(LEAD)}


@pytest.mark.parametrize("sentence, votes", [
    ("Venezuela abstained or was absent.", ["abstain", "absent"]),
    ("China either voted no or abstained.", ["no", "abstain"]),
    ("Syria and Belarus voted no, abstained or were absent.", ["no", "abstain", "absent"]),
    ("India, which abstained or stayed away, said little.", ["abstain", "absent"]),
])
def test_a_disjunction_of_vote_phrases_is_found(sentence, votes):
    (_, _, found), = either.disjunctions(sentence)
    assert found == votes


@pytest.mark.parametrize("sentence", [
    "Belarus voted against, and China abstained.",  # two clauses, two votes
    "Syria voted no, abstained later, and left.",  # no "or" between the phrases
    "Belarus voted against, or so its envoy said.",  # one vote phrase
])
def test_no_disjunction_without_or_between_two_vote_phrases(sentence):
    assert either.disjunctions(sentence) == []


def test_a_true_disjunction_is_never_called_false(built_store):
    assert positions("Venezuela abstained or was absent.") == {"VEN": ("abstain or absent", "supported")}
    assert positions("China voted no or abstained.") == {"CHN": ("no or abstain", "supported")}
    assert positions("India and China abstained or were absent.") == {
        "IND": ("abstain or absent", "supported"), "CHN": ("abstain or absent", "supported")}


def test_a_false_disjunction_is_caught(built_store):
    # Eritrea voted against: neither an abstention nor an absence
    assert positions("Eritrea abstained or was absent.") == {"ERI": ("abstain or absent", "contradicted")}


def test_the_other_clause_keeps_its_own_vote(built_store):
    said = positions("Belarus voted against, while Venezuela abstained or was absent.")
    assert said == {"BLR": ("no", "supported"), "VEN": ("abstain or absent", "supported")}


def test_every_rule_that_compares_a_vote_with_the_record_reads_a_disjunction():
    # alternatives.py holds a claim back when another vote makes it true, through the verdict's own judge
    # (participation.holds, tests/test_claims_one_judge.py): a disjunction is true of either vote
    assert participation.holds("no or abstain", "abstain") and participation.holds("no", "no")
    assert not participation.holds("no or abstain", "yes") and not participation.holds("no or abstain", None)
    assert participation.holds("abstain or absent", "absent") and participation.holds("abstain or absent", "no") is False


# --- the opposition a vote was taken over (claims/stance.py): not a yes, whichever way it was cast ---

@pytest.mark.parametrize("sentence", [
    "The text was adopted despite the opposition of Belarus, Syria and Eritrea.",
    "The Assembly passed it in the face of opposition from Belarus, Syria and Eritrea.",
    "It was approved over the strong objections of Belarus, Syria and Eritrea.",
])
def test_the_states_a_vote_was_taken_over_did_not_vote_yes(built_store, sentence):
    assert positions(sentence) == {iso3: ("no or abstain or absent", "supported") for iso3 in ("BLR", "SYR", "ERI")}


def test_opposition_from_a_state_that_voted_yes_is_caught(built_store):
    assert positions("The text was adopted despite opposition from France.") == {
        "FRA": ("no or abstain or absent", "contradicted")}


@pytest.mark.parametrize("sentence", [
    "The talks ended without a document due to opposition from Russia.",  # no adoption over it
    "The text was adopted without opposition from China.",  # negated
    "The treaty must overcome opposition from India before it takes effect.",  # a future, not this vote
])
def test_opposition_that_is_not_the_votes_is_not_read(built_store, sentence):
    assert positions(sentence) == {}
