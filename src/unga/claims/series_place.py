"""Claims about a vote of a yearly series other than the text's own (issue 9; split from when.py along its seam): a
clause's year or "last year" places the claim on that year's vote of the series the text is about, a tally naming its
own year goes to that year's vote (never judged on the text's own vote of another year), and a change of vote's
earlier side goes to the vote before.
"""

from __future__ import annotations

import re
from datetime import date

from unga.claims import cited, clues, extract, series, topic_words, year_table
from unga.claims.position_time import BEFORE  # the series' vote before the one the text pins down
from unga.claims.when import COMPARED, _relative_years, year_scope


# "last year's tally", "abstained in the vote": the sentence speaks of the series' vote itself, in its year
THE_VOTE = re.compile(r"\b(?:the|that|this|(?:last|previous)\s+year['’]s|(?:19[4-9]\d|20[0-4]\d)(?:['’]s)?)\s+"
                      r"(?:vote|voting|tally|ballot|resolution|text|measure)\b", re.I)
# "had opposed like texts in 2007 and 2008", "the previous similar resolution of 2016": the series' own earlier votes
LIKE_TEXTS = re.compile(r"\b(?:similar|like|comparable|identical|(?:the\s+)?same|earlier|previous|prior|former)\s+"
                        r"(?:similar\s+|like\s+|annual\s+)?(?:resolutions?|texts?|drafts?|versions?)\b", re.I)
OWN_TOPIC = 2.0  # check.OWN_TOPIC: the share of a roll call's title a sentence must name to name its vote
SERIES_NOTE = "placed on the vote of the year its clause names in the series the text is about"


def series_rows(index, found, rows, ranked, anchored: set[int], published: date | None) -> dict[int, int]:
    """Claims whose clause names a year and whose best candidate is the vote of that year in the series the text
    is about (the same title as a vote it pins down), placed on no roll call or on that one: {claim number: row}.
    Such a claim is about that vote as surely as the text's own vote is."""
    out = {}
    for n, (claim, row, (_, candidates)) in enumerate(zip(found, rows, ranked)):
        if claim.when == BEFORE:
            # "B moved from opposition to abstention", its abstention placed on no vote: the vote it changed from is
            # not the one before the vote the text pins down, but, when the text came out long after that vote (its
            # own vote is one the record lacks), that vote itself
            later = {rows[k] for k, other in enumerate(found) if other.sentence == claim.sentence
                     and other.when != BEFORE and other.kind == "position" and other.state == claim.state}
            unplaced = None in later
            hit = pinned_long_before(index, anchored, published) if unplaced else None
            # the vote before the one its later side is placed on ("switched from abstaining to voting no", the
            # no placed on 2014's vote when the text pins down only 2012's by its tally: 2012's, not 2010's)
            placed = later - {None}
            hit = vote_before(index, placed) if hit is None and len(placed) == 1 else hit
            hit = vote_before(index, anchored) if hit is None else hit
            years = {int(y) for y in clues.YEAR_IN.findall(claim.text)}
            hit = None if hit is None or (years and int(index.years[hit]) not in years) else hit
            if hit is not None:
                claim.notes.append(SERIES_NOTE)
                out[n] = hit
            continue
        # "The 2016 vote was 191 to 0", "188 to 2 in 2014", in a text on the 2023 vote: a tally or count of the year it
        # names is that year's vote of the series, never the text's own vote of another year (placed there by its
        # numbers, it may be called false or, equal by chance, true); a year of the vote's own title ("the Genocide in
        # Srebrenica in 1995") is its subject's
        year = own_year(claim, published)
        if year is not None and claim.scope == "assembly" and not cited.symbols_in(claim.text) \
                and (row is None or (year != index.years[row] and str(year) not in index.title_text[row])):
            hit = _of_the_year_named(index, claim, year, row, candidates, anchored)
            if row is not None or hit is not None:  # (unplaced, with no such vote: the steps below may place it)
                claim.notes.append(OTHER_YEAR_NOTE.format(year=year) if hit is None else YEAR_MOVED)
                out[n] = hit
                continue
        # "Last year the vote was 179 to 5", in a text on the Cuba vote: the series' vote, even where another vote of
        # that year has those numbers (and was pinned down by them), unless the sentence names that vote's subject
        recalled = row is not None and claim.when == "last" and bool(THE_VOTE.search(claim.text)) \
            and not index.titles[row] & clues.stems(claim.text)
        if (row not in anchored or recalled) and claim.scope == "assembly" \
                and (clues.YEAR_IN.search(claim.text) or claim.when == "last"):  # "in 2021", "last year"
            year = year_scope(claim, published)[0]
            hit = series.in_series(index, year, candidates, anchored - {row} if recalled else anchored,
                                     first=COMPARED not in claim.notes and not recalled)
            # the sentence must name the series' subject itself: a year in a sentence that only mentions earlier
            # votes ("In 1971 the grounds for those abstentions were set out") is not their year; a count the
            # sentence compares with this vote's ("the yes vote was up from 184 in 2021") speaks of the series
            # (or a run of years said of one list, "A and B abstained in 2000 and in 2001": the years of votes, in a
            # text on the series and a sentence naming no other vote's subject, the series' votes)
            run = _run_of_years(claim, found)
            if hit is None and run and row not in anchored and not any(
                    index.topic(r, clues.stems(claim.text)) >= OWN_TOPIC for _, r, _ in candidates):
                hit = series.of_year(index, year, anchored)
            if hit is not None and (row in (None, hit) or recalled or run) and (
                    COMPARED in claim.notes or THE_VOTE.search(claim.text) or LIKE_TEXTS.search(claim.text)
                    or index.titles[hit] & _subject_stems(claim.text) or run
                    or _set_against_another_time(claim, found, rows, anchored)):
                claim.notes.append(SERIES_NOTE)
                out[n] = hit
    return out


