"""Votes joined by "or": "Venezuela abstained or was absent", "China voted no or abstained", "A and B, which had
abstained or were absent in 2010, …", "A either opposed, abstained or was absent". The sentence says the state cast
one of those votes, not each: the vote phrases are read one by one (`positions`), and each reading alone would be
called false when the state cast the other. The readings of one state on the phrases of one disjunction become a
single claim whose vote is the disjunction ("abstain or absent"), borne out when the state cast any of its votes
and contradicted only when it cast none of them (`participation.holds`). Sixteenth round: docs/claims.md, "Sixteenth
round: holdout15".
"""

from __future__ import annotations

import dataclasses
import re

from unga.claims import phrases

PLAIN = ("yes", "no", "abstain", "absent")
SEPARATOR = " or "  # the vote of a disjunction: "no or abstain"
# between two vote phrases of a disjunction: "abstained or were absent", "voted no, abstained or did not vote"
OR = re.compile(r"\s*(?:,\s*)?(?:or|and/or)\s+(?:(?:else|had|have|has|were|was|been|simply|either)\s+)*$", re.I)
OR_WORD = re.compile(r"\b(?:or|and/or)\b", re.I)
COMMA = re.compile(r"\s*,\s*(?:(?:had|have|has|were|was|been)\s+)*$", re.I)


def _cues(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, vote) of the sentence's plain vote phrases."""
    out = []
    for match in phrases.CUE.finditer(sentence):
        group = match.lastgroup
        vote = phrases.CUES[int(group[1:])][1] if group and group.startswith("c") and group[1:].isdigit() else None
        if vote in PLAIN:
            out.append((match.start(), match.end(), vote))
    return out


def disjunctions(sentence: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, votes) of each run of two vote phrases or more joined by "or" (commas before the last)."""
    cues, out, run = _cues(sentence), [], []
    for cue in cues:
        if run:
            gap = sentence[run[-1][1]:cue[0]]
            if OR.fullmatch(gap) or COMMA.fullmatch(gap):
                run.append(cue)
                continue
            out.append(run)
        run = [cue]
    out.append(run)
    found = []
    for run in out:
        joins = [sentence[a[1]:b[0]] for a, b in zip(run, run[1:])]
        if len(run) < 2 or not OR.fullmatch(joins[-1]):
            continue  # "voted no, abstained" without an "or": two clauses, not a disjunction
        votes = list(dict.fromkeys(vote for _, _, vote in run))
        if len(votes) >= 2:
            found.append((run[0][0], run[-1][1], votes))
    return found


def joined(sentence: str, stated: list) -> list:
    """The positions with the readings of each state on one disjunction merged into one claim of the disjunction;
    the others as they were."""
    spans = disjunctions(sentence) if stated and OR_WORD.search(sentence) else []
    if not spans:
        return stated
    out, merged = [], set()
    for p in stated:
        span = next((s for s in spans if s[0] <= p.at < s[1]), None)
        if span is None:
            out.append(p)
        elif (p.iso3, span[0], p.when) not in merged:
            merged.add((p.iso3, span[0], p.when))
            out.append(dataclasses.replace(p, vote=SEPARATOR.join(span[2]), at=span[0]))
    return out

