"""The support one state won from others, as diplomatic records and reports tell it: "X secured support from A, B and
C to vote against the resolution", "we won the backing of A and B in voting no", "X picked up the votes of A and B
for abstaining", "we attracted the support of A and B in voting with us against".

A state named is given the vote only where the sentence says how it voted, right after the list (an aside "in
addition to D" may stand between): "won the support of A and B" alone says nothing of their votes and is left unread,
as is X itself (it may not have voted with them).
"""

from __future__ import annotations

import re

from unga.claims.names import mentions
from unga.claims.position_time import lead_time
from unga.claims.positions import Position, lists
from unga.claims.side_words import vote_of

WON = re.compile(r"\b(?:secured|won|gained|obtained|got|enlisted|drew|attract(?:ed|ing)|picked\s+up|rallied)\s+(?:the\s+)?"
                 r"(?:support|backing|votes?)\s+(?:of|from)\s+(?P<list>)(?:the\s+)?", re.I)
ASIDE = r"(?:,?\s+(?:in\s+addition\s+to|as\s+well\s+as|besides|along\s+with)\s+[^,;.]{1,60}?,?)?"
# "in voting with us against", "to vote with X in committee and plenary against": the side after the company and place
WITH = r"(?:\s+with\s+(?:us|it|them|him|her|(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?))?(?:\s+in\s+[^,;.]{1,50}?)?"
VOTED = re.compile(ASIDE + r",?\s+(?:to\s+vote|in\s+voting|into\s+voting)" + WITH + r"\s+(?P<vote>against|no|for|yes|in\s+favou?r)\b"
                   r"|" + ASIDE + r",?\s+(?:to|in)\s+(?P<verb>abstain(?:ing)?|oppos(?:e|ing)|reject(?:ing)?)\b", re.I)
# a first item the reader does not know as a state (misspelt, in lower case) before the names: "from argentina, Hungary"
UNKNOWN_FIRST = re.compile(r"(?:[\w'’-]+\s+)?[\w'’-]+\s*,\s*")
def read(sentence: str, stated: list[Position]) -> list[Position]:
    """The states a sentence names as won over to a vote it says, for states it gives no vote already."""
    taken = {p.iso3 for p in stated}
    runs = lists(sentence, mentions(sentence))
    out: list[Position] = []
    for won in WON.finditer(sentence):
        run = next((r for r in runs if won.start("list") <= r[0].start <= won.end()  # "the Maldives" is one name
                    or (r[0].start > won.end() and UNKNOWN_FIRST.fullmatch(sentence, won.end(), r[0].start))), None)
        said = VOTED.match(sentence, run[-1].end) if run else None
        if said is None:
            continue
        out += [Position(m.iso3, vote_of(said["vote"] or said["verb"]), lead_time(sentence), sentence[m.start:m.end], said.start())
                for m in run if m.iso3 not in taken]
    return out
