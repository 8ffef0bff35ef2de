"""Lists that hang on a vote said just before them in the same clause, not on a vote phrase of their own.

The main pass (`positions`) attaches a list to the vote phrase it is the subject or object of. Reporters also hang a
list on a count or a vote clause with a word that only says "these are some of them":
- "41 abstained, including A and B"; "twenty against it, including A"; "approved by 119 countries, including A";
  "received support from 91 countries, including A"; "voted on Monday against the text, including A";
- a bracket after a count: "by 114 votes to two (A and B)", "4 Against (including A and B)", "three abstentions (A, B)";
- "with A, B and C among them" after a vote clause.
The vote is the last vote word of the clause before the opener, read back to the nearest comma, semicolon or clause
word ("while", "but"); a clause that names a state, speaks of sponsors, or says the vote is only planned gives nothing.
"""

from __future__ import annotations

import re

from unga.claims import either
from unga.claims.bare_verbs import BARE_VERB, about_the_vote
from unga.claims.cues import DENIED_PASSIVE
from unga.claims.numbers import defeated
from unga.claims.phrases import CUE, STOPS_OBJECT, SUBGROUP_OPENER, TIGHT

# the word that opens a list of examples of the clause before it
OPENER = re.compile(r"(?:,\s*|\s+|\(\s*|\s*(?:--|—|–)\s*)(?:(?:which|that)\s+(?:also\s+)?(?:included|includes)|including|such\s+as|among\s+them|among\s+whom|notably|especially"
                    r"|in\s+particular)\s*:?\s*(?:the\s+)?$", re.I)
BRACKET = re.compile(r"\s*\(\s*(?:the\s+)?$")
AMONG_THEM = re.compile(r"^\s+(?:were\s+)?among\s+them\b", re.I)
# "Only one country voted against, Belarus, which …": the count's states named right after its vote phrase
COUNTED = re.compile(r"\b(?:one|\d{1,2})\s+(?:other\s+)?(?:countries|country|states?|nations?|members?|delegations?)\s+"
                     r"(?:(?:only|also|then)\s+)?(?:[\w-]+\s+){0,2}?$", re.I)
APPOSED_END = re.compile(r"\s*(?:$|[.;]|,\s*(?:which|who|whose|a|an|the)\b|\s*[–—(])", re.I)
WITH = re.compile(r"(?:,\s*|\s+)with\s+(?:the\s+)?$", re.I)
# vote words of a clause, the last one wins; "for" only after a number or "voted"
VOTE_WORDS = [
    (r"in\s+favou?r|\byes\b|(?<=\d\s)for\b|vot(?:ed|ing)\s+for\b|support(?:ed)?\s+(?:from|by)\b|approved\s+by\b"
     r"|backed\s+by\b|\bpro\b", "yes"),
    (r"(?<=\d\s)against\b|\bvot\w*\s+(?:[\w-]+\s+){0,3}?against\b|\b(?:were|was|are|is)\s+against\b|against\s+(?:it|the\s+"
     r"(?:resolution|text|draft|measure|document))\b|\bopposed\b(?!\s+to\b)|\bopposing\b|\bno\b(?=[\"”’']|\s+votes?\b(?!\s+(?:was|were)\s+(?:recorded|registered)\b))|(?<=[\"“‘'])no\b|negative\s+votes?|\bcontra\b", "no"),
    (r"\babstain\w*|\babstentions?\b", "abstain"),
    # "No vote was recorded from 13 countries, including A": they did not vote (not "no" votes)
    (r"\bdid\s+not\s+(?:vote|participate|take\s+part)\b|\babsent\b|\bnot\s+voting\b|\babsences?\b"
     r"|\bno\s+votes?\s+(?:was|were)\s+(?:recorded|registered)\b", "absent"),
]
VOTE = re.compile("|".join(f"(?P<v{i}>{p})" for i, (p, _) in enumerate(VOTE_WORDS)), re.I)
CLAUSE_START = re.compile(r",(?![\"”’'])|[;:]|\b(?:while|whereas|but|although|and\s+(?=\d))\b", re.I)
NOT_A_VOTE = re.compile(r"\bsponsor|\bco-?sponsor|\bveto|\bplan|\bexpected\b|\bwould\b|\bwill\b|\bmight\b|\bcould\b"
                        r"|\bintend|\bneeded\b|\brequired\b|\bmajority\b", re.I)
