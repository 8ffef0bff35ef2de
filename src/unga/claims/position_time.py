"""The time a position is about: the year its sentence opens with or its vote phrase names, and the series' vote
before the one reported when the text says a state voted so again or switched ("for a second year", "switched from
against in 2019")."""

from __future__ import annotations

import re

from unga.claims.phrases import MONTH_NAMES, OPENING_PARTICIPLE, VOTE_WORD, WHEN

BEFORE = "before"  # the series' vote before the one reported ("changed their vote from against to for")

LEAD = re.compile(r"\s*(?:(?:In|By|During)\s+(?P<year>19[4-9]\d|20[0-4]\d)\b|[^\w\s]{0,2}\s*(?P<head>19[4-9]\d|20[0-4]\d)\s*:"
                  r"|(?P<last>Last\s+year|A\s+year\s+(?:earlier|before|ago)|The\s+year\s+before|The\s+previous\s+year)\b"
                  # the same opening year in the other languages read: "В 1992 году", "En 1992", "Em 1992", "Nel 1992",
                  # "Im Jahr 1992", "Pada tahun 1992" (fahunt2 y91: a count after "В 1992 году" was judged on the
                  # text's own vote); "En el (año) 2007", "No ano de 2007", "W 2007 r.", "Noong 2007" (holdout30 aj07)
                  r"|(?:В|(?:En(?:\s+el)?(?:\s+año)?|Em|No\s+ano\s+de|Nel|Im\s+Jahr(?:e)?|Pada(?:\s+tahun)?|Tahun|W"
                  r"|Noong(?:\s+taong)?)\s)\s*(?P<foreign>19[4-9]\d|20[0-4]\d)"
                  r"(?:-?м)?(?:\s+(?:году|г\.)|(?!\s*(?:[-–/]\s*\d|год(?!у))))(?!\w))")


BULLET = re.compile(r"\s*[-–—•▪*]\s*")  # a list item's mark
LAST_MONTH = "month:last"  # the claim's "when" for "last month": the month before the text's


# "On a resolution last March calling on …, A and B abstained": the vote the sentence opens with, and its time
LEAD_VOTE = re.compile(r"\s*(?:On|In|For|At)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:resolution|vote|ballot|text|draft)\s+"
                       r"(?:last\s+(?P<month>" + "|".join(MONTH_NAMES) + r")|in\s+(?P<mname>" + "|".join(MONTH_NAMES) +
                       r")\s+(?P<myear>19[4-9]\d|20[0-4]\d)|in\s+(?P<year>19[4-9]\d|20[0-4]\d)|(?P<last>last\s+year))\b", re.I)


# "An earlier resolution on a pause saw A join B in voting yes", "On a previous text, A abstained": the sentence is
# about another, earlier vote than the one the text reports (its series' vote before, or one it does not say)
EARLIER_VOTE = (r"(?:an?|one|the)\s+(?:earlier|previous|prior|former)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:resolutions?|votes?|ballots?|texts?|drafts?|motions?)\b")
LEAD_EARLIER = re.compile(r"\s*(?:(?:On|In|For|At|With|Under|During)\s+)?" + EARLIER_VOTE, re.I)
# "A voted for an earlier resolution on …": the vote phrase's object is an earlier vote
AFTER_EARLIER = re.compile(r"\s*(?:in\s+)?(?:(?:for|against|on|of|in\s+favou?r\s+of|to\s+support|to\s+oppose)\s+)?"
                           + EARLIER_VOTE, re.I)


def lead_time(sentence: str) -> str | None:
    """The time a sentence opens with ("In 2019, …", "Last year, …", "On a resolution last March …"), which holds for
    all its claims."""
    bullet = BULLET.match(sentence)
    if bullet:  # "– in 2007, 184 votes in favour": a list item opens with its own time, in lower case
        sentence = sentence[bullet.end():bullet.end() + 1].upper() + sentence[bullet.end() + 1:]
    match = LEAD.match(sentence)
    if match:
        return match["year"] or match["head"] or match["foreign"] or "last"
    vote = LEAD_VOTE.match(sentence)
    if vote is None:
        return None
    if vote["month"]:
        return f"month:{MONTH_NAMES.index(vote['month'].lower()) + 1}"
    if vote["mname"]:
        return f"{vote['myear']}/{MONTH_NAMES.index(vote['mname'].lower()) + 1}"
    return vote["year"] or "last"


