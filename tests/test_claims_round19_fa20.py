"""Nineteenth round, holdout20's false alarms (issue 9, branch fa20): the side after the "from" of a change of vote is
the earlier vote's ("moved from an abstention (A, B) to …", "went from abstaining to voting in favour"), and the
guard TWO_TIMES: in a sentence that speaks of a change or of an earlier vote, a state's vote given no time of its own
is never called false when the state voted so on the same resolution's vote of the years before. Sentences are our
own; the record is the real one (built_store).

The record used: A/RES/75/183 (16 December 2020, a moratorium on the use of the death penalty, 123-38-24) and the
series' vote before, A/RES/73/175 (17 December 2018, 121-35-32). Djibouti, Guinea and Jordan abstained in 2018 and
voted yes in 2020; Chad voted yes both times; Yemen voted no in 2018 and abstained in 2020."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims import alternatives, position_time

REPORTED = ("The General Assembly backed a moratorium on the death penalty on 16 December 2020 by 123 votes to 38, "
            "with 24 abstentions. ")


def positions(text: str) -> dict[tuple[str, str], tuple]:
    out = api.check_text(REPORTED + text, published=date(2020, 12, 20)).claims
    return {(c["state"], c["asserted"]["vote"]): (c["resolution"], c["verdict"]) for c in out if c["kind"] == "position"}


def test_a_bracketed_list_after_from_a_counted_abstention_is_the_vote_before(built_store):
    # the list hangs on "one abstention" (a count of one): it was read as 2020's abstentions and called false
    out = positions("Three countries moved from one abstention (Djibouti, Guinea and Jordan) to a vote in favour.")
    assert out == {(s, "abstain"): ("A/RES/73/175", "supported") for s in ("DJI", "GIN", "JOR")}


def test_the_from_side_needs_no_to_side_when_a_verb_of_moving_comes_first(built_store):
    # the "to" side may be lost or garbled (a translation's "from … from a favourable vote"): the "from" side stands
    out = positions("Four countries moved from one abstention (Djibouti, Guinea and Jordan) or one absence (Seychelles) "
                    "from a favourable vote.")
    assert out == {(s, "abstain"): ("A/RES/73/175", "supported") for s in ("DJI", "GIN", "JOR")}


def test_went_from_abstaining_to_voting_in_favour_gives_both_votes(built_store):
    out = positions("Guinea and Jordan went from abstaining to voting in favour.")
    assert out == {("GIN", "yes"): ("A/RES/75/183", "supported"), ("JOR", "yes"): ("A/RES/75/183", "supported"),
                   ("GIN", "abstain"): ("A/RES/73/175", "supported"), ("JOR", "abstain"): ("A/RES/73/175", "supported")}


def test_trap_a_state_said_to_abstain_beside_a_change_is_still_caught(built_store):
    # Chad voted yes in 2020 (and in 2018): its abstention, said of this vote, is false; the changers' earlier
    # abstentions in the same sentence do not make a list of three abstainers that another vote could explain
    out = positions("Guinea and Jordan went from abstaining to voting in favour, while Chad abstained.")
    assert out[("TCD", "abstain")] == ("A/RES/75/183", "contradicted")
    assert positions("Guinea abstained.") == {("GIN", "abstain"): ("A/RES/75/183", "contradicted")}


def test_two_times_holds_back_a_vote_the_earlier_resolution_makes_true(built_store):
    # the sentence compares with the previous resolution and gives the states no time: true of 2018, false of 2020
    out = api.check_text(REPORTED + "Compared with the previous resolution, Djibouti and Guinea abstained.",
                         published=date(2020, 12, 20)).claims
    held = [c for c in out if c["kind"] == "position"]
    assert [(c["state"], c["verdict"]) for c in held] == [("DJI", "unverifiable"), ("GIN", "unverifiable")]
    assert all("A/RES/73/175 of 2018-12-17" in c["evidence"]["record"] for c in held)


def test_trap_two_times_leaves_a_vote_said_of_this_year_and_one_the_earlier_vote_does_not_make_true(built_store):
    # "this year" is the claim's own time; Chad voted yes in 2018 too, so no earlier vote makes its abstention true
    assert positions("Djibouti abstained this year, compared with the previous resolution.") == \
        {("DJI", "abstain"): ("A/RES/75/183", "contradicted")}
    assert positions("Compared with the previous resolution, Chad abstained.") == \
        {("TCD", "abstain"): ("A/RES/75/183", "contradicted")}


def test_the_readings():
    sentence = "Seven moved from one abstention (A, B) to a yes."
    assert position_time.from_side(sentence, sentence.index("abstention")) == position_time.BEFORE
    sentence = "Two from 'Yes' (A, B) to 'No'."
    assert position_time.from_side(sentence, sentence.index("Yes")) == position_time.BEFORE
    sentence = "Support came from A, while B abstained from the vote."
    assert position_time.from_side(sentence, sentence.index("abstained")) is None
    assert alternatives.TWO_TIMES.search("A went from a no to an abstention")
    assert alternatives.TWO_TIMES.search("after abstaining in March")
    assert alternatives.TWO_TIMES.search("compared with the previous resolution")
    assert not alternatives.TWO_TIMES.search("A abstained again this year, as it did for the first time")
