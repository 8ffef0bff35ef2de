"""Fifteenth round (issue 9, branch fafix4): three classes of false alarm of the fourth hunt fixed in general form,
each in wordings of our own beside the hunt's (tests/test_claims_fa_hunt4.py), with traps that stay contradicted.

The record used: ES-11/5 of 14 November 2022 (reparation for Ukraine, 94-14-73, 12 not voting); A/RES/78/264 of
15 March 2024 (combating Islamophobia, 115-0-44, 34 not voting); ES-10/22 of 12 December 2023 (humanitarian ceasefire
in Gaza, 153-10-23)."""

from __future__ import annotations

from datetime import date

import pytest

from unga import api
from unga.claims import council, participation

REPARATION = date(2022, 11, 15)
ISLAMOPHOBIA = date(2024, 3, 16)
GAZA = date(2023, 12, 13)
BACKED = "On Monday the Assembly backed reparations for Ukraine by 94 votes to 14"
GAZA_VOTE = ("On Tuesday the General Assembly demanded a humanitarian ceasefire in Gaza by 153 votes to 10, with 23 "
             "abstentions. ")


def judged(text: str, published: date) -> list[tuple]:
    return [(c["kind"], c["resolution"], c["asserted"], c["verdict"])
            for c in api.check_text(text, published=published).claims if c["kind"] in ("count", "tally")]


def absentees(text: str, published: date) -> list[tuple]:
    """(asserted, verdict, record) of the claims that give a number of states away."""
    return [(c["asserted"], c["verdict"], c["evidence"].get("record", ""))
            for c in api.check_text(text, published=published).claims
            if c["asserted"].get("field") == "absent" or "absent" in c["asserted"]]


# --- class 1: a number "not taking part" is the absentees, or maybe the abstainers ---

def test_the_words_of_not_taking_part_are_found_with_their_number():
    found = [int(m["n"]) for m in participation.SAID_UNSURE.finditer(
        "The text passed 94 to 14, while 73 members, among them Brazil, did not take part; 9 others skipped it.")]
    assert found == [73, 9]
    assert not participation.SAID_UNSURE.search("94 voted for it and 14 against it, and 73 abstained.")
    assert participation._plainly_absent("In all 43 countries were absent.", 43)
    assert participation._plainly_absent("22 countries skipped the meeting and didn't vote.", 22)
    assert not participation._plainly_absent("43 countries did not take part.", 43)


@pytest.mark.parametrize("said", [
    "On Monday the Assembly backed reparations for Ukraine, 94 to 14, while 73 members did not take part.",
    "Seventy-three nations skipped the vote on reparations for Ukraine on Monday, which passed 94-14.",
    BACKED + "; more than 70 countries did not participate.",  # true of the abstainers, not of the 12 away
])
def test_a_number_not_taking_part_that_is_the_abstainers_is_not_called_false(built_store, said):
    (asserted, verdict, record), = absentees(said, REPARATION)
    assert verdict == "unverifiable" and "may mean abstaining" in record and "73 states abstained" in record


def test_a_number_not_taking_part_that_is_abstainers_and_absentees_together_is_not_called_false(built_store):
    (asserted, verdict, record), = absentees(BACKED + ", and 85 countries did not take part.", REPARATION)
    assert asserted["absent"] == 85 and verdict == "unverifiable"
    assert "85 states abstained or did not vote" in record


def test_a_number_not_taking_part_that_is_the_absentees_is_supported(built_store):
    assert judged(BACKED + ", and 12 countries did not take part.", REPARATION) == [
        ("tally", "A/RES/ES-11/5", {"yes": 94, "no": 14, "absent": 12}, "supported")]


def test_trap_the_abstainers_said_to_be_absent_stay_contradicted(built_store):
    """"Were absent" says absence plainly."""
    assert judged(BACKED + ", and 73 countries were absent.", REPARATION) == [
        ("tally", "A/RES/ES-11/5", {"yes": 94, "no": 14, "absent": 73}, "contradicted")]


def test_trap_a_number_the_text_calls_absent_elsewhere_stays_contradicted(built_store):
    said = BACKED + ". In all, 73 countries were absent. The 73 countries that did not take part included Brazil."
    counts = [(a["value"], v) for a, v, _ in absentees(said, REPARATION) if "value" in a]
    assert counts == [(73, "contradicted"), (73, "contradicted")]


