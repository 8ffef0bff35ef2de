"""Bare verbs of support or opposition ("backed", "opposed", "rejected the …"): a vote only when their object is the
vote's text, not a part of it, its aims or something else. `positions` and `attach` read them.
"""

import re


# a verb that says support or opposition without saying "vote" is a vote only when its object is the vote's text
BARE_VERB = re.compile(r"backed|supported|endorsed|sided\s+with|opposed|oppos(?:e|es)|rejected\s+(?:the|it)"
                       r"|(?:did\s+not|didn['’]t|failed\s+to|refused\s+to)\s+(?:support|back|endorse)", re.I)
# "backed the compensation commission"; not a copula: in "The six opposed were A and B" the verb names the voters
OTHER_OBJECT = re.compile(r"\s+(?!(?:were|was|are|is|included|include|includes)\b)(?:(?:the|a|an|its|their)\s+)?[a-z][\w-]*")
SPEAKS_OF_A_VOTE = re.compile(r"\b(?:vot\w*|resolutions?|drafts?|adopt\w*|abstain\w*|abstention\w*|ballot|tally|Assembly)\b",
                              re.I)
# "supported many of the resolution's principles", "backed parts of the text": a part or the aims of the text, no vote
PART_NOUN = (r"(?:principles?|aims?|goals?|objectives?|spirit|thrust|intent(?:ions?)?|content|substance|provisions?|elements?"
             r"|aspects?|parts?|portions?|sections?|language|message|sentiments?|ideas?)")
PART_OF_TEXT = (r"(?!(?:many|some|most|much|several|parts?|portions?|elements?|aspects?|sections?|(?:(?:the|its|their)\s+)?"
                + PART_NOUN + r")\s+of\b|(?:(?:the|this|that|its)\s+)?(?:[\w-]+\s+){0,2}?(?:resolution|draft|text|measure)['’]s\s+"
                r"(?:(?:many|main|key|core|central|general|basic|broad|overall)\s+)?" + PART_NOUN + r"\b)")
ABOUT_THE_VOTE = re.compile(
    r"\s*" + PART_OF_TEXT + r"(?:$|[,.;:)(\-–—\"“”]|(?:and|or|but|while|whereas|with|as|alongside|too|also|last|this|that|it|them|in\s+\d{4})\b"
    r"|in\s+(?:the\s+)?(?:vote|ballot|voting)\b|(?:the\s+|a\s+|this\s+|that\s+|its\s+)?(?:[\w'’-]+\s+){0,5}?"
    r"(?:resolutions?|drafts?|texts?|measures?|motions?|proposals?|propositions?|documents?|declarations?|votes?|move|call|bid"
    r"|initiative)\b)", re.I)
# "Three states opposed the treaty while 23 abstained": a treaty, pact or convention the Assembly adopted is the vote's
# text only in a sentence that speaks of the vote ("Iran opposed the treaty in the talks" is no vote)
TREATY_OBJECT = re.compile(r"\s*(?:the|this|that|its|a)\s+(?:[\w-]+\s+){0,3}?(?:treaty|treaties|pacts?|conventions?|accords?)\b",
                           re.I)


def about_the_vote(sentence: str, end: int) -> bool:
    """The object after a bare verb of support or opposition (sentence[end:]) is the vote's text."""
    return bool(ABOUT_THE_VOTE.match(sentence, end)
                or (TREATY_OBJECT.match(sentence, end) and SPEAKS_OF_A_VOTE.search(sentence)))
