"""A learned reading of positions: for a state named in a vote sentence that no rule read, how likely each vote is;
the likeliest vote above the model's threshold is a position claim that is never called false (docs/claims.md,
"tenth round" and "thirty-fourth round"). Trained and measured by leaving whole sets out in
benchmarks/learn_positions.py, which writes the weights to unga/data/learned_positions.json.

Every (state mention, vote) of a sentence that speaks of a vote is a *candidate*; its features are of our own making
(no words of the texts): the vote phrases (`phrases.CUES`, the labels of `numbers.tallies`, a few vote words) of that
vote around the mention, how far they are in words, what stands between (commas, colons, dashes, brackets,
conjunctions, relative pronouns, negations, other states, other vote phrases), the mention's list and place in the
clause, what the rules already read in the sentence, and (since the thirty-fourth round) the sentence before and
the title. A logistic regression over them gives each candidate a probability.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from unga.claims import cues as vote_cues
from unga.claims import digits, numbers, positions
from unga.claims.extract import Claim, mentions_a_vote
from unga.claims.position_time import lead_time
from unga.claims.scope import scope_of
from unga.claims.names import Mention, mentions
from unga.claims.phrases import CUES, WORD

VOTES = ("yes", "no", "abstain", "absent")

# vote words no rule takes alone; they only make a vote a candidate and give the weakest cue
WEAK = {"yes": re.compile(r"\b(?:in\s+favou?r|favou?r(?:ed|ing)?|support(?:ed|ing|s)?|back(?:ed|ing)|yes|endors\w*|approv\w*)\b", re.IGNORECASE),
        "no": re.compile(r"\b(?:against|oppos\w*|reject\w*|no|nay|dissent\w*|negative)\b", re.IGNORECASE),
        "abstain": re.compile(r"\b(?:abstain\w*|abstention\w*|refrain\w*)\b", re.IGNORECASE),
        "absent": re.compile(r"\b(?:absent|absence\w*|not\s+(?:vote|voting|present|participate|take\s+part))\b", re.IGNORECASE)}
TALLY_FIELD = re.compile(r"\b(?:in\s+favou?r|for|yes|against|no|abstentions?|abstain\w*|absent|absen\w*)\b", re.IGNORECASE)
RELATIVE = re.compile(r"\b(?:which|who|whom|whose|that)\b", re.IGNORECASE)
NEGATION = re.compile(r"\b(?:not|never|no\s+longer|n['’]t)\b", re.IGNORECASE)
CONTRAST = re.compile(r"\b(?:but|while|whereas|although|though|however|yet)\b", re.IGNORECASE)
JOIN = re.compile(r"\b(?:join\w*|along\s+with|together\s+with|alongside|as\s+well\s+as|followed\s+suit|as\s+did|so\s+did"
                  r"|likewise|also|too|including|among\s+them|such\s+as)\b", re.IGNORECASE)
PREPOSITION = re.compile(r"\b(?:in|to|from|of|at|with|by|against|on|for|between|toward|towards|over|about|into|visit\w*)\s+(?:the\s+)?$",
                         re.IGNORECASE)
SAY = re.compile(r"\b(?:said|says|say|told|tells|warned|urged|called|accused|condemned|criticized|criticised|argued)\b",
                 re.IGNORECASE)
PROCEDURAL = re.compile(r"\bamendments?\b|\bmotions?\b|\bno-action\b|\bparagraphs?\b|\bprocedural\b", re.IGNORECASE)
SPONSOR = re.compile(r"\b(?:co-?sponsor\w*|sponsor\w*|tabled|introduced|drafted|submitted|proposed|authored)\b", re.IGNORECASE)
QUOTED = re.compile(r"[‘“\"][^’”\"]{1,120}[’”\"]")
OTHER_BODY = re.compile(r"\bSecurity Council\b|\bUNSC\b|\bveto\w*|\bCommittee\b|\bHuman Rights Council\b", re.IGNORECASE)


@dataclass
class Cue:
    start: int
    end: int
    vote: str
    kind: str  # label | active | passive | loose | fronted | tally | weak


def _kind(index: int, vote: str) -> str:
    if vote in ("pno", "pyes"):
        return "passive"
    if vote in ("not_yes", "abstain or absent", "not_taking_part"):
        return "loose"
    if index <= 10:
        return "label"
    if re.match(r"\(\?:\^\|\(\?<=", CUES[index][0]):
        return "fronted"
    return "active"


def cues(sentence: str) -> list[Cue]:
    """The vote phrases of a sentence: the rules' own, the labels of its tallies, and the weak vote words."""
    out = []
    for start, end, vote, match in vote_cues.cues(sentence):
        index = int(next(k for k, v in match.groupdict().items() if v is not None and k[0] == "c")[1:])
        kind = _kind(index, vote)
        for value in {"pno": ("no",), "pyes": ("yes",), "not_yes": ("no",),
                      "abstain or absent": ("abstain", "absent"), "not_taking_part": ("abstain", "absent")}.get(vote, (vote,)):
            if value in VOTES:
                out.append(Cue(start, end, value, kind))
    for group in numbers.tallies(sentence):
        for label in TALLY_FIELD.finditer(sentence, group.start, group.end):
            vote = _tally_vote(label.group(0))
            if vote in group.fields:
                out.append(Cue(label.start(), label.end(), vote, "tally"))
    taken = [(c.start, c.end) for c in out]
    for vote, pattern in WEAK.items():
        out += [Cue(m.start(), m.end(), vote, "weak") for m in pattern.finditer(sentence)
                if not any(a <= m.start() < b or m.start() <= a < m.end() for a, b in taken)]
    return sorted(out, key=lambda c: c.start)


