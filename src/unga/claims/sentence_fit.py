"""A sentence's own evidence chooses its vote among the votes of the text's days (sixteenth round, identification).

"China, North Korea, Iran, Nicaragua, Russia and Syria voted against the resolution, and 28 countries including
France, India and Israel abstained", in a text about a day on which the Assembly adopted ten disarmament texts: the
words of the whole text point at another vote of that day (its topic is the text's, not the sentence's), and the
sentence is left unplaced ("could be A or B"). Yet the sentence states its vote's fingerprint: the numbers it gives
(28 abstentions) and the states it names with their votes. Among every vote held on the days the text names (and
the close candidates of its ranking), the one on which all of it holds is taken when each other vote misses two
pieces of it or more (one misread name or misreported number does not choose). At least one number and three pieces
in all are needed, or four states voting no or abstaining (three states alone are `widen.list_chooses`'s, among
close candidates only; the yes side of most votes is most states, and fits any vote of a day). A tally is evidence
but is never placed here (it names its own roll call), and nothing is placed when a UN release reports a vote of
those days that the record lacks (the vote may be that one). A vote the sentence's own words name ("the
resolution on the territorial integrity of Ukraine") or the text's tallies point at, of any date, is a rival: when
the evidence fits it too, the sentence may be about it, and nothing is chosen.

A fingerprint only places: nothing is called false on this choice (`never_false`), since a false statement cannot
choose its own roll call, and a state's vote that only one candidate fits is no evidence against the others.
"""

from __future__ import annotations

import numpy as np

from unga.claims import calendars, clues, extract, identify, only
from unga.claims.doubt import hold_back, numbers_of
from unga.claims.position_time import BEFORE
from unga.claims.when import year_said

NOTE = ("placed on the one vote of the text's days on which every number and state's vote its sentence states holds "
        "(nothing is called false on that alone)")
TALLY_NOTE = ("placed on the vote its sentence's numbers and states chose, every number of it equal to that vote's (a "
              "tally without its yes count fits the counts of too many votes to be placed alone)")
SIDES = ("yes", "no", "abstain")
MIN_PIECES = 3  # numbers and states of one sentence: fewer fit too many votes of a busy day
MIN_STATES = 4  # states alone, without a number
GAP = 2  # pieces every other vote must miss
DAY_TIER = 3.0  # identify's date bonus of a vote held on a day the text names, or within ten days after one
SLACK = 2  # a published count may differ from the stored list by a vote or two: no row is dropped on that
POOL_MAX = 80  # votes of the text's days checked one by one: more is a text of no particular days
MONTH_MAX = 160  # a month's votes, all of them (December 2025 held 150): the month is the text's own period
NAMED_MAX = 3000  # votes sharing a word with the sentence, scored one by one
OWN_TOPIC = 2.0  # of 8, as check.OWN_TOPIC: the share of a title a sentence must name to name its vote


def _groups(found: list, ranked: list) -> dict[tuple, list[int]]:
    """The claims of the Assembly at the text's own time, by sentence and time."""
    groups: dict[tuple, list[int]] = {}
    for n, claim in enumerate(found):
        if claim.scope == "assembly" and claim.when in (None, "this") and claim.kind in ("tally", "count", "position"):
            groups.setdefault((claim.sentence, claim.when), []).append(n)
    return groups


def _evidence(found: list, members: list[int]) -> tuple[dict[str, int], dict[str, str]] | None:
    """(numbers, states' votes) the sentence states, or None when it states two values for one field or state."""
    numbers: dict[str, int] = {}
    said: dict[str, str] = {}
    for n in members:
        claim = found[n]
        if claim.kind in ("tally", "count"):
            if extract.HEDGED in claim.notes or extract.DERIVED in claim.notes or only.NOTE in claim.notes:
                continue  # a round figure, or a number counted from the names: not the record's
            for key, value in numbers_of(claim).items():
                if numbers.setdefault(key, value) != value:
                    return None
        elif claim.state and claim.asserted.get("vote") in SIDES:
            if said.setdefault(claim.state, claim.asserted["vote"]) != claim.asserted["vote"]:
                return None
    return numbers, said


def _pool(index: identify.Index, scorer, appeared) -> tuple[list[int], int]:
    """The votes of the text's days (held on a day it names or within ten days after one); none held after the
    text appeared. The candidates its words rank high are not added: a tally's numbers may fit a vote of another
    year (a committee's vote reported before the plenary's), and a sentence's evidence chooses among the days.
    A text dated to the month alone that names no day of its own: the votes of that month (every one as near).
    With the most votes the pool may hold for a choice to be made among them."""
    rows, most = set(np.nonzero(scorer.dates >= DAY_TIER)[0].tolist()), POOL_MAX
    if not rows and isinstance(appeared, calendars.Month):
        rows = set(np.nonzero((index.years == appeared.year) & (index.months == appeared.month))[0].tolist())
        most = MONTH_MAX
    rows = {i for i in rows if not identify.held_after(index, i, appeared)}
    return sorted(rows), most


