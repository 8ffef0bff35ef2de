"""When a contradiction may be called: the guards that turn a verdict of contradicted into unverifiable unless
the roll call is identified beyond doubt and the claim is unambiguously about it (issue 9: never call a true
statement false). Split from check.py along this seam; check.py finds and places the claims, this module doubts.
"""

from __future__ import annotations

import re
from datetime import date

import numpy as np

from unga.claims import (cited, clues, companions, deed, digits, extract, identify, names, not_counts, participation,
                         year_table)
from unga.claims.calendar_words import MONTHS
from unga.claims.position_time import HABIT_WORD, OVER_A_RUN
from unga.claims.series_place import SERIES_NOTE
from unga.claims.when import (COMPARED, CLAUSE_TIME_NOTE, clause_year, far_from, months_named, named_year, names_the_day,
                              sole_vote_of_its_time, time_of, year_scope)

DISPUTED = "placed on the tally before, though the sentence's own words point at "
OF_ITS_YEAR = "a count placed by the one year and the subject its own sentence names (judged.count_of_its_year)"
YEAR_PINNED = ("placed on the one vote of the year its clause names that the text pins down by its tally, far from the "
               "text's days: the record may hold other votes of that year on the subject, so it is not called false")


def numbers_of(claim: extract.Claim) -> dict[str, int]:
    """The counts a claim gives, used as a fingerprint of its roll call."""
    if claim.kind == "tally":
        return claim.asserted
    if claim.kind == "count" and claim.asserted["op"] == "=" and not deed.side_on_deed(claim):
        return {claim.asserted["field"]: claim.asserted["value"]}
    return {}


def published_counts(index: identify.Index, row: int) -> dict[str, int]:
    return {k: int(index.count_arrays[k][row]) for k in index.count_arrays}


# a text that reports votes the record may lack: on parts, credentials, amendments, paragraphs, committees, procedure
OTHER_VOTES = re.compile(r"\b(?:sections?|parts?\s+(?-i:[A-Z]|[0-9]+|[IVX]+)\b|credentials|amendments?|paragraphs?"
                         r"|committees?|procedur\w+|separate\s+votes?|recorded\s+votes?\s+on|motions?)\b", re.I)


def other_votes(body: str, claims: list, rows: list, index: identify.Index, published: date | None) -> dict:
    """For each day, why a tally that does not fit its candidate of that day may be another vote: what the text
    speaks of (the same for every day), or several different tallies the text gives for that day."""
    spoken = OTHER_VOTES.search(body)
    if spoken:
        return {None: f"the text speaks of {spoken.group(0).lower()}"}
    by_day: dict = {}
    for claim, row in zip(claims, rows):
        if claim.kind != "tally":
            continue
        days = [index.dates[row]] if row is not None else clues.days_named(claim.text, published)
        for day in days:
            by_day.setdefault(day, set()).add(tuple(sorted(claim.asserted.items())))
    return {day: "the text reports several votes on that day" for day, seen in by_day.items() if conflicting(seen)}


def conflicting(tallies: set) -> bool:
    """Two tallies that give different numbers for the same field: a tally that only adds a number to another
    ("124-14" and "124-14, 43 absent") is the same vote retold, not another one."""
    told = [dict(t) for t in tallies]
    return any(not a.keys() & b.keys() or any(a[f] != b[f] for f in a.keys() & b.keys())
               for i, a in enumerate(told) for b in told[i + 1:])


def independent(index: identify.Index, scorer, claim: extract.Claim, row: int, published: date | None) -> bool:
    """The roll call is the clear best on date and topic alone, without the claim's own numbers."""
    year, scope, month, days = year_scope(claim, published)
    ranked = scorer.rank({}, year=year, month=month, scope=scope, days=days)
    return bool(ranked) and ranked[0][1] == row and ranked[0][0] >= identify.MIN_SCORE and \
        (len(ranked) < 2 or ranked[0][0] - ranked[1][0] >= identify.MARGIN)


def torn(claims: list) -> set[tuple[int, str]]:
    """(sentence, state) of the states a sentence gives two different votes ("In 2016 the US abstained; this
    year the US voted against"): the sentence speaks of two votes, and which claim is of which is uncertain."""
    seen: dict[tuple[int, str], set] = {}
    for c in claims:
        if c.kind == "position" and c.state and c.scope == "assembly" and c.when != "before":  # a Council's or an
            # amendment's vote, or the vote before ("changed from against to for"), is
            # already told apart
            seen.setdefault((c.sentence, c.state), set()).add((c.asserted.get("vote"), c.when))
    # "A, which had previously abstained, chose not to vote this year": each vote said with its own time is told apart
    return {key for key, told in seen.items() if len({v for v, _ in told}) > 1
            and not (None not in {w for _, w in told} and len({w for _, w in told}) == len(told))}


