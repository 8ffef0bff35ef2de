"""A side of a vote written as a noun whose owners are the listed states, or a list hung after a vote's clause.

`positions` and `roles` attach a list to a vote verb or a vote label. Reporters also give the side as a stance noun
whose owner follows it, and hang a list of examples after a clause whose subject is a group:
- the owner of a stance noun: "adopted despite the opposition of A, B and C", "passed over objections from A",
  "the text saw opposition from A and its ally B", "adopted with the support of A and B", "received backing from
  N countries, including A and B". Support and backing are a yes. Opposition, objections and resistance say the
  states opposed the text, not how: a no, an abstention, or a protest by a state that did not vote; they are read
  as that disjunction ("no or abstain or absent", claims/either.py), called false only when the state voted yes;
- examples of a group's vote: "dozens of states voted against it, including A and B", "the delegations that voted in
  favour, including A and B", "N states expressed opposition to the draft, notably A" (the group is the subject, the
  list names some of its members).
Refused: a list that is what the stance is about ("in support of A", "opposition to A"), a stance in a clause about
sponsoring or drafting, a negated or hypothetical clause, a sentence about two votes at once, and a state `positions`
or `roles` already read. The claims are ordinary positions: identification and verdicts as for any other.
"""

from __future__ import annotations

import re

from unga.claims import either, positions, roles
from unga.claims.names import Mention, mentions
from unga.claims.position_time import lead_time, time_near
from unga.claims.side_words import TWO_VOTES, vote_of

NOT_YES = either.SEPARATOR.join(("no", "abstain", "absent"))  # what an opposition says of its owners
NOTE = "the state owns a stance noun of the vote ('the opposition of …') or is named as an example of a group's vote"

COUNTED = (r"(?:(?:only\s+|just\s+|some\s+|about\s+|a\s+few\s+|several\s+)?(?:\d{1,3}\s+)?(?:other\s+)?(?:[\w-]+\s+)?"
           r"(?:countries|states|nations|member\s+states|members|delegations)\s*,?\s*(?:including|such\s+as|among\s+them"
           r"|notably|led\s+by)\s+)?")
_NOUN = r"(?P<noun>opposition|objections?|resistance|support|backing)"
# the stance noun a vote clause gives, with the preposition that introduces its owner
OWNER = re.compile(
    r"(?:\b(?:despite|over|amid|in\s+the\s+face\s+of|notwithstanding)\s+(?:the\s+)?"
    r"(?:(?:strong|fierce|stiff|vocal|firm|some|strenuous|vehement|bitter|sharp)\s+)?"
    r"(?P<against>opposition|objections?|resistance)\s+(?:of|from|by)"
    r"|\b(?:saw|drew|faced|met\s+with|met|encountered|received|won|garnered|got|attracted|enjoyed|had)\s+"
    r"(?:(?:the\s+)?(?:strong|overwhelming|broad|wide|fierce|stiff|vocal|firm|some|significant)\s+)?"
    + _NOUN + r"\s+(?:of|from)"
    r"|\bwith\s+(?:the\s+)?(?:(?:strong|overwhelming|broad|wide|firm)\s+)?(?P<with>support|backing)\s+(?:of|from))"
    r"\s+" + COUNTED + r"(?:the\s+)?$", re.I)
# a clause about adopting or voting: a stance noun outside it is politics, not a vote; "A voted no over the objections
# of B" is B's view of A's vote, not B's vote (_voter_in)
VOTED = re.compile(r"\b(?:adopt\w*|pass(?:ed|es)?|approv\w*|endors\w*|vot\w*|ballot|resolution|text|draft)\b", re.I)
NOT_A_VOTE = re.compile(r"\b(?:co-?)?(?:sponsor\w*|draft(?:ed|ing)|prepar\w*|negotiat\w*|submitt\w*|tabled|introduc\w*"
                        r"|present\w*|lobby\w*|campaign\w*)\b", re.I)
# a group's vote then examples of it: "dozens of states voted against it, including", "the delegations that voted in
# support, including", "N states expressed opposition to the draft, notably"
GROUP = r"(?:countries|states|nations|members|member\s+states|delegations|governments|allies|others|dozens|many)"
PREDICATE = (r"(?P<pred>" + roles.VERB + r"|vot(?:ed|ing)\s+in\s+support|(?:expressed|voiced|registered)\s+(?:their\s+|its\s+)?(?P<said>opposition|support)"
             r"(?:\s+(?:to|for))?)")
OBJECT = r"(?:\s+(?:(?:the|this|that|its|it)\b(?:\s+(?:[\w-]+\s+){0,3}?(?:resolution|text|draft|measure|proposal|document))?))?"
EXAMPLES = re.compile(r"\b" + GROUP + r"\b[^.;:]{0,40}?\b" + PREDICATE + OBJECT
                      + r"\s*,\s*(?:most\s+)?(?:including|notably|in\s+particular|among\s+them|such\s+as)\s+(?:the\s+)?$",
                      re.I)
