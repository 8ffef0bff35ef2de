"""The time a claim speaks of: the year and month its clause names, the days its sentence names, and how far the
roll call found lies from the text's date (docs/claims.md, "Fifth round")."""

from __future__ import annotations

import bisect

import dataclasses
import re
from datetime import date

import numpy as np

from unga.claims import calendars, cited, clues, extract, identify
from unga.claims.calendar_words import MONTHS
from unga.claims.position_time import LAST_MONTH


_MONTH_NAMES = "|".join(m.capitalize() for m in MONTHS)
# the months a sentence names: "in March", "last December", "on 2 March", "March 2", "March 2022"
MONTH_ALONE = re.compile(rf"\b(?i:in|last|since|during|early|late|mid-?|an?|the|this|that)\s+({_MONTH_NAMES})\b"
                         rf"(?!\s+\d)")
# "backed it after abstaining in March": the month of an act a gerund after "after / before" names, not of the vote
ANOTHER_ACT = re.compile(r"\b(?:after|before)\s+(?:(?:first|previously|having)\s+)?[a-z]+ing\b[^,;.]{0,60}")
# "three of the states that were visited by the minister in July – A, B and C – abstained": a relative clause that
# says no vote tells the time of another act
RELATIVE_ACT = re.compile(r"\b(?:that|which|who)\s+[^,;:.()–—]{0,80}")
VOTE_WORDS = re.compile(r"\b(?:vot\w*|abst\w*|ballot|tally|resolutions?|adopt\w*|favou?r|against|support\w*|"
                        r"oppos\w*|back\w*|reject\w*|endors\w*|passed)\b", re.I)


def _other_acts(sentence: str) -> str:
    """The sentence without the clauses that tell the time of another act than a vote."""
    sentence = ANOTHER_ACT.sub(" ", sentence)
    return RELATIVE_ACT.sub(lambda m: m[0] if VOTE_WORDS.search(m[0]) else " ", sentence)
# "In the March 2 vote condemning …", "the vote of 2 March": a vote the sentence names by its day
VOTE_OF_A_DAY = re.compile(rf"\bthe\s+({_MONTH_NAMES})\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:vote|ballot|resolution)\b"
                           rf"|\b(?i:vote|ballot)\s+(?i:of|on)\s+(?:\d{{1,2}}\s+({_MONTH_NAMES})|({_MONTH_NAMES})\s+\d{{1,2}})\b")
MONTH_NAMED = re.compile(rf"\b(?i:in|last|since|during|early|late|mid-?|of|an?|the|this|that)\s+({_MONTH_NAMES})\b"
                         rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_NAMES})\b|\b({_MONTH_NAMES})\s+\d{{1,4}}\b")


def months_named(sentence: str) -> set[int]:
    return {MONTHS[next(g for g in m.groups() if g).lower()] for m in MONTH_NAMED.finditer(sentence)}


# the year of a vote, in the clause of a state's name: "in 2016 the US abstained", "the 2016 vote"; not "since 2016",
# "by 2005" (a span or a target), nor "in 2016-17"
# "in 2016", "in October 2022", "during late March 1982": the month, when given, narrows the clause's vote too
_IN_MONTH = r"(?:(?:early|mid|late)[-\s]+)?(?:(?:" + "|".join(MONTHS) + r")\.?\s+)?"
CLAUSE_YEAR = re.compile(r"\b(?:in|during)\s+" + _IN_MONTH + r"(19[4-9]\d|20[0-4]\d)\b(?!\s*[-–/]\s*\d)"
                         r"|\b(19[4-9]\d|20[0-4]\d)(?:['’]s)?\s+(?:vote|ballot|resolution|tally|session)\b", re.I)
CLAUSE_END = re.compile(r"[,;:()]|\s[-–—]\s|\b(?:but|while|whereas|although|though|since|when|after|before|until"
                        r"|because|which|who|whose|where|than)\b", re.I)
# a sentence that opens with its time, after a connective: "However, in 2022, …", "Back in 2021, …"
LEAD_TIME = re.compile(r"\s*(?:(?:however|but|and|yet|then|back|still|instead|meanwhile|by\s+contrast|in\s+contrast)"
                       r"\s*,?\s+)?(?:in|during)\s+" + _IN_MONTH + r"(19[4-9]\d|20[0-4]\d)\s*,", re.I)
