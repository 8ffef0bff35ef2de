"""Find the claims about recorded votes in a text: tallies, counts and comparisons, and states' positions.

Rule-based and deliberately narrow: a sentence yields a claim only when it has a vote phrase, and a position
claim only when its subject is a plain list of state names (possessives, titles and other words break it).
A missed claim is better than a wrong one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from unga import countries

NUMBER = r"(\d{1,3})"
VOTE_OF_LABEL = {"in favour": "yes", "in favor": "yes", "for": "yes", "yes": "yes", "against": "no", "no": "no",
                 "opposed": "no", "abstentions": "abstain", "abstention": "abstain", "abstaining": "abstain",
                 "abstained": "abstain", "abstain": "abstain"}
LABELLED = re.compile(NUMBER + r"\s+(?:votes?\s+|countries\s+|states\s+|nations\s+|members\s+|member states\s+)?"
                      r"(?:were\s+|voted\s+|voting\s+|had\s+)?(in favou?r|for|yes|against|no|opposed|abstentions?"
                      r"|abstaining|abstained|abstain)\b", re.I)
BY_VOTES_TO = re.compile(r"\b(?:by|of)\s+(?:a\s+(?:vote|margin)\s+of\s+)?" + NUMBER + r"\s+(?:votes\s+)?to\s+" + NUMBER
                         + r"\b", re.I)
DASHED = re.compile(r"\b" + NUMBER + r"\s*[-–]\s*" + NUMBER + r"(?:\s*[-–]\s*" + NUMBER + r")?\b(?!\s*[-–]?\s*\d)")
COUNT = re.compile(r"(?:\b(more than|over|fewer than|less than|under|at least|nearly|almost|only|just)\s+)?\b" + NUMBER
                   + r"\s+(?:other\s+)?(?:countries|states|nations|member states|members|governments|delegations)\b"
                   r"(?:,)?\s*(?:that\s+|which\s+|who\s+|had\s+|have\s+)?(?:also\s+)?"
                   r"(voted in favou?r|voted for|voted yes|backed|supported|endorsed|condemned|approved"
                   r"|abstained|refused to vote|declined to vote|voted against|voted no|opposed|rejected)", re.I)
OPS = {"more than": ">", "over": ">", "fewer than": "<", "less than": "<", "under": "<", "at least": ">=",
       "nearly": "<", "almost": "<"}
COUNT_FIELD = {"abstained": "abstain", "refused to vote": "abstain", "declined to vote": "abstain",
               "voted against": "no", "voted no": "no", "opposed": "no", "rejected": "no"}
POSITION = [  # (pattern, vote); a pattern's match begins right after the subject
    (r"(?:also\s+|all\s+|both\s+)?(?:abstained|chose to abstain|decided to abstain)(?:\s+from\s+(?:the\s+)?vot(?:e|ing))?", "abstain"),
    (r"(?:also\s+|all\s+)?(?:refused|declined) to vote", "abstain_or_absent"),
    (r"(?:also\s+|all\s+)?voted (?:against|no)\b", "no"),
    (r"(?:also\s+|all\s+)?voted (?:in favou?r|for|yes)\b", "yes"),
    (r"(?:also\s+)?(?:backed|supported|endorsed) (?:the|it|this|that)\b", "yes"),
    (r"(?:also\s+)?(?:opposed|rejected) (?:the|it|this|that)\b", "no"),
    (r"(?:did not|didn't|failed to) (?:vote|take part|participate)\b|(?:was|were) absent\b", "absent"),
]
JOINED = re.compile(r"\bjoined\s+(?:with\s+)?(?P<others>[^.;]+?)\s+(?:in|to)\s+(?P<verb>voting against|vote against|"
                    r"abstaining|abstain|voting for|vote for|voting in favou?r|backing|support(?:ing)?|opposing)\b", re.I)
JOINED_VOTE = {"voting against": "no", "vote against": "no", "opposing": "no", "abstaining": "abstain", "abstain": "abstain",
               "voting for": "yes", "vote for": "yes", "voting in favour": "yes", "voting in favor": "yes",
               "backing": "yes", "support": "yes", "supporting": "yes"}
AS_DID = re.compile(r",?\s+as did\s+(?P<states>[^.;]+?)(?=[.;]|$)", re.I)
CONNECTORS = {"and", "both", "as", "well", "along", "with", "together", "also", "plus", "the", "all", "only", "even",
              "neither", "nor", "either", "or", "delegations", "delegation", "of", "too",
              "three", "four", "two", "five", "countries", "states", "who", "which", "had", "have", "has"}


@dataclass
class Claim:
    kind: str                 # tally | count | position | other
    text: str                 # the sentence
    span: tuple[int, int]     # the sentence's characters in the text
    asserted: dict
    state: str | None = None
    sentence: int = 0
    notes: list[str] = field(default_factory=list)


def state_list(text: str) -> list[str] | None:
    """The states of a phrase made only of state names and connectors ('Pakistan, India and China'), else None."""
    words = re.findall(r"[\w’'.-]+", text.replace("’", "'"))
    found, i = [], 0
    while i < len(words):
        for size in range(min(7, len(words) - i), 0, -1):
            phrase = " ".join(words[i:i + size])
            if size == 1 and "'" in phrase:
                continue  # "Pakistan's neighbour": a possessive is not the state
            iso3 = countries.lookup(phrase)
            if iso3 and not (size == 1 and words[i].lower() in CONNECTORS):
                found.append(iso3)
                i += size
                break
        else:
            if words[i].lower() not in CONNECTORS:
                return None
            i += 1
    return list(dict.fromkeys(found)) or None


def _subject(before: str) -> list[str] | None:
    """The states right before a vote phrase, reading comma-separated pieces back while each is a state list."""
    pieces = re.split(r",|;|\b(?:while|whereas|but|although)\b", before)
    states: list[str] = []
    for piece in reversed(pieces):
        found = state_list(piece)
        if found is None:
            break
        states = found + states
    return states or None


def _numbers(sentence: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for match in BY_VOTES_TO.finditer(sentence):
        found.setdefault("yes", int(match[1]))
        found.setdefault("no", int(match[2]))
    for match in LABELLED.finditer(sentence):
        found.setdefault(VOTE_OF_LABEL[match[2].lower()], int(match[1]))
    if len(found) < 2:
        match = DASHED.search(sentence)
        if match and re.search(r"\b(vote|voted|passed|adopted|approved|tally|margin)\b", sentence, re.I):
            found = {"yes": int(match[1]), "no": int(match[2])} | ({"abstain": int(match[3])} if match[3] else {})
    return found


def extract(text: str, spans: list[tuple[int, int, str]]) -> list[Claim]:
    claims: list[Claim] = []
    for index, (start, end, sentence) in enumerate(spans):
        numbers = _numbers(sentence)
        if len(numbers) >= 2:
            claims.append(Claim("tally", sentence, (start, end), numbers, sentence=index))
        for match in COUNT.finditer(sentence):
            verb = match[3].lower()
            field_ = COUNT_FIELD.get(verb, "yes")
            if len(numbers) >= 2 and field_ in numbers and numbers[field_] == int(match[2]):
                continue  # already part of the tally
            op = OPS.get((match[1] or "").lower(), "=")
            claims.append(Claim("count", sentence, (start, end), {"field": field_, "op": op, "value": int(match[2])},
                                sentence=index, notes=[f"'{verb}' read as {field_}"] if verb in COUNT_FIELD else []))
        claims += _positions(sentence, start, end, index)
    return claims


def _positions(sentence: str, start: int, end: int, index: int) -> list[Claim]:
    out: list[tuple[str, str]] = []
    for match in JOINED.finditer(sentence):
        vote = JOINED_VOTE[match["verb"].lower()]
        subject, others = _subject(sentence[:match.start()]), state_list(match["others"])
        if subject and others:
            out += [(s, vote) for s in subject + others]
    for pattern, vote in POSITION:
        for match in re.finditer(r"\b" + pattern, sentence, re.I):
            subject = _subject(sentence[:match.start()])
            if subject:
                out += [(s, vote) for s in subject]
                tail = AS_DID.match(sentence, match.end()) or AS_DID.search(sentence[match.end():match.end() + 80])
                extra = state_list(tail["states"]) if tail else None
                out += [(s, vote) for s in extra or []]
    seen = dict.fromkeys(out)
    return [Claim("position", sentence, (start, end), {"vote": vote}, state=state, sentence=index)
            for state, vote in seen]


def mentions_a_vote(sentence: str) -> bool:
    """A sentence about a vote or resolution that yielded no checkable claim (reported as kind 'other')."""
    return bool(re.search(r"\b(vot(?:e|ed|es|ing)|abstain\w*|resolution)\b", sentence, re.I))
