"""Twenty-third round (issue 9, branch widen): readings widened to the family of wordings reporters use for them, each
family tested in several variants of our own, with its trap. The record: ES-11/1 (141-5-35, 12 absent; no: Belarus,
North Korea, Eritrea, Russia, Syria; China, India and Pakistan abstained; Kenya and France yes)."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures import ES11_1_LEAD, claims_after, positions_after


def counts(sentence: str) -> list[tuple]:
    return [(c["asserted"]["field"], c["asserted"]["op"], c["asserted"]["value"], c["verdict"])
            for c in claims_after(ES11_1_LEAD, sentence, "count")]


# an apposition of a tie to a state, singular or plural, between dashes as between commas: the state in it is no voter
@pytest.mark.parametrize("sentence", ["Russia – a neighbour of Kenya – voted against.",
                                      "Russia — a close ally of Kenya — voted against.",
                                      "Russia - an ally of Kenya - voted against.",
                                      "Russia, a neighbour of Kenya, voted against."])
def test_a_tie_to_a_state_between_dashes_names_no_voter(built_store, sentence):
    assert positions_after(ES11_1_LEAD, sentence) == {"RUS": ("no", "supported")}


def test_trap_a_dashed_list_still_joins(built_store):
    assert positions_after(ES11_1_LEAD, "Belarus – and Russia – voted against.") == {
        "BLR": ("no", "supported"), "RUS": ("no", "supported")}


# the side said by a verb of support or opposition whose object is the text
@pytest.mark.parametrize("sentence,expected", [
    ("Kenya voted to adopt the text.", {"KEN": ("yes", "supported")}),
    ("Russia voted to reject the draft resolution.", {"RUS": ("no", "supported")}),
    ("Syria came out against the text.", {"SYR": ("no", "supported")}),
    ("Belarus sided against the resolution.", {"BLR": ("no", "supported")}),
    ("France threw its weight behind the resolution.", {"FRA": ("yes", "supported")}),
    ("Kenya came out against the resolution.", {"KEN": ("no", "contradicted")}),
])
def test_verbs_of_support_and_opposition_with_the_text_as_object(built_store, sentence, expected):
    assert positions_after(ES11_1_LEAD, sentence) == expected


def test_trap_a_verb_of_opposition_whose_object_is_a_state(built_store):
    assert positions_after(ES11_1_LEAD, "Kenya sided against the United States.") == {}


# a verb phrase of the subject's own, then "and" or a comma, then the vote
@pytest.mark.parametrize("sentence,expected", [
    ("India declined to take sides and abstained.", {"IND": ("abstain", "supported")}),
    ("India stayed neutral, abstaining.", {"IND": ("abstain", "supported")}),
    ("Russia criticised the text and then voted against.", {"RUS": ("no", "supported")}),
    ("Kenya sided with the majority and backed the text.", {"KEN": ("yes", "supported")}),
    ("China declined to take sides and voted against.", {"CHN": ("no", "contradicted")}),
])
def test_a_verb_phrase_before_the_vote(built_store, sentence, expected):
    assert positions_after(ES11_1_LEAD, sentence) == expected


def test_trap_the_object_of_the_verb_phrase_is_no_subject(built_store):
    # Kenya is the object of "accused … of"; Russia's gap holds a name: neither is read
    assert positions_after(ES11_1_LEAD, "Russia accused Kenya of lying and voted against.") == {}


def test_trap_a_passive_aside_is_no_verb_phrase(built_store):
    assert positions_after(ES11_1_LEAD, "The text, drafted by Ukraine, welcomed by most and opposed by few, passed.") == {}


# the asides read between commas, written without them
@pytest.mark.parametrize("sentence", ["Russia in the end voted against.", "Russia once again voted against the resolution.",
                                      "Russia as expected voted against.", "Russia for its part voted against.",
                                      "Russia yet again voted against.", "Russia in turn voted against."])
def test_a_phrase_adverb_between_subject_and_verb(built_store, sentence):
    assert positions_after(ES11_1_LEAD, sentence) == {"RUS": ("no", "supported")}


def test_trap_a_phrase_adverb_with_the_wrong_state(built_store):
    assert positions_after(ES11_1_LEAD, "India and Kenya once again abstained.") == {
        "IND": ("abstain", "supported"), "KEN": ("abstain", "contradicted")}


# "unlike A": A took another side than the clause's subject
@pytest.mark.parametrize("sentence", ["Unlike Russia, Kenya voted in favour.", "Unlike Russia and Belarus, Kenya voted in favour.",
                                      "In contrast to Russia, Kenya voted in favour.", "Kenya, unlike Russia, voted in favour."])
def test_the_state_set_against_the_subject_takes_no_vote(built_store, sentence):
    assert positions_after(ES11_1_LEAD, sentence) == {"KEN": ("yes", "supported")}


def test_trap_a_contrasted_state_with_a_relative_clause_of_its_own(built_store):
    # "in contrast to A and B, which voted against …": the relative clause gives them their vote (holdout6 k16's form)
    assert positions_after(ES11_1_LEAD, "In contrast to Russia and Belarus, which voted against the resolution, Kenya "
                                        "was one of the countries that voted in favour.") == {
        "RUS": ("no", "supported"), "BLR": ("no", "supported"), "KEN": ("yes", "supported")}


def test_trap_like_gives_the_same_vote(built_store):
    assert positions_after(ES11_1_LEAD, "Like Russia, Syria voted against.") == {
        "RUS": ("no", "supported"), "SYR": ("no", "supported")}


# the echo of a vote in the same sentence, and "B followed A in voting against"
@pytest.mark.parametrize("sentence", ["Russia voted against; Syria followed suit.",
                                      "Russia voted against, and Syria did the same.",
                                      "Syria followed Russia in voting against."])
def test_an_echo_or_a_follower_takes_the_clause_before(built_store, sentence):
    assert positions_after(ES11_1_LEAD, sentence) == {"RUS": ("no", "supported"), "SYR": ("no", "supported")}


def test_trap_an_echo_after_two_votes_takes_neither(built_store):
    assert positions_after(ES11_1_LEAD, "Russia voted against and India abstained; Kenya followed suit.") == {
        "RUS": ("no", "supported"), "IND": ("abstain", "supported")}


# a word of how many between an agent's preposition and its number
@pytest.mark.parametrize("sentence,expected", [
    ("The text was opposed by only 5 states.", [("no", "=", 5, "supported")]),
    ("It was opposed by just five countries.", [("no", "=", 5, "supported")]),
    ("The resolution won the support of an overwhelming 141 member states.", [("yes", "=", 141, "supported")]),
    ("It won the backing of a whopping 141 nations.", [("yes", "=", 141, "supported")]),
    ("The text was backed by an overwhelming 143 countries.", [("yes", "=", 143, "contradicted")]),
])
def test_a_modifier_before_the_agents_number(built_store, sentence, expected):
    assert counts(sentence) == expected


# "no fewer than", "not more than": the comparison turned over (a false alarm before: "<" 35 called contradicted)
@pytest.mark.parametrize("sentence,expected", [
    ("No fewer than 35 countries abstained.", [("abstain", ">=", 35, "supported")]),
    ("Not more than 10 countries voted against.", [("no", "<=", 10, "supported")]),
    ("No fewer than 140 countries voted in favour.", [("yes", ">=", 140, "supported")]),
    ("Fewer than 40 countries abstained.", [("abstain", "<", 40, "supported")]),
])
def test_a_negated_comparison(built_store, sentence, expected):
    assert counts(sentence) == expected


def test_trap_a_negated_comparison_that_is_false(built_store):
    assert counts("No fewer than 40 countries abstained.") == [("abstain", ">=", 40, "contradicted")]


# a change of vote told with a participle, a pronoun or a relative clause whose time is "last year": the earlier vote
# is the same series' vote of that year (the record: Brazil abstained on 77/7 in 2022 and voted yes on 78/7 in 2023)
CUBA_78_LEAD = "On 2 November 2023, the General Assembly adopted resolution 78/7, calling for an end to the US embargo against Cuba. "
CUBA_78_DAY = date(2023, 11, 3)


def placed(sentence: str) -> set[tuple]:
    return {(c["state"], c["asserted"]["vote"], c["resolution"], c["verdict"])
            for c in claims_after(CUBA_78_LEAD, sentence, "position", CUBA_78_DAY)}


@pytest.mark.parametrize("sentence", [
    "Brazil voted in favour this year, after it abstained last year.",
    "Brazil voted in favour, having abstained last year.",
    "Last year Brazil abstained; this year it voted in favour.",
    "Brazil switched: it voted in favour this year, having abstained a year earlier.",
    "Brazil switched from abstaining last year to voting in favour this year.",
    "Brazil, which abstained last year, voted in favour this time.",
    "Brazil voted in favour this year; last year it abstained.",
])
def test_a_change_of_vote_in_its_other_wordings(built_store, sentence):
    assert placed(sentence) == {("BRA", "yes", "A/RES/78/7", "supported"), ("BRA", "abstain", "A/RES/77/7", "supported")}


def test_trap_the_earlier_vote_said_wrong_is_never_a_false_alarm(built_store):
    got = placed("Brazil, which voted against last year, voted in favour this time.")
    assert ("BRA", "yes", "A/RES/78/7", "supported") in got
    assert all(verdict != "supported" for state, vote, _, verdict in got if vote == "no")


def test_trap_a_pronoun_in_a_sentence_of_two_states_is_left(built_store):
    # "it" may be either state: no vote is given to a pronoun
    assert ("BRA", "abstain") not in {(s, v) for s, v, _, _ in placed(
        "Brazil voted in favour and Ukraine abstained, after it abstained last year.")}


# "A, like B, abstained": B is said to have voted as A did (not an aside); "unlike" stays an aside
def test_like_between_commas_gives_both_the_vote(built_store):
    assert positions_after(ES11_1_LEAD, "Syria, like Russia, voted against.") == {
        "SYR": ("no", "supported"), "RUS": ("no", "supported")}


def test_trap_like_with_the_wrong_state(built_store):
    assert positions_after(ES11_1_LEAD, "Kenya, like Russia, voted in favour.") == {
        "KEN": ("yes", "supported"), "RUS": ("yes", "contradicted")}


# an aside in brackets between a state and its vote, as between commas or dashes
@pytest.mark.parametrize("sentence", ["Syria (whose envoy had called for a delay) voted against.",
                                      "Syria (a close ally of Kenya) voted against.",
                                      "Syria (which had asked for a delay) voted against."])
def test_a_bracketed_aside_before_the_vote(built_store, sentence):
    assert positions_after(ES11_1_LEAD, sentence) == {"SYR": ("no", "supported")}


# the English inversion with a copula: "Against the resolution were A and B"
@pytest.mark.parametrize("sentence,expected", [
    ("Against the resolution were Syria and Russia.", {"SYR": ("no", "supported"), "RUS": ("no", "supported")}),
    ("In favour of the resolution were Kenya and France.", {"KEN": ("yes", "supported"), "FRA": ("yes", "supported")}),
    ("Against it were Syria and Kenya.", {"SYR": ("no", "supported"), "KEN": ("no", "contradicted")}),
])
def test_the_side_then_a_copula_then_the_states(built_store, sentence, expected):
    assert positions_after(ES11_1_LEAD, sentence) == expected


def test_trap_a_target_after_a_plain_vote_phrase_is_still_no_side(built_store):
    assert "UKR" not in positions_after(ES11_1_LEAD, "Russia voted against Ukraine.")


# a headline's present tense with "by N votes"
@pytest.mark.parametrize("headline", ["UN General Assembly backs resolution on Ukraine by 141 votes",
                                      "UN adopts resolution on Ukraine by 141 votes"])
def test_a_headline_present_tense_with_its_votes(built_store, headline):
    from fixtures import ES11_1_DAY

    from unga import api
    got = api.check_text(headline + "\n\n" + ES11_1_LEAD, published=ES11_1_DAY).claims
    assert [(c["asserted"]["field"], c["asserted"]["value"], c["verdict"]) for c in got
            if c["kind"] == "count" and c["span"][0] < len(headline)] == [("yes", 141, "supported")]
