"""The states a vote phrase takes after it: a list after a colon, "were", "including", a bracket or a dash, or "as
did" ("In favour: A, B", "Those abstaining were A and B", "35 against (A, B)", "voted no -- A and B")."""

from __future__ import annotations

import re

from unga.claims.names import Mention
from unga.claims.phrases import APPOSITION, BRACKETED_ASIDE, CUE, LOOSE, SENTENCE_ADVERB, STOPS_OBJECT, SUBGROUP_IN_LIST

# a copula's complement before the list: "Those abstaining were mostly European: A, B"
_COMPLEMENT = r"(?:(?!,\s*with\b|\s(?:not|never|no\s+longer|that)\b)[^.;:()])"
# the words between a cue and its list: "were", "included", "such as", a colon, a bracket or a dash
OBJECT_GAP = re.compile(
    r"^\s*(?:\(\d+\))?\s*(?:(?:of\s+)?(?:the\s+)?(?:(?-i:[A-Z]{2,6})\s+)?(?:resolution|text|draft|treaty|motion|document|proposal|it|partition|vote"
    r"|voting|ballot)\s*)?"  # "opposing the OIC resolution this year – A, B"
    r"(?:(?:this|last)\s+year|in\s+\d{4})?\s*"
    # a sentence adverb in commas may stand before the copula: "Those abstaining, however, were A and B"; a bracket
    # or a dash may open the inclusion ("Opponents of the draft – including A and B –")
    r"(?:(?:,\s*(?:" + SENTENCE_ADVERB + r"\s*,\s*)?|(?:\(|--|—|–|-)\s*(?=including|among|such|notably|namely))?(?:(?:is|are|was|were)\s+as\s+follows|were|was|are|included|include|including|includes|among\s+them|among\s+which|such\s+as|came\s+from"
    r"|namely|notably|mostly|mainly|led\s+by|alongside|along\s+with|together\s+with|joined\s+by)\b"
    # "The number of abstentions was down on 2014, with A and B voting in favour": a "with" clause after the copula's
    # complement has its own vote phrase; its states are not the label's list
    # nor is a denied predicate's agent ("The five opposed, however, were not swayed by A"), nor the subject of a
    # clause the copula's complement opens ("lobbying against the vote for it was proof that Moscow cared")
    + r"(?:\s{2,}|" + _COMPLEMENT + r"){0,60}?)?\s*(?::|\(|--|—|–|-)?\s*$"  # a run of blanks (groups.masked) is one
    r"|^[^.;:()]{0,25}(?:--|—|–|:)\s*$"
    # the clause's object and adjuncts, then its list: "voted for the draft for the first time this year: A, B"
    r"|^\s+(?:(?:of|on|the|a|an|this|that|its|resolution|text|draft|measure|for|in|first|time|year|once|again|again,|"
    r"this|last|today|yesterday|overall|as|well|all|in\s+all)\s+){1,12}?(?:time|year|resolution|text|draft|measure|today|well|"
    r"all|again)\s*:\s*$"
    r"|^[^.;:(),\d–—-]{0,60}?\b(?:were|was|are|included|include|including|such\s+as|along\s+with|alongside|together\s+with"
    r"|joined\s+by)\s*(?:those\s+of\s+)?(?:the\s+)?(?::|\(|--|—|–)?\s*$"
    # a long one only when a colon ends it: "The abstaining nations were governed by parties that sought favour abroad: A, B"
    r"|^[^.;:(),\d–—-]{0,60}?\b(?:were|was|are)\b(?:(?!\s(?:not|never|no\s+longer)\b)[^.;:()]){1,160}?:\s*$"
    # a sentence adverb in commas before the copula: "Those voting against, however, were A and B"
    r"|^\s*,\s*" + SENTENCE_ADVERB + r"\s*,\s*(?:were|was|are|included|include)\s*(?::|--|—|–)?\s*$", re.I)
