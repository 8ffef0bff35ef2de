"""A list of states that is its own evidence of the roll call (issue 9, sixth round).

"A, B, C, … voted against" in a paragraph that names no resolution, tally or date of its own: when nearly every
state of the list voted that way on the roll call the text pins down elsewhere, and the list names at least half
of that side, the list itself identifies the vote, as a tally would. A state of it that voted otherwise is then a
false statement about that vote, unless a roll call of the same weeks fits the list as well and the state's vote
as said (then the list may be about that other vote, and nothing is called false)."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Callable, Iterator

import numpy as np

from unga.claims import extract, identify
from unga.claims.position_time import HABIT_WORD

MIN_LIST = 3  # states with the same vote in one sentence
WEEKS = timedelta(days=31)  # other roll calls this close could be the list's vote


def list_of(claim: extract.Claim, found: list, rows: list, row: int) -> list[str]:
    """The states of the claim's sentence said to have voted as the claim says, placed on the same roll call."""
    return [c.state for c, r in zip(found, rows) if c.kind == "position" and c.sentence == claim.sentence
            and r == row and c.asserted == claim.asserted and c.state]


def _same_weeks(index: identify.Index, row: int, published=None) -> Iterator[int]:
    """The other roll calls within WEEKS of this one (and, given the text's date, not after it): the votes a list or
    tally of the text could as well be about."""
    day = index.dates[row]
    return (other for other, other_day in enumerate(index.dates) if other != row
            and abs((other_day - day).days) <= WEEKS.days and not (published and other_day > published))


def _fit(states: list[str], vote: str, votes: dict[str, str]) -> int:
    """How many of the states voted so."""
    return sum(votes.get(s) == vote for s in states)


def identifies(index: identify.Index, claim: extract.Claim, row: int, found: list, rows: list,
               votes: Callable[[int], dict[str, str]]) -> bool:
    """The claim's list identifies its roll call: all its states but one voted as said, it names at least half
    of that side, and no roll call of the same weeks fits the list as well with the claim's own state as said."""
    vote = claim.asserted.get("vote") if claim.kind == "position" else None
    states = list_of(claim, found, rows, row) if vote in ("yes", "no", "abstain") else []
    if len(states) < MIN_LIST:
        return False
    here = votes(row)
    fit = _fit(states, vote, here)
    side = sum(v == vote for v in here.values())
    if fit < len(states) - 1 or side > 2 * len(states):
        return False
    for other in _same_weeks(index, row):
        theirs = votes(other)
        if theirs.get(claim.state) == vote and _fit(states, vote, theirs) >= fit:
            return False
    return True


def sibling_identifies(index: identify.Index, claim: extract.Claim, row: int, found: list, rows: list,
                       votes: Callable[[int], dict[str, str]], paragraph_of: Callable[[int], int],
                       published=None) -> bool:
    """An earlier sentence of the claim's paragraph, or its own sentence's list of another side (against or abstaining)
    at the same time, lists states every one of which voted as it says on this roll call ("Those abstaining were A, B,
    C and D. E and F voted against."; "A, B, C and D opposed it, while E and F abstained"), and no other roll call of
    the same weeks (before the text) fits that list and the claim's own state as said: the paragraph is about this
    vote. A count ("… and 15 others abstained") is judged so too, when no such roll call fits the list and has the
    count as said."""
    if claim.kind == "count" and claim.asserted.get("op") != "=":
        return False
    if claim.kind not in ("position", "count") \
            or (claim.kind == "position" and claim.asserted.get("vote") not in ("yes", "no", "abstain", "absent")):
        return False
    here = votes(row)
    for earlier in {c.sentence for c in found if c.sentence <= claim.sentence
                    and paragraph_of(c.sentence) == paragraph_of(claim.sentence)}:
        lists: dict[str, list[str]] = {}
        for c, r in zip(found, rows):
            if c.sentence == earlier and r == row and c.kind == "position" and c.state \
                    and (earlier < claim.sentence or c.when == claim.when):
                lists.setdefault(c.asserted.get("vote"), []).append(c.state)
        if earlier == claim.sentence:  # "A, B and C opposed it, while D, E and F abstained": the other side's list
            # (against or abstaining: a few states in favour fit most votes of a day)
            lists = {vote: states for vote, states in lists.items() if vote in ("no", "abstain")
                     and vote != (claim.asserted.get("vote") if claim.kind == "position" else claim.asserted.get("field"))}
        for vote, states in lists.items():
            if len(states) >= MIN_LIST and _fit(states, vote, here) == len(states) \
                    and not _rival(index, claim, row, states, vote, votes, published):
                return True
    return False


