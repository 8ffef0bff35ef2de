"""Words for a state that did not vote yes or no, judged in one place (the words are phrases.REFRAINED and
phrases.TOOK_NO_PART, cues of phrases.CUES).

"Refrained from voting", "declined to vote": the state kept out of the yes/no choice, by abstaining or by staying away
(the Assembly's rules count abstainers as "present and not voting"): supported when the record has the state
abstaining or absent, contradicted only when it voted yes or no.

"Did not take part in the vote", "did not participate in the voting" are ambiguous in news usage: literally the state
was away, but writers retell a list of abstainers as states that "did not participate", and fact-checkers have labelled
the same sentence both ways. So: supported when the record has the state absent, contradicted when it voted yes or no,
and unverifiable when it abstained (the reading decides, and the checker does not choose for the writer).
The same holds for "did not vote" said of a group the state is one of ("A and B were among those that did not
vote", "A was one of the 45 members that did not vote": phrases.AMONG_NOT_VOTING), and for "did not take part" in
every language read ("no participó en la votación", "nahm nicht teil", "не принимала участия в голосовании").
"A did not vote", "was absent", "did not register a vote" said of the state itself say more (no ballot at all) and
stay strictly absent: the labelled sets call them false of an abstainer every time (docs/claims.md, "did not vote:
the policy").
"Chose not to vote" is read as "refrained": the press writes it of abstainers as often as of states away ("36 chose
not to vote; and 7 were absent"), except where the sentence sets the state's not voting against its own abstention of
another time ("A, which had previously abstained, chose not to vote this year"): then it is being away
(`against_abstention`).

Neither says anything of the vote when its object is something else: "refrained from voting against it" (the state
did not vote no: it may have voted yes), "did not take part in the debate / the negotiations" (it may still have
voted). Such phrases are not read.

A number said the same way ("44 countries did not take part", "73 skipped", "35 did not vote": the Assembly's rules
count abstainers as not voting) is read the same way: a count of states away, unless the abstainers are meant; the
states named as its members ("35, including A, did not vote") are read as "did not take part". Such a count is supported when it is the vote's absentees, held back (not
called false) when it is its abstainers or its abstainers and absentees together, and contradicted when it is none of
them. The text means absence plainly when it calls the same number absent in other words ("43 were absent"), or when
the sentence gives the abstentions besides: then the count is of absentees only.
"""

from __future__ import annotations

import dataclasses
import operator
import re

from unga.claims import bounds, digits, either
from unga.claims.phrases import NOT_TAKING_PART, NOT_YES_OR_NO

AMBIGUOUS = ("\"did not take part\" (or \"did not vote\", said of a group) may mean abstaining or being away, and "
             "{name} abstained")


def holds(wanted: str, vote: str | None) -> bool | None:
    """Whether the record's vote bears out the vote the text gives the state; None when the words allow both. The one
    judge of a state's vote, for the verdict and for the rules that ask another roll call (alternatives.py). A vote
    of None (no member that day) bears out nothing."""
    if vote is None:
        return False
    if either.SEPARATOR in wanted:  # "abstain or absent" ("refrained from voting"), "no or abstain": any of them
        return vote in wanted.split(either.SEPARATOR)
    if wanted == NOT_TAKING_PART:
        return None if vote == "abstain" else vote == "absent"
    return vote == wanted


def against_abstention(stated: list) -> list:
    """The positions of a sentence, a state's not voting ("abstain or absent") read as away when the sentence also
    gives that state an abstention of another time: the contrast says it did not abstain this time."""
    abstained = {(p.iso3, p.when) for p in stated if p.vote == "abstain"}
    return [dataclasses.replace(p, vote="absent") if p.vote == NOT_YES_OR_NO
            and any(iso3 == p.iso3 and when != p.when for iso3, when in abstained) else p for p in stated]


# "44 countries including A did not take part in the voting", "and 73 skipped": a number, then (within its clause,
# past no other number or vote word) words of not taking part that may mean abstaining
UNSURE_WORDS = (r"(?:(?:did\s+not|didn['’]t|failed\s+to|(?:chose|opted|decided)\s+not\s+to|(?:refused|declined)\s+to)\s+"
                r"(?:take\s+part|participate)|not\s+(?:taking\s+part|participating)|skipped|sat\s+out|stayed\s+out\s+of"
                # "35 did not vote": the Assembly's rules count abstainers as not voting (rule 126), so a number of
                # states that "did not vote" may be its abstainers (said of one state, "A did not vote" stays absent)
                r"|(?:did\s+not|didn['’]t)\s+(?:vote|cast\s+(?:a\s+|their\s+|any\s+)?votes?))\b")
