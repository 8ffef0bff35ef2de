"""A tally that points back: "Only A joined B in voting no on the refugee compact. 181 nations voted to approve it,
while three abstained." The tally's "it" is the vote of the sentence before, so that sentence's lists are the vote
the tally pins down, whatever the text's words rank first (docs/claims.md, "Twenty-second round: identification").

Only a tally every number of which equals its roll call's (the text pins that vote down), whose own sentence names its
vote by a pronoun ("approve it", "voted against it", "backed it") and no subject or time of its own, lends its vote;
only to the states' votes of the sentence right before it in the same paragraph (and the count added up from their
names), which give no number, year, day or symbol of their own and were placed on no vote, or on a vote of the same
day that the text does not pin down. Such a claim is never called false there: the pronoun places it, it does not
pin it down.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from unga.claims import cited, clues, extract, identify
from unga.claims.doubt import hold_back

# the vote phrase whose object is the pronoun: "voted to approve it", "voted for it", "backed it", "opposed it"
POINTS_BACK = re.compile(r"\b(?:approv\w*|adopt\w*|support\w*|back\w*|endors\w*|oppos\w*|reject\w*"
                         r"|vot\w*\s+(?:for|against|in\s+favou?r\s+of))\s+it\b", re.I)
# a subject or time of the tally's own sentence: then "it" may be its own
OWN_SUBJECT = re.compile(r"\b(?:resolutions?|drafts?|texts?|measures?|proposals?|motions?|amendments?|compacts?"
                         r"|declarations?|conventions?|treat(?:y|ies)|19[4-9]\d|20[0-4]\d|last\s+year|this\s+year)\b"
                         r"|\b[A-Z]/RES/", re.I)
NOTE = "placed on the vote of the tally right after it, whose 'it' points back to this sentence's vote"
WHY = "the vote was taken from the tally of the next sentence, whose 'it' points back to this one: it places the claim"


def place(index: identify.Index, found: list[extract.Claim], rows: list, anchored: set[int],
          sentence_of: Callable[[int], str], same_block: Callable[[int, int], bool]) -> tuple[list, dict[int, int]]:
    """(rows, {claim number: the row it was placed on}). sentence_of: a sentence's text; same_block: two sentences
    share a paragraph."""
    lends = {}
    for c, row in zip(found, rows):
        if c.kind == "tally" and row in anchored and len(c.asserted) >= 2 and index.agrees_all(row, c.asserted) \
                and c.when is None and c.sentence > 0 and extract.HEDGED not in c.notes:
            text = sentence_of(c.sentence)
            if POINTS_BACK.search(text) and not OWN_SUBJECT.search(text):
                lends.setdefault(c.sentence - 1, set()).add(row)
    rows, moved = list(rows), {}
    for n, (c, row) in enumerate(zip(found, rows)):
        given = lends.get(c.sentence, set())
        listed = c.kind == "position" or (c.kind == "count" and extract.DERIVED in c.notes)  # "only A joined B": 2
        if len(given) != 1 or not listed or c.when is not None or c.scope != "assembly" \
                or not same_block(c.sentence, c.sentence + 1):
            continue
        target = next(iter(given))
        if row == target or (row is not None and (row in anchored or index.dates[row] != index.dates[target])):
            continue
        text = sentence_of(c.sentence)
        if cited.symbols_in(text) or clues.YEAR_IN.search(text) or clues.days_named(text, None) \
                or any(o.sentence == c.sentence and o.kind in ("tally", "count") and extract.DERIVED not in o.notes
                       for o in found):
            continue
        rows[n] = target
        moved[n] = target
        c.notes.append(NOTE)
    return rows, moved


def never_false(entries: list[dict], rows: list, moved: dict[int, int]) -> None:
    """Hold back, in place, a contradiction on the vote a pointing-back tally lent (if the claim is still there)."""
    for n, row in moved.items():
        if rows[n] == row and entries[n]["verdict"] == "contradicted":
            hold_back(entries[n], WHY)
