"""A text that says "motion" for its resolution (issue 9, tenth round; split from widen.py along its seam): its
claims on "the motion" are placed on the resolution where the text names no procedure and its numbers pin the
resolution down, and never called false on that reading. A text that names a procedure keeps its motions.
"""

from __future__ import annotations

import re

from unga.claims import extract, identify, languages, verdict
from unga.claims.doubt import near, numbers_of
from unga.claims.scope import AGENDA
from unga.claims.text import rough_sentences


# a procedural vote is named as one: "no-action motion", "motion to adjourn", "an amendment", "paragraph 3"
NAMED_PROCEDURE = re.compile(r"\bamendments?\b|\bparagraphs?\b|\bprocedur\w*|\bno[- ]action\b|\badjourn\w*|\bdefer\w*"
                             r"|\bpostpon\w*|\bmotions?\s+(?:to|for|of|on)\b|\bclosure\b"
                             # "a motion by Belgium to delay", "its motion was defeated": a motion of its own
                             r"|\bmotions?\s+(?:by|from)\s+[^.;,]{1,40}?\s+to\s+[a-z]"
                             r"|\bmotions?\s+(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:defeated|rejected|voted\s+down|turned\s+down)"
                             r"|\bmotions?\s+(?:failed|fell)\b|\bdefeated\s+(?:the|a|its|their)\s+motion"
                             r"|" + AGENDA, re.I)  # a vote on the agenda (thirty-fourth round)
LOOSE_MOTION = "the text calls its resolution a motion (it names no procedure, and its numbers are a resolution's)"


def motion_as_resolution(index: identify.Index, found: list, ranked: list, body: str, place) -> list:
    """"128 nations voted in favour of the … motion", in a text that names no procedure anywhere (no amendment,
    no-action, adjournment, "motion to …") and whose numbers pin down a resolution: the text says "motion" for the
    resolution, so its claims on "the motion" are identified as claims on a resolution. Also (fifteenth round) a
    sentence on "the motion" next to one on "the resolution" (`LOOSE_NEAR`)."""
    named = bool(NAMED_PROCEDURE.search(body))
    # a procedure named in another language's words ("序言", "párrafo", "فقرة") is as named as "paragraph 3"
    loose = [n for n, c in enumerate(found) if c.scope == "procedural" and not NAMED_PROCEDURE.search(c.text)
             and not languages.names_a_procedure(c.text)]
    pinned = not named and (any(row is not None and index.kinds[row] == "resolution" and c.kind in ("tally", "count")
                                and numbers_of(c) and index.agrees_all(row, numbers_of(c))
                                for c, (row, _) in zip(found, ranked))
                            or _motion_counts_pin(index, [found[n] for n in loose], place))
    out = list(ranked)
    for n in loose if pinned else ():
        found[n].scope = "assembly"
        found[n].notes.append(LOOSE_MOTION)
        out[n] = place(found[n])
    # or the sentence next to it, in its paragraph, calls the same vote "the resolution" ("… voted against the motion
    # …. They were joined by B in voting against the resolution."): identified as any claim, margin kept, never called
    # false; in a text that names a procedure too, only when the sentence's own numbers fit the vote so found
    for number in sorted({found[n].sentence for n in loose}) if not pinned else ():
        members = [n for n in loose if found[n].sentence == number]
        if not _called_a_resolution(body, found[members[0]]):
            continue
        tried = {}
        for n in members:
            found[n].scope = "assembly"
            tried[n] = place(found[n])
        counted = [n for n in members if numbers_of(found[n])]
        if named and not (counted and all(tried[n][0] is not None and index.kinds[tried[n][0]] == "resolution"
                                          and index.agrees_all(tried[n][0], numbers_of(found[n])) for n in counted)):
            for n in members:
                found[n].scope = "procedural"
            continue
        for n in members:
            found[n].notes.append(LOOSE_NEAR)
            out[n] = tried[n]
    return out


def _motion_counts_pin(index: identify.Index, loose: list, place) -> bool:
    """The text's own counts said of "the motion" pin a resolution down: each, read as the Assembly's, is placed on
    one resolution (by the text's words and days, with the margin) whose counts equal all its numbers, and they give
    two numbers or more between them ("141 countries voted in favour of the motion"; "35 abstained": ES-11/1's 141
    and 35), or one number at twice the usual margin ("116 votes for the motion", twenty-sixth round). A text that says
    "motion" of its resolution has no procedural vote of its own to report them. A count
    placed on that same resolution that is near it but not equal ("13 did not vote" for its 12: within 3, or 5%) is a
    miscount of it, not a sign of another vote: it neither pins nor unpins."""
    # the absent are no count the index compares ("13 did not vote"): they neither pin a vote nor unpin it
    numbered = [c for c in loose if c.kind in ("tally", "count") and numbers_of(c)
                and not set(numbers_of(c)) - set(index.count_arrays)]
    rows, fields, miscounted, clear = set(), set(), set(), True
    for claim in numbered:
        claim.scope = "assembly"
        row, ranked = place(claim)
        claim.scope = "procedural"
        if row is None or index.kinds[row] != "resolution":
            return False
        if index.agrees_all(row, numbers_of(claim)):
            rows.add(row)
            fields |= set(numbers_of(claim))
            clear = clear and (len(ranked) < 2 or ranked[0][0] - ranked[1][0] >= 2 * identify.MARGIN)
        elif near(index, claim, row):
            miscounted.add(row)
        else:
            return False  # far from the resolution's count ("40 abstained" of its 35): another vote, maybe a motion
    # a bound said of the motion ("more than 50 members abstained") that holds on the resolution is a second number of
    # it (one that fails there is another vote's, maybe a motion's)
    for claim in loose if len(rows) == 1 else ():
        if claim.kind == "count" and claim.asserted.get("op") in BOUNDS \
                and claim.asserted.get("field") in set(index.count_arrays) - fields:
            actual = int(index.count_arrays[claim.asserted["field"]][next(iter(rows))])
            if not verdict.OPS[claim.asserted["op"]](actual, claim.asserted["value"]):
                return False
            fields.add(claim.asserted["field"])
    # one number ("There were 116 votes for the motion") pins the resolution only at twice the usual margin
    return len(rows) == 1 and miscounted <= rows and (len(fields) >= 2 or (len(fields) == 1 and clear))


BOUNDS = ("<", ">", "<=", ">=")


LOOSE_NEAR = ("the sentence says \"motion\" and the one next to it calls the same vote the resolution: read as the "
              "resolution's vote, never called false on that reading")


# "the resolution", or one the sentence says was passed ("On Friday the Assembly passed a resolution asking for …")
THE_RESOLUTION = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:resolution|draft|text)\b"
                            r"|\b(?:pass(?:ed|es)?|adopt(?:ed|s)?|approv(?:ed|es))\s+an?\s+(?:[\w-]+\s+){0,2}?resolution\b",
                            re.I)


def _called_a_resolution(body: str, claim: extract.Claim) -> bool:
    """The sentence before or after the claim's, in its paragraph, speaks of the vote on "the resolution"."""
    start, end = claim.span
    before = re.split(r"\n\s*\n", body[max(0, start - 400):start])[-1]
    after = re.split(r"\n\s*\n", body[end:end + 400])[0]
    near = rough_sentences(before.strip())[-1:] + rough_sentences(after.strip())[:1]
    return any(THE_RESOLUTION.search(s) and VOTE_WORD.search(s) for s in near if s)


VOTE_WORD = re.compile(r"\bvot\w*|\badopt\w*|\bpass\w*|\babstain\w*|\bsupport\w*|\boppos\w*", re.I)
