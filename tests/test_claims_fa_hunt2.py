"""False alarms found by the second hunt (fahunt2, issue 9; tests/reference/news_fahunt2/README.md): true statements
the checker calls "contradicted" on 109 texts nobody had read. One test per class of misreading, with sentences of our
own (never the articles'), and for each a trap of the same shape that is plainly false and must stay contradicted.
Tests marked xfail(strict) fail on main today; the next session fixes the classes in src/unga/claims/ and removes the
marks.

The record used: A/RES/75/183 of 16 December 2020 (death-penalty moratorium, 123-38-24; Djibouti, Jordan, Lebanon
and the Republic of Korea in favour); ES-10/24 of 18 September 2024 (ending the occupation, 124-14-43; Australia,
Samoa and Vanuatu abstaining); ES-11/2 of 24 March 2022 (humanitarian consequences of the aggression against Ukraine,
140-5-38; China abstaining); the drafts A/ES-10/L.32 and L.33 of 11 December 2024 (UNRWA's mandate 159-9-11, the Gaza
ceasefire 158-9-13; Argentina and Israel against both), known from the UN release, with no roll call in the record;
A/RES/79/134 of 6 December 2024 (cooperation with the OPCW, 132-9-13, Argentina and Israel in favour)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from unga import api

REFERENCE = Path(__file__).parent / "reference"


def claims(text: str, published: date) -> list[dict]:
    return [c for c in api.check_text(text, published=published).claims if c["kind"] != "other"]


def contradicted(text: str, published: date) -> list[tuple]:
    return [(c["kind"], c["resolution"], c["state"], c["asserted"]) for c in claims(text, published)
            if c["verdict"] == "contradicted"]


# --- class 1: a number of states that did something new (first time, changed vote) is no count of the vote ---

def test_newcomers_are_no_count_of_the_vote(built_store):
    said = ("The death-penalty moratorium passed the Assembly on Wednesday by 123 votes to 38, with 24 abstentions. "
            "Three countries supported it for the first time: Jordan, Lebanon and Djibouti.")
    assert contradicted(said, date(2020, 12, 17)) == []


def test_newcomers_said_first_are_no_count_of_the_vote(built_store):
    said = ("The death-penalty moratorium passed the Assembly on Wednesday by 123 votes to 38, with 24 abstentions. "
            "For the first time, four countries voted in favour of the resolution: Djibouti, Jordan, Lebanon and "
            "South Korea.")
    assert contradicted(said, date(2020, 12, 17)) == []


def test_the_newcomers_positions_are_still_read(built_store):
    said = ("The death-penalty moratorium passed the Assembly on Wednesday by 123 votes to 38, with 24 abstentions. "
            "Three countries supported it for the first time: Jordan, Lebanon and Djibouti.")
    positions = {c["state"]: c["verdict"] for c in claims(said, date(2020, 12, 17)) if c["kind"] == "position"}
    assert positions == {"JOR": "supported", "LBN": "supported", "DJI": "supported"}


def test_trap_a_plain_count_after_the_tally_stays_contradicted(built_store):
    said = ("The death-penalty moratorium passed the Assembly on Wednesday by 123 votes to 38, with 24 abstentions. "
            "Four countries voted in favour of the resolution.")
    assert contradicted(said, date(2020, 12, 17)) == [
        ("count", "A/RES/75/183", None, {"field": "yes", "op": "=", "value": 4})]


# --- class 2: "N other states ... in all" summed with states named under another vote label ---

@pytest.mark.xfail(reason="fahunt2 class 2: 'and fourteen other states voted against in all' after a list of "
                          "abstainers read as 14 + 3 no votes (y24)", strict=True)
def test_other_states_are_not_added_to_names_of_another_vote(built_store):
    said = ("The Assembly demanded on Wednesday that Israel end its occupation within a year, by 124 votes to 14. "
            "Forty-three states abstained, among them Australia, Samoa and Vanuatu, and fourteen other states voted "
            "against the text in all.")
    assert contradicted(said, date(2024, 9, 19)) == []


def test_other_states_after_while_are_read_plainly(built_store):
    said = ("The Assembly demanded on Wednesday that Israel end its occupation within a year. Forty-three states "
            "abstained, among them Australia, Samoa and Vanuatu, while fourteen other states opposed the text "
            "altogether.")
    tallies = [c for c in claims(said, date(2024, 9, 19)) if c["kind"] == "tally"]
    assert [(c["asserted"], c["verdict"]) for c in tallies] == [({"abstain": 43, "no": 14}, "supported")]


def test_trap_a_wrong_number_of_other_states_stays_contradicted(built_store):
    said = ("The Assembly demanded on Wednesday that Israel end its occupation within a year. Forty-three states "
            "abstained, among them Australia, Samoa and Vanuatu, while twenty other states opposed the text "
            "altogether.")
    assert [c[0] for c in contradicted(said, date(2024, 9, 19))] == ["tally"]


# --- class 3: "X and N other countries" in another language loses the named state ---

# the stored texts open with a line giving the publication date, which pins the vote to its day
HEADER = "URL: https://example.org/our-own-test | DATE: 2022-03-24 | a sentence of our own\n"


@pytest.mark.xfail(reason="fahunt2 class 3: Portuguese 'China e outros 37 países se abstiveram' read as 37, not "
                          "38 (y82)", strict=True)
def test_a_named_state_and_n_others_in_portuguese_counts_the_named_state(built_store):
    said = HEADER + ("A Assembleia Geral aprovou o texto sobre a Ucrânia por 140 votos a favor e cinco contrários. "
                     "China e outros 37 países se abstiveram.")
    assert contradicted(said, date(2022, 3, 24)) == []


def test_a_named_state_and_n_others_in_english_counts_the_named_state(built_store):
    said = HEADER + ("The Assembly adopted the humanitarian text on Ukraine by 140 votes to 5. China and 37 other "
                     "countries abstained.")
    counts = [(c["asserted"], c["verdict"]) for c in claims(said, date(2022, 3, 24)) if c["kind"] == "count"]
    assert counts == [({"field": "abstain", "op": "=", "value": 38}, "supported")]


def test_trap_a_wrong_number_of_others_in_portuguese_stays_contradicted(built_store):
    said = HEADER + ("A Assembleia Geral aprovou o texto sobre a Ucrânia por 140 votos a favor e cinco contrários. "
                     "China e outros 12 países se abstiveram.")
    found = contradicted(said, date(2022, 3, 24))
    assert [(c[0], c[1], c[3]["field"]) for c in found] == [("count", "A/RES/ES-11/2", "abstain")]


# --- noted, not a false alarm: a supported verdict on a roll call the text is not about (y108; fixed by
# claims/release_place.py: numbers that fit a release only are the release's, and leave the roll call) ---

UNRWA_AND_CEASEFIRE = ("The Assembly on Wednesday backed the mandate of the refugee agency UNRWA by 159 votes to 9, "
                       "with 11 abstentions, and demanded an immediate ceasefire in Gaza by 158 votes to 9, with 13 "
                       "abstentions. ")


def test_states_said_of_votes_the_record_lacks_are_not_supported_on_another_vote(built_store):
    said = UNRWA_AND_CEASEFIRE + "Argentina and Israel voted in favour of both texts."
    positions = [(c["resolution"], c["verdict"]) for c in claims(said, date(2024, 12, 12)) if c["kind"] == "position"]
    assert positions and all(verdict != "supported" for _, verdict in positions)


def test_the_tallies_of_those_votes_stay_supported(built_store):
    said = UNRWA_AND_CEASEFIRE + "Argentina and Israel voted in favour of both texts."
    tallies = [(c["resolution"], c["verdict"]) for c in claims(said, date(2024, 12, 12)) if c["kind"] == "tally"]
    assert tallies == [("A/ES-10/L.32", "supported"), ("A/ES-10/L.33", "supported")]


# --- the vetted set itself: its URLs are new, and it keeps no sentence of the texts ---

def test_the_fahunt2_urls_are_in_no_labelled_or_vetted_set():
    vetted = json.loads((REFERENCE / "news_fahunt2" / "contradictions.json").read_text())["texts"]
    ours = {t["url"] for t in vetted.values()}
    theirs = set()
    for labels in REFERENCE.glob("news_*/labels.json"):
        theirs |= set(re.findall(r'"url": "([^"]+)"', labels.read_text()))
    first = json.loads((REFERENCE / "news_fahunt" / "contradictions.json").read_text())["texts"]
    theirs |= {t["url"] for t in first.values()}
    gold = Path(__file__).resolve().parents[2] / "shared" / "news" / "gold.json"
    if gold.exists():
        theirs |= {a["url"] for a in json.loads(gold.read_text())["articles"].values()}
    assert len(ours) == len(vetted) == 109
    assert not ours & theirs
    for entry in vetted.values():
        for claim in entry["contradicted"]:
            assert "text" not in claim and claim["decision"] in ("right", "false_alarm")


def test_trap_a_count_of_changers_that_agrees_is_still_supported(built_store):
    said = ("The death-penalty moratorium passed the Assembly on Wednesday by 123 votes to 38, with 24 abstentions. "
            "For the first time, 123 countries voted in favour of it.")
    verdicts = {(c["asserted"].get("value"), c["verdict"]) for c in claims(said, date(2020, 12, 17))
                if c["kind"] == "count"}
    assert (123, "supported") in verdicts
