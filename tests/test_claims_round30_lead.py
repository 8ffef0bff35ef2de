"""Thirtieth round (the lead): holdout31's one contradicted claim with no gold label, in sentences of our own. States
that "refused to vote yes" are those that voted no, abstained or stayed away, not the abstainers: A/RES/67/262 of
15 May 2013 (Syria) was adopted 107-12-59, so "more than 70" refusing a yes is true of no and abstain together."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims import extract
from unga.claims.text import sentences

SYRIA_2013 = "The General Assembly adopted resolution 67/262 on Syria on 15 May 2013"


def counts(text: str) -> list[dict]:
    return [c.asserted for c in extract.extract(text, sentences(text)) if c.kind == "count"]


def test_states_that_refused_to_vote_yes_are_not_read_as_abstainers():
    for refusal in ('refused to vote "yes"', "refused to vote in favour", "declined to vote for it"):
        assert counts(f"{SYRIA_2013}, but well over 70 states {refusal}.") == []
    result = api.check_text(f"{SYRIA_2013}, but well over 70 states refused to vote “yes” on it.",
                            published=date(2013, 5, 16))
    assert [c for c in result.claims if c["verdict"] == "contradicted"] == []


def test_trap_states_that_refused_to_vote_are_still_abstainers():
    assert counts(f"{SYRIA_2013}; 59 countries refused to vote.") == [{"field": "abstain", "op": "=", "value": 59}]
    assert counts(f"{SYRIA_2013}; 59 countries declined to vote on it.") == [
        {"field": "abstain", "op": "=", "value": 59}]