# "which previously voted in favour", "which in the past had opposed it", "which in 2010 had voted yes": a time said
# right before the vote phrase. A year or "in the past" only after the relative word or before "had": in "A, which
# supported in 2019 did not show up" the year is the verb's before it
_YEAR = r"(?:19[4-9]\d|20[0-4]\d)"
# A habit ("which usually votes against", "had always voted against", "who traditionally abstain") is no claim about
# one roll call: it is read as the series' vote before, and never called false there (doubt.vaguely_before)
HABIT_WORD = r"(?:always|usually|traditionally|consistently|routinely|habitually|invariably|normally|typically)"
# "in 2007 and 2008", "in 2016, 2018 and 2020", "in 2000 and in 2001" (not "…, respectively": one year a state)
YEAR_RUN = re.compile(r"\bin\s+(?P<run>" + _YEAR + r"(?:\s*,\s*(?:in\s+)?" + _YEAR + r")*\s*,?\s+and\s+(?:in\s+)?"
                      + _YEAR + r")\b"
                      r"(?!\s*[-–/]\s*\d|\s*,?\s*respectively)", re.I)
# the same run in the other languages read, the word for "in" and an article before each year or the first alone:
# "en el 2000 y en el 2001", "en 2000 et 2001", "em 2000 e em 2001", "nel 2000 e nel 2001", "im 2000 und 2001"
_IN_FOREIGN = r"(?:en|em|no|nel|im|dans|w|в)(?:\s+(?:el|o|l['’]?|año|ano(?:\s+de)?|году?))?"
FOREIGN_YEAR_RUN = re.compile(r"(?<!\w)" + _IN_FOREIGN + r"\s+(?P<run>" + _YEAR + r"(?:\s*,\s*(?:" + _IN_FOREIGN + r"\s+)?"
                              + _YEAR + r")*\s*,?\s+(?:y|e|et|und|i|и)\s+(?:" + _IN_FOREIGN + r"\s+)?" + _YEAR + r")(?!\w)"
                              r"(?!\s*[-–/]\s*\d|\s*,?\s*(?:respectivamente|respectivement|rispettivamente|beziehungsweise"
                              r"|соответственно))", re.I)


def foreign_years(sentence: str) -> list[str]:
    """The years of the one run of years a sentence in another language gives and of no other year ("El Salvador y
    Nicaragua se abstuvieron en el 2000 y en el 2001"): one vote a year for its positions. [] otherwise."""
    runs = list(FOREIGN_YEAR_RUN.finditer(sentence))
    if len(runs) != 1:
        return []
    years = re.findall(_YEAR, runs[0]["run"])
    return years if len(set(years)) == len(years) == len(re.findall(r"(?<!\d)" + _YEAR + r"(?!\d)", sentence)) else []


EARLIER_BEFORE = re.compile(r"\b(?:previously|formerly)\s+(?:had\s+)?$"
                            r"|\b(?:which|who|that)\s+(?:in\s+the\s+past|in\s+(?P<year>" + _YEAR + r")"
                            r"(?:(?:\s*,\s*|\s*,?\s+and\s+)" + _YEAR + r")*)\s+(?:had\s+)?(?:always\s+)?$"
                            r"|\b(?:in\s+the\s+past|in\s+(?P<year2>" + _YEAR + r"))\s+had\s+(?:always\s+)?$"
                            # "which last year voted against", "who a year earlier had abstained"
                            r"|\b(?:which|who|that)\s+(?P<last>last\s+year|a\s+year\s+(?:earlier|ago|before))\s+(?:had\s+)?$"
                            r"|\b(?:which|who|that)\s+(?:had\s+|has\s+|have\s+)?" + HABIT_WORD + r"\s+(?:had\s+)?$"
                            r"|\b(?:had|has|have)\s+" + HABIT_WORD + r"\s+$"
                            # the subject's time before its verb: "A last year abstained", "A in 2018 had voted no"
                            r"|(?<=[\w)]\s)(?:(?P<last2>last\s+year|a\s+year\s+(?:earlier|before))|in\s+(?P<year3>" + _YEAR
                            + r"))\s+(?:had\s+)?$", re.I)


