"""Counts of earlier votes that a text gives beside this one, in the forms `changes.py` and `_up_from` do not
read (sixteenth round, docs/claims.md "Sixteenth round: holdout15"):

- a year in brackets after a count, or several: "fluctuated between 61 (1999) and 75 (2005)", "54 (2003, 2004 and
  2008)";
- one count for several years: "down from 86 in 2013 and 2012";
- a chain that goes on by a verb of change or a preposition: "rose to 78 last year and jumped to 89 in 2011", ", and
  from 89 in 2011", "to 74 the following year" (the year after the item before it);
- the same count as an earlier vote: "9, like last year", "41 against (as in 2010)", "the same four nations as in
  2016" (four now, and four then);
- a change of a count with a sign or "up/down (by)": "111 in favour (+3 with respect to 2010)", "34 abstentions
  (+ 2)" (the reference of the change before it in the sentence), "156 nations, down 11 from last year", "24
  abstained, up by eight".

Each is a count on the earlier vote (its time the year named, "last" for last year, or the series' vote before the
one reported); the field is the count's own (the tally it is part of) or the one side the clause's vote words name.
Nothing is read when the field is not clear, when the number is a symbol's or above the membership, or when a lone
bracketed year has no comparison beside it ("resolution 61 (1999)" is no count).
"""

from __future__ import annotations

import re

from unga.claims import changes, not_counts
from unga.claims.changes import BEFORE, FIELD_WORDS, MEMBERSHIP, YEAR
from unga.claims.text import blanked

NOTE = "an earlier vote the text compares with"
YEARS = rf"{YEAR}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){YEAR})*"
NOUN = r"(?:(?:votes?|countries|states|nations|members|member\s+states)\s+)?"
RELATIVE = (r"(?P<last>last\s+year|the\s+year\s+before|a\s+year\s+(?:earlier|ago)|the\s+previous\s+year)"
            r"|(?P<next>the\s+(?:following|next)\s+year|a\s+year\s+later|the\s+year\s+after)")
# a number that is a symbol's, a paragraph's or a page's, not a count: "resolution 61 (1999)", "No. 54 (2003)"
NOT_A_COUNT_BEFORE = re.compile(r"(?:resolutions?|res\.|A/RES/|[Nn]o\.|numbers?|paragraphs?|para\.|articles?|pages?|p\."
                                r"|chapters?|sessions?|items?|decisions?|/)\s*$", re.I)
BRACKETED = re.compile(rf"(?<![\d.,/])\b(?P<n>\d{{1,3}})\s*\((?P<ys>{YEARS})\)")
SEVERAL_YEARS = re.compile(rf"(?<![\d.,/])\b(?P<n>\d{{1,3}})\s+{NOUN}in\s+"
                           rf"(?P<ys>{YEAR}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+){YEAR})+)\b")
CHANGE_VERB = (r"(?:rose|risen|rising|fell|fallen|falling|dropped|dropping|jumped|jumping|climbed|climbing|grew|grown"
               r"|increased|decreased|declined|slipped|went\s+(?:up|down))")
# (not a tally's own "to": "184 votes to 2 in 2021" is 2021's tally, not a count moved to 2)
MOVED = re.compile(rf"\b(?:{CHANGE_VERB}\s+to|(?:and\s+|then\s+)?(?:from|(?<!\d\s)(?<!\d\svotes\s)to)|compared\s+(?:to|with)|versus|vs\.?)"
                   rf"\s+(?:the\s+)?(?P<n>\d{{1,3}})\s+{NOUN}"
                   rf"(?:in\s+(?P<y>{YEAR})\b(?!\s*(?:,\s*(?:and\s+)?|\s+and\s+){YEAR})|{RELATIVE})", re.I)
# "The 'yes' vote dropped to 83": this year's count, when the sentence compares it with earlier ones
NOW = re.compile(rf"\b{CHANGE_VERB}\s+(?:this\s+year\s+)?to\s+(?:an?\s+(?:\w+\s+){{0,2}}(?:low|high)\s+of\s+)?"
                 rf"(?P<n>\d{{1,3}})\b(?!\s*(?:percent|per\s+cent|%)"
                 rf"|\s+{NOUN}(?:in\s+{YEAR}|last\s+year|the\s+(?:following|next|previous)\s+year))", re.I)
