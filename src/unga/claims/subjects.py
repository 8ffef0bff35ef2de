"""The states before a vote phrase that cast it: its subject ("India and China abstained", "X, which voted in
favour", "X were among those voting against", "the US and Israel opposed"), and those joined to it ("X joined A and
B in voting against")."""

from __future__ import annotations

import re

from unga.claims.names import Mention
from unga.claims.phrases import (APPOSITION_SPAN, APPOSITIVE, BRACKETED_ASIDE, CUE, DASHED_RELATIONAL, JOINED, JOINED_TAIL,
                                 OTHER_DEED_RELATIVE, RELATIVE, SUBJECT_GAP)
from unga.claims.position_time import HABIT_WORD

SINGULAR = re.compile(r"(?:votes|opposes)\b", re.I)  # a present tense with one state for its subject


def subjects_of(sentence: str, runs: list[list[Mention]], used: set[int], cue: tuple) -> list:
    """(iso3, vote, start, mention) of the lists before the cue that are its subject or joined to it; the runs taken
    are added to used."""
    start, _, vote, match = cue
    out: list = []
    for k, run in enumerate(runs):
        if run[-1].end > start or _source_of_another(sentence, runs, k):
            continue
        gap = sentence[run[-1].end:start]
        if RELATIVE.match(gap) or _earlier_bracket_then_subject_gap(gap) or (k not in used and SUBJECT_GAP.match(gap)) \
                or (k not in used and (_aside_then_subject_gap(gap, _named_in(runs, run, start))
                                       or _among_counted(sentence, run, gap)
                                       or _verb_then_subject_gap(gap))):
            subject = run[-1:] if SINGULAR.match(match.group(0)) else without_object(sentence, run)
            out += [(m.iso3, vote, start, m) for m in subject]
            used.add(k)
            out += _joined(sentence, runs, k, vote, start, used)
        elif k not in used and (persuaded := _persuaded(sentence, runs, k, gap)):
            out += [(m.iso3, vote, start, m) for j in persuaded for m in runs[j]]
            used.update(persuaded)
        elif k not in used and JOINED_TAIL.match(gap):
            joined = _joined(sentence, runs, k, vote, start, used) if k > 0 else []
            if joined or re.search(r"\bjoin(?:ed|ing|s)\s+(?:with\s+)?$", sentence[max(0, run[0].start - 20):run[0].start],
                                   re.I):
                out += [(m.iso3, vote, start, m) for m in run] + joined  # "(Four states) joined Russia in …"
                used.add(k)
    return out


# a headline's "A, B among 35 other countries abstaining", "A, B among forty abstaining", "A, B among 35 nations to
# abstain": the copula left out, the
# group counted, the list opening its clause
AMONG_COUNTED = re.compile(r"\s+among(?:st)?\s+\d{1,3}\s+(?:other\s+)?(?:(?:countries|states|nations)\s+"
                           r"(?:(?:that|which|who)\s+|to\s+$)?)?", re.I)
CLAUSE_OPENS = re.compile(r"(?:^|[;:])\s*[\"“‘']?(?:the\s+)?$", re.I)


def _among_counted(sentence: str, run: list[Mention], gap: str) -> bool:
    among = AMONG_COUNTED.match(gap)
    return among is not None and bool(CLAUSE_OPENS.search(sentence[:run[0].start])) \
        and bool(SUBJECT_GAP.match(gap[among.end():]))


# before a comma only these: "with A, B and C voting", "in addition to A, B", "the regimes of A, B" open lists
PREPOSITION_BEFORE = {",": re.compile(r"\b(?:against|on|over|at|(?<!addition\s)(?<!according\s)(?<!similar\s)to)\s+(?:the\s+)?$",
                                      re.I),  # "… hand the islands to Mauritius, the Maldives voted against"
                      ";": re.compile(r"\b(?:of|against|on|to|from|with|for|by|in|over|at)\s+(?:the\s+)?$", re.I)}
# "since the invasion of Afghanistan Ireland has …": two names with nothing between them are no list when the first
# is a preposition's object
PREPOSITION_BEFORE[""] = PREPOSITION_BEFORE[";"]
# "voted to rebuke Myanmar and Laos was among the abstainers", "censured Israel, the US voted no": a state right
# after a verb that acts on it is that verb's object, and the clause after "and" or a comma has a subject of its own
ACTS_ON = re.compile(r"\b(?:condemn|censur|denounc|rebuk|criticis|criticiz|blam|isolat|punish|reprimand|chastis"
                     r"|sanction|accus|slam)\w*\s+(?:the\s+)?$", re.I)


