"""Votes known only from a UN release are candidates like roll calls (plan item 2a of docs/claims-misses.md).

The store's `official_recorded_votes` holds recorded votes no source's roll call has (the drafts of 11 December 2024,
A/ES-10/L.32 and L.33: counts and the states against). A text reporting such a vote gives numbers that fit it and
not the roll calls of its days, and identification, which scores roll calls only, used to settle on the nearest of
those (79/134, five days before, whose no and abstain counts are the ceasefire's) and place the text's lists there.

- `unplace`: a tally or count whose numbers (its own and those laid out or told beside it) fit every number of one
  release of the text's days, and not the roll call found, is the release's: it leaves that roll call before any
  roll call is pinned down by it, so no list is placed there on its strength.
- `preceding`: an unplaced claim whose sentence says nothing of its own vote (no tally, symbol, day, time or other
  text) goes on with the release the text last identified before it (by a symbol or draft, or by numbers that fit
  it alone), when no roll call or other vote was told between; it is judged there but never called false.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date

from unga.claims import calendars, cited, clues, extract, identify, scope
from unga.claims.when import OWN_TIME
from unga.types import OFFICIAL_LISTS

WINDOW = 7  # days after a vote in which a text reports it as news (released.py, alternatives.py read it here)
ONLY_RELEASED = "a vote in the record only as a release count"
NOTE = "its numbers are those of {label} of {day}, " + ONLY_RELEASED
# the sentence speaks of another vote, or of an earlier one, than the one the text reported last
ELSEWHERE = re.compile(
    r"\b(?:another|second|third|separate|other|later|next)\s+(?:[\w-]+\s+){0,2}?(?:resolutions?|texts?|drafts?|"
    r"votes?|motions?|amendments?|measures?|decisions?)\b|\bhad\s+(?:\w+ly\s+)?(?:voted|abstained|backed|supported|"
    r"opposed|rejected|joined)\b|\b(?:previous(?:ly)?|earlier|formerly|in\s+the\s+past|used\s+to|both|each\s+of)\b"
    r"|\b(?:the|these|those|all)\s+(?:\w+\s+)?(?:resolutions|texts|drafts|votes|measures)\b",
    re.IGNORECASE)


def of_the_days(releases: list, days: Collection[date], published: date | None) -> list:
    """The releases of the days the text names, or of the WINDOW days before it appeared (a text dated by its month
    only: of the month, or of the WINDOW days before it began)."""
    return [r for r in releases if r.date in days or _news_of(r.date, published)]


def _news_of(day: date, published: date | None) -> bool:
    if published is None:
        return False
    if isinstance(published, calendars.Month):  # its date is the month's last day, not the day it appeared
        return -WINDOW <= (day - published.replace(day=1)).days and day <= published
    return 0 <= (published - day).days <= WINDOW


def fitting(numbers: dict[str, int], releases: list) -> list:
    """The releases every official number of `numbers` fits (none when it gives none)."""
    said = {k: v for k, v in numbers.items() if k in OFFICIAL_LISTS}
    return [r for r in releases if said and all(r.counts.get(k) == v for k, v in said.items())]


def unplace(index: identify.Index, found: list[extract.Claim], rows: list, numbers: list[dict[str, int]],
            releases: list, days: list[date], published: date | None) -> tuple[list, dict[int, object]]:
    """(rows with the release's claims unplaced, {claim number: the one release its numbers fit}). Numbers that fit
    the roll call too stay on it unless the text names the release's day and not the roll call's."""
    recent = of_the_days(releases, days, published)
    rows, matched = list(rows), {}
    if not recent:
        return rows, matched
    for n, (claim, row, said) in enumerate(zip(found, rows, numbers)):
        said = {k: v for k, v in said.items() if k in OFFICIAL_LISTS}
        if claim.kind not in ("tally", "count") or claim.scope != "assembly" or not said \
                or extract.HEDGED in claim.notes or cited.symbols_in(claim.text):
            continue
        fits = fitting(said, recent)
        if len(fits) != 1:
            continue
        if row is not None and index.agrees_all(row, said) \
                and not (fits[0].date in days and index.dates[row] not in days):
            continue
        matched[n] = fits[0]
        if row is not None:
            rows[n] = None
            claim.notes.append(NOTE.format(label=fits[0].label, day=fits[0].date.isoformat()))
    return rows, matched


def preceding(claims: list[extract.Claim], entries: list[dict], told: dict[int, list], sentences: list[str],
              published: date | None) -> dict[int, object]:
    """{claim number: the release the text last identified before it} for the unplaced claims whose sentence says
    nothing of its own vote. told: {sentence: releases identified in it}; sentences: the text's sentences. A sentence
    that tells a roll call of the record (a claim judged on one), two votes, a symbol of another vote, another body's
    vote or "a separate vote" ends the run."""
    current, out = None, {}
    by_sentence: dict[int, list[int]] = {}
    for n, claim in enumerate(claims):
        by_sentence.setdefault(claim.sentence, []).append(n)
    for number, sentence in enumerate(sentences):
        members = by_sentence.get(number, [])
        releases = told.get(number, [])
        record = any("rcid" in entries[n]["evidence"] and entries[n]["verdict"] != "unverifiable" for n in members)
        others = [s for s in cited.symbols_in(sentence) if not any(s in (r.symbol, r.draft) for r in releases)]
        if releases or record or others:
            distinct = {id(r) for r in releases}
            current = releases[0] if len(distinct) == 1 and not record and not others else None
        elif extract.mentions_a_vote(sentence) and (ELSEWHERE.search(sentence)
                                                    or scope.scope_of(sentence) == "other body"):
            current = None
        for n in members:
            if current is not None and _says_nothing_of_its_vote(claims[n], published):
                out[n] = current
    return out


def _says_nothing_of_its_vote(claim: extract.Claim, published: date | None) -> bool:
    return claim.kind != "tally" and claim.when is None and claim.scope == "assembly" \
        and not cited.symbols_in(claim.text) and not clues.days_named(claim.text, published) \
        and not OWN_TIME.search(claim.text) and not ELSEWHERE.search(claim.text)
