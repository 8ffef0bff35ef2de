"""The verdict on one claim, given the roll call it is about."""

from __future__ import annotations

import operator

from unga.claims import bounds, participation

OPS = {"=": operator.eq, "<": operator.lt, ">": operator.gt, ">=": operator.ge, "<=": operator.le,
       bounds.APPROXIMATE: bounds.near}
SAID = {"yes": "voted in favour", "no": "voted against", "abstain": "abstained", "absent": "did not vote (absent)"}


def judge(kind: str, asserted: dict, state: str | None, counts: dict[str, int], votes: dict[str, str],
          name: str = "") -> tuple[str, str]:
    """(verdict, what the record says)."""
    if kind == "tally":
        wrong = {k: counts[k] for k, v in asserted.items() if counts.get(k) != v}
        record = f"{counts['yes']} in favour, {counts['no']} against, {counts['abstain']} abstentions"
        return ("contradicted" if wrong else "supported"), record
    if kind == "count":
        actual = counts[asserted["field"]]
        held = OPS[asserted["op"]](actual, asserted["value"])
        if not held and asserted["op"] == bounds.APPROXIMATE:  # a round figure is not called false
            return "unverifiable", (f"{actual} {asserted['field']}: a round figure, further from the record than "
                                    f"{bounds.tolerance(asserted['value'])}")
        if not held and bounds.just_missed(asserted["op"], actual, asserted["value"]):
            return "unverifiable", (f"{actual} {asserted['field']}: a bound the record misses by no more than "
                                    f"{bounds.tolerance(asserted['value'])}, a loose figure")
        return ("supported" if held else "contradicted"), f"{actual} {asserted['field']}"
    if kind == "position":
        vote = votes.get(state or "")
        if vote is None:
            return "unverifiable", f"{name or state} was not a member of the UN on that day"
        wanted = asserted["vote"]
        ok = participation.holds(wanted, vote)
        if ok is None:
            return "unverifiable", participation.AMBIGUOUS.format(name=name or state)
        said = f"{name or state} {SAID[vote]}"
        if not ok and vote == "absent":
            said += "; a state that did not vote is not a no" if wanted == "no" else ""
        return ("supported" if ok else "contradicted"), said
    return "unverifiable", "not a claim about a recorded vote"


def beyond_the_members(kind: str, asserted: dict, counts: dict[str, int]) -> str:
    """Why a count or tally cannot be the roll call's: a number more than a tenth above all its members, voting or
    absent (a total over years of votes, "308 abstentions in 21 years", or another body's figure); "" when none is.
    A number just above them ("194 in favour" of 193 members) is a miscount of the vote, judged as any other."""
    members = sum(counts.get(side, 0) for side in SAID)
    said = [asserted.get("value")] if kind == "count" else list(asserted.values()) if kind == "tally" else []
    over = [n for n in said if isinstance(n, int) and n > members + members // 10]
    if not members or not over:
        return ""
    return (f"{max(over)} is more than the roll call's {members} members: a total over several votes or another "
            "body's figure, not this vote's")
