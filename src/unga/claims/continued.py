"""A list of states cut from its vote by a break: a stray full stop inside it ("… as did Israel, Canada, Great
Britain. The Netherlands, Norway and Iceland."), or a line break after a comma ("… voted against were the US, Israel,"
then, below, "Papua New Guinea, Paraguay and Nauru."). The sentence that is nothing but the rest of the list takes the
vote of the list it continues, and may itself be continued the same way ("… Costa Rica. Iceland. Norway.").

Only a list that ends its sentence opens such a rest, and only a sentence made of state names and the words that join
them is one; across a line break, only after a comma (the writer's own sign that the list goes on): a name on a line of
its own after a full stop is a heading or a caption as often as a list's rest.
"""

from __future__ import annotations

import re

from unga.claims import positions
from unga.claims.names import Mention, mentions
from unga.claims.phrases import TIGHT

NOTE = "the rest of a list the sentence before ends with, cut from it by a stray full stop or a line break"
OPEN_END = re.compile(r"\s*(?P<comma>,)?\s*[.;]?\s*")


def open_end(sentence: str, stated: list[positions.Position]) -> tuple[str, str | None, bool] | None:
    """(vote, time, ends with a comma) of the list of states a sentence ends with, when its last state's vote was
    read; else None."""
    found = mentions(sentence)
    if not found or not stated:
        return None
    tail = OPEN_END.fullmatch(sentence[found[-1].end:])
    last = next((p for p in reversed(stated) if p.iso3 == found[-1].iso3), None)
    if tail is None or last is None or last.vote not in ("yes", "no", "abstain", "absent"):
        return None
    return last.vote, last.when, bool(tail["comma"])


def rest(sentence: str, opened: tuple[str, str | None, bool] | None, gap: str) -> list[Mention]:
    """The states of a sentence that is only the rest of the list `opened` (open_end of the sentence before) ends
    with; gap: the characters between the two sentences."""
    if opened is None or "\n" in gap and not opened[2]:
        return []
    found = mentions(sentence)
    if not found or not TIGHT.match(sentence[:found[0].start]) \
            or not re.fullmatch(r"[\s,;]*[.;]?\s*", sentence[found[-1].end:]):
        return []
    if len(positions.lists(sentence, found)) != 1:
        return []
    return found
