"""A stated tally or count breaks a tie between close candidates (plan item 2b of docs/claims-misses.md).

A claim left unplaced because its best candidate leads the next by less than the margin ("could be ES-10/21 or
78/6") goes to the best, or to the one within the margin of it, when the numbers its paragraph states (a tally or count of the Assembly, at its own time)
fit that candidate, every number of one of them, and fit no other candidate (annual texts and a day's package often
share a tally). A
fingerprint only breaks the tie: a claim so placed is never called false on it (a misreported tally is common, and
a text may state the numbers of one vote and list the states of another).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from unga.claims import cited, clues, extract, identify, loose_motion, only, scope
from unga.claims.doubt import OF_ITS_YEAR, hold_back, numbers_of

NOTE = "placed on the one of close candidates the text's stated numbers fit"


def break_ties(index: identify.Index, found: list[extract.Claim], rows: list, ranked: list,
               paragraph_of: Callable[[int], int], sentence_of: Callable[[int], str] | None = None,
               dated: np.ndarray | None = None) -> tuple[list, set[int]]:
    """(rows, the claims placed by a tie broken). ranked: (row, candidates) per claim, as identify gives them;
    paragraph_of: a sentence's paragraph; sentence_of: a sentence's text (for the subject rules); dated: per roll
    call, how near it is to the dates the text gives (identify.Scorer.dates)."""
    stated_in = [(c.sentence, numbers_of(c)) for c in found if c.kind in ("tally", "count")
                 and c.when is None and c.scope in ("assembly", "procedural") and extract.HEDGED not in c.notes
                 and extract.DERIVED not in c.notes and only.NOTE not in c.notes and numbers_of(c)]  # nor names counted
    stated = [(paragraph_of(sentence), numbers) for sentence, numbers in stated_in]
    rows, broken = list(rows), set()
    for n, (claim, row, (_, candidates)) in enumerate(zip(found, rows, ranked)):
        if row is not None or claim.kind == "tally" or claim.scope != "assembly" or len(candidates) < 2 \
                or not (claim.when is None or str(claim.when).isdigit()):  # a tally names its own roll call
            continue
        # the numbers of the claim's paragraph: a text may state one vote's numbers and list another vote's states
        said = [numbers for paragraph, numbers in stated if paragraph == paragraph_of(claim.sentence)]
        best, best_row = candidates[0][0], candidates[0][1]
        close = [r for score, r, _ in candidates[1:] if best - score < identify.MARGIN]
        strong = {r for score, r, _ in candidates if score >= identify.MIN_SCORE}
        if best < identify.MIN_SCORE or not close or best >= 100:
            continue
        # the numbers fit one of the close candidates (the best or one within the margin) and no other candidate at
        # all (annual texts and a day's package share tallies)
        fits = [r for _, r, _ in candidates if any(index.agrees_all(r, numbers) for numbers in said)]
        # one within the margin but not the best: only when it clears the score and the numbers of the claim's own
        # sentence fit it (a paragraph may tell two votes' numbers, or a sentence between may name another day)
        own = [numbers for sentence, numbers in stated_in if sentence == claim.sentence]
        if claim.when is None and len(fits) == 1 and (fits[0] == candidates[0][1]
                               or (fits[0] in close and fits[0] in strong
                                   and any(index.agrees_all(fits[0], x) for x in own)
                                   and (any(len(x) >= 2 and index.agrees_all(fits[0], x) for x in said)
                                        or not _further(dated, fits[0], best_row)))):
            rows[n] = fits[0]
            broken.add(n)
            claim.notes.append(NOTE)
            continue
        # the numbers its sentence states for the claim's own time (a year its clause names, or none)
        at_its_time = [numbers_of(c) for c in found if c.sentence == claim.sentence and c.when == claim.when
                       and c.kind in ("tally", "count") and numbers_of(c)]
        # a close candidate every number of one of the text's tallies fits is the text's own vote: a subject word of
        # the sentence may name an earlier vote in passing ("… since the aggression began")
        pinned = {r for _, r, _ in candidates if any(len(x) >= 2 and index.agrees_all(r, x) for _, x in stated_in)}
        named = None if _after_another_body(claim, sentence_of) else \
            _own_subject(index, claim, [candidates[0][1], *close], strong, at_its_time)
        if named is not None and pinned and named not in pinned:
            named = None
        if named is not None:
            rows[n] = named
            broken.add(n)
            claim.notes.append(SUBJECT_NOTE)
    _after_its_subject(index, found, rows, ranked, broken, sentence_of)
    return rows, broken


def _further(dated: np.ndarray | None, row: int, best: int) -> bool:
    """The best candidate is of the days the text gives and `row` further from them: one number that fits a vote of
    another time does not outweigh the text's own dates (a count of 2022's text equal to a vote of 1984's); a tally
    of two numbers or more that fits it does (a text of 2011 that recalls the vote of 1991 and names 1975's too)."""
    return dated is not None and dated[best] > 0 and dated[row] < dated[best]


def _after_another_body(claim: extract.Claim, sentence_of: Callable[[int], str] | None) -> bool:
    """The claim's sentence or the one before names another body ("… was put to the vote in the First Committee. The
    United Kingdom voted against it."), even where the Assembly is named too: the subject may be that body's draft,
    whose vote the record lacks."""
    return sentence_of is None or any(scope.OTHER_BODY.search(sentence_of(n)) or scope.ASSEMBLY_COMMITTEE.search(
        sentence_of(n)) for n in {max(0, claim.sentence - 1), claim.sentence})


FOLLOWS_NOTE = "placed with the sentence before, whose own subject chose its vote among close candidates"


def _after_its_subject(index: identify.Index, found: list[extract.Claim], rows: list, ranked: list,
                       broken: set[int], sentence_of: Callable[[int], str] | None) -> None:
    """In place: a claim left between close candidates, in the sentence right after one whose subject chose its vote
    (`_own_subject`), goes with that vote when it is among its own close candidates and its sentence names no time
    and no subject of its own ("… a resolution affirming the right to food, 180 voted in favour. Two voted no: A and
    B."; on web pages each sentence is often a paragraph of its own). As the sentence before, never called false
    there."""
    chose = {}
    for n, claim in enumerate(found):
        if SUBJECT_NOTE in claim.notes:
            chose.setdefault(claim.sentence, set()).add(rows[n])
    for n, (claim, (_, candidates)) in enumerate(zip(found, ranked)):
        before = chose.get(claim.sentence - 1, set())
        if rows[n] is not None or len(before) != 1 or claim.when is not None or claim.scope != "assembly" \
                or claim.kind == "tally" or len(candidates) < 2 or candidates[0][0] >= 100 \
                or _after_another_body(claim, sentence_of):
            continue
        row = next(iter(before))
        close = [r for score, r, _ in candidates if candidates[0][0] - score < identify.MARGIN]
        words = clues.stems(claim.text)
        if row not in close or any(index.topic(r, words) >= SUBJECT_MIN for r in close) \
                or clues.YEAR_IN.search(claim.text) or clues.days_named(claim.text, None):
            continue
        counts = {k: int(a[row]) for k, a in index.count_arrays.items()}
        if claim.kind == "count" and any(k in counts and abs(counts[k] - v) > max(3, 0.05 * counts[k])
                                         for k, v in numbers_of(claim).items()):
            continue
        rows[n] = row
        broken.add(n)
        claim.notes.append(FOLLOWS_NOTE)


SUBJECT_NOTE = "placed on the one of close candidates whose subject its own sentence names"
ONE_SESSION_DAYS = 366


def _own_subject(index: identify.Index, claim: extract.Claim, close: list[int], strong: set[int],
                 own: list[dict[str, int]]) -> int | None:
    """The close candidate whose title and subjects the claim's own sentence names (SUBJECT_MIN of 8) clearly more
    than every other's (by MARGIN): "… a resolution affirming that access to food is a human right, 180 voted in
    favour" between the right to food and a trade resolution of the same week that the text's other words fit too.
    The text's words rank the votes of its days alike; the sentence says which. Not when a number of the sentence is
    far from the chosen vote's count (beyond a miscount: the sentence is about another vote, maybe one the record
    lacks), nor for a candidate under MIN_SCORE."""
    words = clues.stems(claim.text)
    scores = sorted(((index.topic(r, words), r) for r in close), reverse=True)
    (best, row), second = scores[0], (scores[1][0] if len(scores) > 1 else 0.0)
    if best < SUBJECT_MIN or best - second < identify.MARGIN or row not in strong:
        return None
    if any(abs((index.dates[r] - index.dates[row]).days) > ONE_SESSION_DAYS for r in close):
        return None  # close candidates of several years: the text's time is unknown, and words do not tell the year
    counts = {k: int(a[row]) for k, a in index.count_arrays.items()}
    if any(k in counts and abs(counts[k] - v) > max(3, 0.05 * counts[k]) for x in own for k, v in x.items()):
        return None
    return row


def never_false(entries: list[dict], rows: list, broken: set[int], anchored: set[int]) -> None:
    """Hold back, in place, a contradiction on a roll call only a tie broken by numbers chose (and not pinned down
    otherwise): the claims so placed, and those placed with them; not a count its own year and words place there
    whatever the tie (judged.count_of_its_year)."""
    chosen = {rows[n] for n in broken} - anchored
    for n, row in enumerate(rows):
        if (n in broken or row in chosen) and entries[n]["verdict"] == "contradicted" \
                and OF_ITS_YEAR not in entries[n]["evidence"].get("notes", []):
            hold_back(entries[n], "the roll call was chosen among close candidates by the numbers the text states, "
                                  "which only break a tie")


# Same-day ties (fifteenth round): two or more roll calls the text pins down are equally near the claim's time (votes
# of one day). The text's evidence decides, in this order; when none does, the claim is left unplaced ("could be A
# or B"), never given to the first by the order of the record's rows.
TIED = "votes of the same day the text pins down fit its time alike, and nothing in the text tells which: could be "
TIE_BROKEN = "placed on one of the same day's votes the text pins down, by "


def decide(index: identify.Index, claim: extract.Claim, tied: list[int], claims: list[extract.Claim], rows: list,
           paragraph_of: Callable[[int], int], votes: Callable[[int], dict[str, str]]) -> int | None:
    """The one of `tied` (roll calls of the same day) that the text's evidence names for `claim`, else None (with
    the candidates noted). Evidence: a symbol of the claim's sentence; the numbers of the claim or of its sentence;
    the subject its sentence names; the one of them the other claims of its paragraph give; the tally nearest before
    it. A state's vote that one candidate fits is no evidence for a contradiction: a list of three states or more
    that fits exactly one vote of that day is placed there (`_list_of_the_day`), where it cannot be false."""
    tied = sorted(tied)
    for why, pick in (("the symbol its sentence names", _by_symbol), ("the numbers of its sentence", _by_numbers),
                      ("the subject its sentence names", _by_subject), ("the votes its paragraph gives", _by_paragraph),
                      ("the tally nearest before it", _by_nearest),
                      ("the tally of the next sentence, which names the same resolution", _by_next)):
        found = pick(index, claim, tied, claims, rows, paragraph_of)
        if found is not None:
            if found is NONE:
                break
            claim.notes.append(TIE_BROKEN + why)
            return found
    chosen = _list_of_the_day(index, claim, tied, claims, votes)
    if chosen is not None:
        claim.notes.append(TIE_BROKEN + LIST_CHOSE)
        return chosen
    claim.notes.append(TIED + " or ".join(sorted(index.name(r) for r in tied)[:3]))
    return None


LIST_CHOSE = "the states its sentence names, every one of which voted as said on it and on no other vote of that day"
STRONG = ("the symbol its sentence names", "the numbers of its sentence")  # the rest place a claim, never call it false
LIST_MIN, LIST_SIDES = 3, ("yes", "no", "abstain")


def _list_of_the_day(index, claim, tied, claims, votes) -> int | None:
    """The one resolution of the tied votes' day(s) on which every state of the claim's sentence (three or more, one
    vote each) voted as the sentence says."""
    if claim.kind != "position":
        return None
    group = [c for c in claims if c.sentence == claim.sentence and c.when == claim.when and c.kind == "position"
             and c.state and c.asserted.get("vote") in LIST_SIDES]
    said = {c.state: c.asserted["vote"] for c in group}
    if len(said) < LIST_MIN or len(said) < len(group):
        return None
    days = {index.day_numbers[r] for r in tied}
    day_rows = [int(i) for i in np.flatnonzero(np.isin(index.day_numbers, list(days)))
                if index.kinds[int(i)] == "resolution"]
    whole = [r for r in day_rows if all(votes(r).get(s) == v for s, v in said.items())]
    return whole[0] if len(whole) == 1 else None


def explain(entries: list[dict], claims: list[extract.Claim]) -> None:
    """In place: the reason of a claim left unplaced by a same-day tie, and no contradiction on a claim a weak piece
    of evidence placed (subject, paragraph, nearest tally, the list's fit)."""
    for entry, claim in zip(entries, claims):
        tied = [n for n in claim.notes if n.startswith(TIED)]
        if tied and entry["resolution"] is None and claim.scope == "assembly":
            entry["evidence"]["record"] = "the roll call could not be identified with confidence: " + tied[0]
        if loose_motion.LOOSE_NEAR in claim.notes and entry["verdict"] == "contradicted":
            hold_back(entry, "the sentence says \"motion\"; only the sentence next to it calls the vote the resolution")
        broken = [n[len(TIE_BROKEN):] for n in claim.notes if n.startswith(TIE_BROKEN)]
        if broken and broken[0] not in STRONG and entry["verdict"] == "contradicted":
            hold_back(entry, "the roll call was chosen among votes of the same day by " + broken[0]
                      + ", which only places a claim")


NONE = -1  # a piece of evidence that fits none of the tied votes: the claim is about another vote; stop there


def _one(fitting: list[int]) -> int | None:
    return fitting[0] if len(fitting) == 1 else (NONE if not fitting else None)


def _by_symbol(index, claim, tied, claims, rows, paragraph_of) -> int | None:
    named = {r for s in cited.symbols_in(claim.text) for r in index.by_symbol.get(s, ())}
    return _one([r for r in tied if r in named]) if named else None


def _stated(claim: extract.Claim) -> bool:
    return claim.kind in ("tally", "count") and bool(numbers_of(claim)) and extract.HEDGED not in claim.notes \
        and extract.DERIVED not in claim.notes and only.NOTE not in claim.notes


def _by_numbers(index, claim, tied, claims, rows, paragraph_of) -> int | None:
    """The claim's own numbers, else those its sentence states for the same time."""
    said = [numbers_of(c) for c in claims if c.sentence == claim.sentence and c.when == claim.when and _stated(c)]
    if _stated(claim):
        said = [numbers_of(claim)]
    if not said:
        return None
    return _one([r for r in tied if any(index.agrees_all(r, numbers) for numbers in said)])


def _by_subject(index, claim, tied, claims, rows, paragraph_of) -> int | None:
    """The subject the sentence names: one candidate's title and subjects clearly more than the others'."""
    words = clues.stems(claim.text)
    scores = sorted(((index.topic(r, words), r) for r in tied), reverse=True)
    (best, row), (second, _) = scores[0], scores[1]
    return row if best >= SUBJECT_MIN and best - second >= identify.MARGIN else None


SUBJECT_MIN = 2.0  # of 8, as check.OWN_TOPIC: the share of a title a sentence must name to identify its vote


def _by_paragraph(index, claim, tied, claims, rows, paragraph_of) -> int | None:
    """The one tied vote the numbers of the claim's paragraph were placed on."""
    here = paragraph_of(claim.sentence)
    named = {r for c, r in zip(claims, rows) if r in tied and c is not claim and _stated(c)
             and paragraph_of(c.sentence) == here}
    return named.pop() if len(named) == 1 else None


def _by_nearest(index, claim, tied, claims, rows, paragraph_of) -> int | None:
    """The tally or count nearest before the claim's sentence: the tied vote its numbers fit, or none of them."""
    before = [c for c in claims if c.sentence < claim.sentence and _stated(c) and c.when is None
              and c.scope == "assembly"]
    if not before:
        return None
    last = max(c.sentence for c in before)
    said = [numbers_of(c) for c in before if c.sentence == last]
    return _one([r for r in tied if any(index.agrees_all(r, numbers) for numbers in said)])


# "The resolution …", "The draft …" opening the next sentence points back at the vote the claim's sentence described
POINTS_BACK = re.compile(r"^\W*The\s+(?:resolution|draft|text|motion|proposal)\b", re.I)


def _by_next(index, claim, tied, claims, rows, paragraph_of) -> int | None:
    """"A voted against a resolution that would have seated B. The resolution … received 47 in favour, 47 against":
    the tally of the next sentence, when that sentence opens by naming the resolution again, is the claim's vote's."""
    said = [numbers_of(c) for c in claims if c.sentence == claim.sentence + 1 and _stated(c) and c.when is None
            and c.scope == "assembly" and POINTS_BACK.search(c.text)]
    return _one([r for r in tied if any(index.agrees_all(r, numbers) for numbers in said)]) if said else None
