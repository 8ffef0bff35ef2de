"""Votes set out as blocks rather than prose: a roll call's heading on a line of its own ("OPPOSED: 29") with the
paragraph of states below it, and a table of states and their votes, a row a line ("Pakistan; abstained").
"""

from __future__ import annotations

import re

from unga.claims import positions
from unga.claims.cues import cues
from unga.claims.headed import LAST_LINE_HEADING, label_vote
from unga.claims.names import Mention, in_capitals, mentions
from unga.claims.phrases import CUE

LIST_ITEM_NOTE = "an item of the list under the heading before"


def block_positions(sentence: str, listing: tuple | None, lead: str | None) -> tuple[list[tuple], tuple | None] | None:
    """((iso3, vote, time, name, notes) for each state, the heading's listing if its list goes on, else None) when the
    sentence is a block: an item under a list heading ("(2) Belarus"), a table of votes, a list paragraph under a
    heading; else None. listing: (vote, time, a list paragraph may follow[, the form of the items read so far]) of the
    heading before, if any. An unmarked line after marked items ("China" after "- Russia", "- Syria": a section's
    title), or a marked one after unmarked items, is no item of the list."""
    item = list_item(sentence) if listing else None
    form = _form(sentence) if item else None
    if item and _goes_on(listing, form):  # "(2) Belarus" under "the countries that voted against:"
        return [(item.iso3, listing[0], listing[1], item.name, [LIST_ITEM_NOTE])], (*listing[:3], _after(listing, form))
    if listing and NUMBER_ONLY.fullmatch(sentence):
        return [], (*listing[:3], CUT + _form(sentence))  # "3." cut off from its item by the sentence splitter
    if listing and not item and UNREAD_ITEM.fullmatch(sentence) and not mentions(sentence):
        return [], listing  # "Central Africa Republic," between "Burundi," and "Ethiopia,": a name spelt otherwise
    rows = table_rows(sentence)
    if rows:  # "Pakistan; abstained" / "USA | for"
        return [(m.iso3, vote, lead, sentence[m.start:m.end], []) for m, vote in rows], None
    block = bare_list(sentence) if listing and listing[2] else None
    if block:  # "OPPOSED: 29" and, below it, a paragraph that is only the list of states
        return [(m.iso3, listing[0], listing[1], sentence[m.start:m.end], [LIST_ITEM_NOTE]) for m in block], None
    lettered = indexed_list(sentence) if listing and _goes_on(listing, INDEXED) else None
    if lettered:  # "Against (14):" then "A: Austria" / "C: Croatia, Czechia", a paragraph or a line each
        return ([(m.iso3, listing[0], listing[1], sentence[m.start:m.end], [LIST_ITEM_NOTE]) for m in lettered],
                (*listing[:3], INDEXED))
    return None


MARKED = "marked"
# a line that would be an item but names no state the record knows, and ends with a comma (the writer's sign that the
# list goes on): it does not end the list
UNREAD_ITEM = re.compile(r"\s*(?:\(\d{1,3}\)|\d{1,3}[.)]|[-•*–])?\s*(?-i:[A-Z])[\w'’.-]*"
                         r"(?:\s+(?:(?-i:[A-Z])[\w'’.-]*|of|and|the)){0,4}\s*,\s*")
CUT = "cut "  # the form of a number cut off from its item: the item that follows has no mark of its own
NUMBER_ONLY = re.compile(r"\s*(?:\(\d{1,3}\)|\d{1,3}[.)])\s*")


def _form(sentence: str) -> str:
    """Whether a list item is marked (numbered or bulleted: "(1)", "3.", "-") or not: pages mix the marks of one list
    ("(2) Belarus" then "3. Chile"), never a list's marked and unmarked lines."""
    return MARKED if re.match(r"\s*(?:\(\d|\d{1,3}[.)]|[-•*–])", sentence) else ""


def _goes_on(listing: tuple, form: str) -> bool:
    """An item of this form continues the list: the first, one marked as those before it, or the item of a cut-off
    number."""
    before = listing[3] if len(listing) > 3 else None
    return before is None or form == before or (before.startswith(CUT) and form == "")


