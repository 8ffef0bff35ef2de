"""Ninth round of extraction (issue 9): mechanisms counted across all eight labelled sets (docs/claims.md, "Ninth
round: extraction"), each in sentences of our own, a found case and a trap. The record used: A/RES/ES-11/1 of
2 March 2022 (141-5-35; Russia, Belarus, Eritrea, North Korea and Syria against; China, India and Pakistan
abstaining; Venezuela absent)."""

from __future__ import annotations

from datetime import date

from fixtures import claim_rows

from unga.claims import nominal, positions


def sides(sentence: str) -> list[tuple[str, str]]:
    return [(p.iso3, p.vote) for p in positions.positions(sentence)[0]]


def owned(sentence: str) -> list[tuple[str, str]]:
    return [(p.iso3, p.vote) for p in nominal.owned_votes(sentence, positions.positions(sentence)[0])]


def checked(sentences: str, published: date = date(2022, 3, 3)) -> list[tuple]:
    return claim_rows(sentences, published)


# --- a time between a subject and its vote; a counted companion in the subject ---

def test_a_time_between_the_subject_and_its_vote():
    assert sides("Peru on Thursday abstained from voting on the resolution.") == [("PER", "abstain")]
    assert sides("Peru on Friday (local time) abstained from the vote.") == [("PER", "abstain")]
    assert sides("Chad, Peru and Fiji on 3 March voted against the resolution.") == [
        ("TCD", "no"), ("PER", "no"), ("FJI", "no")]
    assert sides("Ninety states, including Chad, on Friday, June 5, voted in favour of the text.") == [("TCD", "yes")]
    assert sides("Peru last Thursday abstained on the resolution.") == [("PER", "abstain")]
    assert sides("Peru earlier this week abstained from the vote.") == [("PER", "abstain")]


def test_a_time_after_a_state_that_is_not_a_subject_gives_no_vote():
    # the trap: a time after a state named for another reason, and a verb that is no vote
    assert sides("Peru on Thursday said the vote was unfair.") == []
    assert sides("The envoy of Peru last week said the vote was unfair.") == []
    assert sides("The envoy met the President of Peru on Monday and abstained from comment.") == []


def test_a_counted_companion_in_the_subject():
    assert sides("Chad and 57 countries on Thursday abstained from voting on the resolution.") == [("TCD", "abstain")]
    assert sides("Chad alongside 119 other countries voted in favour of the text.") == [("TCD", "yes")]


def test_a_count_after_another_clause_is_no_companion():
    # the trap: "a coup in Peru, and 34 states abstained" — Peru is the object of another clause
    assert sides("Ninety countries condemned the coup in Peru, and 34 states abstained.") == []


def test_abstained_from_a_resolution_with_a_hyphenated_adjective():
    assert sides("Peru is among 35 countries that abstained from the non-binding resolution.") == [("PER", "abstain")]
    # the trap: a verb in -ing after "from" is still no vote
    assert sides("Peru abstained from criticizing the resolution.") == []


def test_a_time_between_subject_and_vote_is_checked(built_store):
    got = checked("India on Wednesday abstained from voting on the General Assembly resolution on Ukraine, which "
                  "was adopted by 141 votes to 5.")
    assert ("position", "IND", {"vote": "abstain"}, "supported") in got


# --- a vote named as a noun its state owns ---

def test_a_possessed_vote_noun():
    assert owned("Peru's abstention was in line with its policy.") == [("PER", "abstain")]
    assert owned("Washington's abstention surprised the delegates.") == [("USA", "abstain")]
    assert owned("Peru's no vote angered its neighbours.") == [("PER", "no")]
    assert owned("Chad's decision to oppose the draft resolution was welcomed.") == [("TCD", "no")]


def test_a_participle_owns_its_vote_through_the_subject():
    assert owned("Explaining its decision to abstain, Peru said the text was one-sided.") == [("PER", "abstain")]
    assert owned("Explaining its choice to abstain, Peru – also speaking for Chad – said so.") == [("PER", "abstain")]


def test_vote_nouns_that_are_not_the_state_s_vote():
    # the traps: a refusal, a negation, support for something that is not a text, a vote on a state, a person
    assert owned("Peru's refusal to abstain was noted.") == []
    assert owned("Peru's decision not to vote was noted.") == []
    assert owned("Peru's decision to oppose the embargo was welcomed.") == []
    assert owned("Critics attacked Peru's vote against Chad.") == []
    assert owned("Explaining its decision to abstain, the delegate of Peru said so.") == []


def test_a_possessed_vote_noun_is_checked(built_store):
    got = checked("The Assembly adopted resolution ES-11/1 on 2 March by 141 votes to 5. Explaining its decision to "
                  "abstain, Pakistan said it wanted dialogue. India's abstention was expected.")
    assert ("position", "PAK", {"vote": "abstain"}, "supported") in got
    assert ("position", "IND", {"vote": "abstain"}, "supported") in got


def test_a_false_possessed_vote_is_caught(built_store):
    got = checked("The Assembly adopted resolution ES-11/1 on 2 March by 141 votes to 5. China's no vote was "
                  "expected.")
    assert ("position", "CHN", {"vote": "no"}, "contradicted") in got


# --- the subject's noun followed by its vote with no relative word ---

def test_the_only_country_voting_against():
    assert sides("Peru was the sole country voting against it.") == [("PER", "no")]
    assert sides("Chad and Peru were the only 2 countries in opposition.") == [("TCD", "no"), ("PER", "no")]
    assert sides("Peru was among the 120 nations voting in favor of the resolution.") == [("PER", "yes")]


def test_a_noun_after_the_subject_with_no_vote_after_it():
    # the trap: the noun is followed by something that is not a vote phrase
    assert sides("Peru was the only country backed by the group.") == []
    assert sides("Peru was the only country to speak before the vote.") == []


