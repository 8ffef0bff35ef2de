"""The words that name a side of a vote or tell a sentence is about one vote, read by `roles` (lists by their role in
the sentence) and `anaphora` (lists pointing back at the sentence before): one place for both."""

from __future__ import annotations

import re

# words naming a side of the vote, in labels and predicates
VOTE_OF_WORD = [(re.compile(r"abst|absten", re.I), "abstain"),
                (re.compile(r"against|\bno\b|\bnay|oppos|reject|dissent", re.I), "no"),
                (re.compile(r"favou?r|\bfor\b|\byes\b|support|back|endors|approv|affirmative|positive", re.I), "yes")]


def vote_of(words: str) -> str | None:
    """The one side a phrase names ('voting against' -> no), None when it names none or more than one."""
    found = {vote for pattern, vote in VOTE_OF_WORD if pattern.search(words)}
    return found.pop() if len(found) == 1 else None


# a list beside a deed that is not a vote: co-sponsors, visits, executions
NOT_A_VOTE = re.compile(r"\b(?:co-?)?(?:sponsor\w*|author\w*)|\b(?:tabled|drafted|submitted|introduced|presented|proposed"
                        r"|visit\w*|execut\w*|hosted|signed|met|talks|criticis\w*|criticiz\w*)\b", re.I)
TWO_VOTES = re.compile(r"\brespectively\b|\bboth\s+(?:the\s+)?(?:resolutions|texts|drafts|votes)\b"
                       r"|\b(?:two|three|all\s+(?:three|four))\s+(?:resolutions|texts|drafts)\b", re.I)
RELATIVE = re.compile(r",?\s*\b(?:who|which|whose|that)\b[^,.;]*,?|\([^()]*\)")
VOTE_WORDS = re.compile(r"\bvot|\babstain|\bagainst\b|\bfavou?r|\bsupport|\bback|\boppos|\breject|\byes\b|\bno\b", re.I)
# (every side the sentence names: "states that backed A in 2014 decided to abstain this time" names two, and a list
# pointing back at it takes neither)
SINGLE_VOTE = re.compile(r"\b(?:abstentions?|abstained|abstain(?:ing)?|vot(?:ed|es?)\s+against|against|opposed|no\s+votes"
                         r"|in\s+favou?r|supported|backed|yes\s+votes|vot(?:ed|es?|ing)\s+(?:for(?!\s+(?:the|a)\s+\w+\s+time)|yes)"
                         r"|vot(?:ed|ing)\s+no(?!\s+(?:longer|more)\b))\b",
                         re.I)
