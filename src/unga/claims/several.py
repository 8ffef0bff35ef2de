"""Claims said of several votes at once: one claim per vote (issue 9, fifteenth round).

"A, B and C voted against both resolutions", "Israel did not vote on either resolution", "it opposed the
resolutions", "paragraphs 11(a) and 11(b) each by 25 to 20": the sentence states the same vote, count or tally of
every vote it names, so each of those votes gets its own claim. Before, the claim was made once and judged on one of
them (or on none), and the others were never checked.

Which votes: the roll calls the text pins down (by symbol or by a tally that matches in full) up to and including
the claim's sentence, the last N of them in the order the text first reports them (N from the sentence: "both",
"either", "the two" = 2, "the three" = 3, up to "all six"; "the resolutions" = all those the text has pinned, two to
four), the claim's own placement among them; a state's vote told before the text takes the votes one by one ("A voted
against all six resolutions. The first …") takes every vote the text pins, when they are no more than it says. Where
the text pins fewer, an unplaced claim whose candidates are close (within the identification margin) between exactly
N roll calls that all fit its numbers ("each by 25 to 20" of two paragraphs voted alike) takes those; otherwise the
votes left are listed unplaced, with the reason.

A copy is never called false: the sentence may group the votes loosely ("the United States, which with West European
nations opposed the resolutions" — some of them abstained on one), so a copy that the record contradicts is
unverifiable with that vote's record in the reason. The claim as it was placed before keeps its verdict.
"""

from __future__ import annotations

import copy
import re
from typing import Callable

from unga.claims.identify import MARGIN, MIN_SCORE

# "the three votes against", "the two votes in favour were cast by": ballots of one vote, not several votes
# ("failed to either vote or abstain": the verb, not a noun)
BALLOTS = r"(?:votes?|ballots?)\b(?!\s+(?:against|in\s+favou?r|for|cast|came|yes|no|or\s+abstain)\b)"
NOUN = rf"(?:resolutions?|texts?|drafts?|{BALLOTS}|measures?|proposals?|motions?|paragraphs?)\b"  # not "either voted"
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
COUNTED = "|".join(COUNT_WORDS)
# "both resolutions", "either of the drafts", "the two texts", "all three measures", "each of the resolutions", "voted
# against all three." (not "all four nations voted": a count of states)
NUMBERED = re.compile(rf"\b(?:(?P<both>both|either)(?:\s+of)?(?:\s+(?:the|these|those))?\s+{NOUN}"
                      rf"|(?:the|these|those|all(?:\s+the)?)\s+(?P<n>{COUNTED})\s+{NOUN}"
                      rf"|(?:all|each)\s+(?P<n2>{COUNTED})(?=\s*(?:[.,;:!?)]|$|of\s+them\b)))", re.I)
# "opposed the resolutions", "voted against these texts": as many as the text has pinned down
PLURAL = re.compile(r"\b(?:the|these|those|all\s+the)\s+(?:resolutions|texts|drafts|measures)\b", re.I)
# "Paragraphs 11(a) and 11(b) each by 25 for with 20 against": the tally of each of two parts
EACH = re.compile(r"\band\b[^.;:]{1,40}\beach(?:\s+(?:adopted|rejected|approved|carried|defeated|passed))?,?\s+"
                  r"(?:by|with|received|got)\b", re.I)
# a sentence that pairs its states and votes in order, or speaks of one vote of several ("one of the resolutions",
# "the first of the two texts") or of a state's own several votes, is not one claim per vote
REFUSED = re.compile(r"\brespectively\b|\b(?:one|first|second|last|neither|none)\s+of\s+(?:the\s+|these\s+|those\s+)?"
                     rf"(?:two\s+|three\s+|four\s+)?{NOUN}|\bboth\s+(?:times|years|sessions)\b", re.I)
NOTE = "said of several votes at once ({}): one claim per vote"
NEVER_FALSE = ("; said of several votes at once, so not called false on one of them (the sentence may group the "
               "votes loosely)")
UNIDENTIFIED = ("one of {} votes the sentence speaks of at once ({}): the text does not identify which roll call of the "
                "record it is")

Judge = Callable[[object, int], dict]


def how_many(sentence: str, pinned: int) -> tuple[int, str] | None:
    """(how many votes, the words that say so) when the sentence speaks of several votes at once, else None.
    pinned: how many roll calls the text has pinned down so far (what "the resolutions" counts)."""
    if REFUSED.search(sentence):
        return None
    found = NUMBERED.search(sentence)
    if found:
        word = found.group("n") or found.group("n2")
        return (COUNT_WORDS[word.lower()] if word else 2), found.group(0)
    found = EACH.search(sentence)
    if found:
        return 2, found.group(0)
    found = PLURAL.search(sentence)
    if found and 2 <= pinned <= 4:
        return pinned, found.group(0)
    return None