def test_the_sole_country_voting_against_is_checked(built_store):
    got = checked("Resolution ES-11/1 was adopted on 2 March 2022 by 141 votes to 5. Syria was among the 5 states "
                  "voting against it. China was the sole country voting against it.")
    assert ("position", "SYR", {"vote": "no"}, "supported") in got
    assert ("position", "CHN", {"vote": "no"}, "contradicted") in got


# --- a state that joins a counted group to vote, or votes with it ---

def test_joining_a_counted_group_to_vote():
    assert sides("Peru joins 142 other countries to vote in favor of the resolution.") == [("PER", "yes")]
    assert sides("Peru votes with 142 other countries in support of the resolution.") == [("PER", "yes")]


def test_joining_a_counted_group_to_do_something_else():
    # the trap: the group is joined to speak, not to vote
    assert sides("Peru joined 34 other countries to speak against the motion.") == []


# --- a veto named as a noun: a Security Council no, never an Assembly vote ---

def test_a_veto_named_as_a_noun():
    assert owned("The text failed because of the vetoes of Chad, Peru and the United States.") == [
        ("TCD", "veto"), ("PER", "veto"), ("USA", "veto")]
    assert owned("The Assembly met after Moscow's veto of a similar draft.") == [("RUS", "veto")]


def test_veto_power_is_no_veto():
    # the traps: the power to veto, and a state named before "the vetoes of"
    assert owned("Russia's veto power in the Security Council blocks action.") == []
    assert owned("The Council voted for the expulsion of Peru, but the vetoes of Chad and Fiji stopped it.") == [
        ("TCD", "veto"), ("FJI", "veto")]


def test_a_veto_noun_is_never_checked_against_the_assembly(built_store):
    got = checked("Resolution ES-11/1 was adopted on 2 March 2022 by 141 votes to 5. It followed Russia's veto of a "
                  "Security Council draft.")
    assert ("position", "RUS", {"vote": "no"}, "unverifiable") in got


# --- a change from one year's vote to the next ---

def test_a_change_of_vote_from_one_side_to_another():
    # round 10: the vote changed from is read too, of the series' vote before (placed only there)
    assert sides("Chad, Peru and Fiji changed their vote from against to for.") == [
        ("TCD", "yes"), ("PER", "yes"), ("FJI", "yes"), ("TCD", "no"), ("PER", "no"), ("FJI", "no")]
    assert sides("Peru changed from voting in favour to abstaining.") == [("PER", "abstain"), ("PER", "yes")]
    assert sides("Chad abstained, while Peru and Fiji moved to vote against it.") == [
        ("TCD", "abstain"), ("PER", "no"), ("FJI", "no")]


def test_a_change_announced_after_the_vote_or_on_a_policy_is_no_vote():
    # the traps: a bare "changed its vote" (a note in the record), a change of policy on something else
    assert sides("Peru later changed its vote to yes.") == []
    assert sides("Peru changed its position on the embargo from support to opposition.") == []


# --- a list that ends in a vague remainder ---

def test_a_list_ending_in_a_vague_remainder():
    assert sides("Chad, Peru, Fiji and many others abstained from voting.") == [
        ("TCD", "abstain"), ("PER", "abstain"), ("FJI", "abstain")]
    assert sides("Chad, Peru and some other nations voted against the resolution.") == [("TCD", "no"), ("PER", "no")]
    assert sides("Canada, Japan and most other allies voted yes to the resolution.") == [("CAN", "yes"), ("JPN", "yes")]


def test_a_vague_remainder_after_a_preposition_s_object():
    # the trap: the state is the object of "with", not the subject of the vote
    assert sides("Talks with Peru and many other states opposed the plan.") == []


# --- a list laid out a state a line under a sentence that opens it with a colon ---

def test_a_line_list_under_a_vote_sentence_ending_in_a_colon(built_store):
    got = checked("Resolution ES-11/1 was adopted on 2 March 2022 by 141 votes to 5.\n\nThe following five states voted "
                  "against condemning the invasion:\n\nRussia\n\nBelarus\n\nChina\n\nThree more countries voted in "
                  "favour of the resolution this time:\n- Peru\n- Chile\n")
    assert ("position", "RUS", {"vote": "no"}, "supported") in got
    assert ("position", "BLR", {"vote": "no"}, "supported") in got
    assert ("position", "CHN", {"vote": "no"}, "contradicted") in got
    assert ("position", "PER", {"vote": "yes"}, "supported") in got
    assert ("position", "CHL", {"vote": "yes"}, "supported") in got


def test_a_line_list_under_a_colon_with_no_vote_is_no_vote():
    # the trap: a colon heading that names no vote (the sponsors), and a heading that names a state itself
    from unga.claims import blocks
    assert blocks.colon_heading("The sponsors of the text:") is None
    assert blocks.colon_heading("How the vote went, region by region:") is None
    assert blocks.colon_heading("The following countries voted against:\n\nPeru") == ("no", positions.Position(
        "PER", "", None, "Peru"))


# --- a count named again with no number: "These are: A, B …" ---

def test_a_count_named_again_without_its_number():
    from unga.claims import coref
    got = coref.named_again("These are: Chad, Peru, Fiji and Togo.", "Only 4 countries voted against the resolution.")
    assert got is not None and got[0] == "no" and [m.iso3 for m in got[1]] == ["TCD", "PER", "FJI", "TGO"]


def test_a_list_that_is_not_the_count_before():
    # the trap: three states after a count of four are not that count's members
    from unga.claims import coref
    assert coref.named_again("They were Chad, Peru and Fiji.", "Only 4 countries voted against the resolution.") is None