# a state's name, or a bracket after it, right before the subject's time (phrases.EARLIER_TIME_AFTER_NAME)
SUBJECT_BEFORE = re.compile(r"(?:\b(?-i:[A-Z])[\w.'’-]*|\))\s*$")


def previously(sentence: str, at: int) -> str | None:
    """'which previously voted in favour' (the vote before the one reported, read as last year's), 'which in 2010 had
    voted in favour' (that year's), 'which last year voted against' (last year's), 'which usually votes against' (a
    habit: the vote before)."""
    match = EARLIER_BEFORE.search(sentence, max(0, at - 30), at)
    if match is None:
        return None
    if (match["year3"] or match["last2"]) and not SUBJECT_BEFORE.search(sentence[:match.start()]):
        return None  # the subject's time follows its name: in "A, which backed it in 2019 stayed away" it is a verb's
    return match["year"] or match["year2"] or match["year3"] or ("last" if match["last"] or match["last2"] else BEFORE)


def several_years(sentence: str, at: int, end: int, when: str | None) -> list[str]:
    """"A and B had voted against like texts in 2007 and 2008", "A, which in 1990 and 1991 had voted yes, …":
    the years of a run the clause names right after the vote phrase or in the relative clause before it, when the
    time read for the position is none, the run's first year or the series' vote before ("against earlier texts in
    …"); one vote a year. [] when there is no such run."""
    clause_end = re.search(r"[,;.:!?()]|\s(?:and|but|while|whereas|which|who)\s|$", sentence[end:]).start() + end
    after = YEAR_RUN.search(sentence, end, len(sentence))
    # not the years of another deed in the clause: "against the text adopted in 2016 and 2018", "since"
    after = after if after and after.start() < min(clause_end, end + 80) \
        and not re.search(r"\b(?:[a-z]+ed|since|until|from|between)\b", sentence[end:after.start()], re.I) else None
    before = EARLIER_BEFORE.search(sentence, max(0, at - 50), at)
    run = after or (before and YEAR_RUN.search(sentence, before.start(), at))
    if run is None:
        return _bracketed_years(sentence, end, when)
    years = re.findall(_YEAR, run["run"])
    return years if when in (None, years[0], BEFORE) and len(set(years)) == len(years) else []


# "against earlier texts on X (2007) and on Y (2008)": several texts, each given its year in brackets
PLURAL_TEXTS = re.compile(r"\s+(?:(?:the|its|their|both|two|earlier|previous|past|prior|similar|related)\s+){0,3}"
                          r"(?:resolutions|texts|drafts|measures)\b", re.I)
BRACKETED_YEAR = re.compile(r"\((" + _YEAR + r")\)")


def _bracketed_years(sentence: str, end: int, when: str | None) -> list[str]:
    """The years in brackets of the several texts the vote phrase's plural object describes, to the end of the
    sentence: "voted against earlier texts urging X (2007) and calling for Y (2008)"; one vote a year."""
    if not PLURAL_TEXTS.match(sentence, end):
        return []
    rest = re.split(r"[;:]", sentence[end:])[0]
    years = BRACKETED_YEAR.findall(rest)
    return years if len(years) >= 2 and len(set(years)) == len(years) and when in (None, years[0], BEFORE) else []


# "abstained last time"; a habit over a run: "having abstained in all nine previous votes", "in every earlier vote"
# (never called false on the one vote before: doubt.vaguely_before)
OVER_A_RUN = (r"(?:all|every|each)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:previous|past|earlier|prior)\s+"
              r"(?:[\w-]+\s+)?(?:votes?|resolutions?|texts?|years|sessions|occasions|times)\b")