# "So did A and B.", "As did A.": a sentence opening with the echo of the one vote the sentence before gives
ECHO_OPENING = re.compile(r"^\W*(?:and\s+)?(?:so|as)\s+did\s*$", re.I)
AS_DID = re.compile(r"^[^.;]{0,80}?,?\s*\b(?:as|so)\s+did\s*$|^\s*(?:(?:the|this|that)\s+)?(?:resolution|text|draft|measure|it)?\s*,\s*as\s+well\s+as\s*$|^[^.;]{0,40}?,?\s*\band\s+so\s+did\s*$|^\s*;\s*(?:and\s+)?so\s+did\s*$", re.I)
# "Against were A and a few of its allies: B, C", "A, plus several states whose leaders court Washington: B, C", "A, B,
# and three states known as autocracies: C, D, E": a group described in words, its members after the colon, goes on
# the list (not "and those abstaining: B": another side)
DESCRIBED_GROUP = re.compile(r"^\s*,?\s*(?:and|plus|as\s+well\s+as)\s[^.;:()]{0,80}?\b(?:countries|states|nations|allies"
                             r"|friends|governments|members|partners|neighbou?rs|regimes|others)\b[^.;:()\d]{0,80}:\s*(?:the\s+)?$", re.I)
# "in favour of the U.S.-proposed amendments were A and B": a state in a compound before a noun names who wrote the
# text, not a voter on the list
COMPOUND_MODIFIER = re.compile(r"-(?:[a-z]+ed|led|made)\b")
COMPOUND = re.compile(r"(?<![^\s(])[\w.]+" + COMPOUND_MODIFIER.pattern)
ITEM_NUMBER = re.compile(r"\n[ \t]*(?:\(\d{1,3}\)|\d{1,3}[.)])[ \t]")
# "There were 35 abstentions, A and B among them", "…, with A and B among them": the inclusion after the list
POSTPOSED = re.compile(r"^\s*,\s*(?:with\s+)?(?:the\s+)?$", re.I)
AMONG_THEM = re.compile(r"\s+(?:among|amongst)\s+them\b", re.I)
# "Against: 4 (A, B, C, D)", "Abstentions: 11 - A, B": a colon label's count, then its states in a bracket or after a dash
LABEL_COUNT = re.compile(r"^\s*\d{1,3}\s*(?:\(|--|—|–|-)\s*$")


def object_of(sentence: str, end: int, limit: int, found: list[Mention], used: set[int], runs) -> list[Mention]:
    """The states after a cue ending at end (up to limit, the next cue): a list after a colon, 'were', 'including', a
    bracket or a dash, or 'as did'. The runs taken are added to used."""
    following = [m for m in found if end <= m.start < limit and not COMPOUND_MODIFIER.match(sentence, m.end)]
    if not following:
        return []
    gap = COMPOUND.sub(lambda c: "x" * len(c.group(0)), sentence[end:following[0].start])  # "the U.S.-drafted text"
    gap = re.sub(r"(?<=:)(\s*)(?:\(\d{1,3}\)|\d{1,3}[.)])(?=\s)", r"\1", gap)  # ":\n(1) A"
    opening = not gap.strip() and ECHO_OPENING.match(sentence[:end])
    if not gap.strip() and not opening and not re.search(r"(?::|\)\s*(?:--|—|–|-)|\b(?:from|were|was|are|included|including|by|voted)"
                                         r"|^\W*abstained)\s*$", sentence[:end], re.I):
        return []  # "opposed the U.S. sanctions": a state right after a plain verb is no list of voters
    if re.fullmatch(r"\s*\(\s*(?:the\s+)?", gap) and limit < sentence.find(")", end):
        return []  # "abstained (Cambodia was absent)": a bracket with a vote phrase of its own is a clause, not a list
    # "Voted yes: (72) the sponsors above, and 47 nations: A, B": a label's list opened again by a second colon
    if counted_subject(sentence, gap, following, limit):
        return []  # "142 voted in favour, 10 countries -- A, B -- voted against": the states of the next phrase
    if with_participle(sentence, gap, following[0], limit, runs):
        return []  # "The abstentions were fewer, with A and B voting in favour": the states of the participle
    relabelled = (sentence[:end].rstrip().endswith(":") or gap.lstrip().startswith(":")) and gap.rstrip().endswith(":") \
        and not CUE.search(gap) and not re.search(r"[.;]", gap)
    postposed = POSTPOSED.match(gap) and not OBJECT_GAP.match(gap)
    counted = sentence[:end].rstrip().endswith(":") and LABEL_COUNT.match(gap)
    if not (OBJECT_GAP.match(gap) or AS_DID.match(gap) or relabelled or postposed or counted or opening) or (
            STOPS_OBJECT.search(gap) and not re.search(r"[:]\s*$", gap) and not AS_DID.match(gap)):
        return []
    taken = _listed_on(sentence, end, gap, following, runs)
    if postposed and not AMONG_THEM.match(sentence, taken[-1].end):
        return []
    ids = {id(m) for m in taken}
    for k, run in enumerate(runs):
        if any(id(m) in ids for m in run):
            used.add(k)
    return taken


