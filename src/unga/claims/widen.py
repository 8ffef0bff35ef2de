"""Tenth-round readings that widen where a claim is placed or judged (issue 9): a text that says "motion" for its
resolution, a claim of a headline that two sentences place on the one recent vote, a count that retells the text's
own tally. Split from check.py, which calls them; each keeps every guard against calling a true statement false.
"""

from __future__ import annotations

import re

from unga.claims import extract, identify
from unga.claims.doubt import numbers_of


# a procedural vote is named as one: "no-action motion", "motion to adjourn", "an amendment", "paragraph 3"
NAMED_PROCEDURE = re.compile(r"\bamendments?\b|\bparagraphs?\b|\bprocedur\w*|\bno[- ]action\b|\badjourn\w*|\bdefer\w*"
                             r"|\bpostpon\w*|\bmotions?\s+(?:to|for|of|on)\b|\bclosure\b"
                             # "a motion by Belgium to delay", "its motion was defeated": a motion of its own
                             r"|\bmotions?\s+(?:by|from)\s+[^.;,]{1,40}?\s+to\s+[a-z]"
                             r"|\bmotions?\s+(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:defeated|rejected|voted\s+down|turned\s+down)"
                             r"|\bmotions?\s+(?:failed|fell)\b|\bdefeated\s+(?:the|a|its|their)\s+motion", re.I)
LOOSE_MOTION = "the text calls its resolution a motion (it names no procedure, and its numbers are a resolution's)"


def motion_as_resolution(index: identify.Index, found: list, ranked: list, body: str, place) -> list:
    """"128 nations voted in favour of the … motion", in a text that names no procedure anywhere (no amendment,
    no-action, adjournment, "motion to …") and whose numbers pin down a resolution: the text says "motion" for the
    resolution, so its claims on "the motion" are identified as claims on a resolution."""
    if NAMED_PROCEDURE.search(body):
        return ranked
    pinned = any(row is not None and index.kinds[row] == "resolution" and c.kind in ("tally", "count")
                 and numbers_of(c) and index.agrees_all(row, numbers_of(c)) for c, (row, _) in zip(found, ranked))
    if not pinned:
        return ranked
    out = list(ranked)
    for n, claim in enumerate(found):
        if claim.scope == "procedural" and not NAMED_PROCEDURE.search(claim.text):
            claim.scope = "assembly"
            claim.notes.append(LOOSE_MOTION)
            out[n] = place(claim)
    return out


RECENT_TOGETHER = "placed on the one vote of the days before the text, which two or more of its sentences point at"


def recent_together(found: list, ranked: list, scorer) -> list:
    """"<State> abstains from UN resolution calling for ceasefire" above a body that says little more of the vote:
    claims just short of MIN_SCORE whose best candidate is the one vote of the days before the text, with no other
    near (identify.recent_and_alone), are placed on it when claims of two sentences or more point at it so; a
    sentence alone is not enough. Nothing is called false on this alone (the roll call is not pinned down)."""
    near = {n: cand[0][1] for n, (c, (row, cand)) in enumerate(zip(found, ranked))
            if row is None and cand and c.scope == "assembly" and not numbers_of(c)
            and identify.recent_and_alone(scorer, cand)}
    sentences: dict[int, set] = {}
    for n, row in near.items():
        sentences.setdefault(row, set()).add(found[n].sentence)
    out = list(ranked)
    for n, row in near.items():
        if len(sentences[row]) >= 2:
            found[n].notes.append(RECENT_TOGETHER)
            out[n] = (row, ranked[n][1])
    return out


def told_in_tally(index: identify.Index, found: list, rows: list, likely_rows) -> set[tuple[int, str, int]]:
    """(roll call, field, number) of the tallies that two or more equal numbers place on their roll call ("141 for,
    5 against and 34 abstained"): a count that retells one of their numbers ("among the 34 that abstained") is as
    surely about that roll call as the tally is."""
    likely = likely_rows(index, found, rows)
    return {(row, field, value) for c, row in zip(found, rows) if row in likely and c.kind == "tally"
            for field, value in c.asserted.items()}


def retells(claim: extract.Claim, row: int, told: set | None) -> bool:
    return bool(told) and claim.kind == "count" and claim.asserted.get("op") == "=" \
        and (row, claim.asserted["field"], claim.asserted["value"]) in told
