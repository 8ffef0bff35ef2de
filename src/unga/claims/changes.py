"""Counts of earlier votes that a text gives beside this one: a chain of years ("This compares to 101 in 1994,
88 in 1993 and 59 in 1992", "risen from 104 in 2007 to 121 in 2018 and 123 in 2020", "In 1992 it was supported by
59 states, in 2017 – 191, in 2022 – 187") and a change said of a count ("125 voted in favour (2 more than the
previous resolution)", "107 countries — four more than last year", "63 voted yes – three less than last year").

Each is a count on the earlier vote (its time is the year named, "last" for last year, or "before": the series'
vote before the one reported), the field read from the sentence's own
vote words. Nothing is read when the field is not clear (two fields before a chain with no count of its own next to
it) or when the numbers are not votes (a chain needs a comparison word or two items; a value above the membership
is no count).
"""

from __future__ import annotations

import re

from unga.claims import digits, numbers
from unga.claims.position_time import BEFORE  # the series' vote before the one the text reports

YEAR = r"(?:19[4-9]\d|20[0-4]\d)"
NOUN = r"(?:(?:votes?|countries|states|nations|members|member\s+states)\s+|yes\s+|in\s+favou?r\s+)?"
# "101 in 1994", "59 votes in 1992", "121 yes in 2018"; "in 2017 – 191"
ITEM = re.compile(r"(?<![\d.,/–-])\b(?P<n>\d{1,3})\s+" + NOUN + r"in\s+(?P<y>" + YEAR + r")\b(?!\s*[-–/]\s*\d)"
                  r"|\bin\s+(?P<y2>" + YEAR + r")\s*[-–—:]\s*(?P<n2>\d{1,3})\b(?![\d.,]?\d|\s*(?:percent|per\s+cent|%))", re.I)
JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|then\s+)?|\s+and\s+|\s+to\s+(?:the\s+)?|\s+before\s+|;\s*)"
                  r"(?:(?:a\s+number\s+that\s+)?(?:increased|rose|grew|fell|dropped|climbed)\s+to\s+|(?:currently|now)\s+stands?\s+at\s+)?"
                  r"(?:(?:the\s+)?(?:number|total)\s+\w+\s+)?", re.I)
CUE = re.compile(r"\b(?:compar\w+\s+(?:to|with)|from|to|risen|rose|increased|grown|grew|fell|fallen|decreased|dropped"
                 r"|stands?\s+at|than|versus|vs\.?|up|down)\s+(?:the\s+)?$", re.I)
# "to 130 this year", "to the 185 today": the vote reported, at the end of a chain
NOW = re.compile(r"\s*(?:,\s*)?(?:and\s+)?to\s+(?:the\s+)?(?P<n>\d{1,3})\s+" + NOUN + r"(?:this\s+year|today|now)\b", re.I)
FIELD_WORDS = re.compile(r"\b(?P<yes>in\s+favou?r|voted\s+for|voting\s+for|supported|supporting|support|backing|backed|yes|ayes?)\b"
                         r"|\b(?P<no>against|opposed|opposing|no\s+votes?|voted\s+no)\b"
                         r"|\b(?P<abstain>abstain\w*|abstentions?)\b", re.I)
MEMBERSHIP = 193
NOTE = "an earlier vote the text compares with"


def _field_words(text: str) -> set[str]:
    return {next(k for k, v in m.groupdict().items() if v) for m in FIELD_WORDS.finditer(text)}


def _chain(sentence: str, first: re.Match) -> list[tuple[int, str]]:
    """The items of a chain from its first item on: (value, time)."""
    items, match = [], first
    while match is not None:
        items.append((int(match["n"] or match["n2"]), match["y"] or match["y2"]))
        at = match.end()
        now = NOW.match(sentence, at)
        if now:
            items.append((int(now["n"]), "this"))
            break
        joined = JOIN.match(sentence, at)
        match = ITEM.match(sentence, joined.end()) if joined else None
    return items


def year_chains(sentence: str, before: str | None, groups: list) -> list[tuple[dict, str]]:
    """Counts of the votes of other years a sentence lists after a count or a vote word: (count, time)."""
    out, seen_end = [], -1
    for first in ITEM.finditer(sentence):
        if first.start() < seen_end:
            continue
        items = _chain(sentence, first)
        head = sentence[:first.start()]
        if len(items) < 2 and not CUE.search(head[-40:]):
            continue  # one "N in YEAR" with no comparison: a date, a rank, a count of something else
        seen_end = first.end()
        field = _field(sentence, first.start(), before, groups)
        if field is None or any(value > MEMBERSHIP for value, _ in items) or _unread_before(sentence, first.start(), groups):
            continue
        out += [({"field": field, "op": "=", "value": value}, when) for value, when in items]
    return out


