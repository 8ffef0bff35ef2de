"""Claims placed together: a claim that could not be placed alone goes on the roll call another claim of its text
pins down (a tally of its sentence or of the sentence before, another claim of its sentence, the one vote the text
pins down by symbol or tally that fits the time its clause names); a tally left on no roll call keeps its sentence's
claims off the vote they were put on. Split from check.py, which calls these once per text."""

from __future__ import annotations

import re
from datetime import date

from unga.claims import cited, clues, extract, identify, ties
from unga.claims import text as claim_text
from unga.claims.doubt import DISPUTED, YEAR_PINNED, numbers_of, own_words_point
from unga.claims.sessions import named as session_numbers
from unga.claims.unplaced import AFTER_UNPLACED_TALLY
from unga.claims.when import OWN_TIME, clause_year, months_named, time_of, told_before


def place_together(index, claims: list, rows: list, anchored: set[int], published: date | None,
                    text_days: list[date], body: str = "", likely: frozenset | set = frozenset(),
                    spans: list = (), paragraph_of=lambda sentence: 0, votes=lambda row: {},
                    fitted: dict | None = None) -> list:
    """Rows for the claims that could not be placed alone: the roll call of another claim of the same sentence and
    the same time, else the one roll call the text pins down (by symbol or a matching tally) that fits the time
    the claim's clause names; with several, the one closest to the publication date. A roll call far from the
    publication date must be one of the days the text names (the article may report a vote not in the record).
    Each placement is noted. fitted: the claims their own sentence's numbers and states placed (sentence_fit), which
    a tally of the sentence before does not move."""
    # a sentence whose tally pins its roll call down, however old the vote: the claims right after it share it
    tallied = {c.sentence: (row, c.span[1]) for c, row in zip(claims, rows)
               if c.kind == "tally" and (row in anchored or row in likely)}
    # "Last year, 188 voted in favour. Israel and the US voted against it.": a count that pins its vote down (equal,
    # with a clear lead) speaks for the sentence after it too
    for c, row in zip(claims, rows):
        if c.kind == "count" and row in anchored and c.sentence not in tallied and numbers_of(c) \
                and extract.DERIVED not in c.notes and extract.HEDGED not in c.notes:
            tallied[c.sentence] = (row, c.span[1])
    # a tally that pins its roll call down speaks for the lists of its own sentence and time, whatever their topic
    # words say ("adopted by 93-18, with the US and Israel against": the second resolution of the day, not the first)
    # (only a sentence whose anchored tallies name one roll call: "A (114 to 1, the USSR abstained); B (138 to 1)"
    # lists several votes, and which one its states speak of is not the last tally's to say)
    tallies_of: dict = {}
    for c, row in zip(claims, rows):
        if c.kind == "tally" and row in anchored:
            tallies_of.setdefault((c.sentence, c.when), set()).add(row)
    own_tally = {key: next(iter(found)) for key, found in tallies_of.items() if len(found) == 1}
    # "In 2016 the Assembly had adopted the text that convened it. 113 voted in favour …": a vote the text tells in the
    # past perfect is an earlier one than its news; its tally pins its own claims, and none of the news's falls back
    # on it below
    earlier_of = [(row, _told_earlier(c, spans, body)) for c, row in zip(claims, rows) if c.kind == "tally"]
    told_earlier = {row for row, earlier in earlier_of if earlier} - {row for row, earlier in earlier_of if not earlier}
    pinned_any_time = anchored - told_earlier  # "the vote last year was 37 to 48": pinned, however far back
    anchored = {r for r in anchored | likely if not published or abs((index.dates[r] - published).days) <= 60
                or any(abs((index.dates[r] - d).days) <= 31 for d in text_days)}
    placed_in: dict = {}
    for c, row in zip(claims, rows):
        if row is not None:
            placed_in.setdefault((c.sentence, c.when), set()).add(row)
    by_sentence = {key: next(iter(found)) for key, found in placed_in.items() if len(found) == 1}
    # "A, which in 2010 had voted in favour, this time abstained": the year is the time of A's earlier vote (a claim
    # of its own), not of the vote A changed to
    earlier = {}
    for c in claims:
        if c.kind == "position" and c.state and (c.when or "").isdigit():
            earlier.setdefault((c.sentence, c.state), set()).add(c.when)
    placed: list = []
    named_in: dict[int, list[date]] = {}
    for n, (claim, row) in enumerate(zip(claims, rows)):
        if claim.sentence not in named_in:
            named_in[claim.sentence] = clues.days_named(claim.text, published)
        named = named_in[claim.sentence]
        before = tally_before(claim, tallied, body, named)
        pinned = own_tally.get((claim.sentence, claim.when))
        if pinned is not None and clause_year(claim) not in (None, index.years[pinned]):
            pinned = None  # "…by 187 votes to 2, and in 2016 the US voted against it": that year's vote
        if claim.kind == "position" and pinned is not None and row != pinned and not cited.symbols_in(claim.text) \
                and extract.BACKERS_NOTE not in claim.notes:
            row = pinned
            claim.notes.append("placed on the roll call of the tally in the same sentence")
        elif row is None and claim.kind == "count" and claim.scope == "procedural" and pinned is not None \
                and index.kinds[pinned] == "resolution":  # "a motion" whose tally, every number, is a resolution's
            row = pinned
            claim.notes.append("placed on the roll call of the tally in the same sentence")
        elif before is not None and n not in (fitted or {}) \
                and (row is None or (row not in anchored and claim.kind == "position")
                     or (row not in anchored and claim.kind == "count" and index.agrees_all(before, numbers_of(claim)))):
            if row is not None and row != before and own_words_point(index, claim, row, before):
                # its own words point at another vote: placed, never called false
                claim.notes.append(DISPUTED + index.name(row))
            row = before  # "In favour, 88; against, 4. Voting against: A and B."
            claim.notes.append("placed on the roll call of the tally in the sentence before")
        elif row is None and claim.scope == "assembly" and claim.kind != "tally":  # a tally names its own roll call
            year, month = time_of(claim, published)
            if (year, month) == (None, None) and spans:  # "In the March 2 vote, A abstained. B did not vote at all."
                told = told_before(claim, spans, body, published)  # a month only: a year there may be another act's
                year, month = told if told[1] is not None else (year, month)
            if (claim.sentence, claim.when) in by_sentence \
                    and year in (None, index.years[by_sentence[(claim.sentence, claim.when)]]):
                row = by_sentence[(claim.sentence, claim.when)]
                claim.notes.append("placed on the roll call of another claim in the same sentence")
            else:
                fits = [r for r in anchored - told_earlier if (year is None or index.years[r] == year)
                        and (month is None or index.months[r] == month)
                        and (not named or any(abs((index.dates[r] - d).days) <= 31 for d in named))
                        and not names_another(index, r, paragraph_text(claim, body),
                                               _without_years(claim.text, earlier.get((claim.sentence, claim.state))
                                                              if claim.when is None else None), published)]
                if len(fits) > 1 and published and claim.when is None:  # the nearest; a tie, the text's evidence
                    near = min(abs((index.dates[r] - published).days) for r in fits)
                    fits = [r for r in fits if abs((index.dates[r] - published).days) == near]
                    fits = [ties.decide(index, claim, fits, claims, rows, paragraph_of, votes)] if len(fits) > 1 else fits
                if not fits and year is not None and ((claim.when or "").isdigit() or clause_year(claim)) \
                        and (year, month) == time_of(claim, published):
                    # "the seven states that abstained in 1961": the one vote of the year its own clause names that
                    # the text pins down by its full tally, though far from the text's days
                    fits = [r for r in pinned_any_time if index.years[r] == year and month in (None, index.months[r])]
                    if len(fits) == 1 and index.kinds[fits[0]] == "resolution":
                        claim.notes.append(YEAR_PINNED)
                    else:
                        fits = []
                if len(fits) == 1 and fits[0] is not None:
                    row = fits[0]
                    claim.notes.append("placed on the roll call the text pins down (by its symbol or its tally)")
        placed.append(row)
    return placed


