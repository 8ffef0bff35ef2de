"""Twenty-second round (issue 9, branch false6): "chose not to vote" read as abstaining or away, as the press uses it,
unless the sentence sets it against the state's own abstention of another time; in sentences of our own. The record
used: ES-11/1 of 2 March 2022 (141-5-35, 12 absent: India, China and Ethiopia abstained, Venezuela was absent, Belarus
voted no); the Cuba embargo series, A/RES/78/7 of 2 November 2023 (187-2-1, Ukraine the one abstention, Moldova away)."""

from __future__ import annotations

from datetime import date

from unga import api

UKRAINE_VOTE = date(2022, 3, 3)
CUBA_2023 = date(2023, 11, 3)
AGGRESSION = ("The General Assembly on Wednesday adopted resolution ES-11/1 on Ukraine by 141 votes to 5, with 35 "
              "abstentions. ")


def positions(said: str, published: date) -> dict:
    return {(c["resolution"], c["state"]): (c["asserted"]["vote"], c["verdict"])
            for c in api.check_text(said, published=published).claims if c["kind"] == "position"}


def test_chose_not_to_vote_is_abstaining_or_away(built_store):
    got = positions(AGGRESSION + "India and China chose not to vote, Ethiopia opted not to vote, and Venezuela was "
                                 "absent.", UKRAINE_VOTE)
    assert got == {("A/RES/ES-11/1", "IND"): ("abstain or absent", "supported"),
                   ("A/RES/ES-11/1", "CHN"): ("abstain or absent", "supported"),
                   ("A/RES/ES-11/1", "ETH"): ("abstain or absent", "supported"),
                   ("A/RES/ES-11/1", "VEN"): ("absent", "supported")}


def test_chose_not_to_vote_among_the_abstentions(built_store):
    got = positions(AGGRESSION + "Among the countries that chose not to vote were India and China.", UKRAINE_VOTE)
    assert got == {("A/RES/ES-11/1", "IND"): ("abstain or absent", "supported"),
                   ("A/RES/ES-11/1", "CHN"): ("abstain or absent", "supported")}


def test_trap_a_state_that_voted_no_did_not_choose_not_to_vote(built_store):
    got = positions(AGGRESSION + "Belarus chose not to vote.", UKRAINE_VOTE)
    assert got == {("A/RES/ES-11/1", "BLR"): ("abstain or absent", "contradicted")}


def test_set_against_an_earlier_abstention_it_is_being_away(built_store):
    # Ukraine abstained on 78/7: "previously abstained … chose not to vote this year" says it was away, which is false
    said = ("On Thursday the Assembly voted 187 to 2 to call again for an end to the embargo on Cuba. Ukraine, which "
            "had previously abstained, chose not to vote this year.")
    assert positions(said, CUBA_2023)[("A/RES/78/7", "UKR")] == ("absent", "contradicted")
    # the same contrast, true: Moldova was away from 78/7 (whatever it did before, only this year's vote is asserted)
    said = ("On Thursday the Assembly voted 187 to 2 to call again for an end to the embargo on Cuba. Moldova, which "
            "had previously abstained, decided not to vote this year.")
    assert positions(said, CUBA_2023)[("A/RES/78/7", "MDA")] == ("absent", "supported")


def test_an_abstention_of_the_same_time_leaves_it_open(built_store):
    got = positions(AGGRESSION + "There were 35 abstentions, and India chose not to vote.", UKRAINE_VOTE)
    assert got == {("A/RES/ES-11/1", "IND"): ("abstain or absent", "supported")}


def test_trap_a_vote_told_a_sentence_after_its_time_stays_held(built_store):
    # tried and left this round: a state's vote in the news of its day taken as the day's vote without its paragraph's
    # evidence. "Earlier" stands in the sentence before: Bangladesh abstained on ES-11/1, voted yes on ES-11/2
    said = ("The General Assembly on Thursday adopted resolution ES-11/2 on the humanitarian consequences of the "
            "aggression against Ukraine by 140 votes to 5, with 38 abstentions. Bangladesh voted in favour.\n\n"
            "Earlier, a vote was held in the Assembly condemning the attack on Ukraine. Bangladesh abstained from "
            "voting there.")
    got = [(c["resolution"], c["asserted"]["vote"], c["verdict"]) for c in api.check_text(
        said, published=date(2022, 3, 25)).claims if c["kind"] == "position" and c["state"] == "BGD"]
    assert ("A/RES/ES-11/2", "yes", "supported") in got
    assert all(verdict != "contradicted" for _, _, verdict in got)