YEAR_ANY = re.compile(r"\b(19[4-9]\d|20[0-4]\d)\b")
TIME_ONLY = re.compile(r"\s*(?:in|during)\s+" + _IN_MONTH + r"(?:19[4-9]\d|20[0-4]\d)\s*", re.I)


def clause_year(claim: extract.Claim) -> int | None:
    """The year named in the clause of a position's state ("In a change, in 2016 the US abstained", "Israel voted
    against in the 2016 vote, but …"), or in a clause before it that says only the time ("…, in 2016, the US …"):
    the claim is about that year's vote, whatever the text's main vote is. None when the clause names no year or
    several."""
    if claim.kind != "position" or not claim.name or claim.when:
        return None
    clauses = [_clause_at(claim.text, m.start()) for m in re.finditer(re.escape(claim.name), claim.text)]
    if len(clauses) > 1:  # "In 2016 the US abstained; this year the US voted against": the clause of its vote
        cue = VOTE_CUE.get(claim.asserted.get("vote", ""))
        clauses = [c for c in clauses if cue and cue.search(c)]
    years = {frozenset(int(a or b) for a, b in CLAUSE_YEAR.findall(c)) for c in clauses}
    if years == {frozenset()}:  # "A, B and C, which voted against the 2018 resolution, …": the list's relative clause
        years = {frozenset(y) for y in _relative_years(claim)} or years
    if years == {frozenset()}:  # "However, in 2022, instead of abstaining, A, B and C voted against": the time the
        lead = LEAD_TIME.match(claim.text)  # sentence opens with, when it names no other year
        if lead and set(YEAR_ANY.findall(claim.text)) == {lead[1]} and not SAYS_ITS_TIME.search(claim.text) \
                and not re.search(r"\bthis\s+(?:year|month|week|session)\b", claim.text, re.I):
            return int(lead[1])
    if len(years) != 1:
        return None
    year = years.pop()
    return next(iter(year)) if len(year) == 1 else None


def year_said(claim: extract.Claim) -> int | None:
    """The year the claim's time or its clause gives in figures ("in 2007", "in January 1980"), or None: a list said
    of that year's vote is no list of a vote of another year."""
    return int(claim.when[:4]) if claim.when and claim.when[:4].isdigit() else clause_year(claim)


def named_year(claim: extract.Claim) -> int | None:
    """The year named in the clause of a position's state, whether or not extraction also read a time for it
    ("A and B, which voted against the 2018 resolution, backed it today": 2018 for their "against"). A time
    extraction read for the whole sentence ("In 2016 the US abstained; this year the US voted against") is not
    the year of a clause that does not name it."""
    return clause_year(dataclasses.replace(claim, when=None))


# the rest of a list after a state's name, then its relative clause: "(Republic of), Guinea and the Philippines,
# which voted against the 2018 resolution". A name is taken whole (possessive): with no space required between names,
# a list in capitals could otherwise be cut letter by letter in exponentially many ways (a cable's vote list hung).
LIST_THEN_RELATIVE = re.compile(r"(?:\s*\([^()]{0,30}\))?(?:\s*(?:,|,?\s+and|,?\s+as\s+well\s+as)\s+(?:the\s+)?"
                                r"(?:[A-Z][\w'’.-]*+(?:\s+\([^()]{0,30}\))?\s*){1,4})*\s*,\s*(?:which|who)\s+([^,;:()]*)")


def _main_clause(sentence: str, at: int) -> str:
    """The clause that resumes after a relative clause ending at `at` (", also backed it this year, while …")."""
    rest = sentence[at:].lstrip(",;: ")
    end = CLAUSE_END.search(rest)
    return rest[:end.start()] if end else rest


# "in 2016", "the 2016 vote", "the 2016 embargo resolution"
RELATIVE_YEAR = re.compile(r"\b(?:in|during)\s+(19[4-9]\d|20[0-4]\d)\b(?!\s*[-–/]\s*\d)"
                           r"|\bthe\s+(19[4-9]\d|20[0-4]\d)(?:['’]s)?\s+(?:[a-z-]+\s+){0,3}"
                           r"(?:vote|ballot|resolution|tally|session|text)\b", re.I)


