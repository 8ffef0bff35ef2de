"""States named earlier and referred to again: "both countries", "the two countries", "the three nations".

- An anaphor ("Last year, both countries abstained") stands for the last list of exactly that many states in the
  sentences before it in the same paragraph ("The United States and Israel opposed the text."). It is read as those
  states, at the anaphor's place, by `positions`; with no such list, or after a preposition ("relations between the
  two countries"), it stands for nothing.
- A count named again ("Two countries voted against the text. The two countries were Eritrea and Mali."): the
  sentence that only names them gives each the vote of the count in the sentence before. When that sentence counts
  several sides ("99 supported it, three voted against and 10 abstained. These were A, …, J."), the side is the one
  whose number is the number of states named, if no other side has it.
- A part of a count named ("Twenty-one voted against; 112 voted for. Some of the 21 countries, apart from A, were B, C
  and D."): the number names the count of the sentence before (in the paragraph before too), whose side the states
  take; no more states than the count.
"""

from __future__ import annotations

import re

from unga.claims import digits, numbers, positions
from unga.claims.cues import cues
from unga.claims.names import Mention, mentions

SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_VOTED_NEXT = r"(?=\s+(?:voted|abstained|opposed|backed|supported|rejected|also|had|have|did|were|cast)\b)"
# "These four also voted against …", "All three abstained": the noun may go when a vote verb follows at once
ANAPHOR = re.compile(r"\b(?:both\s+(?P<kind1>countries|nations|states|governments|delegations)|(?:the|these|those)\s+"
                     r"(?P<n>two|three|four|five|2|3|4|5)\s+(?P<kind2>countries|nations|states|governments|delegations)"
                     r"|(?-i:These|Those|The|All|the|all)\s+(?P<bare>two|three|four|five|[2-5])" + _VOTED_NEXT
                     + r"|(?-i:Both)" + _VOTED_NEXT + ")", re.I)
AFTER_A_PREPOSITION = re.compile(r"\b(?:between|of|with|to|for|in|on|by|from|among|against|and|about)\s+$", re.I)
# "These five are A, B, …": the noun may go; "These are: A, B, …", "They were A and B": the number too, and then the
# count of the sentence before must be the number of states named
NAMED_AGAIN = re.compile(r"^\W*(?:(?:the|these|those)\s+(?P<n>two|three|four|five|\d{1,2})\s+|(?P<bare>these|they|those)\s+)"
                         r"(?:(?:other\s+)?(?:countries|states|nations)\s+)?(?:were|are|being)\s*:?\s*", re.I)


def referents(sentence: str, recent: list[list[str]], before: str | None = None) -> list[tuple[int, int, list[str]]]:
    """(start, end, states) for each anaphor of the sentence whose states the paragraph named just before; "It" or
    "The country" opening the sentence before a vote verb stands for the one state the sentence before names, as its
    subject (`before`: that sentence, in the same paragraph)."""
    out = []
    for match in ANAPHOR.finditer(sentence):
        if AFTER_A_PREPOSITION.search(sentence[:match.start()]):
            continue
        number = match["n"] or match["bare"]
        wanted = SMALL_NUMBERS[number.lower()] if number else 2
        states = next((run for run in reversed(recent) if len(run) == wanted), None)
        if states:
            out.append((match.start(), match.end(), states))
    when = WHEN_IT.search(sentence)
    named = mentions(sentence[:when.start()]) if when else []
    if when and len(named) == 1 and re.fullmatch(r"\W*(?:the\s+)?", sentence[:named[0].start], re.I):
        out.append((when.start("it"), when.end("it"), [named[0].iso3]))
    singular = SINGULAR.match(sentence)
    named = mentions(before) if singular and before else []
    if singular and len({m.iso3 for m in named}) == 1 and not mentions(sentence[:singular.start("it")]) \
            and re.fullmatch(r"\W*(?:the\s+)?", before[:named[0].start], re.I):
        out.append((singular.start("it"), singular.end("it"), [named[0].iso3]))
    return out


# "India has close ties with Moscow. It abstained.", "The country voted against.": the subject of the sentence before
# (its one state, named first), at the opening of this one before its vote verb
SINGULAR = re.compile(r"\W*(?:(?:but|and|yet|still|however|instead|eventually|ultimately|in\s+the\s+end)\s*,?\s+)?"
                      r"(?P<it>it|the\s+(?:country|nation|kingdom|republic|island\s+(?:nation|state)))"
                      r"(?=\s+(?:(?:also|then|eventually|ultimately|finally|instead|nonetheless|nevertheless|however|still"
                      r"|again|too)\s+)*(?:voted|abstained|opposed|backed|supported|rejected|cast)\b)", re.I)


# "Russia has said more since 2015, when it voted against the resolution", "India has ties with Moscow, but it
# abstained": "it" in a clause of time or a coordinated one is the sentence's subject when that is the one state named
# before it
WHEN_IT = re.compile(r",\s*(?:when|but|yet|and)\s+(?P<it>it)\s+(?=(?:had\s+|also\s+|first\s+|still\s+)?(?:voted|abstained|opposed"
                     r"|backed)\b)")


def without_anaphors(sentence: str, recent: list[list[str]]) -> str:
    """The sentence with each anaphor that stands for states named before blanked: "These 4 also voted against"
    counts the states of the list before, not the side of the vote it speaks of."""
    for start, end, _ in referents(sentence, recent):
        sentence = sentence[:start] + " " * (end - start) + sentence[end:]
    return sentence


def runs_of(sentence: str) -> list[list[str]]:
    """The lists of two or more distinct states a sentence names, in order (for the sentences after it)."""
    runs = positions.lists(sentence, mentions(sentence))
    distinct = [list(dict.fromkeys(m.iso3 for m in run)) for run in runs]
    return [run for run in distinct if len(run) >= 2]


