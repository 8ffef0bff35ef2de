"""Issue 9, fifteenth round (branch fix17): mechanisms found missing on holdout17. Sentences of our own, each case
in several wordings, and the traps that must stay unread or never be called false.

The record used: ES-11/1 of 2 March 2022 (141-5-35, 12 absent; Japan, Chile, Peru, Kenya and the United States in
favour; Russia, Belarus, Syria, Eritrea and North Korea against; China, India, Pakistan and Iran abstaining)."""

from __future__ import annotations

import pytest
from fixtures import ES11_1_LEAD, claims_after, positions_after

from unga.claims import companions


def claims(text: str, kind: str) -> list[dict]:
    return claims_after(ES11_1_LEAD, text, kind)


def counts(text: str) -> list[tuple[str, int, str]]:
    return [(c["asserted"]["field"], c["asserted"]["value"], c["verdict"]) for c in claims(text, "count")]


def positions(text: str) -> dict[str, tuple[str, str]]:
    return {c["state"]: (c["asserted"]["vote"], c["verdict"]) for c in claims(text, "position")}


# --- a count beside a named state that does not say "other" (holdout17's one false alarm) ---------------------------

@pytest.mark.parametrize("sentence", [
    "Kenya, along with 140 countries, on Wednesday, voted to demand the withdrawal of Russian troops.",
    "Kenya, together with 140 states, on Wednesday voted to demand that Russia withdraw.",
    "Kenya, alongside 140 nations, on Wednesday voted to demand the withdrawal.",
])
def test_a_companion_count_without_other_may_count_the_state_and_is_read_as_n_plus_one(built_store, sentence):
    # "140" is not the side's count: with the named state it is 141; the text does not say which, so never false
    found = claims(sentence, "count")
    assert [(c["asserted"]["value"], c["verdict"]) for c in found] == [(141, "supported")]
    assert companions.WITH_OR_WITHOUT in found[0]["evidence"]["notes"]


def test_a_companion_count_without_other_that_fits_neither_reading_is_never_called_false(built_store):
    # 139 + 1 = 140, 141 in the record: "along with 139 countries" may be a miscount or count Kenya; not said
    assert counts("Kenya, together with 139 countries, on Wednesday voted in favour.") == [("yes", 140, "unverifiable")]


def test_a_companion_count_with_other_is_still_exact(built_store):
    assert counts("Kenya, along with 140 other countries, on Wednesday, voted in favour.") == [("yes", 141, "supported")]
    [(field, value, verdict)] = counts("Kenya, along with 150 other countries, on Wednesday, voted in favour.")
    assert (field, value) == ("yes", 151) and verdict != "supported"


def test_a_companion_count_inside_a_tally_is_left_out_of_it(built_store):
    # the 140 may or may not count Kenya: no tally is made of it (before, "140-5" was a tally one number off)
    assert [c for c in claims("Kenya, along with 140 countries, on Wednesday voted in favour, while 5 voted against.",
                              "tally") if 140 in c["asserted"].values()] == []


@pytest.mark.parametrize("sentence, value", [
    ("The resolution on Ukraine, along with 141 votes in favour, was adopted on Wednesday.", 141),  # votes, not states
    ("On Wednesday 141 countries voted in favour.", 141),
])
def test_counts_that_are_no_companions_are_untouched(built_store, sentence, value):
    assert counts(sentence) == [("yes", value, "supported")]


# --- a list whose subject points back at the group the sentence before counts ----------------------------------------

@pytest.mark.parametrize("text", [
    "Five countries voted against the text. They are: Belarus, Syria and Eritrea.",
    "Only five states voted against the resolution. Among them were Belarus, Syria and Eritrea.",
    "Five nations opposed the text. These countries were Belarus, Syria and Eritrea.",
    "Apart from Russia, four countries voted against the text. They were Belarus, Syria and Eritrea.",
])
def test_a_list_pointing_back_at_the_counted_group_takes_its_side(built_store, text):
    assert positions(text) == {"BLR": ("no", "supported"), "SYR": ("no", "supported"), "ERI": ("no", "supported")}


def test_a_pointed_list_of_abstainers_and_a_false_member(built_store):
    assert positions("Thirty-five countries abstained. These were China, India and Pakistan.") == {
        "CHN": ("abstain", "supported"), "IND": ("abstain", "supported"), "PAK": ("abstain", "supported")}
    assert positions("Five countries voted against the text. They are: Belarus, Syria and India.")["IND"] == (
        "no", "contradicted")


