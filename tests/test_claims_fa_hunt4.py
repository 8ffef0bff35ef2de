"""False alarms found by the fourth hunt (fahunt4, issue 9; tests/reference/news_fahunt4/README.md): true statements
the checker calls "contradicted" on 104 texts nobody had read (9 contradicted: 3 right, 6 false alarms in five
classes). One test per class of misreading, with sentences of our own (never the articles'), and for each a trap of
the same shape that is plainly false and must stay contradicted. Tests marked xfail(strict) fail on main today; the
next session fixes the classes in src/unga/claims/ and removes the marks.

The record used: A/RES/78/264 of 15 March 2024 (measures to combat Islamophobia, 115-0-44, 34 not voting; Brazil
abstaining); ES-11/5 of 14 November 2022 (reparation for the aggression against Ukraine, 94-14-73, 12 not voting;
Brazil abstaining); ES-10/22 of 12 December 2023 (humanitarian ceasefire in Gaza, 153-10-23); ES-11/1 of 2 March 2022
(aggression against Ukraine, 141-5-35; Serbia in favour)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from unga import api

REFERENCE = Path(__file__).parent / "reference"

ISLAMOPHOBIA = date(2024, 3, 16)
REPARATION = date(2022, 11, 15)
REPARATION_VOTE = "On Monday the Assembly backed reparations for Ukraine by 94 votes to 14. "
GAZA = date(2023, 12, 13)
UKRAINE = date(2022, 3, 3)


def claims(text: str, published: date) -> list[dict]:
    return [c for c in api.check_text(text, published=published).claims if c["kind"] != "other"]


def contradicted(text: str, published: date) -> list[tuple]:
    return [(c["kind"], c["resolution"], c["state"], c["asserted"]) for c in claims(text, published)
            if c["verdict"] == "contradicted"]


# --- class 1: a number of abstainers written as "did not take part" or "skipped" is read as a count of absentees ---

def test_abstainers_said_not_to_take_part_are_no_count_of_absentees(built_store):
    said = ("The Assembly adopted the resolution on combating Islamophobia on Friday by 115 votes. There was no vote "
            "against it; 44 countries including Brazil did not participate in voting.")
    assert contradicted(said, ISLAMOPHOBIA) == []


def test_abstainers_said_to_skip_the_vote_are_no_count_of_absentees(built_store):
    said = "On Monday the Assembly backed reparations for Ukraine by 94 votes to 14, and 73 countries skipped."
    assert contradicted(said, REPARATION) == []


def test_trap_a_number_not_taking_part_that_fits_neither_count_stays_contradicted(built_store):
    said = ("The Islamophobia resolution passed the Assembly on Friday with 115 votes in favour and none against, "
            "while 60 countries did not take part in the vote.")
    assert [(c[0], c[1]) for c in contradicted(said, ISLAMOPHOBIA)] == [("tally", "A/RES/78/264")]


def test_trap_a_number_skipping_that_fits_neither_count_stays_contradicted(built_store):
    said = "On Monday the Assembly backed reparations for Ukraine by 94 votes to 14, and 60 countries skipped."
    assert [(c[0], c[1]) for c in contradicted(said, REPARATION)] == [("tally", "A/RES/ES-11/5")]


# --- class 2: "A and other N countries" is read as N, not N + 1 ---

def test_a_state_and_other_n_countries_counts_n_plus_one(built_store):
    said = REPARATION_VOTE + "Brazil and other 72 countries abstained."
    assert contradicted(said, REPARATION) == []


def test_a_state_and_n_other_countries_counts_n_plus_one(built_store):
    said = REPARATION_VOTE + "Brazil and 72 other countries abstained."
    counts = [(c["asserted"]["value"], c["verdict"]) for c in claims(said, REPARATION) if c["kind"] == "count"]
    assert counts == [(73, "supported")]


def test_other_before_or_after_the_number_and_the_article_count_the_named_state(built_store):
    """'other N', 'the other N' and 'the N other' all leave out the states named before them (our own wordings)."""
    for said in ("Brazil and the other 72 countries abstained.", "Brazil and the 72 other countries abstained.",
                 "Brazil, along with other 72 nations, abstained."):
        counts = [(c["asserted"]["value"], c["verdict"]) for c in claims(REPARATION_VOTE + said, REPARATION)
                  if c["kind"] == "count"]
        assert counts == [(73, "supported")], said


def test_trap_a_state_and_too_many_other_countries_stays_contradicted(built_store):
    for said in ("Brazil and 80 other countries abstained.", "Brazil and the other 80 countries abstained."):
        assert contradicted(REPARATION_VOTE + said, REPARATION) == [
            ("count", "A/RES/ES-11/5", None, {"field": "abstain", "op": "=", "value": 81})], said


# --- class 3: "X votes to Y abstentions" is read as X in favour and Y against ---

def test_votes_to_abstentions_is_no_count_of_votes_against(built_store):
    said = "On Friday the Assembly adopted the resolution on combating Islamophobia by 115 votes to 44 abstentions."
    assert contradicted(said, ISLAMOPHOBIA) == []


def test_trap_votes_to_votes_against_stays_contradicted(built_store):
    said = "On Friday the Assembly adopted the resolution on combating Islamophobia by 115 votes to 44 against."
    assert contradicted(said, ISLAMOPHOBIA) == [("tally", "A/RES/78/264", None, {"yes": 115, "no": 44})]


# --- class 4: the Security Council's "N out of 15 members" is put on the Assembly's vote the text names ---

def test_a_council_count_in_a_sentence_naming_the_council_is_not_the_assembly_vote(built_store):
    said = ("The General Assembly demanded a ceasefire in Gaza on Tuesday by 153 votes to 10, with 23 abstentions. "
            "In the Security Council on Friday, the same demand had the support of 13 out of 15 members.")
    assert contradicted(said, GAZA) == []


def test_a_council_count_after_the_councils_vote_is_not_the_assembly_vote(built_store):
    said = ("On Tuesday the General Assembly demanded an immediate humanitarian ceasefire in Gaza by 153 votes to 10, "
            "with 23 abstentions. Last Friday a similar draft in the Security Council was vetoed by the United States. "
            "The draft had the support of 13 out of 15 members.")
    assert contradicted(said, GAZA) == []


def test_trap_a_wrong_count_of_the_assembly_resolution_stays_contradicted(built_store):
    said = ("On Tuesday the General Assembly demanded an immediate humanitarian ceasefire in Gaza by 153 votes to 10, "
            "with 23 abstentions. The resolution had the support of 13 members.")
    assert contradicted(said, GAZA) == [("count", "A/RES/ES-10/22", None, {"field": "yes", "op": "=", "value": 13})]


# --- class 5: voting "against" the state a resolution condemns is read as a vote against the resolution ---

def test_voting_against_the_condemned_state_is_no_vote_against_the_resolution(built_store):
    said = ("The Assembly's vote on Wednesday, 141 to 5, deepened Moscow's isolation. Even Serbia, a traditional ally "
            "of Russia, voted against Moscow.")
    assert contradicted(said, UKRAINE) == []


def test_voting_against_it_after_moscows_isolation_is_not_called_false(built_store):
    said = ("The Assembly's vote on Wednesday, 141 to 5, deepened Moscow's isolation. Even Serbia, a traditional ally "
            "of Russia, voted against it.")
    assert contradicted(said, UKRAINE) == []


def test_trap_voting_against_the_resolution_stays_contradicted(built_store):
    said = "The Assembly adopted the resolution on Wednesday by 141 votes to 5. Serbia voted against the resolution."
    assert contradicted(said, UKRAINE) == [("position", "A/RES/ES-11/1", "SRB", {"vote": "no"})]


# --- the fourth vetted set: its URLs are new, and it keeps no sentence of the texts ---

def test_the_fahunt4_urls_are_in_no_labelled_or_vetted_set():
    vetted = json.loads((REFERENCE / "news_fahunt4" / "contradictions.json").read_text())["texts"]
    ours = {t["url"] for t in vetted.values()}
    theirs = set()
    for labels in REFERENCE.glob("news_*/labels.json"):
        theirs |= set(re.findall(r'"url": "([^"]+)"', labels.read_text()))
    for earlier in ("news_fahunt", "news_fahunt2", "news_fahunt3"):
        theirs |= {t["url"] for t in json.loads((REFERENCE / earlier / "contradictions.json").read_text())["texts"]
                   .values()}
    gold = Path(__file__).resolve().parents[2] / "shared" / "news" / "gold.json"
    if gold.exists():
        theirs |= {a["url"] for a in json.loads(gold.read_text())["articles"].values()}
    assert len(ours) == len(vetted) == 104
    assert not ours & theirs
    decisions = [c["decision"] for entry in vetted.values() for c in entry["contradicted"]]
    assert decisions.count("right") == 3 and decisions.count("false_alarm") == 6
    for entry in vetted.values():
        for claim in entry["contradicted"]:
            assert "text" not in claim and claim["decision"] in ("right", "false_alarm")