def _subject_stems(text: str) -> set[str]:
    """The stems a sentence names its vote's subject by, in English or as another language writes it ("bloqueio":
    the embargo)."""
    return clues.stems(f"{text} {topic_words.title_words(text)}")


OTHER_YEAR_NOTE = "a count of the {year} vote; the series' {year} vote is not identified"
YEAR_MOVED = "placed on the series' vote of the year the count names (never called false there)"
# a year that dates something else than the count's vote: "first adopted in 1992, it passed 187 to 2"
NOT_ITS_YEAR = re.compile(r"\b(?:since|from|until|through|(?:first|initially|introduced|began|begun|started|tabled|"
                          r"adopted|passed|launched)\s+(?:\w+\s+){0,2}in)\s+(?:\w+\s+)?(19[4-9]\d|20[0-4]\d)\b", re.I)


def own_year(claim: extract.Claim, published: date | None) -> int | None:
    """The year a tally or count names for itself: in figures ("in 2014", "the 2016 vote") or "last year"; None for
    another claim or a time read from the text's date alone ("this year", a month)."""
    if claim.kind not in ("tally", "count"):
        return None
    if claim.when and claim.when[:4].isdigit():
        year = claim.when[:4]
        return None if any(m[1] == year for m in NOT_ITS_YEAR.finditer(claim.text)) else int(year)
    if claim.when == "last" and published and not clues.YEAR_IN.search(claim.text):
        return published.year - 1  # ("A year earlier, on 23 February 2023": the year in figures rules, read above)
    return None


def _of_the_year_named(index, claim: extract.Claim, year: int, row: int | None, candidates: list,
                       anchored: set[int]) -> int | None:
    """The series' vote of the year a tally or count names: among its candidates, or, where its date kept it out of
    them, with every number the claim gives."""
    pinned = anchored | ({row} if row is not None else set())
    hit = series.in_series(index, year, candidates, pinned, first=False) if row is not None else None
    if hit is None:
        hit = series.of_year(index, year, pinned) if pinned else None
        said = said_numbers(claim)
        hit = hit if hit is not None and said and index.agrees_all(hit, said) else None
    return hit


