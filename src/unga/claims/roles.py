"""State lists attached to a vote by their role in the sentence, where the cue patterns of `positions` leave them.

`positions` reads a list that is the subject or the object of a vote phrase. This module reads the lists it leaves
unattached, by the role they play towards a vote predicate of the same clause:
- complement of a copula whose subject is a vote label: "the no votes were A, B and C", "supporters included A",
  "the list of those voting against includes A", "abstentions were cast by A";
- apposition to a count: "N countries, including A and B, voted against", "N abstentions (A, B)", "backed by N
  states, among them A", "with four -- A, B, C and D -- voting against" (never more states than N);
- companion of a voter: "together with", "along with", "alongside", "joining (with)", "in the company of",
  "siding with", "was joined by", taking the vote of "in opposing …" after it, else the one vote the sentence gives;
- the whole next sentence: a sentence that is only a list (relative clauses aside) after one that gives a single
  vote and names no state ("There were four abstentions. A, which …, B and C.").
Refused: a sentence with "respectively" or about two votes at once ("both resolutions"), a negated or hypothetical
predicate, a companion of a non-vote deed (sponsoring, visiting), a state already read by `positions`.
"""

from __future__ import annotations

import re

from unga.claims import anaphora, positions
from unga.claims.cues import INTENDED, cues
from unga.claims.names import Mention, mentions
from unga.claims.digits import NUMBER_WORDS
from unga.claims.phrases import SENTENCE_ADVERB
from unga.claims.position_time import lead_of_positions, time_near
from unga.claims.side_words import NOT_A_VOTE, RELATIVE, SINGLE_VOTE, TWO_VOTES, VOTE_WORDS, vote_of

NOTE = "attached by its role in the sentence (label complement, count apposition, companion or list sentence)"

VERB = (r"(?:vot(?:ed|ing)\s+(?:against|no|in\s+favou?r|for|yes)|cast\s+(?:their\s+|its\s+)?(?:no|yes)\s+votes?"
        r"|oppos(?:ed|ing)|reject(?:ed|ing)|abstain(?:ed|ing)|(?:chose|opted|decided)\s+to\s+abstain"
        r"|support(?:ed|ing)|back(?:ed|ing)|endors(?:ed|ing))\b")
GROUP = r"(?:countries|states|nations|members|member\s+states|delegations|governments|others)"
THE_RESOLUTION = r"(?:\s+(?:the|this|that|it)(?:\s+(?:resolution|text|draft|measure|declaration))?\b)?"

# a label a copula or colon introduces: "the no votes were", "supporters of the text included", "those voting against
# the resolution were:", "countries that abstained were;", "abstentions were cast by", "the list of opponents includes"
LABEL = re.compile(
    r"\b(?:(?:the\s+)?[\"“‘']?(?:no|nay|yes|negative|affirmative)[\"”’']?\s+votes?|votes?\s+(?:against|in\s+favou?r)"
    r"|(?:opposing|dissenting|negative)\s+votes?|opponents|supporters|backers|abstainers|abstainees|abstentions"
    r"|(?<!\w\s)(?:the\s+)?opposition"  # "Opposition included A and B", not "the Syrian opposition"
    r"|nay-?sayers|dissenters"
    r"|those\s+(?:(?:who|that)\s+)?(?:voted|voting)\s+(?:against|in\s+favou?r|for|yes|no)|those\s+(?:against|in\s+favou?r)"
    # … of the text, not of something else: "those against the invasion were A and B" names no voters
    r"(?!\s+(?:of\s+)?(?!(?:of|it|this|that|the\s+(?:resolution|text|draft|measure|motion|declaration|proposal)|were|was|are|is"
    r"|included?|includes|comprised|came)\b)[a-z])"
    r"|those\s+(?:(?:who|that)\s+)?(?:abstained|abstaining|opposed|opposing|supported|supporting|backing|backed)"
    r"|(?:the\s+)?(?:other\s+)?" + GROUP + r"\s+(?:(?:that|which|who)\s+)?(?:also\s+)?"
    r"(?:vot(?:ed|ing)\s+(?:against|in\s+favou?r|for|yes|no)|abstained|abstaining|opposed|opposing|supported|supporting"
    r"|backed|backing)"
    # "the six opposed were", "the 35 abstaining were", "the nine countries that abstained were": a count of the side
    r"|the\s+(?:\d{1,3}|" + NUMBER_WORDS.pattern + r")\s+(?:other\s+)?(?:" + GROUP + r"\s+)?(?:(?:that|which|who)\s+)?(?:also\s+)?"
    r"(?:vot(?:ed|ing)\s+(?:against|in\s+favou?r|for|yes|no)|abstained|abstaining|opposed|opposing|supported|supporting"
    r"|backed|backing))"
    r"(?P<filler>(?:\s+(?!(?:were|was|are|is|included?|includes|including|comprised|came)\b)[\w'’-]+){0,8}?)"
    r"(?:\s*,\s*" + SENTENCE_ADVERB + r"\s*,)?"  # "the six opposed, however, were"
    r"\s*(?P<copula>\b(?:were|was|are|is|included?|includes|comprised|(?:were|was)\s+cast\s+by|came\s+from)\b|:)"
    r"\s*[:;]?\s*(?:the\s+)?$", re.I)

