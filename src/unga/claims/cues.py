"""The vote phrases ("cues") of a sentence: *voted against*, *abstaining*, *In favour:* …, each with the vote it gives."""

from __future__ import annotations

import re

from unga.claims import memo
from unga.claims.names import _lookup
from unga.claims.phrases import CUE, CUES, VOTE_WORD

# "which had said it planned to abstain", "said it would vote against": an intention, not the vote
INTENDED = re.compile(r"\b(?:plann?(?:ed|ing|s)?|intend(?:ed|ing|s)?|expected|threaten(?:ed|ing|s)?|promis(?:ed|ing|es)?"
                      r"|vow(?:ed|ing|s)?|pledg(?:ed|ing|es)?|hop(?:ed|ing|es)|want(?:ed|s)?|going|likely|set|poised|urged|asked"
                      r"|called\s+on\s+\w+)\s+to\s+$|\b(?:would|will|might|may|could|should|shall)\s+(?:not\s+)?$", re.I)
# "was not supported by A and B", "has never been opposed by A": the passive denied names no side of A's vote (A may
# have voted against, abstained or been away); "was not only supported by A" is left (the side is affirmed)
DENIED_PASSIVE = re.compile(r"\b(?:not|never|no\s+longer)\s+(?:been\s+)?$|n['’]t\s+(?:been\s+)?$", re.I)
# "A voted against it, backed by B and C": a passive of support set off after a state's own vote phrase backs the voter,
# not the text; which way B voted it does not say (never B's yes)
AFTER_A_VOTERS_PHRASE = re.compile(r"\b(?:vot(?:ed|ing)|abstain(?:ed|ing)|oppos(?:ed|ing))\b[^.;:,]{0,40},\s*(?:and\s+|also\s+)?$",
                                   re.I)

# "many of Kiev's supporters, including A and B", "Moscow's backers – among them A –": a side noun owned by a named
# state or city names that state's friends or foes, not the text's (the text's own: "the resolution's supporters")
SIDE_NOUN = re.compile(r"(?:supporters|backers|opponents|nay-?sayers|dissenters)\b", re.I)
OWNED_BY_NAME = re.compile(r"(?<![\w.'’-])(?!(?:The|This|That|Its|Their)\b)(?-i:[A-Z][\w.-]*)['’]s?\s+$")

# "Abstaining/against: A, B / C, D": two sides under one label, their lists split by a slash; neither side is read
_SIDE = r"(?:abstain\w*|abstentions?|against|for|in\s+favou?r|yes|no)"
SLASHED_BEFORE = re.compile(r"\b" + _SIDE + r"\s*/\s*$", re.I)
SLASHED_AFTER = re.compile(r"\s*/\s*" + _SIDE + r"\b", re.I)


def cues(sentence: str) -> list[tuple[int, int, str, re.Match]]:
    """(start, end, vote, match) of each vote phrase that reports a vote cast (not one planned). The vote is a side
    ("yes", "no", "abstain", …), "pno"/"pyes"/"pveto"/"pabstain" for a passive phrase whose states follow ("opposed by",
    "abstentions from"),
    "j" + side for "was joined in its opposition by", or "for:ISO3" for "voted in Myanmar's favour"."""
    return list(_cues(sentence))


@memo.per_sentence
def _cues(sentence: str) -> tuple[tuple[int, int, str, re.Match], ...]:
    out = []
    for match in CUE.finditer(sentence):
        if INTENDED.search(sentence[max(0, match.start() - 40):match.start()]) \
                or SLASHED_BEFORE.search(sentence, max(0, match.start() - 20), match.start()) \
                or SLASHED_AFTER.match(sentence, match.end()):
            continue
        if SIDE_NOUN.match(match[0]) and OWNED_BY_NAME.search(sentence, max(0, match.start() - 40), match.start()):
            continue
        index = int(next(k for k, v in match.groupdict().items() if v is not None and k[0] == "c")[1:])
        vote = CUES[index][1]
        if vote in ("pno", "pyes", "pveto", "pabstain") and (DENIED_PASSIVE.search(sentence[max(0, match.start() - 30):match.start()])
                                                 or AFTER_A_VOTERS_PHRASE.search(sentence[max(0, match.start() - 80):
                                                                                          match.start()])):
            continue
        if vote in ("dir", "to", "lab", "chg", "nv", "side", "cast"):
            vote = VOTE_WORD[re.sub(r"\s+", " ", match[vote].lower())]
        elif vote == "jb":  # "was joined in its opposition by": the subject's vote, and the agents' ("j" + vote)
            vote = "j" + VOTE_WORD[re.sub(r"\s+", " ", (match["jb"] or match["jb2"] or match["jb3"]).lower())]
        elif vote == "poss":  # "voted in Myanmar's favour": for the state the resolution is about
            target = _lookup(match["poss"])
            if not target:
                continue
            vote = f"for:{target}"
        out.append((match.start(), match.end(), vote, match))
    return tuple(out)