LAST_TIME = re.compile(r"\s+(?:(?:the\s+)?(?:last|previous)\s+time\b|(?:on|in)\s+" + OVER_A_RUN + ")", re.I)


def last_time(sentence: str, end: int) -> str | None:
    """'(which) abstained last time', 'abstained in all nine previous votes', the vote phrase ending at `end`: the
    series' vote before."""
    return BEFORE if LAST_TIME.match(sentence, end) else None


# "moved from an abstention (A, B) to a yes", "went from abstaining to voting in favour", "3 from 'Abstention' (A, B)
# to 'No'": the side after "from" in a change of vote is the earlier vote's, whether or not the "to" side is read
FROM_SIDE = re.compile(r"\bfrom\s+(?:(?:an?|one|1|the|its|their)\s+)?(?:voting\s+)?[\s\"“‘'’]*$", re.I)
CHANGE_VERB = re.compile(r"\b(?:moved|moving|went|going|switched|switching|shifted|shifting|changed|changing|swung"
                         r"|swinging|turned|turning|passed|passing)\b[^.;:!?]{0,80}$", re.I)
TO_SIDE = re.compile(r"[^.;:!?]{0,200}?\bto\s+(?:(?:an?|the)\s+)?[\"“‘'’]?\s*(?:(?:[\w-]+\s+)?votes?\b|voting\b|yes\b|no\b"
                     r"|abstention|abstaining|abstain\b|favou?r|support|against|opposition|opposing|absence)", re.I)


def from_side(sentence: str, at: int) -> str | None:
    """A vote phrase at `at` right after the "from" of a change of vote ("moved from an abstention", "from 'Yes' (A)
    to 'No'"): the series' vote before. The change is a verb of moving before "from" or a side after "to"."""
    match = FROM_SIDE.search(sentence, max(0, at - 40), at)
    if match is None:
        return None
    if CHANGE_VERB.search(sentence, max(0, match.start() - 100), match.start()) or TO_SIDE.match(sentence, at):
        return BEFORE
    return None


def lead_of_positions(sentence: str) -> str | None:
    """The time of the states' votes a sentence gives: "An earlier resolution on … saw A join B" is the series' vote
    before; else the time it opens with. (A tally or count of such a sentence keeps its numbers' own evidence.)"""
    return BEFORE if LEAD_EARLIER.match(sentence) else lead_time(sentence)


def on_an_earlier_vote(sentence: str, end: int) -> str | None:
    """'A voted for an earlier resolution on …', the vote phrase ending at `end`: the series' vote before."""
    return BEFORE if AFTER_EARLIER.match(sentence, end) else None


def time_near(sentence: str, start: int, end: int, back_to: int | None = None) -> str | None:
    """A year, 'last year', 'last January', 'in January 1980' or 'this year' said within a few words after the cue, or
    for a tally anywhere before it from back_to on ("last year's vote of 179-4"). 'last January' is given as
    "month:1", 'in January 1980' as "1980/1"."""
    before = [m for m in WHEN.finditer(sentence, back_to, start)] if back_to is not None else []
    match = WHEN.search(re.split(r"[,;]", sentence[end:end + 30])[0]) or (before[-1] if before else None)
    return _time_said(match) if match else None


def _time_said(match: re.Match) -> str:
    """A WHEN match as a claim's time."""
    if match["month"]:
        return f"month:{MONTH_NAMES.index(match['month'].lower()) + 1}"
    if match["lastmonth"]:  # "a weaker text adopted last month by 130 votes": the month before the text's
        return LAST_MONTH
    if match["mname"]:  # "in January 1980": the year and the month
        return f"{match['myear']}/{MONTH_NAMES.index(match['mname'].lower()) + 1}"
    return match["year"] or match["ofyear"] or ("last" if match["last"] else "this")


# "abstained for a second consecutive year", "voted against for the third year in a row": the vote before was the same
AGAIN = re.compile(r"\s*(?:for\s+(?:a|the)\s+(?:second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th))\s+(?:consecutive|straight"
                   r"|successive)\s+(?:year|time|session)|for\s+the\s+(?:second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th))"
                   r"\s+(?:year|time)\s+in\s+a\s+row)\b", re.I)


