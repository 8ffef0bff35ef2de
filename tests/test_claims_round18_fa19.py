"""Eighteenth round, holdout19's false alarms (issue 9, branch fa19): a sentence about an earlier vote than the one
the text reports ("An earlier resolution on … saw A join B in abstaining", "A had voted for an earlier resolution on
…") is not placed on the reported vote. Sentences are our own; the record is the real one (built_store).

The record used: A/RES/ES-11/4 (12 October 2022, the attempted annexation of four regions of Ukraine, 143-5-35;
Angola, Iraq, Honduras and Thailand: yes, yes, abstain, abstain) and A/RES/ES-11/1 (2 March 2022, the aggression
against Ukraine, 141-5-35; the same four: abstain, abstain, yes, yes)."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims import position_time
from unga.claims.unplaced import EARLIER

REPORTED = ("Ghana voted for the General Assembly resolution condemning the attempted illegal annexation of four "
            "regions of Ukraine. It passed with 143 votes in favour, 5 against and 35 abstentions. ")


def positions(text: str) -> dict[str, tuple]:
    out = api.check_text(REPORTED + text, published=date(2022, 10, 14)).claims
    return {c["state"]: (c["resolution"], c["verdict"], c["evidence"].get("record")) for c in out
            if c["kind"] == "position" and c["state"] != "GHA"}


def test_a_sentence_that_opens_with_an_earlier_resolution_is_about_that_vote(built_store):
    # Angola and Iraq abstained on ES-11/1 and voted yes on ES-11/4: true of the earlier vote, false of this one
    out = positions("An earlier resolution on the aggression against Ukraine saw Iraq join Angola in abstaining.")
    assert {s: v[:2] for s, v in out.items()} == {"AGO": (None, "unverifiable"), "IRQ": (None, "unverifiable")}
    assert out["AGO"][2].endswith(EARLIER)


def test_a_vote_phrase_whose_object_is_an_earlier_resolution(built_store):
    # Honduras and Thailand voted yes on ES-11/1 and abstained on ES-11/4
    out = positions("Honduras and Thailand had voted in favour of a previous text on the aggression.")
    assert {s: v[:2] for s, v in out.items()} == {"HND": (None, "unverifiable"), "THA": (None, "unverifiable")}


def test_trap_the_reported_votes_misstatement_is_still_caught_beside_it(built_store):
    # Angola voted yes on ES-11/4: said of this vote, "abstained" is false, with or without an earlier vote beside it
    out = positions("Angola abstained. An earlier resolution on the aggression saw Iraq abstain.")
    assert out["AGO"][:2] == ("A/RES/ES-11/4", "contradicted")
    assert out["IRQ"][:2] == (None, "unverifiable")


def test_the_reading_of_the_time():
    assert position_time.lead_of_positions("An earlier resolution on a truce saw A vote yes.") == position_time.BEFORE
    assert position_time.lead_of_positions("On a previous draft, B abstained.") == position_time.BEFORE
    assert position_time.lead_of_positions("The resolution saw A vote yes.") is None
    assert position_time.lead_time("An earlier resolution on a truce passed 120-10-40.") is None  # numbers place it
    assert position_time.on_an_earlier_vote("A voted for an earlier resolution on it.", 7) == position_time.BEFORE
    assert position_time.on_an_earlier_vote("A voted for the resolution.", 7) is None


def test_trap_a_tally_of_the_earlier_vote_keeps_its_numbers_evidence(built_store):
    # the numbers, not the opening words, place a tally or count: 141-5-35 and 141 in favour are ES-11/1's
    out = api.check_text(REPORTED + "An earlier resolution on the aggression, in March, passed with 141 votes in favour, "
                         "5 against and 35 abstentions. The previous text was backed by 141 countries.",
                         published=date(2022, 10, 14)).claims
    said = [(c["kind"], c["resolution"], c["verdict"]) for c in out if c["kind"] in ("tally", "count")]
    assert said == [("tally", "A/RES/ES-11/4", "supported"), ("tally", "A/RES/ES-11/1", "supported"),
                    ("count", "A/RES/ES-11/1", "supported")]
