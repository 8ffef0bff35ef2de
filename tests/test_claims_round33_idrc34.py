"""Thirty-third round, roll-call identification across the rebuilt sets (branch idrc34). Sentences are our own.

A state's vote told in the sentence just before the tally that pins its vote ("A voted for the text. It was adopted
by 143 votes to 5, with 35 abstentions.") is that tally's vote, as one told in the sentence just after it already
was; a run of sentences after a tally, each telling that vote, carries it on. Both only place: nothing is called
false on that alone. The record: ES-11/4 of 12 October 2022 (143-5-35: Ghana and Kenya in favour, China and India
abstaining), told in a text of February 2023, months after the vote. A count whose sentence gives no other number
borrows the other sides' counts of the sentence next to it ("133 voted for it. 49 abstained."), and is placed so
only where its own number is the vote's: 72/156 of 19 December 2017 (133-2-49)."""

from __future__ import annotations

from datetime import date

import pytest

from unga import api
from unga.claims import calendars, together

LATER = date(2023, 2, 24)  # a text of the next winter about the autumn's vote


def _claims(text: str, published=LATER) -> set[tuple]:
    return {(c["kind"], c["state"], c["resolution"], c["verdict"])
            for c in api.check_text(text, published=published).claims if c["kind"] in ("position", "count")}


@pytest.mark.parametrize("text, state", [
    ("Ghana voted in favour of a text on Ukraine last autumn. It was adopted by 143 votes to 5, with 35 abstentions.",
     "GHA"),
    ("Kenya, too, backed that text on Ukraine. The final count was 143 in favour, 5 against and 35 abstentions.",
     "KEN"),
    ("India, as expected, abstained on the Ukraine text. The Assembly approved it 143-5, with 35 abstentions.",
     "IND"),
])
def test_a_vote_told_before_its_tally_is_the_tallys(built_store, text, state):
    assert ("position", state, "A/RES/ES-11/4", "supported") in _claims(text)


def test_a_sentence_with_its_own_time_is_not_the_tallys(built_store):
    claims = _claims("Last year Ghana abstained on a text on Ukraine. It was adopted by 143 votes to 5, with 35 "
                     "abstentions.")
    assert ("position", "GHA", None, "unverifiable") in claims


def test_the_tally_after_places_but_never_calls_false(built_store):
    # Ghana voted in favour: the sentence's own words do not choose the vote, the next sentence's tally does
    found = [c for c in api.check_text("Ghana voted against a text on Ukraine last autumn. It was adopted by 143 "
                                       "votes to 5, with 35 abstentions.", published=LATER).claims
             if c["kind"] == "position"]
    assert [(c["resolution"], c["verdict"]) for c in found] == [("A/RES/ES-11/4", "unverifiable")]
    assert "not called false" in found[0]["evidence"]["record"]


def test_a_run_of_sentences_after_the_tally_carries_its_vote(built_store):
    claims = _claims("A text on Ukraine passed 143-5-35. Russia, Belarus, Syria, North Korea and Nicaragua voted no. "
                     "China and India sat it out and abstained.")
    assert {("position", s, "A/RES/ES-11/4", "supported") for s in ("CHN", "IND")} <= claims


def test_a_tally_in_another_paragraph_carries_nothing(built_store):
    claims = _claims("A text on Ukraine passed 143-5-35.\n\nChina and India abstained.")
    assert {c[2] for c in claims if c[0] == "position"} == {None}


def test_the_notes_name_the_other_sentence():
    assert "sentence after" in together.TALLY_AFTER and "two sentences or more before" in together.CARRIED


@pytest.mark.parametrize("second", ["133 states voted for it. 49 states abstained.",
                                    "49 states abstained. 133 voted in favour."])
def test_a_tally_told_across_two_sentences(built_store, second):
    claims = _claims("The Assembly adopted the text sponsored by Moscow. " + second, calendars.Month(2017, 12))
    assert claims == {("count", None, "A/RES/72/156", "supported")}


def test_a_count_whose_own_number_is_not_the_votes_stays_unplaced(built_store):
    # 49 abstained on 72/156, which had 133 in favour, not 131: never placed (nor called false) by the 49 alone
    claims = _claims("The Assembly adopted the text sponsored by Moscow. 131 states voted for it. 49 states abstained.",
                     calendars.Month(2017, 12))
    assert {c[2] for c in claims} == {None}
