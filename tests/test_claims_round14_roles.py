"""Issue 9, fourteenth round (branch roles): state lists attached by their role in the sentence (claims/roles.py).
Sentences of our own, each role in several wordings, and the traps that must stay unread.

The record used: ES-11/1 of 2 March 2022 (141-5-35, 12 absent; Japan, Chile, Peru and the United States in favour;
Russia, Belarus, Syria, Eritrea and North Korea against; China, India, Pakistan and Iran abstaining)."""

from __future__ import annotations

import pytest
from fixtures import ES11_1_LEAD, positions_after

from unga.claims import roles
from unga.claims.side_words import vote_of


def read(sentence: str) -> dict[str, tuple[str, str]]:
    return positions_after(ES11_1_LEAD, sentence)


@pytest.mark.parametrize("sentence", [
    "The no votes were Belarus, Syria and Eritrea.",
    "The votes against came from Belarus, Syria and Eritrea.",
    "Opponents of the text were: Belarus, Syria and Eritrea.",
    "The list of those voting against the text includes Belarus, Syria and Eritrea.",
    "Countries that opposed it were; Belarus, Syria and Eritrea.",
])
def test_label_complement_takes_the_labels_side(built_store, sentence):
    assert read(sentence) == {"BLR": ("no", "supported"), "SYR": ("no", "supported"), "ERI": ("no", "supported")}


def test_label_complement_of_supporters_and_abstentions(built_store):
    assert read("Supporters of the text included Japan and Peru.") == {
        "JPN": ("yes", "supported"), "PER": ("yes", "supported")}
    assert read("Abstentions were cast by China, India and Iran.") == {
        "CHN": ("abstain", "supported"), "IND": ("abstain", "supported"), "IRN": ("abstain", "supported")}


def test_label_complement_of_a_false_list_is_contradicted(built_store):
    assert read("The no votes were Belarus and India.") == {"BLR": ("no", "supported"), "IND": ("no", "contradicted")}


@pytest.mark.parametrize("sentence", [
    "A total of 35 countries, including China and India, abstained.",
    "There were 35 abstentions, including China and India.",
    "35 states abstained, among them China and India.",
    "35 nations -- China and India among them -- abstained.",
])
def test_apposition_to_a_count_takes_the_counts_side(built_store, sentence):
    assert read(sentence) == {"CHN": ("abstain", "supported"), "IND": ("abstain", "supported")}


def test_apposition_to_an_agent_count(built_store):
    assert read("The text was backed by 141 states, among them Japan and Chile.") == {
        "JPN": ("yes", "supported"), "CHL": ("yes", "supported")}


def test_trap_a_count_smaller_than_its_list_is_not_attached_by_role():
    assert roles.attached("There were 2 abstentions, including China, India and Iran.", []) == []
    assert [p.iso3 for p in roles.attached("There were 3 abstentions, including China, India and Iran.", [])] == [
        "CHN", "IND", "IRN"]


def test_trap_a_negated_count_predicate_attaches_nothing(built_store):
    assert read("Five countries, including China and India, did not vote against the text.") == {}


@pytest.mark.parametrize("sentence", [
    "Russia voted against the text, joining with Belarus, Syria and Eritrea.",
    "Russia voted no, together with Belarus, Syria and Eritrea.",
    "Together with Belarus, Syria and Eritrea, Russia voted against the text.",
    "Russia opposed the text alongside Belarus, Syria and Eritrea.",
])
def test_companion_takes_the_heads_vote(built_store, sentence):
    assert {k: v for k, v in read(sentence).items() if k != "RUS"} == {
        "BLR": ("no", "supported"), "SYR": ("no", "supported"), "ERI": ("no", "supported")}


def test_siding_with_in_opposing_gives_both_sides_the_no(built_store):
    assert read("Russia took the step of siding with states such as Belarus and Syria in opposing the resolution.") == {
        "RUS": ("no", "supported"), "BLR": ("no", "supported"), "SYR": ("no", "supported")}


def test_trap_companion_of_a_side_not_given_in_its_clause(built_store):
    said = read("While Japan voted alongside Chile last year, this year Japan abstained, along with Peru.")
    assert "CHL" not in said


def test_trap_companion_of_a_sponsorship_is_no_voter(built_store):
    assert read("Japan, which sponsored the text together with Chile and Peru, voted in favour.") == {
        "JPN": ("yes", "supported")}


def test_trap_sided_with_a_state_alone_gives_no_vote(built_store):
    assert read("Only Belarus and Syria sided with Russia.") == {}


def test_a_sentence_that_is_only_a_list_takes_the_one_side_before(built_store):
    said = read("There were only 35 abstentions. China, which has close ties to Moscow, India and Iran.")
    assert said == {"CHN": ("abstain", "supported"), "IND": ("abstain", "supported"), "IRN": ("abstain", "supported")}