def without_object(sentence: str, run: list[Mention]) -> list[Mention]:
    """'… embargo against X, A and B oppose', 'the blockade of X; A, B join …', 'the invasion of X A has': a
    preposition's object, then a comma, a semicolon or nothing, is no subject. 'Russia could count on A, B and C; D and
    E abstained': a semicolon ends the clause before, unless the whole list is written with semicolons."""
    cuts = [i for i, (a, b) in enumerate(zip(run, run[1:])) if ";" in sentence[a.end:b.start]]
    if cuts and len(cuts) < len(run) - 1:
        run = run[cuts[-1] + 1:]
    if len(run) < 2:
        return run
    between = sentence[run[0].end:run[1].start]
    mark = re.fullmatch(r"\s*([,;])\s*(?:the\s+)?|[ \t]+()(?:the\s+)?", between)
    if mark and PREPOSITION_BEFORE[mark[1] or mark[2] or ""].search(sentence, max(0, run[0].start - 15), run[0].start):
        return run[1:]
    if re.fullmatch(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?", between) and len(run) == 2 \
            and ACTS_ON.search(sentence, max(0, run[0].start - 20), run[0].start):
        return run[1:]
    return run


def _joined(sentence: str, runs: list[list[Mention]], k: int, vote: str, start: int, used: set[int]) -> list:
    """'X joined A, B and C in voting against': the run k is A, B, C; X is the run before 'joined'."""
    if k == 0 or not JOINED_TAIL.match(sentence[runs[k][-1].end:start]):
        return []
    before = runs[k - 1]
    if not JOINED.match(sentence[before[-1].end:runs[k][0].start]):
        return []
    used.add(k - 1)
    return [(m.iso3, vote, start, m) for m in without_object(sentence, before)]


# "A persuaded B and C to join it in voting against", "A convinced B to join it and D in voting no": the persuader, the
# persuaded and those they joined voted alike (only verbs of success: "urged B to join it" says nothing of B's vote)
PERSUADER = re.compile(r"\s+(?:had\s+|has\s+)?(?:convinced|persuaded|got|won\s+over)\s+(?:the\s+)?", re.I)
TO_JOIN = r"\s+to\s+join\s+(?:it|them|him|her)\s+"
PERSUADED_TAIL = re.compile(TO_JOIN + r"(?:in|to)\s+", re.I)
PERSUADED_AND = re.compile(TO_JOIN + r"and\s+(?:the\s+)?", re.I)


def _persuaded(sentence: str, runs: list[list[Mention]], k: int, gap: str) -> list[int]:
    """The runs of 'A persuaded B to join it (and D) in voting …' when run k is B (or D), else []."""
    def between(i: int) -> str:
        return sentence[runs[i - 1][-1].end:runs[i][0].start]
    if PERSUADED_TAIL.fullmatch(gap) and k >= 1 and PERSUADER.fullmatch(between(k)):
        return [k - 1, k]
    if JOINED_TAIL.match(gap) and k >= 2 and PERSUADED_AND.fullmatch(between(k)) and PERSUADER.fullmatch(between(k - 1)):
        return [k - 2, k - 1, k]
    return []


# "A (which abstained in 2018) voted yes", "B (who usually votes against) abstained": a bracketed relative clause
# with a vote of its own time (read there, position_time) stands between the subject and this vote's phrase
EARLIER_BRACKET = re.compile(r"\s*\(\s*(?:which|who|that)\s[^()]*?\b(?:(?:19[4-9]\d|20[0-4]\d)|last\s+(?:year|time)"
                             r"|(?:the\s+)?(?:year|time)\s+before|previously|earlier|in\s+the\s+past|a\s+year\s+(?:ago|earlier)"
                             r"|" + HABIT_WORD + r")\b[^()]*\)\s*,?")


def _earlier_bracket_then_subject_gap(gap: str) -> bool:
    earlier = EARLIER_BRACKET.match(gap)
    return bool(earlier) and bool(SUBJECT_GAP.match(gap[earlier.end():]))


# "A and B, which hold vetoes on the Council, were among those that opposed it": a relative clause about another deed,
# set off by commas, before a copula of the vote phrase (before a verb, "A, which …, voted against", RELATIVE reads it)
OTHER_DEED_ASIDE = re.compile(r"\s*,\s*" + OTHER_DEED_RELATIVE + r"[^,;:.()\d\"“”]{1,80},", re.I)
# "A under its president X cast the only no": the leader under whom the state voted (a person's
# name; a state named there is no leader, so the aside is read only when it names none)
UNDER_LEADER = re.compile(r"\s+under\s+(?:(?:President|Prime\s+Minister|Premier|Chancellor)\s+)?(?-i:[A-Z][\w'’.-]+)"
                          r"(?:\s+(?-i:[A-Z][\w'’.-]+)){0,2}(?=\s)", re.I)


# "Kazakhstan under pressure from Russia abstained": a state after "from", with another state earlier in its clause, is
# where something came from, not the voter
FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)


