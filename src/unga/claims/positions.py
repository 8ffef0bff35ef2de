"""States' positions in a sentence: state lists found once, then attached to the vote phrase ("cue") of their clause.

A sentence is read once into state mentions (longest names first) and cues (*voted against*, *abstaining*,
*In favour:* …). Mentions separated only by connectors form a list. A list attaches to a cue when
- it is the cue's subject: the list, then the cue, with only fillers between ("India and China abstained",
  "X, which voted in favour", "X were among those voting against", "the US and Israel opposed");
- it is the cue's object: the cue, then a colon, "were", "including", "such as", a bracket or a dash, then the
  list ("In favour: A, B", "Those abstaining were A and B", "35 against (A, B)", "voted no -- A and B");
  an object list may be broken by modifiers ("the former Soviet republic of A and communist B");
- it is joined to a cue ("X joined A and B in voting against", "voted along with A and B against", "as did X").
A cue followed by a state ("voted against Myanmar") names the resolution's target, not a side: it is skipped.

This module reads the sentence and puts the parts together; each part has a module of its own: cues.py (the vote
phrases), subjects.py (the lists before a cue), objects.py (the lists after it), targets.py (a state a cue is taken
for or against), excepted.py ("all but A"), unclear.py (names between two cues), position_time.py (the time of each
position), attach.py (passive agents, lists hung on a cue, companions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from unga.claims import attach
from unga.claims.bare_verbs import BARE_VERB, OTHER_OBJECT, SPEAKS_OF_A_VOTE, about_the_vote
from unga.claims.cues import cues
from unga.claims.excepted import without_excepted
from unga.claims.names import Mention, mentions
from unga.claims.objects import object_of
from unga.claims.phrases import ASIDE_IN_LIST, CUE, ECHO, OTHER_DEED_RELATIVE, RELATIONAL, TIGHT, unquoted
from unga.claims.position_time import (BEFORE, again_before, changed_to, from_side, last_time, lead_of_positions,
                                      on_an_earlier_vote, previously, several_years, switched_from, time_near,
                                      unnamed_subject)
from unga.claims.subjects import asides, subjects_of
from unga.claims.targets import at_the_writer, target_of
from unga.claims.unclear import unclear_splits


@dataclass
class Position:
    iso3: str
    vote: str
    when: str | None   # "2019", "last", "this" or None: a time the clause ties the claim to
    name: str          # as written, to be read again on the day of the vote ("Yugoslavia")
    at: int = -1       # where its vote phrase starts in the sentence


# "Namibia, Central Africa Republic, Gabon": a name the record spells otherwise, between commas, does not end a list
UNKNOWN_IN_LIST = re.compile(r"^\s*,\s*(?:[A-Z][\w'’/-]*\s+){0,2}[A-Z][\w'’/-]*\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")


# "despite a strong US lobbying campaign", "an Israeli-drafted text": after "a"/"an" a state's name describes a thing,
# it is never the state casting a vote
ATTRIBUTIVE = re.compile(r"\ban?\s+(?:(?!(?:for|to|from|of|with|by|against|on|in|at|over|between|among|and|or|than|as)\b)"
                         r"[a-z][\w-]*\s+){0,2}$")
# … unless what it describes is the state's own voice: "a Russian veto", "a US delegate", "a Chinese abstention"
OWN_VOICE = re.compile(r"\W*(?:veto\w*|votes?|delegat\w*|representatives?|ambassadors?|envoys?|government|abstentions?)\b",
                       re.I)

# "allies of Russia such as A", "A and other partners of Russia", "Russian allies such as A": the state a tie names
# describes the voters; it casts no vote of its own in that phrase
TIE_BEFORE = re.compile(r"\b" + RELATIONAL + r"\s+(?:the\s+)?$")
TIE_AFTER = re.compile(r"\s+(?:(?:close|closest|main|key|chief|staunch|long-?time|traditional|old)\s+)?"
                       r"(?:ally|allies|partners?|friends?|neighbou?rs?|satellites?|clients?)\b")


def names_a_tie(sentence: str, m: Mention) -> bool:
    """Whether the mention is the state a tie names ("allies of Russia", "Russian allies"), not a voter."""
    return bool(TIE_BEFORE.search(sentence, max(0, m.start - 60), m.start) or TIE_AFTER.match(sentence, m.end))


def lists(sentence: str, found: list[Mention], gap: re.Pattern = TIGHT) -> list[list[Mention]]:
    """Runs of mentions separated only by connectors."""
    runs: list[list[Mention]] = []
    for m in found:
        between = sentence[runs[-1][-1].end:m.start] if runs else ""
        if runs and (gap.match(between) or (gap is TIGHT and (ASIDE_IN_LIST.match(between) or UNKNOWN_IN_LIST.match(between))
                                            and not CUE.search(between))):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


# ", which has refused to condemn Russia,": a clause about another deed, its states no voters
RELATIVE_SPAN = re.compile(r",\s*" + OTHER_DEED_RELATIVE + r"[^,;.(]*", re.I)  # a bracket: a vote's list
OTHERS = re.compile(r"^\W*(?:the\s+)?others\s+(?:were|included|are|being)\b:?", re.I)



def positions(sentence: str, previous: tuple | str | None = None, referents: list | None = None) \
        -> tuple[list[Position], tuple]:
    """Every (state, vote) the sentence states, each with the time its clause names, and the vote of its last
    list with the one vote the sentence gives (None if it gives two). previous: that pair for the sentence before,
    for a sentence that goes on with "Others were A and B" (the last list's vote) or "A and B followed suit" (the one
    vote).
    referents: (start, end, states) of phrases that stand for states named before ("both countries")."""
    sentence = unquoted(sentence)  # 'voted "against"': the quotes of a vote word are spaces (offsets hold)
    found = mentions(sentence, metonyms=True)
    if referents:
        found = sorted(found + [Mention(iso3, a, b) for a, b, states in referents for iso3 in states], key=lambda m: m.start)
    last, sole = previous if isinstance(previous, tuple) else (previous, None)
    all_cues = cues(sentence)
    if not found:
        return [], (None, _sole_vote(all_cues))
    echoed = []
    for m in ECHO.finditer(sentence):
        # "A voted against; B followed suit", "A abstained, and B did the same": the one vote of the clauses before it
        # in the sentence, else (the echo opens the sentence: "B and C followed suit") the sentence before's
        before = {c[2] for c in all_cues if c[1] <= m.start()}
        here = next(iter(before)) if len(before) == 1 and ECHO_AFTER_CLAUSE.search(sentence, 0, m.start()) else None
        vote = here if here in SIDES else sole if not before and sole in SIDES else None
        if vote:
            echoed.append((m.start(), m.end(), vote, m))
    all_cues = sorted([c for c in all_cues + echoed if not at_the_writer(sentence, c)], key=lambda c: c[0])
    targeted = {(c[0], c[1]): t for c in all_cues if (t := target_of(sentence, c, found))}
    found = _voters(sentence, found, all_cues, {id(m) for m in targeted.values()})
    runs = lists(sentence, found)
    out, used = _attached(sentence, found, runs, all_cues, targeted, last)
    listed = {id(entry[3]) for entry in out}
    out += attach.hung_lists(sentence, runs, used | {k for k, run in enumerate(runs) if any(id(m) in listed for m in run)},
                             all_cues)
    out += switched_from(all_cues, out) + again_before(sentence, all_cues, out)
    out += unnamed_subject(sentence, found, all_cues, out)
    out = without_excepted(sentence, runs, out)
    out += attach.companions(sentence, runs, used, all_cues, out,
                             lambda cue: target_of(sentence, cue, [m for r in runs for m in r]) is not None)
    out = unclear_splits(sentence, all_cues, out, mentions(sentence))
    votes = {entry[1] for entry in out}
    one = (votes.pop() if len(votes) == 1 else None) if out else _sole_vote(all_cues)
    out = [p for p in out if not p[1].endswith(f":{p[0]}")]  # "in favour of the United Kingdom (UK)": the target
    out = [p for p in out if not denied(sentence, runs, p[3])]
    return _with_time(sentence, out, all_cues), (out[-1][1] if out else None, one)


# the echo opens a clause of its own after the one it echoes: "…; B followed suit", "…, and B did the same"
ECHO_AFTER_CLAUSE = re.compile(r"(?:;|,\s*and|,\s*while|\band)\s+(?:the\s+)?(?-i:[A-Z])[^,;]*$"
                               # "Among the 123 states voting yes, A and B did so for the first time"
                               r"|^\W*(?:among|of)\s+(?:the\s+)?(?:\d{1,3}\s+)?[^,;]*,\s+(?:the\s+)?(?-i:[A-Z])[^;]*$", re.I)


def _voters(sentence: str, found: list[Mention], all_cues: list, targets: set[int]) -> list[Mention]:
    """The mentions that may cast a vote: not a thing's describer ("a US draft"), not inside a relative clause that
    is no vote (", which recognizes Israel,"), not a vote phrase's target ("voted for Myanmar"), not in an aside."""
    found = [m for m in found if not ATTRIBUTIVE.search(sentence, max(0, m.start - 40), m.start)
             or OWN_VOICE.match(sentence, m.end)]
    found = [m for m in found if not names_a_tie(sentence, m)]
    inside = [m.span() for m in RELATIVE_SPAN.finditer(sentence)]
    found = [m for m in found if not any(a < m.start < b for a, b in inside)]
    found = [m for m in found if id(m) not in targets]
    spans = asides(sentence, found, all_cues)
    return [m for m in found if not any(a < m.start < b for a, b in spans)]


