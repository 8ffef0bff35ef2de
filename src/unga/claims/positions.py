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
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from unga.claims import attach
from unga.claims.names import (  # noqa: F401 - the names, read here and by extract, blocks, coref, nominal
    Mention, PLACE_BEFORE, REGION_BEFORE, ROLE, SHORT_FORM, SHORT_FORMS, _lookup, _metonym, _spelt_out, mentions)
from unga.claims.phrases import (  # noqa: F401 - the vocabulary, read here and by extract
    ABOUT_THE_VOTE, AS_DID, ASIDE_IN_LIST, BESIDES, ECHO, UNIVERSAL, APPOSITION_SPAN, APPOSITIVE, BARE_VERB, CUE, CUES,
    DASHED_RELATIONAL,
    EXCEPT, JOINED, JOINED_TAIL,
    APPOSITION, LOOSE, METONYMS, OTHER_OBJECT, SPEAKS_OF_A_VOTE, unquoted,
    MONTH_NAMES, OBJECT_GAP, RELATIVE, SMALL, STOPS_OBJECT, SUBGROUP_IN_LIST, SUBJECT_GAP, TIGHT, VOTE_WORD, WHEN, WORD)


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


# "which had said it planned to abstain", "said it would vote against": an intention, not the vote
INTENDED = re.compile(r"\b(?:plann?(?:ed|ing|s)?|intend(?:ed|ing|s)?|expected|threaten(?:ed|ing|s)?|promis(?:ed|ing|es)?"
                      r"|vow(?:ed|ing|s)?|pledg(?:ed|ing|es)?|hop(?:ed|ing|es)|want(?:ed|s)?|going|likely|set|poised|urged|asked"
                      r"|called\s+on\s+\w+)\s+to\s+$|\b(?:would|will|might|may|could|should|shall)\s+(?:not\s+)?$", re.I)


def cues(sentence: str) -> list[tuple[int, int, str, re.Match]]:
    out = []
    for match in CUE.finditer(sentence):
        if INTENDED.search(sentence[max(0, match.start() - 40):match.start()]):
            continue
        index = int(next(k for k, v in match.groupdict().items() if v is not None and k[0] == "c")[1:])
        vote = CUES[index][1]
        if vote in ("dir", "to", "lab", "chg", "nv"):
            vote = VOTE_WORD[re.sub(r"\s+", " ", match[vote].lower())]
        elif vote == "jb":  # "was joined in its opposition by": the subject's vote, and the agents' ("j" + vote)
            vote = "j" + VOTE_WORD[(match["jb"] or match["jb2"]).lower()]
        elif vote == "poss":  # "voted in Myanmar's favour": for the state the resolution is about
            target = _lookup(match["poss"])
            if not target:
                continue
            vote = f"for:{target}"
        out.append((match.start(), match.end(), vote, match))  # "pno"/"pyes": passive, the states follow
    return out


