"""A side taken for or against a state, read from that state's own vote on the roll call: "A and B backed Russia"
is the side Russia voted; "A voted against Russia" the other side ("Nigeria voted against Russia" on a text Russia
voted no on is a yes). `positions` keeps such phrases as `for:RUS` / `against:RUS`; `check` reads them as a side on
the text only where the title names the state (a human-rights resolution on it). Where it does not, the state's own
vote still tells which side the writer means, whatever the text's subject: the two sides of a roll call are yes and
no, so "for the UK" on the Chagos opinion (the UK voted no) is no, "against Russia" on ES-11/1 (Russia no) is yes.

Never a side when the state abstained, was absent or is no voter; never when "for X to …" makes X the subject of
what was voted ("voted for the UK to give up the islands" is the other side); and never called false: the reading
rests on the writer naming the sides by one state, so a claim it makes wrong stays unverifiable.
"""

from __future__ import annotations

import re

NOTE = "a vote for or against a state, read as that state's side (or the other side) on this roll call: {side}"
REFUSED = ("the side was read from the vote of the state it is taken for or against, and the writer may mean another "
           "vote or side: not called false")
OPPOSITE = {"yes": "no", "no": "yes"}
# "for the UK to relinquish", "in favour of the United Kingdom (UK) to keep": the state is the subject of the proposal
SUBJECT_OF = re.compile(r"\b(?:for|in\s+favou?r\s+of|in\s+support\s+of|against)\s+(?:the\s+)?(?-i:[A-Z])[\w.'’-]*"
                        r"(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}(?:\s*\([^()]{1,12}\))?\s+to\s+(?!the\b|a\b|an\b|it\b)[a-z]+", re.I)


def by_own_vote(asserted_vote: str, sentence: str, found: dict) -> str | None:
    """'for:RUS' -> Russia's vote, 'against:RUS' -> the other side, when Russia voted yes or no; else None."""
    side, _, target = asserted_vote.partition(":")
    own = found.get(target)
    if own not in OPPOSITE or SUBJECT_OF.search(sentence):
        return None
    return own if side == "for" else OPPOSITE[own]
