"""Names standing between two vote phrases with nothing to split them ("A and B voted against C and D abstained"):
which vote each has is not clear, so the clause's names are dropped (unverifiable rather than a wrong side)."""

from __future__ import annotations

import re

from unga.claims.names import Mention
from unga.claims.objects import counted_subject
from unga.claims.phrases import OPENING_PARTICIPLE, STOPS_OBJECT, SUBJECT_GAP

LIST_OPENS = re.compile(r"(?:\b(?:were|was|are|included|including|include|such\s+as|namely)|[:(–—]|\s-)\s*(?:the\s+)?$",
                        re.I)


# a comma, then a subject that opens its own list: ", several countries including", ", while countries like"
NEW_SUBJECT = re.compile(r"[^,;:()]{0,60}?,\s*(?:while\s+|whereas\s+|and\s+|but\s+)?(?:several|many|some|most|a\s+few|\d{1,3})?\s*"
                         r"(?:other\s+)?(?:countries|states|nations|members|member\s+states|others)\s*,?\s*"
                         r"(?:including|such\s+as|like|among\s+them)\s*(?:the\s+)?$", re.I)


def unclear_splits(sentence: str, all_cues: list, out: list, found: list[Mention]) -> list:
    """'A and B voted against C and D abstained', 'Voting against were A, B C and D abstained': names between two
    vote phrases, taken after the first (as its list or its target) and standing right before the second as its
    subject, with no 'while', 'but', colon or semicolon to split them. Which vote each name has is not clear:
    every name of the clause is dropped (unverifiable rather than a wrong side)."""
    dropped: set[int] = set()
    for first, second in zip(all_cues, all_cues[1:]):
        between = [m for m in found if first[1] <= m.start < second[0]]
        if between:  # "2 against (A and B), with C abstaining": a closed bracket ends the first phrase's list
            closed = max(sentence.rfind(")", first[1], between[-1].start), _closing_dash(sentence, first[1], between[-1].start))
            between = [m for m in between if m.start > closed]
        gap = sentence[first[1]:second[0]]
        if not between or STOPS_OBJECT.search(gap.lstrip(" :")) or sentence[second[0]:second[1]].rstrip().endswith(":"):
            continue
        if OPENING_PARTICIPLE.match(sentence[:first[0]]) and "," in sentence[first[1]:between[0].start]:
            continue  # "After abstaining last year, A voted …": A is the subject of both, which vote is which is clear
        if not SUBJECT_GAP.match(sentence[between[-1].end:second[0]]):
            continue  # the names are not the second phrase's subject
        if re.fullmatch(r"\s*\(\s*(?:the\s+)?", sentence[first[1]:between[0].start]) \
                and second[1] <= sentence.find(")", first[1]):
            continue  # "A abstained (B was absent)": the bracket is a clause with its own vote phrase
        if re.fullmatch(r"\s*\(\s*(?:the\s+)?", sentence[first[1]:between[0].start]) \
                and re.fullmatch(r"[^()]*\)(?:\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+)", sentence[between[-1].end:second[0]]):
            continue  # "voted against (A, B), abstained (C)": the names in the first phrase's bracket are its list
        if NEW_SUBJECT.match(sentence[first[1]:between[0].start]) or \
                counted_subject(sentence, sentence[first[1]:between[0].start], between, second[0]):
            continue  # "…voted against, several countries including A and B abstained": a clause of its own
        if _read_after_first(sentence, first, second, between, out):
            clause = max((m.start for m in found if m.start < first[0] and STOPS_OBJECT.search(
                sentence[m.end:first[0]])), default=-1)
            dropped |= {m.start for m in found if clause < m.start < second[0]}
    return [entry for entry in out if entry[3].start not in dropped]


DASH = re.compile(r"\s(?:--|-)\s|\s?[–—]\s?")


def _closing_dash(sentence: str, start: int, end: int) -> int:
    """"4 against – A, B and C – with D abstaining": where the second of a pair of dashes between start and end
    closes the first phrase's list, as a bracket does; -1 without a pair."""
    dashes = [m.start() for m in DASH.finditer(sentence, start, end)]
    return dashes[1] if len(dashes) >= 2 else -1


def _read_after_first(sentence: str, first: tuple, second: tuple, between: list[Mention], out: list) -> bool:
    """The names between were taken after the first phrase (as its list or its target), or a word opens a list there."""
    taken_after = any(at == first[0] and between[0].start <= m.start < second[0] for _, _, at, m, *_ in out)
    targeted = any(":" in vote for _, vote, at, *_ in out if at == first[0])
    opening = sentence[first[1]:between[0].start]  # "Voting against X were A B abstained", not "35 -- including A -- voted"
    introduced = LIST_OPENS.search(opening) and not re.search(r"(?<![\w/-])\d+(?![\w/-])", opening) and \
        not re.search(r"[–—)]|--|\s-\s", sentence[between[-1].end:second[0]])
    return bool(taken_after or targeted or introduced)
