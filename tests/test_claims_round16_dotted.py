"""State names written as abbreviations with full stops ("U.K.", "U.A.E.", "U.S.S.R."): the last stop belongs to the
name, so the vote phrase after it is read as for "UK" or "U.S." (issue 9; docs/claims.md, "Sixteenth round: the lead").
Sentences of our own on ES-11/1 (the UK and the UAE voted yes, India abstained)."""

import pytest

from fixtures import ES11_1_LEAD, positions_after


@pytest.mark.parametrize("sentence", [
    "The U.K. voted in favour.",
    "The U.K. backed the text.",
    "France and the U.K. voted yes.",
])
def test_a_dotted_abbreviation_is_read_with_its_vote(built_store, sentence):
    assert positions_after(ES11_1_LEAD, sentence)["GBR"] == ("yes", "supported")


def test_a_dotted_abbreviation_in_a_list(built_store):
    said = positions_after(ES11_1_LEAD, "India and the U.A.E. abstained.")
    assert said == {"IND": ("abstain", "supported"), "ARE": ("abstain", "contradicted")}


def test_an_initial_before_a_surname_is_no_state(built_store):
    """One capital and a stop is an initial ("J. Smith"), not an abbreviation of a state."""
    assert positions_after(ES11_1_LEAD, "Envoy K. Smith voted in favour.") == {}