# a described group of the counted states, then its examples: "(from) a number of countries that had been expected
# to support the move, such as", "European states like" (the description names no state: `_apposition` checks)
DESCRIBED = (r"(?P<described>(?:from\s+)?(?:(?:a\s+(?:number|handful)\s+of|several|many|some|a\s+few)\s+)?(?:[\w-]+\s+){0,3}?"
             r"(?:nations|states|countries|members|governments|allies|partners)"
             r"(?:\s+(?:that|who|which)\s+[^.;:()\d]{1,90}?)?\s*,?\s*(?:such\s+as|like|including|notably|namely)\s+)")
# a count a list stands in apposition to: "N countries, including", "N abstentions (", "N states -- "
COUNTED = re.compile(r"\b(?P<n>\d{1,3})(?:\s+(?:other\s+)?(?:[\w-]+\s+){0,2}?(?P<noun>" + GROUP[3:-1]
                     + r"|abstentions|votes?\s+(?:against|in\s+favou?r))\b"
                     r"(?P<verb>\s+(?:(?:that|which|who)\s+)?(?:also\s+)?" + VERB + THE_RESOLUTION + r")?"
                     r"(?:\s*[,:]?\s*(?:including|such\s+as|namely|among\s+them|among\s+which|notably|included|includes"
                     r"|most\s+of\s+them|many\s+of\s+them|mostly|mainly|largely|chiefly)"
                     r"|\s*(?:\(|—|–|--|\s-|:))"
                     r"|(?P<bare>\s*(?:\(|—|–|--|\s-)))"  # "with four -- A, B, C and D -- voting against"
                     r"\s*(?:(?:[\w-]+\s+){0,3}?(?:nations|states|countries|members|neighbou?rs|allies|partners)\s+"
                     # the counted states described before their examples: "35 abstentions, including a number of
                     # countries that had been expected to back it, such as A", "most of them European states like A"
                     r"|" + DESCRIBED + r")?"
                     r"(?:the\s+)?$", re.I)
# "with two abstentions, A and B.": a side's count, a comma, then exactly that many states closing the clause
COUNTED_COMMA = re.compile(r"\b(?P<n>\d{1,3})\s+(?P<noun>abstentions?|(?:no|negative)\s+votes?|votes?\s+against)"
                           r"\s*,\s*(?:the\s+)?$", re.I)
CLAUSE_CLOSES = re.compile(r"\s*(?:[.;)]|$|,\s*(?:the|which|who|both|all|each)\b)", re.I)
AGENT = re.compile(r"(?P<agent>(?:backed|supported|endorsed|approved|adopted|favou?red|opposed|rejected)\s+by"
                   r"|(?:support|backing|approval|opposition)\s+(?:of|from))\s+(?:only\s+|just\s+|some\s+|about\s+)?$", re.I)
# "… were absent, as well as two other countries: A and B": a count joined to the subject of the clause's one vote
JOINED = re.compile(r",?\s*(?:as\s+well\s+as|along\s+with|together\s+with|plus|and)\s+(?:the\s+)?$", re.I)
AFTER_LIST = re.compile(r"(?:\s+among\s+them)?\s*(?:,|—|–|--|\)|\s-)?\s*(?:(?:that|which|who)\s+)?"
                        r"(?:have\s+|had\s+)?(?:also\s+|all\s+)?"
                        r"(?P<verb>" + VERB + r")", re.I)

