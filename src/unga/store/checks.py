"""Checks and repairs of the record that need every source at once: symbols outside their session's range,
dates outside their session, votes before a state's admission, lists that contradict their published counts.
docs/data.md states each rule; every repair and flag is an integrity row.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pandas as pd

from unga import symbols
from unga.sources.base import SourceTable

# Flags a user sees on the roll call itself (roll_calls.flags), named after their integrity checks.
FLAG_CHECKS = {
    "stored votes differ from published counts": "counts",
    "date outside its session": "date",
    "votes before a state's admission": "admission",
    "date before its emergency special session": "date",
}


def session_ranges(tables: list[SourceTable]) -> pd.DataFrame:
    """Per regular session numbered across sessions (1-30), the lowest and highest resolution number the given
    (UN) sources record, and how many symbols it is drawn from."""
    return ranges_of([s for t in tables for s in t.roll_calls["symbol"].dropna()])


def ranges_of(names: list[str]) -> pd.DataFrame:
    """session_ranges over a list of canonical symbols (the audit draws them from the stored record)."""
    found = [symbols.old_style_number(s) for s in names]
    frame = pd.DataFrame([f for f in found if f], columns=["session", "number"])
    ranges = frame.groupby("session")["number"].agg(low="min", high="max", n="size").sort_index()
    ranges["first"], ranges["last"] = ranges["low"], ranges["high"]  # the numbers the sources record
    # Numbers run on from session to session, so a gap between two sessions' known numbers may belong to
    # either (or to a special session between them): each range reaches to its neighbours'.
    low, high = ranges["low"].copy(), ranges["high"].copy()
    ranges["low"] = (high.shift(1) + 1).fillna(low).astype(int).clip(upper=low).where(ranges.index > 1, 1)
    ranges["high"] = (low.shift(-1) - 1).fillna(high).astype(int).clip(lower=high)
    return ranges


DECISIONS_FROM = 301  # from session 31 the Assembly numbers its decisions 301 upward (3xx elections, 4xx others)


def modern_number(symbol: object) -> tuple[int, int] | None:
    """(session, number) of a regular-session symbol numbered within its session (A/RES/33/422 → (33, 422))."""
    m = re.match(r"^A/RES/(\d+)/(\d+)", symbol) if isinstance(symbol, str) else None
    return (int(m[1]), int(m[2])) if m else None


def session_ceilings(tables: list[SourceTable]) -> dict[int, int]:
    """Per session numbered within itself (31 on), the highest resolution number the given (UN) sources record."""
    ceilings: dict[int, int] = {}
    for found in (modern_number(s) for t in tables for s in t.roll_calls["symbol"].dropna()):
        if found:
            ceilings[found[0]] = max(ceilings.get(found[0], 0), found[1])
    return ceilings


def decision_number(symbol: object, ceilings: dict[int, int]) -> int | None:
    """The session's highest resolution number if the symbol's number lies above it in the decisions' series:
    Voeten's `unres` R/33/422 is decision 33/422, which no resolution symbol names."""
    found = modern_number(symbol)
    if not found or found[0] not in ceilings:
        return None
    return ceilings[found[0]] if found[1] > ceilings[found[0]] and found[1] >= DECISIONS_FROM else None


def _outside(symbol: object, ranges: pd.DataFrame) -> tuple[int, int] | None:
    """The session's (low, high) if the symbol's number lies outside it; None if inside or unknown."""
    found = symbols.old_style_number(symbol)
    if not found or found[0] not in ranges.index:
        return None
    low, high = int(ranges.at[found[0], "low"]), int(ranges.at[found[0], "high"])
    return None if low <= found[1] <= high else (low, high)


def demote_symbols(table: SourceTable, ranges: pd.DataFrame, ceilings: dict[int, int] | None = None,
                   known: pd.DataFrame | None = None) -> tuple[SourceTable, pd.DataFrame]:
    """Drop the symbols of a source's rows whose resolution number lies outside its session's range.

    Voeten's `unres` for early votes often holds a document or draft number (R/5/347 for Uniting for Peace,
    377 (V)); stored as a symbol it names another resolution. From session 31 a number above the session's
    resolutions and in the decisions' series (R/33/422) is a decision's. The row keeps source_symbol and is
    linked by its votes instead. Returns the table and (key, symbol, range) of each demoted row.
    """
    rc = table.roll_calls
    outside = rc["symbol"].map(lambda s: _outside(s, ranges))
    decision = rc["symbol"].map(lambda s: decision_number(s, ceilings or {}))
    outside = outside.where(decision.isna(), decision.map(
        lambda h: f"a decision's number: the session's resolutions number up to {h:.0f}, its decisions from "
                  f"{DECISIONS_FROM}", na_action="ignore"))
    # A regular session that had not even opened by the vote's date is a typo (R/677/46 for 67/46).
    session = rc["symbol"].map(symbols.session_of)
    future = session.notna() & (session > rc["date"].map(lambda d: symbols.regular_session(d.date()) + 1))
    outside = outside.where(~future, "no such session yet on the vote's date")
    outside = outside.where(outside.notna(), _another_resolution(rc, known))
    bad = outside.notna()
    gap = rc["symbol"].map(lambda s: _in_gap(s, ranges)).where(~bad)
    kept = gap.notna()
    log = pd.DataFrame({"key": rc.loc[bad | kept, "key"], "value": rc.loc[bad | kept, "symbol"],
                        "other_value": outside.where(bad, gap)[bad | kept].map(
                            lambda r: r if isinstance(r, str) else f"session's resolutions number {r[0]}-{r[1]}"),
                        "kept": kept[bad | kept]})
    return replace(table, roll_calls=rc.assign(symbol=rc["symbol"].where(~bad))), log


