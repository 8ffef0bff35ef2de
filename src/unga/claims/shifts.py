"""Shift tables of diplomatic records: a state followed by the move of its vote, in brackets ("Belgium (yes to
abstain)", "Oman (yes to absent [abstain])") or after a bare "from" ("Ireland from abstain to no").

Each shift is two claims: the vote after "to" is the state's vote on the roll call the text reports; the vote
before "to" is its vote on the series' vote before (`position_time.BEFORE`: placed only where the text pins that
vote, else left unplaced). A side that was only expected ("anticipated abstention to yes", "shifts in previous or
expected positions") was no vote: no claim of it. An editor's bracket after a side ("[abstain]") is not the
record's word: the side as the record's writer gave it is read. One name a shift: "A, B (yes to abstain)" may be
B's alone, so it is left unread.
"""

from __future__ import annotations

import re

from unga.claims.names import mentions
from unga.claims.position_time import BEFORE, lead_time
from unga.claims.positions import Position

SIDE = (r"(?P<{0}q>(?:anticipated|expected|predicted|probable|likely)\s+)?"
        r"(?P<{0}>yes|no|abstain(?:ed|ing)?|abstention|absent|absence|not\s+voting|non-?voting|in\s+favou?r|for|against)")
EDITOR = r"(?:\s*\[[^\]\n]{1,30}\])?"
SHIFT = re.compile(r"\s*(?:(?P<bracket>\()\s*|:?\s+from\s+)" + SIDE.format("was") + r"\s+to\s+" + SIDE.format("now")
                   + EDITOR + r"(?(bracket)\s*\)|(?=\s*(?:[;,.)]|$)))", re.I)
VOTE = {"yes": "yes", "for": "yes", "in favour": "yes", "in favor": "yes", "no": "no", "against": "no",
        "abstain": "abstain", "abstained": "abstain", "abstaining": "abstain", "abstention": "abstain",
        "absent": "absent", "absence": "absent", "not voting": "absent", "non-voting": "absent", "nonvoting": "absent"}
# a sentence about expectations ("previous or expected positions", "our estimate"): its earlier sides may be no vote
EXPECTED = re.compile(r"\b(?:expect\w*|anticipat\w*|predict\w*|estimat\w*|forecast\w*|count\s+of\s+likely)\b", re.I)
# a name in a list ("A, B (yes to abstain)", "A and B (…)"): whose the shift is, is not clear
LIST_JOIN = re.compile(r"\s*(?:,|and|&)\s*(?:and\s+)?")


def _vote(word: str) -> str:
    return VOTE[re.sub(r"\s+", " ", word.lower())]


def read(sentence: str, stated: list[Position]) -> list[Position]:
    """The shifts a sentence tabulates, for states the sentence gives no vote already."""
    taken = {p.iso3 for p in stated}
    found = mentions(sentence)
    out: list[Position] = []
    expected = EXPECTED.search(sentence) is not None
    for m in found:
        shift = SHIFT.match(sentence, m.end)
        listed = any(o.end <= m.start and LIST_JOIN.fullmatch(sentence, o.end, m.start) for o in found)
        if shift is None or m.iso3 in taken or listed:
            continue
        name = sentence[m.start:m.end]
        if not shift["nowq"]:
            out.append(Position(m.iso3, _vote(shift["now"]), lead_time(sentence), name, shift.start("now")))
        if not shift["wasq"] and not expected:
            out.append(Position(m.iso3, _vote(shift["was"]), BEFORE, name, shift.start("was")))
    return out
