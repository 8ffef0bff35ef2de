"""Votes in doubt (src/unga/data/vote_doubts.csv): one state's vote on one roll call that an official or near-official
text (a government's answer in Parliament, a delegation's cable) gives otherwise, where nothing settles which is right:
the text stands against the record's only list, and no count, second list or meeting record decides.

One row per state and roll call: symbol (or rcid:N, as in the other data files), date (the stored day), iso3,
other_vote (the vote the other text gives: yes, no, abstain or absent), source (the text's short name, as the reason
will quote it), url and note (our own words: what the text says and why nothing settles it).

A doubt is not a repair: the stored vote stays. The build writes each row into `integrity` as `vote in doubt`
(value: the stored vote; other_value: the other text's; other_source: its short name; rule: the note and URL);
`unga audit` lists them (advisory), `api.tally` warns per state, and the checker judges a position claim on such a
vote unverifiable, naming both readings. A row whose roll call no source in the build covers has nothing to doubt.
"""

from __future__ import annotations

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


def read(path: Path = PATH) -> pd.DataFrame:
    """The file's rows, checked: a bad row is a SourceError naming the file, the row and the fix."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    require_columns(frame, COLUMNS, path, fix=f"the header is {','.join(COLUMNS)}")
    known = {s.iso3 for s in countries.states()}
    rows = [_row(path, n + 2, {k: str(v).strip() for k, v in r.items()}, known)
            for n, r in enumerate(frame[list(COLUMNS)].to_dict("records"))]
    out = pd.DataFrame(rows, columns=["symbol", "rcid", "date", "iso3", "other_vote", "source", "url", "note"])
    repeated = out.assign(key=out["symbol"].fillna("") + out["rcid"].astype(str)).duplicated(["key", "iso3"])
    if repeated.any():
        raise SourceError(path, "a state's vote on this roll call is in doubt twice", row=int(repeated.argmax()) + 2,
                          fix="keep one row per roll call and state")
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
    if r["iso3"] not in known:
        raise SourceError(path, f"state {r['iso3']!r} is not an ISO3 code of the record", row=row,
                          fix="write the state's ISO3 code, e.g. FRA")
    if r["other_vote"] not in VOTES:
        raise SourceError(path, f"other_vote {r['other_vote']!r} is not a vote", row=row,
                          fix=f"write one of {', '.join(VOTES)}")
    if not r["source"] or not r["note"] or not r["url"].startswith(("https://", "http://")):
        raise SourceError(path, "a doubt needs its source's name, its URL and a note", row=row,
                          fix="give the text's short name, its http(s) address and a note in our own words")
    return {"symbol": symbol, "rcid": rcid, "date": date, "iso3": r["iso3"],
            "other_vote": r["other_vote"], "source": r["source"], "url": r["url"], "note": r["note"]}


def integrity(doubts: pd.DataFrame, roll_calls: pd.DataFrame, votes: pd.DataFrame) -> pd.DataFrame:
    """One `vote in doubt` row per doubt whose roll call the record holds (matched by symbol and day, or rcid and day)
    and whose stored vote the other text contradicts."""
    if doubts.empty:
        return integrity_rows({})
    rc = roll_calls[["rcid", "symbol", "date"]]
    found = pd.concat([rc.merge(doubts[doubts["symbol"].notna()].drop(columns="rcid"), on=["symbol", "date"]),
                       rc.merge(doubts[doubts["rcid"].notna()].drop(columns="symbol").astype({"rcid": "int64"}),
                                on=["rcid", "date"])], ignore_index=True).sort_values(["rcid", "iso3"])
    stored = votes.assign(vote=votes["vote"].astype(str)).set_index(["rcid", "iso3"])["vote"]
    found["stored"] = [stored.get((r, s), "no row") for r, s in zip(found["rcid"], found["iso3"])]
    found = found[found["stored"] != found["other_vote"]]
    return integrity_rows({"rcid": found["rcid"], "iso3": found["iso3"], "check": CHECK, "value": found["stored"],
                           "source": "stored votes", "other_value": found["other_vote"], "other_source": found["source"],
                           "rule": found["note"] + " (" + found["url"] + ")"})