def _misses(index: identify.Index, row: int, numbers: dict[str, int], said: dict[str, str], votes) -> int:
    missed = sum(not (key in index.count_arrays and index.count_arrays[key][row] == value)
                 for key, value in numbers.items())
    if said:
        cast = votes(row)
        missed += sum(cast.get(state) != vote for state, vote in said.items())
    return missed


def _may_fit(index: identify.Index, numbers: dict[str, int], said: dict[str, str], pool: list[int]) -> list[int]:
    """The rows of the pool that may miss fewer than GAP pieces, by their counts alone (a vote with two states
    against cannot hold five states said to vote against, SLACK aside): the others need not be fetched."""
    rows = np.array(pool, dtype=int)
    missed = np.zeros(len(rows), dtype=int)
    for key, value in numbers.items():
        missed += (index.count_arrays[key][rows] != value) if key in index.count_arrays else 1
    for side in set(said.values()):
        if side in index.count_arrays:
            missed += np.maximum(0, sum(v == side for v in said.values()) - index.count_arrays[side][rows] - SLACK)
    return rows[missed < GAP].tolist()


def named_by(index: identify.Index, sentence: str, voters: list[str] = ()) -> list[int]:
    """The votes whose subject the sentence's own words name (OWN_TOPIC of 8 or more: "the resolution on the
    territorial integrity of Ukraine"), whatever their date: rivals of the text's days, never chosen here. voters:
    the names of the states the sentence says voted, each once, which name no subject ("Mali, the Republic of Congo
    and Sudan abstained" names no vote on the Congo or on Sudan)."""
    for name in voters:
        sentence = sentence.replace(name, " ", 1)
    words = clues.stems(sentence)
    rows = sorted(set().union(*(index.by_word.get(w, set()) for w in words))) if words else []
    return [i for i in rows if index.topic(i, words) >= OWN_TOPIC] if len(rows) <= NAMED_MAX else []


def choose(index: identify.Index, numbers: dict[str, int], said: dict[str, str], pool: list[int], votes,
           rivals: list[int] = (), most: int = POOL_MAX) -> int | None:
    """The one vote of the pool on which every piece holds, every other vote of the pool and every rival (a vote the
    sentence's words name) missing GAP pieces or more; else None."""
    pieces = len(numbers) + len(said)
    minority = sum(vote != "yes" for vote in said.values())  # most votes share their yes side: no fingerprint
    if not (numbers and pieces >= MIN_PIECES) and minority < MIN_STATES:
        return None
    if len(pool) > most:
        return None
    whole, near = [], []
    for row in _may_fit(index, numbers, said, sorted(set(pool) | set(rivals))):
        missed = _misses(index, row, numbers, said, votes)
        if missed == 0 and row in pool:
            whole.append(row)
        elif missed < GAP:
            near.append(row)
    return whole[0] if len(whole) == 1 and not near else None


def place(index: identify.Index, found: list, ranked: list, votes, scorer, appeared,
          release_days: list | None = None) -> tuple[list, dict[int, int]]:
    """(ranked with the claims a sentence's evidence places, {claim index: the row it placed it on}). release_days:
    the days of votes the record lacks and UN releases report: among the text's days, the pool is not every vote of
    them."""
    out, placed = list(ranked), {}
    pool, most = _pool(index, scorer, appeared)
    if not pool or any(min(index.dates[i] for i in pool) <= day <= max(index.dates[i] for i in pool)
                       for day in release_days or []):
        return out, placed
    # the votes the text's tallies point at, of any date: rivals too (a list of a vote two days before the text, its
    # tally a vote or two off, fits a vote of the next day as well)
    told = [ranked[n][1][0][1] for n, claim in enumerate(found) if claim.kind == "tally" and ranked[n][1]]
    for members in _groups(found, ranked).values():
        evidence = _evidence(found, members)
        if evidence is None:
            continue
        numbers, said = evidence
        movable = _movable(index, found, ranked, members, numbers, said, votes)
        voters = [found[n].name for n in members if found[n].name]
        row = choose(index, numbers, said, pool, votes, named_by(index, found[members[0]].text, voters) + told, most) \
            if movable else _where_all_are(index, found, ranked, members, numbers, said, votes)
        if row is None:
            continue
        for n in members:
            if n in movable and ranked[n][0] != row:
                found[n].notes.append(NOTE)
                out[n] = (row, ranked[n][1])
            elif found[n].kind == "tally" and ranked[n][0] is None and index.agrees_all(row, numbers_of(found[n])):
                found[n].notes.append(TALLY_NOTE)  # "ten against, 23 abstaining, A and B among them": no yes to go by
                out[n] = (row, ranked[n][1])
            if out[n][0] == row and found[n].kind != "tally":
                placed[n] = row  # placed by its sentence's evidence, or already where that evidence points
    return out, placed


