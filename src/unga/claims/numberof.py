"""A count stated as "the number of [states voting X] is N", the number after the verb.

"The number of countries that voted against was 18", "the number of 'no' votes is 9", "the number of states voting in
favour stood at 103", "the number of abstentions rose to 52": one count of the side the noun phrase names. Refused:
a number compared ("was 12 more than", "rose by 3", "fell to 30 percent"), a side the phrase does not name or names
twice ("the number of states voting for or against"), and a number that is not a count of states (over the
membership).
"""

from __future__ import annotations

import re

from unga.claims import roles
from unga.claims.side_words import vote_of

MEMBERSHIP = 193
THE_TEXT = r"(?:it|the\s+(?:resolution|text|draft))"
VOTED = (r"(?:vot(?:ed|ing)\s+)?(?:[\"“‘']?(?:against|in\s+favou?r(?:\s+of\s+" + THE_TEXT + r")?|for\s+" + THE_TEXT
         + r"|yes|no)[\"”’']?|abstain(?:ed|ing)|oppos(?:ed|ing)\s+" + THE_TEXT + r"|support(?:ed|ing)\s+" + THE_TEXT + r")")
SIDE = (r"(?P<side>(?:countries|states|nations|members|member\s+states|delegations)\s+(?:(?:that|which|who)\s+)?" + VOTED
        + r"|[\"“‘']?(?:no|yes|negative|affirmative)[\"”’']?\s+votes|votes\s+(?:against|in\s+favou?r)|abstentions)")
VERB = (r"(?:is|was|are|were|stood\s+at|reached|totall?ed|came\s+to|amounted\s+to|(?:rose|grew|increased|fell|dropped"
        r"|decreased|climbed)\s+to)")
NUMBER_OF = re.compile(r"\b(?:the\s+)?(?:total\s+)?number\s+of\s+" + SIDE + r"(?:\s*,\s*[^,.;:]{1,40},)?\s+"
                       r"(?:(?:this\s+(?:year|time)|today|now)\s+)?" + VERB + r"\s+(?:just\s+|only\s+|a\s+mere\s+)?"
                       r"(?P<n>\d{1,3})\b(?!\s*(?:more|fewer|less|higher|lower|than|percent|per\s+cent|%|times|[-–/]\s*\d))",
                       re.I)


def counts(sentence: str) -> list[dict]:
    """{"field", "op": "=", "value"} for each count the sentence states as "the number of … is N"."""
    out = []
    for match in NUMBER_OF.finditer(sentence):
        side = match["side"].lower()
        field = "abstain" if "abstain" in side or "abstention" in side else \
            "no" if re.search(r"negative|\bno\b", side) else "yes" if re.search(r"affirmative|\byes\b", side) else \
            vote_of(side)
        value = int(match["n"])
        if field is None or not 0 < value <= MEMBERSHIP or roles.negated(sentence[:match.start()]):
            continue
        out.append({"field": field, "op": "=", "value": value})
    return out