@pytest.mark.parametrize("text", [
    "The text was sponsored by 50 countries. They include Japan and Chile.",  # a deed, not a vote
    "Three countries spoke against the text. They were Belarus, Syria and Eritrea.",  # speaking is not voting
    "Two countries voted against. They are Belarus, Syria and Eritrea.",  # more states than the count
    "141 countries voted in favour and 5 against. They were Belarus and Syria.",  # two sides: which group?
    "Five countries voted against the text. They are among the closest allies of Russia: Belarus and Syria.",
])
def test_a_pointed_list_is_not_read_without_one_counted_side(built_store, text):
    assert positions(text) == {}


# --- lists tied to a vote label, "among those who", "among others" in other languages ------------------------------

ES_LEAD = "La Asamblea General aprobó el 2 de marzo de 2022 la resolución ES-11/1. "
FR_LEAD = "L'Assemblée générale a adopté le 2 mars 2022 la résolution ES-11/1. "


def foreign(lead: str, sentence: str) -> dict[str, tuple[str, str]]:
    return positions_after(lead, sentence)


@pytest.mark.parametrize("lead, sentence", [
    (ES_LEAD, "La resolución fue aprobada con el voto en contra de Belarus, Siria y Eritrea."),
    (ES_LEAD, "Los votos en contra fueron de Belarus, Siria y Eritrea."),
    (ES_LEAD, "Entre quienes se opusieron, se encuentran Belarus, Siria y Eritrea."),
    (ES_LEAD, "Entre los que votaron en contra estaban Belarus, Siria y Eritrea."),
    (FR_LEAD, "Parmi ceux qui ont voté contre figurent le Bélarus, la Syrie et l'Érythrée."),
])
def test_a_foreign_vote_label_or_among_those_takes_the_side(built_store, lead, sentence):
    assert foreign(lead, sentence) == {"BLR": ("no", "supported"), "SYR": ("no", "supported"), "ERI": ("no", "supported")}


def test_a_foreign_list_closed_by_among_others(built_store):
    assert foreign(ES_LEAD, "Mientras que China, India y Pakistán, entre otros, se abstuvieron.") == {
        "CHN": ("abstain", "supported"), "IND": ("abstain", "supported"), "PAK": ("abstain", "supported")}
    assert foreign(ES_LEAD, "Entre quienes se opusieron, se encuentran Belarus e India.")["IND"] == ("no", "contradicted")


@pytest.mark.parametrize("sentence", [
    "El voto en contra de Rusia fue unánime en Europa.",  # no copula and no "con": a vote against Russia, maybe
    "Entre quienes no se opusieron, se encuentran China e India.",  # negated
    "Los patrocinadores fueron Japón y Chile.",  # sponsors, no vote label
])
def test_foreign_lists_without_a_tied_vote_label_are_not_read(built_store, sentence):
    assert foreign(ES_LEAD, sentence) == {}


# --- a side taken for or against a state, read from that state's own vote (polarity.by_own_vote) ----------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Kenya voted against Russia on Wednesday.", {"KEN": ("yes", "supported")}),  # Russia voted no: the other side
    ("Chile and Peru voted in favour of Ukraine on Wednesday.", {"CHL": ("yes", "supported"), "PER": ("yes", "supported")}),
    ("In the vote on Wednesday, Belarus and Syria backed Russia.", {"BLR": ("no", "supported"), "SYR": ("no", "supported")}),
])
def test_a_side_for_or_against_a_state_is_that_states_side_or_the_other(built_store, sentence, expected):
    assert positions(sentence) == expected


@pytest.mark.parametrize("sentence, state", [
    ("India voted against Russia on Wednesday.", "IND"),  # India abstained: the reading fails, never called false
    ("In the vote on Wednesday, Belarus and India backed Russia.", "IND"),
    ("Kenya voted in favour of China on Wednesday.", "KEN"),  # China abstained: no side to take
])
def test_a_side_read_by_a_states_vote_is_never_called_false(built_store, sentence, state):
    assert positions(sentence)[state][1] == "unverifiable"


def test_a_state_that_is_the_subject_of_the_proposal_is_no_side(built_store):
    # "for Ukraine to regain …": what was voted on, not a side with Ukraine (it might be the other side)
    assert {v for v, _ in positions("Chile and Peru voted on Wednesday for Ukraine to regain its territory.").values()} \
        <= {"for:UKR"}
