"""Votes in doubt (src/unga/data/vote_doubts.csv): one state's vote on one roll call, or a roll call's count or day, that
an official or near-official text (for a day: also Voeten's own order of the votes) gives otherwise, where nothing
settles which is right: the text stands against the record's only list or date, and no count, second list or meeting
record decides.

One row per state and roll call: symbol (or rcid:N, as in the other data files), date (the stored day), iso3,
other_vote (the vote the other text gives: yes, no, abstain or absent), source (the text's short name, as the reason
will quote it), url and note (our own words: what the text says and why nothing settles it). A row with no state
doubts the roll call's count: other_vote is the other text's count, yes-no-abstain (56-11-29); or its day, where
other_vote is the day or the span of days the evidence allows (1950-12-14..1950-12-16; branch dates).

A doubt is not a repair: the stored vote, count and day stay. The build writes each row into `integrity` as `vote in
doubt`, `count in doubt` or `date in doubt` (value: the stored vote, the published count or the stored day, a day
doubt only where the stored day lies outside the span; other_value: the other text's; other_source: its short name;
rule: the note and URL); `unga audit` lists them (advisory), `api.tally` warns, and the checker judges a
position claim on such a vote, or a tally or count claim giving either count where the two differ, unverifiable,
naming both readings. A row whose roll call no source in the build covers has nothing to doubt.
"""

from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path

import pandas as pd

from unga import countries, symbols
from unga.errors import SourceError
from unga.sources.base import require_columns
from unga.sources.corrections import rcid_key
from unga.store.schema import integrity_rows

PATH = Path(str(files("unga") / "data" / "vote_doubts.csv"))
COLUMNS = ("symbol", "date", "iso3", "other_vote", "source", "url", "note")
VOTES = ("yes", "no", "abstain", "absent")
CHECK = "vote in doubt"
COUNT_CHECK = "count in doubt"
DATE_CHECK = "date in doubt"
COUNT = re.compile(r"(\d+)-(\d+)-(\d+)")  # yes-no-abstain
DAYS = re.compile(r"(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?")  # a day, or first..last


