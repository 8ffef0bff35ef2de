"""Eleventh round of extraction (issue 9): names states really go by that the checker did not know, the "St" short
form of "Saint", a form of state written after the name ("Moldova, Republic of"), and a question heading over a
paragraph that is nothing but a list of states (docs/claims.md, "Eleventh round: extraction"). Sentences are our
own; each mechanism has a found case and a trap. The record used: A/RES/ES-11/1 of 2 March 2022 (141-5-35; Russia,
Belarus, Eritrea, North Korea and Syria against)."""

from __future__ import annotations

from datetime import date

from fixtures import claim_rows

from unga import countries
from unga.claims import blocks, extract, positions
from unga.claims import text as claim_text
from unga.claims.names import mentions


def sides(sentence: str) -> list[tuple[str, str]]:
    return [(p.iso3, p.vote) for p in positions.positions(sentence)[0]]


def read(text: str) -> list[tuple[str, str]]:
    return [(c.state, c.asserted["vote"]) for c in extract.extract(text, claim_text.sentences(text))
            if c.kind == "position"]


# --- names a state goes by ---

def test_names_states_go_by_are_read():
    assert sides("Holland and Bosnia abstained in the vote.") == [("NLD", "abstain"), ("BIH", "abstain")]
    assert sides("CAR and DPR Korea were absent from the vote.") == [("CAF", "absent"), ("PRK", "absent")]
    assert sides("The vote was 33 to 13, with one delegation, the Siamese, absent.") == [("THA", "absent")]


def test_bosnia_is_no_state_before_its_admission():
    # the trap: before 22 May 1992 "Bosnia" was a republic of Yugoslavia, not a member that could vote
    assert countries.lookup("Bosnia", on=date(1985, 12, 1)) is None
    assert countries.lookup("Bosnia", on=date(1995, 12, 1)) == "BIH"
    assert countries.lookup("Bosnia and Herzegovina") == "BIH"


def test_st_is_read_as_saint():
    assert sides("St Vincent abstained on the resolution.") == [("VCT", "abstain")]
    assert sides("St. Kitts and Nevis and St Lucia voted in favour.") == [("KNA", "yes"), ("LCA", "yes")]


def test_st_before_a_city_is_no_state():
    # the trap: "St" before a name that is no state's stays unread
    assert sides("St Petersburg voted to rename a street.") == []


def test_a_form_of_state_written_after_the_name():
    listed = "Against: Chad; Congo, Democratic Republic of the; Moldova, Republic of; Tanzania, United Republic of."
    assert [m.iso3 for m in mentions(listed)] == ["TCD", "COD", "MDA", "TZA"]
    assert sides("Congo (Republic of), Guinea and Nauru voted against.") == [("COG", "no"), ("GIN", "no"), ("NRU", "no")]


def test_a_republic_of_that_begins_the_next_name_is_not_read_backwards():
    # the trap: "Moldova, Republic of Korea" is two states, not Moldova's full name
    assert [m.iso3 for m in mentions("Moldova, Republic of Korea and Chad voted no.")] == ["MDA", "KOR", "TCD"]


# --- a question heading over a list paragraph ---

def test_a_question_heading_gives_its_vote_to_the_list_below():
    text = ("The Assembly adopted the text by 141 votes to 5.\n\nWhich Countries Voted Against?\n\n"
            "Belarus, Eritrea, North Korea, Russia and Syria.\n")
    assert read(text) == [("BLR", "no"), ("ERI", "no"), ("PRK", "no"), ("RUS", "no"), ("SYR", "no")]
    assert blocks.question_heading("Who abstained?") == "abstain"


def test_a_question_that_is_not_one_vote_gives_nothing():
    # the traps: a question about sponsors, a question naming a state, a question about two votes, and a
    # paragraph below that is prose rather than a bare list
    assert blocks.question_heading("Who sponsored the text?") is None
    assert blocks.question_heading("Why did Kenya abstain?") is None
    assert blocks.question_heading("Which countries voted for and which against?") is None
    prose = ("Which countries voted against?\n\nBelarus, Eritrea and Syria spoke at length before the vote.\n")
    assert read(prose) == []
    sponsors = "Who drafted the resolution?\n\nFrance, Germany, Italy and Spain.\n"
    assert read(sponsors) == []


def test_a_question_heading_list_is_checked(built_store):
    got = claim_rows("The General Assembly adopted resolution ES-11/1 on 2 March by 141 votes to 5.\n\n"
                     "Which countries voted against?\n\nBelarus, Eritrea, North Korea, Russia and Syria.\n",
                     date(2022, 3, 3))
    against = [(state, verdict) for kind, state, asserted, verdict in got if kind == "position"]
    assert against == [("BLR", "supported"), ("ERI", "supported"), ("PRK", "supported"), ("RUS", "supported"),
                       ("SYR", "supported")]