SINGULAR = re.compile(r"(?:votes|opposes)\b", re.I)  # a present tense with one state for its subject
RELATIVE_SPAN = re.compile(r",\s*(?:which|who|whom|that)\s+(?!(?:also\s+|had\s+|have\s+|has\s+)?(?:vot|abstain|back|support"
                           r"|oppos|reject|did\s+not|refused|declined|switched|includ))[^,;.(]*", re.I)  # a bracket: a vote's list
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
    if sole in SIDES:  # "B and C followed suit": the one vote of the sentence before
        echoed = [(m.start(), m.end(), sole, m) for m in ECHO.finditer(sentence)]
        all_cues = sorted(all_cues + echoed, key=lambda c: c[0])
    targets = {id(m) for m in _targets(sentence, all_cues, found)}
    targeted = {(c[0], c[1]): t for c in all_cues if (t := _target_of(sentence, c, found))}
    found = [m for m in found if not ATTRIBUTIVE.search(sentence, max(0, m.start - 40), m.start)
             or OWN_VOICE.match(sentence, m.end)]
    inside = [m.span() for m in RELATIVE_SPAN.finditer(sentence)]  # ", which recognizes Israel,": not a side
    found = [m for m in found if not any(a < m.start < b for a, b in inside)]
    found = [m for m in found if id(m) not in targets]  # "voted for Myanmar": Myanmar takes no side in a list
    asides = _asides(sentence, found, all_cues)
    found = [m for m in found if not any(a < m.start < b for a, b in asides)]
    runs = lists(sentence, found)
    out: list[tuple[str, str, int, Mention]] = []
    used: set[int] = set()
    others = OTHERS.match(sentence)
    if others and last:
        limit = all_cues[0][0] if all_cues else len(sentence)
        out += [(m.iso3, last, 0, m) for m in _object(sentence, others.end(), limit, found, used, runs)]
    for number, (start, end, vote, match) in enumerate(all_cues):
        if BARE_VERB.fullmatch(match.group(0)) and not ABOUT_THE_VOTE.match(sentence, end) \
                and (OTHER_OBJECT.match(sentence, end) or not SPEAKS_OF_A_VOTE.search(sentence)):
            continue  # "Russia backed the compensation commission": support for something else, not this vote
        if (start, end) in targeted:  # "voted against Myanmar": a side taken on the state, read against the title
            if vote not in ("yes", "no"):
                continue
            target = targeted[(start, end)]
            vote, end = f"{'against' if vote == 'no' else 'for'}:{target.iso3}", target.end
        if vote in ("pno", "pyes", "pveto"):
            out += [(m.iso3, vote[1:], start, m) for m in attach.passive(sentence, end, found, runs)]
            continue
        if vote[0] == "j":
            vote = vote[1:]
            agents = attach.passive(sentence, end, found, runs)
            out += [(m.iso3, vote, start, m) for m in agents]
            used |= {k for k, run in enumerate(runs) if any(m in agents for m in run)}
        if match["mid"]:
            out += [(m.iso3, vote, start, m) for m in found if match.start("mid") <= m.start < match.end("mid")]
        for k, run in enumerate(runs):
            if run[-1].end > start:
                continue
            gap = sentence[run[-1].end:start]
            if RELATIVE.match(gap) or (k not in used and SUBJECT_GAP.match(gap)) \
                    or (k not in used and _aside_then_subject_gap(gap)):
                subject = run[-1:] if SINGULAR.match(match.group(0)) else _without_object(sentence, run)
                out += [(m.iso3, vote, start, m) for m in subject]
                used.add(k)
                out += _joined(sentence, runs, k, vote, start, used)
            elif k not in used and JOINED_TAIL.match(gap):
                joined = _joined(sentence, runs, k, vote, start, used) if k > 0 else []
                if joined or re.search(r"\bjoin(?:ed|ing)\s+(?:with\s+)?$", sentence[max(0, run[0].start - 20):run[0].start],
                                       re.I):
                    out += [(m.iso3, vote, start, m) for m in run] + joined  # "(Four states) joined Russia in …"
                    used.add(k)
        limit = all_cues[number + 1][0] if number + 1 < len(all_cues) else len(sentence)
        out += [(m.iso3, vote, start, m) for m in _object(sentence, end, limit, found, used, runs)]
    listed = {id(entry[3]) for entry in out}
    out += attach.hung_lists(sentence, runs, used | {k for k, run in enumerate(runs) if any(id(m) in listed for m in run)},
                             all_cues)
    out += _switched_from(all_cues, out) + _again_before(sentence, all_cues, out)
    out = _without_excepted(sentence, runs, out)
    out += attach.companions(sentence, runs, used, all_cues, out,
                             lambda cue: _target_of(sentence, cue, [m for r in runs for m in r]) is not None)
    out = _unclear_splits(sentence, all_cues, out, mentions(sentence))
    votes = {entry[1] for entry in out}
    one = (votes.pop() if len(votes) == 1 else None) if out else _sole_vote(all_cues)
    out = [p for p in out if not p[1].endswith(f":{p[0]}")]  # "in favour of the United Kingdom (UK)": the target
    return _with_time(sentence, out, all_cues), (out[-1][1] if out else None, one)


SIDES = ("yes", "no", "abstain", "absent")


def _sole_vote(all_cues: list) -> str | None:
    """The one vote a sentence's vote phrases give ("Many Asian states abstained."), for a sentence after it that says
    "followed suit"; None when they give two votes or none."""
    votes = {c[2] for c in all_cues}
    return votes.pop() if len(votes) == 1 and votes <= set(SIDES) else None


# before a comma only these: "with A, B and C voting", "in addition to A, B", "the regimes of A, B" open lists
PREPOSITION_BEFORE = {",": re.compile(r"\b(?:against|on|over|at|(?<!addition\s)(?<!according\s)(?<!similar\s)to)\s+(?:the\s+)?$",
                                      re.I),  # "… hand the islands to Mauritius, the Maldives voted against"
                      ";": re.compile(r"\b(?:of|against|on|to|from|with|for|by|in|over|at)\s+(?:the\s+)?$", re.I)}
