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


# --- "No vote was recorded from N countries": N did not vote ---
# A/RES/ES-11/1 of 2 March 2022 (aggression against Ukraine): 141-5-35, 12 not voting.

UKRAINE_NEXT_DAY = date(2022, 3, 3)
AGGRESSION = "On 2 March 2022 the General Assembly adopted resolution ES-11/1 on Ukraine by 141 votes to 5. "


def counts_of(text: str, published: date = UKRAINE_NEXT_DAY) -> list[tuple]:
    return [(c["resolution"], c["asserted"], c["verdict"])
            for c in api.check_text(text, published=published).claims if c["kind"] == "count"]


def test_no_vote_recorded_from_n_countries_is_a_count_of_those_not_voting(built_store):
    assert ("A/RES/ES-11/1", said("absent", 14), "contradicted") in counts_of(
        AGGRESSION + "No vote was recorded from 14 member states.")
    assert ("A/RES/ES-11/1", said("absent", 12), "supported") in counts_of(
        AGGRESSION + "No votes were recorded for 12 member states.")


def test_trap_no_vote_recorded_from_part_of_a_group_is_no_count(built_store):
    # "12 of the 54 African states": a subgroup, not the Assembly's count
    assert not any(c[1]["field"] == "absent" for c in counts_of(
        AGGRESSION + "No votes were recorded for 12 of the 54 African states."))


# --- a text that calls its resolution "the motion": a miscount of that resolution no longer hides it ---

MOTION = ("The General Assembly on Wednesday voted on a motion condemning Russia's invasion of Ukraine. 141 countries "
          "voted in favour of the motion. 35 countries abstained on the motion. ")


def test_a_miscount_in_a_text_that_calls_its_resolution_a_motion_is_called_false(built_store):
    # before, the 13 (12 in the record) kept the text's counts from pinning ES-11/1: nothing was judged
    found = counts_of(MOTION + "Thirteen countries did not vote.")
    assert ("A/RES/ES-11/1", said("yes", 141), "supported") in found
    assert ("A/RES/ES-11/1", said("abstain", 35), "supported") in found
    assert ("A/RES/ES-11/1", said("absent", 13), "contradicted") in found
    assert ("A/RES/ES-11/1", said("absent", 12), "supported") in counts_of(MOTION + "Twelve countries did not vote.")


def test_trap_a_count_of_another_vote_in_a_motion_text_still_unpins_it(built_store):
    # the third count is placed on no vote of the text's (another year's): the text may report a real motion
    found = counts_of(MOTION + "In 2014, 11 countries voted against a similar motion on Crimea.")
    assert all(c[2] == "unverifiable" for c in found)


# --- a list under the heading "No vote recorded:" is of the states that did not vote ---

def test_a_list_under_no_vote_recorded_is_of_those_not_voting(built_store):
    text = (AGGRESSION.replace("to 5. ", "to 5, with 35 abstentions.\n\n") + "No vote recorded:\n- Morocco\n- Kenya\n\n"
            "The vote followed two days of debate.")
    found = [(c["state"], c["asserted"], c["verdict"]) for c in api.check_text(text, published=UKRAINE_NEXT_DAY).claims
             if c["kind"] == "position"]
    assert ("MAR", {"vote": "absent"}, "supported") in found  # Morocco did not vote
    assert ("KEN", {"vote": "absent"}, "contradicted") in found  # Kenya voted in favour
