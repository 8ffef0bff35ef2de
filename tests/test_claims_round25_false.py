"""Twenty-fifth round, branch false9: false statements the checker missed (issue 9; docs/claims.md, "Twenty-fifth
round: catching the false statements"). Sentences of our own; for each narrowed guard the traps where it must hold.

The record: A/RES/64/292 of 28 July 2010 (the human right to water and sanitation, 122-0-41), the Assembly's only
vote within a day of it; Bolivia voted for it, Canada abstained."""

from __future__ import annotations

from datetime import date

from unga import api

WATER = date(2010, 9, 13)  # six weeks after the vote
LEAD = "On July 28, 2010, the General Assembly declared access to clean drinking water and sanitation a human right. "


def counts(text: str) -> list[tuple]:
    return [(c["resolution"], c["asserted"], c["verdict"])
            for c in api.check_text(text, published=WATER).claims if c["kind"] == "count"]


def said(field: str, value: int) -> dict:
    return {"field": field, "op": "=", "value": value}


# --- "A voted X along with N other countries": a sum the sentence makes sure of, on the vote its paragraph dates ---

def test_a_state_and_n_others_is_called_false_on_the_vote_its_paragraph_dates(built_store):
    assert counts(LEAD + "Canada abstained along with 43 other states.") == [
        ("A/RES/64/292", said("abstain", 44), "contradicted")]
    assert counts(LEAD + "Bolivia voted in favour along with 123 other countries.") == [
        ("A/RES/64/292", said("yes", 124), "contradicted")]


def test_a_state_and_n_others_that_add_up_is_supported(built_store):
    assert counts(LEAD + "Canada abstained along with 40 other states.") == [
        ("A/RES/64/292", said("abstain", 41), "supported")]
    assert counts(LEAD + "Bolivia voted in favour along with 121 other countries.") == [
        ("A/RES/64/292", said("yes", 122), "supported")]


def test_trap_a_state_and_n_others_of_another_paragraph_stays_held(built_store):
    # the day is named in another paragraph: nothing in the claim's own pins its vote down
    apart = ("The resolution declaring water and sanitation a human right was adopted on July 28, 2010.\n\n"
             "Bolivia voted in favour along with 123 other countries.")
    assert [c[2] for c in counts(apart)] == ["unverifiable"]


def test_trap_absences_counted_from_those_present_stay_held(built_store):
    # "N of the M were present": present and not voting is no absence in every record, so the sum is not sure
    found = counts(LEAD + "Only 160 of the 192 member states were present.")
    assert [c[2] for c in found] == ["unverifiable"]


# --- "A, along with N countries, voted X": N may count A or not; never called false (it was, on N alone) ---

def test_a_fronted_companion_without_other_is_never_called_false(built_store):
    # 121 or 122 in favour: one reading is the record's, so the statement may be true
    assert counts(LEAD + "Kenya, along with 121 countries, voted yes.") == [
        ("A/RES/64/292", said("yes", 122), "supported")]
    [found] = counts(LEAD + "Kenya, along with 124 countries, voted yes.")
    assert found[2] == "unverifiable"
    # with "other" the sum is sure, as before
    assert counts(LEAD + "Kenya, along with 121 other countries, voted yes.") == [
        ("A/RES/64/292", said("yes", 122), "supported")]