def _relative_years(claim: extract.Claim) -> list[set[int]]:
    """The years named in the relative clause closing the list that holds the state's name, when that clause
    holds the claim's vote: the vote is the one of that year."""
    cue = VOTE_CUE.get(claim.asserted.get("vote", ""))
    out = []
    for m in re.finditer(re.escape(claim.name), claim.text):
        rel = LIST_THEN_RELATIVE.match(claim.text, m.end())
        # the vote said of the relative clause only: "…, which voted against in 2016, opposed it again" is both
        if rel and cue and cue.search(rel.group(1)) and not cue.search(_main_clause(claim.text, rel.end())):
            out.append({int(a or b) for a, b in RELATIVE_YEAR.findall(rel.group(1))})
    return [y for y in out if y]


VOTE_CUE = {"yes": re.compile(r"\b(?:favou?r|for|yes|support\w*|back\w*|endors\w*)\b", re.I),
            "no": re.compile(r"\b(?:against|no|oppos\w*|reject\w*)\b", re.I),
            "abstain": re.compile(r"\babst\w*", re.I),
            "absent": re.compile(r"\b(?:absent|not\s+(?:vote|take\s+part|participate))\b", re.I),
            # "while this year A abstained, and B did not take part": the part of the sentence that holds it
            "not_taking_part": re.compile(r"\b(?:not|refused|declined)\s+(?:to\s+)?(?:take\s+part|participate)\b", re.I)}


# a name's letters in brackets: "(UN)", "(NPT)", "(U.N.)"
ACRONYM = re.compile(r"\((?-i:[A-Z][A-Za-z.]{0,8}[A-Z]\.?)\)")


def _clause_at(sentence: str, at: int) -> str:
    """The clause around a character, with a clause before it that says only the time ("…, in 2016, the US …")."""
    blanked = ACRONYM.sub(lambda m: " " * len(m[0]), sentence)  # "the United Nations (UN) resolution": one clause
    cuts = [0, *(m.start() for m in CLAUSE_END.finditer(blanked)), len(sentence)]
    start = max(c for c in cuts if c <= at)
    end = min(c for c in cuts if c > at)
    before = max([c for c in cuts if c < start] or [0])
    if TIME_ONLY.fullmatch(sentence[before:start].lstrip(",;:(-–— ")):
        start = before
    return sentence[start:end]