def test_trap_a_list_sentence_after_a_full_tally_is_not_attached(built_store):
    assert read("The vote was 141 to 5, with 35 abstentions. China, India and Iran.") == {}


def test_trap_a_list_sentence_after_a_sentence_naming_a_state(built_store):
    assert read("Russia was alone with a few others against it. China, India and Iran.") == {}


def test_trap_the_next_sentence_with_its_own_vote_keeps_it(built_store):
    said = read("There were only 35 abstentions. Belarus and Syria voted against.")
    assert said == {"BLR": ("no", "supported"), "SYR": ("no", "supported")}


def test_respectively_pairs_in_order(built_store):
    assert read("Pakistan and Japan, which voted no and yes respectively, spoke first.") == {
        "PAK": ("no", "contradicted"), "JPN": ("yes", "supported")}
    assert read("Japan and Pakistan abstained and voted in favour, respectively.") == {
        "JPN": ("abstain", "contradicted"), "PAK": ("yes", "contradicted")}


def test_trap_respectively_of_unequal_lengths_is_left(built_store):
    # the rules read none; the learned reading (round 34) may offer one, never called false
    assert all(verdict != "contradicted" for _, verdict in read("Pakistan, India and Japan voted no and yes "
                                                                  "respectively.").values())


def test_trap_both_resolutions_one_list_two_votes():
    assert roles.attached("There were 35 abstentions on both resolutions, including China and India.", []) == []
    assert roles.attached("The no votes on the two texts were Belarus and Syria.", []) == []


def test_trap_non_voter_lists(built_store):
    assert read("The text was drafted by 40 states, including Japan and Chile.") == {}
    assert read("Countries such as China and India have been criticised for their abstention.") == {}


def test_vote_of_names_one_side_only():
    assert vote_of("those voting against") == "no"
    assert vote_of("abstentions") == "abstain"
    assert vote_of("supporters") == "yes"
    assert vote_of("for or against") is None


def test_trap_a_negated_agent_count_attaches_nothing():
    said = "The Assembly backed the compact, which on this occasion has not had the support of 5 countries, including Chile"
    assert roles.attached(said, []) == []


def test_trap_siding_with_a_state_in_a_relative_clause_is_a_deed():
    said = "Peru, which Chile has accused of siding with Japan over fishing rights, voted in favour, as did Cuba."
    assert "JPN" not in {p.iso3 for p in roles.attached(said, [])}


def test_a_bare_number_with_a_dashed_list_takes_the_verb_after_it(built_store):
    said = read("The text was backed by 141 countries, with five -- Belarus, Syria, Eritrea, Russia and North Korea -- "
                "voting against.")
    assert said == {iso3: ("no", "supported") for iso3 in ("BLR", "SYR", "ERI", "RUS", "PRK")}


def test_trap_a_bare_number_with_a_list_and_no_verb_after_it():
    assert roles.attached("The text was adopted on day 2 (Belarus and Syria), a Wednesday.", []) == []


def test_a_described_list_after_including(built_store):
    assert read("The vote saw 141 countries, including fellow Andean nations Peru and Chile, supporting the text.") == {
        "PER": ("yes", "supported"), "CHL": ("yes", "supported")}


def test_a_list_opened_by_as_well_as_takes_the_clauses_vote(built_store):
    said = read("As well as Russia, four countries rejected the text, namely Belarus, North Korea, Syria and Eritrea.")
    assert said["RUS"] == ("no", "supported")


def test_comoro_islands_is_the_comoros():
    from unga.claims.names import mentions
    assert [m.iso3 for m in mentions("Cuba, the Comoro Islands and Comoros Islands")] == ["CUB", "COM", "COM"]
    assert mentions("the Cook Islands and the Canary Islands") == []


def test_a_named_state_and_n_others_in_other_languages_counts_the_named_state():
    from unga.claims import languages
    assert languages.tally("Chile e outros 37 países se abstiveram.", "pt") == {"abstain": 38}
    assert languages.tally("Chile y 37 otros países se abstuvieron.", "es") == {"abstain": 38}
    assert languages.tally("Le Chili et 37 autres pays se sont abstenus.", "fr") == {"abstain": 38}
    assert languages.tally("Otros 37 países se abstuvieron.", "es") == {"abstain": 37}  # no state named: 37


@pytest.mark.parametrize("sentence", [
    "China joined the 35 countries that abstained.",
    "China joined 34 other member states on Wednesday in abstaining.",
    "China and India joined the states which abstained.",
])
def test_a_state_joining_a_group_its_vote_defines_takes_that_vote(built_store, sentence):
    assert read(sentence)["CHN"] == ("abstain", "supported")


def test_trap_joining_a_group_of_non_voters_or_a_state(built_store):
    assert read("Peru joined the 12 countries that sponsored the text.") == {}
    assert read("Peru joined 140 other states in supporting Ukraine.") == {}
    assert read("Peru did not join the 35 countries that abstained.") == {}
