"""Issue 9, fifteenth round (branch fix14): a group named inside a list of states no longer breaks the list
(claims/groups.py). Sentences of our own, several wordings, and the traps.

The record used: ES-11/1 of 2 March 2022 (141-5-35, 12 absent; Japan, Chile, Peru and the United States in favour;
Russia, Belarus, Syria, Eritrea and North Korea against; China, India, Pakistan and Iran abstaining)."""

from __future__ import annotations

import pytest
from fixtures import ES11_1_LEAD, positions_after

from unga.claims.groups import masked


def read(sentence: str) -> dict[str, tuple[str, str]]:
    return positions_after(ES11_1_LEAD, sentence)


@pytest.mark.parametrize("sentence", [
    "Abstentions included China, India, a few African states and Pakistan.",
    "Abstentions included China and India, Central American countries, Pakistan.",
    "The countries abstaining included most of the Non-Aligned Movement, China, India and Pakistan.",
])
def test_a_group_inside_a_list_leaves_its_states_read(built_store, sentence):
    assert read(sentence) == {"CHN": ("abstain", "supported"), "IND": ("abstain", "supported"),
                              "PAK": ("abstain", "supported")}


def test_a_group_with_its_members_in_brackets(built_store):
    assert read("The no votes were Belarus, Eritrea and two Asian states (Syria and North Korea).") == {
        "BLR": ("no", "supported"), "ERI": ("no", "supported"), "SYR": ("no", "supported"),
        "PRK": ("no", "supported")}


@pytest.mark.parametrize("sentence", [
    "The United States and other Western countries voted in favour.",
    "The United States and most of its NATO allies voted in favour.",
])
def test_a_group_at_the_end_of_the_subject(built_store, sentence):
    assert read(sentence) == {"USA": ("yes", "supported")}


def test_a_false_state_in_a_list_with_a_group_is_still_caught(built_store):
    assert read("Abstentions included China, a few African states and Japan.") == {
        "CHN": ("abstain", "supported"), "JPN": ("abstain", "contradicted")}


def test_an_excepted_state_does_not_take_the_lists_vote(built_store):
    """Syria voted against: "the Arab states except Syria" must not make it an abstainer."""
    got = read("Abstentions included China, the Arab states except Syria, and India.")
    assert got == {"CHN": ("abstain", "supported"), "IND": ("abstain", "supported")}


def test_an_exception_with_its_own_vote_is_read_as_written(built_store):
    got = read("Those voting against were Russia and the Soviet successor states except Kazakhstan, which abstained.")
    assert got.get("RUS") == ("no", "supported")
    assert "contradicted" not in {verdict for _, verdict in got.values()}


def test_masking_keeps_offsets_and_leaves_names_and_counts():
    sentence = "China and France, Scandinavian countries, India and Chile abstained."
    assert len(masked(sentence)) == len(sentence)
    assert masked(sentence) == "China and France,                         India and Chile abstained."
    for untouched in ("The United Arab Emirates and the Soviet Union voted for it.",
                      "Russia and 4 other countries voted against.",  # a count of Russia's side, read as written
                      "Western countries voted in favour.",  # no list: nothing to read through
                      "Arab states sponsored the text.",
                      "India, along with several other nations, chose not to vote."):  # a companion, not a list
        assert masked(untouched) == untouched