def time_of(claim: extract.Claim, published: date | None) -> tuple[int | None, int | None]:
    """The year (and month) the claim's clause names: "in 2019", "last year", "last January", "this year"."""
    when = claim.when or ""
    if not when and clause_year(claim):
        year = clause_year(claim)
        months = {MONTHS[m[1].lower()] for m in MONTH_YEAR.finditer(claim.text) if int(m[2]) == year}
        return year, (months.pop() if len(months) == 1 else None)
    if when.isdigit():
        return int(when), None
    if re.fullmatch(r"\d{4}/\d{1,2}", when):  # "in January 1980"
        year, month = when.split("/")
        return int(year), int(month)
    if not published:
        return None, None
    if not when:  # "In March, five countries voted against…", "against an October resolution": the one month
        months = {MONTHS[m.lower()] for m in MONTH_ALONE.findall(_other_acts(calendars.in_english(claim.text)))}  # (not "on Feb 24",
        if len(months) == 1:  # a day that may be another event's): this year's, up to this month
            month = months.pop()
            return (published.year if month <= published.month else published.year - 1), month
    if when == "last":
        return published.year - 1, None
    if when == "this":
        return published.year, None
    if when == LAST_MONTH:
        return (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
    if when.startswith("month:"):
        month = int(when[6:])
        return (published.year if month < published.month else published.year - 1), month
    return None, None


def year_scope(claim: extract.Claim, published: date | None) -> tuple[int | None, str, int | None, tuple]:
    """The year, scope, month and days (those its own sentence names) that narrow the claim's roll call."""
    year, month = time_of(claim, published)
    return year, claim.scope, month, tuple(clues.days_named(claim.text, published))


def names_the_day(claim: extract.Claim, day: date, published: date | None) -> bool:
    """The claim's sentence names this day, or the day before or after ("on October 27")."""
    return any(abs((day - d).days) <= 1 for d in clues.days_named(claim.text, published))


def far_from(published: date | None, claim: extract.Claim, day: date) -> bool:
    """A roll call more than a month from the text's date, for a claim whose sentence names no year, symbol or the
    roll call's day: the vote reported may be a later or earlier one the record lacks (a yearly credentials vote, a
    part of a plan)."""
    return bool(published) and claim.when is None and clause_year(claim) is None \
        and not cited.symbols_in(claim.text) \
        and abs((day - published).days) > 31 and not names_the_day(claim, day, published) \
        and time_of(claim, published) != (day.year, day.month)  # "in late October", the vote's month


# a sentence that names a time of its own ("This year, …", "in 2019", "last session") speaks of its own vote
OWN_TIME = re.compile(r"\b(?:this|last|next|previous)\s+(?:year|month|week|session)\b|\b(?:19[4-9]\d|20[0-4]\d)\b",
                      re.I)


def sole_vote_of_its_time(index: identify.Index, claim: extract.Claim, said: dict[str, int], row: int,
                          published: date | None, paragraph: str, equal: bool = True) -> bool:
    """The record's only vote of the time the claim speaks of, and one of the claim's numbers equals it: the day
    its paragraph names (within a day), or the month its clause names ("in January 1980"). A tally said of that
    time is about this vote, and a number that differs is a misstatement, not another vote."""
    if equal and not index.agrees(row, said):
        return False
    year, month = time_of(claim, published)
    if year is not None and month is not None:
        return index.years[row] == year and index.months[row] == month and \
            int(np.sum((index.years == year) & (index.months == month))) == 1
    for day in clues.days_named(paragraph or claim.text, published):
        if abs((index.dates[row] - day).days) <= 1:
            gap = np.abs((index.day_numbers - np.datetime64(day, "D")).astype(int))
            return int(np.sum(gap <= 1)) == 1
    return False


RECENT = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)\b", re.I)


def recent_day_unrecorded(index: identify.Index, claim: extract.Claim, published: date | None) -> bool:
    """The claim's sentence speaks of a vote of the last days ("on Monday", "yesterday") and the record has no vote
    within 3 days of that day: the vote reported is one the record lacks."""
    if not published or not RECENT.search(claim.text) or claim.scope == "other body":
        return False
    recent = [d for d in clues.days_named(claim.text, published) if 0 <= (published - d).days <= 7]
    days = index.sorted_days
    return bool(recent) and not any(abs((d - day).days) <= 3 for day in recent
                                    for d in days[max(0, bisect.bisect_left(days, day) - 1):
                                                  bisect.bisect_left(days, day) + 1])


COMPARED = "an earlier vote the text compares with"  # extract's note on "up from 185 last year"


def pins_itself(index: identify.Index, claim: extract.Claim, row: int, around: str, published: date | None) -> bool:
    """The claim's own tally is the roll call's ("141 in favour, seven against"), or its sentence or the one before
    names its day ("… on February 23, 2023. At that time, …")."""
    said = claim.asserted if claim.kind == "tally" else {}
    return (claim.kind == "tally" and len(said) >= 2 and index.agrees_all(row, said)) or \
        any(abs((index.dates[row] - d).days) <= 1 for d in clues.days_named(around, published))


# "absent from the latest vote", "in today's vote": the sentence says its vote is the text's own, newest one
LATEST = re.compile(r"\b(?:latest|most\s+recent|this\s+year['’]s|today['’]s|this\s+week['’]s)\s+(?:vote|ballot"
                    r"|resolution|text|tally|roll\s+call)\b", re.I)


def the_latest(index, claim: extract.Claim, row: int, published: date | None) -> bool:
    """The sentence calls its vote the latest, and the roll call found is of the text's own days: the years its
    paragraph names in other sentences ("after supporting it in 2022") are the earlier votes compared with it."""
    return bool(published and LATEST.search(claim.text)) and abs((index.dates[row] - published).days) <= 31


def newest_pinned(index, anchored: set[int], published: date | None) -> int | None:
    """The one roll call the text pins down within a month of its date, if only one."""
    near = [row for row in anchored if published and abs((index.dates[row] - published).days) <= 31]
    return near[0] if len(near) == 1 else None