def false_either_way(claims: list, rows: list, votes) -> set[int]:
    """The claims of a torn sentence (`torn`) whose vote the state cast on neither roll call the sentence's claims of
    it are placed on ("A, which had abstained in 2010, this time voted in favour", A abstaining both times): whichever
    vote the words give which time, the claim is false, so the two votes do not hold it back."""
    placed: dict[tuple[int, str], set[int]] = {}
    for c, row in zip(claims, rows):
        if c.kind == "position" and c.state and row is not None:
            placed.setdefault((c.sentence, c.state), set()).add(row)
    return {n for n, (c, row) in enumerate(zip(claims, rows))
            if c.kind == "position" and row is not None and c.asserted.get("vote") in ("yes", "no", "abstain")
            and len(placed[(c.sentence, c.state)]) > 1
            and all(votes(r).get(c.state) not in (None, c.asserted["vote"]) for r in placed[(c.sentence, c.state)])}


def changed_on_one(claims: list, rows: list) -> set[tuple[int, str]]:
    """(sentence, state) of a change of vote ("A moved from opposition to abstention") whose two votes were both put
    on one roll call: one of the two placements is wrong, and neither is called false."""
    placed: dict[tuple[int, str, int], set] = {}
    for c, row in zip(claims, rows):
        if c.kind == "position" and c.state and row is not None:
            placed.setdefault((c.sentence, c.state, row), set()).add((c.asserted.get("vote"), c.when == "before"))
    return {(s, state) for (s, state, _), told in placed.items()
            if {b for _, b in told} == {True, False} and len({v for v, _ in told}) > 1}