FIELD_LABEL = (r"(?:\s+(?:votes?\s+)?(?:in\s+favou?r|against|abstentions?|abstaining|absent|countries|states|nations"
               r"|members))?")
SAME = re.compile(rf"(?<![\d.,/])\b(?P<n>\d{{1,3}}){FIELD_LABEL}(?P<tail>\s*(?:,\s*|\(\s*|\s+)(?:just\s+|exactly\s+)?"
                  rf"(?:like|as\s+in|as|the\s+same\s+as(?:\s+in)?)\s+(?:(?P<y>{YEAR})\b|{RELATIVE}))", re.I)
THE_SAME_N = re.compile(rf"\bthe\s+same\s+(?P<n>\d{{1,3}})\s+(?:\w+\s+)?"
                        rf"(?:countries|states|nations|members|delegations)"
                        rf"\s+as\s+"
                        rf"(?:in\s+)?(?:(?P<y>{YEAR})\b|{RELATIVE})", re.I)
# "by practically the same vote as last year, 44 to 29": the tally after it is this vote's, last year's only compared
SAME_AS = re.compile(rf"\b(?:(?:about|roughly|nearly|practically|almost|virtually|much|exactly|just)\s+)?the\s+same"
                     rf"\s+(?:vote|margin|tally|result|majority|count|numbers?)\s+as\s+(?:in\s+)?(?:{YEAR}\b|{RELATIVE})",
                     re.I)
VOTE_LABEL = r"(?:(?:in\s+favou?r|against|abstentions?|abstaining|abstained|absent|voted\s+(?:for|against|yes|no))\s*)?"
DELTA = re.compile(rf"\s*(?:(?:votes?|countries|states|nations|members|member\s+states)\b\s*)?{VOTE_LABEL}"
                   rf"(?:(?:were|was|is|are|came\s+in)\s+)?"
                   rf"(?P<tail>\s*(?:\(\s*|,\s*|\s*[-–—]\s*)?(?:(?P<sign>[+−-])\s*(?P<d>\d{{1,3}})"
                   rf"|(?P<dir>up|down)\s+(?:by\s+)?(?P<d2>\d{{1,3}})(?:\s+{NOUN})?)"
                   rf"(?:\s*(?:with\s+respect\s+to|compared\s+(?:to|with)|from|on|over|than)\s+(?:the\s+)?"
                   rf"(?:resolution\s+(?:of\s+)?|vote\s+(?:of\s+|in\s+)?)?(?:(?P<y>{YEAR})\b|{RELATIVE}"
                   rf"|(?P<before>previous\s+(?:vote|resolution|session)|last\s+(?:vote|resolution|session))))?"
                   rf")\s*(?:\)|,|;|\.|$|\s+(?:and|while|whereas)\b)", re.I)
COMPARISON = re.compile(r"\b(?:between|from|compar\w+|ranged?|ranging|fluctuat\w+|varied|rose|fell|dropped|jumped"
                        r"|climbed"
                        r"|increased|decreased|declined|up|down|than|versus|vs\.?|like|as\s+in|same)\b", re.I)
# "33 countries in Africa voted in favour, compared to 17 in 2007", "12 EU members …": a part of the membership, whose
# earlier counts are that part's too
PART = re.compile(r"(?<![\d.,])\d{1,3}(?:" + not_counts.QUALIFIED_NOUN.pattern
                  + r"|\s+(?:countries|states|nations|members)\s+(?:in|from|of)\s+(?:the\s+)?(?-i:[A-Z]))")
SIDE_NOUN = re.compile(r"\b(?:the\s+)?(?:number\s+of\s+)?(?P<w>yes|no|in[\s-]favou?r|against)\s+votes?\b"
                       r"|\b(?P<yes>supporters|backers)\b|\b(?P<no>opponents|dissenters)\b|\b(?P<abstain>abstainers)\b",
                       re.I)