def of_its_time(index, anchored: set[int], body: str) -> set[int]:
    """The roll calls the text pins down whose year is the only year its words name: a report of that vote reposted
    or dated later ("a 1989 report", dated 2019), not a later vote the record lacks."""
    years = {int(y) for y in re.findall(r"\b(19[4-9]\d|20[0-4]\d)\b", body)}
    return {row for row in anchored if years == {int(index.years[row])}}


# a sentence that says its time in words of its own: it does not take the time of the sentence before
SAYS_ITS_TIME = re.compile(r"\b(?:today|yesterday|tonight|now|currently|this\s+time|again|latest|most\s+recent"
                           r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
# a sentence that opens by pointing back at the time the sentence before tells, in the languages the checker reads
THEN_OPENS = re.compile(r"\W*(?:at\s+th(?:e|at)\s+time|back\s+then|à\s+l['’]époque|à\s+ce\s+moment-là|en\s+aquel"
                        r"\s+(?:entonces|momento)|en\s+ese\s+momento|damals|na(?:quela)?\s+época|kala\s+itu|saat\s+itu"
                        r"|ketika\s+itu|waktu\s+itu)\b\s*,?", re.I)
TELLS_A_VOTE = re.compile(r"\b(?:vot(?:e|ed|es|ing)|resolutions?|abstain\w*|adopted|tally|ballot)\b", re.I)
YEAR_IN = re.compile(r"\b(19[4-9]\d|20[0-4]\d)\b")
# "March 2014", "March 27, 2014", "March 27th 2014" (a day between the month and the year)
MONTH_YEAR = re.compile(r"\b(" + "|".join(MONTHS) + r")\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(19[4-9]\d|20[0-4]\d)\b",
                        re.I)


def told_before(claim: extract.Claim, spans: list, body: str, published: date | None) -> tuple[int | None, int | None]:
    """The time a claim's sentence takes from the sentence before it on the same line ("In October 2022, 143 had
    voted to condemn the annexation. Five countries voted against the resolution."): one year, not the text's own,
    named there, when the claim's own sentence names no time. (None, None) otherwise."""
    if claim.sentence == 0 or time_of(claim, published) != (None, None) or OWN_TIME.search(claim.text) \
            or SAYS_ITS_TIME.search(claim.text) or clues.days_named(claim.text, published):
        return None, None
    start, _, before = spans[claim.sentence - 1]
    # "At the time, four opposed it": the sentence points back at the time just told, even across a paragraph
    if not THEN_OPENS.match(claim.text) and ("\n" in body[start:claim.span[0]] or not TELLS_A_VOTE.search(before)):
        return None, None  # "The Council, created in 2006, lost a member": a year that is no vote's
    # "since 2007", "by 2030", "will be adopted in 2024": a span's bound or a later year is no vote told of
    # "India, which carried out its only test in 1974, voted against": a year of a relative clause is its subject's
    # past, not the time of the vote told
    relatives = [m.span() for m in RELATIVE_CLAUSE.finditer(before)]
    years = {int(m[1]) for m in YEAR_IN.finditer(before)
             if not any(a <= m.start() < b for a, b in relatives)
             and not re.search(r"\b(?:since|until|till|by|from|through)\s+$|\b(?:created|founded|established|set\s+up"
                               r"|formed|born|signed)\s+(?:\w+\s+){0,2}$", before[:m.start()], re.I)
             and not (published and int(m[1]) > published.year)
             and not cited.CITED_DAY.search(before[max(0, m.start() - 160):m.start()])}
    if not years and published and _last_year_told(before):  # "Last year, 188 voted in favour. A and B voted
        return published.year - 1, None  # against it.": last year's vote, as "In 2014, 188 …" gives 2014's
    if not years and published:  # "an October resolution": this year's, up to this month (not "since October")
        months = {MONTHS[m[1].lower()] for m in MONTH_ALONE.finditer(before) if not m[0].lower().startswith("since")} \
            or {MONTHS[next(g for g in m.groups() if g).lower()] for m in VOTE_OF_A_DAY.finditer(before)}
        month = months.pop() if len(months) == 1 else None
        if month is None or month == published.month:
            return None, None
        return (published.year if month < published.month else published.year - 1), month
    if len(years) != 1 or (published and years == {published.year}):
        return None, None
    year = years.pop()
    months = {MONTHS[m[1].lower()] for m in MONTH_YEAR.finditer(before) if int(m[2]) == year}
    return year, (months.pop() if len(months) == 1 else None)


RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whose)\b[^,;]*,")


