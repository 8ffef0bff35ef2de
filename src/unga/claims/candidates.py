"""The votes a state received as a candidate: "Hungary, which received 144 votes", "Russia polled only 83 votes",
"Cuba was elected with 146 votes". A state casts its vote in a recorded vote and never receives one; a state that
receives votes is a candidate in an election (a council's seats, the Court's judges), a secret ballot the record
does not hold. Such a count is blanked before the numbers are read (fahunt7: the Human Rights Council election of
2016, "Hungary, which received 144 votes, and Croatia, with 114, beat out Russia, which received 112 votes", read as
a resolution's 144 yes and put on a roll call of 112 yes).

A state that stands for its draft ("Ukraine received 93 votes in favour, 24 against") is kept: a count with a
side against is a tally, which no ballot of candidates has; so is a state that only proposed what received the votes
("the proposal by Albania had received 107 votes").
"""

from __future__ import annotations

import re

from unga.claims.names import mentions

# "received 144 votes", "polled only 83 votes", "got 160 votes in support": the count a candidate received
RECEIVED = re.compile(r"\b(?:received|receives|receiving|obtained|obtains|obtaining|polled|polls|polling|got|gets"
                      r"|getting|garnered|garnering|collected|collecting|secured|securing|won|wins|winning|gained"
                      r"|gaining)\s+"
                      r"(?:only\s+|just\s+|some\s+)?\d{1,3}\s+votes?\b(?:\s+in\s+(?:favou?r|support))?", re.I)
# "was elected with 154 votes", "re-elected for a second term with 166 votes in support"
ELECTED_WITH = re.compile(r"\b(?:was|were|is|are|been|being|got)\s+(?:re-?)?elected\b[^.;:\d]{0,60}?\bwith\s+"
                          r"(?:only\s+|just\s+|some\s+)?\d{1,3}\s+votes?\b(?:\s+in\s+(?:favou?r|support))?", re.I)
# between the state and its verb: ", which", " who", " that", "had", "also", "has so far", and an apposition that
# describes the candidate (", the only candidate of its region,")
LINK = re.compile(r"(?:\s*,\s*(?:the|a|an|its|their)\s+[^,.;:\d]{1,80},)?(?:\s*,)?(?:\s+(?:which|who|that))?"
                  r"(?:\s+(?:had|has|have|also|then|only|so\s+far|eventually|finally))*\s*$", re.I)
# a side against after the count: a tally ("93 votes in favour, 24 against", "with 13 nations opposing", "57 to 42")
AGAINST_AFTER = re.compile(r"[^.;]*?\b(?:against|oppos\w*)\b|\s*(?:-|–|—|to)\s*\d", re.I)
# the state as the object of a preposition ("the proposal by Albania had received 107 votes"): not the subject
OBJECT_OF = re.compile(r"\b(?:by|of|from|for|to|with|against|on|in)\s+(?:the\s+)?$", re.I)


def candidates_votes(sentence: str) -> list[tuple[int, int]]:
    """The spans of counts a named state received as a candidate."""
    out = []
    for pattern in (RECEIVED, ELECTED_WITH):
        for match in pattern.finditer(sentence):
            if AGAINST_AFTER.match(sentence, match.end()):
                continue
            head = sentence[:match.start()]
            link = LINK.search(head)
            subject = head[:link.start()]
            last = max(mentions(subject), key=lambda m: m.end, default=None)
            # "lost to Bulgaria, which received 160 votes": the relative clause's subject, whatever governs the name
            relative = re.search(r"\b(?:which|who|that)\b", link.group(0))
            if last is not None and last.end == len(subject) \
                    and (relative or not OBJECT_OF.search(subject[:last.start])):
                out.append(match.span())
    return out