def named_again(sentence: str, before: str | None) -> tuple[str, list[Mention]] | None:
    """('no', [Eritrea, Mali]) for "The two countries were Eritrea and Mali." after "Two countries voted against …":
    the vote of the count in the sentence before, given to the states this sentence only names."""
    match = NAMED_AGAIN.match(sentence)
    if not match or before is None:
        return None
    rest = sentence[match.end():]
    found = mentions(rest)
    word = match["n"].lower() if match["n"] else str(len({m.iso3 for m in found}))
    wanted = SMALL_NUMBERS.get(word) or (int(word) if word.isdigit() else None)
    runs = positions.lists(rest, found)
    tail = rest[found[-1].end:] if found else ""
    if not wanted or len(runs) != 1 or len({m.iso3 for m in found}) != wanted \
            or not re.fullmatch(r"(?:the\s+)?", rest[:found[0].start].strip()) or not re.fullmatch(r"\s*[.;]?\s*", tail):
        return None
    vote = _vote_of_count(before, wanted) or _side_numbered(before, wanted)
    if vote is None:
        return None
    return vote, [Mention(m.iso3, m.start + match.end(), m.end + match.end()) for m in found]


# "Some of the 21 countries, apart from A, were B, C and D", "Some of the 15 nations are … and they include B, C"
PART = re.compile(r"^\W*(?:some|several|many|most|a\s+few)\s+of\s+(?:the|these|those)\s+(?P<n>\d{1,3})\s+(?:other\s+)?"
                  r"(?:countries|states|nations|members|member\s+states|delegations)\b(?P<mid>[^.;:\d]{0,80})"
                  r"\b(?:were|are|include[sd]?|included)\s*:?\s*(?:the\s+)?", re.I)


def part_named(sentence: str, before: str | None) -> tuple[str, list[Mention]] | None:
    """('no', [B, C, D]) for "Some of the 21 countries, apart from A, were B, C and D." after "Twenty-one countries voted
    against …; 112 voted for …": the side of the count of the sentence before that the number names, given to the
    states of the one list that ends the sentence (never more than the count)."""
    match = PART.match(sentence)
    if not match or before is None or cues(match["mid"]):
        return None
    rest = sentence[match.end():]
    found = mentions(rest)
    runs = positions.lists(rest, found)
    if not found or len(runs) != 1 or found[0].start or not re.fullmatch(r"\s*[.;]?\s*", rest[found[-1].end:]) \
            or len({m.iso3 for m in found}) > int(match["n"]):
        return None
    vote = _side_numbered(before, int(match["n"]))
    if vote is None:
        return None
    return vote, [Mention(m.iso3, m.start + match.end(), m.end + match.end()) for m in found]


def _side_numbered(sentence: str, wanted: int) -> str | None:
    """The side whose count in the sentence is the number wanted, when no other side has that number."""
    sides = {field for group in numbers.tallies(digits.in_digits(sentence)) for field, value in group.fields.items()
             if value == wanted}
    return sides.pop() if len(sides) == 1 and sides <= {"yes", "no", "abstain", "absent"} else None


def _vote_of_count(sentence: str, wanted: int) -> str | None:
    """The vote of 'N (adjective) countries (that) <vote phrase>' in a sentence, when it names no state before it."""
    found = mentions(sentence)
    for cue in cues(sentence):
        head = sentence[:cue[0]]
        if any(m.start < cue[0] for m in found):
            return None
        count = re.search(r"\b(\d{1,2})\s+(?:(?:[A-Za-z-]+\s+)?(?:countries|states|nations)\s+(?:that\s+|which\s+|who\s+)?)?"
                          r"(?:also\s+|all\s+)?$", head)  # "33 countries abstained, 5 voted against": the noun may go
        if count and int(count[1]) == wanted and cue[2] in ("yes", "no", "abstain", "absent"):
            return cue[2]
    return None



# a heading that points back at the count before it, the list below it: "32 countries abstained." then "These are:"
# and the names a line; "nine members voted against it." then "Who were the nine?" and the list as a paragraph
POINTING = re.compile(r"\W*(?:(?:these|they|those)(?:\s+(?:other\s+)?(?:countries|states|nations))?\s+(?:are|were|include)"
                      r"\s*:|(?:who|which)\s+(?:were|are)\s+(?:the|these|those)\s+(?P<n>\d{1,3})"
                      r"(?:\s+(?:countries|states|nations))?\s*\?)\s*", re.I)
COUNT_BEFORE = re.compile(r"\b(\d{1,3})\s+(?:(?:[A-Za-z-]+\s+)?(?:countries|states|nations|members)\s*)?"
                          r"(?:,\s*including\s+[^,;.]{1,60},\s*)?(?:(?:that|which|who)\s+)?(?:also\s+|all\s+)?$")


def pointing_heading(sentence: str, before: str | None) -> str | None:
    """The vote of a heading that names no state and points back at the count of the sentence before ("These are:",
    "Who were the nine?"), when that sentence counts one side only (and that many, when the heading gives a number);
    else None. The heading is the sentence, or its first line when a line break follows it."""
    match = POINTING.match(sentence)
    if not match or before is None or mentions(match.group(0)) \
            or match.end() < len(sentence) and "\n" not in match.group(0):
        return None
    wanted = int(match["n"]) if match["n"] else None
    votes = {cue[2] for cue in cues(before) if (count := COUNT_BEFORE.search(before[:cue[0]]))
             and cue[2] in ("yes", "no", "abstain", "absent") and wanted in (None, int(count[1]))}
    return votes.pop() if len(votes) == 1 else None
