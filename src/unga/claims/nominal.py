"""A vote named as a noun and owned by a state, with no vote phrase of its own for `positions` to attach a list to:
"Peru's abstention", "New Delhi's decision to oppose the treaty", "Washington's no vote", and a participle's
"its decision" whose owner is the clause's subject ("Explaining its choice to abstain, Poland said …").
"""

from __future__ import annotations

import re

from unga.claims import positions
from unga.claims.names import Mention, mentions
from unga.claims.position_time import time_near

# the vote's noun: "decision / choice / move to abstain", "… to vote against", "… to oppose the resolution",
# "abstention", "no vote", "dissenting vote", "vote in favour"; "refusal to" and "decision not to" are not votes
_OBJECT = r"(?=\s+(?:the|this|that|a|an|its)\s+(?:[\w-]+\s+){0,3}?(?:resolution|text|draft|treaty|measure|motion)\b|\s+it\b)"
# where and when the vote was cast, between the noun and its side: "vote at the United Nations last week to oppose a
# resolution", "vote in the United Nations General Assembly against the … resolution", "UN vote on Monday against"
_PLACE = (r"(?:\s+(?:at|in)\s+the\s+(?:(?:UN|U\.N\.|United\s+Nations)(?:\s+General\s+Assembly)?"
          r"|(?:UN\s+|U\.N\.\s+)?General\s+Assembly|Assembly|UNGA))?")
_TIME = r"(?:\s+(?:last\s+(?:week|month)|this\s+week|yesterday|today|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))?"
VOTE_NOUN = (r"(?:(?:decision|choice|move)\s+to\s+(?P<verb>abstain|vote\s+[\"“‘']?(?:in\s+favou?r|yes|against|no|for)\b[\"”’']?"
             r"|(?:oppose|reject)" + _OBJECT + r"|(?:support|back|endorse)" + _OBJECT + r")"
             r"|(?P<noun>abstention|non-?vot(?:e|ing)(?![\w-]|\s+(?:observer|status|member\w*|states?|seats?|rights?|delegat\w*|role|participant\w*"
             r"|entit\w*|basis|position|capacity)\b)"
             r"|(?:[\"“‘']?(?:no|yes)[\"”’']?|negative|dissenting|affirmative)\s+vote"
             r"|vote" + _PLACE + _TIME + r"\s+(?P<side>against|in\s+favou?r|for|to\s+(?:oppose|reject|support|back|endorse)"
             + _OBJECT + r")|support\s+(?:of|for)" + _OBJECT + r"))\b")
VETO_NOUN = r"(?P<veto>vetoe?s?)(?!\s*(?:power|right|authority|threat)|-)\b"  # "Russia's veto power" is no vote
POSSESSED = re.compile(r"['’]s?\s+(?:(?:surprise|surprising|lone|sole|latest|earlier|recent|own|UN|U\.N\.|UNGA)\s+){0,2}(?:"
                       + VOTE_NOUN + "|" + VETO_NOUN + ")", re.I)
# "US abstention", "the U.S. vote against the resolution": an abbreviation stands before the noun as its owner (a
# name does not: "the Ukraine vote" is a vote about Ukraine)
ATTRIBUTIVE = re.compile(r"(?<![\w.])(?-i:(?:[A-Z]\.){2,}|[A-Z]{2,4}\b)"
                         r"(?P<after>\s+(?:(?:surprise|surprising|lone|sole|latest|own)\s+)?" + VOTE_NOUN + ")", re.I)
# "hoped for a UK abstention", "fears of a US no vote": a vote wished or feared, not cast
WISHED = re.compile(r"\b(?:an?|hop\w*|expect\w*|urg\w*|sought|seek\w*|(?:call|ask|push|press)\w*\s+for|fear\w*(?:\s+of)?"
                    r"|possib\w*|potential|likely|threat\w*(?:\s+of)?)\s+(?:for\s+)?$", re.I)
# "the vetoes of France, the United Kingdom and the United States": a Security Council no, the states after "of"
VETOES_OF = re.compile(r"\b(?:the\s+)?vetoe?s?\s+(?:cast\s+)?(?:of|by)\s+", re.I)
# "Explaining its decision to abstain, Poland said": the participle's owner is the subject after the comma
OPENING = re.compile(r"^\W*(?:In\s+)?(?:Explaining|Defending|Justifying|Announcing|Describing)\s+(?:its|their)\s+" + VOTE_NOUN
                     + r"[^,;.:]{0,80},\s*(?:the\s+)?", re.I)
# "vote for / against Myanmar": a side taken on a state, read by `positions` against the title, never here (not "vote
# against the Ethiopian resolution": a capital that names the text's sponsor)
TARGET_AFTER = re.compile(r"\s+(?:the\s+)?(?-i:[A-Z])(?![\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}(?:-\w+)?\s+(?:resolution|draft|text"
                          r"|proposal|motion|amendment|measure)\b)")


def _vote(match: re.Match) -> str:
    if match.groupdict().get("veto"):
        return "veto"  # extract gives it to the Security Council: never checked against an Assembly vote
    word = (match["side"] or match["verb"] or match["noun"]).lower()
    if word.startswith("abst"):
        return "abstain"
    if word.startswith("non"):
        return "absent"  # "Jamaica's non-voting has been criticised" (not "Palestine's non-voting status")
    if re.search(r"against|no\b|no[\"”’']|negative|dissenting|oppose|reject", word):
        return "no"
    return "yes"


def owned_votes(sentence: str, stated: list[positions.Position]) -> list[positions.Position]:
    """The states whose vote the sentence names as a noun they own, unless the sentence gives them a vote already."""
    taken = {p.iso3 for p in stated}
    out: list[positions.Position] = []
    for match in POSSESSED.finditer(sentence):
        if (match["noun"] or "").lower().startswith("vote") and TARGET_AFTER.match(sentence, match.end()):
            continue
        owner = [m for m in mentions(sentence[:match.start()], metonyms=True) if m.end == match.start()]
        if owner and owner[-1].iso3 not in taken:
            out.append(_position(sentence, owner[-1], match))
    for match in ATTRIBUTIVE.finditer(sentence):
        owner = [m for m in mentions(sentence[:match.start("after")]) if m.end == match.start("after")]
        if not owner or owner[-1].iso3 in taken or WISHED.search(sentence, max(0, owner[-1].start - 30), owner[-1].start):
            continue
        if not ((match["noun"] or "").lower().startswith("vote") and TARGET_AFTER.match(sentence, match.end())):
            out.append(_position(sentence, owner[-1], match))
    for match in VETOES_OF.finditer(sentence):
        found = mentions(sentence, metonyms=True)
        run = next((r for r in positions.lists(sentence, found) if r[0].start >= match.end()
                    and re.fullmatch(r"\s*(?:the\s+)?", sentence[match.end():r[0].start])), [])
        out += [positions.Position(m.iso3, "veto", None, sentence[m.start:m.end], match.start())
                for m in run if m.iso3 not in taken]
    opening = OPENING.match(sentence)
    if opening:
        subject = [m for m in mentions(sentence, metonyms=True) if m.start == opening.end()]
        if subject and subject[0].iso3 not in taken:
            out.append(_position(sentence, subject[0], opening))
    return out


def _position(sentence: str, owner: Mention, match: re.Match) -> positions.Position:
    when = time_near(sentence, match.start(), match.end())
    return positions.Position(owner.iso3, _vote(match), when, sentence[owner.start:owner.end], match.start())