def _tally_vote(word: str) -> str:
    word = word.lower()
    if word.startswith("absen"):
        return "absent"
    if word.startswith("abst"):
        return "abstain"
    return "no" if word in ("against", "no") else "yes"


@dataclass
class Context:
    """What the text says around a sentence (thirty-fourth round): the sentence before it and the text's first line,
    its title. borrow: a sentence with no phrase of a vote may still take the votes of the sentence before."""
    before: str = ""
    title: str = ""
    before_read: tuple[str, ...] = ()  # the votes the rules read in the sentence before
    borrow: bool = False


# a sentence that goes on from the one before: a pronoun or a group as subject, or a bare "and"/"also"
CONTINUATION = re.compile(r"^\W*(?:they|these|those|others?|the\s+(?:others?|rest|remaining)|among\s+(?:them|these|those)"
                          r"|(?:the\s+)?\d+\s+(?:\w+\s+){0,2}(?:were|are)|and|also|so\s+did|likewise|similarly)\b", re.IGNORECASE)
BULLET = re.compile(r"(?:^|\n)[ \t]*(?:[-–—•*·]|\d{1,3}[.)])?[ \t]*$")


@lru_cache(maxsize=64)
def strong_votes(sentence: str) -> frozenset[str]:
    """The votes a phrase other than a weak vote word gives in a sentence (each sentence is the one before, and the
    title is asked of every sentence: read once)."""
    return frozenset(c.vote for c in cues(sentence) if c.kind != "weak")


@dataclass
class Candidate:
    iso3: str
    vote: str
    start: int  # the mention's characters in the sentence
    end: int
    features: dict[str, float]


def candidates(sentence: str, read: dict[str, str], context: Context | None = None) -> list[Candidate]:
    """Every (mention, vote) of a vote sentence for a vote some phrase of the sentence gives (or, with
    context.borrow, a phrase of the sentence before). read: the states the rules read in the sentence, with their
    vote."""
    context = context or Context()
    found = mentions(sentence, metonyms=True)
    if not found:
        return []
    all_cues = cues(sentence)
    before = strong_votes(context.before) if context.before else set()
    votes = {c.vote for c in all_cues} | (before if context.borrow else set())
    if not found or not votes:
        return []
    starts = [m.start() for m in WORD.finditer(sentence)]
    runs = positions.lists(sentence, found)
    run_of = {id(m): run for run in runs for m in run}
    common = {**_sentence_features(sentence, found, all_cues, read), **_context_features(sentence, found, context)}
    title = strong_votes(context.title) if context.title else set()
    out = []
    for m in found:
        near = min(all_cues, key=lambda c: _gap(m, c)) if all_cues else None
        own = _mention_features(sentence, m, run_of[id(m)], read, found)
        for vote in sorted(votes):
            mine = [c for c in all_cues if c.vote == vote]
            cue = _cue_features(sentence, starts, m, mine, all_cues, found) if mine else {"borrowed": 1.0}
            features = {**common, **own, **cue, f"vote={vote}": 1.0,
                        "nearest_cue_is_vote": float(near is not None and near.vote == vote),
                        "run_read_same": float(any(read.get(o.iso3) == vote for o in run_of[id(m)] if o is not m)),
                        "sentence_read_same": float(vote in read.values()),
                        "before_vote": float(vote in before), "before_only_vote": float(before == {vote}),
                        "before_read_same": float(vote in context.before_read), "title_vote": float(vote in title)}
            out.append(Candidate(m.iso3, vote, m.start, m.end, features))
    return out


