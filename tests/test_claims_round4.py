"""Fourth-round rules (issue 9: recall on texts nobody developed on), each in sentences of our own: a claim that is
now found or placed, and a trap that must stay unread or unverifiable. The record: A/RES/ES-11/1 of 2 March 2022,
141 in favour, 5 against, 35 abstentions, 12 absent; Belarus voted against, Pakistan abstained."""

from __future__ import annotations

from datetime import date

from unga import api

ES11 = "On 2 March 2022 the General Assembly adopted resolution ES-11/1 on the aggression against Ukraine. "


def checked(text: str, published: date | None = None) -> list[dict]:
    return [c for c in api.check_text(text, published=published).claims if c["kind"] != "other"]


def verdicts(got: list[dict], kind: str = "position") -> list[tuple]:
    return [(c.get("state"), c["resolution"], c["verdict"]) for c in got if c["kind"] == kind]


def test_an_old_tally_in_a_chronology_places_the_list_after_it(built_store):
    text = "A look back at the Ukraine votes. In 2022: in favour, 141; against, 5; abstentions, 35. " \
           "Voting against: Belarus and Syria."
    got = checked(text, published=date(2025, 3, 1))
    assert verdicts(got) == [("BLR", "A/RES/ES-11/1", "supported"), ("SYR", "A/RES/ES-11/1", "supported")]
    # trap: a blank line ends the paragraph, and the list is not tied to the tally above it
    got = checked(text.replace(" Voting", "\n\nVoting"), published=date(2025, 3, 1))
    assert {c["verdict"] for c in got if c["kind"] == "position"} == {"unverifiable"}


def test_a_tally_whose_numbers_all_match_one_vote_of_the_day_beats_a_partial_match(built_store):
    # 10 December 2010: A/RES/65/104 was 169-6-3, A/RES/65/100 and 65/101 were 169-6-2
    day = "On 10 December 2010 the Assembly adopted one more text on the Middle East by 169 votes to 6, "
    got = checked(day + "with 3 abstentions.", published=date(2010, 12, 10))
    assert verdicts(got, "tally") == [(None, "A/RES/65/104", "supported")]
    # trap: two votes that day match every number, so neither is chosen
    got = checked(day + "with 2 abstentions.", published=date(2010, 12, 10))
    assert verdicts(got, "tally") == [(None, None, "unverifiable")]


def test_a_veto_is_a_security_council_no_never_checked_as_an_assembly_vote(built_store):
    for text in ("Days before the Assembly met, Russia vetoed a similar text in the Security Council.",
                 "The Assembly vote came after a veto by Russia of a Council draft.",
                 "The text was close to one vetoed by China and Russia a month earlier."):
        got = checked(ES11 + text, published=date(2022, 3, 3))
        assert [(c["state"], c["asserted"]["vote"], c["verdict"]) for c in got if c["kind"] == "position"] \
            == [(s, "no", "unverifiable") for s in (["CHN", "RUS"] if "China" in text else ["RUS"])]
        assert all("another body" in c["evidence"]["record"] for c in got if c["kind"] == "position")
    # trap: Pakistan abstained in the Assembly; a veto sentence naming it must not become an Assembly no
    got = checked(ES11 + "Pakistan said the veto cast by Russia was regrettable.", published=date(2022, 3, 3))
    assert not [c for c in got if c["kind"] == "position" and c["state"] == "PAK"]