# "since the invasion of Afghanistan Ireland has …": two names with nothing between them are no list when the first
# is a preposition's object
PREPOSITION_BEFORE[""] = PREPOSITION_BEFORE[";"]


def _without_object(sentence: str, run: list[Mention]) -> list[Mention]:
    """'… embargo against X, A and B oppose', 'the blockade of X; A, B join …', 'the invasion of X A has': a
    preposition's object, then a comma, a semicolon or nothing, is no subject."""
    if len(run) < 2:
        return run
    mark = re.fullmatch(r"\s*([,;])\s*(?:the\s+)?|[ \t]+()(?:the\s+)?", sentence[run[0].end:run[1].start])
    if mark and PREPOSITION_BEFORE[mark[1] or mark[2] or ""].search(sentence, max(0, run[0].start - 15), run[0].start):
        return run[1:]
    return run


def _without_excepted(sentence: str, runs: list, out: list) -> list:
    """'All but A and B voted yes', 'every state except A': the list takes no vote, unless a relative clause of its
    own gives it one ('all of them, except A, which abstained')."""
    ends = {m.end for run in runs for m in run}
    excepted = {id(m) for run in runs if EXCEPT.search(sentence[max(0, run[0].start - 40):run[0].start])
                and not _besides(sentence, run, ends) for m in run}
    return [e for e in out if id(e[3]) not in excepted or (e[2] > e[3].end and re.match(
        r"\s*,?\s*\(?(?:which|who)\b", sentence[e[3].end:e[2]], re.I))]


CLAUSE_BOUND = re.compile(r"[.;:]\s|\b(?:while|whereas|but)\b", re.I)


def _besides(sentence: str, run: list[Mention], ends: set[int]) -> bool:
    """'Besides the US, A and B voted against': a list named with 'besides' ('apart from', 'other than', 'in addition
    to') votes as the clause's voters when the clause speaks of no whole ('all', 'every', 'the rest', 'any'), and
    the phrase is no aside of a state ('A, apart from B, voted yes': which of the two is meant is not clear)."""
    word = BESIDES.search(sentence, max(0, run[0].start - 40), run[0].start)
    if not word:
        return False
    head = sentence[:word.start()].rstrip()
    if head.endswith(",") and len(head.rstrip(",").rstrip()) in ends:
        return False
    bounds = [m.span() for m in CLAUSE_BOUND.finditer(sentence)]
    start = max((b for a, b in bounds if b <= run[0].start), default=0)
    end = min((a for a, b in bounds if a >= run[-1].end), default=len(sentence))
    here = sentence[start:end]
    return not UNIVERSAL.search(here)


def _aside_then_subject_gap(gap: str) -> bool:
    """', also in the Pacific, ', ', with its links to London, felt obliged to ': an aside, then a subject's gap."""
    gap = re.sub(r"^\s*(?:(?:and|among)\s+(?:\d+\s+)?others?(?:\s+(?:countries|states|nations|members))?|has|have|had)"
                 r"(?=\s*(?:,|--|—|–))", "", gap, flags=re.I)  # "A, B and 24 other members – including C – voted"
    if CUE.search(gap):
        return False
    dashed = re.match(r"\s*(?:--|—|–)[^–—\n]{1,60}?(?:--|—|–)", gap) or DASHED_RELATIONAL.match(gap)  # " – all close allies of Russia – voted"
    if dashed and not re.search(r"\d", dashed.group(0)):
        return bool(SUBJECT_GAP.match(gap[dashed.end():]))
    aside = APPOSITIVE.match(gap)
    return bool(aside) and bool(SUBJECT_GAP.match(gap[aside.end():]))


def _asides(sentence: str, found: list[Mention], all_cues: list) -> list[tuple[int, int]]:
    """Spans of asides right after a state and right before a vote phrase that say more than a name
    ("India, a close partner of Russia, abstained"; not "the US, the UK, and France voted")."""
    out = []
    for m in [*APPOSITION_SPAN.finditer(sentence), *DASHED_RELATIONAL.finditer(sentence)]:
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


LIST_OPENS = re.compile(r"(?:\b(?:were|was|are|included|including|include|such\s+as|namely)|[:(–—]|\s-)\s*(?:the\s+)?$",
                        re.I)