def _context_features(sentence: str, found: list, context: Context) -> dict[str, float]:
    """How the sentence stands to the one before: goes on from it, or is a bare list of states."""
    rest = sentence
    for m in sorted(found, key=lambda m: -m.start):
        rest = rest[:m.start] + rest[m.end:]
    return {"continuation": float(bool(CONTINUATION.match(sentence))),
            "bare_list": float(len(re.findall(r"[^\W\d_]{3,}", re.sub(r"\b(?:and|the|of)\b", "", rest))) <= 2),
            "before_has_vote": float(bool(context.before and strong_votes(context.before))),
            "opens_line": float(sentence[:1] == "\n" or bool(re.match(r"\s*(?:[-–—•*·]|\d{1,3}[.)])\s", sentence)))}


def _gap(m: Mention, c: Cue) -> int:
    return c.start - m.end if c.start >= m.end else m.start - c.end if c.end <= m.start else 0


def _words(starts: list[int], a: int, b: int) -> int:
    return sum(1 for s in starts if a <= s < b)


def _sentence_features(sentence: str, found: list, all_cues: list[Cue], read: dict[str, str]) -> dict[str, float]:
    return {"bias": 1.0, "log_mentions": math.log1p(len({m.iso3 for m in found})),
            "log_votes": math.log1p(len({c.vote for c in all_cues})),
            "log_length": math.log1p(len(sentence) / 100), "rules_read_some": float(bool(read)),
            "procedural": float(bool(PROCEDURAL.search(sentence))), "other_body": float(bool(OTHER_BODY.search(sentence))),
            "has_colon": float(":" in sentence), "has_digits": float(bool(re.search(r"\d", sentence))),
            "line_breaks": float("\n" in sentence.strip()), "sponsors": float(bool(SPONSOR.search(sentence))),
            "only_weak_cues": float(all(c.kind == "weak" for c in all_cues))}


def _mention_features(sentence: str, m: Mention, run: list, read: dict[str, str], found: list) -> dict[str, float]:
    before, after = sentence[max(0, m.start - 30):m.start], sentence[m.end:m.end + 20]
    return {"in_list": float(len(run) > 1), "log_run": math.log1p(len(run)),
            "run_first": float(run[0] is m), "run_last": float(run[-1] is m),
            "run_read_other": float(any(o.iso3 in read for o in run if o is not m)),
            "possessive": float(bool(re.match(r"['’]s?\b", after))), "after_preposition": float(bool(PREPOSITION.search(before))),
            "opens_sentence": float(not re.search(r"\w", sentence[:m.start].replace("The", "", 1))),
            "after_colon_or_dash": float(bool(re.search(r"[:–—(]\s*(?:the\s+)?$|\s-\s*$", before))),
            "first_mention": float(found[0] is m),
            "line_item": float(bool(BULLET.search(sentence[:m.start]))),
            "line_after_colon": float(bool(re.search(r":\s*\n[^\n]*$", sentence[:m.start]))), "said_near": float(bool(SAY.search(sentence, max(0, m.start - 40),
                                                                                        min(len(sentence), m.end + 40))))}