def counts(sentence: str, groups: list, given: set) -> list[tuple[dict, str | None]]:
    """(count, time) of each earlier vote the sentence compares this one with, and this vote's count said as the end
    of a change ("dropped to 83", time None); counts the sentence already read (`given`) are not repeated."""
    plain = re.sub(r"[\"“”‘’']", " ", sentence)  # 'the "no" votes' reads as 'the  no  votes'
    if PART.search(plain):
        return []
    out = _dated(plain) if COMPARISON.search(plain) else []
    if out:  # this vote's count, beside earlier ones: "dropped to 83", "opposed by the same four nations as in 2016"
        out += [(m.start("n"), int(m["n"]), None) for m in [*THE_SAME_N.finditer(plain), *NOW.finditer(plain)]]
    out += _deltas(plain, sorted({when for _, _, when in out if when}))
    seen, read = set(), []
    for at, value, when in sorted(out, key=lambda item: (item[0], item[2] or "")):
        field = _field(plain, at, groups)
        key = (field, value, when)
        if field is None or not 0 <= value <= MEMBERSHIP or key in seen or when is None and (field, value) in given:
            continue
        seen.add(key)
        read.append(({"field": field, "op": "=", "value": value}, when))
    return read


def _dated(sentence: str) -> list[tuple[int, int, str]]:
    """(where, value, time) of the counts with a time of their own, in the sentence's order; "the following year" is
    the year after the dated count before it."""
    found: list[tuple[int, int, str]] = []
    bracketed = [m for m in BRACKETED.finditer(sentence)
                 if not NOT_A_COUNT_BEFORE.search(sentence, max(0, m.start() - 15), m.start())]
    found += [(m.start("n"), int(m["n"]), year) for m in bracketed for year in re.findall(YEAR, m["ys"])]
    found += [(m.start("n"), int(m["n"]), year) for m in SEVERAL_YEARS.finditer(sentence)
              for year in re.findall(YEAR, m["ys"])]
    found += [(m.start("n"), int(m["n"]), m["y"] or _relative(m))
              for m in [*SAME.finditer(sentence), *THE_SAME_N.finditer(sentence), *MOVED.finditer(sentence)]]
    resolved: dict[tuple[int, str], int] = {}
    for at, value, when in sorted(found, key=lambda item: item[0]):
        if when == "next":
            dated = [(a, y) for (a, y) in resolved if a < at and y.isdigit()]
            if not dated:
                continue
            when = str(int(max(dated)[1]) + 1)  # the year after the nearest dated count before it
        resolved[(at, when)] = value
    return sorted((at, value, when) for (at, when), value in resolved.items())


def _relative(match: re.Match) -> str:
    return "last" if match["last"] else "next"


def _deltas(sentence: str, known: list[str]) -> list[tuple[int, int, str]]:
    """The earlier count of each count said with its change ("111 in favour (+3 with respect to 2010)": 108 in 2010);
    a change with no reference takes the one reference of the sentence's other comparisons."""
    out, last_ref = [], None
    for token in re.finditer(r"(?<![\d.,/+−-])\b(\d{1,3})\b(?!\s*\()", sentence):
        change = DELTA.match(sentence, token.end())
        if change is None:
            continue
        ref = change["y"] or (_relative(change) if change["last"] or change["next"] else None) \
            or (BEFORE if change["before"] else None)
        ref = ref if ref != "next" else None
        ref = ref or last_ref or (known[0] if len(known) == 1 else None)
        if ref is None:
            continue
        last_ref = ref
        delta = int(change["d"] or change["d2"])
        up = change["sign"] == "+" or (change["dir"] or "").lower() == "up"
        value = int(token.group(1))
        out.append((token.start(), value - delta if up else value + delta, ref))
    return out


def _field(sentence: str, at: int, groups: list) -> str | None:
    """The field of the count at `at`: the tally it is part of, else the one side the vote words of its clause name
    before it (or its own label right after it)."""
    for group in groups:
        if group.start <= at < group.end and len(group.fields) == 1:
            return next(iter(group.fields))
    clause_start = sentence.rfind(";", 0, at) + 1
    label = re.match(r"\d{1,3}\s+(?:votes?\s+)?(in\s+favou?r|against|abstentions?|abstaining|absent)\b", sentence[at:])
    if label:
        word = label.group(1).lower()
        return "yes" if "fav" in word else "no" if word == "against" else "absent" if word == "absent" else "abstain"
    words = {next(k for k, v in m.groupdict().items() if v) for m in FIELD_WORDS.finditer(sentence, clause_start, at)}
    words |= {("no" if m["w"].lower() in ("no", "against") else "yes") if m["w"] else m.lastgroup
              for m in SIDE_NOUN.finditer(sentence, clause_start, at)}
    return next(iter(words)) if len(words) == 1 else None