# a comma, then a subject that opens its own list: ", several countries including", ", while countries like"
NEW_SUBJECT = re.compile(r"[^,;:()]{0,60}?,\s*(?:while\s+|whereas\s+|and\s+|but\s+)?(?:several|many|some|most|a\s+few|\d{1,3})?\s*"
                         r"(?:other\s+)?(?:countries|states|nations|members|member\s+states|others)\s*,?\s*"
                         r"(?:including|such\s+as|like|among\s+them)\s*(?:the\s+)?$", re.I)


def _unclear_splits(sentence: str, all_cues: list, out: list, found: list[Mention]) -> list:
    """'A and B voted against C and D abstained', 'Voting against were A, B C and D abstained': names between two
    vote phrases, taken after the first (as its list or its target) and standing right before the second as its
    subject, with no 'while', 'but', colon or semicolon to split them. Which vote each name has is not clear:
    every name of the clause is dropped (unverifiable rather than a wrong side)."""
    dropped: set[int] = set()
    for first, second in zip(all_cues, all_cues[1:]):
        between = [m for m in found if first[1] <= m.start < second[0]]
        if between:  # "2 against (A and B), with C abstaining": a closed bracket ends the first phrase's list
            closed = sentence.rfind(")", first[1], between[-1].start)
            between = [m for m in between if m.start > closed]
        gap = sentence[first[1]:second[0]]
        if not between or STOPS_OBJECT.search(gap.lstrip(" :")) or sentence[second[0]:second[1]].rstrip().endswith(":"):
            continue
        if not SUBJECT_GAP.match(sentence[between[-1].end:second[0]]):
            continue  # the names are not the second phrase's subject
        if NEW_SUBJECT.match(sentence[first[1]:between[0].start]) or \
                _counted_subject(sentence, sentence[first[1]:between[0].start], between, second[0]):
            continue  # "…voted against, several countries including A and B abstained": a clause of its own
        taken_after = any(at == first[0] and between[0].start <= m.start < second[0] for _, _, at, m, *_ in out)
        targeted = any(":" in vote for _, vote, at, *_ in out if at == first[0])
        opening = sentence[first[1]:between[0].start]  # "Voting against X were A B abstained", not "35 -- including A -- voted"
        introduced = LIST_OPENS.search(opening) and not re.search(r"(?<![\w/-])\d+(?![\w/-])", opening) and \
            not re.search(r"[–—)]|--|\s-\s", sentence[between[-1].end:second[0]])
        if taken_after or targeted or introduced:
            clause = max((m.start for m in found if m.start < first[0] and STOPS_OBJECT.search(
                sentence[m.end:first[0]])), default=-1)
            dropped |= {m.start for m in found if clause < m.start < second[0]}
    return [entry for entry in out if entry[3].start not in dropped]


BEFORE = "before"  # the series' vote before the one reported ("changed their vote from against to for")


# "abstained for a second consecutive year", "voted against for the third year in a row": the vote before was the same
AGAIN = re.compile(r"\s*(?:for\s+(?:a|the)\s+(?:second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th))\s+(?:consecutive|straight"
                   r"|successive)\s+(?:year|time|session)|for\s+the\s+(?:second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th))"
                   r"\s+(?:year|time)\s+in\s+a\s+row)\b", re.I)


def _again_before(sentence: str, all_cues: list, out: list) -> list:
    """A state's vote said to repeat its vote of the series' vote before: that vote too."""
    ends = {start: end for start, end, *_ in all_cues}
    return [(iso3, vote, at, m, BEFORE) for iso3, vote, at, m, *given in out
            if not given and at in ends and m.end <= at and AGAIN.match(sentence, ends[at])]  # the subject's


def _switched_from(all_cues: list, out: list) -> list:
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


def _target_of(sentence: str, cue: tuple, found: list[Mention]) -> Mention | None:
    """'voted against Myanmar': the state named right after the cue is the resolution's target, not a side."""
    start, end = cue[0], cue[1]
    if cue[2] in ("pno", "pyes", "pveto") or cue[2].startswith(("for:", "j")) or re.search(r"(?::|\)\s*(?:--|—|–|-)|\bfrom|\bvoted|^abstained)\s*$", sentence[start:end], re.I):
        return None
    after = re.match(r"\s*(?:the\s+)?", sentence[end:])
    at = end + (after.end() if after else 0)
    bare = end + len(sentence[end:]) - len(sentence[end:].lstrip())
    of = re.match(r"\s*of\s+((?:the\s+)?)", sentence[end:]) if re.search(r"favou?r$", sentence[start:end], re.I) else None
    owner = (end + of.start(1), end + of.end(1)) if of else ()  # "in favour of the United Kingdom", not "of Palestine's bid"
    return next((m for m in found if m.start in (at, bare) or m.start in owner and not OWNED.match(sentence, m.end)),
                None)