def _cue_features(sentence: str, starts: list[int], m: Mention, mine: list[Cue], all_cues: list[Cue],
                  found: list) -> dict[str, float]:
    """The nearest phrase of this vote, and what stands between it and the mention."""
    cue = min(mine, key=lambda c: _gap(m, c))
    after = cue.start >= m.end
    a, b = (m.end, cue.start) if after else (cue.end, m.start)
    between = sentence[a:b] if a < b else ""
    words = _words(starts, a, b)
    others = [c for c in all_cues if a <= c.start < b and c.vote != cue.vote]
    out = {"cue_after": float(after), "log_words": math.log1p(words), f"kind={cue.kind}": 1.0,
           f"kind={cue.kind}_after": float(after), "words0_2": float(words <= 2), "words3_6": float(3 <= words <= 6),
           "words7_15": float(7 <= words <= 15), "words16+": float(words > 15),
           "commas": min(between.count(","), 4) / 4, "semicolon": float(";" in between), "colon": float(":" in between),
           "dash": float(bool(re.search(r"[–—]|\s-\s|--", between))), "bracket": float(bool(re.search(r"[()]", between))),
           "and_between": float(bool(re.search(r"\band\b", between))), "contrast": float(bool(CONTRAST.search(between))),
           "relative": float(bool(RELATIVE.search(between))), "negation": float(bool(NEGATION.search(between))),
           "join_word": float(bool(JOIN.search(between))), "period_between": float(bool(re.search(r"\.\s", between))),
           "other_vote_between": float(bool(others)),
           "states_between": min(sum(1 for o in found if a <= o.start < b), 4) / 4,
           "cues_of_vote": min(len(mine), 4) / 4,
           "cue_quoted": float(any(q.start() <= cue.start < q.end() for q in QUOTED.finditer(sentence))),
           "only_weak_of_vote": float(all(c.kind == "weak" for c in mine)),
           "negation_before_cue": float(bool(NEGATION.search(sentence, max(0, cue.start - 12), cue.start)))}
    return out


# ---------------------------------------------------------------- the model


def score(features: dict[str, float], model: dict) -> float:
    weights = model["weights"]
    z = sum(weights.get(k, 0.0) * v for k, v in features.items())
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


NOTE = "a learned reading: no rule reads this state's vote here, a model of the sentence does"
UNCERTAIN = "an uncertain reading of the text"
MODEL = "learned_positions.json"


@lru_cache(maxsize=1)
def model() -> dict | None:
    path = resources.files("unga.data") / MODEL
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def sentence_rows(spans: list, claims: list) -> list[tuple[int, str, dict, Context]]:
    """Each sentence that speaks of a vote, in digits, with the states the rules read in it and its context: the one
    place that frames a sentence for the model, in training (benchmarks/learn_positions.py) and in use."""
    title = digits.in_digits(spans[0][2]) if spans else ""
    read_by = [{} for _ in spans]
    for c in claims:
        if c.kind == "position" and c.sentence < len(spans):
            read_by[c.sentence][c.state] = c.asserted["vote"]
    out = []
    for index, (_, _, raw) in enumerate(spans):
        sentence = digits.in_digits(raw)
        across = not mentions_a_vote(sentence)
        before = digits.in_digits(spans[index - 1][2]) if index else ""
        earlier = tuple(sorted(set(read_by[index - 1].values()))) if index else ()
        out.append((index, sentence, read_by[index], Context(before, title if index else "", earlier, borrow=across)))
    return out


def read(spans: list, claims: list) -> list[Claim]:
    """The positions the model reads in the vote sentences, for the states the rules did not read there."""
    weights = model()
    if weights is None:
        return []
    out = []
    for index, sentence, read_here, context in sentence_rows(spans, claims):
        if context.borrow and not weights.get("across"):
            continue
        best: dict[str, tuple[float, Candidate]] = {}
        for c in candidates(sentence, read_here, context):
            p = score(c.features, weights)
            if c.iso3 not in read_here and p > best.get(c.iso3, (0.0, c))[0]:
                best[c.iso3] = (p, c)
        start, end, raw = spans[index]
        out += [Claim("position", raw, (start, end), {"vote": c.vote}, state=iso3, sentence=index,
                      notes=[NOTE], when=lead_time(sentence), scope=scope_of(sentence), name=sentence[c.start:c.end])
                for iso3, (p, c) in best.items() if p >= weights["threshold"]]
    return out


def with_readings(claims: list, spans: list) -> list:
    """The rules' claims with the model's readings, each after the last claim of its sentence or one before it."""
    out = list(claims)
    for extra in read(spans, claims):
        out.insert(max((k + 1 for k, c in enumerate(out) if c.sentence <= extra.sentence), default=0), extra)
    return out
