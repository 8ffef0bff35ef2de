"""Issue 9, fifteenth round (branch fix14): a claim said of several votes at once is one claim per vote
(claims/several.py). Sentences of our own in several wordings, and the traps.

The record used: A/RES/ES-11/1 of 2 March 2022 (141-5-35) and A/RES/ES-11/2 of 24 March 2022 (140-5-38). Russia,
Belarus, Syria, Eritrea and North Korea voted against both; China and India abstained on both; Botswana voted yes on
the first and abstained on the second; Bangladesh abstained on the first and voted yes on the second. The paragraph
votes of 18 November 1948 on administrative unions (sub-paragraphs 11(a) and 11(b), rcid 91 and 92) were both 25-20-10.
"""

from __future__ import annotations

from datetime import date

import pytest

from unga import api
from unga.claims import several

DAY = date(2022, 3, 25)
LEAD = ("On 2 March 2022 the General Assembly adopted resolution A/RES/ES-11/1 by 141 votes to 5, with 35 abstentions. "
        "On 24 March it adopted resolution A/RES/ES-11/2 by 140 votes to 5, with 38 abstentions. ")


def positions(text: str, published: date = DAY, after: int = len(LEAD) - 1) -> list[tuple]:
    """(state, vote, resolution, verdict) of each position read after the lead, sorted."""
    return sorted((c["state"], c["asserted"]["vote"], c["resolution"] or "", c["verdict"])
                  for c in api.check_text(text, published=published).claims
                  if c["kind"] == "position" and c["span"][0] >= after)


@pytest.mark.parametrize("sentence", [
    "Russia and Belarus voted against both resolutions.",
    "Russia and Belarus opposed the two texts.",
    "Russia and Belarus voted against both of the drafts.",
    "Russia and Belarus voted against the resolutions.",
])
def test_a_list_said_of_both_votes_is_checked_on_each(built_store, sentence):
    got = positions(LEAD + sentence)
    assert got == sorted((state, "no", symbol, "supported") for state in ("RUS", "BLR")
                         for symbol in ("A/RES/ES-11/1", "A/RES/ES-11/2"))


def test_an_abstention_on_either_vote(built_store):
    got = positions(LEAD + "China and India abstained in both votes.")
    assert got == sorted((state, "abstain", symbol, "supported") for state in ("CHN", "IND")
                         for symbol in ("A/RES/ES-11/1", "A/RES/ES-11/2"))


def test_a_false_statement_about_both_votes_keeps_the_checks_verdict(built_store):
    """Botswana voted yes on the first and abstained on the second: "in favour of both" is false. The claim as the
    checker places it (on the later vote, the one it pins last) keeps its verdict; the copy on the other vote is
    judged there."""
    got = positions(LEAD + "Botswana voted in favour of both resolutions.")
    assert got == [("BWA", "yes", "A/RES/ES-11/1", "supported"), ("BWA", "yes", "A/RES/ES-11/2", "contradicted")]


def test_a_copy_is_never_called_false():
    entry = {"verdict": "contradicted", "evidence": {"record": "the record has abstain", "notes": []}}
    judged = several._on(entry, "said of several votes at once")
    assert judged["verdict"] == "unverifiable"
    assert judged["evidence"]["record"].startswith("the record has abstain; said of several votes at once")


@pytest.mark.parametrize("sentence", [
    "Bangladesh abstained on the first of the two resolutions.",
    "Bangladesh abstained on one of the resolutions.",
    "Both Russia and Belarus voted against the resolution.",
    "Russia and Bangladesh voted against and abstained respectively on both texts.",
])
def test_one_vote_of_several_is_not_spread(built_store, sentence):
    got = positions(LEAD + sentence)
    states = [state for state, *_ in got]
    assert len(states) == len(set(states))  # one claim per state, as before


def test_votes_the_text_does_not_identify_are_listed_unplaced(built_store):
    text = ("The Assembly's committee voted on two drafts on Tuesday. "
            "Israel and Nauru voted against both drafts.")
    got = positions(text, published=date(2024, 11, 14), after=0)
    assert [state for state, *_ in got] == ["ISR", "ISR", "NRU", "NRU"]
    assert all(verdict == "unverifiable" for *_, verdict in got)


def test_each_of_two_parts_voted_alike_takes_both_roll_calls(built_store):
    text = ("On 18 November 1948 the General Assembly voted on the draft on administrative unions in trust "
            "territories. Sub-paragraphs 11(a) and 11(b) were each rejected, by 25 votes for and 20 against.")
    tallies = [c for c in api.check_text(text, published=date(1948, 11, 19)).claims if c["kind"] == "tally"]
    assert sorted(c["evidence"].get("rcid") for c in tallies if c["verdict"] == "supported") == [91, 92]


def test_how_many():
    assert several.how_many("A voted against both resolutions.", 0) == (2, "both resolutions")
    assert several.how_many("A opposed all three texts.", 0)[0] == 3
    assert several.how_many("A opposed the resolutions.", 3) == (3, "the resolutions")
    assert several.how_many("A opposed the resolutions.", 1) is None  # as many as the text pins: one is not several
    assert several.how_many("Both A and B voted against.", 2) is None
    assert several.how_many("A voted for one of the two resolutions.", 2) is None
