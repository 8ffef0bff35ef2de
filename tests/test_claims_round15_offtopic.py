"""Issue 9, fifteenth round (branch fix14): a roll call without a symbol, found by numbers and date alone, is not
called false when the text never names its subject (claims/offtopic.py). Sentences of our own.

The record used: rcid 221 of 7 December 1949, a paragraph of the Fourth Committee's draft on South West Africa
(32-3-17); the record has no vote on the China item's reference to the Interim Committee of those days."""

from __future__ import annotations

from datetime import date

from unga import api

DAY = date(1949, 12, 7)
SAID = "was adopted today by 32 votes, 5 against with 17 abstentions."


def tally(text: str) -> dict:
    return next(c for c in api.check_text(text, published=DAY).claims if c["kind"] == "tally")


def test_a_near_vote_on_another_subject_is_not_called_false(built_store):
    got = tally("China item. The resolution referring the question to the Interim Committee " + SAID)
    assert got["verdict"] == "unverifiable"
    # twenty-seventh round (weak, offtopic.unplace): not only held back but left on no roll call
    assert got["resolution"] is None and "whose subject the text never names" in got["evidence"]["record"]


def test_the_same_numbers_on_the_roll_calls_own_subject_are_still_caught(built_store):
    got = tally("South West Africa. The paragraph inviting the resumption of the submission of reports on South West "
                "Africa " + SAID)
    assert (got["verdict"], got["evidence"]["rcid"]) == ("contradicted", 221)


def test_a_true_tally_is_still_supported(built_store):
    got = tally("South West Africa. The paragraph inviting the resumption of reports was adopted today by 32 votes, "
                "3 against with 17 abstentions.")
    assert got["verdict"] == "supported"