def said_numbers(claim: extract.Claim) -> dict[str, int]:
    """A tally's numbers, or a count's exact one: {field: number}."""
    if claim.kind == "tally":
        return dict(claim.asserted)
    return {claim.asserted["field"]: claim.asserted["value"]} if claim.asserted.get("op") == "=" else {}


SERIES_GAP = 3 * 366  # a yearly or two-yearly series: its vote before is no further back than this


def pinned_long_before(index, anchored: set[int], published: date | None) -> int | None:
    """The newest resolution vote the text pins down, if the text came out more than half a year after it."""
    pinned = [r for r in anchored if index.kinds[r] == "resolution"]
    if not pinned or published is None:
        return None
    row = max(pinned, key=lambda r: index.dates[r])
    return row if (published - index.dates[row]).days > 183 else None


def vote_before(index, anchored: set[int]) -> int | None:
    """The vote of the series before the newest resolution vote the text pins down (the one it reports; one vote
    of the same title on the last earlier day within three years), or None."""
    pinned = [r for r in anchored if index.kinds[r] == "resolution"]
    if not pinned:
        return None
    row = max(pinned, key=lambda r: index.dates[r])
    title = series.series_title(index.title_text[row])
    earlier = [r for r in range(len(index.rcids)) if index.kinds[r] == "resolution"
               and 0 < (index.dates[row] - index.dates[r]).days <= SERIES_GAP
               and series.same_title(series.series_title(index.title_text[r]), title)]
    if not earlier:
        return None
    last = max(index.dates[r] for r in earlier)
    on_it = [r for r in earlier if index.dates[r] == last]
    return on_it[0] if len(on_it) == 1 else None


def _run_of_years(claim: extract.Claim, found: list) -> bool:
    """The position is one of a run of years said of the same state and vote in its sentence ("in 2000 and in 2001")."""
    return claim.kind == "position" and bool(clues.YEAR_IN.fullmatch(claim.when or "")) and any(
        c is not claim and c.sentence == claim.sentence and c.state == claim.state and c.asserted == claim.asserted
        and c.when != claim.when and clues.YEAR_IN.fullmatch(c.when or "") for c in found)


def _set_against_another_time(claim: extract.Claim, found: list, rows: list, anchored: set[int]) -> bool:
    """"A and B, which opposed the text in 2018, abstained", "A, which abstained last year, voted in favour", "A voted
    in favour, having abstained last year", "A switched from abstaining last year to …": the time of the claim's own
    clause (a relative clause's year, or "last year" or a year read for the claim) is of the vote its sentence gives the
    same state another vote on (a vote the text pins down): the same series, a year apart."""
    return (claim.when not in (None, "this", BEFORE) or bool(_relative_years(claim))) and any(
        c is not claim and c.sentence == claim.sentence and c.state == claim.state and r in anchored
        and c.asserted != claim.asserted for c, r in zip(found, rows))


TABLE_AGREES = 3 / 4  # the share of a year table's rows that must be their year's vote exactly for its years to be firm


def table_rows(index, found: list, rows: list, anchored: set[int]) -> list:
    """A table of the series' tallies by year (`year_table`): when its rows are, three in four and three at the least,
    exactly the tallies of their years' votes of the series the text pins down, the table is of that series and each
    row's year is its vote's: every row goes to its year's vote, with `year_table.FIRM`, to be judged there even where
    its numbers are far from the record's. Otherwise the rows stay where their numbers put them."""
    table = [n for n, c in enumerate(found) if year_table.NOTE in c.notes]
    of_its_year = {n: series.of_year(index, int(found[n].when), anchored) for n in table}
    agree = [n for n in table if of_its_year[n] is not None and index.agrees_all(of_its_year[n], found[n].asserted)]
    if len(agree) < year_table.MIN_ROWS or len(agree) < TABLE_AGREES * len(table):
        return rows
    rows = list(rows)
    for n in table:
        if of_its_year[n] is not None:
            rows[n] = of_its_year[n]
            found[n].notes.append(year_table.FIRM)
    return rows
