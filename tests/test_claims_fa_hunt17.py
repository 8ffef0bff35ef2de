"""The seventeenth hunt (fahunt17, issue 9; tests/reference/news_fahunt17/README.md): 124 texts nobody had read, 59 in
English and 65 in 22 other languages, run through the checker of main. Main called no claim contradicted. Among the
unverifiable claims, a specialised agency's organ voting (the IAEA Board of Governors' 20-2-12 of 2024, UNESCO's
executive board choosing a Director-General by 30 to 28) was read as an Assembly vote and held only because no roll
call tied: an agency's board or conference voting is now another body (scope.AGENCY_ORGAN), and a text of such a vote
that never names the Assembly is held whole (scope.council_text).
Sentences are our own (never the articles')."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from fixtures import hunt_urls_against_the_rest

from unga import api
from unga.claims import scope
OTHER_BODY = "a vote of another body"

REFERENCE = Path(__file__).parent / "reference"


def judged(text: str, published: date | None = None) -> list[tuple]:
    return [(c["verdict"], c["kind"], c["asserted"], c["evidence"].get("record", ""))
            for c in api.check_text(text, published=published).claims if c["kind"] != "other"]


# --- an agency's board or conference voting is another body ---

def test_an_agencys_board_voting_is_another_body_in_a_text_that_never_names_the_assembly(built_store):
    text = ("Vienna\nThe nuclear watchdog's board on Thursday rebuked the country over its inspections. 21 governors "
            "voted for the text, 2 against, with 11 abstentions, Russia and China among those opposed.")
    got = judged(text, date(2024, 6, 6))
    assert got and all(verdict == "unverifiable" and record.startswith(OTHER_BODY) for verdict, _, _, record in got)


def test_an_agencys_board_electing_its_head_is_another_body(built_store):
    got = judged("Paris\nUNESCO's executive board picked its new head by 31 votes to 27 on Friday.", date(2017, 10, 14))
    assert [g[:3] for g in got] == [("unverifiable", "tally", {"yes": 31, "no": 27})]
    assert got[0][3].startswith(OTHER_BODY)  # (thirty-fourth round: the reason names the body when it can)


def test_an_agencys_organs_by_their_names_are_other_bodies():
    for sentence in ["The IAEA Board of Governors adopted the text by 22 votes to 4.",
                     "The General Conference rejected the draft, with 45 in favour and 52 against.",
                     "The agency's 35-member board voted 19 to 3 to censure Tehran.",
                     "The IAEA BoG passed the resolution with 26 votes, two against and five abstentions.",
                     "The ILO Governing Body voted 30 to 12 to open an inquiry."]:
        assert scope.scope_of(sentence) == "other body", sentence


def test_trap_the_assembly_beside_an_agencys_board_or_a_board_in_passing_stays_the_assemblys():
    for sentence in ["The General Assembly adopted its resolution on the IAEA's report by 135 votes to 2; the Board "
                     "of Governors had met a week earlier.",
                     "The draft won support across the board, with 141 states voting in favour.",
                     "The Assembly approved the agency's budget by 150 votes to 3.",
                     "Diplomats who board the plane on Monday voted 90 to 20 a week ago."]:
        assert scope.scope_of(sentence) == "assembly", sentence


def test_trap_the_assemblys_vote_beside_a_boards_meeting_is_still_judged(built_store):
    text = ("The General Assembly voted 128 to 9, with 35 abstentions, against any change to the city's status. "
            "UNESCO's executive board had met on the old city's sites in October.")
    assert [v[:3] for v in judged(text, date(2017, 12, 22))] == [
        ("supported", "tally", {"yes": 128, "no": 9, "abstain": 35})]


# --- the seventeenth vetted set: its URLs are new, and it keeps no sentence of the texts ---

def test_the_fahunt17_urls_are_in_no_labelled_or_vetted_set():
    texts, urls, shared = hunt_urls_against_the_rest(17)
    assert texts == urls == 124 and not shared


def test_the_fahunt17_set_keeps_no_sentence_of_the_texts():
    vetted = (REFERENCE / "news_fahunt17" / "contradictions.json").read_text()
    assert '"text"' not in vetted and "secret ballot" not in vetted and "executive board" not in vetted
    decided = [c for entry in json.loads(vetted)["texts"].values() for c in entry["contradicted"]]
    assert decided == []