def doubt(index, entry: dict, claim: extract.Claim, row, scorer, own_paragraph: bool, others: dict,
           published: date | None, cut_from: int | None = None, paragraph: str = "", two_votes: bool = False,
           of_its_time: bool = False, others_times: frozenset = frozenset()) -> None:
    """Turn a contradiction that does not rest on a roll call identified beyond doubt into unverifiable: a tally
    needs its symbol, a near miss of every number, or a date+topic match that needs no numbers (and no sign of
    other votes in the text); a claim placed from elsewhere needs a roll call identified in its own paragraph."""
    if entry["verdict"] != "contradicted" or row is None:
        return
    ranked = entry["evidence"].get("candidates") or []
    own_symbol = bool(ranked) and ranked[0]["score"] >= 100 and bool(cited.symbols_in(claim.text))
    reason = None
    if extract.HEDGED in claim.notes or extract.LOOSE in claim.notes or companions.WITH_OR_WITHOUT in claim.notes:
        reason = "the text gives a round figure" if extract.HEDGED in claim.notes else extract.LOOSE \
            if extract.LOOSE in claim.notes else companions.WITH_OR_WITHOUT
    elif not_counts.CHANGERS_NOTE in claim.notes:
        reason = not_counts.CHANGERS_NOTE
    elif companions.SIDE_BEFORE in claim.notes:
        reason = companions.SIDE_BEFORE
    elif claim.kind == "count" and (beside := beside_named(claim.text)):
        reason = beside
    elif claim.kind == "tally" and not own_symbol and year_table.FIRM not in claim.notes and not near(index, claim, row):
        day = index.dates[row]
        sole = sole_vote_of_its_time(index, claim, numbers_of(claim), row, published, paragraph)
        # words of other votes elsewhere in the text do not make the record's only vote of the day another one
        other = others.get(day) or (others.get(None) if not sole or OTHER_VOTES.search(paragraph) else None)
        if other:
            reason = f"could be another vote on that day ({day}): {other}"
        elif not sole and not independent(index, scorer, claim, row, published):
            reason = "the roll call is identified only by the tally's own numbers, which do not all match it"
    elif YEAR_PINNED in claim.notes:
        reason = YEAR_PINNED
    elif any(note.startswith(DISPUTED) for note in claim.notes):
        reason = next(n for n in claim.notes if n.startswith(DISPUTED))[len("placed on the tally before, "):]
    elif two_votes and named_year(claim) is None and not own_symbol:
        reason = "the sentence gives this state two different votes, of two different roll calls"
    elif not own_paragraph and not own_symbol:
        reason = ("the roll call was not identified from the claim's own sentence or paragraph (or that paragraph "
                  "names another resolution, session or year)")
    if reason is None:
        reason = sides_exchanged(index, claim, row)
    if reason is None and not own_symbol:
        # a count compared with, or a tally told of, the series' own vote of a year ("up from 185 last year", "last
        # year the vote was 179 to 5"): the votes its numbers put among the candidates are no sign of another vote
        # meant (yes counts near 185 are common); a vote on the same subject still is
        compared = SERIES_NOTE in claim.notes
        reason = exact_elsewhere(index, claim, row, set() if compared else set(meant_elsewhere(ranked)), published)
    if reason is None and not own_symbol:
        reason = other_year(index, claim, row, published, others_times)
    if reason is None:
        reason = abstainers_retold(index, claim, row, paragraph) \
            or participation.other_reading(claim, entry["evidence"].get("tally") or published_counts(index, row)) \
            or round_word(claim, entry["evidence"].get("tally") or published_counts(index, row))
    months = months_named(claim.text)
    if reason is None and not own_symbol and months and index.months[row] not in months:
        names = ", ".join(m.capitalize() for m, n in MONTHS.items() if n in months)
        reason = f"the sentence names {names}; the vote found is of {index.dates[row]}"
    if reason is None and cut_from is not None and claim.span[0] >= cut_from:
        reason = "the text stops in the middle of this sentence"
    if reason is None and CLAUSE_TIME_NOTE in claim.notes and claim.when in ("this", "last"):
        # "While last year France abstained, this year it voted in favour", in a text of late January: the
        # reporter's years are sessions, and which calendar year "last year" is depends on a date the text may not have
        reason = (f"its time ('{claim.when} year') was read from its part of the sentence, and which year's vote that "
                  "is depends on the text's date")
    if reason is None and not own_symbol:
        reason = undated_relative(claim, published)
    if reason is None and not of_its_time and far_from(published, claim, index.dates[row]):
        reason = (f"the text is dated {published} and names no year here; the vote found is of {index.dates[row]}: "
                  "the one reported may be a vote the record lacks")
    if reason:
        hold_back(entry, reason)


# "Canada, USA among forty abstaining" (41 did): a count of tens written as a word ("forty", "one hundred") is a round
# figure, as "some 40" is; one within a twentieth of the record's (at least 1) is not called false
ROUND_WORD = re.compile(r"\b(?:one\s+)?(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b"
                        r"(?![\s-]+(?:one|two|three|four|five|six|seven|eight|nine)\b)", re.I)