def _attached(sentence: str, found: list[Mention], runs: list, all_cues: list, targeted: dict, last: str | None) \
        -> tuple[list, set[int]]:
    """(iso3, vote, cue start, mention) of every list attached to a cue, and the runs taken."""
    out: list = []
    used: set[int] = set()
    others = OTHERS.match(sentence)
    if others and last:
        limit = all_cues[0][0] if all_cues else len(sentence)
        out += [(m.iso3, last, 0, m) for m in object_of(sentence, others.end(), limit, found, used, runs)]
    for number, cue in enumerate(all_cues):
        limit = all_cues[number + 1][0] if number + 1 < len(all_cues) else len(sentence)
        out += _of_cue(sentence, cue, limit, found, runs, used, targeted)
    return out, used


def _of_cue(sentence: str, cue: tuple, limit: int, found: list[Mention], runs: list, used: set[int],
            targeted: dict) -> list:
    """The states one cue attaches: its passive agents, its subject, those joined to it, and its object list."""
    start, end, vote, match = cue
    if BARE_VERB.fullmatch(match.group(0)) and not about_the_vote(sentence, end) \
            and (OTHER_OBJECT.match(sentence, end) or not SPEAKS_OF_A_VOTE.search(sentence)):
        return []  # "Russia backed the compensation commission": support for something else, not this vote
    if (start, end) in targeted and not (vote == "not_yes" and OWNED_TEXT.match(sentence, targeted[(start, end)].end)):
        # "voted against Myanmar": a side taken on the state, read against the title (a refusal to back "the Russian
        # initiative" is a refusal of the text itself, read as the refusal it is: never called false)
        if vote not in ("yes", "no"):
            return []
        target = targeted[(start, end)]
        vote, end = f"{'against' if vote == 'no' else 'for'}:{target.iso3}", target.end
    if vote in ("pno", "pyes", "pveto", "pabstain"):
        return [(m.iso3, vote[1:], start, m) for m in attach.passive(sentence, end, found, runs)]
    out = []
    if vote[0] == "j":
        vote = vote[1:]
        agents = attach.passive(sentence, end, found, runs)
        out += [(m.iso3, vote, start, m) for m in agents]
        used.update(k for k, run in enumerate(runs) if any(m in agents for m in run))
    if match["mid"]:
        out += [(m.iso3, vote, start, m) for m in found if match.start("mid") <= m.start < match.end("mid")]
    out += subjects_of(sentence, runs, used, (start, end, vote, match))
    return out + [(m.iso3, vote, start, m) for m in object_of(sentence, end, limit, found, used, runs)]


