"""A state named right after a vote phrase ("voted against Myanmar") is the resolution's target, not a side."""

from __future__ import annotations

import re

from unga.claims.cues import cues
from unga.claims.names import Mention, mentions

# after "in favour of <state>", the state owns or sponsors what was favoured: "of Palestine's bid", "of the Saudi
# resolution", "of the Yemen and Turkey proposed motion", "of the Canadian amendment"; not past an infinitive ("with
# Russia to block the text": the text is the infinitive's object)
OWNED = re.compile(r"['’]s?\b|(?:(?!\bto\s+[a-z])[^,.;]){0,40}?\b(?:resolutions?|drafts?|motions?|amendments?|proposals?|texts?|initiatives?"
                   r"|plans?|bids?)\b", re.I)


# a state's name as the adjective of the text voted on: "voted against the Soviet draft", "for the Indian proposal",
# "against the US-sponsored amendment" (thirty-fourth round): the vote on that text, not a side for or against the state
SPONSORS_TEXT = re.compile(r"(?:[-\s](?:led|sponsored|drafted|proposed|backed|authored|tabled|submitted)\b)?\s+"
                           r"(?:(?:joint|draft|new|revised|original|own|rival|competing)\s+){0,2}"
                           r"(?:resolutions?|drafts?|motions?|amendments?|proposals?|texts?|initiatives?|plans?|bids?)\b",
                           re.I)
SPONSORS_NOTE = ("a vote on a text named by its sponsor (\"the Soviet draft\"): the record may hold another of the "
                 "texts of that day, so the claim is never called false")


def sponsors_text(sentence: str) -> bool:
    """A vote phrase of the sentence has a state's text as its object ("voted against the Soviet draft")."""
    found = mentions(sentence)
    return any(m.start in _object_at(sentence, c) and SPONSORS_TEXT.match(sentence, m.end)
               for c in cues(sentence) for m in found)


def _object_at(sentence: str, cue: tuple) -> tuple[int, int]:
    """Where the object of a vote phrase may begin: right after it, or after its article."""
    end = cue[1]
    after = re.match(r"\s*(?:the\s+|an?\s+)?", sentence[end:])
    return end + (after.end() if after else 0), end + len(sentence[end:]) - len(sentence[end:].lstrip())


def target_of(sentence: str, cue: tuple, found: list[Mention]) -> Mention | None:
    """'voted against Myanmar': the state named right after the cue is the resolution's target, not a side."""
    start, end = cue[0], cue[1]
    if cue[2] in ("pno", "pyes", "pveto", "pabstain") or cue[2].startswith(("for:", "j")) or re.search(
            r"(?::|\)\s*(?:--|—|–|-)|\bfrom|\bvoted|\bwere|\bwas|^abstained|\b(?:so|as)\s+did)\s*$", sentence[start:end], re.I):
        return None
    at, bare = _object_at(sentence, cue)
    of = re.match(r"\s*of\s+((?:the\s+)?)", sentence[end:]) if re.search(r"(?:favou?r|support)$", sentence[start:end], re.I) else None
    owner = (end + of.start(1), end + of.end(1)) if of else ()  # "in favour of the United Kingdom", not "of Palestine's bid"
    return next((m for m in found if (m.start in (at, bare) and not SPONSORS_TEXT.match(sentence, m.end))
                 or m.start in owner and not OWNED.match(sentence, m.end)), None)


# the writer's party as a vote phrase's object ("Azerbaijan voted against us", fahunt9 ac52 in Russian): a vote about
# a party, not a side on the text (a third person may be the texts: "voted against them"); lower case, for "against:
# US, UK, Canada" names the United States at a list's head (holdout33 ap36)
WRITER = re.compile(r"\s+(?:[uU]s|[mM]e|[yY]ou)\b")


def at_the_writer(sentence: str, cue: tuple) -> bool:
    return bool(WRITER.match(sentence, cue[1]))


def targeted_spans(sentence: str) -> list[tuple[int, int]]:
    """The vote phrases of a sentence that name a state ("voted against Myanmar") or the writer's party ("against
    us") as their target."""
    found = mentions(sentence)
    return [(c[0], c[1]) for c in cues(sentence) if at_the_writer(sentence, c) or found and target_of(sentence, c, found)]