def official_symbols(table: SourceTable, known: pd.DataFrame | None) -> SourceTable:
    """A roll call official_resolutions.csv names (column rcid) as the adoption of its resolution takes that symbol
    in a source that files it under another number; each change is a note (an integrity row) with the evidence."""
    if known is None or "rcid" not in known or known["rcid"].isna().all() or "rcid" not in table.roll_calls:
        return table
    facts = known.dropna(subset=["rcid"]).drop_duplicates("rcid").set_index("rcid")
    rc = table.roll_calls
    hit = rc["rcid"].isin(facts.index) & rc["rcid"].map(facts["symbol"]).ne(rc["symbol"])
    if not hit.any():
        return table
    notes = [(key, "symbol replaced by the official symbol", facts.at[rcid, "symbol"],
              old if isinstance(old, str) else "none", facts.at[rcid, "evidence"])
             for key, rcid, old in zip(rc.loc[hit, "key"], rc.loc[hit, "rcid"], rc.loc[hit, "symbol"])]
    symbol = rc["symbol"].where(~hit, rc["rcid"].map(facts["symbol"]))
    return replace(table, roll_calls=rc.assign(symbol=symbol), notes=[*table.notes, *notes])


def _another_resolution(rc: pd.DataFrame, known: pd.DataFrame | None) -> pd.Series:
    """Why a symbol names another vote: official_resolutions.csv dates that resolution's adoption more than 31
    days from the row's vote (a separate vote dated a few days off its text's adoption keeps the symbol). The row the
    file names as the adoption (column rcid) is that vote whatever its source's day (official_dates.csv dates it)."""
    if known is None or known.empty:
        return pd.Series(None, index=rc.index, dtype=object)
    facts = known.drop_duplicates("symbol").set_index("symbol")
    adopted = rc["symbol"].map(facts["date"])
    named = pd.Series(False, index=rc.index)
    if "rcid" in known and "rcid" in rc:
        named = rc["rcid"].map(known.dropna(subset=["rcid"]).drop_duplicates("rcid").set_index("rcid")["symbol"]) \
            .eq(rc["symbol"])
    far = adopted.notna() & ((rc["date"] - adopted).abs() > pd.Timedelta(days=31)) & ~named
    reason = rc["symbol"].map(lambda s: f"the number of resolution {s}, {facts.at[s, 'title']}, adopted on "
                                        f"{facts.at[s, 'date']:%Y-%m-%d} (official_resolutions.csv): another vote"
                              if s in facts.index else None)
    return reason.where(far)


def _in_gap(symbol: object, ranges: pd.DataFrame) -> str | None:
    """Why a number inside its session's range is still unproven: no UN source records a number of the session
    that low or high; it lies in the gap that may belong to this session or to its neighbour."""
    found = symbols.old_style_number(symbol)
    if not found or found[0] not in ranges.index:
        return None
    first, last = int(ranges.at[found[0], "first"]), int(ranges.at[found[0], "last"])
    if first <= found[1] <= last:
        return None
    return f"outside the numbers the UN's sources record for session {found[0]} ({first}-{last}), in the gap " \
           f"to its neighbour's"