# where the stance noun's clause begins: "A sponsored it and it was adopted despite …" is about the adoption only
CLAUSE = re.compile(r"[;:]|\b(?:while|whereas|but)\b|\band\s+(?=(?:was|were|is|has|had)\s+(?:\w+\s+)?(?:adopt|pass|approv|endors))",
                    re.I)
# a relative clause or a bracket inside the clause: "The text, which concerns Afghanistan, saw opposition from"
ASIDE = re.compile(r",\s*(?:which|who|that)\b[^,;:]*,|\([^()]*\)", re.I)
TARGET = re.compile(r"\b(?:in\s+support\s+of|in\s+favou?r\s+of|support\s+for|opposition\s+to|against)\s+(?:the\s+)?$", re.I)


def read(sentence: str, stated: list[positions.Position]) -> list[positions.Position]:
    """`stated` with the lists a stance noun owns or a group's vote gives as examples (see the module's doc)."""
    if TWO_VOTES.search(sentence):
        return stated
    found = mentions(sentence)
    taken = {p.iso3 for p in stated}
    out = list(stated)
    for run in positions.lists(sentence, found):
        if any(m.iso3 in taken for m in run) or _possessed(sentence, run):
            continue
        head = re.split(r"[.!?]\s|\n\s*\n", sentence[max(0, run[0].start - 200):run[0].start])[-1]
        side = _owned(head) or _examples(head) or _owning_adjectives(sentence, run, head)
        if side is None:
            continue
        vote, back = side
        at = run[0].start - back
        when = time_near(sentence, at, run[-1].end) or lead_time(sentence)
        for m in run:
            if m.iso3 not in taken:
                taken.add(m.iso3)
                out.append(positions.Position(m.iso3, vote, when, sentence[m.start:m.end], at))
    return out


def _possessed(sentence: str, run: list[Mention]) -> bool:
    """'the support of Ukraine's allies': the list owns something else; its states are not the owners."""
    return bool(re.match(r"['’]s?\b", sentence[run[-1].end:run[-1].end + 2]))


def _owned(head: str) -> tuple[str, int] | None:
    """'despite the opposition of' right before the list: the noun's side, if the clause is about a vote."""
    match = OWNER.search(head)
    clause = CLAUSE.split(ASIDE.sub(" ", head[:match.start()] if match else ""))[-1]
    if match is None or TARGET.search(head[:match.start()]) or NOT_A_VOTE.search(clause) or _voter_in(clause) \
            or roles.negated(clause) or not VOTED.search(clause):
        return None
    noun = (match["against"] or match["noun"] or match["with"]).lower()
    return (NOT_YES if noun.startswith(("oppos", "object", "resist")) else "yes"), len(head) - match.start()


# "adopted over U.S. and Soviet opposition", "despite Russian objections": the owners named before the noun
BEFORE_OWNERS = re.compile(r"\b(?:despite|over|amid|in\s+the\s+face\s+of|notwithstanding)\s+(?:the\s+)?(?:(?:strong|fierce|stiff"
                           r"|vocal|firm|strenuous|vehement|bitter|sharp)\s+)?$", re.I)
NOUN_AFTER = re.compile(r"\s+(?:(?:strong|fierce|stiff|vocal|firm|strenuous|vehement|bitter|sharp)\s+)?"
                        r"(?:opposition|objections?|resistance)\b(?!\s+(?:to|against)\b)", re.I)


def _owning_adjectives(sentence: str, run: list[Mention], head: str) -> tuple[str, int] | None:
    """'over U.S. and Soviet opposition' (the list between the preposition and the noun): an opposition, as
    _owned reads one, in a clause about a vote whose own subject is no state."""
    opens = BEFORE_OWNERS.search(head)
    if opens is None or not NOUN_AFTER.match(sentence, run[-1].end):
        return None
    clause = CLAUSE.split(ASIDE.sub(" ", head[:opens.start()]))[-1]
    if NOT_A_VOTE.search(clause) or _voter_in(clause) or roles.negated(clause) or not VOTED.search(clause):
        return None
    return NOT_YES, len(head) - opens.start()


VOTER_VERB = re.compile(r"[\s,]*(?:\w+\s+){0,2}?(?:vot|abstain|oppos|support|back|reject|cast|endors)", re.I)


def _voter_in(clause: str) -> bool:
    """A state in the clause with a vote verb after it: the clause's subject votes ("A voted no over the objections of
    B"); a state the clause only describes ("a Japan-led text", "repression in Syria") is no voter."""
    return any(VOTER_VERB.match(clause, m.end) for m in mentions(clause))


def _examples(head: str) -> tuple[str, int] | None:
    """'dozens of states voted against it, including' right before the list: the group's side."""
    match = EXAMPLES.search(head)
    if match is None or mentions(match.group(0)) or roles.negated(head[:match.start("said") if match["said"]
                                                                     else match.start()]):
        return None
    vote = vote_of(match["pred"])
    if match["said"]:
        vote = NOT_YES if match["said"].lower() == "opposition" else "yes"
    return (vote, len(head) - match.start()) if vote else None
