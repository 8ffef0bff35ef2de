"""Twenty-seventh round (issue 9, branch study28): holdout28's English families. Sentences of our own, each with its
trap.

The record: A/RES/ES-11/1 of 2 March 2022 (aggression against Ukraine, 141-5-35; Russia, Belarus, North Korea, Eritrea
and Syria against)."""

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
    rows = _rows(UKRAINE + "The Committee on the Rights of the Child welcomed it. Syria and Eritrea voted against it.")
    assert rows[("position", "ERI")] == ("A/RES/ES-11/1", "supported")
