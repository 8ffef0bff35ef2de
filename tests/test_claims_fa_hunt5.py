"""False alarms found by the fifth hunt (fahunt5, issue 9; tests/reference/news_fahunt5/README.md): true statements
the checker calls "contradicted" on 108 texts nobody had read (6 contradicted: 1 right, 5 false alarms in three
classes), and one latent class seen on a supported verdict. One test per class of misreading, with sentences of our
own (never the articles'), and for each a trap of the same shape that is plainly false and must stay contradicted.
Tests marked xfail(strict) fail on main today; the next session fixes the classes in src/unga/claims/ and removes the
marks.

The record used: A/RES/64/156 of 18 December 2009 (combating defamation of religions, 80-61-42); the Third
Committee's vote on the next year's draft (A/C.3/65/L.46/Rev.1, November 2010, 76-64-42) is not in the record, which
holds plenary votes only; A/RES/69/320 of 10 September 2015 (raising the flags of non-member observer States): the
result announced in the hall and printed everywhere was 119-8-45, the record's list has 119-8-44 (22 not voting),
one abstention short (docs/reference-tallies-1990-2026.md); ES-11/1 of 2 March 2022 (aggression against Ukraine,
141-5-35; India abstaining, Italy in favour)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from unga import api

REFERENCE = Path(__file__).parent / "reference"

FLAGS = date(2015, 9, 11)
FLAGS_VOTE = "The Assembly agreed on Thursday to raise the flags of observer States by 119 votes to 8. "
FLAGS_OPENING = "The Assembly agreed on Thursday to raise the flags of observer States. "
DEFAMATION_COMMITTEE = ("Once again the 3rd Committee has approved the draft on defamation of religions. "
                        "Backing for it is shrinking. ")


def claims(text: str, published: date | None) -> list[dict]:
    return [c for c in api.check_text(text, published=published).claims if c["kind"] != "other"]


def contradicted(text: str, published: date | None) -> list[tuple]:
    return [(c["kind"], c["resolution"], c["state"], c["asserted"]) for c in claims(text, published)
            if c["verdict"] == "contradicted"]


# --- class 1: a year named in the next sentence moves "this year's" committee tally onto that year's plenary vote ---

def test_this_years_committee_tally_does_not_take_the_year_of_the_next_sentence(built_store):
    said = (DEFAMATION_COMMITTEE + "This year the tally was 76 Yes, 64 No and 42 abstaining. In 2009 the 3rd Committee "
            "voted 81 Yes, 55 No and 43 abstaining.")
    assert contradicted(said, None) == []


def test_this_years_committee_tally_alone_is_not_called_false(built_store):
    said = DEFAMATION_COMMITTEE + "This year the tally was 76 Yes, 64 No and 42 abstaining."
    tallies = [(c["asserted"], c["verdict"]) for c in claims(said, None) if c["kind"] == "tally"]
    assert tallies == [({"yes": 76, "no": 64, "abstain": 42}, "unverifiable")]


def test_a_committee_tally_of_a_named_year_is_not_the_plenary_vote(built_store):
    said = ("In 2010 the Third Committee approved the text on defamation of religions by 76 votes to 64, with 42 "
            "abstentions.")
    assert contradicted(said, None) == []


def test_trap_a_wrong_plenary_tally_of_a_named_year_stays_contradicted(built_store):
    said = ("Once again the General Assembly has adopted the resolution on defamation of religions. Backing for it is "
            "shrinking. In 2009 the Assembly voted 95 Yes, 40 No and 42 abstaining.")
    assert contradicted(said, None) == [("tally", "A/RES/64/156", None, {"yes": 95, "no": 40, "abstain": 42})]


# --- class 2: "N votes out of 193 in favour" is read as 193 in favour ---

def test_votes_out_of_the_membership_are_no_count_of_the_membership(built_store):
    said = FLAGS_OPENING + "The text passed with 119 votes out of 193 in favour."
    assert contradicted(said, FLAGS) == []


def test_votes_out_of_the_membership_after_the_tally_are_not_called_false(built_store):
    said = FLAGS_VOTE + "The text passed with 119 votes out of 193 in favour."
    assert contradicted(said, FLAGS) == []


def test_trap_a_wrong_number_out_of_the_membership_stays_contradicted(built_store):
    said = FLAGS_VOTE + "The text passed with 129 votes out of 193 in favour."
    assert ("count", "A/RES/69/320", None, {"field": "yes", "op": "=", "value": 129}) in contradicted(said, FLAGS)


# --- class 3: the result announced in the hall is called false where the record's list is one vote short of it ---

def test_the_announced_tally_is_not_called_false_where_the_list_is_one_short(built_store):
    said = ("On Thursday the Assembly voted 119 to 8, with 45 abstentions, to let the flags of observer States fly at "
            "UN Headquarters.")
    assert contradicted(said, FLAGS) == []


def test_the_announced_count_is_not_called_false_where_the_list_is_one_short(built_store):
    said = ("The flags of the observer States will fly at UN Headquarters: 45 countries abstained in Thursday's "
            "Assembly vote.")
    assert contradicted(said, FLAGS) == []


def test_trap_a_tally_far_from_both_the_announcement_and_the_list_stays_contradicted(built_store):
    said = ("On Thursday the Assembly voted 119 to 8, with 55 abstentions, to let the flags of observer States fly at "
            "UN Headquarters.")
    assert contradicted(said, FLAGS) == [("tally", "A/RES/69/320", None, {"yes": 119, "no": 8, "abstain": 55})]


# --- seen on a supported verdict (o105, an all-capitals cable): the pronoun IT is read as Italy ---

UKRAINE = date(2022, 3, 3)
UKRAINE_CAPS = "THE ASSEMBLY ADOPTED THE RESOLUTION ON UKRAINE ON WEDNESDAY BY 141 VOTES TO 5. INDIA ABSTAINED. "


def test_the_pronoun_it_in_capitals_is_no_state(built_store):
    said = UKRAINE_CAPS + "IT ALSO ABSTAINED."
    assert contradicted(said, UKRAINE) == []


def test_trap_italy_named_in_capitals_stays_contradicted(built_store):
    said = UKRAINE_CAPS + "ITALY ABSTAINED TOO."
    assert contradicted(said, UKRAINE) == [("position", "A/RES/ES-11/1", "ITA", {"vote": "abstain"})]


# --- the fifth vetted set: its URLs are new, and it keeps no sentence of the texts ---

def test_the_fahunt5_urls_are_in_no_labelled_or_vetted_set():
    vetted = json.loads((REFERENCE / "news_fahunt5" / "contradictions.json").read_text())["texts"]
    ours = {t["url"] for t in vetted.values()}
    theirs = set()
    for labels in REFERENCE.glob("news_*/labels.json"):
        theirs |= set(re.findall(r'"url": "([^"]+)"', labels.read_text()))
    for earlier in ("news_fahunt", "news_fahunt2", "news_fahunt3", "news_fahunt4"):
        theirs |= {t["url"] for t in json.loads((REFERENCE / earlier / "contradictions.json").read_text())["texts"]
                   .values()}
    gold = Path(__file__).resolve().parents[2] / "shared" / "news" / "gold.json"
    if gold.exists():
        theirs |= {a["url"] for a in json.loads(gold.read_text())["articles"].values()}
    assert len(ours) == len(vetted) == 108
    assert not ours & theirs
    decisions = [c["decision"] for entry in vetted.values() for c in entry["contradicted"]]
    assert decisions.count("right") == 1 and decisions.count("false_alarm") == 5
    for entry in vetted.values():
        for claim in entry["contradicted"]:
            assert "text" not in claim and claim["decision"] in ("right", "false_alarm")