def _last_year_told(sentence: str) -> bool:
    """The sentence tells of last year's vote: it opens with "last year" ("Last year, 188 voted in favour", "In last
    year's vote, …") and names no other time. Not a comparison ("107 voted in favour, four more than last year", "up
    from 185 last year": this year's vote), nor two times ("Last year A abstained, while this year …")."""
    return bool(LAST_YEAR_OPENS.match(sentence)) and all(m[1] and m[1].lower() == "last"
                                                          for m in TIME_PHRASE.finditer(sentence))


LAST_YEAR_OPENS = re.compile(r"\W*(?:(?:in|during|at)\s+)?last\s+year\b", re.I)


# the times that divide a sentence between two votes: "Last year, A voted against, while this year A abstained";
# "up from 2007, when 184 voted in favour"
TIME_PHRASE = re.compile(r"\b(this|last)\s+year(?:['’]s)?\b|\b(19[4-9]\d|20[0-4]\d),?\s+when\b", re.I)
# a time phrase that opens its clause ("Last year, …", "…, while this year …", "In last year's vote, …"), not one
# that closes it ("… voted against this year, as it did last year")
OPENS = re.compile(r"(?:^|[,;:(]|\s[-–—]|\b(?:but|while|whereas|although|though|and|than|unlike))\s*"
                   r"(?:(?:compared\s+(?:to|with)|up\s+from|down\s+from|from|in|during|at|of|as\s+in)\s+)?$", re.I)
CLAUSE_TIME_NOTE = "its time read from the part of the sentence that holds it (\"last year …, while this year …\")"
RETIMED = (None, "this", "last")  # the times extraction gives a whole sentence (a year it read is the claim's own)


def clause_times(found: list) -> None:
    """A sentence that names two times, or a year with a clause of its own ("from 2024, when 187 countries supported
    it"), speaks of two votes: each time phrase opens a part of the sentence that runs to the next, and a claim whose
    evidence lies in one part only — a state's name with its vote word, or a count's digits — takes that part's time
    ("Last year, China voted against, while this year China abstained": the abstention is this year's). Only a
    phrase that opens its clause opens a part ("… voted against this year, as it did last year" opens none); a claim
    in the part before the first such phrase, or across parts, keeps the time extraction read."""
    for sentence in {c.sentence for c in found}:
        claims = [c for c in found if c.sentence == sentence]
        text = claims[0].text
        phrases = [m for m in TIME_PHRASE.finditer(text) if m[2] or OPENS.search(text[:m.start()])]
        if not phrases:
            continue
        times = [_phrase_time(m) for m in phrases]
        cuts = [m.start() for m in phrases] + [len(text)]
        parts = [(cuts[k], cuts[k + 1], times[k]) for k in range(len(phrases))] + [(0, cuts[0], None)]
        for claim in claims:
            if claim.when not in RETIMED:
                continue
            held = {t for start, end, t in parts if _holds(claim, text[start:end])}
            if len(held) == 1 and None not in held and held != {claim.when}:
                claim.when = held.pop()
                claim.notes.append(CLAUSE_TIME_NOTE)


def _phrase_time(m: re.Match) -> str:
    return m[2] if m[2] else m[1].lower()


def _holds(claim: extract.Claim, part: str) -> bool:
    """The part of a sentence holds the claim's evidence: a state's name and its vote word, or a digit of its
    numbers (none of them elsewhere is checked by the caller: a claim held by two parts keeps its time)."""
    if claim.kind == "position":
        cue = VOTE_CUE.get(claim.asserted.get("vote", ""))
        return bool(claim.name and cue and claim.name in part and cue.search(part))
    numbers = [v for k, v in claim.asserted.items() if k in ("yes", "no", "abstain", "absent", "value")
               and isinstance(v, int)]
    return any(re.search(rf"(?<![\d,.]){v}(?![\d,.]\d)", part) for v in numbers)
