"""Thirteenth round, placement (issue 9; docs/claims.md, "Thirteenth round: placement"): a contradiction needs its
roll call identified with a clear margin and the claim unambiguously about it. Where the text gives evidence for
another vote — its tally fits another roll call or a UN release, a committee is the subject, the list follows the
announcement of the next draft, the support is for part of the text — the claim goes there or stays unverifiable.
Sentences of our own; each rule with a trap of the same shape that stays contradicted.

The record used: A/RES/34/93 C and D of 12 December 1979 (125-7-12 and 132-3-9; Australia, Austria and Botswana
abstained on C and voted for D); A/RES/72/15 and 72/16 of 30 November 2017 (151-6-9 and 105-6-58; Nauru against the
first, abstaining on the second; Australia abstained on the first); A/RES/63/187 of 18 December 2008 (184-1-0; the
Third Committee's 180-1-0); ES-10/24 of 18 September 2024 (124-14-43, Australia abstaining); A/RES/79/134 of
6 December 2024 (132-9-13) and the ceasefire draft A/ES-10/L.33 of 11 December 2024, known from release GA/12667
(158-9-13)."""

from __future__ import annotations

from datetime import date

from unga import api


def judged(text: str, published: date) -> list[tuple]:
    return [(c["kind"], c["resolution"], c["state"], c["verdict"])
            for c in api.check_text(text, published=published).claims if c["kind"] != "other"]


def contradicted(text: str, published: date) -> list[tuple]:
    return [c for c in judged(text, published) if c[3] == "contradicted"]


# --- a verbatim record: the list after the President announces the next vote is that vote's ---

RECORD = ("Draft resolution C was adopted by 125 votes to 7, with 12 abstentions (resolution 34/93 C). "
          "The PRESIDENT: We turn now to draft resolution D, on an arms embargo. A recorded vote was taken. "
          "In favour: Australia, Austria, Botswana. Against: {against}. "
          "Draft resolution D was adopted by 132 votes to 3, with 9 abstentions (resolution 34/93 D).")


def test_the_list_after_the_announcement_goes_to_the_vote_adopted_after_it(built_store):
    said = judged(RECORD.format(against="France"), date(1979, 12, 13))
    positions = {(c[2], c[1], c[3]) for c in said if c[0] == "position"}
    assert positions == {("AUS", "A/RES/34/93D", "supported"), ("AUT", "A/RES/34/93D", "supported"),
                         ("BWA", "A/RES/34/93D", "supported"), ("FRA", "A/RES/34/93D", "supported")}


def test_trap_a_wrong_name_in_the_announced_votes_list_stays_contradicted(built_store):
    said = contradicted(RECORD.format(against="Australia"), date(1979, 12, 13))
    assert said == [("position", "A/RES/34/93D", "AUS", "contradicted")]


def test_a_list_after_an_announcement_with_no_adoption_line_is_unplaced(built_store):
    text = ("The draft resolution was adopted by 125 votes to 7, with 12 abstentions (resolution 34/93 C). "
            "The PRESIDENT: The Assembly will now take a decision on the next draft. A recorded vote was taken. "
            "In favour: Australia, Austria.")
    entries = [c for c in api.check_text(text, published=date(1979, 12, 13)).claims if c["kind"] == "position"]
    assert {c["state"] for c in entries} == {"AUS", "AUT"}
    assert all(c["verdict"] == "unverifiable" and c["resolution"] is None for c in entries)
    assert all("announcement of the next vote" in c["evidence"]["record"] for c in entries)


# --- a list after a tally goes to the tally's vote, even when its count fits another vote of the day ---

def test_a_list_whose_count_fits_two_votes_goes_to_the_tallied_one(built_store):
    text = ("The General Assembly voted 151 to 6, with 9 abstentions, on the status of Jerusalem on Thursday. "
            "Just six states voted no: Israel, the United States, Canada, Nauru, Micronesia and the Marshall Islands. "
            "A second text on the Golan Heights was also adopted.")
    said = judged(text, date(2017, 12, 1))
    assert {c[1] for c in said} == {"A/RES/72/15"}
    assert not [c for c in said if c[3] == "contradicted"]


def test_trap_a_wrong_state_in_that_list_stays_contradicted(built_store):
    text = ("The General Assembly voted 151 to 6, with 9 abstentions, on the status of Jerusalem on Thursday. "
            "Just six states voted no: Israel, the United States, Canada, Nauru, Micronesia and Australia. "
            "A second text on the Golan Heights was also adopted.")
    assert [c[2] for c in contradicted(text, date(2017, 12, 1))] == ["AUS"]


# --- a committee's vote whose draft "the Assembly would" adopt ---

def test_a_committee_vote_on_what_the_assembly_would_do_is_the_committees(built_store):
    text = ("The Third Committee approved the text on the right to food by 180 votes to 1, under which the General "
            "Assembly would urge states to end hunger.")
    assert contradicted(text, date(2008, 11, 25)) == []


def test_trap_the_assembly_itself_misstated_stays_contradicted(built_store):
    text = ("The General Assembly adopted the text on the right to food on 18 December by 180 votes to 1, with no "
            "abstentions, after the Third Committee had approved it.")
    assert [c[0] for c in contradicted(text, date(2008, 12, 20))] == ["tally"]


# --- support for part of a text is no vote ---

def test_backing_parts_of_the_text_is_no_vote(built_store):
    text = ("The Assembly voted 124-14, with 43 abstentions, to demand an end to Israel's occupation, and Australia "
            "abstained. Its minister said Australia backed most of the resolution's aims.")
    assert contradicted(text, date(2024, 9, 19)) == []


def test_trap_backing_the_resolution_itself_stays_contradicted(built_store):
    text = ("The Assembly voted 124-14, with 43 abstentions, to demand an end to Israel's occupation. Australia "
            "backed the resolution.")
    assert [c[2] for c in contradicted(text, date(2024, 9, 19))] == ["AUS"]


# --- numbers exactly those of a vote known from a UN release, of the text's days ---

def test_a_laid_out_tally_of_a_released_vote_is_judged_on_the_release(built_store):
    text = ("The Assembly called for a ceasefire in Gaza yesterday; nine states were against and 13 abstained.\n\n"
            "In favor: 158\n\nAgainst: 9\n\nAbstain: 13\n")
    said = judged(text, date(2024, 12, 12))
    assert said and all(c[1] == "A/ES-10/L.33" and c[3] == "supported" for c in said)


def test_trap_a_resolution_named_by_its_symbol_keeps_its_own_roll_call(built_store):
    text = "Resolution 79/134 was adopted on 6 December with 158 votes in favour."
    assert contradicted(text, date(2024, 12, 12)) == [("count", "A/RES/79/134", None, "contradicted")]