# after "in favour of <state>", the state owns or sponsors what was favoured: "of Palestine's bid", "of the Saudi
# resolution", "of the Yemen and Turkey proposed motion", "of the Canadian amendment"
OWNED = re.compile(r"['’]s?\b|[^,.;]{0,40}?\b(?:resolutions?|drafts?|motions?|amendments?|proposals?|texts?|initiatives?"
                   r"|plans?|bids?)\b", re.I)


def _targets(sentence: str, all_cues: list, found: list[Mention]) -> list[Mention]:
    return [m for m in (_target_of(sentence, c, found) for c in all_cues) if m]


def targeted_spans(sentence: str) -> list[tuple[int, int]]:
    """The vote phrases of a sentence that name a state as their target ("voted against Myanmar")."""
    found = mentions(sentence)
    return [(c[0], c[1]) for c in cues(sentence) if _target_of(sentence, c, found)] if found else []


def _joined(sentence: str, runs: list[list[Mention]], k: int, vote: str, start: int, used: set[int]) -> list:
    """'X joined A, B and C in voting against': the run k is A, B, C; X is the run before 'joined'."""
    if k == 0 or not JOINED_TAIL.match(sentence[runs[k][-1].end:start]):
        return []
    before = runs[k - 1]
    if not JOINED.match(sentence[before[-1].end:runs[k][0].start]):
        return []
    used.add(k - 1)
    return [(m.iso3, vote, start, m) for m in _without_object(sentence, before)]


ITEM_NUMBER = re.compile(r"\n[ \t]*(?:\(\d{1,3}\)|\d{1,3}[.)])[ \t]")


def _object(sentence: str, end: int, limit: int, found: list[Mention], used: set[int], runs) -> list[Mention]:
    """The states after a cue: a list after a colon, 'were', 'including', a bracket or a dash, or 'as did'."""
    following = [m for m in found if end <= m.start < limit]
    if not following:
        return []
    gap = re.sub(r"(?<=:)(\s*)(?:\(\d{1,3}\)|\d{1,3}[.)])(?=\s)", r"\1", sentence[end:following[0].start])  # ":\n(1) A"
    if not gap.strip() and not re.search(r"(?::|\)\s*(?:--|—|–|-)|\b(?:from|were|was|are|included|including|by|voted)"
                                         r"|^\W*abstained)\s*$", sentence[:end], re.I):
        return []  # "opposed the U.S. sanctions": a state right after a plain verb is no list of voters
    # "Voted yes: (72) the sponsors above, and 47 nations: A, B": a label's list opened again by a second colon
    if _counted_subject(sentence, gap, following, limit):
        return []  # "142 voted in favour, 10 countries -- A, B -- voted against": the states of the next phrase
    relabelled = (sentence[:end].rstrip().endswith(":") or gap.lstrip().startswith(":")) and gap.rstrip().endswith(":") and not CUE.search(gap) \
        and not re.search(r"[.;]", gap)
    if not (OBJECT_GAP.match(gap) or AS_DID.match(gap) or relabelled) or (
            STOPS_OBJECT.search(gap) and not re.search(r"[:]\s*$", gap) and not AS_DID.match(gap)):
        return []
    taken = [following[0]]
    listed = sentence[:end].rstrip().endswith(":") or gap.rstrip().endswith(":")
    run_of = {id(m): k for k, run in enumerate(runs) for m in run}
    for m in following[1:]:
        between = ITEM_NUMBER.sub(" ", sentence[taken[-1].end:m.start])  # "A\n  2. B": one list, numbered
        if run_of.get(id(m)) == run_of.get(id(taken[-1])) or SUBGROUP_IN_LIST.match(between):
            taken.append(m)  # one list: "were A, B, Holland, C", "include A, B and 3 Asian states – C, D"
            continue
        if listed and not re.search(r"[.:]|\b(?:and|or)\b.*,", between) and len(between) < 60 \
                and not APPOSITION.match(between):
            taken.append(m)  # a roll-call list ("In favour: A, B, …"): names the record spells otherwise do not end it
            continue
        if STOPS_OBJECT.search(between.replace(";", ",")) or not LOOSE.match(between) or CUE.search(between):
            break
        taken.append(m)
    ids = {id(m) for m in taken}
    for k, run in enumerate(runs):
        if any(id(m) in ids for m in run):
            used.add(k)
    return taken


