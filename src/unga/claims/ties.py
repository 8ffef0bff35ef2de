"""A stated tally or count breaks a tie between close candidates (plan item 2b of docs/claims-misses.md).

A claim left unplaced because its best candidate leads the next by less than the margin ("could be ES-10/21 or
78/6") goes to the best when the numbers its paragraph states (a tally or count of the Assembly, at its own time)
fit that candidate, every number of one of them, and fit no other candidate (annual texts and a day's package often
share a tally). A
fingerprint only breaks the tie: a claim so placed is never called false on it (a misreported tally is common, and
a text may state the numbers of one vote and list the states of another).
"""

from __future__ import annotations

from collections.abc import Callable

from unga.claims import extract, identify, only
from unga.claims.doubt import hold_back, numbers_of

NOTE = "placed on the best of close candidates, the one the text's stated numbers fit"


def break_ties(index: identify.Index, found: list[extract.Claim], rows: list, ranked: list,
               paragraph_of: Callable[[int], int]) -> tuple[list, set[int]]:
    """(rows, the claims placed by a tie broken). ranked: (row, candidates) per claim, as identify gives them;
    paragraph_of: a sentence's paragraph."""
    stated = [(paragraph_of(c.sentence), numbers_of(c)) for c in found if c.kind in ("tally", "count")
              and c.when is None and c.scope in ("assembly", "procedural") and extract.HEDGED not in c.notes
              and extract.DERIVED not in c.notes and only.NOTE not in c.notes and numbers_of(c)]  # nor names counted
    rows, broken = list(rows), set()
    for n, (claim, row, (_, candidates)) in enumerate(zip(found, rows, ranked)):
        if row is not None or claim.kind == "tally" or claim.scope != "assembly" or claim.when is not None \
                or len(candidates) < 2:  # a tally names its own roll call
            continue
        # the numbers of the claim's paragraph: a text may state one vote's numbers and list another vote's states
        said = [numbers for paragraph, numbers in stated if paragraph == paragraph_of(claim.sentence)]
        best, first = candidates[0][0], candidates[0][1]
        close = [r for score, r, _ in candidates[1:] if best - score < identify.MARGIN]
        if best < identify.MIN_SCORE or not close or best >= 100:
            continue
        # the numbers fit the best and no other candidate at all (annual texts and a day's package share tallies)
        fits = [any(index.agrees_all(r, numbers) for numbers in said) for _, r, _ in candidates]
        if fits[0] and not any(fits[1:]):
            rows[n] = first
            broken.add(n)
            claim.notes.append(NOTE)
    return rows, broken


def never_false(entries: list[dict], rows: list, broken: set[int], anchored: set[int]) -> None:
    """Hold back, in place, a contradiction on a roll call only a tie broken by numbers chose (and not pinned down
    otherwise): the claims so placed, and those placed with them."""
    chosen = {rows[n] for n in broken} - anchored
    for n, row in enumerate(rows):
        if (n in broken or row in chosen) and entries[n]["verdict"] == "contradicted":
            hold_back(entries[n], "the roll call was chosen among close candidates by the numbers the text states, "
                                  "which only break a tie")