# a vote word denied: "was not supported by", "has never been backed by" (the states did not vote yes: no, abstained
# or stayed away; a denied no or abstention says nothing)
NOT_YES = either.SEPARATOR.join(("no", "abstain", "absent"))
NUMBER = re.compile(r"(?<![\w/.-])\d{1,3}(?![\w/-])")
# the field a number in brackets stands for: "114 votes to 2 (A and B)" is no; "4 against (A)" is no; "163 Yes (A)" yes
BRACKETED_FIELD = re.compile(r"(?:\bto\s+(?P<to>\d{1,3})|\d{1,3}\s+(?:votes?\s+|(?:other\s+)?(?:countries|states|nations"
                             r"|members|delegations)\s+)?(?P<field>in\s+favou?r|for|yes|against|no|abstentions?|abstaining|absent"
                             r"|absences?))\s*$", re.I)
# a number's place in a tally written with dashes, each number perhaps followed by its states in brackets: "26-16 (A,
# B)-18 (C, D)" (yes, no, abstain), "24 (including A) to 24 (including B)" (yes, no)
_IN_BRACKETS = r"\s*(?:[-–—]?\s*\([^()\d]{1,200}\))?\s*"  # "48-50-(US)-33": a cable's dash before the bracket too
THIRD_OF_THREE = re.compile(r"(?<![\d/.,:–-])\b\d{1,3}" + _IN_BRACKETS + r"[-–—]\s*\d{1,3}" + _IN_BRACKETS + r"[-–—]\s*\d{1,3}\s*$")
SECOND_OF_TWO = re.compile(r"(?<![\d/.,:–-])\b\d{1,3}" + _IN_BRACKETS + r"[-–—]\s*\d{1,3}\s*(?:[-–—]\s*)?$")
FIRST_OF_TWO = re.compile(r"(?<![\d/.,:–-])\b\d{1,3}(?:\s+votes?)?\s*$")  # "by 36 votes (N.Z.) to 6"
# "2 – (A, B) – against": a number whose bracket stands between dashes, its label after them
NUMBER_BEFORE = re.compile(r"(?<![\d/.,:–-])\b\d{1,3}(?:\s+votes?)?\s*(?:[-–—]\s*)?$")
# the side a label right after the bracket gives the number before it: "50 (US) against", "32 (N.Z.) in favour" (a
# diplomatic record's mark of its own delegation's vote); not "… (A) against 5", a pair
LABEL_AFTER = re.compile(r"\([^()\d]{1,200}\)\s*(?:[-–—]\s*)?(?:votes?\s+)?(?P<field>in\s+favou?r|for|yes|against|no|abstentions?"
                         r"|abstaining)\b(?!\s*\d)", re.I)
THEN_A_NUMBER = re.compile(r"\([^()\d]{1,200}\)\s*[-–—]\s*\d")
THEN_TWO_NUMBERS = re.compile(r"\([^()\d]{1,200}\)\s*[-–—]\s*\d{1,3}" + _IN_BRACKETS + r"[-–—]\s*\d")
FOLLOWED = re.compile(r"\([^()\d]{1,200}\)\s*(?:[-–—]|to\b)\s*\d{1,3}\b", re.I)


