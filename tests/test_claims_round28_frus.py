"""Twenty-eighth round (issue 9, branch frus): shift tables of diplomatic records ("A (yes to abstain); B (abstain
to no)", "A from yes to abstain"): the vote after "to" is the state's on the reported roll call, the vote before it
on the series' vote before (placed only where the text pins it); a side only expected is no claim; a name in a list
before the bracket is left unread. The support one state won from others ("X secured support from A and B to vote
against") gives A and B the vote the sentence says; without it nothing is read. Sentences of our own. The record: ES-11/1 of 2 March 2022 (Algeria, India, Mali
abstained; Russia against; Uzbekistan absent) and the moratorium votes of 2020 (A/RES/75/183) and 2018
(A/RES/73/175), where Djibouti and Guinea abstained in 2018 and voted yes in 2020."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures import ES11_1_LEAD, claims_after

from unga.claims import positions, shifts, won_over

MORATORIUM = ("The General Assembly backed a moratorium on the death penalty on 16 December 2020 by 123 votes to 38, "
              "with 24 abstentions. ")


def _said(lead: str, sentence: str, published=None) -> set[tuple]:
    claims = claims_after(lead, sentence, "position", published) if published else claims_after(lead, sentence, "position")
    return {(c["state"], c["asserted"]["vote"], c["resolution"], c["verdict"]) for c in claims}


@pytest.mark.parametrize("sentence, expected", [
    # the side after "to" on the text's vote; the side before on no vote (ES-11/1 has none before it)
    ("Moves since the last session: Algeria (yes to abstain); Russia (abstain to no).",
     {("DZA", "abstain", "A/RES/ES-11/1", "supported"), ("DZA", "yes", None, "unverifiable"),
      ("RUS", "no", "A/RES/ES-11/1", "supported"), ("RUS", "abstain", None, "unverifiable")}),
    ("Moves: Algeria from yes to abstain; India from no to abstain.",
     {("DZA", "abstain", "A/RES/ES-11/1", "supported"), ("DZA", "yes", None, "unverifiable"),
      ("IND", "abstain", "A/RES/ES-11/1", "supported"), ("IND", "no", None, "unverifiable")}),
    # false: India abstained
    ("Moves on the day: India (abstain to yes).",
     {("IND", "yes", "A/RES/ES-11/1", "contradicted"), ("IND", "abstain", None, "unverifiable")}),
    # the writer's word, not an editor's bracket after it
    ("Moves on the day: Uzbekistan (no to absent [abstain]).",
     {("UZB", "absent", "A/RES/ES-11/1", "supported"), ("UZB", "no", None, "unverifiable")}),
    # an expected side was no vote
    ("Moves on the day: Mali (anticipated yes to abstain).", {("MLI", "abstain", "A/RES/ES-11/1", "supported")}),
    ("Moves from our estimate: Mali (yes to abstain).", {("MLI", "abstain", "A/RES/ES-11/1", "supported")}),
    # traps: a list before the bracket, years in the bracket
    ("Mali, Bolivia (yes to abstain).", set()),
    ("France (from 2019 to 2021) set out its view.", set()),
])
def test_shift_tables(built_store, sentence, expected):
    assert _said(ES11_1_LEAD, sentence) == expected


def test_the_side_before_is_placed_on_the_series_vote_before(built_store):
    said = _said(MORATORIUM, "Moves since 2018: Djibouti (abstain to yes); Guinea (yes to abstain).", date(2020, 12, 20))
    assert said == {("DJI", "yes", "A/RES/75/183", "supported"), ("DJI", "abstain", "A/RES/73/175", "supported"),
                    ("GIN", "abstain", "A/RES/75/183", "contradicted"), ("GIN", "yes", "A/RES/73/175", "contradicted")}


def test_a_shift_gives_no_second_claim_to_a_state_already_read():
    read = shifts.read("Algeria abstained; Algeria (yes to abstain).", [positions.Position("DZA", "abstain", None, "Algeria")])
    assert read == []


@pytest.mark.parametrize("sentence, expected", [
    ("Russia secured support from Belarus, Syria and Nicaragua to vote against the text.",
     {("BLR", "no", "A/RES/ES-11/1", "supported"), ("SYR", "no", "A/RES/ES-11/1", "supported"),
      ("NIC", "no", "A/RES/ES-11/1", "contradicted")}),
    ("Ukraine won the backing of India and China in voting yes.",
     {("IND", "yes", "A/RES/ES-11/1", "contradicted"), ("CHN", "yes", "A/RES/ES-11/1", "contradicted")}),
    ("Russia gained support from Algeria and Mali to abstain.",
     {("DZA", "abstain", "A/RES/ES-11/1", "supported"), ("MLI", "abstain", "A/RES/ES-11/1", "supported")}),
    # an aside between the list and its vote; an apposition or an unknown first item before the names
    ("Russia picked up the votes of Belarus, in addition to Eritrea, to vote against.",
     {("BLR", "no", "A/RES/ES-11/1", "supported"), ("ERI", "no", "A/RES/ES-11/1", "supported")}),
    ("Russia won the backing of its allies, Belarus and Syria, to vote against.",
     {("BLR", "no", "A/RES/ES-11/1", "supported"), ("SYR", "no", "A/RES/ES-11/1", "supported")}),
    # traps: support without a vote said; a vote on an amendment is not the resolution's
    ("Russia won the support of Belarus and Syria.", set()),
    ("Russia secured support from Belarus and Syria to vote for its amendment.",
     {("BLR", "yes", None, "unverifiable"), ("SYR", "yes", None, "unverifiable")}),
])
def test_support_won_from_others(built_store, sentence, expected):
    assert _said(ES11_1_LEAD, sentence) == expected


def test_the_winner_itself_is_not_given_the_vote():
    read = won_over.read("Russia secured support from Belarus to vote against.", [])
    assert [p.iso3 for p in read] == ["BLR"]