# "joining" after a preposition is the act named ("a referendum on joining Russia", "the question of joining A"),
# not a voter joining others
COMPANION = re.compile(r"\b(?:together\s+with|along\s+with|alongside|(?<!\bon\s)(?<!\bof\s)(?<!\bfor\s)(?<!\babout\s)"
                       r"(?<!\bagainst\s)joining(?:\s+with)?|in\s+the\s+company\s+of"
                       r"|sid(?:ing|ed)\s+with|st(?:ood|ands?|anding)\s+(?:alone\s+|firmly\s+)?with"
                       r"|band(?:ing|ed)\s+(?:together\s+)?with"
                       r"|(?:were|was|been)\s+joined\s+(?:\w+\s+){0,2}?by|^\W*as\s+well\s+as)\s+"
                       r"(?:(?:[\w-]+\s+){0,5}?(?:countries|states|nations|members|neighbou?rs|allies|partners),?\s+"
                       r"(?:such\s+as|like|including|namely)\s+|the\s+likes\s+of\s+)?(?:the\s+)?$", re.I)
# "in opposing it", "in its initial rejection of the resolution": the vote the companions shared
IN_DOING = re.compile(r"[^.;:]{0,40}?\bin\s+(?P<verb>opposing|voting\s+(?:against|in\s+favou?r|for|yes|no)|supporting"
                      r"|backing|abstaining|rejecting|(?:its|their)\s+(?:\w+\s+)?(?:rejection|opposition)\s+of)\b", re.I)
CLAUSE_BOUND = re.compile(r"[.;:]\s|\b(?:while|whereas|but|although|though)\b", re.I)
NEGATED = re.compile(r"\b(?:not|never|n't|no\s+longer)\s+(?:\w+\s+)?$|\bwould\s+have\s+$", re.I)


def read(sentence: str, stated: list, before: str | None = None) -> list[positions.Position]:
    """`stated` (what `positions` read) with "respectively" paired in order, and the state lists it leaves out
    attached by their role; `before` is the sentence before in the same paragraph, for a sentence that is a list."""
    if RESPECTIVELY.search(sentence):
        return _respectively(sentence, stated)
    return stated + attached(sentence, stated, before)


RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
SIDE_WORD = re.compile(r"\b(?:against|in\s+favou?r|for|yes|no|abstain\w*|abstentions?)\b", re.I)
_SIDE = r"(?:against|in\s+favou?r|for(?!\s+the\s+\w+\s+time)|yes|no|abstain\w*|abstentions?)\b"
PAIRED = re.compile(r"(?P<votes>(?:(?:vot(?:ed|ing)\s+)?(?:against|in\s+favou?r|for|yes|no|abstain\w*|abstentions?)"
                    r"(?:\s*,\s*|\s+and\s+|\s+)?){2,})\s*,?\s*respectively\b"
                    # "A and B respectively voted for and abstained": the word before the votes
                    r"|\brespectively\s*,?\s+(?P<after>(?:vot(?:ed|ing)\s+)?" + _SIDE + r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
                    r"(?:vot(?:ed|ing)\s+)?" + _SIDE + r")+)", re.I)


def _respectively(sentence: str, stated: list) -> list[positions.Position]:
    """'A and B voted no and yes respectively': paired in order when the list and the votes have the same length;
    otherwise the list's states are left out (never the same vote for all)."""
    match = PAIRED.search(sentence)
    found = mentions(sentence)
    runs = [r for r in positions.lists(sentence, found) if match is None or r[-1].end <= match.start()]
    if match is None or not runs:
        gone = {m.iso3 for m in found[:len(found)] if m.start < (match.start() if match else len(sentence))}
        return [p for p in stated if p.iso3 not in gone]
    run = runs[-1]
    sides = [vote_of(w.group(0)) for w in SIDE_WORD.finditer(match["votes"] or match["after"])]
    states = list(dict.fromkeys(m.iso3 for m in run))
    kept = [p for p in stated if p.iso3 not in states]
    if len(states) != len(sides) or None in sides:
        return kept
    when = lead_of_positions(sentence)
    names = {m.iso3: sentence[m.start:m.end] for m in reversed(run)}
    return kept + [positions.Position(iso3, side, when, names[iso3], match.start())
                   for iso3, side in zip(states, sides)]


