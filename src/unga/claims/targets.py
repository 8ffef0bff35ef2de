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


def target_of(sentence: str, cue: tuple, found: list[Mention]) -> Mention | None:
    """'voted against Myanmar': the state named right after the cue is the resolution's target, not a side."""
    start, end = cue[0], cue[1]
    if cue[2] in ("pno", "pyes", "pveto", "pabstain") or cue[2].startswith(("for:", "j")) or re.search(
            r"(?::|\)\s*(?:--|—|–|-)|\bfrom|\bvoted|\bwere|\bwas|^abstained)\s*$", sentence[start:end], re.I):
        return None
    after = re.match(r"\s*(?:the\s+)?", sentence[end:])
    at = end + (after.end() if after else 0)
    bare = end + len(sentence[end:]) - len(sentence[end:].lstrip())
    of = re.match(r"\s*of\s+((?:the\s+)?)", sentence[end:]) if re.search(r"(?:favou?r|support)$", sentence[start:end], re.I) else None
    owner = (end + of.start(1), end + of.end(1)) if of else ()  # "in favour of the United Kingdom", not "of Palestine's bid"
    return next((m for m in found if m.start in (at, bare) or m.start in owner and not OWNED.match(sentence, m.end)),
                None)


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
