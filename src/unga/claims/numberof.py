"""Counts said through a number phrase: "the number of [states voting X] is N" (the number after the verb), "N out of
the M members were present", "X was one of N countries to vote against" and "no vote was recorded from N states".

"The number of countries that voted against was 18", "the number of 'no' votes is 9", "the number of states voting in
favour stood at 103", "the number of abstentions rose to 52": one count of the side the noun phrase names. Refused:
a number compared ("was 12 more than", "rose by 3", "fell to 30 percent"), a side the phrase does not name or names
twice ("the number of states voting for or against"), and a number that is not a count of states (over the
membership).
"""

from __future__ import annotations

import re

from unga.claims import roles
from unga.claims.phrases import unquoted
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


PRESENT = re.compile(r"\b(?P<n>\d{1,3})\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?(?P<t>\d{2,3})\s+(?:[\w.-]+\s+){0,3}?"
                     r"(?:members|states|nations|countries)\s+(?:were\s+present|took\s+part|participated|cast\s+(?:a\s+|their\s+)?"
                     r"votes?)\b", re.I)


def present(sentence: str) -> list[dict]:
    """'Only 168 out of 193 member states were present': the others, 25, did not vote."""
    return [{"field": "absent", "op": "=", "value": int(m["t"]) - int(m["n"])}
            for m in PRESENT.finditer(sentence) if int(m["t"]) > int(m["n"])]


# "X was one of (just) 14 countries to vote against": the number of that side, said through one of its members
ONE_OF = re.compile(r"\bone\s+of\s+(?:the\s+)?(?:(?:only|just|a\s+mere)\s+)?(?P<n>\d{1,3})\s+(?:countries|states|nations|members"
                    r"|member\s+states)(?:\s+(?:at|in)\s+the\s+(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?General\s+Assembly)?"
                    r"\s+(?:that|which|who|to)\s+(?:also\s+)?(?P<vote>vot(?:e|ed)\s+(?:against|no|in\s+favou?r"
                    r"|for|yes)|oppose[ds]?|abstain(?:ed)?|backed|supported)\b", re.I)
ONE_OF_FIELD = {"against": "no", "no": "no", "oppose": "no", "opposed": "no", "opposes": "no", "abstain": "abstain",
                "abstained": "abstain"}


def one_of(sentence: str) -> list[dict]:
    """'X was one of just 14 countries to vote against': 14 no votes."""
    return [{"field": _field(m), "op": "=", "value": int(m["n"])} for m in ONE_OF.finditer(unquoted(sentence))]


# "No vote was recorded from 14 states", "no votes were registered for 12 states": that many did not vote
UNRECORDED = re.compile(r"\bno\s+votes?\s+(?:was|were)\s+(?:recorded|registered)\s+(?:from|for|by)\s+(?:(?:only|just)\s+)?"
                        r"(?P<n>\d{1,3})\s+(?:(?:other|more)\s+)?(?:countries|states|nations|members|member\s+states"
                        r"|delegations)\b(?!\s+(?:of|in|from|among)\b)", re.I)


def unrecorded(sentence: str) -> list[dict]:
    """'No vote was recorded from 14 states': 14 absent."""
    return [{"field": "absent", "op": "=", "value": int(m["n"])} for m in UNRECORDED.finditer(sentence)
            if 0 < int(m["n"]) <= MEMBERSHIP]


def _field(match: re.Match) -> str:
    return ONE_OF_FIELD.get(match["vote"].lower().split()[-1], "yes")


# "one of 141 states that voted yes, with 35 abstentions and 5 against": the count, then the rest of its tally
WITH_THE_REST = re.compile(r"\s*,?\s*(?:with|and|while)\s+(?:only\s+|just\s+)?$", re.I)


def completing(sentence: str, group) -> dict[str, int]:
    """The side a 'one of N countries that voted X' right before a tally's numbers ("…, with 35 abstentions and 5
    against") gives it, when the tally lacks that side."""
    plain = unquoted(sentence)
    for m in ONE_OF.finditer(plain, 0, group.start):
        if _field(m) not in group.fields and WITH_THE_REST.fullmatch(plain, m.end(), group.start):
            return {_field(m): int(m["n"])}
    return {}
