"""A list whose subject points back at the group the sentence before counts: "Five countries voted against the text.
They are: A, B and C." — "About 35 states abstained. These include A and B." — "Only eight voted no. Among them
were A and B." — or a list that is the subject, the pointer its complement: "A was one of them", "A and B were among
them". The pronoun or demonstrative ("they", "these", "those", "these countries", "among
them") is the subject and the list its complement; the side is the one the sentence before gives its group.

Read only when the sentence is that head and one list (relative clauses and brackets aside), and the sentence before,
in the same paragraph, gives one side and at most one number (never more states than it), speaks of no deed that is
not a vote (sponsoring, speaking, criticising) and of no two votes at once. States named in the sentence before are
allowed (unlike a bare list sentence): "Apart from A, ten states voted against. They were …" still has one side.

A group's change of vote is the one sentence before with two sides: "Allies that abstained last year but voted for
the text this year. These included A and B." Each side has its own time, the earlier one named ("last year", "in
2019"), the later one not or as "this year", and the later clause is set against the first ("but", "then", "now"):
the list takes both, each on its own vote.
"""

from __future__ import annotations

import re

from unga.claims import positions, side_words
from unga.claims.cues import cues
from unga.claims.digits import in_digits
from unga.claims.names import Mention, mentions
from unga.claims.phrases import WHEN, unquoted
from unga.claims.position_time import BEFORE, lead_of_positions

_GROUP = r"(?:countries|states|nations|members|member\s+states|governments|delegations|abstainers|opponents|supporters)"
# "the others", "the rest", "the remaining ones", "the other (European) states": the part of a counted group the
# sentence before leaves unnamed (read only after a count: pointed_list)
_REMAINDER = (r"the\s+(?:others|rest|remaining\s+ones|(?:other|remaining)\s+(?:[a-z]+\s+){0,2}?" + _GROUP + r")")
# "They are:", "These were", "Those (other Asian) countries included", "Among them were", "They include", "The others
# were", "Among them:" (not "The two countries were A and B": a number of its own is coref.named_again's, which checks
# it against the count)
HEAD = re.compile(r"[\s\W]*(?:however,?\s+|and\s+)?(?:(?:they(?:\s+" + _GROUP + r")?|(?:these|those)(?:\s+(?:other\s+)?(?:[a-z]+\s+){0,2}?"
                  + _GROUP + r")?|among\s+(?:them|these|those)|(?P<rest>" + _REMAINDER + r"))"
                  r"\s+(?:are|were|is|was|include|included|includes|being|comprise|comprised)"
                  r"|among\s+(?:them|these|those)(?=\s*:))\s*:?\s*(?:the\s+)?", re.I)
# the list first, the pointer after it: "A was one of them.", "A and B, of course, were among them."
TAIL = re.compile(r"\s*(?:,\s*(?:[a-z]+\s+){0,3}[a-z]+\s*,\s*|\s+)(?:(?:is|are|was|were)\s+(?:also\s+)?"
                  r"(?:one\s+of|among(?:st)?)\s+(?:them|these|those))[\s.!]*", re.I)
# deeds beside which a counted group is not a side of the vote
NOT_VOTING = re.compile(r"\b(?:spoke|speak\w*|argu\w*|lobb\w*|protest\w*|object\w*|warn\w*|walk\w*\s+out|took\s+the\s+floor"
                        r"|explain\w*|call\w*\s+for|urg\w*|condemn\w*|want\w*|plan\w*|expect\w*|would|could|might|may)\b",
                        re.I)


# a list's end: a full stop, or a noun phrase in apposition to the whole list ("…, all close allies of Moscow.", "…,
# both long-standing critics"), a description with no verb (but the end of a compound), never a deed ("…, all of them
# sponsors of the text")
APPOSED = re.compile(r"\s*,\s+(?:all|each|both|mostly|most\s+of\s+them|many\s+of\s+them)\s+(?P<words>(?:[\w’'-]+\s+){0,6}?"
                     r"[\w’'-]+)[\s.!]*", re.I)
