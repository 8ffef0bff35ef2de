"""A state's vote is called false only when no other vote its sentence could be about makes it true.

Reporters confuse the votes of one question: an amendment or a separate paragraph with the resolution, two drafts on
one subject adopted the same morning, this year's vote with the habit of earlier years ("A usually votes against",
"A had abstained"). The record holds those other votes, so the checker can ask them: where the state voted as the text
says on one of them, the text may be right about that vote, and the claim is unverifiable, naming it."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import numpy as np

from unga.claims import cited, extract, identify, only, participation, release_place, released, series
from unga.claims.doubt import hold_back, near
from unga.claims.phrases import NOT_TAKING_PART
from unga.claims.series import same_title, series_title
from unga.claims.when import year_said
from unga.types import OFFICIAL_LISTS

# a clause about a habit or an earlier time, not (only) about the vote of the day
HABIT = re.compile(
    r"\b(?:usually|always|traditionally|consistently|routinely|regularly|habitually|typically|generally|previously"
    r"|formerly|historically|in\s+the\s+past|in\s+(?:previous|earlier|past|prior)\s+(?:years|votes|sessions)"
    r"|used\s+to|each\s+year|every\s+year|year\s+after\s+year|annually|in\s+recent\s+years"
    r"|(?:had|has|have)\s+(?:\w+ly\s+)?(?:voted|abstained|opposed|supported|backed|rejected|sided))\b", re.I)
SERIES_YEARS = 3  # how far back a habit or an earlier vote is looked for in the series
# a sentence that speaks of a change of vote or of an earlier vote beside the one reported ("moved from …", "no longer",
# "compared with the previous resolution", "after abstaining in March"): a state's vote in it that its clause gives no
# time of its own may be of either vote (TWO_TIMES, the guard named in docs/claims-misses.md, nineteenth round)
TWO_TIMES = re.compile(
    r"\b(?:(?:moved|went|switched|shifted|changed|swung|turned)\b[^.;]{0,80}?\bfrom|no\s+longer|instead\s+of"
    r"|compared\s+(?:to|with)|(?:an?|the|its|their)\s+(?:earlier|previous|prior|former|last)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:resolutions?|votes?|ballots?|texts?|drafts?|sessions?)|last\s+(?:year|time|session)"
    r"|a\s+year\s+(?:earlier|ago|before)|the\s+year\s+before"
    r"|(?:after|before)\s+(?:having\s+)?(?:abstain|vot|support|oppos|back|reject)\w*ing)\b", re.I)


def other_vote_agrees(index: identify.Index, entry: dict, claim: extract.Claim, row: int | None,
                      votes: Callable[[int], dict[str, str]]) -> None:
    """Turn, in place, a contradicted position into unverifiable when the state voted as the claim says on another
    roll call its sentence could be about: the same day's other votes on the same question, and, for a clause about a
    habit or an earlier time, the same resolution's votes of the years before. A sentence naming the symbol of the
    vote found is about that vote."""
    if entry["verdict"] != "contradicted" or claim.kind != "position" or row is None or not entry.get("state"):
        return
    if index.symbols[row] and index.symbols[row] in cited.symbols_in(claim.text):
        return
    state, said = entry["state"], claim.asserted.get("vote")
    rivals = same_question_that_day(index, row)
    if HABIT.search(claim.text) or (claim.when is None and TWO_TIMES.search(claim.text)):
        rivals += series_before(index, row)
    for other in rivals:
        if participation.holds(said, votes(other).get(state)):  # "voted no or abstained": either vote
            name = index.name(other)
            what = "another vote that day on the same question" if index.dates[other] == index.dates[row] \
                else "the same resolution's vote of an earlier year"
            hold_back(entry, f"the sentence may be about {what}, {name} of {index.dates[other]}, where {state} "
                             f"{_said(said)}")
            return


def _said(vote: str) -> str:
    return "did not take part" if vote == NOT_TAKING_PART else f"voted {vote}"


def same_question_that_day(index: identify.Index, row: int) -> list[int]:
    """The other roll calls of the vote's day on its question: its amendments, separate paragraphs and motions (under
    its symbol or agenda item), and votes with its title. Other resolutions under the same item are other questions."""
    item, title, symbol = _agenda(index, row), series_title(index.title_text[row]), index.symbols[row]
    return [r for r in map(int, np.flatnonzero(index.day_numbers == index.day_numbers[row])) if r != row
            and ((symbol and index.symbols[r] == symbol)
                 or (item and index.kinds[r] != "resolution" and _agenda(index, r) == item)
                 or same_title(series_title(index.title_text[r]), title))]


def series_before(index: identify.Index, row: int) -> list[int]:
    """The votes on the same question in the SERIES_YEARS years before the vote (its title, or its agenda item: the
    resolution of the month before in an emergency session), latest first."""
    title, item, year, day = series_title(index.title_text[row]), _agenda(index, row), int(index.years[row]), \
        index.dates[row]
    earlier = [int(r) for r in np.flatnonzero((index.years >= year - SERIES_YEARS) & (index.years <= year))
               if index.dates[r] < day and index.kinds[r] == "resolution"
               and ((title[0] and same_title(series_title(index.title_text[r]), title))
                    or (item and _agenda(index, r) == item))]
    return sorted(earlier, key=lambda r: index.dates[r], reverse=True)


_agenda = series.agenda


RELEASE_FITS = ("the roll call could not be identified with confidence: its numbers are exactly those of {label} of "
                "{day}, a vote known from a UN release that the record lacks, and not those of {name}")


def release_agrees(index: identify.Index, entries: list[dict], claims: list[extract.Claim], rows: list,
                   numbers: list[dict[str, int]], releases: list, days: list[date], published: date | None) -> None:
    """Unplace, in place, a tally or count judged on a roll call its numbers do not all fit when a vote of the text's
    days known only from a UN release fits every one of them ("In favour: 158 / Against: 9 / Abstain: 13", the
    ceasefire vote of the release, placed on another vote of the day with 9 against and 13 abstaining). With two
    numbers or more the release is the vote (judged on it as a tally in one sentence would be); with one, the claim
    is left unplaced, and a release it names no symbol of never calls it false. Numbers that fit the roll call too go
    to the release only when the text names the release's day and not the roll call's ("yesterday")."""
    for entry, claim, row, said in zip(entries, claims, rows, numbers):
        said = {k: v for k, v in said.items() if k in OFFICIAL_LISTS}
        if row is None or claim.kind not in ("tally", "count") or claim.scope != "assembly" or not said \
                or entry["verdict"] == "unverifiable" or cited.symbols_in(claim.text):
            continue
        fits = release_place.fitting(said, release_place.of_the_days(releases, days, published))
        if len(fits) != 1 or (index.agrees_all(row, said) and not (fits[0].date in days
                                                                    and index.dates[row] not in days)):
            continue  # numbers both fit: the release wins only when its day, not the roll call's, is the text's
        name = index.name(row)
        entry.update(resolution=None, verdict="unverifiable")
        entry["evidence"]["record"] = RELEASE_FITS.format(label=fits[0].label, day=fits[0].date, name=name)
        if len(said) >= 2:
            released.judge_on(entry, claim, fits[0], "tally")


LIST_FITS = 3  # states a sentence must list with one vote for the list to identify a roll call by itself


def list_fits_elsewhere(index: identify.Index, out: list[dict], found: list[extract.Claim], rows: list,
                        anchored: set[int], votes: Callable[[int], dict[str, str]]) -> None:
    """Turn, in place, contradicted positions into unverifiable when their sentence lists LIST_FITS or more states
    with one vote, and every one of them voted so on another roll call the text pins down (by its symbol or tally)
    while some did not on the one found: the list is that vote's ("The United States, Israel, Australia … voted
    against the resolution", after the tally of the first of two votes the text reports). A list the sentence gives a
    year in figures ("had voted against in 2007"), placed on a vote of that year, is no list of another year's vote;
    nor is a list set in its own sentence's tally ("98 in favour, 8 against (A, B, C, D and E) and 33 abstentions")
    whose numbers are all near the vote found and not all near the other: the list is the one its numbers count."""
    groups: dict[tuple, list[int]] = {}
    for n, (claim, row) in enumerate(zip(found, rows)):
        if claim.kind == "position" and row is not None and out[n].get("state"):
            groups.setdefault((claim.sentence, claim.asserted.get("vote"), row), []).append(n)
    for (sentence, said, row), members in groups.items():
        states = {out[n]["state"] for n in members}
        if len(states) < LIST_FITS or not any(out[n]["verdict"] == "contradicted" for n in members):
            continue
        own_year = {year_said(found[n]) for n in members} == {index.years[row]}  # placed on the year it says
        own_tally = [c for c, r in zip(found, rows) if c.kind == "tally" and c.sentence == sentence and r == row
                     and near(index, c, row)]
        fits = [r for r in sorted(anchored - {row}) if all(participation.holds(said, votes(r).get(s)) for s in states)
                and not (own_year and index.years[r] != index.years[row])  # "in 2007": not the list of 2010's
                and not (own_tally and not any(near(index, c, r) for c in own_tally))]  # "98 for, 8 against (A, B…)"
        if not fits:
            continue
        name = index.name(fits[0])
        for n in members:
            if out[n]["verdict"] == "contradicted":
                hold_back(out[n], f"the sentence's {len(states)} states all {_said(said)} on {name} of "
                                  f"{index.dates[fits[0]]}, a vote the text pins down, so the list may be that vote's")


def count_beside_disagrees(index: identify.Index, out: list[dict], found: list[extract.Claim], rows: list) -> None:
    """Turn, in place, contradicted positions into unverifiable when their sentence counts their side with a number
    that is not the roll call's and that count is not called false either ("11 abstained (A, B, C)" placed on a vote
    with 4 abstentions, the 11 another vote's): the count and its list are another vote's (a list of resolutions,
    each with its figures, one item's lines taken for the next item's). A count called false there keeps its list
    judged there (a false statement: "A, B and 15 others abstained", one of them absent). A count taken from the
    list itself ("only A, B and C opposed it": 3) says nothing of another vote and holds nothing back."""
    counted = {(claim.sentence, claim.asserted["field"], row): claim.asserted["value"]
               for entry, claim, row in zip(out, found, rows) if claim.kind == "count" and row is not None
               and entry["verdict"] != "contradicted" and only.NOTE not in claim.notes  # the list's own length
               and claim.asserted.get("op") == "=" and claim.asserted.get("field") in index.count_arrays
               and not index.agrees(row, {claim.asserted["field"]: claim.asserted["value"]})}
    for entry, claim, row in zip(out, found, rows):
        said = claim.asserted.get("vote") if claim.kind == "position" else None
        if entry["verdict"] == "contradicted" and (claim.sentence, said, row) in counted:
            hold_back(entry, f"its sentence counts {counted[(claim.sentence, said, row)]} on its side ({said}), "
                             f"which is not {index.name(row)}'s count: the list may be another vote's")