def _after(listing: tuple, form: str) -> str:
    before = listing[3] if len(listing) > 3 else None
    return before[len(CUT):] if before and before.startswith(CUT) else form


# a roll call's heading on a line of its own, the last line of the sentence: "OPPOSED: 29", "Voted no:" (the one
# heading rule, headed.py's, which reads runs of them)
HEADING = LAST_LINE_HEADING
heading_vote = label_vote  # a heading's vote, by the one mapping of vote labels (extract reads it from here)


ROW = re.compile(r"[ \t|•*-]*(?P<state>[^\n;:|\t]{2,40}?)[ \t]*[;:|\t,–—-][ \t|]*(?P<vote>in\s+favou?r|for|yes|against|no"
                 r"|abstain(?:ed|ing)?|abstention|absent|did\s*n[o']t\s+vote|not\s+voting|non-voting)[ \t|.;]*", re.I)


def table_rows(sentence: str) -> list[tuple[Mention, str]]:
    """The rows of a table of votes, when every line of the sentence is one: a state's name and a vote word."""
    out = []
    offset = 0
    for line in sentence.split("\n"):
        row = ROW.fullmatch(line) if line.strip() else None
        if line.strip() and row is None:
            return []
        found = mentions(row["state"]) if row else []
        if row and (len(found) != 1 or row["state"][found[0].end:].strip() or not re.fullmatch(r"\s*(?:the\s+)?", row["state"][:found[0].start], re.I)):
            return []
        if row:
            vote = label_vote(row["vote"])
            m = found[0]
            out.append((Mention(m.iso3, offset + row.start("state") + m.start, offset + row.start("state") + m.end),
                        vote))
        offset += len(line) + 1
    return out


def bare_list(sentence: str) -> list[Mention] | None:
    """The states of a sentence that is nothing but a list of them (three or more; a few names the record spells
    otherwise, or a missing comma, allowed), else None."""
    found = mentions(sentence)
    if len(found) < 3 or ":" in sentence or CUE.search(sentence) or HEADING.search(sentence.split("\n")[0]):
        return None
    return found if _names_only(sentence, found, 3) else None


