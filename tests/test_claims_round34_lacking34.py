"""Thirty-fourth round (branch lacking34): claims about votes the record does not hold are listed, unverifiable, with a
reason that names the vote. Sentences of our own.

1. Another body's vote names the body its sentence gives it to: "a vote of the Third Committee", "of the Security
   Council", "of the General Committee", "of the Fourth Committee" for "Committee 4"; a committee named by its title
   as the subject of a vote verb ("the General Committee approved", "the Ad Hoc Political Committee on Monday adopted")
   is another body, as the First to Sixth were.
2. A procedural vote the record has no candidate for names its procedure: an amendment, a procedural motion, the
   agenda (an item included in it, or the agenda adopted: a procedural vote now), part of a text.
3. A state's name as the adjective of the text voted on ("voted against the Soviet draft", "for the Canadian
   amendment") is the plain vote on that text, not a side against or for the state; never called false (the record
   may hold another of that day's texts).

The record used: ES-11/1 (2 March 2022, 141-5-35: Belarus against, China abstaining)."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims.lacking import REASON_OTHER_BODY

UKRAINE = "A/RES/ES-11/1"


def claims(text: str, published: date) -> list[dict]:
    return [c for c in api.check_text(text, published=published).claims if c["kind"] != "other"]


def unplaced(text: str, published: date) -> list[tuple]:
    return [(c["kind"], c.get("state"), c["verdict"], c["evidence"].get("record", "")) for c in claims(text, published)]


def test_a_main_committee_vote_names_the_committee(built_store):
    text = ("The Third Committee on Thursday approved the draft on detention conditions by 84 votes to 30, with 61 "
            "abstentions. Ghana voted against the draft.")
    got = unplaced(text, date(2023, 11, 17))
    assert got and all(c[2] == "unverifiable" for c in got)
    assert got[0][:2] == ("tally", None) and got[0][3].startswith("a vote of another body (the Third Committee), not in the record")
    assert any(c[1] == "GHA" and "Third Committee" in c[3] for c in got)
    # its number instead of its name, and a past tense with the number before the verb
    text = "Committee 4 yesterday adopted the joint draft on the territory by 39 to 5, with Peru and Chile abstaining."
    got = unplaced(text, date(1951, 12, 12))
    assert got and all(c[2] == "unverifiable" and c[3].startswith("a vote of another body (the Fourth Committee)") for c in got)


def test_a_committee_named_by_its_title_is_another_body(built_store):
    text = ("On 19 September the General Committee adopted the draft in full, 9 votes to 4 (Norway, Peru, "
            "Kenya, Chile), with 2 abstentions (Ghana, Togo).")
    got = unplaced(text, date(1957, 9, 20))
    assert {c[1] for c in got} == {None, "NOR", "PER", "KEN", "CHL", "GHA", "TGO"}
    assert all(c[2] == "unverifiable" and c[3].startswith("a vote of another body (the General Committee)") for c in got)
    text = "The Ad Hoc Political Committee on Monday adopted the text by 40 votes to 5, with 9 abstentions."
    assert [c[3].split(",")[0] for c in unplaced(text, date(1955, 11, 15))] == [
        "a vote of another body (the Ad Hoc Political Committee)"]


def test_a_council_vote_names_the_council_and_the_general_reason_stays(built_store):
    text = "The Security Council draft won 11 votes in favour, with Russia voting against and China abstaining."
    got = unplaced(text, date(2024, 3, 23))
    assert got and all(c[2] == "unverifiable" and c[3].startswith("a vote of another body (the Security Council)") for c in got)
    # a council's vote that names no particular body keeps the general reason
    assert REASON_OTHER_BODY.startswith("a vote of another body")


def test_a_committee_vote_then_the_plenary_vote_in_the_next_sentence(built_store):
    # the trap: the committee's sentence is unverifiable, the plenary's is checked against the record
    text = ("The Third Committee had approved a text on the matter by 80 votes to 25 the week before. On Wednesday "
            "the General Assembly adopted resolution ES-11/1 by 141 votes to 5, with 35 abstentions; Belarus voted "
            "against it and China abstained.")
    got = claims(text, date(2022, 3, 3))
    committee = [c for c in got if c["span"][0] < text.index("On Wednesday")]
    plenary = [c for c in got if c["span"][0] >= text.index("On Wednesday")]
    assert committee and all(c["verdict"] == "unverifiable" and c["resolution"] is None for c in committee)
    assert {(c["kind"], c.get("state"), c["resolution"], c["verdict"]) for c in plenary} >= {
        ("tally", None, UKRAINE, "supported"), ("position", "BLR", UKRAINE, "supported"),
        ("position", "CHN", UKRAINE, "supported")}


def test_an_amendment_and_a_motion_name_their_procedure(built_store):
    text = ("An amendment from Pakistan to the draft was rejected by 95 votes to 10, with 40 abstentions. Peru voted "
            "in favour of the amendment.")
    got = unplaced(text, date(2022, 10, 13))
    assert got[0][:3] == ("tally", None, "unverifiable")
    assert got[0][3].startswith("not in the record: a vote on an amendment")
    assert all(c[2] == "unverifiable" for c in got)
    text = "A motion to adjourn the debate, tabled by Egypt, failed by 61 votes to 79 with 12 abstentions."
    got = unplaced(text, date(2022, 10, 13))
    assert got and got[0][3].startswith("not in the record: a vote on a procedural motion")


def test_an_agenda_vote_is_procedural_and_named(built_store):
    for text in ("Cuba, Iran and Syria were among the 13 states that voted against placing the question on the "
                 "Assembly's agenda.",
                 "The Assembly has voted 70 to 13 to include the item in its provisional agenda.",
                 "Cuba voted against the inclusion of the new item on the agenda, as did twelve other states."):
        got = unplaced(text, date(2019, 9, 21))
        assert got and all(c[2] == "unverifiable" for c in got), text
        assert any(c[3].startswith("not in the record: a vote on the agenda") for c in got), text
    # the trap: a resolution adopted under an agenda item is the plenary's vote, checked
    text = ("Under agenda item 5, the General Assembly adopted resolution ES-11/1 on 2 March by 141 votes to 5, with "
            "35 abstentions.")
    got = claims(text, date(2022, 3, 3))
    assert [(c["kind"], c["resolution"], c["verdict"]) for c in got] == [("tally", UKRAINE, "supported")]


def test_after_the_sources_end_the_reason_says_so(built_store):
    text = "The General Assembly on Tuesday adopted the text by 120 votes to 9, with 30 abstentions; Peru voted no."
    got = unplaced(text, date(2031, 5, 7))
    assert got and all(c[2] == "unverifiable" for c in got)
    assert all(c[3].startswith("not in the record: the sources end on") for c in got)


def test_a_state_named_as_the_texts_adjective_is_a_plain_vote(built_store):
    for text, vote in (("Peru voted against the Soviet draft resolution.", "no"),
                       ("Peru has voted for the Canadian draft amendment.", "yes"),
                       ("In the end Peru voted in favour of the US-sponsored proposal.", "yes")):
        got = claims(text, date(1951, 12, 13))
        assert [(c["state"], c["asserted"]["vote"]) for c in got if c["kind"] == "position"] == [("PER", vote)], text
    # a state as the object is still a side on the text ("voted against Myanmar")
    got = claims("Peru voted against Myanmar.", date(2019, 12, 28))
    assert [c["asserted"]["vote"] for c in got] == ["against:MMR"]
    # never called false: "the Ukrainian draft" may be another text of the day than the one the record holds
    text = ("On 2 March the Assembly adopted resolution ES-11/1 by 141 votes to 5, with 35 abstentions. Belarus voted "
            "for the Ukrainian draft.")
    got = [c for c in claims(text, date(2022, 3, 3)) if c["kind"] == "position"]
    assert got and all(c["verdict"] != "contradicted" for c in got)
