"""A list whose subject points back at the group the sentence before counts: "Five countries voted against the text.
They are: A, B and C." — "About 35 states abstained. These include A and B." — "Only eight voted no. Among them
were A and B." The pronoun or demonstrative ("they", "these", "those", "these countries", "among
them") is the subject and the list its complement; the side is the one the sentence before gives its group.

Read only when the sentence is that head and one list (relative clauses and brackets aside), and the sentence before,
in the same paragraph, gives one side and at most one number (never more states than it), speaks of no deed that is
not a vote (sponsoring, speaking, criticising) and of no two votes at once. States named in the sentence before are
allowed (unlike a bare list sentence): "Apart from A, ten states voted against. They were …" still has one side.
"""

from __future__ import annotations

import re

from unga.claims import positions, side_words
from unga.claims.numbers import in_digits
from unga.claims.names import Mention, mentions
from unga.claims.position_time import lead_of_positions

_GROUP = r"(?:countries|states|nations|members|member\s+states|governments|delegations|abstainers|opponents|supporters)"
# "They are:", "These were", "Those countries included", "Among them were", "They include"
# (not "The two countries were A and B": a number of its own is coref.named_again's, which checks it against the count)
HEAD = re.compile(r"[\s\W]*(?:however,?\s+|and\s+)?(?:(?:they|these|those)(?:\s+" + _GROUP + r")?"
                  r"|among\s+(?:them|these|those))"
                  r"\s+(?:are|were|include|included|includes|being|comprise|comprised)\s*:?\s*(?:the\s+)?", re.I)
# deeds beside which a counted group is not a side of the vote
NOT_VOTING = re.compile(r"\b(?:spoke|speak\w*|argu\w*|lobb\w*|protest\w*|object\w*|warn\w*|walk\w*\s+out|took\s+the\s+floor"
                        r"|explain\w*|call\w*\s+for|urg\w*|condemn\w*|want\w*|plan\w*|expect\w*|would|could|might|may)\b",
                        re.I)


def pointed_list(sentence: str, before: str | None, found: list[Mention]) -> list[positions.Position]:
    """The list of a sentence opened by a word pointing back at the group the sentence before counts, with that
    group's side; [] when the sentence is not such a list or the sentence before gives no single side."""
    if not found or before is None or side_words.VOTE_WORDS.search(sentence) or side_words.TWO_VOTES.search(before) \
            or side_words.NOT_A_VOTE.search(before) or NOT_VOTING.search(before):
        return []
    bare = side_words.RELATIVE.sub(lambda m: " " * len(m.group(0)), sentence)
    kept = [m for m in found if not bare[m.start:m.end].isspace()]
    runs = positions.lists(bare, kept)
    if len(runs) != 1 or not HEAD.fullmatch(bare[:kept[0].start]) or not re.fullmatch(r"[\s.!]*", bare[kept[-1].end:]):
        return []
    sides = {side_words.vote_of(m.group(0)) for m in side_words.SINGLE_VOTE.finditer(before)} - {None}
    named = {p.vote for p in positions.positions(before)[0]} if mentions(before) else set()
    numbers = [int(n) for n in re.findall(r"\b\d{1,3}\b", in_digits(before))]
    if len(sides) != 1 or named - sides or len(numbers) > 1 \
            or (numbers and len({m.iso3 for m in kept}) > numbers[0]):
        return []
    vote = sides.pop()
    return [positions.Position(m.iso3, vote, lead_of_positions(sentence), sentence[m.start:m.end], kept[0].start)
            for m in dict((m.iso3, m) for m in kept).values()]
