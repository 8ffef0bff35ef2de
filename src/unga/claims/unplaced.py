"""Why a claim is left on no roll call: the reason `unga check` gives (moved out of check.py)."""

from __future__ import annotations

import bisect
from datetime import date

from unga.claims import cited, clause_votes, clues, extract, identify, offtopic, release_place, widen
from unga.claims.lacking import PROCEDURAL, agenda_vote, procedural_reason
from unga.claims.position_time import BEFORE
from unga.claims.scope import IN_COMMITTEE

EARLIER = ("the sentence speaks of an earlier vote than the one the text reports, and the record has no vote of "
           "the same series just before it to place it on")
UNRECORDED = "the text reports a vote of its last days that the record lacks, and this sentence names no other time"
COMMITTEE_VOTE = "the text reports a vote of the "
AFTER_UNPLACED_TALLY = ("the sentence goes on from a tally placed on no roll call (a vote the record lacks, another body's, "
                        "or one its numbers do not settle): its states are that vote's, not one other words point at")
HELD_LATER = ("the roll call that fits best was held after the text appeared: the text reports an earlier stage (a "
              "committee's vote) or a vote still to come")


def committee_vote(committee: str) -> str:
    return (f"{COMMITTEE_VOTE}{committee} and nowhere the plenary's (the record holds the Assembly's plenary votes "
            "only), and this sentence names no other time or resolution")


def why_unplaced(index: identify.Index, claim: extract.Claim, ranked: list, published: date | None) -> str:
    if UNRECORDED in claim.notes:
        return f"not in the record: {UNRECORDED}"
    committee = [n for n in claim.notes if n.startswith(COMMITTEE_VOTE)]
    if committee:
        return f"not in the record: {committee[0]}"
    on_release = [n for n in claim.notes if n.endswith(release_place.ONLY_RELEASED)]
    if on_release:
        return f"not in the record: {on_release[0]}"
    if IN_COMMITTEE in claim.notes:
        return f"not in the record: {IN_COMMITTEE}"
    if AFTER_UNPLACED_TALLY in claim.notes:
        return f"the roll call could not be identified with confidence: {AFTER_UNPLACED_TALLY}"
    for note in (clause_votes.NOTE, clause_votes.TALLY_NOTE):
        if note in claim.notes:
            return f"the roll call could not be identified with confidence: {note}"
    if offtopic.NOTE in claim.notes:
        return f"the roll call could not be identified with confidence: {offtopic.NOTE}"
    if HELD_LATER in claim.notes:
        return f"the roll call could not be identified with confidence: {HELD_LATER}"
    if widen.ANNOUNCED in claim.notes:
        return f"the roll call could not be identified with confidence: {widen.ANNOUNCED}"
    if widen.OFF_TALLY in claim.notes:
        return f"the roll call could not be identified with confidence: {widen.OFF_TALLY}"
    if claim.when == BEFORE:
        return f"the roll call could not be identified with confidence: {EARLIER}"
    if published and index.last_day and published > index.last_day:
        return f"not in the record: the sources end on {index.last_day.isoformat()}"
    procedure = procedural_reason(claim.text) if claim.scope == "procedural" or agenda_vote(claim.text) else None
    # the procedure its sentence names, or none named and no candidate near
    if procedure and (procedure != PROCEDURAL or not ranked or ranked[0][0] < identify.MIN_SCORE):
        return procedure
    missing = not_in_record(index, claim, published)
    if missing:
        return missing
    if len(ranked) >= 2 and ranked[0][0] - ranked[1][0] < identify.MARGIN:
        names = [index.name(i) for _, i, _ in ranked[:2]]
        if names[0] != names[1]:
            return f"the roll call could not be identified with confidence: could be {names[0]} or {names[1]}"
    if ranked and ranked[0][0] < identify.MIN_SCORE:
        score, row, why = ranked[0]
        name = index.name(row)
        return (f"the roll call could not be identified with confidence: the best candidate, {name} of "
                f"{index.dates[row]}, rests only on {', '.join(why) or 'nothing'} (score {score:.1f}, "
                f"{identify.MIN_SCORE:g} needed)")
    return "the roll call could not be identified with confidence"


def not_in_record(index: identify.Index, claim: extract.Claim, published: date | None) -> str | None:
    """What the record lacks, when the claim's own sentence says which vote it means: a symbol with no recorded vote
    (adopted without a vote, or missing from the sources), or a day inside the record's span with no vote near it."""
    lacking = [s for s in cited.symbols_in(claim.text) if s not in index.by_symbol]
    if lacking:
        return (f"not in the record: no recorded vote on {lacking[0]} (adopted without a vote, or missing from the "
                "sources)")
    days = index.sorted_days
    for day in clues.days_named(claim.text, published) if days else []:
        at = bisect.bisect_left(days, day)
        close = [d for d in days[max(0, at - 1):at + 1] if abs((d - day).days) <= 3]
        if days[0] <= day <= days[-1] and not close:
            return (f"not in the record: the record has no Assembly vote within 3 days of {day.isoformat()}, the day "
                    "the sentence names")
    return None