def _listed_on(sentence: str, end: int, gap: str, following: list[Mention], runs) -> list[Mention]:
    """The first state after the cue and those that go on its list."""
    taken = [following[0]]
    listed = sentence[:end].rstrip().endswith(":") or gap.rstrip().endswith(":")
    run_of = {id(m): k for k, run in enumerate(runs) for m in run}
    # "were A, B (a close ally of C) and D", "were A (whose envoy …), B and C": an aside in brackets inside the list
    # neither ends it nor gives the state it names a vote
    asides = [(a.start(), a.end()) for a in BRACKETED_ASIDE.finditer(sentence) if a.start() >= following[0].end]
    for m in following[1:]:
        if any(s <= m.start < e for s, e in asides):
            continue
        between = ITEM_NUMBER.sub(" ", sentence[taken[-1].end:m.start])  # "A\n  2. B": one list, numbered
        for s, e in asides:
            if taken[-1].end <= s and e <= m.start:
                between = between.replace(sentence[s:e], " ")
        if run_of.get(id(m)) == run_of.get(id(taken[-1])) or SUBGROUP_IN_LIST.match(between) or (
                DESCRIBED_GROUP.match(between) and not CUE.search(between)):
            taken.append(m)  # one list: "were A, B, Holland, C", "include A, B and 3 Asian states – C, D"
            continue
        if listed and not re.search(r"[.:]|\b(?:and|or)\b.*,", between) and len(between) < 60 \
                and not APPOSITION.match(between):
            taken.append(m)  # a roll-call list ("In favour: A, B, …"): names the record spells otherwise do not end it
            continue
        if STOPS_OBJECT.search(between.replace(";", ",")) or not LOOSE.match(between) or CUE.search(between):
            break
        taken.append(m)
    return taken


# ", 10 countries --", ", four —": a count opening a clause of its own, its states between dashes
COUNTED_DASH = re.compile(r"^\s*,\s*(?:and\s+)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                          r"(?:(?:other\s+)?(?:[\w-]+\s+){0,2}?(?:countries|states|nations|members)\s*)?(?:--|—|–)\s*(?:the\s+)?$",
                          re.I)


def counted_subject(sentence: str, gap: str, following: list[Mention], limit: int) -> bool:
    """', 10 countries -- A, B -- voted against' after another vote phrase: the dashes close before the next phrase,
    so the states are that phrase's subject, not the first phrase's object."""
    if not COUNTED_DASH.match(gap):
        return False
    close = re.compile(r"\s*(?:--|—|–)\s*$")
    bare = re.compile(r"\s*(?:--|—|–)\s*(?:against|in\s+favou?r|for|abstain\w*|absent)\b", re.I)  # "four — A, B — against"
    return any(close.fullmatch(sentence[m.end:limit]) or bare.match(sentence, m.end) for m in following)


# "was lower than expected, with", "were down on last year, with the": a copula's clause ended, a "with" opens an
# absolute construction whose states take the participle after them
WITH_AFTER_COPULA = re.compile(r"\b(?:was|were|is|are)\b[^.;:()]*?\bwith\s+(?:the\s+)?$", re.I)


def with_participle(sentence: str, gap: str, first: Mention, limit: int, runs) -> bool:
    """'The number of abstentions was down, with A and B voting in favour': the list after the copula's "with" is
    the subject of the vote phrase right after it, not the object of the noun before the copula."""
    if not WITH_AFTER_COPULA.search(gap) or limit >= len(sentence):
        return False
    run = next((r for r in runs if any(m is first for m in r)), [first])
    return bool(re.fullmatch(r"\s*(?:all\s+|both\s+|also\s+)?", sentence[run[-1].end:limit]))