GAP = r"\s+(?:(?!(?:vot\w*|abstain\w*|against|favou?r|absent|and|while|but)\b)[^\s\d.;:]+\s+){0,8}?"
SAID_UNSURE = re.compile(r"(?<![\d.,])(?P<n>\d{1,3})(?![\d.,]?\d)" + GAP + r"(?:(?:that|which|who|have|had)\s+)?"
                         + UNSURE_WORDS, re.I)
PLAIN_ABSENCE = (r"(?:were\s+|was\s+)?(?:absent|not\s+present|not\s+voting)\b|(?:did\s+not|didn['’]t)\s+show\s+up\b"
                 r"|(?:skipped|missed|stayed\s+away\s+from)\s+the\s+(?:meeting|session|sitting)\b")
ABSTENTIONS_GIVEN = re.compile(r"(?<![\d.,])\d{1,3}\s+(?:[^\s\d.;:]+\s+){0,3}?(?:abstentions?|abstained|abstaining|"
                               r"abstainers)\b|\babst\w*\s*[:,-]?\s*\d", re.I)
UNSURE_COUNT = "said as not taking part: may mean the abstainers"
OPS = {"=": operator.eq, "<": operator.lt, ">": operator.gt, ">=": operator.ge, "<=": operator.le,
       bounds.APPROXIMATE: bounds.near}


def mark_counts(claims: list, body: str) -> None:
    """Note, in place, each count or tally whose number of absentees is said in words that may mean abstaining,
    unless the text plainly means absence (see the module's docstring)."""
    text = digits.in_digits(body)
    for claim in claims:
        value = _absentees(claim)
        if value is None:
            continue
        sentence = digits.in_digits(claim.text)
        if not any(int(m["n"]) == value for m in SAID_UNSURE.finditer(sentence)) \
                or "abstain" in claim.asserted or ABSTENTIONS_GIVEN.search(sentence) or _plainly_absent(text, value):
            continue
        claim.notes.append(UNSURE_COUNT)
        _loosen_members(claims, claim)


def _loosen_members(claims: list, count) -> None:
    """The states named as members of a number said not to have voted ("35 countries, including China, did not vote")
    are a group's members: "did not vote" of a group may mean abstaining (as phrases.AMONG_NOT_VOTING)."""
    for i, claim in enumerate(claims):
        if claim.kind == "position" and claim.sentence == count.sentence and claim.asserted.get("vote") == "absent":
            claims[i] = dataclasses.replace(claim, asserted={**claim.asserted, "vote": NOT_TAKING_PART})


def _absentees(claim) -> int | None:
    if claim.kind == "tally":
        return claim.asserted.get("absent")
    if claim.kind == "count" and claim.asserted.get("field") == "absent":
        return claim.asserted["value"]
    return None


def _plainly_absent(text: str, value: int) -> bool:
    """The text calls this number absent in words that say so ("43 countries were absent", "22 … didn't vote")."""
    return bool(re.search(rf"(?<![\d.,]){value}(?![\d.,]?\d){GAP}(?:(?:that|which|who|have|had)\s+)?(?:[^.;:\d]{{0,40}}?"
                          rf"\b(?:and|or)\s+)?(?:{PLAIN_ABSENCE})", text, re.I))


def other_reading(claim, counts: dict[str, int]) -> str | None:
    """Why a count or tally of absentees said as not taking part is not called false: its number is the vote's
    abstainers, or its abstainers and absentees together, and the rest of it agrees. None when it is neither."""
    if UNSURE_COUNT not in claim.notes:
        return None
    readings = (("abstained", counts["abstain"]), ("abstained or did not vote", counts["abstain"] + counts["absent"]))
    for words, value in readings:
        if claim.kind == "count":
            fits = OPS[claim.asserted["op"]](value, claim.asserted["value"])
        else:
            fits = value == claim.asserted["absent"] and all(counts.get(k) == v for k, v in claim.asserted.items()
                                                             if k != "absent")
        if fits:
            return f"\"did not take part\" may mean abstaining, and {value} states {words}"
    return None
