"""What the record covers, read from a built store (links, roll_calls, provenance), and where a symbol falls in it.

A symbol the record lacks is *beyond* the record when it is later than the last stored vote of its series (a
regular session, or one emergency or special session) and that series may still continue (it is the last regular
session, or an emergency/special series with a vote in the record's last period of coverage); it is a *gap* when
its series has stored votes on both sides of it (adopted without a vote, or missing from the sources). Anything
else (an unknown series, a number past a closed session's last, or more than twice the largest number any series
of its kind reached) is treated as a typo by the caller.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from unga import symbols

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

KINDS = ("resolution", "separate", "amendment", "paragraph", "motion")


def by_source(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """One row per source: files, first and last date, sessions, roll calls (all / leading), kinds of votes."""
    frame = con.execute(f"""
        WITH l AS (SELECT DISTINCT source, rcid FROM links),
             files AS (SELECT source, count(*) AS files, sum(rows_read) AS rows_read FROM provenance GROUP BY source)
        SELECT l.source, any_value(f.files) AS files, min(r.date)::DATE AS first, max(r.date)::DATE AS last,
               min(r.session) AS first_session, max(r.session) AS last_session, count(*) AS roll_calls,
               count(*) FILTER (WHERE split_part(r.sources, ',', 1) = l.source) AS leading,
               {", ".join(f"count(*) FILTER (WHERE r.kind = '{k}') AS {k}" for k in KINDS)}
        FROM l JOIN roll_calls r USING (rcid) LEFT JOIN files f USING (source)
        GROUP BY l.source ORDER BY first, last""").df()
    frame["kinds"] = frame.apply(_kinds_text, axis=1)
    frame["final_only"] = frame[[k for k in KINDS if k != "resolution"]].sum(axis=1).eq(0)
    for column in ("first", "last"):
        frame[column] = frame[column].dt.date
    return frame


def _kinds_text(row) -> str:
    return ", ".join(f"{int(row[k])} {k}" for k in KINDS if row[k])


def by_period(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Consecutive years read from the same set of sources, with the kinds of votes the record has for them."""
    years = con.execute(f"""
        WITH s AS (SELECT r.year, string_agg(DISTINCT l.source, ', ' ORDER BY l.source) AS sources
                   FROM links l JOIN roll_calls r USING (rcid) GROUP BY r.year)
        SELECT r.year, s.sources, min(r.date)::DATE AS first, max(r.date)::DATE AS last, count(*) AS roll_calls,
               {", ".join(f"count(*) FILTER (WHERE r.kind = '{k}') AS {k}" for k in KINDS)}
        FROM roll_calls r JOIN s USING (year) GROUP BY r.year, s.sources ORDER BY r.year""").df()
    years["block"] = years["sources"].ne(years["sources"].shift()).cumsum()
    agg = {"year": ["min", "max"], "first": "min", "last": "max", "roll_calls": "sum", "sources": "first",
           **{k: "sum" for k in KINDS}}
    periods = years.groupby("block").agg(agg)
    periods.columns = ["from_year", "to_year", "first", "last", "roll_calls", "sources", *KINDS]
    periods = periods.reset_index(drop=True)
    periods["kinds"] = periods.apply(_kinds_text, axis=1)
    periods["final_only"] = periods[[k for k in KINDS if k != "resolution"]].sum(axis=1).eq(0)
    for column in ("first", "last"):
        periods[column] = periods[column].dt.date
    return periods


def series_of(symbol: str) -> tuple[str, int] | None:
    """(series, number) of a canonical symbol: ('regular 68', 262), ('ES-11', 1), ('S-32', 1), ('regular 26', 2758)."""
    m = re.match(r"^A/RES/(?:(ES|S)-)?(\d+)/(\d+)", symbol)
    if m:
        return (f"{m[1]}-{m[2]}" if m[1] else f"regular {m[2]}"), int(m[3])
    m = re.match(r"^A/RES/(\d+)\((?:(ES|S)-)?([IVXLC]+)\)", symbol)
    if m:
        session = symbols.from_roman(m[3])
        return (f"{m[2]}-{session}" if m[2] else f"regular {session}"), int(m[1])
    return None


def series_extents(con: duckdb.DuckDBPyConnection) -> dict[str, dict]:
    """Per series: the stored numbers (sorted), and the first and last stored symbol with its date."""
    out: dict[str, dict] = {}
    for symbol, day in con.execute("SELECT symbol, min(date)::DATE FROM roll_calls WHERE symbol IS NOT NULL "
                                   "GROUP BY symbol ORDER BY 2").fetchall():
        found = series_of(symbol)
        if not found:
            continue
        entry = out.setdefault(found[0], {"numbers": {}, "last_date": day, "per_session": "/" in symbol[6:]})
        entry["numbers"].setdefault(found[1], (symbol, day))
        entry["last_date"] = max(entry["last_date"], day)
    return out


def place(con: duckdb.DuckDBPyConnection, symbol: str) -> dict | None:
    """Where a canonical symbol the record lacks falls: {'where': 'beyond'|'gap', ...} or None (likely a typo)."""
    found = series_of(symbol)
    if not found:
        return None
    series, number = found
    extents = series_extents(con)
    record_end, last_session = con.execute("SELECT max(date)::DATE, max(session) FROM roll_calls").fetchone()
    last_period_start = _last_period_start(con)
    info = {"symbol": symbol, "series": series, "record_end": record_end}
    if series not in extents:
        if series.startswith("regular ") and int(series.split()[1]) > last_session:
            return {**info, "where": "beyond", "last": None}
        kind, _, n = series.partition("-")
        later = [int(s.split("-")[1]) for s in extents if s.startswith(f"{kind}-")]
        if kind in ("ES", "S") and later and int(n) > max(later):
            return {**info, "where": "beyond", "last": None}
        return None
    numbers = extents[series]["numbers"]
    below = [k for k in numbers if k < number]
    above = [k for k in numbers if k > number]
    if below and not above:
        if number > 2 * _largest(extents, series):
            return None  # far past any series of its kind: more likely a typo than a vote to come
        still_open = (series == f"regular {last_session}") if series.startswith("regular ") else \
            extents[series]["last_date"] >= last_period_start
        if still_open:
            return {**info, "where": "beyond", "last": numbers[max(below)]}
        return None
    if below and above:
        return {**info, "where": "gap", "before": numbers[max(below)], "after": numbers[min(above)]}
    return None


def _largest(extents: dict[str, dict], series: str) -> int:
    """The largest number stored in any series numbered per session of the same kind (regular, ES or S)."""
    kind = series.split()[0].split("-")[0]
    return max((max(e["numbers"]) for name, e in extents.items()
                if e["per_session"] and name.split()[0].split("-")[0] == kind), default=0)


def _last_period_start(con: duckdb.DuckDBPyConnection) -> date:
    """The first day of the record's last period of coverage (the years read from the same sources as its end)."""
    periods = by_period(con)
    return periods["first"].iloc[-1] if len(periods) else date.min