_NOT_A_NOUN_PHRASE = re.compile(r"(?<!-)\b(?:\w+ed|\w+ing|is|are|was|were|has|have|had|which|who|that|whom|sponsors?"
                                r"|co-?sponsors?|authors?|drafters?|speakers?)\b", re.I)


def list_ends(tail: str) -> bool:
    """Whether `tail`, what follows a list's last state, ends the sentence that is only that list."""
    if re.fullmatch(r"[\s.!]*", tail):
        return True
    apposed = APPOSED.fullmatch(tail)
    return apposed is not None and not _NOT_A_NOUN_PHRASE.search(apposed["words"])


def pointed_list(sentence: str, before: str | None, found: list[Mention]) -> list[positions.Position]:
    """The list of a sentence opened by a word pointing back at the group the sentence before counts, with that
    group's side; [] when the sentence is not such a list or the sentence before gives no single side."""
    if not found or before is None or side_words.VOTE_WORDS.search(sentence) or side_words.TWO_VOTES.search(before) \
            or side_words.NOT_A_VOTE.search(before) or NOT_VOTING.search(before):
        return []
    bare = side_words.RELATIVE.sub(lambda m: " " * len(m.group(0)), sentence)
    kept = [m for m in found if not bare[m.start:m.end].isspace()]
    runs = positions.lists(bare, kept)
    head = HEAD.fullmatch(bare[:kept[0].start]) if kept else None
    if len(runs) != 1 or not (head and list_ends(bare[kept[-1].end:])
                              or re.fullmatch(r"[\s\W]*(?:the\s+)?", bare[:kept[0].start], re.I)
                              and TAIL.fullmatch(bare[kept[-1].end:])):
        return []
    if changed := _changed_sides(before):
        return [positions.Position(m.iso3, vote, when, sentence[m.start:m.end], kept[0].start)
                for vote, when in changed for m in dict((m.iso3, m) for m in kept).values()]
    sides = {side_words.vote_of(m.group(0)) for m in side_words.SINGLE_VOTE.finditer(unquoted(before))} - {None}  # voted "No"
    named = {p.vote for p in positions.positions(before)[0]} if mentions(before) else set()
    numbers = [int(n) for n in re.findall(r"\b\d{1,3}\b", in_digits(before))]
    # "the others", "the rest": of a counted group only, and no more than the count leaves once those named are out
    before_named = {m.iso3 for m in mentions(before)} if head and head["rest"] else set()
    if len(sides) != 1 or named - sides or len(numbers) > 1 or (head and head["rest"] and not numbers) \
            or (numbers and len({m.iso3 for m in kept} | before_named) > numbers[0]):
        return []
    vote = sides.pop()
    return [positions.Position(m.iso3, vote, lead_of_positions(sentence), sentence[m.start:m.end], kept[0].start)
            for m in dict((m.iso3, m) for m in kept).values()]


# the later clause of a change set against the earlier one: "abstained last year but voted for it this year"
CONTRAST = re.compile(r"\b(?:but|then|now|only\s+to)\b", re.I)


def _changed_sides(before: str) -> list[tuple[str, str | None]] | None:
    """(vote, time) of the two sides of a group's change of vote the sentence before tells, the earlier first; None
    when it tells none."""
    found = [c for c in cues(before) if c[2] in ("yes", "no", "abstain")]
    if len(found) != 2 or found[0][2] == found[1][2] or not CONTRAST.search(before, found[0][1], found[1][0]):
        return None
    earlier, later = _time_in(before[found[0][1]:found[1][0]]), _time_in(before[found[1][1]:])
    if earlier in (None, "this") or later not in (None, "this"):
        return None
    # "last year" in a change of vote is the series' vote before the one reported, as in "changed from A to B"
    return [(found[0][2], BEFORE if earlier == "last" else earlier), (found[1][2], later)]


def _time_in(clause: str) -> str | None:
    """The year, "last" (last year, the year before) or "this" (this year, this time) a clause names, else None."""
    match = WHEN.search(clause)
    if match is None or match["month"] or match["mname"]:
        return None
    return match["year"] or match["ofyear"] or ("last" if match["last"] else "this")