def clause_vote(sentence: str, end: int, stop: int) -> tuple[str, int] | None:
    """The vote of the clause that ends at `end`: its last vote word, read back to a clause boundary, and the
    word's start. None when the clause holds no vote word, names a state (stop: the last state's end) or only
    plans, sponsors or needs votes."""
    begin = max([m.end() for m in CLAUSE_START.finditer(sentence, max(stop, end - 300), end)] + [0, stop, end - 300])
    clause = sentence[begin:end]
    if NOT_A_VOTE.search(clause) or not (NUMBER.search(clause) or re.search(r"\bvot|\babst", clause, re.I)):
        return None
    found = None
    for found in VOTE.finditer(clause):
        pass
    if found is None:
        return None
    index = int(next(k for k, v in found.groupdict().items() if v is not None)[1:])
    if DENIED_PASSIVE.search(clause, 0, found.start()):  # "was not supported by 9 countries, including A": not a yes
        return (NOT_YES, begin + found.start()) if VOTE_WORDS[index][1] == "yes" else None
    return VOTE_WORDS[index][1], begin + found.start()


def hung_lists(sentence: str, runs: list, used: set[int], cues: list = ()) -> list[tuple[str, str, int, object]]:
    """(iso3, vote, at, mention) for each list the main pass left unread that hangs on the vote of the clause
    before it ("41 abstained, including A and B"; "by 114 votes to 2 (A and B)"; "with A and B among them")."""
    out = []
    for k, run in enumerate(runs):
        if k in used:
            continue
        stop = runs[k - 1][-1].end if k else 0
        offset = max(stop, run[0].start - 200)  # the words just before the list: the work per list stays bounded
        head = sentence[offset:run[0].start]
        vote = None
        opener = OPENER.search(head)
        if opener:
            vote = clause_vote(sentence, offset + opener.start(), stop)
            if vote is None and opener.group(0).lstrip().startswith("("):
                vote = _bracketed(sentence, offset + opener.start())
        elif (bracket := _open_bracket(sentence, run[0].start)) is not None and _closes(sentence, run):
            vote = _bracketed(sentence, bracket)
        elif SUBGROUP_OPENER.search(head):  # "40 abstained, with 3 Nordic member-states – A, B, C – staying neutral"
            vote = clause_vote(sentence, offset + SUBGROUP_OPENER.search(head).start(), stop)
        elif WITH.search(head) and AMONG_THEM.match(sentence[run[-1].end:]):
            vote = clause_vote(sentence, offset + WITH.search(head).start(), stop)
        else:
            vote = _apposed(sentence, run, cues, stop)
        if vote is not None:
            used.add(k)
            out += [(m.iso3, vote[0], vote[1], m) for m in run]
    return out


def _apposed(sentence: str, run: list, cues: list, stop: int) -> tuple[str, int] | None:
    """'Only one country voted against, Belarus, which …': a counted subject, its vote phrase, a comma, the states."""
    cue = next((c for c in cues if c[1] <= run[0].start and re.fullmatch(r"\s*,\s*(?:the\s+)?", sentence[c[1]:run[0].start])),
               None)
    if cue is None or cue[0] < stop or cue[2] not in ("yes", "no", "abstain", "absent") \
            or not COUNTED.search(sentence, max(stop, cue[0] - 60), cue[0]) or not APPOSED_END.match(sentence[run[-1].end:]):
        return None
    return cue[2], cue[0]


def _bracketed(sentence: str, at: int) -> tuple[str, int] | None:
    """The side of the number a bracket of states follows: its label ("4 against (A)"), or its place in the tally."""
    number = NUMBER_BEFORE.search(sentence, max(0, at - 16), at)
    if number is not None and (label := LABEL_AFTER.match(sentence, at)) is not None:
        return vote_of_field(label["field"]), number.start()
    placed = _place_in_tally(sentence, at)
    if placed is not None:
        return placed
    match = BRACKETED_FIELD.search(sentence, max(0, at - 40), at)
    if not match:
        return None
    if match["to"]:  # "failed 50 to 55 (A)": after a verb of defeat the larger number is the no
        before = re.search(r"(\d{1,3})\D{1,30}$", sentence[:match.start()])
        side = _side_in_defeat(sentence, before.start(1), int(match["to"]), int(before[1])) if before else None
        return side or "no", match.start()
    return vote_of_field(match["field"]), match.start("field")