def attached(sentence: str, stated: list, before: str | None = None) -> list[positions.Position]:
    """Positions for the state lists `stated` leaves out, each by its role."""
    if TWO_VOTES.search(sentence):
        return []
    found = [m for m in mentions(sentence) if not positions.names_a_tie(sentence, m)]
    taken = {p.iso3 for p in stated}
    runs = [run for run in positions.lists(sentence, found) if not any(m.iso3 in taken for m in run)]
    out: list[positions.Position] = []
    for number, run in enumerate(runs):
        role = _label(sentence, run) or _apposition(sentence, run) or _counted_comma(sentence, run) \
            or _companion(sentence, run, stated) \
            or _joined_group(sentence, run)
        if role is None:
            continue
        vote, at = role
        head = runs[number - 1] if number else None
        if head and IN_DOING.match(sentence, run[-1].end) and re.fullmatch(
                r"\s+(?:[a-z][\w-]*\s+){0,6}", sentence[head[-1].end:at]):  # "A took the step of siding with B in …"
            out += _positions(sentence, head, vote, at, taken)
        out += _positions(sentence, run, vote, at, taken)
    if not stated and not out and before is not None:
        out += _list_sentence(sentence, before, found) or anaphora.pointed_list(sentence, before, found)
    return out


def _positions(sentence: str, run: list[Mention], vote: str, at: int, taken: set) -> list[positions.Position]:
    when = time_near(sentence, at, run[-1].end) or lead_of_positions(sentence)
    out = []
    for m in run:
        if m.iso3 not in taken:
            taken.add(m.iso3)
            out.append(positions.Position(m.iso3, vote, when, sentence[m.start:m.end], at))
    return out


def _clause_before(sentence: str, run: list[Mention], width: int = 200) -> str:
    head = sentence[max(0, run[0].start - width):run[0].start]
    return re.split(r"[.!?]\s|\n\s*\n", head)[-1]


def _label(sentence: str, run: list[Mention]) -> tuple[str, int] | None:
    """'The no votes were A, B and C': the label's side, when it names one and nothing stands between."""
    head = _clause_before(sentence, run)
    match = LABEL.search(head)
    if match is None or re.search(r"\bnot\b|\bnever\b", match.group(0), re.I) or mentions(match["filler"]):
        return None
    vote = vote_of(match.group(0)[:match.start("filler") - match.start()])
    return (vote, run[0].start - len(head) + match.start()) if vote else None


def _apposition(sentence: str, run: list[Mention]) -> tuple[str, int] | None:
    """'N countries, including A and B, voted against': the count's side, from its noun, its verb, the verb after
    the list, or the agent phrase before the count; never more states than N."""
    head = _clause_before(sentence, run)
    match = COUNTED.search(head)
    if match is None or len({m.iso3 for m in run}) > int(match["n"]) or (
            match["described"] and mentions(match["described"])):
        return None
    at = run[0].start - len(head) + match.start()
    if match["verb"]:
        words = match["verb"]
    elif match["bare"] is not None:  # a number alone: only the verb after its list says what it counts
        after = AFTER_LIST.match(sentence, run[-1].end)
        if after is None or NEGATED.search(sentence[:after.start("verb")]):
            return None
        words = after["verb"]
    elif match["noun"].lower().startswith(("abstention", "vote")):
        words = match["noun"]
    elif (after := AFTER_LIST.match(sentence, run[-1].end)) is not None:
        if NEGATED.search(sentence[:after.start("verb")]) or _object_is_a_state(sentence, after.end()):
            return None
        words = after["verb"]
    elif (agent := AGENT.search(head, 0, match.start())) is not None:
        words = agent["agent"]
    elif (joined := JOINED.search(head, 0, match.start())) is not None:
        sides = {cue[2] for cue in cues(head[:joined.start()])}
        words = sides.pop() if len(sides) == 1 and sides <= set(positions.SIDES) else None
    else:
        return None
    if words is None or negated(head[:match.start()]):
        return None
    vote = words if words in positions.SIDES else vote_of(words)
    return (vote, at) if vote else None


def _counted_comma(sentence: str, run: list[Mention]) -> tuple[str, int] | None:
    """'…, none against and two abstentions, A and B.': the count's side, when the list holds exactly N states and
    ends its clause (a verb after it would make the list a new subject: '…, A and B voted no')."""
    head = _clause_before(sentence, run)
    match = COUNTED_COMMA.search(head)
    if match is None or len({m.iso3 for m in run}) != int(match["n"]) or not CLAUSE_CLOSES.match(sentence, run[-1].end) \
            or negated(head[:match.start()]):
        return None
    vote = vote_of(match["noun"])
    return (vote, run[0].start - len(head) + match.start()) if vote else None


NEGATION = re.compile(r"\b(?:not|never|without|failed\s+to|refused\s+to|no\s+longer)\b|n't\b", re.I)


