"""The fourteenth hunt (fahunt14, issue 9; tests/reference/news_fahunt14/README.md): 109 texts nobody had read, 57 in
English and 52 in 18 other languages, run through the checker of main. It called no claim contradicted, so there is
no false alarm to fix. The hunt looked hardest at other bodies' votes told with numbers (the Human Rights Council and
the former Commission on Human Rights, ECOSOC and its NGO committee, the IAEA Board, UNESCO, the Security Council,
the First and Third Committees, elections). Some of those were placed, by their numbers alone, on an unrelated
Assembly roll call of another decade and called supported (the README lists them); none could be called false,
because a tally or count is placed only where its numbers fit. These tests pin that: a true statement about another
body whose numbers differ from the coincidental Assembly vote is held unverifiable, never called false.
One cause is fixed here: am86 (an undated report of a First Committee vote) opens with the committee's name, with
"U.N." before it and a weekday after it ("The U.N. First Committee on <weekday> …"), which scope.COMMITTEE_TURN did
not take for the narration turning to the committee, because "on Monday" was read as a body's full name ("the Committee on …") and "U.N." stood before the committee's name; its counts and
positions then sat on plenary votes of 1992 and 2009. A weekday after "Committee on" and "U.N."/"UN" before the name
are now read.
Sentences are our own (never the articles').

The record used: A/RES/499(V) of 20 March 1951 (place of meeting of the sixth session, 24-17-12)."""

from __future__ import annotations

import json
from pathlib import Path

from fixtures import hunt_urls_against_the_rest

from unga import api

REFERENCE = Path(__file__).parent / "reference"


def verdicts(text: str) -> list[tuple]:
    return [(c["verdict"], c["kind"], c["asserted"]) for c in api.check_text(text).claims if c["kind"] != "other"]


# --- another body's vote whose numbers miss the Assembly vote they nearly fit: held, never called false ---

def test_a_councils_decision_one_vote_off_an_old_assembly_tally_is_not_called_false(built_store):
    text = ("The Economic and Social Council met on Wednesday. By a recorded vote of 25 in favour to 17 against, "
            "with 12 abstentions, it granted consultative status to nine organizations.")
    assert verdicts(text) == [("unverifiable", "tally", {"yes": 25, "no": 17, "abstain": 12})]


def test_a_commissions_abstentions_told_with_a_day_and_month_are_not_called_false(built_store):
    text = ("The Human Rights Commission in Geneva blocked the resolution on China on April 18. Thirteen countries "
            "abstained and one was absent.")
    assert [v[0] for v in verdicts(text)] == ["unverifiable"]


def test_a_committees_abstainers_and_lone_opponent_are_not_called_false(built_store):
    text = ("The First Committee approved the Japanese text on nuclear disarmament. China, India, Pakistan, Syria "
            "and eight other nations abstained, while North Korea alone opposed it. In all, 159 governments voted in "
            "support.")
    assert {v[0] for v in verdicts(text)} == {"unverifiable"}


# --- am86: a First Committee with "U.N." before it and a weekday after it turns the narration to the committee ---

def test_a_committee_voting_on_a_weekday_turns_the_narration_to_it():
    from unga.claims import scope
    assert scope.COMMITTEE_TURN.match("The First Committee on Monday approved a draft on nuclear arms.")
    assert scope.COMMITTEE_TURN.match("The U.N. Third Committee on Tuesday adopted the text on Iran.")
    assert scope.COMMITTEE_TURN.match("The UN Fourth Committee approved it without a vote.")
    sentences = ["The U.N. First Committee on Friday approved a draft on nuclear arms.", "China abstained.",
                 "The General Assembly is due to vote on it next month."]
    # the Assembly's vote only foretold does not bring the narration back to the plenary (branch bodies)
    assert scope.in_committee(sentences, set()) == {0, 1, 2}


def test_trap_a_committees_full_name_is_still_no_turn():
    from unga.claims import scope
    assert not scope.COMMITTEE_TURN.match("The Special Committee on Decolonization approved a text.")
    assert not scope.COMMITTEE_TURN.match("The Committee on Disarmament met in Geneva.")


# --- the fourteenth vetted set: its URLs are new, and it keeps no sentence of the texts ---

def test_the_fahunt14_urls_are_in_no_labelled_or_vetted_set():
    texts, urls, shared = hunt_urls_against_the_rest(14)
    assert texts == urls == 109 and not shared


def test_the_fahunt14_set_keeps_no_sentence_of_the_texts():
    vetted = (REFERENCE / "news_fahunt14" / "contradictions.json").read_text()
    assert '"text"' not in vetted and "consultative status" not in vetted and "countries abstained" not in vetted
    assert all(not entry["contradicted"] for entry in json.loads(vetted)["texts"].values())
