"""A text about one vote only (plan item 2b of docs/claims-misses.md).

The paragraph-locality guard lets a list be called false only when its own paragraph identifies the vote: written
against texts that discuss several votes, it also silences a text that reports a single one and lists its states
paragraphs after the tally (a quoted statement between). Here the whole text stands in for the paragraph, when
everything in it says there is one vote:
- exactly one roll call is pinned down (by its symbol, a tally whose numbers all match, or a count with a clear
  lead), and every claim the checker placed is on it; no tally or count is left unplaced (numbers that fit no vote
  may be another's), and no claim is another body's, a procedural vote's, or of another time;
- no sentence speaks of another vote: a symbol, session or year not this vote's, a committee, amendment, motion,
  paragraph or separate vote, another or an earlier resolution, "both", "the resolutions", another body's vote;
- the list is one side of the vote, all of it but one state, and names half that side or more (a list that mixes
  the sides or names a few of 141 may be of another vote: the sixth round's trap);
- the state's vote as said fits no other roll call of the same weeks before the text for most of its sentence's
  list, all of it or all but one (a list said of another vote fits that vote).
Only a list of MIN_LIST or more states said to vote one way (yes, no or abstain) is relaxed: a single state's vote
is where misreadings live (an initialism read as another state, "all but Brazil abstained"), and "did not vote" is
said of abstainers too. A tally or count never relaxes the guard for itself; it only proves the text's one vote.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import numpy as np

from unga.claims import cited, extract, identify, release_place, scope
from unga.claims.doubt import OTHER_VOTES
from unga.claims.fingerprint import MIN_LIST, WEEKS

SESSION = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\s+(?:regular\s+|special\s+|emergency\s+)*session\b", re.I)
YEAR = re.compile(r"\b(19[4-9]\d|20[0-4]\d)\b")
OTHER_TIME = re.compile(r"\b(?:last|previous|next|past)\s+(?:years?|months?|weeks?|sessions?)\b|\b(?:ago|annual(?:ly)?|"
                        r"every\s+year|each\s+year|a\s+year\s+(?:earlier|before))\b", re.I)
NOTE = "the text reports this one vote only (one roll call pinned down, no other vote spoken of)"


def the_one_vote(index: identify.Index, found: list[extract.Claim], rows: list, anchored: set[int],
                 sentences: list[str], published: date | None) -> int | None:
    """The one roll call the whole text is about, or None."""
    if len(anchored) != 1:
        return None
    row = next(iter(anchored))
    for claim, placed in zip(found, rows):
        if claim.scope != "assembly" or claim.when not in (None, "this") or (placed is not None and placed != row) \
                or (placed is None and claim.kind in ("tally", "count")):
            return None
    told = {tuple(sorted(c.asserted.items())) for c in found if c.kind == "tally"}
    if len(told) > 1:
        return None
    return row if not any(_another_vote(index, row, s, published) for s in sentences) else None


def _another_vote(index: identify.Index, row: int, sentence: str, published: date | None) -> bool:
    """The sentence speaks of a vote other than the roll call's."""
    symbols = cited.symbols_in(sentence)
    if symbols and not all(row in index.by_symbol.get(s, ()) for s in symbols):
        return True
    sessions = {int(n) for n in SESSION.findall(sentence)}
    if sessions and (index.sessions is None or sessions != {int(index.sessions[row])}):
        return True
    allowed = {int(index.years[row])} | ({published.year} if published else set())
    if {int(y) for y in YEAR.findall(sentence)} - allowed:
        return True
    if not extract.mentions_a_vote(sentence):
        return False
    return bool(OTHER_VOTES.search(sentence) or release_place.ELSEWHERE.search(sentence) or OTHER_TIME.search(sentence)
                or scope.scope_of(sentence) != "assembly")


def relax(index: identify.Index, found: list[extract.Claim], rows: list, owns: list[bool], row: int | None,
          votes: Callable[[int], dict[str, str]], published: date | None, entries: list[dict]) -> list[bool]:
    """owns, with the contradicted positions placed on the text's one vote counted as identified by their paragraph,
    unless the vote said fits another roll call of the same weeks for most of its sentence's list."""
    if row is None:
        return owns
    out = list(owns)
    for n, (claim, placed) in enumerate(zip(found, rows)):
        if out[n] or entries[n]["verdict"] != "contradicted" or placed != row or claim.kind != "position" \
                or not claim.state or claim.asserted.get("vote") not in ("yes", "no", "abstain"):
            continue  # "did not vote", "stayed away": reporters say it of abstainers too
        said = claim.asserted["vote"]
        listed = sorted({c.state for c, r in zip(found, rows) if c.kind == "position" and c.sentence == claim.sentence
                         and r == row and c.asserted == claim.asserted and c.state})
        if len(listed) >= MIN_LIST and _names_a_side(listed, votes(row)) \
                and not _fits_another(index, row, claim.state, listed, said, votes, published):
            out[n] = True
            claim.notes.append(NOTE)
    return out


def _names_a_side(listed: list[str], cast: dict[str, str]) -> bool:
    """The list is one side of the vote, whatever it is said to be: all its states but one voted one way, and they
    are half that side or more (26 of the 27 against, said to have abstained). A list that mixes the sides, or names
    a small part of one, does not identify the vote by itself (fingerprint.py's rule, with the side left open)."""
    for side in ("yes", "no", "abstain"):
        on_side = sum(cast.get(s) == side for s in listed)
        if on_side >= len(listed) - 1 and 2 * on_side >= sum(v == side for v in cast.values()):
            return True
    return False


def _fits_another(index: identify.Index, row: int, state: str, listed: list[str], said: str,
                  votes: Callable[[int], dict[str, str]], published: date | None) -> bool:
    """Another roll call of the same weeks, not after the text, on which the state voted as said and all the list
    but one at most (as fingerprint.py)."""
    day = np.datetime64(index.dates[row], "D")
    near = np.flatnonzero(np.abs((index.day_numbers - day).astype(int)) <= WEEKS.days)
    for other in map(int, near):
        if other == row or (published and index.dates[other] > published):
            continue
        theirs = votes(other)
        if theirs.get(state) == said and sum(theirs.get(s) == said for s in listed) >= len(listed) - 1:
            return True
    return False