def negated(before: str) -> bool:
    """A negation or a hypothetical in the clause before a predicate: 'has not had the support of 5 countries'."""
    clause = re.split(r"[,;:()]|" + CLAUSE_BOUND.pattern, before, flags=re.I)[-1]
    return bool(NEGATION.search(clause) or NEGATED.search(before) or INTENDED.search(before))


def _object_is_a_state(sentence: str, end: int) -> bool:
    """'backed the UK': a side taken with a state, not a vote on the text."""
    ahead = mentions(sentence[end:end + 40])
    return bool(ahead) and ahead[0].start <= 6


def _companion(sentence: str, run: list[Mention], stated: list) -> tuple[str, int] | None:
    """'X voted against, joining with A and B': the vote of 'in opposing …' after the list, else the one vote the
    sentence gives its other states."""
    head = _clause_before(sentence, run, 120)
    match = COMPANION.search(head)
    if match is None or NOT_A_VOTE.search(re.split(r"[,;:]", head)[-1]) or negated(head[:match.start()]):
        return None
    if any(a < run[0].start - len(head) + match.start() < b for a, b in
           (r.span() for r in positions.RELATIVE_SPAN.finditer(sentence))):
        return None  # "B, which A accused of siding with C, voted yes": a deed in a relative clause
    at = run[0].start - len(head) + match.start()
    doing = IN_DOING.match(sentence, run[-1].end)
    if doing is not None:
        vote = vote_of(doing["verb"])
        return (vote, at) if vote else None
    if re.match(r"sid(?:ed|ing)|st(?:ood|and)", match.group(0), re.I):  # "A sided with B", "A stood with B": a side
        return None
    if re.search(r"\bvot(?:ed|es|ing)\s+$", head[:match.start()], re.I):
        return None  # "A voted alongside B": A's side is not given here
    bounds = [0] + [b.end() for b in CLAUSE_BOUND.finditer(sentence)] + [len(sentence)]
    low = max(b for b in bounds if b <= at)
    high = min(b for b in bounds if b > at)
    votes = {p.vote for p in stated if low <= p.at < high}
    if len(votes) != 1 or not votes <= set(positions.SIDES) - {"absent"}:
        return None
    return votes.pop(), at


# "A joined the 58 countries that abstained", "A joined 144 other member states on Saturday in supporting it"
JOINED_GROUP = re.compile(r"\s+(?:also\s+)?join(?:ed|s)?\s+(?:the\s+)?(?:\d{1,3}\s+)?(?:other\s+)?(?:[\w-]+\s+){0,3}?"
                          + GROUP + r"\b(?:\s*,\s*|\s+)(?:(?:that|which|who)\s+(?:had\s+|have\s+)?(?:also\s+)?(?P<verb>"
                          + VERB + r")|(?:[^,.;:]{0,40}?\s)?in\s+(?P<doing>opposing|voting\s+(?:against|in\s+favou?r|for"
                          r"|yes|no)|supporting|backing|abstaining))", re.I)


def _joined_group(sentence: str, run: list[Mention]) -> tuple[str, int] | None:
    """'A joined the 58 countries that abstained': the subject joins a group its vote defines."""
    match = JOINED_GROUP.match(sentence, run[-1].end)
    if match is None or negated(sentence[:run[0].start]) or _object_is_a_state(sentence, match.end()):
        return None
    vote = vote_of(match["verb"] or match["doing"])
    return (vote, match.start()) if vote else None


def _list_sentence(sentence: str, before: str, found: list[Mention]) -> list[positions.Position]:
    """'There were only four abstentions. A, which …, B and C.': a sentence that is only a list after a sentence that
    gives one side and names no state; never more states than a number it gives."""
    if not found or VOTE_WORDS.search(sentence) or mentions(before) or TWO_VOTES.search(before):
        return []
    bare = RELATIVE.sub(lambda m: " " * len(m.group(0)), sentence)
    kept = [m for m in found if not bare[m.start:m.end].isspace()]
    runs = positions.lists(bare, kept)
    if len(runs) != 1 or not re.fullmatch(r"[\s\W]*(?:the\s+)?", bare[:kept[0].start], re.I) \
            or not anaphora.list_ends(bare[kept[-1].end:]):
        return []
    sides = {vote_of(m.group(0)) for m in SINGLE_VOTE.finditer(before)} - {None}
    numbers = [int(n) for n in re.findall(r"\b\d{1,3}\b", before)]
    if len(sides) != 1 or len(numbers) > 1 or (numbers and len({m.iso3 for m in kept}) > numbers[0]):
        return []
    vote = sides.pop()
    return _positions(sentence, kept, vote, kept[0].start, set())
