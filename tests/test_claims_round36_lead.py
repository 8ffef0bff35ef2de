"""Thirty-sixth round, the lead: holdout37's first scoring called two candidates' election results contradicted
(a council election's sole candidates, each described in an apposition between its name and "garnered"/"secured N
votes", read as counts of a resolution adopted that day). A candidate described in an apposition is still the
candidate (claims/candidates.py). Our own sentences."""

from __future__ import annotations

from unga.claims.candidates import candidates_votes
from unga.claims.extract import extract
from unga.claims.text import sentences


def counts(text: str) -> list[dict]:
    return [c.asserted for c in extract(text, sentences(text)) if c.kind in ("count", "tally")]


def test_a_candidate_described_in_an_apposition_received_its_votes():
    said = ("Estonia, the only candidate of its regional group, garnered 171 votes, and Peru, a first-time "
            "contender, secured 183 votes.")
    assert len(candidates_votes(said)) == 2
    assert counts(said) == []


def test_an_apposition_before_won_or_obtained_in_other_tenses():
    assert counts("Ghana, the continent's nominee, obtained 190 votes in the first round.") == []
    assert counts("Fiji, an island state seeking its first term, has won 165 votes.") == []


def test_a_draft_described_in_an_apposition_is_still_counted():
    # only a state receives votes as a candidate; a text that received them is a recorded vote's yes
    assert counts("The draft, the first of its kind, received 150 votes.") == [{"field": "yes", "op": "=", "value": 150}]


def test_a_state_with_an_apposition_and_a_side_against_is_a_tally():
    assert candidates_votes("Chile, the sponsor of the text, received 120 votes in favour and 30 against.") == []
