"""A position placed on a vote of the text's days whose sentence names the subject of another vote of those days
("… but it also voted against a resolution condemning violations in Crimea", in a text on the day's Myanmar vote):
the subjects are the few that votes are named after and that the record's titles hold (the places and subjects of
data/topic_words.csv: Crimea, Ukraine, Myanmar, the Golan, Jerusalem, the embargo, the death penalty …). When the
sentence names such a subject that exactly one resolution of the chosen vote's days holds in its title, and the
chosen vote's title holds none of the subjects the sentence names, the claim moves there; it is never called false
on that move (a state named as the voter, "Israel voted no", names no subject)."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

import numpy as np

from unga.claims import cited, extract, identify
from unga.claims.doubt import hold_back

NOTE = "placed on the vote of those days whose subject its own sentence names (the other's title names none of it)"
SAME_DAYS = 3  # the votes of one sitting or week: the text's days, not another year's vote on the subject


@lru_cache(maxsize=1)
def subjects() -> frozenset[str]:
    """The title stems of the subjects votes are named after (identify.stems of topic_words.csv's English words)."""
    with resources.files("unga.data").joinpath("topic_words.csv").open(encoding="utf-8") as handle:
        return frozenset().union(*(identify.stems(row["english"]) for row in csv.DictReader(handle)))


def place(index: identify.Index, found: list[extract.Claim], rows: list) -> list:
    out = list(rows)
    for n, (claim, row) in enumerate(zip(found, rows)):
        if claim.kind != "position" or row is None or claim.sentence in _tallied(found, row, rows) \
                or cited.symbols_in(claim.text):
            continue
        voters = set().union(*(identify.stems(c.name) for c in found if c.sentence == claim.sentence and c.name))
        named = identify.stems(claim.text) & subjects() - voters
        if not named or index.titles[row] & named:
            continue
        near = np.flatnonzero(np.abs((index.day_numbers - index.day_numbers[row]).astype(int)) <= SAME_DAYS)
        others = [int(i) for i in near if int(i) != row and index.kinds[int(i)] == "resolution"
                  and index.titles[int(i)] & named]
        if len(others) == 1:
            out[n] = others[0]
            claim.notes.append(NOTE)
    return out


def _tallied(found: list[extract.Claim], row: int, rows: list) -> set[int]:
    """The sentences whose tally or count stands on the row: their lists are that vote's."""
    return {c.sentence for c, r in zip(found, rows) if r == row and c.kind in ("tally", "count")}


def never_false(out: list[dict], found: list[extract.Claim]) -> None:
    for entry, claim in zip(out, found):
        if NOTE in claim.notes and entry["verdict"] == "contradicted":
            hold_back(entry, "placed by the subject its sentence names, which only places a claim")