def vote_of_field(word: str) -> str:
    """The vote a count's label names: "against" no, "abstentions" abstain, "absent", else yes."""
    word = word.lower()
    return "abstain" if word.startswith("abst") else "absent" if word.startswith("abs") else \
        "no" if word in ("against", "no") else "yes"


def _place_in_tally(sentence: str, at: int) -> tuple[str, int] | None:
    """'26-16 (A, B)-18 (C, D)': the third number of a dashed tally is the abstentions, the second the votes against,
    the first (a bracket, then a dash or "to" and a number) the votes in favour; "defeated by 57 (A) to 46" is read
    the other way round, as `numbers` reads it."""
    if (third := THIRD_OF_THREE.search(sentence, max(0, at - 480), at)) is not None:
        return "abstain", third.start()
    # "60-2 (A)-5", "2 (A, B)-60-66": the numbers of a triple are never read the other way round
    if (second := SECOND_OF_TWO.search(sentence, max(0, at - 240), at)) is not None:
        pair = [int(n) for n in re.findall(r"\d{1,3}", second.group(0))]
        side = None if THEN_A_NUMBER.match(sentence, at) else _side_in_defeat(sentence, second.start(), pair[-1], pair[0])
        return side or "no", second.start()
    first = FIRST_OF_TWO.search(sentence, max(0, at - 16), at)
    if first is None or not (following := FOLLOWED.match(sentence, at)):
        return None
    side = None if THEN_TWO_NUMBERS.match(sentence, at) else _side_in_defeat(
        sentence, first.start(), int(re.match(r"\d+", first.group(0))[0]), int(re.findall(r"\d{1,3}", following.group(0))[-1]))
    return side or "yes", first.start()


def _side_in_defeat(sentence: str, at: int, this: int, other: int | None) -> str | None:
    """The side of one number of a pair after a verb of defeat, as `numbers` reads the pair: the larger is the no
    (a tie: as written); None when no such verb stands before it."""
    if other is None or not defeated(sentence, at):
        return None
    return "no" if this > other else "yes" if this < other else None


# what may stand in a count's bracket besides the states: "(the Arab group and A)", "(Communist A)"
IN_BRACKET = re.compile(r"\(\s*(?:the\s+)?(?:(?:[A-Z][\w-]*\s+|[a-z][\w-]*\s+){1,4}?(?:and|,)\s+(?:the\s+)?"
                        r"|(?-i:[A-Z][a-z]+)\s+)?$")


def _open_bracket(sentence: str, start: int) -> int | None:
    """Where the bracket a list starting at `start` stands in opens: right before it, or after a group or an
    adjective ("(the Arab group and A)", "(Communist A)"); no number, vote word or closing bracket between."""
    match = IN_BRACKET.search(sentence, max(0, start - 80), start)
    if match is None or VOTE.search(match.group(0)) or NUMBER.search(match.group(0)):
        return None
    return match.start()


def _closes(sentence: str, run: list) -> bool:
    """The bracket holds only the list: 'two (A and B)', not '(A's proposal)'."""
    return bool(re.match(r"\s*(?:,\s*)?(?:(?i:and\s+)?(?i:the\s+)?(?i:other\s+)?(?-i:[A-Z])[\w-]*\s+(?:[Bb]loc|[Gg]roup|states|countries|(?-i:BLOC|GROUP|STATES|COUNTRIES))\s*)?\)",
                         sentence[run[-1].end:]))  # "(A, B, Soviet Bloc)", a cable's "(US AND SOVIET BLOC)": a group closes the list


# "Together with A, 95 other states backed the draft", "Apart from A, the states that opposed the text were …":
# a companion named at the head of a clause votes as the clause's subject
COMPANION = re.compile(r"(?:^|[,;:]\s*|\b(?:and|while|but)\s+)(?P<word>along\s+with|together\s+with|in\s+addition\s+to|besides"
                       r"|alongside|apart\s+from|aside\s+from)\s+(?:the\s+)?$", re.I)
INCLUSIVE = re.compile(r"\bother\b|\bthe\s+(?:countries|states|nations|members)\s+(?:that|which|who)\b", re.I)