def again_before(sentence: str, all_cues: list, out: list) -> list:
    """A state's vote said to repeat its vote of the series' vote before: that vote too."""
    ends = {start: end for start, end, *_ in all_cues}
    return [(iso3, vote, at, m, BEFORE) for iso3, vote, at, m, *given in out
            if not given and at in ends and m.end <= at and AGAIN.match(sentence, ends[at])]  # the subject's


def switched_from(all_cues: list, out: list) -> list:
    """'X switched from against in 2019 to support': X's earlier vote too, of the year the text says, else of the
    series' vote before ("before": placed only on the vote before the one the text pins down, never on that one)."""
    earlier = []
    for start, _, _, match in all_cues:
        if "from" not in match.groupdict() or not match["from"]:
            continue
        vote = VOTE_WORD.get(match["from"].lower())
        when = match["fy"] or ("last" if match["fl"] else BEFORE)
        earlier += [(iso3, vote, at, m, when) for iso3, _, at, m, *_ in out if at == start and vote]
    return earlier


def changed_to(all_cues: list, at: int) -> str | None:
    """The side a change of vote goes to when its "from" side names its own time ("moved from abstention in 2018 to
    support"): this year's vote, not the year the sentence names for the earlier one."""
    for start, _, _, match in all_cues:
        groups = match.groupdict()
        if start == at and groups.get("from") and (groups.get("fy") or groups.get("fl")):
            return "this"
    return None


# "A voted in favour, having abstained last year", "… after it abstained in 2022", "After abstaining last year, A voted
# in favour", "A switched: it voted in favour this year, having abstained a year earlier": a vote phrase with no name
# of its own, its subject a pronoun or a participle's, in a sentence that names one state and no other
UNNAMED_SUBJECT = re.compile(r"(?:\b(?P<part>having|after(?:\s+having)?)\s+|\b(?:it|they)\s+(?:had\s+|has\s+|then\s+|also\s+)?"
                             r"(?:" + HABIT_WORD + r"\s+)?)$", re.I)


# "After abstaining last year, A voted …", "Having voted against in 2018, A abstained …": the participle opens the
# sentence and its clause ends at a comma right before the state that is the main clause's subject
TO_SUBJECT = re.compile(r"[^,;:.()]*,\s*(?:the\s+)?$", re.I)


def _participle_subject(sentence: str, subject: re.Match, end: int, found: list) -> list:
    """The state a participle opening the sentence belongs to: the first named after its clause's comma."""
    after = [m for m in found if m.start >= end]
    if not OPENING_PARTICIPLE.match(sentence[:subject.end()]) or not after or not TO_SUBJECT.fullmatch(sentence[end:after[0].start]):
        return []
    return [after[0]]


def unnamed_subject(sentence: str, found: list, all_cues: list, out: list) -> list:
    """The one named state's votes said again without its name, each with the time its own clause names (a
    participle's with none: the series' vote before). A pronoun's vote with no time of its own is left (whose time it
    is, the sentence does not say)."""
    if len({m.iso3 for m in found}) != 1:
        return []
    taken = {entry[2] for entry in out}
    extra = []
    for start, end, vote, _ in all_cues:
        subject = UNNAMED_SUBJECT.search(sentence, max(0, start - 20), start)
        named = [m for m in found if m.end <= start] if subject else []
        if subject is not None and subject["part"] and not named:
            named = _participle_subject(sentence, subject, end, found)
        if start in taken or vote not in ("yes", "no", "abstain") or subject is None or not named:
            continue
        clause = re.split(r"[,;:]", sentence[:subject.start()])[-1]
        own = [m for m in WHEN.finditer(clause)]
        said = own[-1] if own else None
        when = time_near(sentence, start, end) or (None if said is None else LAST_MONTH if said["lastmonth"]
                                                   else "last" if said["last"] else said["year"] or "this")
        when = when or (BEFORE if subject["part"] else None) or previously(sentence, start)
        if when:
            extra.append((named[-1].iso3, vote, start, named[-1], when))
    return extra
