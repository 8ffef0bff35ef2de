"""The tenth hunt (fahunt10, issue 9; tests/reference/news_fahunt10/README.md): 74 texts nobody had read, 66 of them
in English, run through the checker of main. Five claims were called contradicted, all false alarms in one English
text (ae65, an undated report of the Assembly's Ukraine vote of 24 February 2025, a vote the record lacks), fixed here:
- "approved with 93 votes in favour. 18 were against, and 65 abstained." — the yes count alone, its vote's against
  and abstentions given in the sentence beside, was placed by topic on the admission of the United Arab Emirates
  (A/RES/2794(XXVI), 93-1-0: the text names the Emirates among the abstainers) and pinned that roll call, and the
  next sentence's list of abstainers was judged on it. A yes count whose against and abstentions the sentence beside
  gives at odds with its roll call now pins no vote, and one whose other sides fit none of the vote's is left
  unplaced (claims/doubt.split_tally_disagrees, the mirror of fahunt8's split tally; claims/check).
Sentences are our own (never the articles'); each reading has a trap of the same shape that must stay judged.

The record used: A/RES/2794(XXVI) of 9 December 1971 (admission of the United Arab Emirates, 93-1-0); A/RES/ES-10/19
of 21 December 2017 (the status of Jerusalem, 128-9-35; France in favour)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fixtures import hunt_urls_against_the_rest

from unga import api

REFERENCE = Path(__file__).parent / "reference"
DAY_AFTER_JERUSALEM = date(2017, 12, 22)


def judged(text: str, verdict: str, published: date | None = None) -> list[tuple]:
    return [(c["kind"], c["resolution"], c["state"], c["asserted"])
            for c in api.check_text(text, published=published).claims if c["verdict"] == verdict]


# --- ae65: a yes count whose against and abstentions the next sentence gives, placed on another vote's 93 ---

UNRECORDED_VOTE = ("The General Assembly approved the text with 93 votes in favour. Eighteen countries voted against "
                   "it, and 65 abstained. India, the United Arab Emirates and China abstained.")


def test_a_yes_count_whose_other_sides_fit_another_vote_pins_no_vote(built_store):
    assert judged(UNRECORDED_VOTE, "contradicted") == []
    assert judged(UNRECORDED_VOTE, "supported") == []  # the count is no longer placed on the vote of 1971


def test_trap_a_split_tally_of_a_recorded_vote_still_pins_it(built_store):
    text = ("The Assembly adopted the resolution on the status of Jerusalem with 128 votes in favour. Nine voted "
            "against and 35 abstained. France voted against.")
    assert judged(text, "contradicted", DAY_AFTER_JERUSALEM) == [("position", "A/RES/ES-10/19", "FRA", {"vote": "no"})]
    assert judged(text, "supported", DAY_AFTER_JERUSALEM) == [
        ("count", "A/RES/ES-10/19", None, {"field": "yes", "op": "=", "value": 128}),
        ("tally", "A/RES/ES-10/19", None, {"no": 9, "abstain": 35})]


def test_trap_a_miscount_of_one_side_keeps_the_count_on_its_vote(built_store):
    text = ("The Assembly adopted the resolution on the status of Jerusalem with 128 votes in favour. Ten voted "
            "against and 35 abstained.")
    assert judged(text, "supported", DAY_AFTER_JERUSALEM) == [
        ("count", "A/RES/ES-10/19", None, {"field": "yes", "op": "=", "value": 128})]
    assert judged(text, "contradicted", DAY_AFTER_JERUSALEM) == [
        ("tally", "A/RES/ES-10/19", None, {"no": 10, "abstain": 35})]


def test_trap_a_wrong_yes_beside_the_right_sides_keeps_the_sides_supported(built_store):
    text = ("The Assembly adopted the resolution on the status of Jerusalem with 130 votes in favour. Nine voted "
            "against and 35 abstained.")
    assert judged(text, "supported", DAY_AFTER_JERUSALEM) == [
        ("tally", "A/RES/ES-10/19", None, {"no": 9, "abstain": 35})]


# --- the tenth vetted set: its URLs are new, and it keeps no sentence of the texts ---

def test_the_fahunt10_urls_are_in_no_labelled_or_vetted_set():
    texts, urls, shared = hunt_urls_against_the_rest(10)
    assert texts == urls == 74 and not shared


def test_the_fahunt10_set_keeps_no_sentence_of_the_texts():
    vetted = (REFERENCE / "news_fahunt10" / "contradictions.json").read_text()
    assert '"text"' not in vetted and "intensely approved" not in vetted