def test_trap_not_taking_part_beside_the_abstentions_is_a_count_of_absentees(built_store):
    said = BACKED + " with 73 abstentions, while 85 countries did not participate."
    assert absentees(said, REPARATION)[0][:2] == ({"field": "absent", "op": "=", "value": 85}, "contradicted")


# --- class 3: "X votes to Y abstentions" is no number against ---

@pytest.mark.parametrize("said", [
    "On Friday the Assembly adopted the resolution on combating Islamophobia by 115 in favour to 44 abstaining.",
    "The Assembly's resolution on combating Islamophobia passed on Friday, 115 votes to 44 abstentions, with none "
    "against.",
])
def test_votes_to_abstentions_are_read_as_votes_in_favour_and_abstentions(built_store, said):
    (kind, symbol, asserted, verdict), = judged(said, ISLAMOPHOBIA)
    assert (kind, symbol, verdict) == ("tally", "A/RES/78/264", "supported")
    assert asserted["yes"] == 115 and asserted["abstain"] == 44 and asserted.get("no", 0) == 0


def test_trap_a_wrong_number_of_abstentions_stays_contradicted(built_store):
    said = "On Friday the Assembly adopted the resolution on combating Islamophobia by 115 votes to 40 abstentions."
    assert judged(said, ISLAMOPHOBIA) == [("tally", "A/RES/78/264", {"yes": 115, "abstain": 40}, "contradicted")]


def test_trap_votes_to_a_bare_number_is_still_for_and_against(built_store):
    said = "On Friday the Assembly adopted the resolution on combating Islamophobia by 115 votes to 44."
    assert judged(said, ISLAMOPHOBIA) == [("tally", "A/RES/78/264", {"yes": 115, "no": 44}, "contradicted")]


# --- class 4: a count out of a council's membership is that council's vote ---

def test_a_count_out_of_a_councils_membership_is_found():
    assert council.counts_its_members("13 of the council's 15 members voted for it.", None)
    assert council.counts_its_members("Among the Security Council's members, 13 backed it.", None)
    assert council.counts_its_members("11 of the 15 members of the UN Security Council voted for it.", None)
    assert council.counts_its_members("The draft had the support of 13 out of 15 members.",
                                      "The draft was vetoed in the Security Council.")
    assert not council.counts_its_members("The draft had the support of 13 out of 15 members.",
                                          "The Assembly adopted the text by 153 votes to 10.")
    assert not council.counts_its_members("Japan, 1 of the members of the Security Council, voted for it.", None)
    assert not council.counts_its_members("3 of the Council's five permanent members voted for it.", None)
    assert not council.counts_its_members("It was 1 of 15 resolutions adopted by the Security Council.", None)


@pytest.mark.parametrize("said", [
    "Thirteen of the Council's 15 members voted for a similar text on Friday.",
    "The United States vetoed a similar draft in the Security Council on Friday. Thirteen of its 15 members had "
    "voted for it.",
    "The United States vetoed a similar draft on Friday, although 13 of the 15 members voted for it.",
])
def test_a_council_count_is_another_bodys_vote_not_the_assemblys(built_store, said):
    claims = [c for c in api.check_text(GAZA_VOTE + said, published=GAZA).claims if c["kind"] == "count"]
    assert [(c["asserted"]["value"], c["resolution"], c["verdict"]) for c in claims] == [(13, None, "unverifiable")]
    assert "another body" in claims[0]["evidence"]["record"]


def test_a_count_out_of_fewer_members_than_the_assembly_ever_had_is_no_count_of_its_vote(built_store):
    assert judged(GAZA_VOTE + "The draft had the support of 13 of the 15 members.", GAZA) == [
        ("tally", "A/RES/ES-10/22", {"yes": 153, "no": 10, "abstain": 23}, "supported")]


def test_trap_a_count_out_of_the_assemblys_membership_after_a_council_veto_stays_contradicted(built_store):
    said = ("A similar draft was vetoed in the Security Council on Friday. " + GAZA_VOTE
            + "The resolution had the support of 13 out of 193 members.")
    assert judged(said, GAZA)[-1] == ("count", "A/RES/ES-10/22", {"field": "yes", "op": "=", "value": 13},
                                      "contradicted")