def _rival(index, claim, row, states: list[str], vote: str, votes, published) -> bool:
    """Another roll call of the same weeks, not after the text, that the list fits as well and on which the claim's
    state voted as the claim says."""
    for other in _same_weeks(index, row, published):
        theirs = votes(other)
        if _fit(states, vote, theirs) == len(states) and _as_said(index, claim, other, theirs):
            return True
    return False


def _as_said(index: identify.Index, claim: extract.Claim, row: int, votes: dict[str, str]) -> bool:
    """The claim holds on this roll call: the state voted as said, or the count is the roll call's."""
    if claim.kind == "count":
        field, value = claim.asserted.get("field"), claim.asserted.get("value")
        counted = sum(v == field for v in votes.values())
        return counted == value or (field in index.count_arrays and int(index.count_arrays[field][row]) == value)
    return votes.get(claim.state) == claim.asserted.get("vote")


def side_in_full(index: identify.Index, tally: extract.Claim, row: int, found: list, rows: list,
                 votes: Callable[[int], dict[str, str]], published=None) -> bool:
    """A tally one number off its roll call whose sentence names one side in full identifies that vote ("backed by
    167, with four — A, B, C and D — voting against and 17 abstaining" of a 167-4-16 vote): all its numbers but one
    are the roll call's and that one within 3, the sentence names as many states for a side as the tally gives and
    the roll call counted, every one of which voted so there, and no other roll call of the same weeks (not after
    the text) has exactly those states as that side."""
    stated = {k: v for k, v in tally.asserted.items() if k in ("yes", "no", "abstain")}
    counts = {k: int(index.count_arrays[k][row]) for k in stated}
    if len(stated) < 2 or sum(counts[k] == v for k, v in stated.items()) < len(stated) - 1 \
            or any(abs(counts[k] - v) > 3 for k, v in stated.items()):
        return False
    here = votes(row)
    for vote, number in stated.items():
        states = {c.state for c, r in zip(found, rows) if c.kind == "position" and c.sentence == tally.sentence
                  and r == row and c.asserted.get("vote") == vote and c.state}
        if len(states) < MIN_LIST or not len(states) == number == counts[vote] or _fit(list(states), vote, here) < number:
            continue
        if not any(_whole_side(votes(other), vote) == states for other in _same_weeks(index, row, published)):
            return True
    return False


def _whole_side(votes: dict[str, str], vote: str) -> set[str]:
    return {s for s, v in votes.items() if v == vote}


# the list's sentence tells of a time or vote of its own ("a year later", "in 2008", "a similar text"): not the tally's
ANOTHER_TIME = re.compile(r"\b(?:later|earlier|before|after|since|previous\w*|prior|similar|another|again|year|month"
                          r"|week|session|decade|(?:19|20)\d\d)\b", re.I)


def listed_on_its_tally(index: identify.Index, found: list, rows: list, likely: set[int],
                        votes: Callable[[int], dict[str, str]]) -> set[int]:
    """The positions whose roll call two pieces of evidence identify: a tally of their sentence or the one before
    placed it with two or more numbers equal (`check._likely`, one number off: "carried 136 to six,
    36 abstaining"), and their own list is its fingerprint ("The six opposed were A, B, C, D, E and F": all of them
    but one voted so there, and they name at least half of that side). Each alone places a claim but calls none
    false; together a state of the list that voted otherwise is a false statement about that vote, unless a roll
    call of the same weeks shares two of the tally's numbers too, and the list fits it as well with the state's
    vote as said."""
    tallies = {(c.sentence, row): c for c, row in zip(found, rows) if c.kind == "tally" and row in likely}
    out = set()
    for n, (claim, row) in enumerate(zip(found, rows)):
        vote = claim.asserted.get("vote") if claim.kind == "position" else None
        tally = tallies.get((claim.sentence, row)) or tallies.get((claim.sentence - 1, row))
        if tally is None or vote not in ("yes", "no", "abstain") or claim.when or ANOTHER_TIME.search(claim.text):
            continue
        listed = _list_fingerprint(claim, found, rows, row, vote, votes)
        if listed is None:
            continue
        if not any(sum(index.agrees(other, {k: v}) for k, v in tally.asserted.items()) >= 2
                   and _fits_as_well(claim, *listed, vote, votes(other)) for other in _same_weeks(index, row)):
            out.add(n)
    return out