def companions(sentence: str, runs: list, used: set[int], all_cues: list, out: list, targeted) -> list:
    """(iso3, vote, at, mention) for a companion at the head of a clause; targeted(cue): the cue names a state as
    its target ("backed Peru"), no vote on the text."""
    taken = {id(entry[3]) for entry in out}
    found = []
    for k, run in enumerate(runs):
        head = COMPANION.search(sentence, max(0, run[0].start - 30), run[0].start)
        if k in used or head is None or any(id(m) in taken for m in run) or not sentence.startswith(",", run[-1].end):
            continue
        cue = next((c for c in all_cues if c[0] > run[-1].end), None)
        stretch = sentence[run[-1].end:cue[0]] if cue else ""
        if cue is None or cue[2] not in ("yes", "no", "abstain", "absent") or re.search(r"[.;]|\b(?:all|every\w*)\b", stretch) \
                or targeted(cue) \
                or (BARE_VERB.fullmatch(cue[3].group(0)) and not about_the_vote(sentence, cue[1])) \
                or STOPS_OBJECT.search(stretch) or (head["word"].lower().startswith(("apart", "aside"))
                                                    and not INCLUSIVE.search(stretch)):
            continue  # "Apart from Chile, all voted yes": an exception, not a companion
        used.add(k)
        found += [(m.iso3, cue[2], cue[0], m) for m in run]
    return found


PASSIVE_INCLUDING = re.compile(r"^[^.;:]{0,60}?\b(?:including|such\s+as|among\s+them|notably)\s*:?\s*(?:the\s+)?$", re.I)


def passive(sentence: str, end: int, found: list, runs) -> list:
    """'opposed by A and B', 'opposed by the nuclear powers, including A and B', 'opposed by A and its allies
    including B': the states after a passive cue."""
    taken: list = []
    following = [m for m in found if m.start >= end]
    if following and TIGHT.match(sentence[end:following[0].start]):
        taken = [m for m in next(r for r in runs if following[0] in r) if m.start >= end]
    if not taken and following:
        taken = _described_agents(sentence, end, following, runs)
    after = taken[-1].end if taken else end
    rest = [m for m in found if m.start >= after]
    gap = sentence[after:rest[0].start] if rest else ""
    if rest and PASSIVE_INCLUDING.match(gap) and not CUE.search(gap) and not STOPS_OBJECT.search(gap):
        taken += [m for m in next(r for r in runs if rest[0] in r) if m.start >= after]
    return taken


# "opposed by many of A's allies, B, C", "cast largely by Gulf monarchies plus the island states of B, C":
# a group described first, then states of it, in the same agent phrase
# "by the nuclear powers, A and B", "by just 2 other countries, A and B" (the sentence's numbers are in digits)
DESCRIBED_GROUP = re.compile(r"\s*(?:(?:only|mostly|mainly|largely|just)\s+)?(?:the\s+)?(?:\d{1,3}\s+)?(?:(?:most|many|some|all|several|a\s+few)"
                             r"\s+(?:of\s+)?)?[^.;:()\d\"“”]{0,100}?\b(?:states|countries|nations|allies|governments|members|powers"
                             r"|bloc|regimes)\b[^.;:()\d\"“”]{0,20}?(?:,|\bplus|\bof|\bsuch\s+as|\bas\s+well\s+as|\band)\s*(?:the\s+)?$",
                             re.I)
AGENT_ENDS = re.compile(r"\s*(?:$|[.,;:)–—]|\b(?:and|or|plus|as\s+well\s+as|itself)\b)", re.I)


def _described_agents(sentence: str, end: int, following: list, runs) -> list:
    """The states of a passive's agent that a described group introduces, if the phrase goes on as a list."""
    gap = sentence[end:following[0].start]
    if not DESCRIBED_GROUP.fullmatch(gap) or CUE.search(gap) or STOPS_OBJECT.search(gap):
        return []
    taken = [m for m in next(r for r in runs if following[0] in r) if m.start >= following[0].start]
    return taken if AGENT_ENDS.match(sentence, taken[-1].end) else []
