"""Thirteenth-round rules for IDENTIFICATION (issue 9), each in sentences of our own: a claim now placed on its roll
call, and a trap that must stay as it was. The record used: the Cuba embargo votes A/RES/77/7 (3 November 2022: the
United States and Israel against, Brazil and Ukraine abstaining, Mexico in favour) and A/RES/78/7 (2 November 2023:
Brazil in favour); ES-11/1 (2 March 2022, 141-5-35, Sri Lanka abstaining); the two votes of 30 September 1974,
A/RES/3206(XXIX) (South Africa's credentials, 98-23-14: the United States, Britain, France and Belgium against) and
A/RES/3207(XXIX) (its relationship with the UN, 125-1-9: the three abstaining, Belgium in favour)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import numpy as np

from unga import api
from unga.claims import extract, when, widen
from unga.claims import text as claim_text
from unga.store import query


def claims(said: str, published: date) -> list[tuple]:
    return [(c["kind"], c["state"], c["asserted"], c["resolution"], c["verdict"], c["evidence"].get("notes", []),
             c["evidence"].get("record", "")) for c in api.check_text(said, published=published).claims
            if c["kind"] != "other"]


def read(said: str) -> list[extract.Claim]:
    found = extract.extract(said, claim_text.sentences(said))
    when.clause_times(found)
    return found


# ---------------------------------------------------------------- a list confirms the recent vote, just short


def _recent(states: dict[str, str], rival_topic: float, best: float = 5.4, date_bonus: float = 5.0):
    """_list_recent on the real record, with the scores a text gives: A/RES/77/7 best (date +5, topic 0.4), and
    A/RES/74/306 (September 2020), on which two of USA no, BRA abstain, UKR abstain hold, behind on topic alone."""
    index = api._claim_sources()[0]
    cuba, rival = index.by_symbol["A/RES/77/7"][0], index.by_symbol["A/RES/74/306"][0]
    dates, topic = np.zeros(len(index.dates)), np.zeros(len(index.dates))
    dates[cuba], topic[cuba], topic[rival] = date_bonus, 0.4, rival_topic
    scorer = SimpleNamespace(dates=dates, topic=topic)
    votes = lambda row: dict(query.votes_of(api._con(), index.rcids[row]))  # noqa: E731
    chosen = widen._list_recent(index, scorer, states, [(best, cuba, []), (rival_topic, rival, [])], votes,
                                date(2022, 11, 3))
    return index.symbols[chosen] if chosen is not None else None


def test_a_list_confirms_the_recent_vote_just_short_of_the_score(built_store):
    # every state named voted so on the one vote of the text's days; the rival, behind on a few topic words, misses one
    assert _recent({"USA": "no", "BRA": "abstain", "UKR": "abstain"}, rival_topic=1.9) == "A/RES/77/7"


def test_a_list_that_does_not_fit_or_a_clear_rival_subject_confirms_nothing(built_store):
    # Mexico voted yes: a list that misses one state on the vote chooses nothing
    assert _recent({"USA": "no", "BRA": "abstain", "MEX": "abstain"}, rival_topic=1.9) is None
    # the words clearly name the rival's subject (topic 3 or more) and it misses one state only: no choice
    assert _recent({"USA": "no", "BRA": "abstain", "UKR": "abstain"}, rival_topic=3.3) is None
    # too far short of the score, or not a vote of the text's days
    assert _recent({"USA": "no", "BRA": "abstain", "UKR": "abstain"}, rival_topic=1.9, best=4.0) is None
    assert _recent({"USA": "no", "BRA": "abstain", "UKR": "abstain"}, rival_topic=1.9, date_bonus=3.0) is None


def test_a_claim_just_short_joins_the_recent_vote_another_sentence_is_placed_on(built_store):
    # the tally (a round figure, so not pinning) is placed on ES-11/1; the abstention just short of the score joins it
    got = claims("Some 141 countries backed the text on Ukraine, five opposed it and 35 abstained. "
                 "Sri Lanka abstained as well.", date(2022, 3, 3))
    assert [(s, r, v) for k, s, _, r, v, *_ in got if k == "position"] == [("LKA", "A/RES/ES-11/1", "supported")]
    # trap: the same sentence alone stays unplaced (one sentence is not enough)
    got = claims("Sri Lanka abstained on the text on Ukraine.", date(2022, 3, 3))
    assert [(s, r, v) for k, s, _, r, v, *_ in got] == [("LKA", None, "unverifiable")]


# ---------------------------------------------------------------- a borrowed list that fits another vote of the day


def _moved(sentence: str) -> list[tuple]:
    """The list of `sentence`, borrowed onto A/RES/3206(XXIX) (as together.place_together does for a list with no
    roll call of its own), after widen.other_vote_of_the_day."""
    index = api._claim_sources()[0]
    found = [c for c in read(sentence) if c.kind == "position"]
    for c in found:
        c.notes.append(widen.BORROWED + " (by its symbol or its tally)")
    rows = [index.by_symbol["A/RES/3206(XXIX)"][0]] * len(found)
    votes = lambda row: dict(query.votes_of(api._con(), index.rcids[row]))  # noqa: E731
    return [(c.state, index.symbols[r]) for c, r in zip(found, widen.other_vote_of_the_day(index, found, rows, votes))]


def test_a_borrowed_list_moves_to_the_vote_of_the_day_it_fits(built_store):
    # the three abstained on 3207, not on 3206 (they voted no): the list reports the day's other vote
    assert _moved("The United States, Britain and France abstained.") == [
        ("USA", "A/RES/3207(XXIX)"), ("GBR", "A/RES/3207(XXIX)"), ("FRA", "A/RES/3207(XXIX)")]


def test_a_borrowed_list_that_fits_its_vote_or_no_other_stays(built_store):
    # it fits the vote it borrowed: it stays
    assert {r for _, r in _moved("The United States, Britain and France voted against.")} == {"A/RES/3206(XXIX)"}
    # Belgium voted yes on 3207: the list fits no vote of the day whole, so it stays (and is not called false there)
    assert {r for _, r in _moved("The United States, Belgium and France abstained.")} == {"A/RES/3206(XXIX)"}
    # two states are no list
    assert {r for _, r in _moved("The United States and France abstained.")} == {"A/RES/3206(XXIX)"}


# ---------------------------------------------------------------- each part of a sentence its own time


def test_a_sentence_of_two_times_gives_each_part_its_own():
    found = read("Last year, China and Laos voted against the text, while this year China abstained and Laos did "
                 "not vote.")
    assert [(c.state, c.asserted["vote"], c.when) for c in found] == [
        ("CHN", "no", "last"), ("LAO", "no", "last"), ("CHN", "abstain", "this"), ("LAO", "absent", "this")]
    # "from 2024, when …": the when-clause is that year's
    assert [(c.asserted, c.when) for c in read("Support rose from 2022, when 185 countries backed the text.")] == [
        ({"field": "yes", "op": "=", "value": 185}, "2022")]


def test_a_time_that_closes_its_clause_opens_no_part():
    # "as it did last year" closes a clause: the count after it keeps the time extraction read
    found = read("Israel voted against this year, as it did last year, while 150 states voted in favour.")
    assert not any(when.CLAUSE_TIME_NOTE in c.notes for c in found)
    # a year extraction read for a count of a chain ("compared to 48 in 1994") is the count's own
    found = read("This year, only 38 countries abstained, compared to 48 in 1994 and 57 in 1993.")
    assert {c.asserted["value"]: c.when for c in found if c.kind == "count"} == {38: "this", 48: "1994", 57: "1993"}


def test_each_part_is_placed_on_its_years_vote(built_store):
    got = claims("Last year, Brazil abstained on the text against the US embargo on Cuba, while this year Brazil "
                 "voted in favour.", date(2023, 11, 3))
    assert [(s, a["vote"], r, v) for _, s, a, r, v, *_ in got] == [
        ("BRA", "abstain", "A/RES/77/7", "supported"), ("BRA", "yes", "A/RES/78/7", "supported")]
    got = claims("Support grew from 2022, when 185 countries backed the text on the embargo.", date(2023, 11, 3))
    assert [(r, v) for *_, r, v, _, _ in got] == [("A/RES/77/7", "supported")]


def test_a_retimed_relative_year_is_not_called_false(built_store):
    # Brazil abstained in 2022: false as written, but which calendar year a reporter's "last year" is depends on the
    # text's date (a January text on a December vote): never called false on this reading
    got = claims("While last year Brazil voted in favour of the embargo text, this year Brazil abstained.",
                 date(2023, 11, 3))
    assert all(v != "contradicted" for *_, v, _, _ in got)
    assert ("BRA", "yes", "A/RES/77/7") in [(s, a["vote"], r) for _, s, a, r, *_ in got]


# ---------------------------------------------------------------- why a vote is not in the record: a committee's

COMMITTEE_DAY = date(2017, 11, 15)  # the Third Committee's vote on Crimea; the plenary voted on 19 December


def records(said: str) -> list[str]:
    return [c["evidence"]["record"] for c in api.check_text(said, published=COMMITTEE_DAY).claims
            if c["kind"] == "position"]


def test_a_claim_of_a_committee_vote_says_it_is_not_in_the_record(built_store):
    got = records("The Third Committee on Tuesday approved a draft on human rights in Crimea. Belarus, Armenia and "
                  "Serbia voted against it.")
    assert len(got) == 3 and all(r.startswith("not in the record: a vote of the Third Committee") for r in got)
    # the committee's vote told in another paragraph: the reason adds it, without asserting it
    got = records("The Third Committee on Tuesday approved a draft on human rights in Crimea.\n\nBelarus, Armenia "
                  "and Serbia voted against it.")
    assert len(got) == 3 and all(r.startswith("the roll call could not be identified") and
                                 r.endswith("the text reports a vote of the Third Committee, which the record lacks")
                                 for r in got)


def test_a_paragraph_that_also_reports_the_plenary_vote_is_not_said_to_be_the_committees(built_store):
    got = records("The Third Committee approved a draft on human rights in Crimea in November, and the General "
                  "Assembly adopted it on Tuesday. Belarus, Armenia and Serbia voted against it.")
    assert got and not any("Committee" in r for r in got)


def test_a_motion_in_a_text_that_names_no_procedure_is_not_said_to_be_missing(built_store):
    # "supported the motion" with no procedure named anywhere: it may be the resolution, so "not in the record" would
    # be wrong; with a no-action motion named, it is a procedural vote the record lacks
    got = records("Serbia, Moldova and Bosnia supported the motion.")
    assert got and all(r.startswith('the text says "motion" but names no procedure') for r in got)
    got = records("A no-action motion was tabled. Serbia, Moldova and Bosnia supported the motion.")
    assert got and all(r == "an amendment, motion or paragraph vote that is not in the record" for r in got)
