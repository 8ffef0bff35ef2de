"""Thirty-third round (branch nis34): claims about votes the record lacks that went unread. Sentences of our own.

1. A state marked in brackets beside a side's number, as a diplomatic cable or a parliamentary report marks its own
   delegation's vote: the label after the bracket gives the side ("50 (US) against", "32 (N.Z.) in favour"), "votes"
   may stand between the number and the bracket ("36 votes (N.Z.) to 6"), a dash may stand before the bracket
   ("48-50-(US)-33", read as a triple); "N.Z." is New Zealand.
2. A list that points back with its complement: "A was one of them", "A and B were among them", "Among them was A"
   take the side the sentence before counts.

The record used: ES-10/22 (12 December 2023, 153-10-23: the United States against) and 67/262 (15 May 2013,
107-12-59: Venezuela against, Brazil abstaining)."""

from __future__ import annotations

from datetime import date

from unga import api

GAZA = "A/RES/ES-10/22"
SYRIA = "A/RES/67/262"


def positions(text: str, published: date) -> dict[tuple, tuple[str, str]]:
    return {(c["resolution"], c["state"]): (c["asserted"]["vote"], c["verdict"])
            for c in api.check_text(text, published=published).claims if c["kind"] == "position"}


def reasons(text: str, published: date) -> dict[str, str]:
    return {c["state"]: c["evidence"].get("record", "") for c in api.check_text(text, published=published).claims
            if c["kind"] == "position"}


def test_a_state_bracketed_after_the_number_of_its_side(built_store):
    opening = "The General Assembly on Tuesday adopted resolution ES-10/22, demanding a humanitarian ceasefire in Gaza. "
    said = "The text passed by 153 votes to 10 (US), with 23 abstentions."
    assert positions(opening + said, date(2023, 12, 13))[(GAZA, "USA")] == ("no", "supported")
    # the label after the bracket, not the number's place after "to", gives the side
    said = "It was carried with only 10 opposing to 153 (US) in favour and 23 abstentions."
    assert positions(opening + said, date(2023, 12, 13))[(GAZA, "USA")] == ("yes", "contradicted")
    # the bracket between two dashes, its label after them: the label gives the side, and the label after the
    # second comma is not read as a count of its own
    said = "The count was 153 in favour, 10 – (US, Israel) – against, 23 abstentions."
    got = api.check_text(opening + said, published=date(2023, 12, 13)).claims
    assert {(c["kind"], c.get("state"), c["verdict"]) for c in got if c["span"][0] >= len(opening)} >= {
        ("tally", None, "supported"), ("position", "USA", "supported"), ("position", "ISR", "supported")}
    assert not [c for c in got if c["verdict"] == "contradicted"]
    # a cable's dash before the bracket: the triple is read whole and the mark sits with the 10
    said = "GAZA CEASEFIRE RESOLUTION ADOPTED 153-10-(US)-23."
    got = api.check_text(opening + said, published=date(2023, 12, 13)).claims
    assert {(c["kind"], c.get("state"), c["verdict"]) for c in got if c["span"][0] >= len(opening)} >= {
        ("tally", None, "supported"), ("position", "USA", "supported")}


def test_a_committee_vote_with_its_bracketed_delegation_is_read_and_left_unverifiable(built_store):
    text = ("Report of the delegation. In the First Committee the draft resolution was approved by 36 votes (N.Z.) to "
            "6, with 15 abstentions. Another draft was rejected by 22 votes to 14 (N.Z.) with 20 abstentions. "
            "A procedural motion failed, 48 in favour, 50 (N.Z.) against and 33 abstentions.")
    got = [c for c in api.check_text(text, published=date(1949, 6, 1)).claims if c["kind"] == "position"]
    assert [(c["state"], c["asserted"]["vote"], c["verdict"]) for c in got] == [
        ("NZL", "yes", "unverifiable"), ("NZL", "yes", "unverifiable"), ("NZL", "no", "unverifiable")]
    assert all(c["resolution"] is None and "not in the record" in c["evidence"]["record"] for c in got[:1])


def test_a_list_that_points_back_with_its_complement(built_store):
    opening = "The General Assembly adopted resolution 67/262 on Syria on Wednesday. Twelve countries voted against it. "
    assert positions(opening + "Venezuela was one of them.", date(2013, 5, 16))[(SYRIA, "VEN")] == ("no", "supported")
    assert positions(opening + "Among them was Venezuela.", date(2013, 5, 16))[(SYRIA, "VEN")] == ("no", "supported")
    got = positions(opening + "Cuba and Venezuela, unsurprisingly, were among them.", date(2013, 5, 16))
    assert got[(SYRIA, "CUB")] == ("no", "supported") and got[(SYRIA, "VEN")] == ("no", "supported")
    # false: Brazil abstained
    assert positions(opening + "Brazil was one of them.", date(2013, 5, 16))[(SYRIA, "BRA")] == ("no", "contradicted")


def test_pointing_back_needs_one_counted_side(built_store):
    # a tally before gives three sides: "them" could be any, so nothing is read
    text = ("Resolution 67/262 passed the Assembly 107 votes to 12, with 59 abstentions, on Wednesday. "
            "Brazil was one of them.")
    assert (SYRIA, "BRA") not in positions(text, date(2013, 5, 16))
    # a vote the record lacks: read, and left unverifiable
    text = ("The Third Committee approved the moratorium text last week. 36 member states voted \"No\" on it. "
            "Singapore, of course, was one of them.")
    got = [c for c in api.check_text(text, published=date(2019, 11, 25)).claims if c["kind"] == "position"]
    assert [(c["state"], c["asserted"]["vote"], c["verdict"]) for c in got] == [("SGP", "no", "unverifiable")]
