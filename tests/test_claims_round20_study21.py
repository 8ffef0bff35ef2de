"""Twentieth round (issue 9, branch study21): the general extraction classes of holdout21's English misses that recur
on the other opened sets, in sentences of our own, each with its trap. The record: ES-11/1 (141-5-35; no: Belarus,
North Korea, Eritrea, Russia, Syria; China and India abstained; Kenya yes)."""

from __future__ import annotations

from fixtures import ES11_1_LEAD, claims_after, positions_after


def tallies(sentence: str) -> list[tuple]:
    return [(c["asserted"], c["verdict"]) for c in claims_after(ES11_1_LEAD, sentence, "tally")]


# the state's own word on its vote: "A said it abstained", "A's representative said his delegation voted …",
# "A's envoy to the world body, Name, voted …"
def test_a_state_said_it_voted_in_favour(built_store):
    assert positions_after(ES11_1_LEAD, "Kenya said it voted in favour of the resolution.") == {"KEN": ("yes", "supported")}


def test_a_state_said_it_abstained_wrongly_is_contradicted(built_store):
    assert positions_after(ES11_1_LEAD, "Kenya said it abstained because the text was unbalanced.") == {
        "KEN": ("abstain", "contradicted")}


def test_a_representative_said_his_delegation_abstained(built_store):
    assert positions_after(ES11_1_LEAD, "China’s representative said his delegation abstained.") == {
        "CHN": ("abstain", "supported")}


def test_an_envoy_to_the_world_body_named_between_commas(built_store):
    assert positions_after(ES11_1_LEAD, "Kenya's envoy to the world body, Martin Kimani, voted in favour of the "
                                        "text.") == {"KEN": ("yes", "supported")}


def test_trap_said_it_would_vote_is_an_intention(built_store):
    assert positions_after(ES11_1_LEAD, "Kenya said it would vote against the text.") == {}


def test_trap_said_they_voted_may_mean_others(built_store):
    assert positions_after(ES11_1_LEAD, "Kenya said they voted against the text.") == {}


# "stood alone in voting against", "stood alone as the only two nations to oppose"
def test_states_stood_alone_in_voting_against(built_store):
    assert positions_after(ES11_1_LEAD, "Russia, Belarus, Syria, Eritrea and Kenya stood alone in voting against the "
                                        "resolution.") == {
        "RUS": ("no", "supported"), "BLR": ("no", "supported"), "SYR": ("no", "supported"),
        "ERI": ("no", "supported"), "KEN": ("no", "contradicted")}


def test_states_stood_alone_as_the_only_nations_to_oppose(built_store):
    assert positions_after(ES11_1_LEAD, "Russia and Belarus stood alone as the only two nations to oppose the "
                                        "resolution.") == {"RUS": ("no", "supported"), "BLR": ("no", "supported")}


def test_trap_standing_alone_in_a_criticism_is_no_vote(built_store):
    assert positions_after(ES11_1_LEAD, "Russia stood alone in its criticism of the debate.") == {}


# a labelled pair after "rejected by": the labels say which number is which, never swapped
def test_rejected_by_votes_in_favour_to_against_keeps_its_labels(built_store):
    assert tallies("It was rejected by the Assembly by 5 votes in favour to 141 against, with 35 abstentions.") == [
        ({"yes": 5, "no": 141, "abstain": 35}, "contradicted")]


def test_defeated_by_an_unlabelled_pair_is_still_swapped(built_store):
    assert tallies("It was not defeated by 5 votes to 141: it passed by 141 to 5, with 35 abstentions.")[-1] == (
        {"yes": 141, "no": 5, "abstain": 35}, "supported")


# "N delegates in favour", "with 35 abstaining and only five opposing (A, B, …)"
def test_delegates_in_favour_open_the_tally(built_store):
    assert tallies("The vote was 141 delegates in favour of the measure, five against and 35 abstentions.") == [
        ({"yes": 141, "no": 5, "abstain": 35}, "supported")]


def test_opposing_before_its_bracketed_list_is_counted(built_store):
    assert tallies("It was adopted, with 35 abstaining and only six opposing (Russia, Belarus, Eritrea, Syria and "
                   "North Korea).") == [({"abstain": 35, "no": 6}, "contradicted")]
    assert positions_after(ES11_1_LEAD, "It was adopted, with 35 abstaining and only six opposing (Russia, Belarus, "
                                        "Eritrea, Syria and North Korea).")["PRK"] == ("no", "supported")


def test_trap_countries_supporting_as_sponsors_are_no_count(built_store):
    assert tallies("Some 50 countries supporting (as sponsors) the text spoke first, and 141 voted for it.") == []
