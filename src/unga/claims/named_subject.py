"""A position placed on a vote of the text's days whose sentence names the subject of another vote of those days
("… but it also voted against a resolution condemning violations in Crimea", in a text on the day's Myanmar vote):
the subjects are the few that votes are named after and that the record's titles hold (the places and subjects of
data/topic_words.csv but the states' and peoples' names: Crimea, the Golan, Jerusalem, Srebrenica, the embargo, the
death penalty, nuclear weapons, refugees …). When the sentence names such a subject that exactly one resolution of
the chosen vote's days holds in its title, and the chosen vote's title holds none of the subjects the sentence
names, the claim moves there; it is never called false on that move."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

import numpy as np

from unga.claims import cited, clues, extract, identify

NOTE = "placed on the vote of those days whose subject its own sentence names (the other's title names none of it)"
SAME_DAYS = 3  # the votes of one sitting or week: the text's days, not another year's vote on the subject


@lru_cache(maxsize=1)
def subjects() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Each subject as (the stems a sentence must name, the stems a title must hold), from topic_words.csv's English
    words: a place by its name ("Crimea", "the Golan" of "golan syrian"), a subject by all its words ("death
    penalty", "nuclear weapons": "death" or "weapons" alone name nothing); not the names of states and peoples (a
    text names Israel, Cuba or Ukraine as voters, sponsors and bystanders, not only as a vote's subject)."""
    out = set()
    with resources.files("unga.data").joinpath("topic_words.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["source"].startswith(("the state's name", "the people's")):
                continue
            words = row["english"].split()
            place = row["source"].startswith(("the heights'", "the city's", "the peninsula's"))
            said = clues.stems(words[0]) if place else clues.stems(row["english"])
            out.add((frozenset(said), frozenset(clues.stems(row["english"]))))
    return tuple(sorted(out, key=sorted))


def place(index: identify.Index, found: list[extract.Claim], rows: list, ranked: list) -> list:
    """Only a claim its own ranking placed (by the text's words and days) moves: one placed by a neighbour's tally,
    a symbol or a list's fit stays."""
    out = list(rows)
    for n, (claim, row) in enumerate(zip(found, rows)):
        if claim.kind != "position" or row is None or row != ranked[n][0] \
                or claim.sentence in _tallied(found, row, rows) or cited.symbols_in(claim.text):
            continue
        words = clues.stems(claim.text)
        named = [title for said, title in subjects() if said <= words]
        if not named or any(title <= index.titles[row] for title in named):
            continue
        near = np.flatnonzero(np.abs((index.day_numbers - index.day_numbers[row]).astype(int)) <= SAME_DAYS)
        others = [int(i) for i in near if int(i) != row and index.kinds[int(i)] == "resolution"
                  and any(title <= index.titles[int(i)] for title in named)]
        if len(others) == 1:
            out[n] = others[0]
            claim.notes.append(NOTE)
    return out


def _tallied(found: list[extract.Claim], row: int, rows: list) -> set[int]:
    """The sentences whose tally or count stands on the row: their lists are that vote's."""
    return {c.sentence for c, r in zip(found, rows) if r == row and c.kind in ("tally", "count")}


WHY = "placed by the subject its sentence names, which only places a claim"  # doubt.never_false_noted's reason