def session_dates(roll_calls: pd.DataFrame, all_rc: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Dates that cannot lie in the regular session the symbol names (symbols.could_be_in_session): repaired from the
    highest-ranked source (all_rc is ordered by rank) that dates the vote within the session, else flagged."""
    session = roll_calls["symbol"].map(symbols.session_of)
    fits = [pd.isna(s) or symbols.could_be_in_session(d.date(), int(s)) for d, s in zip(roll_calls["date"], session)]
    bad = roll_calls[~np.array(fits, dtype=bool)]
    inside = all_rc[all_rc["rcid"].isin(bad["rcid"])].dropna(subset=["date"])
    want = inside["rcid"].map(dict(zip(bad["rcid"], session[bad.index])))
    inside = inside[np.array([symbols.could_be_in_session(d.date(), int(s)) for d, s in zip(inside["date"], want)],
                             dtype=bool)]
    better = inside.groupby("rcid", as_index=False)[["date", "source"]].first()
    found = bad[["rcid"]].merge(better, on="rcid", how="left").set_index(bad.index)
    fixed = found["date"].notna().to_numpy()
    log = pd.DataFrame({
        "rcid": bad["rcid"], "value": bad["date"].dt.strftime("%Y-%m-%d"), "source": bad["sources"].str.split(",").str[0],
        "check": np.where(fixed, "date repaired from another source", "date outside its session"),
        "other_value": np.where(fixed, found["date"].dt.strftime("%Y-%m-%d"),
                                "session " + session[bad.index].astype("Int64").astype(str)),
        "other_source": np.where(fixed, found["source"], "symbol"),
        "rule": np.where(fixed, "the date lies outside the session its symbol names; the highest-ranked source "
                                "dating it within the session is used",
                         "flagged: no source dates it within the session its symbol names"),
    })
    dates = roll_calls["date"].copy()
    dates[found.index[fixed]] = found.loc[fixed, "date"]
    return roll_calls.assign(date=dates, year=dates.dt.year), log


def emergency_session(symbol: object, source_symbol: object) -> int | None:
    """The emergency special session a roll call belongs to, from its symbol (A/RES/ES-10/19, A/RES/997(ES-I)) or,
    for Voeten's votes without one, his own number (ESS/2/77A: the second)."""
    for text, pattern in ((symbol, r"\(ES-([IVX]+)\)|/ES-(\d+)/"), (source_symbol, r"^ESS/(\d+)/")):
        m = re.search(pattern, text) if isinstance(text, str) else None
        if m:
            found = next(g for g in m.groups() if g)
            return int(found) if found.isdigit() else symbols.from_roman(found)
    return None


def before_emergency_session(roll_calls: pd.DataFrame, sessions: pd.DataFrame | None) -> pd.DataFrame:
    """Roll calls dated before their emergency special session opened (sessions: session, opened, evidence). No
    source gives a better date, so they are flagged, not moved."""
    if sessions is None or sessions.empty:
        return pd.DataFrame()
    number = [emergency_session(a, b) for a, b in zip(roll_calls["symbol"], roll_calls["source_symbol"])]
    opened = pd.Series(number, index=roll_calls.index).map(dict(zip(sessions["session"].astype(int), sessions["opened"])))
    early = roll_calls[opened.notna() & (roll_calls["date"] < opened)]
    day = opened[early.index]
    return pd.DataFrame({
        "rcid": early["rcid"], "check": "date before its emergency special session",
        "value": early["date"].dt.strftime("%Y-%m-%d"), "source": early["sources"].str.split(",").str[0],
        "other_value": "opened " + day.dt.strftime("%Y-%m-%d"), "other_source": "emergency_sessions.csv",
        "rule": "flagged: the vote belongs to an emergency special session that opened later (Voeten's day of the "
                "month is unreliable before 2003); no source dates it within the session"})


def votes_before_admission(per_vote: pd.DataFrame, roll_calls: pd.DataFrame, voeten: tuple[str, ...]) -> pd.DataFrame:
    """One flag per roll call where states voted before the concordance admits them (per_vote: the
    'vote from a state not a member that day' rows). Where Voeten dates the vote before 2003 his day of the
    month is the likelier error; otherwise the list is. No source gives a better one, or it would be used."""
    if per_vote.empty:
        return per_vote.iloc[:0]
    states = per_vote.groupby("rcid")["iso3"].agg(lambda s: ",".join(sorted(s)))
    rc = roll_calls.set_index("rcid").reindex(states.index)
    voeten_day = (rc["date"] < pd.Timestamp("2003-01-01")) & rc["sources"].str.split(",").str[0].isin(voeten)
    return pd.DataFrame({"rcid": states.index, "check": "votes before a state's admission",
                         "value": rc["date"].dt.strftime("%Y-%m-%d").to_numpy(), "source": "stored date",
                         "other_value": states.to_numpy(), "other_source": "concordance",
                         "rule": np.where(voeten_day, "flagged: Voeten's day of the month is unreliable before 2003; "
                                                      "the vote is likely later than stored",
                                          "flagged: the list names states that were not yet members; "
                                          "it (or the membership dates) is wrong")})


def flags(roll_calls: pd.DataFrame, integrity: pd.DataFrame) -> pd.Series:
    """'; '-joined flag names per roll call (None where nothing is flagged), aligned with roll_calls."""
    hit = integrity[integrity["check"].isin(list(FLAG_CHECKS))]
    names = hit.assign(flag=hit["check"].map(FLAG_CHECKS)).drop_duplicates(["rcid", "flag"])
    joined = names.sort_values("flag").groupby("rcid")["flag"].agg("; ".join)
    return roll_calls["rcid"].map(joined)


def counts_text(counts: pd.DataFrame) -> pd.Series:
    """Each row's counts as the integrity table writes them: yes/no/abstain."""
    return counts["yes"].astype(str) + "/" + counts["no"].astype(str) + "/" + counts["abstain"].astype(str)