def _list_fingerprint(claim, found: list, rows: list, row: int, vote: str,
                      votes: Callable[[int], dict[str, str]]) -> tuple[list, int] | None:
    """The claim's list and how many of it voted as said on the roll call, when the list is that vote's fingerprint:
    MIN_LIST states or more, all but one voting so, naming at least half of that side; None otherwise."""
    states = list_of(claim, found, rows, row)
    here = votes(row)
    fit = _fit(states, vote, here)
    if len(states) < MIN_LIST or fit < len(states) - 1 or sum(v == vote for v in here.values()) > 2 * len(states):
        return None
    return states, fit


def _fits_as_well(claim, states: list, fit: int, vote: str, other: dict[str, str]) -> bool:
    """Another roll call's votes (other) fit the list as well, with the claim's state voting as said."""
    return other.get(claim.state) == vote and _fit(states, vote, other) >= fit


TOPIC = re.compile(r"topic (\d+(?:\.\d+)?)$")
# a time that moves the list off the year named ("a year later", "its successor", "since 2007")
SHIFTED = re.compile(r"\b(?:later|after|afterwards|following|next|subsequent|successor|since|until|before)\b", re.I)
# a habit or a present ("have voted against it", "usually oppose it"): the series over the years, not the year's vote
HABIT = re.compile(r"\b(?:ha(?:ve|s)\s+(?:\w+\s+)?(?:voted|opposed|abstained|backed|supported|rejected)|" + HABIT_WORD
                   + r"|always|often|regularly|repeatedly|every|each)\b", re.I)
PAST_VOTE = re.compile(r"\b(?:voted|opposed|abstained|backed|supported|rejected|cast)\b", re.I)
OWN_TOPIC = 2.0  # of 8, as check.OWN_TOPIC: a title the text names, not a word in passing


def listed_in_its_year(index: identify.Index, found: list, rows: list, ranked: list,
                       votes: Callable[[int], dict[str, str]]) -> set[int]:
    """The positions whose roll call two pieces of evidence identify: the year their own sentence names with the
    subject of the text, which put the roll call first with a clear lead ("These four had also voted against it in
    2007", after a paragraph on that series; said in the past of one vote, no time of the sentence moving it, and a
    year of the sentence before only when the sentence names no time of its own), and their own list is its
    fingerprint (all of it but one voted so there, naming at least half of that side). Each alone places a claim but calls none false; together a state of
    the list that voted otherwise is a false statement about that vote, unless another roll call of that year on the
    same subject (a part, a motion, the text's other reading) fits the list as well with the state's vote as said."""
    out = set()
    for n, (claim, row, (_, candidates)) in enumerate(zip(found, rows, ranked)):
        vote = claim.asserted.get("vote") if claim.kind == "position" else None
        if row is None or vote not in ("yes", "no", "abstain") or not candidates or candidates[0][1] != row:
            continue
        score, _, why = candidates[0]
        year = int(index.years[row])
        topic = max((float(m[1]) for w in why if (m := TOPIC.match(w))), default=0.0)
        own_year = str(year) in claim.text
        if f"year {year} named in the clause" not in why or topic < OWN_TOPIC or SHIFTED.search(claim.text) \
                or HABIT.search(claim.text) or not PAST_VOTE.search(claim.text) \
                or (not own_year and ANOTHER_TIME.search(claim.text)) \
                or (len(candidates) > 1 and score - candidates[1][0] < identify.MARGIN):
            continue
        listed = _list_fingerprint(claim, found, rows, row, vote, votes)
        if listed is None:
            continue
        akin = [other for other in map(int, np.flatnonzero(index.years == year))
                if other != row and index.topic(other, index.titles[row]) >= OWN_TOPIC]
        if not any(_fits_as_well(claim, *listed, vote, votes(other)) for other in akin):
            out.add(n)
    return out