TOLD_EARLIER = re.compile(r"\bhad\s+(?:already\s+|also\s+)?(?:adopted|passed|approved|voted|endorsed|backed)\b", re.I)


def _told_earlier(tally: extract.Claim, spans: list, body: str) -> bool:
    """The tally's sentence, or the one just before it in its paragraph, tells its vote in the past perfect."""
    if TOLD_EARLIER.search(tally.text):
        return True
    if tally.sentence == 0 or not spans:
        return False
    start, _, before = spans[tally.sentence - 1]
    return bool(TOLD_EARLIER.search(before)) and claim_text.one_paragraph(body, start, tally.span[0])


def _without_years(sentence: str, years: set[str] | None) -> str:
    """The sentence with the years of a state's earlier vote (its own claim) taken out."""
    for year in years or ():
        sentence = re.sub(rf"\b{year}\b", " ", sentence)
    return sentence


def paragraph_text(claim: extract.Claim, body: str) -> str:
    """The paragraph that holds the claim's sentence (a blank line ends a paragraph)."""
    return claim_text.paragraph_around(body, claim.span) if body else claim.text


YEAR = re.compile(r"\b(19[4-9]\d|20[0-4]\d)\b")


def names_another(index: identify.Index, row: int, text: str, years_in: str | None = None,
                   published: date | None = None, own_year: int | None = None,
                   others_times: frozenset = frozenset()) -> bool:
    """The claim's paragraph names a resolution or session, or `years_in` (the paragraph, else the sentence) a
    year, that is not this roll call's: a roll call pinned down elsewhere in the text is not borrowed for it. The
    years of `others_times` are the times of other claims of its sentence, not another vote of its own."""
    symbols = [s for s in cited.symbols_in(text) if s in index.by_symbol]
    if symbols and row not in {r for s in symbols for r in index.by_symbol[s]}:
        return True
    sessions = session_numbers(text)
    if sessions and index.sessions is not None and int(index.sessions[row]) not in sessions:
        return True
    years = {int(y) for y in YEAR.findall(text if years_in is None else years_in)} - others_times
    if published:  # "two States side by side by 2005": a year after the text is a target, not a vote's
        years = {y for y in years if y <= published.year}
    if years and own_year is not None:  # "up from 185 last year": the claim names its own year in words
        years.add(own_year)
    return bool(years) and index.years[row] not in years and index.years[row] - 1 not in years