def _movable(index: identify.Index, found: list, ranked: list, members: list[int], numbers: dict[str, int],
             said: dict[str, str], votes) -> list[int]:
    """The claims of a sentence its evidence may place: those left unplaced, when every placed one fits it; or all
    (tallies aside) when they were all placed on one vote by the text's words and dates alone (no symbol) and that
    vote misses GAP pieces of the evidence or more ("141 in favour and seven against: A, B, …" put on last year's
    vote of the series, whose subject the text names)."""
    claims = [n for n in members if found[n].kind != "tally"]
    rows = {ranked[n][0] for n in claims if ranked[n][0] is not None}
    if not rows:
        return claims
    if all(_misses(index, row, numbers, said, votes) == 0 for row in rows):
        return [n for n in claims if ranked[n][0] is None]
    if len(rows) > 1 or any(ranked[n][1] and ranked[n][1][0][0] >= 100 for n in claims):
        return []  # the sentence's claims are placed apart, or by a symbol
    row = rows.pop()
    return claims if _misses(index, row, numbers, said, votes) >= GAP else []


def _where_all_are(index: identify.Index, found: list, ranked: list, members: list[int], numbers: dict[str, int],
                   said: dict[str, str], votes) -> int | None:
    """The one vote every claim of the sentence but its tally is already placed on (its states chose it, say), when
    the sentence's whole evidence fits it and a tally of the sentence is left unplaced: that tally's vote too."""
    rows = {ranked[n][0] for n in members if found[n].kind != "tally"}
    if len(rows) != 1 or None in rows or not any(found[n].kind == "tally" and ranked[n][0] is None for n in members):
        return None
    row = rows.pop()
    return row if _fits(index, row, numbers, said, votes) else None


def _fits(index: identify.Index, row: int, numbers: dict[str, int], said: dict[str, str], votes) -> bool:
    return _misses(index, row, numbers, said, votes) == 0


def never_false(entries: list[dict], rows: list, placed: dict[int, int]) -> None:
    """Hold back, in place, a contradiction on a roll call only the sentence's evidence chose (and still holds: a
    later rule may have moved the claim, which `doubt_elsewhere` then weighs)."""
    for n, row in placed.items():
        if rows[n] == row and entries[n]["verdict"] == "contradicted":
            hold_back(entries[n], "the roll call was chosen among the votes of the text's days by the numbers and "
                                  "states its sentence states, which only place it")


ELSEWHERE = "the sentence's {n} states all voted {vote} on {label} of {day}, another vote of the text's days{numbers}: " \
            "could be {label} or {placed}"


def doubt_elsewhere(index: identify.Index, entries: list[dict], found: list, rows: list, votes, scorer,
                    appeared) -> None:
    """Hold back, in place, a state's vote called false when every state its sentence names with that vote (three or
    more) voted so on another vote of the text's days, which the sentence's numbers fit too: the list may be that
    vote's ("The four that voted no were A, B, C and D", placed by a count two votes of the day share)."""
    pool = None
    for n, (entry, claim, row) in enumerate(zip(entries, found, rows)):
        if entry["verdict"] != "contradicted" or claim.kind != "position" or row is None:
            continue
        if any(score >= 100 for score in (c.get("score", 0) for c in entry["evidence"].get("candidates", [])[:1])):
            continue  # a symbol or number the text names: the claim is about that vote
        vote = claim.asserted.get("vote")
        same = {c.state for c in found if c.sentence == claim.sentence and c.kind == "position" and c.state
                and c.asserted.get("vote") == vote and (c.when == BEFORE) == (claim.when == BEFORE)}  # not the vote before
        numbers = {k: v for c in found if c.sentence == claim.sentence and c.kind in ("tally", "count")
                   for k, v in numbers_of(c).items()}
        if len(same) < MIN_PIECES or vote not in SIDES:
            continue
        pool = _pool(index, scorer, appeared)[0] if pool is None else pool
        said = dict.fromkeys(same, vote)
        year = year_said(claim)  # "… also voted against it in 2007", placed on 2007's vote: not a 2010 vote's list
        year = year if year == index.years[row] else None
        other = next((i for i in pool if i != row and year in (None, index.years[i])
                      and _misses(index, i, numbers, said, votes) == 0), None)
        if other is not None:
            hold_back(entry, ELSEWHERE.format(n=len(same), vote=_WORD[vote], label=index.name(other),
                                              day=index.dates[other], placed=index.name(row),
                                              numbers=" (its numbers fit it too)" if numbers else ""))


_WORD = {"yes": "in favour", "no": "against", "abstain": "to abstain"}
