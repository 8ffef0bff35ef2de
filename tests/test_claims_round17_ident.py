"""Seventeenth round, identification (issue 9): a tally's numbers far from a vote's counts speak against that vote,
and the states hung on such a tally follow it; eighteenth round: nothing is called false where that penalty alone
chose the vote. Sentences are our own; the record is the real one (built_store).

The record used: 5 December 2016, A/RES/71/49 (the Japanese text towards the total elimination of nuclear weapons,
167-4-16) and A/RES/71/63 (towards a nuclear-weapon-free world, 122-44-17), the same day."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims import identify, widen

DAY_AFTER = date(2016, 12, 6)
NUCLEAR = ("On Monday the General Assembly adopted a resolution on a nuclear-weapon-free world and nuclear "
           "disarmament commitments, backed by 167 countries, with 4 against and 17 abstaining.")


def claims(text: str, published: date = DAY_AFTER) -> list[dict]:
    return [c for c in api.check_text(text, published=published).claims if c["kind"] != "other"]


def test_a_tally_led_by_the_vote_whose_numbers_are_near_is_left_unidentified(built_store):
    # the words fit 71/63 best, and its 17 abstentions equal the text's; but 167 to 4 is nowhere near its 122 to 44,
    # while 71/49 was 167 to 4 with 16 abstaining: 71/49 leads. It leads only because the far numbers moved 71/63
    # down, so (eighteenth round) the tally is reported unidentified, naming 71/49: the vote may be one the record lacks
    tally = [c for c in claims(NUCLEAR) if c["kind"] == "tally"]
    assert [(c["resolution"], c["verdict"]) for c in tally] == [(None, "unverifiable")]
    assert tally[0]["evidence"]["record"] == widen.PENALTY_UNPLACED.format(name="A/RES/71/49")
    assert tally[0]["evidence"]["candidates"][0]["resolution"] == "A/RES/71/49"
    assert identify.FAR_WON in tally[0]["evidence"]["candidates"][0]["why"]


def test_a_tally_near_every_count_of_the_vote_stays_supported(built_store):
    said = NUCLEAR.replace("17 abstaining", "16 abstaining") + " China and Russia voted against it."
    out = claims(said)
    assert {(c["kind"], c.get("state"), c["resolution"], c["verdict"]) for c in out} == {
        ("tally", None, "A/RES/71/49", "supported"), ("position", "CHN", "A/RES/71/49", "supported"),
        ("position", "RUS", "A/RES/71/49", "supported")}


def test_the_states_hung_on_the_tally_follow_it_to_its_vote(built_store):
    # the words alone would place the states on 71/63, where the tally does not fit: they are the tally's vote's
    said = NUCLEAR.replace("with 4 against", "with 4 against (China, Russia, Syria and North Korea)")
    assert {(c.get("state"), c["resolution"], c["verdict"]) for c in claims(said) if c["kind"] == "position"} == {
        (s, "A/RES/71/49", "supported") for s in ("CHN", "RUS", "SYR", "PRK")}


def test_trap_a_state_wrongly_hung_on_the_tally_is_not_called_false_on_that_move(built_store):
    # Brazil voted for 71/49: the list was moved by the tally's numbers alone, so its odd state is left open
    said = NUCLEAR.replace("with 4 against", "with 4 against (China, Russia, Syria and Brazil)")
    verdicts = {c.get("state"): c["verdict"] for c in claims(said) if c["kind"] == "position"}
    assert verdicts == {"CHN": "supported", "RUS": "supported", "SYR": "supported", "BRA": "unverifiable"}


# holdout14 u10's shape, in sentences of our own: a tally of a vote the record lacks, whose words fit one vote of the
# day (A/RES/71/37, reducing nuclear danger, 126-49-10) and two of whose numbers equal another's (A/RES/71/32, no first
# placement of weapons in outer space, 130-4-48). Without the far-numbers penalty neither leads; with it 71/32 does.
LACKED = ("On Monday the General Assembly adopted a resolution on reducing nuclear danger by 130 votes to 4, with 49 "
          "abstentions{states}.")


def test_a_tally_placed_only_by_its_rivals_far_numbers_is_not_called_false(built_store):
    tally = [c for c in claims(LACKED.format(states="")) if c["kind"] == "tally"]
    assert [(c["resolution"], c["verdict"]) for c in tally] == [(None, "unverifiable")]
    assert tally[0]["evidence"]["record"] == widen.PENALTY_UNPLACED.format(name="A/RES/71/32")


def test_the_states_hung_on_a_tally_placed_by_the_penalty_are_not_called_false(built_store):
    # Brazil and Egypt voted for 71/32: the list follows the tally's roll call, and is left open there
    out = claims(LACKED.format(states=", Brazil and Egypt voting against"))
    assert {(c["kind"], c.get("state"), c["resolution"], c["verdict"]) for c in out} == {
        ("tally", None, None, "unverifiable"), ("position", "BRA", "A/RES/71/32", "unverifiable"),
        ("position", "EGY", "A/RES/71/32", "unverifiable")}