def after_unplaced_tally(index, found: list, rows: list, body: str, published: date | None) -> list:
    """A tally left on no roll call (a vote the record lacks, another body's) speaks for the states and counts of its
    own sentence and of the one just after it ("… passed by 143 to 9. Nine states voted no, A and B among them."): they are
    its vote's, whichever step placed them on another vote (the vote the text pins down elsewhere, the topic's), unless
    their sentence names that vote by its symbol or two of the tally's numbers are that vote's (a tally its numbers
    did not settle, or a misreported one: "10 against, while 23 abstain" of a vote of 153-10-23)."""
    placed = {c.sentence for c, row in zip(found, rows) if c.kind == "tally" and row is not None}
    unplaced = {c.sentence: c for c, row in zip(found, rows)
                if c.kind == "tally" and row is None and c.sentence not in placed}
    marks = {sentence: (-1, c.span[1]) for sentence, c in unplaced.items()}
    out = list(rows)
    for n, (c, row) in enumerate(zip(found, rows)):
        if row is None or c.kind not in ("position", "count") or cited.symbols_in(c.text):
            continue
        tally = unplaced.get(c.sentence) if c.when is None else None
        if tally is None and tally_before(c, marks, body, clues.days_named(c.text, published)) is not None:
            tally = unplaced[c.sentence - 1]
        if tally is not None and sum(index.agrees(row, {k: v}) for k, v in tally.asserted.items()) < 2:
            out[n] = None
            c.notes.append(AFTER_UNPLACED_TALLY)
    return out


def tally_before(claim: extract.Claim, tallied: dict, body: str, named: list) -> int | None:
    """The roll call pinned down by the tally of the sentence just before, in the same paragraph, for a claim of a
    sentence that has no tally, time or day of its own."""
    before = tallied.get(claim.sentence - 1)
    carried = claim.scope == "procedural" and extract.CARRIED_NOTE in claim.notes  # the tally before is the resolution's
    if before is None or (claim.scope != "assembly" and not carried) or claim.kind == "tally" \
            or claim.when is not None or named or OWN_TIME.search(claim.text) or months_named(claim.text) \
            or claim.sentence in tallied or not claim_text.one_paragraph(body, before[1], claim.span[0]):
        return None
    return before[0]
