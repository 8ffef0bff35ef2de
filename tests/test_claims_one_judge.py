"""One judge of a state's vote (claims/participation.holds, branch tidy3): the verdict and the rules that ask another
roll call (claims/alternatives.py) read the same words the same way. Before, alternatives.py had its own comparison
(either.agrees), which never matched "did not take part" to a state that was away: such a claim was called false
where "refrained from voting", said of the same state, was held back.

The record used: resolution 72/245 on the rights of the child, 24 December 2017, adopted 162-0-1 (rcid 5591); the
same day the Assembly first voted on an amendment to it, rejected 31-89-31 (rcid 6008). Cuba voted yes on the
resolution and was away for the amendment; India voted yes on the resolution and abstained on the amendment;
China voted yes on both."""

from __future__ import annotations

from datetime import date

import pytest

from unga import api
from unga.claims import participation, stance
from unga.claims.phrases import NOT_TAKING_PART, NOT_YES_OR_NO

LEAD = ("On 24 December 2017 the General Assembly adopted the resolution on the rights of the child by 162 votes to "
        "none, with one abstention, after rejecting an amendment. ")


def position(sentence: str) -> dict:
    claim, = [c for c in api.check_text(LEAD + sentence, published=date(2017, 12, 26)).claims
              if c["kind"] == "position" and c["span"][0] >= len(LEAD)]
    return claim


def test_a_state_that_did_not_vote_bears_out_every_phrase_that_allows_absence():
    assert participation.holds(NOT_YES_OR_NO, "absent") is True  # "abstained or was absent", "refrained from voting"
    assert participation.holds(stance.NOT_YES, "absent") is True  # "despite the opposition of": did not vote yes
    assert participation.holds(NOT_TAKING_PART, "absent") is True  # "did not take part"
    assert participation.holds("no", "absent") is False  # away is not against
    assert participation.holds(NOT_YES_OR_NO, "yes") is False and participation.holds(stance.NOT_YES, "yes") is False


def test_a_state_no_member_that_day_bears_out_nothing():
    for said in ("yes", "absent", NOT_YES_OR_NO, NOT_TAKING_PART, stance.NOT_YES):
        assert participation.holds(said, None) is False


def test_the_records_votes_of_the_day(built_store):
    resolution, amendment = api.tally("rcid:5591"), api.tally("rcid:6008")
    assert (resolution.counts["yes"], resolution.counts["no"], resolution.counts["abstain"]) == (162, 0, 1)
    assert (amendment.counts["yes"], amendment.counts["no"], amendment.counts["abstain"]) == (31, 89, 31)
    assert [resolution.votes[s] for s in ("CUB", "IND", "CHN")] == ["yes", "yes", "yes"]
    assert [amendment.votes[s] for s in ("CUB", "IND", "CHN")] == ["absent", "abstain", "yes"]


@pytest.mark.parametrize("sentence", ["Cuba did not take part in the vote.", "Cuba refrained from voting."])
def test_away_for_the_amendment_holds_back_either_phrase(built_store, sentence):
    claim = position(sentence)
    assert claim["state"] == "CUB" and claim["evidence"]["rcid"] == 5591
    assert claim["verdict"] == "unverifiable"
    assert "another vote that day on the same question" in claim["evidence"]["record"]


def test_an_abstention_on_the_amendment_does_not_bear_out_not_taking_part(built_store):
    # "did not take part" of an abstainer is left open on that vote, not borne out: no reason to doubt the verdict
    claim = position("India did not take part in the vote.")
    assert (claim["state"], claim["verdict"]) == ("IND", "contradicted")


def test_a_state_that_voted_on_both_is_still_contradicted(built_store):
    claim = position("China did not take part in the vote.")
    assert (claim["state"], claim["verdict"]) == ("CHN", "contradicted")