def blank(sentence: str) -> str:
    """The sentence with the earlier votes it compares with blanked: the "in 2013" of "83 votes, down from 86 in
    2013" is the time of the 86, not of the 83 before it; "the same vote as last year, 44 to 29" gives its tally no
    time (offsets hold)."""
    spans = [m.span() for m in [*MOVED.finditer(sentence), *BRACKETED.finditer(sentence),
                                 *SEVERAL_YEARS.finditer(sentence), *THE_SAME_N.finditer(sentence)]]
    spans += [m.span("tail") for m in SAME.finditer(sentence)] + [m.span() for m in SAME_AS.finditer(sentence)]
    spans += [m.span("tail") for token in re.finditer(r"\b\d{1,3}\b", sentence)
              if (m := DELTA.match(sentence, token.end())) is not None]
    return blanked(sentence, spans)


# "141 backed it, up from 100 last year": the comparison itself (extract.py's until the twenty-eighth round's split)
EARLIER = re.compile(r"\b(?:up|down|rising|falling|compared\s+with|against)\s+(?:from\s+)?(\d{1,3})\s+(?:votes?\s+|"
                     r"countries\s+|states\s+|nations\s+)?(?:in\s+favou?r\s+|against\s+)?(?:a\s+year\s+earlier|last\s+year|"
                     r"the\s+year\s+before|in\s+(19[4-9]\d|20[0-4]\d))", re.I)


# "The 'yes' vote was up from 172 last year": the field a comparison speaks of, when no number of this vote is given
FIELD_NOUN = re.compile(r"\b[Tt]he\s+[\"“‘']?(yes|no|in[\s-]favou?r|against)[\"”’']?\s+(?:votes?|tally|count|total)\b"
                        r"|\b[Tt]he\s+number\s+of\s+(abstentions|yes\s+votes|no\s+votes|votes\s+against|votes\s+in\s+favou?r)\b")
AND_IN = re.compile(r"\s*,?\s*(?:and|or)\s+(\d{1,3})\s+in\s+(19[4-9]\d|20[0-4]\d)\b")  # "… last year and 184 in 2021"
YEAR_VOTE_OF = re.compile(r"\bthe\s+(19[4-9]\d|20[0-4]\d)\s+(?:vote|tally|total)\s+of\s+(\d{1,3})\b", re.I)


def _field_named(sentence: str, before: int) -> str | None:
    match = None
    for match in FIELD_NOUN.finditer(sentence, 0, before):
        pass
    if match is None:
        return None
    word = (match[1] or match[2]).lower()
    return "abstain" if "abst" in word else "no" if word in ("no", "against", "no votes", "votes against") else "yes"


def _up_from(sentence: str, groups: list) -> list[tuple[dict, str]]:
    """'141 backed it, up from 100 last year', 'The yes vote was up from 172 last year and 170 in 2019, and tied the
    2017 vote of 176': the same count, on the earlier votes."""
    out = []
    field_ = None
    for match in EARLIER.finditer(sentence):
        before = [g for g in groups if g.end <= match.start()]
        if before and len(before[-1].fields) == 1:
            field_ = next(iter(before[-1].fields))
        elif not before:
            field_ = _field_named(sentence, match.start())
        else:
            field_ = None
        if field_ is None:
            continue
        out.append(({"field": field_, "op": "=", "value": int(match[1])}, match[2] or "last"))
        at = match.end()
        while (more := AND_IN.match(sentence, at)) is not None:
            out.append(({"field": field_, "op": "=", "value": int(more[1])}, more[2]))
            at = more.end()
    field_ = field_ or (_field_named(sentence, len(sentence)) if not groups else None)
    for match in YEAR_VOTE_OF.finditer(sentence) if field_ else ():
        out.append(({"field": field_, "op": "=", "value": int(match[2])}, match[1]))
    return out


def compared(sentence: str, masked: str, before: str | None, groups: list, given: set) -> list[tuple[dict, str]]:
    """Counts of earlier votes the sentence compares this one with ("up from 185 last year", "101 in 1994, 88 in
    1993", "(2 more than the previous resolution)"), each once; a count of this year's vote it already gives is
    not repeated."""
    out: dict[tuple, tuple[dict, str]] = {}
    for asserted, when in _up_from(sentence, groups) + changes.year_chains(sentence, before, groups) \
            + changes.changes(sentence, masked) + counts(masked, groups, given):
        key = (asserted["field"], asserted["value"], when)
        if not (when == "this" and key[:2] in given):
            out.setdefault(key, (asserted, when))
    return list(out.values())