SIDES = ("yes", "no", "abstain", "absent")
# a state's adjective or possessive before the text it owns: "the Russian initiative", "Cuba's draft resolution"
OWNED_TEXT = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:resolution|draft|text|initiative|proposal)\b", re.I)

# "Neither A nor B voted against", "none of A, B or C abstained": the list's vote is denied, and a denial says no
# side (each may have voted either other way or been away), so the list gives no position
DENYING = re.compile(r"\b(?:neither|none\s+of|not\s+(?:one|a\s+single|any|even)(?:\s+of)?)\s+(?:the\s+)?$", re.I)


def denied(sentence: str, runs: list[list[Mention]], mention: Mention) -> bool:
    """The list the mention belongs to opens with a denial or is joined by "nor"."""
    run = next((r for r in runs if mention in r), [mention])
    return bool(DENYING.search(sentence, max(0, run[0].start - 30), run[0].start)) \
        or any(re.search(r"\bnor\b", sentence[a.end:b.start], re.I) for a, b in zip(run, run[1:]))


def _sole_vote(all_cues: list) -> str | None:
    """The one vote a sentence's vote phrases give ("Many Asian states abstained."), for a sentence after it that says
    "followed suit"; None when they give two votes or none."""
    votes = {c[2] for c in all_cues}
    return votes.pop() if len(votes) == 1 and votes <= set(SIDES) else None


def _with_time(sentence: str, out: list, all_cues) -> list[Position]:
    """Positions, the first of each (state, vote) kept, each with the time given to it, else the time near its
    cue, else 'previously' before it, else the time the sentence opens with."""
    lead = lead_of_positions(sentence)
    result, seen = [], set()
    for iso3, vote, at, mention, *given in out:
        end = next((e for s, e, _, _ in all_cues if s == at), at)
        when = given[0] if given else (from_side(sentence, at) or time_near(sentence, at, end) or last_time(sentence, end)
                                       or changed_to(all_cues, at) or on_an_earlier_vote(sentence, end)
                                       or previously(sentence, at) or lead)
        years = several_years(sentence, at, end, when)
        # "A, which usually abstains, abstained", "A, which in 2007 and 2008 had abstained, abstained again": two votes
        # or more
        key = (iso3, vote, tuple(years) or when == BEFORE)
        if key in seen:
            continue
        seen.add(key)
        for year in years or [when]:
            result.append(Position(iso3, vote, year, sentence[mention.start:mention.end], at))
    return result
