"""Twenty-seventh round (issue 9, branch study28): holdout28's English families. Sentences of our own, each with its
trap.

The record: A/RES/ES-11/1 of 2 March 2022 (aggression against Ukraine, 141-5-35; Russia, Belarus, North Korea, Eritrea
and Syria against); A/RES/67/234 B of 2 April 2013 (the Arms Trade Treaty, 154-3-23; Iran, North Korea and Syria
against); A/RES/811 (IX) of December 1954 (Korea, 50-5-4; the Byelorussian and Ukrainian SSRs, Czechoslovakia, Poland
and the USSR against)."""

from __future__ import annotations

from datetime import date

from fixtures import checked_claims

UKRAINE = "On 2 March the General Assembly adopted its text on Ukraine by 141 votes to 5, with 35 abstentions. "
DAY = date(2022, 3, 3)


def _rows(text):
    return {(c["kind"], c.get("state")): (c["resolution"], c["verdict"]) for c in checked_claims(text, DAY)}


# a committee's vote told after the plenary's, the committee named in a sentence of its own (holdout28 af18: a motion
# of the General Committee placed on the plenary's agenda vote of the same days, and called contradicted)
def test_a_committee_vote_told_after_the_text_turns_to_the_committee_is_not_the_plenary_s(built_store):
    rows = _rows(UKRAINE + "The General Committee was then called together again to settle which groups could speak. "
                 "A proposal put forward by Belarus and backed only by Syria and Eritrea, that the session hear a group "
                 "of lawyers, was turned down.")
    assert rows[("tally", None)] == ("A/RES/ES-11/1", "supported")
    for key in (("position", "SYR"), ("position", "ERI"), ("count", None)):
        assert rows[key] == (None, "unverifiable")


def test_a_committee_named_first_in_the_sentence_that_turns_to_it(built_store):
    rows = _rows(UKRAINE + "Later that day, in the General Committee, members took up requests from groups to speak. "
                 "Only Syria and Eritrea backed a proposal to hear a group of lawyers.")
    assert rows[("position", "SYR")] == (None, "unverifiable")
    checked = [c for c in checked_claims(UKRAINE + "The Steering Committee then met. Only Syria backed a motion.", DAY)
               if c.get("state") == "SYR"]
    assert checked and checked[0]["evidence"]["record"].startswith("not in the record: told after the text turns")


# traps: the text comes back to the plenary; a committee's advice or a body's full name is no turn
def test_the_plenary_named_again_ends_the_committee_s_stretch(built_store):
    rows = _rows(UKRAINE + "The General Committee met the day before to settle its agenda. The Assembly's vote split "
                 "the regions: Syria and Eritrea voted against the text.")
    assert rows[("position", "SYR")] == ("A/RES/ES-11/1", "supported")
    rows = _rows(UKRAINE + "The Committee on Information, for its part, praised the outcome. Eritrea and Syria voted "
                 "against it.")
    assert rows[("position", "ERI")] == ("A/RES/ES-11/1", "supported")


# a bare verb of opposition whose object is the treaty the Assembly adopted, in a sentence that speaks of the vote
# (holdout28 af09); "the proposition" is the text as "the proposal" is (af35)
def test_opposing_the_treaty_in_a_sentence_of_the_vote_is_a_vote_against(built_store):
    lead = "The Assembly adopted the arms trade treaty on 2 April by 154 votes to 3, with 23 abstentions. "
    day = date(2013, 4, 3)
    got = {c["state"]: (c["resolution"], c["verdict"]) for c in checked_claims(
        lead + "Three nations, Syria, Iran and North Korea, opposed the pact while 23 states abstained.", day)
        if c["kind"] == "position"}
    assert got == {iso3: ("A/RES/67/234B", "supported") for iso3 in ("SYR", "IRN", "PRK")}
    got = [c["state"] for c in checked_claims(lead + "Besides Syria and Iran, North Korea opposed the proposition.", day)
           if c["kind"] == "position"]
    assert sorted(got) == ["IRN", "PRK", "SYR"]


def test_opposing_a_treaty_in_talks_is_no_vote(built_store):
    lead = "The Assembly adopted the arms trade treaty on 2 April by 154 votes to 3, with 23 abstentions. "
    assert not [c for c in checked_claims(lead + "Iran opposed the treaty in the talks a year before.", date(2013, 4, 3))
                if c["kind"] == "position"]


# "the Byelorussian S.S.R., Czechoslovakia, …": the republic's abbreviated title does not end the list (holdout28 af63)
def test_a_list_goes_on_after_a_soviet_republic_s_abbreviated_title(built_store):
    text = ("The Assembly adopted resolution 811 (IX) on Korea by 50 votes to 5, with 4 abstentions. Those against were "
            "the Byelorussian S.S.R., Czechoslovakia, Poland, the Ukrainian SSR and the U.S.S.R.")
    got = {c["state"]: (c["resolution"], c["verdict"]) for c in checked_claims(text, date(1954, 12, 12))
           if c["kind"] == "position"}
    assert got == {iso3: ("A/RES/811(IX)", "supported") for iso3 in ("BLR", "CSK", "POL", "UKR", "SUN")}


# "the states that abstained in 1961 (A, B, …)", beside "a like draft a year before got 37 yes, 48 no, 19 abstaining":
# the one vote of that year the text pins down by its whole tally, far from the text's days (holdout28 af57); never called
# false there, for the record may hold other votes of that year on the subject
PEACE = ("On Thursday the Assembly adopted a text on peace in Ukraine by 141 votes to 7, with 32 abstentions. The vote on "
         "a like text in March 2022 was 141 to 5, with 35 abstentions. ")


def test_a_list_of_the_year_a_pinned_earlier_vote_was_held_is_placed_on_it(built_store):
    got = {c["state"]: (c["resolution"], c["verdict"]) for c in checked_claims(
        PEACE + "The states that abstained in 2022 (India, China and Pakistan) were courted hard.", date(2023, 2, 24))
        if c["kind"] == "position"}
    assert got == {iso3: ("A/RES/ES-11/1", "supported") for iso3 in ("IND", "CHN", "PAK")}


def test_a_list_of_the_year_of_a_pinned_earlier_vote_is_never_called_false_on_it(built_store):
    got = [c for c in checked_claims(PEACE + "Eritrea, which abstained in 2022, was courted hard.", date(2023, 2, 24))
           if c["kind"] == "position"]
    assert [(c["state"], c["resolution"], c["verdict"]) for c in got] == [("ERI", "A/RES/ES-11/1", "unverifiable")]


# "Three countries, A, B and C, opposed …": the count before a list set off by commas, when a vote verb follows the
# list (holdout28 af09); the dashes and brackets were read already
def test_a_count_before_a_list_in_commas_is_the_verb_s_count(built_store):
    lead = "The Assembly backed the arms trade treaty on 2 April, with 154 nations in favour. "
    got = [(c["asserted"], c["verdict"]) for c in checked_claims(
        lead + "Three countries, North Korea, Iran and Syria, voted against it.", date(2013, 4, 3)) if c["kind"] == "count"]
    assert ({"field": "no", "op": "=", "value": 3}, "supported") in got
    # trap: no vote verb after the commas, no count of a side
    got = [c["asserted"] for c in checked_claims(
        lead + "Of the 23 states, Russia and China among them, none said why.", date(2013, 4, 3)) if c["kind"] == "count"]
    assert {"field": "abstain", "op": "=", "value": 23} not in got and {"field": "no", "op": "=", "value": 23} not in got