def read(path: Path = PATH) -> pd.DataFrame:
    """The file's rows, checked: a bad row is a SourceError naming the file, the row and the fix."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    require_columns(frame, COLUMNS, path, fix=f"the header is {','.join(COLUMNS)}")
    known = {s.iso3 for s in countries.states()}
    rows = [_row(path, n + 2, {k: str(v).strip() for k, v in r.items()}, known)
            for n, r in enumerate(frame[list(COLUMNS)].to_dict("records"))]
    out = pd.DataFrame(rows, columns=["symbol", "rcid", "date", "iso3", "other_vote", "source", "url", "note"])
    key = out["symbol"].fillna(out["rcid"].map(lambda rcid: f"rcid:{rcid}"))  # pandas' str of None is missing
    what = out["other_vote"].map(lambda v: "date" if DAYS.fullmatch(v) else "vote")
    repeated = out.assign(key=key, what=what).duplicated(["key", "iso3", "what"])
    if repeated.any():
        raise SourceError(path, "a state's vote, or the count or day, of this roll call is in doubt twice",
                          row=int(repeated.argmax()) + 2,
                          fix="keep one row per roll call and state, one for the count and one for the day")
    return out.astype({"rcid": "Int64"})


def _row(path: Path, row: int, r: dict, known: set[str]) -> dict:
    rcid = rcid_key(r["symbol"])
    symbol = None if rcid is not None else symbols.parse(r["symbol"])
    if symbol is None and rcid is None:
        raise SourceError(path, f"{r['symbol']!r} is neither a resolution symbol nor rcid:N", row=row,
                          fix="write A/RES/31/9, or rcid:664 for a roll call with no symbol of its own")
    date = pd.to_datetime(r["date"], format="%Y-%m-%d", errors="coerce")
    if pd.isna(date):
        raise SourceError(path, f"date {r['date']!r} is not a day", row=row, fix="write the stored day as 1960-12-18")
    if not r["iso3"]:
        if not (_span(r["other_vote"]) if DAYS.fullmatch(r["other_vote"]) else COUNT.fullmatch(r["other_vote"])):
            raise SourceError(path, f"other_vote {r['other_vote']!r} is neither a count nor a day", row=row,
                              fix="a row with no state doubts the count (write 56-11-29) or the day (write "
                                  "1950-12-14, or 1950-12-14..1950-12-16, first day before last)")
    elif r["iso3"] not in known:
        raise SourceError(path, f"state {r['iso3']!r} is not an ISO3 code of the record", row=row,
                          fix="write the state's ISO3 code, e.g. FRA, or leave it empty to doubt the count")
    elif r["other_vote"] not in VOTES:
        raise SourceError(path, f"other_vote {r['other_vote']!r} is not a vote", row=row,
                          fix=f"write one of {', '.join(VOTES)}")
    if not r["source"] or not r["note"] or not r["url"].startswith(("https://", "http://")):
        raise SourceError(path, "a doubt needs its source's name, its URL and a note", row=row,
                          fix="give the text's short name, its http(s) address and a note in our own words")
    return {"symbol": symbol, "rcid": rcid, "date": date, "iso3": r["iso3"] or None,
            "other_vote": r["other_vote"], "source": r["source"], "url": r["url"], "note": r["note"]}


def integrity(doubts: pd.DataFrame, roll_calls: pd.DataFrame, votes: pd.DataFrame) -> pd.DataFrame:
    """One `vote in doubt` row per doubt whose roll call the record holds (matched by symbol and day, or rcid and day)
    and whose stored vote the other text contradicts; one `count in doubt` row per count doubt whose other count
    differs from the published one (or, with none published, from the list's)."""
    if doubts.empty:
        return integrity_rows({})
    rc = roll_calls[["rcid", "symbol", "date"]]
    found = pd.concat([rc.merge(doubts[doubts["symbol"].notna()].drop(columns="rcid"), on=["symbol", "date"]),
                       rc.merge(doubts[doubts["rcid"].notna()].drop(columns="symbol").astype({"rcid": "int64"}),
                                on=["rcid", "date"])], ignore_index=True).sort_values(["rcid", "iso3"])
    states, counts = found[found["iso3"].notna()], found[found["iso3"].isna()]
    spans = counts["other_vote"].map(_span)
    days, counts = counts[spans.notna()], counts[spans.isna()]
    days = days.assign(stored=days["date"].dt.strftime("%Y-%m-%d"))
    inside = [span[0] <= day <= span[1] for day, span in zip(days["stored"], spans[spans.notna()])]
    days = days[~pd.Series(inside, index=days.index, dtype=bool)]
    stored = votes.assign(vote=votes["vote"].astype(str)).set_index(["rcid", "iso3"])["vote"]
    states = states.assign(stored=[stored.get((r, s), "no row") for r, s in zip(states["rcid"], states["iso3"])])
    counts = counts.assign(stored=counts["rcid"].map(published_counts(roll_calls)) if len(counts) else None)
    states, counts = states[states["stored"] != states["other_vote"]], counts[counts["stored"] != counts["other_vote"]]
    return pd.concat([_rows(states, CHECK, "stored votes"), _rows(counts, COUNT_CHECK, "published counts"),
                      _rows(days, DATE_CHECK, "stored date")], ignore_index=True)


def _span(text: str) -> tuple[str, str] | None:
    """'1950-12-14' or '1950-12-14..1950-12-16' as (first, last) days, both real and in order; None otherwise."""
    m = DAYS.fullmatch(text)
    if m is None:
        return None
    first, last = m.group(1), m.group(2) or m.group(1)
    days = pd.to_datetime([first, last], format="%Y-%m-%d", errors="coerce")
    return (first, last) if days.notna().all() and days[0] <= days[1] else None


def published_counts(roll_calls: pd.DataFrame) -> pd.Series:
    """rcid -> the count a tally is judged against, yes-no-abstain: the published one, or the list's where none is."""
    rc = roll_calls.set_index("rcid")
    yes, no, abstain = (rc[f"pub_{v}"].fillna(rc[v]) for v in ("yes", "no", "abstain"))
    return pd.Series([f"{y:.0f}-{n:.0f}-{a:.0f}" for y, n, a in zip(yes, no, abstain)], index=rc.index)


def _rows(found: pd.DataFrame, check: str, source: str) -> pd.DataFrame:
    return integrity_rows({"rcid": found["rcid"], "iso3": found["iso3"], "check": check, "value": found["stored"],
                           "source": source, "other_value": found["other_vote"], "other_source": found["source"],
                           "rule": found["note"] + " (" + found["url"] + ")"})