# ", 10 countries --", ", four —": a count opening a clause of its own, its states between dashes
COUNTED_DASH = re.compile(r"^\s*,\s*(?:and\s+)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                          r"(?:(?:other\s+)?(?:[\w-]+\s+){0,2}?(?:countries|states|nations|members)\s*)?(?:--|—|–)\s*(?:the\s+)?$",
                          re.I)


def _counted_subject(sentence: str, gap: str, following: list[Mention], limit: int) -> bool:
    """', 10 countries -- A, B -- voted against' after another vote phrase: the dashes close before the next phrase,
    so the states are that phrase's subject, not the first phrase's object."""
    if not COUNTED_DASH.match(gap):
        return False
    close = re.compile(r"\s*(?:--|—|–)\s*$")
    bare = re.compile(r"\s*(?:--|—|–)\s*(?:against|in\s+favou?r|for|abstain\w*|absent)\b", re.I)  # "four — A, B — against"
    return any(close.fullmatch(sentence[m.end:limit]) or bare.match(sentence, m.end) for m in following)


def _with_time(sentence: str, out: list, all_cues) -> list[Position]:
    lead = lead_time(sentence)
    result, seen = [], set()
    for iso3, vote, at, mention, *given in out:
        key = (iso3, vote, BEFORE) if given and given[0] == BEFORE else (iso3, vote)
        if key in seen:
            continue
        seen.add(key)
        when = given[0] if given else (time_near(sentence, at, next((e for s, e, _, _ in all_cues if s == at), at))
                                       or _before(sentence, at) or lead)
        result.append(Position(iso3, vote, when, sentence[mention.start:mention.end], at))
    return result


LEAD = re.compile(r"\s*(?:(?:In|By|During)\s+(?P<year>19[4-9]\d|20[0-4]\d)\b|[^\w\s]{0,2}\s*(?P<head>19[4-9]\d|20[0-4]\d)\s*:|(?P<last>Last\s+year|A\s+year\s+(?:earlier|before)"
                  r"|The\s+year\s+before|The\s+previous\s+year)\b)")


# "On a resolution last March calling on …, A and B abstained": the vote the sentence opens with, and its time
LEAD_VOTE = re.compile(r"\s*(?:On|In|For|At)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:resolution|vote|ballot|text|draft)\s+"
                       r"(?:last\s+(?P<month>" + "|".join(MONTH_NAMES) + r")|in\s+(?P<mname>" + "|".join(MONTH_NAMES) +
                       r")\s+(?P<myear>19[4-9]\d|20[0-4]\d)|in\s+(?P<year>19[4-9]\d|20[0-4]\d)|(?P<last>last\s+year))\b", re.I)


def lead_time(sentence: str) -> str | None:
    """The time a sentence opens with ("In 2019, …", "Last year, …", "On a resolution last March …"), which holds for
    all its claims."""
    match = LEAD.match(sentence)
    if match:
        return match["year"] or match["head"] or "last"
    vote = LEAD_VOTE.match(sentence)
    if vote is None:
        return None
    if vote["month"]:
        return f"month:{MONTH_NAMES.index(vote['month'].lower()) + 1}"
    if vote["mname"]:
        return f"{vote['myear']}/{MONTH_NAMES.index(vote['mname'].lower()) + 1}"
    return vote["year"] or "last"


def _before(sentence: str, at: int) -> str | None:
    """'which previously voted in favour': the vote before the one reported, read as last year's."""
    return "last" if re.search(r"\b(?:previously|formerly)\s+(?:had\s+)?$", sentence[max(0, at - 30):at], re.I) else None


def time_near(sentence: str, start: int, end: int, back_to: int | None = None) -> str | None:
    """A year, 'last year', 'last January', 'in January 1980' or 'this year' said within a few words after the cue, or
    for a tally anywhere before it from back_to on ("last year's vote of 179-4"). 'last January' is given as
    "month:1", 'in January 1980' as "1980/1"."""
    before = [m for m in WHEN.finditer(sentence, back_to, start)] if back_to is not None else []
    match = WHEN.search(re.split(r"[,;]", sentence[end:end + 30])[0]) or (before[-1] if before else None)
    if not match:
        return None
    if match["month"]:
        return f"month:{MONTH_NAMES.index(match['month'].lower()) + 1}"
    if match["mname"]:  # "in January 1980": the year and the month
        return f"{match['myear']}/{MONTH_NAMES.index(match['mname'].lower()) + 1}"
    return match["year"] or match["ofyear"] or ("last" if match["last"] else "this")

