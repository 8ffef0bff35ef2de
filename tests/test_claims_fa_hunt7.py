"""The seventh hunt (fahunt7, issue 9; tests/reference/news_fahunt7/README.md): 117 texts nobody had read, run through
the checker of main. One claim was called contradicted, a false alarm: an election's votes read as a recorded vote
(y110, the Human Rights Council election of 2016, "Hungary, which received 144 votes, and Croatia, with 114, beat out
Russia, which received 112 votes"). Fixed here (claims/candidates.py): a state that received votes is a candidate in
a ballot the record does not hold. Sentences are our own (never the articles'); each reading has a trap of the same
shape that is plainly false and must stay contradicted.

The record used: A/RES/78/186 of 19 December 2023 (the report of the Human Rights Council, 112-4-64); ES-11/4 of 12
October 2022 (the annexation referendums in Ukraine, 143-5-35)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from unga import api
from unga.claims.candidates import candidates_votes
from unga.claims.extract import extract
from unga.claims.text import sentences

REFERENCE = Path(__file__).parent / "reference"


def checked(text: str, published: date | None = None) -> list[tuple]:
    return [(c["verdict"], c["kind"], c["resolution"], c["asserted"])
            for c in api.check_text(text, published=published).claims if c["verdict"] != "unverifiable"]


def counts(text: str) -> list[dict]:
    return [c.asserted for c in extract(text, sentences(text)) if c.kind in ("count", "tally")]


# --- y110: the votes a candidate state received, read as a resolution's yes ---

RACE = ("The Human Rights Council election: Poland, which received 151 votes, and Slovakia, with 114, beat out "
        "Belarus, which received 112 votes.")


def test_the_votes_a_candidate_received_are_no_count_of_a_recorded_vote(built_store):
    # main put the 112 on the Council's report of 2023 (112 yes), supported, the text being about no recorded vote
    assert counts(RACE) == []
    assert checked(RACE) == []


def test_a_candidate_elected_with_its_votes_is_no_count_either():
    said = ("Peru, which polled only 108 votes, lost; Chile was re-elected for a second term with 160 votes in support, "
            "and Brazil got 144 votes.")
    assert counts(said) == []
    assert len(candidates_votes(said)) == 3


def test_a_resolution_that_received_votes_is_still_counted():
    assert counts("The resolution received 151 votes in favour.") == [{"field": "yes", "op": "=", "value": 151}]
    assert counts("Ukraine's draft received 151 votes.") == [{"field": "yes", "op": "=", "value": 151}]


def test_a_state_standing_for_its_draft_with_a_side_against_is_a_tally():
    # "Ukraine received 93 votes in favour, 24 against": a ballot of candidates has no side against
    assert candidates_votes("Ukraine received 93 votes in favour, 24 against and 58 abstentions.") == []


def test_a_candidate_named_after_a_preposition_with_its_own_clause_is_still_one():
    said = "Belarus lost to Poland, which received 151 votes, and ran behind Slovakia that got 140 votes."
    assert len(candidates_votes(said)) == 2


def test_a_state_that_proposed_what_received_the_votes_is_no_candidate():
    assert candidates_votes("The draft tabled by Peru received 98 votes in favour.") == []
    assert candidates_votes("The motion by Peru had received 98 votes, with 12 states opposing it.") == []


def test_trap_a_wrong_count_for_the_councils_report_stays_contradicted(built_store):
    said = ("The General Assembly adopted the report of the Human Rights Council on Tuesday. The report received "
            "144 votes, while 4 countries voted against.")
    assert [c[:3] for c in checked(said, date(2023, 12, 20))] == [("contradicted", "tally", "A/RES/78/186")]


def test_trap_a_state_with_a_wrong_tally_for_its_draft_stays_contradicted(built_store):
    said = ("On Wednesday Ukraine received 153 votes in favour, 5 against and 35 abstentions for its text condemning "
            "the referendums in four of its regions.")
    assert ("contradicted", "tally", "A/RES/ES-11/4") in [c[:3] for c in checked(said, date(2022, 10, 13))]


# --- the seventh vetted set: its URLs are new, and it keeps no sentence of the texts ---

def _norm(url: str) -> str:
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", url.strip().lower()).rstrip("/")


def test_the_fahunt7_urls_are_in_no_labelled_or_vetted_set():
    vetted = json.loads((REFERENCE / "news_fahunt7" / "contradictions.json").read_text())["texts"]
    ours = {_norm(t["url"]) for t in vetted.values()}
    theirs = set()
    for labels in REFERENCE.glob("news_*/labels.json"):
        theirs |= {_norm(u) for u in re.findall(r'"url": "([^"]+)"', labels.read_text())}
    for earlier in ("news_fahunt", "news_fahunt2", "news_fahunt3", "news_fahunt4", "news_fahunt5", "news_fahunt6"):
        theirs |= {_norm(t["url"]) for t in json.loads((REFERENCE / earlier / "contradictions.json").read_text())
                   ["texts"].values()}
    gold = Path(__file__).resolve().parents[2] / "shared" / "news" / "gold.json"
    if gold.exists():
        theirs |= {_norm(a["url"]) for a in json.loads(gold.read_text())["articles"].values()}
    assert len(ours) == len(vetted) == 117
    assert not ours & theirs


def test_the_fahunt7_set_keeps_no_sentence_of_the_texts():
    vetted = (REFERENCE / "news_fahunt7" / "contradictions.json").read_text()
    assert '"text"' not in vetted and "Hungary, which received" not in vetted
