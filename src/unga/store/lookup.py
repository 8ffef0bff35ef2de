"""What a user named, resolved against the record: symbols (and drafts), years, sessions, lists of symbols.

A well-formed name the record does not hold is told apart from a typo: past the sources' end or in a gap of
them it raises NotInRecord with where the sources end; otherwise UnknownResolution with close matches.
"""

from __future__ import annotations

import numbers
import re
from datetime import date

from unga import symbols
from unga.errors import (
    AmbiguousResolution,
    BadInput,
    NotInRecord,
    UnknownResolution,
    close_matches,
    text_argument,
    whole_number,
)
from unga.store import coverage as store_coverage
from unga.store import query

MAX_SYMBOLS = 10_000  # symbols a --resolutions list may name


UPDATE_HINT = "run `unga update`, or add newer source files and `unga build`"
STALE_SERIES_DAYS = 90  # a series whose last vote is this far before the record's end may have lost later votes


def resolve_symbol(con, text: str) -> list[dict]:
    """The roll calls a symbol names: exact, a range covering it (75/254A → 75/254A-C), or its only parts."""
    text = text.strip()
    if re.fullmatch(r"(?i)rcid[:= ]?\d+", text):
        row = query.roll_call(con, int(re.sub(r"\D", "", text)))
        if row:
            return [row]
    if text.isdigit():  # a resolution of sessions 1-30 by its number alone: 2758 → A/RES/2758(XXVI)
        bases = {re.sub(r"\[[A-Z]\]$", "", r["symbol"]) for r in query.roll_calls_by_prefix(con, f"A/RES/{int(text)}(")}
        if len(bases) == 1:
            return resolve_symbol(con, bases.pop())
    draft = None if symbols.parse(text) else symbols.draft(text)
    if draft and draft == re.sub(r"\s+", "", text.upper()):
        found = query.roll_calls_by_draft(con, draft)  # a draft resolution: the vote on it
        if found:
            return found
    symbol = symbols.parse(text) or text.upper()
    found = query.roll_calls_by_symbol(con, symbol)
    if found:
        return found
    near = query.roll_calls_by_prefix(con, re.sub(r"(\[?[A-Z](-[A-Z])?\]?)$", "", symbol) if symbol[-1:].isalpha() else symbol)
    covering = [r for r in near if symbol in symbols.parts(r["symbol"])]
    parts = [r for r in near if re.fullmatch(r"\[?[A-Z](-[A-Z])?\]?", r["symbol"][len(symbol):] or "-")]
    if covering or len({r["symbol"] for r in parts}) == 1:
        return covering or parts
    if parts:
        raise AmbiguousResolution(text, sorted({r["symbol"] for r in parts}))
    raise_if_not_in_record(con, text, symbol)
    known = query.all_symbols(con)
    short = {s.removeprefix("A/RES/"): s for s in known}
    guess = close_matches(symbol.removeprefix("A/RES/"), short, n=3)
    raise UnknownResolution(text, [short[g] for g in guess])


def raise_if_not_in_record(con, text: str, symbol: str) -> None:
    """NotInRecord for a well-formed symbol past the record's end or in a gap of its sources; else nothing."""

    where = store_coverage.place(con, symbol) if symbols.parse(text) else None
    if where is None:
        return
    end = where["record_end"]
    if where["where"] == "beyond":
        last = where["last"]
        said = f"; the last recorded vote of its series there is {last[0]} of {last[1]}" if last else ""
        if last and (end - last[1]).days > STALE_SERIES_DAYS:  # the sources go on long after the series stops
            raise NotInRecord(text, f"the sources end on {end}{said}: a later vote of that series is missing from "
                                    "them, or was taken without a vote (`unga sources` shows the coverage)")
        raise NotInRecord(text, f"the sources end on {end}{said}; {UPDATE_HINT} (`unga sources` shows the coverage)")
    before, after = where["before"], where["after"]
    raise NotInRecord(text, f"the sources hold no recorded vote on {symbol} (they have {before[0]} of {before[1]} "
                            f"and {after[0]} of {after[1]}); it was adopted without a vote, or the sources lack it "
                            "(`unga sources` shows the coverage)")


def official_vote(con, text: str) -> dict | None:
    """For a symbol (or draft) the sources' roll calls lack: the UN release's counts and named states, stored from
    src/unga/data/official_recorded_votes.csv (store/official.py); None when no release is stored for it."""
    text = text.strip()
    symbol = symbols.parse(text)
    return query.official_vote(con, symbol, None if symbol else symbols.draft(text))


def raise_if_search_beyond(con, terms: list[str]) -> None:
    """A search with no match that names a well-formed symbol past the record's end (or in a gap) says so. Years
    and sessions past the end are refused before the search, by years() and session_number()."""
    for term in terms:
        symbol = symbols.parse(term)
        if symbol and not query.roll_calls_by_symbol(con, symbol):
            raise_if_not_in_record(con, term, symbol)


def years(con, start: int | None = None, end: int | None = None, year: int | None = None) -> tuple:
    """(start, end) checked against the record's years; --year is one year, given instead of --from/--to."""
    if year is not None and (start is not None or end is not None):
        raise BadInput("give --year, or --from/--to, not both")
    span = query.record_span(con)
    first, last = span["first_year"], span["last_year"]
    for option, value in (("--year", year), ("--from", start), ("--to", end)):
        whole = isinstance(value, numbers.Integral) and not isinstance(value, bool)
        if whole and last < value <= date.today().year + 1:  # the record has not caught up with it
            raise NotInRecord(f"{option} {value}", f"the sources end on {span['last_date']}; {UPDATE_HINT}")
        if value is not None and (not whole or not first <= value <= last):
            raise BadInput(f"{option} {value!r}: the record covers {first} to {span['last_date']} "
                           f"(give a year from {first} to {last})")
    if year is not None:
        return year, year
    if start is not None and end is not None and start > end:
        raise BadInput(f"--from {start} is after --to {end}")
    return start, end


def session_number(con, session: int | None) -> int | None:
    """A regular session within the record; one under way past the record's end is 'not in the record'."""
    if session is None:
        return None
    span = query.record_span(con)
    last_session = span["last_session"]
    if isinstance(session, int) and last_session < session <= symbols.regular_session(date.today()):
        raise NotInRecord(f"--session {session}",
                          f"the sources end on {span['last_date']} (session {last_session}); {UPDATE_HINT}")
    return whole_number(session, "--session", 1, last_session)


def resolution_ids(con, resolutions: list[str]) -> list[int]:
    """rcids of the named resolutions; 'ES-11/*' names every resolution of a series."""
    if isinstance(resolutions, str):
        resolutions = resolutions.split(",")
    if not isinstance(resolutions, (list, tuple)) or not 1 <= len(resolutions) <= MAX_SYMBOLS:
        raise BadInput(f"--resolutions: give 1 to {MAX_SYMBOLS:,} symbols, e.g. 'ES-11/*,68/262'")
    ids: list[int] = []
    for text in resolutions:
        text = text_argument(text, "a symbol in --resolutions", "ES-11/1", max_length=100)
        if text.endswith("*"):
            prefix = symbols.parse(text[:-1].rstrip("/") + "/1") or ""
            found = query.roll_calls_by_prefix(con, prefix.rsplit("/", 1)[0] + "/") if prefix else []
            if not found:
                raise UnknownResolution(text)
        else:
            found = resolve_symbol(con, text)
            found = [r for r in found if r["kind"] == "resolution"] or found
        ids += [int(r["rcid"]) for r in found]
    return ids