def round_word(claim: extract.Claim, counts: dict[str, int]) -> str | None:
    """Why a count said as a round word near the record's number is not called false, or None."""
    if claim.kind != "count" or claim.asserted["op"] != "=" or claim.asserted["field"] not in counts:
        return None
    value, actual = claim.asserted["value"], counts[claim.asserted["field"]]
    said = [w for w in ROUND_WORD.finditer(claim.text) if digits.in_digits(w.group(0)) == str(value)]
    if not said or abs(actual - value) > max(1, value // 20):
        return None
    return f"the text gives a round figure in words (\"{said[0].group(0)}\"); the record's {actual} is near it"


def beside_named(sentence: str) -> str | None:
    """"As well as Russia, four countries rejected it": a count said beside states named apart may leave them out."""
    for found in not_counts.BESIDE_NAMED.finditer(sentence):
        if names.mentions(found["named"], metonyms=True):
            return f"the count is said beside states named apart (\"{found.group(0)}\"): it may leave them out"
    return None


def undated_relative(claim: extract.Claim, published: date | None) -> str | None:
    """"This year the tally was 76 to 64" in a text with no date: which year that is cannot be known, and a year
    another sentence names ("In 2009 the committee voted …") is that sentence's event's, not this claim's (fahunt5)."""
    if published is not None or claim.when not in ("this", "last") or clause_year(claim) is not None:
        return None
    return (f"its time ('{claim.when} year') rests on the text's date, which is unknown; the years other sentences "
            "name belong to their own events")


def hold_back(entry: dict, reason: str) -> None:
    """Turn, in place, a judged claim into unverifiable, its record saying why it is not called false."""
    entry["verdict"] = "unverifiable"
    entry["evidence"]["record"] = entry["evidence"].get("record", "") + f"; not called false: {reason}"


def never_false_noted(out: list[dict], found: list, note: str, reason: str) -> None:
    """Hold back, in place, each contradicted claim whose reading carries the note (an uncertain reading)."""
    for entry, claim in zip(out, found):
        if note in claim.notes and entry["verdict"] == "contradicted":
            hold_back(entry, reason)


VAGUE_BEFORE = re.compile(r"\b(?:previously|formerly|in\s+the\s+past|" + HABIT_WORD + r"|" + OVER_A_RUN + r")\b", re.I)


def vaguely_before(out: list[dict], found: list) -> None:
    """"A, which previously abstained, …" is placed on the series' vote before the one reported; "previously" may be
    any earlier vote, and a habit ("which usually votes against") is no claim about one vote, so such a claim is never
    called false there."""
    for entry, claim in zip(out, found):
        vague = VAGUE_BEFORE.search(claim.text) if claim.when == "before" else None
        if vague and entry["verdict"] == "contradicted":
            hold_back(entry, f"'{vague[0].lower()}' may speak of any earlier vote, not only the one before")


SPAN_YEAR = re.compile(r"\b(?:since|until|till|by|from)\s+(?:19[4-9]\d|20[0-4]\d)\b", re.I)


def other_year(index: identify.Index, claim: extract.Claim, row: int, published: date | None,
               others_times: frozenset = frozenset()) -> str | None:
    """A state's vote in a sentence that names years, none of them the vote's, and gives the claim no time of its
    own ("In a change in 2016, the US abstained"): the claim may be of a vote of one of those years. Not the years
    the sentence gives its other claims as their own times (`others_times`: "A, which had abstained in 2010, …")."""
    if claim.kind != "position" or claim.when is not None or clause_year(claim) is not None:
        return None
    years = {int(y) for y in clues.YEAR_IN.findall(SPAN_YEAR.sub(" ", claim.text))} - others_times
    if published:
        years = {y for y in years if y <= published.year}
    if not years or int(index.years[row]) in years:
        return None
    return f"the sentence names {', '.join(map(str, sorted(years)))}; the vote found is of {index.dates[row]}"


ABSTAIN_WORD = re.compile(r"\babst(?:ain|ention)\w*", re.I)


def abstainers_retold(index: identify.Index, claim: extract.Claim, row: int, paragraph: str) -> str | None:
    """"Many countries abstained. 38 countries did not participate in voting": a count of states not voting that
    is exactly the vote's abstentions (not its absentees), after or beside words of abstaining, may retell the
    abstainers loosely; it is not called false."""
    if claim.kind != "count" or claim.asserted.get("field") != "absent" or claim.asserted.get("op") != "=":
        return None
    counts = published_counts(index, row)
    if claim.asserted["value"] != counts.get("abstain") or claim.asserted["value"] == counts.get("absent"):
        return None
    at = paragraph.find(claim.text)
    upto = paragraph[:at + len(claim.text)] if at >= 0 else claim.text
    if not ABSTAIN_WORD.search(upto):
        return None
    return "the number is the vote's abstentions, and the text speaks of abstaining: it may mean the abstainers"


def meant_elsewhere(ranked: list[dict]) -> list[int]:
    """The candidates that may be the vote the text meant: not one marked down for its date that ranks only for
    having the claim's own numbers (which of the many such votes make the short list is a tie among equals); one of
    the text's time with the same numbers still may be."""
    def only_numbers_out_of_time(why: list[str]) -> bool:
        return any(w.startswith("date -") for w in why) and all(w.startswith(("counts", "date -")) for w in why)
    return [c["rcid"] for c in ranked if not only_numbers_out_of_time(c.get("why", []))]


RELATED_DAYS = 2 * 366  # a related vote: this far from the one found, on the same subject


def exact_elsewhere(index: identify.Index, claim: extract.Claim, row: int, candidates: set[int],
                     published: date | None) -> str | None:
    """A count or tally that is exactly another related roll call's (a candidate, or a vote on the same subject
    within two years, before the text was published) is most likely about that vote, not a miscount of this one:
    it is not called false. A day the sentence names, which is this vote's, rules the others out; so does a year its
    clause names in figures ("187 in 2022"), which is this vote's, for the votes of other years ("last year" does
    not: it rests on the text's date, which may be approximate)."""
    said = numbers_of(claim)
    if not said or any(k not in index.count_arrays for k in said):
        return None
    if names_the_day(claim, index.dates[row], published):
        return None
    year_said, month_said = time_of(claim, published)
    if month_said is not None and (year_said, month_said) != (index.years[row], index.months[row]):
        month_said = None
    in_figures = (claim.when or "")[:4].isdigit() or (not claim.when and clause_year(claim) is not None)
    year_fixed = year_said if in_figures and year_said == index.years[row] else None
    match = np.zeros(len(index.rcids), dtype=bool)
    for reading in (said, *_swapped(claim, said)):
        fits = np.ones(len(index.rcids), dtype=bool)
        for field, value in reading.items():
            fits &= index.count_arrays[field] == value
        match |= fits
    match[row] = False
    topic = index.titles[row]
    for other in sorted(np.flatnonzero(match), key=lambda i: abs((index.dates[i] - index.dates[row]).days)):
        if abs((index.dates[other] - index.dates[row]).days) > RELATED_DAYS:
            break
        if published is not None and index.dates[other] > published or month_said not in (None, index.months[other]) \
                or year_fixed not in (None, index.years[other]):
            continue  # a vote after the text, or outside the month or year the clause names (the found vote's)
        shared = len(topic & index.titles[other])
        if index.rcids[other] in candidates or shared >= max(2, min(len(topic), len(index.titles[other])) // 3):
            name = index.name(other)
            sides = "" if index.agrees_all(other, said) else ", its sides exchanged"
            return f"its numbers are exactly those of {name} ({index.dates[other]}){sides}: it may be about that vote"
    return None


def sides_exchanged(index: identify.Index, claim: extract.Claim, row: int) -> str | None:
    """"The Assembly voted 28 to 27, with 5 abstentions, to put the question on its agenda": the record's roll call is
    on the General Committee's recommendation not to (27 in favour, 28 against). A tally that is exactly this vote's
    with its yes and no exchanged tells the vote by the motion's effect or by the side that won, not a miscount of
    it: it is not called false."""
    exchanged = _swapped(claim, numbers_of(claim))
    if not exchanged or not index.agrees_all(row, exchanged[0]):
        return None
    if index.kinds[row] == "resolution" and index.symbols[row]:
        return None  # a vote on adopting a resolution has one question: its sides exchanged are a false statement
    said = exchanged[0]
    return (f"its numbers are exactly this vote's with its sides exchanged ({said['yes']} in favour, {said['no']} "
            "against in the record): the text may tell the vote by the motion's effect or by the side that won")


def _swapped(claim: extract.Claim, said: dict[str, int]) -> list[dict[str, int]]:
    """A tally with its sides exchanged: "the ruling was upheld 34-21" is, in the record, the challenge to the
    ruling, 21 in favour and 34 against (a ruling, a motion or a proposal told by the side that won)."""
    if claim.kind != "tally" or "yes" not in said or "no" not in said or said["yes"] == said["no"]:
        return []
    return [{**said, "yes": said["no"], "no": said["yes"]}]


def near(index: identify.Index, claim: extract.Claim, row: int, numbers: dict[str, int] | None = None) -> bool:
    """Every number (the claim's, or `numbers`) within 3 (or 5%) of the roll call's: a miscount of this vote rather
    than another vote."""
    counts = published_counts(index, row)
    numbers = numbers_of(claim) if numbers is None else numbers
    return all(k in counts and abs(counts[k] - v) <= max(3, 0.05 * counts[k]) for k, v in numbers.items())


def miscount_of_the_day(index: identify.Index, scorer, claim: extract.Claim, row: int, published: date | None) -> bool:
    """A count said of a vote on a day its sentence names ("adopted on 27 October with 121 votes"; a bound, "more
    than three quarters" of the members), within 3 (5%) of that roll call's, which date and topic alone put first
    with a clear lead: a miscount of this vote."""
    bound = claim.asserted.get("op") in (">", ">=", "<")  # "more than three quarters of the 193 members": over 144
    if claim.kind != "count" or (claim.asserted.get("op") != "=" and not bound) or extract.DERIVED in claim.notes \
            or scorer is None:
        return False
    # a bound's number is near as an exact count's is: a misjudged share of this vote
    if not near(index, claim, row, {claim.asserted["field"]: claim.asserted["value"]} if bound else None):
        return False
    if sole_vote_of_its_time(index, claim, {}, row, published, claim.text, equal=False):
        return True  # "in late October … drew support from 121 countries": the month's only vote had 120
    return names_the_day(claim, index.dates[row], published) and independent(index, scorer, claim, row, published)


def fits_pinned(index, claim: extract.Claim, row: int, pinned: set[int]) -> bool:
    """The count's numbers are also those of another vote the text pins down by its symbol or full tally ("…by 151
    votes to 6. Only A, B, … and F voted against it." when another vote of the day also had 6 against): the count
    may well be that vote's, so it pins down no vote of its own."""
    numbers = numbers_of(claim)
    return any(other != row and index.agrees_all(other, numbers) for other in pinned)


SPLIT_TALLY_ELSEWHERE = ("the against and abstentions the sentence beside gives fit none of this vote's: the text's vote "
                         "is another one")


def split_tally_disagrees(index, claim: extract.Claim, row: int, found: list, wholly: bool = False) -> bool:
    """One vote's tally split over two sentences, its halves at odds with `row`: a tally of the two small sides whose
    yes a count of the sentence beside it gives ("143 states voted in favour. 9 voted against and 25 abstained."), a
    roll call that fits only its against and abstentions (small numbers recur across the record) being another
    vote's; and the mirror, a count of the yes whose other sides a tally beside it gives ("approved with 93 votes in
    favour. 18 were against, and 65 abstained."), a roll call that fits only its yes being another vote's. A tally
    with its yes ("120 in favour and 14 against") pins its vote, and a count beside it at odds is judged on it.
    wholly: the count's other sides fit none of `row`'s (a miscount of one side keeps its vote)."""
    if claim.kind == "count" and numbers_of(claim).keys() == {"yes"}:
        return any(other.kind == "tally" and abs(other.sentence - claim.sentence) <= 1 and other.when == claim.when
                   and extract.HEDGED not in other.notes and "yes" not in other.asserted
                   and not (any if wholly else all)(index.agrees(row, {k: v}) for k, v in other.asserted.items())
                   for other in found)
    if claim.kind != "tally" or len(claim.asserted) != 2 or "yes" in claim.asserted:
        return False
    return any(other.kind == "count" and abs(other.sentence - claim.sentence) <= 1 and other.when == claim.when
               and not {extract.HEDGED, extract.DERIVED, COMPARED} & set(other.notes)
               and (numbers := numbers_of(other)).keys() == {"yes"} and not index.agrees_all(row, numbers)
               for other in found)


def own_words_point(index, claim: extract.Claim, row: int, before: int) -> bool:
    """The sentence's own words, the states it names aside, fit `row`'s subject better than `before`'s: the names of
    the voters ("Israel") say who voted, not which vote it was."""
    words = claim.text
    for mention in sorted(names.mentions(words), key=lambda m: -m.start):
        words = words[:mention.start] + " " + words[mention.end:]
    own = clues.stems(words)
    return index.topic(row, own) > index.topic(before, own)


OTHER_OF_ITS_YEAR = ("the sentence's count at the year its clause names is far from this vote's: another vote of that "
                     "year (the text's words fit several)")


def off_their_year(index: identify.Index, found: list[extract.Claim], rows: list, published: date | None) -> list:
    """The claims of a sentence whose clause names a year other than the text's ("In 2023, four countries voted no,
    Russia among them", in a text of 2024's votes), placed on a vote of that year, are left unplaced when a count the
    sentence states at that time is far from that vote's (beyond a miscount: 3, or 5%): the words are the whole
    text's and fit the year's votes of several series; the count says the sentence is about another one. Not for a
    claim whose sentence names the vote's symbol."""
    out = list(rows)
    for n, claim in enumerate(found):
        row = rows[n]
        year = time_of(claim, published)[0] if claim.kind in ("position", "count") else None
        if row is None or year is None or index.years[row] != year or (published and year == published.year) \
                or cited.symbols_in(claim.text):
            continue
        counts = published_counts(index, row)
        stated = [numbers_of(c) for c in found if c.kind == "count" and c.sentence == claim.sentence
                  and time_of(c, published)[0] == year]
        if any(k in counts and abs(counts[k] - v) > max(3, 0.05 * counts[k]) for x in stated for k, v in x.items()):
            out[n] = None
            claim.notes.append(OTHER_OF_ITS_YEAR)
    return out
