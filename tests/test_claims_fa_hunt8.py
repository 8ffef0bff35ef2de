"""The eighth hunt (fahunt8, issue 9; tests/reference/news_fahunt8/README.md): 115 texts nobody had read, run through
the checker of main. Five claims were called contradicted: one right (a tally with 33 abstentions for 31), four false
alarms in two texts, fixed here:
- a denied passive read as a yes (y09, "was not supported by" two states that voted against): claims/cues.py;
- a two-number tally that pinned a vote of 1968 fitting those two numbers only, and the yes of the sentence before
  called false on it (y59, a vote of 2024 the record lacks): claims/doubt.split_tally_disagrees.
Also fixed, fahunt6's open e64: "joining" after a preposition ("a referendum on joining Russia") read as a voter
joining Russia's side: claims/roles.COMPANION.
Sentences are our own (never the articles'); each reading has a trap of the same shape that must stay contradicted.

The record used: A/RES/74/136 of 18 December 2019 (combating the glorification of Nazism, 133-2-52; the United States
and Ukraine against); A/RES/2467(XXIII)[C] of 21 December 1968 (the sea-bed, 85-9-25)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from unga import api
from unga.claims.extract import extract
from unga.claims.text import sentences

REFERENCE = Path(__file__).parent / "reference"
NAZISM = "The text on combating the glorification of Nazism passed by 133 votes to 2, with 52 abstentions. "
DAY_AFTER = date(2019, 12, 19)


def checked(text: str, published: date | None = None) -> list[tuple]:
    return [(c["verdict"], c["kind"], c["resolution"], c["state"], c["asserted"])
            for c in api.check_text(text, published=published).claims if c["verdict"] != "unverifiable"]


def positions(text: str) -> list[tuple]:
    return [(c.state, c.asserted["vote"]) for c in extract(text, sentences(text)) if c.kind == "position"]


# --- y09: "was not supported by A and B", read as A's and B's yes ---

def test_a_denied_passive_names_no_side():
    assert positions("The draft was not supported by Chile or Peru.") == []
    assert positions("The draft wasn't backed by Chile.") == []
    assert positions("The draft has never been opposed by Norway.") == []


def test_an_affirmed_passive_still_names_its_side():
    assert positions("The draft was supported by Chile and Peru.") == [("CHL", "yes"), ("PER", "yes")]
    assert positions("The draft was opposed by Norway.") == [("NOR", "no")]
    # "not only supported by": the support is affirmed
    assert positions("The draft was not only supported by Brazil but by most of the region.") == [("BRA", "yes")]


def test_two_states_that_voted_against_were_not_supporters(built_store):
    # main read a yes for both and called it false against their recorded no
    said = NAZISM + "It was not supported by Ukraine or the United States."
    assert [c[:4] for c in checked(said, DAY_AFTER)] == [("supported", "tally", "A/RES/74/136", None)]


def test_trap_a_state_said_to_support_what_it_voted_against_stays_contradicted(built_store):
    said = NAZISM + "It was supported by Ukraine."
    assert ("contradicted", "position", "A/RES/74/136", "UKR", {"vote": "yes"}) in checked(said, DAY_AFTER)


def test_an_opposing_passive_is_still_read_and_a_denied_one_is_not(built_store):
    said = NAZISM + "It was opposed by Ukraine and the United States."
    assert ("supported", "position", "A/RES/74/136", "UKR", {"vote": "no"}) in checked(said, DAY_AFTER)
    assert not [c for c in checked(NAZISM + "It was never opposed by Canada.", DAY_AFTER) if c[1] == "position"]


# --- y59: a tally split over two sentences, its two numbers pinning another vote ---

def test_a_split_tally_whose_yes_the_pinned_vote_lacks_pins_nothing(built_store):
    # 9 against and 25 abstentions fit only the sea-bed vote of 1968 (85-9-25) in the record; the 143 in favour said
    # beside them was called false on it by main
    said = "It passed with 143 votes in favour. Nine voted against and 25 abstained."
    assert "contradicted" not in [c[0] for c in checked(said)]


def test_a_split_tally_whose_yes_fits_still_pins_its_vote(built_store):
    said = "It passed with 85 votes in favour. Nine voted against and 25 abstained."
    assert ("supported", "count", "A/RES/2467(XXIII)[C]", None, {"field": "yes", "op": "=", "value": 85}) \
        in checked(said)


def test_trap_a_whole_tally_still_pins_and_a_wrong_count_beside_it_stays_contradicted(built_store):
    said = "It passed by 85 votes to 9, with 25 abstentions. Twelve states voted against it."
    assert ("contradicted", "count", "A/RES/2467(XXIII)[C]", None, {"field": "no", "op": "=", "value": 12}) \
        in checked(said)


# --- fahunt6's e64, left open: "a referendum on joining Russia" read as a voter joining Russia's side ---

def test_joining_after_a_preposition_is_no_companion_of_the_voters():
    # main gave Russia the sentence's one vote (Peru's abstention), as if Peru had abstained "joining Russia"
    said = "Peru abstained, Chile against, the Assembly adopted a text condemning a referendum on joining Russia."
    assert positions(said) == [("PER", "abstain")]
    assert positions("Peru abstained; the text spoke of the question of joining Bolivia.") == [("PER", "abstain")]


def test_trap_a_voter_joining_others_still_gives_them_its_vote():
    assert positions("Peru abstained, joining Chile and Bolivia.") == [("PER", "abstain"), ("CHL", "abstain"),
                                                                         ("BOL", "abstain")]
    assert positions("Peru voted against, joining with Chile.") == [("PER", "no"), ("CHL", "no")]


# --- the eighth vetted set: its URLs are new, and it keeps no sentence of the texts ---

def _norm(url: str) -> str:
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", url.strip().lower()).rstrip("/")


def test_the_fahunt8_urls_are_in_no_labelled_or_vetted_set():
    vetted = json.loads((REFERENCE / "news_fahunt8" / "contradictions.json").read_text())["texts"]
    ours = {_norm(t["url"]) for t in vetted.values()}
    theirs = set()
    for labels in REFERENCE.glob("news_*/labels.json"):
        theirs |= {_norm(u) for u in re.findall(r'"url": "([^"]+)"', labels.read_text())}
    for earlier in ("news_fahunt", "news_fahunt2", "news_fahunt3", "news_fahunt4", "news_fahunt5", "news_fahunt6",
                    "news_fahunt7"):
        theirs |= {_norm(t["url"]) for t in json.loads((REFERENCE / earlier / "contradictions.json").read_text())
                   ["texts"].values()}
    gold = Path(__file__).resolve().parents[2] / "shared" / "news" / "gold.json"
    if gold.exists():
        theirs |= {_norm(a["url"]) for a in json.loads(gold.read_text())["articles"].values()}
    assert len(ours) == len(vetted) == 115
    assert not ours & theirs


def test_the_fahunt8_set_keeps_no_sentence_of_the_texts():
    vetted = (REFERENCE / "news_fahunt8" / "contradictions.json").read_text()
    assert '"text"' not in vetted and "was not supported by the United States and Ukraine" not in vetted