STATES_COUNTED = re.compile(r"(?<![\d.,])\d{1,3}\s+(?:[\w-]+\s+)?(?:countries|states|nations|members|votes)\b", re.I)


def _unread_before(sentence: str, at: int, groups: list) -> bool:
    """A number before the chain that is no vote count of the Assembly ("33 countries in Africa voted in favour,
    compared to 17 in 2007"): the chain is that group's too."""
    return any(not any(g.start <= m.start() < g.end for g in groups)
               for m in STATES_COUNTED.finditer(sentence[:at]))


def _field(sentence: str, at: int, before: str | None, groups: list) -> str | None:
    """The field a chain at `at` speaks of: the count right before it ("38 abstained, compared to 48 in 1994"),
    else the one field the sentence's vote words name before it, else (a sentence with no vote word that opens
    "This compares …") the one field of the sentence before."""
    near = [g for g in groups if g.end <= at and len(g.fields) == 1 and not re.search(r"\d", sentence[g.end:at])]
    if near:
        return next(iter(near[-1].fields))
    words = _field_words(sentence[:at])
    if len(words) == 1:
        return next(iter(words))
    if not words and before and re.match(r"\s*(?:This|That|It)\s+(?:compares|is\s+(?:up|down))", sentence):
        fields = {k for g in numbers.tallies(digits.in_digits(before)) for k in g.fields}
        return next(iter(fields)) if len(fields) == 1 else None
    return None


# "(2 more than the previous resolution)", "— four more than last year", "(up 16 from last resolution)",
# "(5 less than in 2022)", "(one fewer)"
CHANGE = re.compile(r"[\"”’']?\s*(?:\(|[-–—]|,)\s*(?:(?P<up>up)\s+|(?P<down>down)\s+)?(?P<d>\d{1,3}|one|an?)\s+"
                    r"(?:(?P<more>more|additional)|(?P<fewer>fewer|less))?(?:\s+(?:votes?|countries|states|nations))?"
                    r"(?:\s+(?:than|from|compared\s+(?:to|with))\s+(?P<ref>(?:the\s+)?(?:previous|last|prior|preceding)\s+[#\w]+(?:\s+\w+)?"
                    r"|in\s+" + YEAR + r"|the\s+year\s+before|a\s+year\s+(?:earlier|ago)))?\s*(?:\)|,|\.|$)", re.I)


def changes(sentence: str, masked: str) -> list[tuple[dict, str]]:
    """Counts of the vote before, given as a change of a count of this one: (count, time). A change with no
    reference ("(one fewer)") is read only when the sentence names the vote it compares with."""
    if not NAMED.search(sentence):
        return []
    out = []
    for token in numbers.TOKEN.finditer(masked):
        fields, _ = numbers.token_fields(masked, token)
        if len(fields) != 1 or token["triple"] or token["pair"]:
            continue
        (field, value), = fields.items()
        change = CHANGE.match(masked, token.end())
        if change is None or not (change["up"] or change["down"] or change["more"] or change["fewer"]):
            continue
        d = 1 if change["d"].lower() in ("one", "a", "an") else int(change["d"])
        earlier = value - d if change["up"] or change["more"] else value + d
        year = re.search(YEAR, change["ref"] or "")
        if 0 <= earlier <= MEMBERSHIP:
            out.append(({"field": field, "op": "=", "value": earlier}, year.group(0) if year else _time(change["ref"])))
    return out


NAMED = re.compile(r"\b(?:more|fewer|less|up|down)\s+(?:\w+\s+)?(?:than|from|compared\s+(?:to|with))\s+(?:the\s+)?"
                   r"(?:(?:previous|last|prior|preceding)\b|in\s+" + YEAR + r"|year\s+before)", re.I)


def _time(ref: str | None) -> str:
    """ "last year" is the year before; "the previous resolution", or none named, is the series' vote before the
    one the text reports (a series may vote every two years)."""
    return "last" if ref and re.search(r"\byear\b", ref, re.I) else BEFORE


def blank(sentence: str) -> str:
    """The sentence with its changes blanked: the "last year" of "(four more than last year)" is not the time of
    the count it follows."""
    for change in CHANGE.finditer(sentence):
        if change["ref"]:
            sentence = sentence[:change.start()] + " " * (change.end() - change.start()) + sentence[change.end():]
    return sentence
