"""Sixteenth round (issue 9, branch fix16): a side of the vote written as a stance noun owned by the listed states
("adopted despite the opposition of A and B", "saw opposition from A", "with the support of N countries, including
A"), and examples hung after a group's vote ("dozens of states voted against it, including A and B"), in sentences of
our own; traps where the list is what the stance is about, a sponsor, or the view of another voter.

The record: ES-11/1 of 2 March 2022 (141-5-35; no: Russia, Belarus, Syria, Eritrea, North Korea; France, Japan and
Brazil yes; China and India abstained)."""

from __future__ import annotations

import pytest
from fixtures import ES11_1_LEAD, positions_after


def read(sentence: str) -> dict[str, tuple[str, str]]:
    return positions_after(ES11_1_LEAD, sentence)


NO_SIDE = {"SYR": ("no", "supported"), "BLR": ("no", "supported")}
# an opposition says the owners opposed the text, not how they voted (a no, an abstention, no vote)
OPPOSED = {"SYR": ("no or abstain or absent", "supported"), "BLR": ("no or abstain or absent", "supported")}


@pytest.mark.parametrize("sentence", [
    "The text passed despite the opposition of Syria and Belarus.",
    "It was adopted over objections from Syria and Belarus.",
    "The resolution was approved in the face of fierce opposition from Syria and Belarus.",
    "The resolution saw opposition from Syria and its close ally, Belarus.",
    "The text, which concerns the war in Ukraine, drew opposition from Syria and Belarus.",
    "The draft was sponsored by dozens of states and was adopted despite the opposition of Syria and Belarus.",
])
def test_the_owners_of_an_opposition_did_not_vote_yes(built_store, sentence):
    assert read(sentence) == OPPOSED


@pytest.mark.parametrize("sentence", [
    "The resolution was adopted with the support of France, Japan and Brazil.",
    "The text received backing from France, Japan and Brazil.",
    "The resolution won the support of 141 countries, including France, Japan and Brazil.",
])
def test_the_owners_of_a_support_voted_in_favour(built_store, sentence):
    assert read(sentence) == {iso3: ("yes", "supported") for iso3 in ("FRA", "JPN", "BRA")}


@pytest.mark.parametrize("sentence", [
    "Dozens of states voted against the text, including Syria and Belarus.",
    "Three of their allies voted against the resolution, most notably Syria and Belarus.",
])
def test_examples_of_a_groups_vote_take_its_side(built_store, sentence):
    assert read(sentence) == NO_SIDE


def test_examples_of_a_groups_stated_opposition_did_not_vote_yes(built_store):
    said = read("A handful of delegations expressed opposition to the resolution, including Syria and Belarus.")
    assert said == OPPOSED


def test_examples_after_the_delegations_that_voted_in_support(built_store):
    said = read("The envoy thanked the delegations that voted in support, including France and Japan.")
    assert said == {"FRA": ("yes", "supported"), "JPN": ("yes", "supported")}


def test_a_false_opposition_is_caught(built_store):
    """France voted yes: the owner of an opposition it did not cast is contradicted."""
    said = read("The text passed despite the opposition of France.")
    assert said == {"FRA": ("no or abstain or absent", "contradicted")}


@pytest.mark.parametrize("sentence", [
    "The assembly voted in favour of a text in support of France and Japan.",      # what the support is for
    "The draft was prepared with the support of France and Japan.",                 # drafting, not voting
    "The text would have passed without the opposition of Syria and Belarus.",      # hypothetical
    "Protesters voiced opposition to the resolution, including France.",             # no voters' group
    "France has long had the support of Japan and Brazil.",                           # no vote in the clause
    "The resolution was adopted despite the opposition of Syria's allies.",           # the list owns something else
])
def test_trap_stances_that_are_no_vote_are_not_read(built_store, sentence):
    assert not {iso3 for iso3 in read(sentence) if iso3 in {"FRA", "JPN", "BRA", "SYR", "BLR"}}


def test_trap_objections_to_a_states_vote_are_not_the_objectors_vote(built_store):
    """'Syria voted no over the objections of France': France's view of Syria's vote, not France's vote."""
    assert read("Syria voted against the text over the objections of France and Japan.") == {"SYR": ("no", "supported")}


def test_a_state_that_only_describes_the_text_is_no_voter_of_the_clause(built_store):
    """'a France-led resolution … with support from N countries including A': France names the text, not a voter."""
    said = read("The Assembly adopted a France-led resolution on the war, with support from 141 countries including "
                "Japan and Brazil.")
    assert said == {"JPN": ("yes", "supported"), "BRA": ("yes", "supported")}


def test_trap_the_clauses_own_voters_keep_the_objectors_out(built_store):
    said = read("Syria and Belarus voted no, despite the opposition of France.")
    assert said == NO_SIDE