def _names_only(text: str, found: list[Mention], spare: int) -> bool:
    """Nothing but the names found is in the text, bar joining words and a few capitalised words the record does not
    know as names (at most `spare`, or one in five names): not prose."""
    rest = text
    for m in reversed(found):
        rest = rest[:m.start] + " " + rest[m.end:]
    # the "and" of a list quoted in another language too ("Congo y Cuba", "Mali et Niger": claims/quoted_names.py)
    words = re.findall(r"[^\W\d_]+", re.sub(r"\b(?:and|the|of|e|y|et|und|ed|&)\b", " ", rest, flags=re.I))
    return not any(w[:1].islower() for w in words) and len(words) <= max(spare, len(found) // 5)


# a roll call printed in alphabetical sections, each line led by its index letter: "A: Afghanistan, Albania",
# "M:Madagascar", "B - Bahrain" (any mark after the letter); the letter is the first of the first name it heads, which
# is what makes it an index and not a label
INDEXED = "indexed"
INDEX_MARK = re.compile(r"^([ \t]*)((?-i:[A-Z]))[ \t]*[:.)–—-][ \t]*(?=\2)", re.M)


def indexed_list(sentence: str) -> list[Mention] | None:
    """The states of a sentence whose every line is an index letter and a list of names ("C: Croatia, Czechia"), one
    name or more; else None. A bracket may add a short form ("Republic of Korea (South Korea)")."""
    lines = [line for line in sentence.split("\n") if line.strip()]
    if not lines or not all(INDEX_MARK.match(line) for line in lines):
        return None
    plain = INDEX_MARK.sub(lambda m: m[1] + " " * (len(m[0]) - len(m[1])), sentence)  # offsets hold
    found = mentions(plain)
    if not found or CUE.search(plain):
        return None
    if not _names_only(plain, found, 2):
        return None  # prose, or names the record does not know in numbers
    return [m for k, m in enumerate(found) if m.iso3 not in {f.iso3 for f in found[:k]}]  # "(South Korea)" once


def colon_heading(sentence: str) -> tuple | None:
    """(vote, the first item if it follows in the same sentence) for a sentence that opens a list laid out a state a
    line with a colon and names no state itself ("The following 93 countries voted in favour:" then "Albania",
    "Andorra" …; "3 countries … voted in favor of the resolution:" then "- Kenya"): the vote of its last vote phrase.
    A paragraph of states below the colon that the sentence splitter kept with it ("… were the following:" and a blank
    line, then "Afghanistan, Andorra, …") gives (vote, each of its states) when the heading says one vote only."""
    head, colon, tail = sentence.rpartition(":")
    if not colon or (tail.strip() and not tail.startswith("\n")):
        return None
    found = cues(head)
    if not found or found[-1][2] not in ("yes", "no", "abstain", "absent"):
        return None
    first = list_item(tail.strip()) if tail.strip() else None
    if first is None and tail.strip():
        paragraph = bare_list(tail)
        if paragraph is None or not opens_a_paragraph(head + ":"):
            return None
        return found[-1][2], *(positions.Position(m.iso3, "", None, tail[m.start:m.end]) for m in paragraph)
    return found[-1][2], first


def opens_a_paragraph(sentence: str) -> bool:
    """A colon sentence whose vote phrases all say one vote may head a paragraph of states (not "As 83 endorsed it, 39
    abstained and 50 were absent, the 20 backing X were:": whose list?)."""
    return sentence.rstrip().endswith(":") and len({cue[2] for cue in cues(sentence)}) == 1


# a heading that asks who cast a vote, on a line of its own: "Which countries voted against?", "Who abstained?"
QUESTION = re.compile(r"\s*(?:Which|What|Who)\b[^\n?]{0,80}\?\s*", re.I)


def question_heading(sentence: str) -> str | None:
    """The vote a heading asks about ("Which Countries Voted Against?") when it names no state, so that the
    paragraph below it that is nothing but a list of states takes that vote; else None."""
    if not QUESTION.fullmatch(sentence) or mentions(sentence) or re.search(r"\b(?:and|or)\s+(?:which|who)\b",
                                                                                     sentence, re.I):
        return None
    found = cues(sentence)
    votes = {cue[2] for cue in found}
    return found[0][2] if len(votes) == 1 and votes <= {"yes", "no", "abstain", "absent"} else None


# a question-and-answer page: "How many nations abstained …?" and, on the next line, its answer ("8 nations")
ASKED_COUNT = re.compile(r"\s*How\s+many\s+(?:other\s+)?(?:countries|nations|states|members|member\s+states|delegations)\s+"
                         r"(?P<asked>[^?\n]{3,160})\?[ \t]*\n\s*(?P<n>\d{1,3})(?:\s+(?:countries|nations|states|members"
                         r"|member\s+states|delegations))?\s*\.?\s*", re.I)


def answered_count(sentence: str, before: str = "") -> list[dict]:
    """The count a question asks and the line below it answers ("How many nations abstained …?" / "8 nations"), in
    one sentence or in this one after the question (`before`), when the question asks of one vote only; else nothing."""
    asked = ASKED_COUNT.fullmatch(sentence) or (ASKED_COUNT.fullmatch(before.strip() + "\n" + sentence.strip())
                                                if before.rstrip().endswith("?") and "\n" not in sentence.strip() else None)
    votes = {cue[2] for cue in cues(asked["asked"])} if asked else set()
    if len(votes) != 1 or not votes <= {"yes", "no", "abstain", "absent"}:
        return []
    return [{"field": votes.pop(), "op": "=", "value": int(asked["n"])}]


BODY_FIRST = re.compile(r"(?:the\s+)?(?:UN|U\.N\.|UNGA|United\s+Nations|General\s+Assembly|Assembly|[\w-]+\s+Committee)\b", re.I)


def title_heading(sentence: str) -> str | None:
    """The vote of a title on a line of its own that says who cast it and names no state ("Member states that voted in
    favour of the resolution", "Countries voting against"): no closing stop, no number, a dozen words at most, one
    vote; the list below it takes that vote. Else None."""
    line = sentence.rsplit("\n", 1)[-1].strip()
    if not line or re.search(r"[.!?:;,]$|\d", line) or len(line.split()) > 12 or mentions(line) or BODY_FIRST.match(line) \
            or in_capitals(line):
        return None  # not a headline: a body's act ("UN votes for …", "THIRD COMMITTEE APPROVES …")
    votes = {cue[2] for cue in cues(line)}
    return votes.pop() if len(votes) == 1 and votes <= {"yes", "no", "abstain", "absent"} else None


# the name may carry the writer's comment in brackets ("- Cuba (a close ally)"): a blog's list of voters
LIST_ITEM = re.compile(r"\s*(?:\(\d{1,3}\)|\d{1,3}[.)]|[-•*–])?\s*(?P<name>[^\n.;:()]{2,60}?)\s*"
                       r"(?:\((?P<comment>[^\n()]{1,100})\)\s*)?[.;,]?\s*")


def list_item(sentence: str) -> positions.Position | None:
    """A line that holds only a state's name, maybe numbered or bulleted: an item of the list above it. A comment in
    brackets after the name is allowed unless it tells a vote of its own ("(abstained in 2019)")."""
    match = LIST_ITEM.fullmatch(sentence)
    if not match or (match["comment"] and cues(match["comment"])):
        return None
    found = mentions(match["name"])
    if len(found) != 1 or found[0].start > 4 or found[0].end < len(match["name"]) - 1:
        return None
    return positions.Position(found[0].iso3, "", None, match["name"][found[0].start:found[0].end])


# a tally set out a count a line: "For: 90" / "Against: | 11 |" / "Abstentions: 52", or "100 voted for" / "58 abstained"
_COUNT_LABEL = r"in\s+favou?r|for|yes|against|no|abstentions?|abstained|abstaining|absent|absences?|not\s+voting"
BULLET = r"(?:[-•*–][ \t]+)?"  # "- For: 127": a bulleted label line ("• 104 voted for" stays a count a line: numbers.py)
COUNT_LINE = re.compile(r"^[ \t|]*" + BULLET + r"(?:(?:votes?|voting)[ \t]+)?(?P<label>" + _COUNT_LABEL + r")[ \t]*"
                        r"(?:[:|][ \t]*)+(?P<n>\d{1,3})[ \t|]*(?:pic\.twitter\.com/\S+)?[ \t]*$"
                        r"|^[ \t]*(?P<n2>\d{1,3})[ \t]+(?:voted[ \t]+)?"
                        r"(?P<label2>for|in\s+favou?r|against|abstained|absent)[ \t]*$",
                        re.I | re.M)


def count_tables(text: str) -> list[tuple[int, int, dict[str, int]]]:
    """(start, end, fields) of each tally set out a count a line: two or more lines, one after the other, each a
    different vote with its count, a yes or a no among them. A label seen twice ends nothing: the block is dropped."""
    out, run = [], []
    for match in COUNT_LINE.finditer(text):
        if run and text[run[-1].end():match.start()] != "\n":
            out.append(_table(run))
            run = []
        run.append(match)
    out.append(_table(run))
    return [t for t in out if t is not None]


def _table(run: list[re.Match]) -> tuple[int, int, dict[str, int]] | None:
    fields: dict[str, int] = {}
    for match in run:
        vote = label_vote(match["label"] or match["label2"])
        if vote in fields:
            return None
        fields[vote] = int(match["n"] or match["n2"])
    if len(fields) < 2 or not {"yes", "no"} & fields.keys():
        return None
    first = run[0].group(0)
    return run[0].start() + len(first) - len(first.lstrip(" \t")), run[-1].end(), fields  # where its sentence starts