def _pinned_order(found: list, rows: list, anchored: set[int]) -> list[tuple[int, int]]:
    """(sentence, row) of each roll call the text pins down, at the sentence that first reports it."""
    first: dict[int, int] = {}
    for claim, row in zip(found, rows):
        if row is not None and row in anchored and row not in first:
            first[row] = claim.sentence
    return sorted((sentence, row) for row, sentence in first.items())


def _targets(claim, row, wanted: int, order: list[tuple[int, int]], ranked: list, agrees) -> list[int]:
    """The roll calls the claim is about: the last `wanted` the text has pinned by its sentence (its own placement
    kept among them), else the roll calls its candidates tie on exactly, when they all fit its numbers."""
    before = [r for sentence, r in order if sentence <= claim.sentence]
    chosen = before[-wanted:]
    if len(chosen) < wanted and claim.kind == "position" and len(order) <= wanted:
        # "A and B voted against all six resolutions", told before the text takes them one by one: every vote it
        # pins is one of them (a count, "only two opposed all six", is no count of each vote)
        chosen = [r for _, r in order]
    if row is not None and row not in chosen:
        chosen = [*chosen[1:], row] if len(chosen) == wanted else [*chosen, row]
    if len(chosen) < wanted and row is None and claim.kind in ("tally", "count") and len(ranked) >= wanted:
        top = ranked[0][0]
        close = [i for score, i, _ in ranked if top - score < MARGIN]
        if top >= MIN_SCORE and len(close) == wanted and all(agrees(i, claim.asserted) for i in close):
            chosen = sorted(close)
    return chosen


def _on(judged: dict, note: str) -> dict:
    judged["evidence"]["notes"] = [*judged["evidence"].get("notes", []), note]
    if judged["verdict"] == "contradicted":
        judged["verdict"] = "unverifiable"
        judged["evidence"]["record"] = str(judged["evidence"].get("record", "")) + NEVER_FALSE
    return judged


def spread(out: list[dict], found: list, rows: list, anchored: set[int], ranked: list, judge: Judge,
           agrees) -> list[dict]:
    """The entries (one per claim, in the order of `found`, then any others), with one more entry for each further
    vote a claim is said of. judge(claim, row): a claim's entry judged on a roll call; agrees(row, numbers): every
    number fits that roll call."""
    order = _pinned_order(found, rows, anchored)
    extra: list[dict] = []
    by_tally: dict[int, list[int]] = {}  # sentence -> the votes its "each by" tally was found on
    numbered = sorted(enumerate(zip(found, rows)), key=lambda item: item[1][0].kind != "tally")
    for n, (claim, row) in numbered:
        if claim.kind not in ("position", "count", "tally") or claim.scope == "other body":
            continue
        pinned = len([r for sentence, r in order if sentence <= claim.sentence])
        said = how_many(claim.text, pinned)
        if said is None:
            continue
        wanted, words = said
        note = NOTE.format(f'"{words}"')
        targets = _targets(claim, row, wanted, order, ranked[n][1] if n < len(ranked) else [], agrees)
        if claim.kind == "tally" and len(targets) == wanted:
            by_tally.setdefault(claim.sentence, targets)
        elif len(targets) < wanted and row is None and len(by_tally.get(claim.sentence, ())) == wanted:
            targets = by_tally[claim.sentence]  # the states listed with that tally voted on the same votes
        original = out[n]
        original["evidence"]["notes"] = [*original["evidence"].get("notes", []), note]
        others = [t for t in targets if t != row]
        if targets and row is None:  # the claim itself goes on the first of its votes
            out[n] = _on(judge(claim, others[0]), note)
            others = others[1:]
        extra += [_on(judge(claim, target), note) for target in others]
        for _ in range(wanted - max(len(targets), 1)):
            twin = copy.deepcopy(original)
            twin.update(resolution=None, verdict="unverifiable")
            reason = UNIDENTIFIED.format(wanted, f'"{words}"')
            before = str(original["evidence"].get("record", "")) if original["resolution"] is None else ""
            twin["evidence"]["record"] = f"{before}; {reason}" if before else reason  # the reason it had stays first
            extra.append(twin)
    return out + extra
