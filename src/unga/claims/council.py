"""A count taken out of a council's membership is that council's vote, not the Assembly's.

The record holds the General Assembly's votes, and the Assembly never had fewer than the Charter's 51 original
members; the Security Council has 15 (11 before 1966). So "13 of the Council's 15 members", "among the council's
members, eleven voted for it" name a council as the body that voted, and "the support of 13 out of 15 members" is a
count out of the Council's seats when the sentence, or the one before it in the paragraph, names the Council ("In the
Security Council on Friday, …"; "A draft was vetoed in the Security Council. The draft had the support of 13 out of 15
members."). Such a sentence is another body's: its claims are listed as unverifiable with that reason, never checked
against the Assembly's vote the text also reports. "The resolution had the support of 13 members" (no membership it is
taken out of) stays the Assembly's. The same for the Human Rights Council's 47 seats (since 2006): "the text
carried once 22 members out of 47 had backed it", the Council named in that sentence or the one before.
scope.scope_of asks `counts_its_members`, with its other tests of the body.
"""

from __future__ import annotations

import re

COUNCIL = r"(?:(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?Security\s+Council|UNSC|U\.N\.S\.C\.|[Cc]ouncil)"
SEATS = r"(?:15|11|fifteen|eleven)"
MEMBERS = r"(?:permanent\s+and\s+non-permanent\s+)?(?:members|nations|states|countries|seats)"
# "13 of the Council's 15 members", "Among the council's members", "9 of the 15 Security Council members", "11 of the
# 15 members of the UN Security Council": the council named as the owner of the membership a count is taken out of
OF_THE_COUNCIL = re.compile(
    rf"(?:(?<![\d.,])(?:[2-9]|1[0-5])\s+(?:out\s+)?of|^\W*(?:of|among|within)|\bamong)\s+(?:the\s+|its\s+|all\s+)?"
    rf"(?:{COUNCIL}['’]s\s+(?:{SEATS}\s+)?{MEMBERS}|(?:{SEATS}\s+)?{COUNCIL}\s+{MEMBERS}"
    rf"|(?:{SEATS}\s+)?{MEMBERS}\s+of\s+the\s+{COUNCIL})\b", re.I)
# "13 out of 15 members", "nine of the 15": a count out of the Council's seats, the Council named nearby
OF_ITS_SEATS = re.compile(rf"(?<![\d.,])(?:[2-9]|1[0-5])\s+(?:out\s+)?of\s+(?:the\s+|its\s+|all\s+)?{SEATS}\b(?!\s*[-–—/]?\s*\d)"
                          rf"(?!\s+(?:resolutions?|texts?|drafts?|judges|votes?|years?|days?|percent|per\s+cent)\b)")
NAMED = re.compile(r"\bSecurity\s+Council\b|\bUNSC\b|\bU\.N\.S\.C\.|\bveto(?:e?d|es)?\b", re.I)
# "22 members out of 47", "20 of the 47 states": a count out of the Human Rights Council's seats, it named nearby
OF_RIGHTS_SEATS = re.compile(r"(?<![\d.,])\d{1,2}\s+(?:(?:members|states|countries|nations)\s+)?(?:out\s+)?of\s+"
                             r"(?:the\s+|its\s+|all\s+)?47\b(?!\s*[-–—/]?\s*\d)", re.I)
RIGHTS_NAMED = re.compile(r"\bHuman\s+Rights\s+Council\b|\bUNHRC\b", re.I)


def counts_its_members(sentence: str, before: str | None) -> bool:
    """The sentence counts a vote out of a council's membership (see the module's docstring). `sentence` and
    `before` (the sentence before it in the paragraph, or None) with their numbers in digits."""
    if OF_THE_COUNCIL.search(sentence):
        return True
    if OF_RIGHTS_SEATS.search(sentence) and (RIGHTS_NAMED.search(sentence) or (before and RIGHTS_NAMED.search(before))):
        return True
    return bool(OF_ITS_SEATS.search(sentence)) and bool(NAMED.search(sentence) or (before and NAMED.search(before)))


SEATS_TAKEN_FROM = re.compile(rf"(?<=\d)(?:\s+(?:members|states|countries|nations))?\s+(?:out\s+)?of\s+"
                              rf"(?:the\s+|its\s+|all\s+)?(?:{COUNCIL}['’]s\s+)?(?:{SEATS}|47)\b"
                              rf"(?!\s*[-–—/]?\s*\d)", re.I)


def without_seats(sentence: str, scope: str) -> str:
    """In another body's sentence, the Council's seats a count is taken out of blanked ("12 of the 15 members voted in
    favour": 12 in favour, the Council's vote, listed as not in the record); elsewhere the sentence as it is (a count
    out of fewer members than the Assembly ever had is a part of it, which `numbers` sets aside)."""
    if scope != "other body":
        return sentence
    return SEATS_TAKEN_FROM.sub(lambda m: " " * len(m.group(0)), sentence)