def _source_of_another(sentence: str, runs: list[list[Mention]], k: int) -> bool:
    run = runs[k]
    return k > 0 and bool(FROM_BEFORE.search(sentence, max(0, run[0].start - 12), run[0].start)) \
        and not re.search(r"[,;:.()]", sentence[runs[k - 1][-1].end:run[0].start])


def _named_in(runs: list[list[Mention]], run: list[Mention], start: int) -> bool:
    """A state is named between the run and the vote phrase."""
    return any(r[0].start >= run[-1].end and r[-1].end <= start for r in runs)


def _aside_then_subject_gap(gap: str, names_between: bool = False) -> bool:
    """', also in the Pacific, ', ', with its links to London, felt obliged to ': an aside, then a subject's gap."""
    gap = re.sub(r"^\s*(?:(?:and|among)\s+(?:\d+\s+)?others?(?:\s+(?:countries|states|nations|members))?|has|have|had)"
                 r"(?=\s*(?:,|--|—|–))", "", gap, flags=re.I)  # "A, B and 24 other members – including C – voted"
    if CUE.search(gap):
        return False
    dashed = re.match(r"\s*(?:--|—|–)[^–—\n]{1,60}?(?:--|—|–)", gap) or DASHED_RELATIONAL.match(gap) \
        or BRACKETED_ASIDE.match(gap)  # " – all close allies of Russia – voted", " (whose envoy …) voted"
    if dashed and not re.search(r"\d", dashed.group(0)):
        return bool(SUBJECT_GAP.match(gap[dashed.end():]))
    aside = APPOSITIVE.match(gap) or OTHER_DEED_ASIDE.match(gap) or (None if names_between else UNDER_LEADER.match(gap))
    return bool(aside) and bool(SUBJECT_GAP.match(gap[aside.end():]))


# a verb phrase of the subject's own before its vote, joined by "and" or by a comma right before the vote phrase: "A declined to
# take sides and abstained", "A stayed neutral, abstaining", "A criticised the text and then voted against". It opens
# right after the state with a verb in the past tense (not a preposition: in "Russia accused Kenya of lying and voted
# against", Kenya is no subject) and holds no name, number, clause word or agent ("A, welcomed by most and opposed by
# few" is a passive aside)
VERB_PHRASE = re.compile(r"^\s+(?-i:[a-z]+ed|took|came|stood|kept|made|gave|sat|held|spoke|threw|went|stuck|remained|broke|split|chose|bit|swallowed)\b"
                         r"(?:\s+(?!(?:by|which|who|whom|that|while|whereas|but|when|after|before|because|as|than|if"
                         r"|whether|though|although|since|until|unless)\b)(?-i:[a-z][a-z'’-]*)){0,6}?"
                         r"(?:\s+and\s+|\s*,\s*$)", re.I)


def _verb_then_subject_gap(gap: str) -> bool:
    verb = VERB_PHRASE.match(gap)
    return bool(verb) and not CUE.search(gap) and bool(SUBJECT_GAP.match(gap[verb.end():]))


def asides(sentence: str, found: list[Mention], all_cues: list) -> list[tuple[int, int]]:
    """Spans of asides right after a state and right before a vote phrase that say more than a name
    ("India, a close partner of Russia, abstained"; not "the US, the UK, and France voted")."""
    out = []
    for m in [*APPOSITION_SPAN.finditer(sentence), *DASHED_RELATIONAL.finditer(sentence), *BRACKETED_ASIDE.finditer(sentence)]:
        if re.match(r"\W*like\b", sentence[m.start():m.end()], re.I):
            continue  # "A, like B, abstained": B is said to have voted as A did, it is no aside
        after_state = any(not sentence[x.end:m.start()].strip() for x in found if x.end <= m.start())
        cue = next((c[0] for c in all_cues if c[0] >= m.end()), None)
        if not after_state or cue is None or not SUBJECT_GAP.match(sentence[m.end():cue]):
            continue
        opens = m.start() + len(re.match(r"\W*", sentence[m.start():]).group(0))
        if any(x.start == opens for x in found):
            continue  # "A, the UK and other EU members, …": the list goes on, it is no aside
        words = sentence[m.start():m.end()]
        for x in found:
            if m.start() <= x.start < m.end():
                words = words.replace(sentence[x.start:x.end], " ")
        if re.search(r"\b(?!(?:the|and|also|too)\b)[a-z]{3,}", words):
            out.append((m.start(), m.end()))
    return out
