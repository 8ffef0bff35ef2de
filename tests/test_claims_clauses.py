"""Issue 9, twenty-ninth round (branch clauses): in a sentence that lists several votes, each clause with its own
tally, a state is judged on the vote of its own clause's tally, and stays unverifiable when that tally is on no roll
call (claims/clause_votes.py). Sentences of our own.

The record used: in 1982 the world charter for nature, A/RES/37/7 (111-1-18), and a text on the information order,
A/RES/37/94B (131-1-1); the Soviet Union voted in favour of both. No vote of that year was 114 to 1 or 146 to 1.
"""

from __future__ import annotations

from datetime import date

import pytest

from unga import api
from unga.claims import clause_votes

DAY = date(1983, 1, 10)
LIST = ("In 1982 the Assembly adopted texts over a lone objection: on a world charter for nature (111 to 1); on talks "
        "between the two nuclear powers (114 to 1{first}); on the information order (131 to 1{second}); on the staff "
        "of the Organization (146 to 1).")


def soviet(text: str) -> list[tuple]:
    """(vote, resolution, verdict) of each position of the Soviet Union."""
    return [(c["asserted"]["vote"], c["resolution"] or "", c["verdict"])
            for c in api.check_text(text, published=DAY).claims if c["kind"] == "position" and c["state"] == "SUN"]


def test_clauses_split_where_no_bracket_is_open():
    sentence = "On A (111 to 1; B abstained); on C, 131 to 1, while D voted 12 to 3 and on E it was 9 to 2."
    assert [sentence[s:e] for s, e in clause_votes.clauses(sentence)] == [
        "On A (111 to 1; B abstained)", " on C, 131 to 1", "D voted 12 to 3", "on E it was 9 to 2."]


@pytest.mark.parametrize("state, vote", [(", with the Soviet Union abstaining", "abstain"),
                                         (", with the Soviet Union voting in favour", "yes")])
def test_a_state_in_the_clause_of_a_vote_not_in_the_record_is_not_judged_on_another(built_store, state, vote):
    assert soviet(LIST.format(first=state, second="")) == [(vote, "", "unverifiable")]


def test_a_state_in_a_later_clause_is_judged_on_that_clauses_vote(built_store):
    assert soviet(LIST.format(first="", second=", with the Soviet Union abstaining")) == [
        ("abstain", "A/RES/37/94B", "contradicted")]
    assert soviet(LIST.format(first="", second=", with the Soviet Union voting in favour")) == [
        ("yes", "A/RES/37/94B", "supported")]


@pytest.mark.parametrize("side, verdict", [("abstaining", "contradicted"), ("voting in favour", "supported")])
def test_a_later_clause_after_while(built_store, side, verdict):
    text = ("In 1982 the Assembly approved the world charter for nature by 111 to 1, while the text on the information "
            f"order passed 131 to 1 with the Soviet Union {side}.")
    assert [(r, v) for _, r, v in soviet(text)] == [("A/RES/37/94B", verdict)]


def test_a_state_in_the_first_clause_keeps_its_vote_when_a_later_one_is_not_in_the_record(built_store):
    text = ("In 1982 the Assembly backed the world charter for nature by 111 to 1, with the Soviet Union abstaining; "
            "on talks between the two nuclear powers the vote was 114 to 1.")
    assert soviet(text) == [("abstain", "A/RES/37/7", "contradicted")]


@pytest.mark.parametrize("side, verdict", [("abstaining", "contradicted"), ("voting in favour", "supported")])
def test_one_vote_alone_keeps_the_ordinary_reading(built_store, side, verdict):
    text = f"In 1982 the Assembly adopted a world charter for nature (111 to 1, with the Soviet Union {side})."
    assert [(r, v) for _, r, v in soviet(text)] == [("A/RES/37/7", verdict)]


LEAD = "The Assembly adopted resolution ES-11/5 on Monday, on reparations owed to Ukraine by Russia. "


def _judged(text: str) -> list[tuple]:
    return [(c["kind"], c.get("state"), c["resolution"] or "", c["verdict"])
            for c in api.check_text(text, published=date(2022, 11, 15)).claims if c["kind"] in ("tally", "position")]


def test_a_symbol_in_another_clause_does_not_name_this_clauses_vote(built_store):
    """ES-11/5 was adopted 94-14-73, Cambodia abstaining; 64/292 (water and sanitation, 2010) was 122-0-41."""
    listed = (LEAD + "On resolution 64/292 the vote was 122 to 0; on the reparations text (94 to 14), Cambodia "
              "abstained.")
    assert _judged(listed) == [("tally", None, "A/RES/64/292", "supported"), ("tally", None, "", "unverifiable"),
                               ("position", "KHM", "", "unverifiable")]
    alone = LEAD + "On the reparations text (94 to 14), Cambodia abstained."
    assert _judged(alone) == [("tally", None, "A/RES/ES-11/5", "supported"),
                              ("position", "KHM", "A/RES/ES-11/5", "supported")]
