"""States named as the opposition a vote was taken over: "approved despite the opposition of A, B and C", "endorsed
over opposition from five countries, including A and B", "in the face of opposition from A and four other
countries", "over strenuous objections from A and its ally B". The noun says they opposed the text; it does not say
how: a no, an abstention, or a protest by a state that did not vote. Each is read as that disjunction ("no or
abstain or absent", claims/either.py): borne out by any of the three, called false only when the state voted yes.
Sixteenth round: docs/claims.md, "Sixteenth round: holdout15".
"""

from __future__ import annotations

import re

from unga.claims import either
from unga.claims.names import mentions
from unga.claims.positions import Position, lead_time, lists

NOT_YES = either.SEPARATOR.join(("no", "abstain", "absent"))
# the adoption happened over the states' opposition; "due to opposition from A" (a text that failed, a conference
# that ended) and "must overcome opposition from A" (a future) are not read
OVER = re.compile(r"\b(?:despite|over|in\s+the\s+face\s+of|notwithstanding)\s+(?:the\s+)?"
                  r"(?:(?:strong|fierce|stiff|strenuous|vocal|vehement|bitter|firm|sharp)\s+)?"
                  r"(?:opposition|objections?|resistance)\s+(?:from|of|by)\s+(?:the\s+)?"
                  r"(?:(?:\w+\s+){1,2}(?:countries|states|nations|members)\s*,?\s*"
                  r"(?:including|among\s+them|such\s+as)\s+"
                  r"(?:the\s+)?)?", re.I)
# the sentence reports the text's adoption or vote
ADOPTED = re.compile(r"\b(?:adopt\w*|approv\w*|pass\w*|endors\w*|vot\w*|resolution|backed|carried)\b", re.I)
NEGATED = re.compile(r"\b(?:not|no|never|without)\s+$", re.I)


def positions(sentence: str, stated: list) -> list:
    """The positions of the states a sentence names as the opposition its vote was taken over (none already read)."""
    over = list(OVER.finditer(sentence))
    if not over or not ADOPTED.search(sentence):
        return []
    found = mentions(sentence, metonyms=True)
    runs = lists(sentence, found)
    told = {p.iso3 for p in stated}
    out = []
    for match in over:
        if NEGATED.search(sentence, max(0, match.start() - 12), match.start()):
            continue
        run = next((r for r in runs if 0 <= r[0].start - match.end() <= 1), None)
        for mention in run or ():
            if mention.iso3 not in told:
                told.add(mention.iso3)
                name = sentence[mention.start:mention.end]
                out.append(Position(mention.iso3, NOT_YES, lead_time(sentence), name, match.start()))
    return out
