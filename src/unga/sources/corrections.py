"""unga's own corrections: votes that no source lists correctly, each with the published evidence for it.

src/unga/data/corrections.csv: symbol, date, iso3, vote, evidence. A correction is applied after the sources
are merged and is logged in the integrity table with its evidence; it never overrides a vote silently.
src/unga/data/official_counts.csv: symbol, date, yes, no, abstain, evidence — official tallies (a fact and its
URL) for roll calls whose only source publishes wrong counts; they become the published counts, so a list
that contradicts them is flagged.
src/unga/data/official_dates.csv: symbol, date, evidence — official dates (a fact and its URL) of roll calls that
every source dates wrongly; they replace the stored date, logged.
In every file the symbol column may instead name one roll call as rcid:N (the record's id, the one `unga tally
rcid:N` takes; for roll calls Voeten's data hold, it is his rcid): the way to reach a vote no source gives a
resolution symbol (an amendment, a motion, a draft rejected), or one of several roll calls under one symbol.
src/unga/data/official_resolutions.csv: symbol, date, title, evidence — resolutions whose adoption is officially
known (a fact and its URL), for numbers a source gives to another vote: a source row under such a symbol dated more
than 31 days from its adoption is another vote, and the symbol is not stored on it (store/checks.py). An optional
column rcid names the roll call of that adoption where a source files it under another number (Voeten's
R/11/1105 for 1012 (XI)): that roll call takes the official symbol, logged, and the UN's rows link to it.
src/unga/data/official_kinds.csv: symbol (rcid:N), date, kind, title, text, evidence — roll calls an official text
shows to be another kind of vote than a source files them as: a procedural motion a source records as a resolution
(kind motion, text: the symbol of the text the motion concerned), a rival draft rejected (kind resolution, text empty:
it keeps no resolution number), a paragraph or amendment vote filed as a resolution (text: the symbol of the
resolution it belonged to). The roll call takes the kind and the plain title, filed under the text's symbol (empty:
none), logged (store/kinds.py).
src/unga/data/official_same_votes.csv: rcid, kept, evidence — roll calls an official text shows to be one vote a
source stores twice with lists that differ: the roll call rcid is merged into kept, whose list is kept, and its
own list is set aside (store/merge.py, `declared`), logged with the evidence.
src/unga/data/emergency_sessions.csv: session, opened, evidence — the day each emergency special session opened
(a fact and its URL); a vote of the session dated before it is flagged.
"""

from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path

import pandas as pd

from unga import symbols
from unga.errors import SourceError

PATH = Path(str(files("unga") / "data" / "corrections.csv"))
COUNTS_PATH = Path(str(files("unga") / "data" / "official_counts.csv"))
DATES_PATH = Path(str(files("unga") / "data" / "official_dates.csv"))
RESOLUTIONS_PATH = Path(str(files("unga") / "data" / "official_resolutions.csv"))
EMERGENCY_PATH = Path(str(files("unga") / "data" / "emergency_sessions.csv"))
KINDS_PATH = Path(str(files("unga") / "data" / "official_kinds.csv"))
SAME_VOTES_PATH = Path(str(files("unga") / "data" / "official_same_votes.csv"))
KINDS = ("resolution", "paragraph", "amendment", "motion")


def _table(path: Path, columns: set[str]) -> pd.DataFrame:
    """One of the data files as text, refused with one line when a column it needs is missing."""
    frame = pd.read_csv(path, dtype=str)
    missing = columns - set(frame.columns)
    if missing:
        raise SourceError(path, f"missing columns {sorted(missing)}")
    return frame


def rcid_key(text: str, *, bare: bool = False) -> int | None:
    """N where a data file names one roll call as rcid:N (the record's id, the one `unga tally rcid:N` takes), or as N
    alone where bare (a column that holds only rcids); None for anything else. Every data file reads rcids here."""
    found = re.fullmatch(r"(rcid:)?(\d+)", text.strip())
    return int(found.group(2)) if found and (bare or found.group(1)) else None


def _rcids(column: pd.Series, *, bare: bool = False) -> pd.Series:
    return column.fillna("").map(lambda t: rcid_key(t, bare=bare)).astype("Int64")


def _keys(frame: pd.DataFrame) -> pd.DataFrame:
    """The symbol column read as a resolution symbol, or as rcid:N (then symbol is empty and rcid set)."""
    text = frame["symbol"].fillna("").str.strip()
    rcid = _rcids(text)
    symbol = text.where(rcid.isna()).map(lambda s: symbols.parse(s) if isinstance(s, str) else None)
    return frame.assign(symbol=symbol, rcid=rcid)


def read(path: Path = PATH) -> pd.DataFrame:
    frame = _table(path, {"symbol", "date", "iso3", "vote", "evidence"})
    frame = _keys(frame)
    frame["date"] = pd.to_datetime(frame["date"])
    bad = (frame["symbol"].isna() & frame["rcid"].isna()) | ~frame["vote"].isin(["yes", "no", "abstain", "absent"])
    if bad.any():
        raise SourceError(path, "unreadable symbol or vote", row=int(bad.idxmax()) + 2)
    return frame


def read_counts(path: Path = COUNTS_PATH) -> pd.DataFrame:
    frame = _table(path, {"symbol", "date", "yes", "no", "abstain", "evidence"})
    frame = _keys(frame)
    frame["date"] = pd.to_datetime(frame["date"])
    counts = frame[["yes", "no", "abstain"]].apply(pd.to_numeric, errors="coerce")
    bad = (frame["symbol"].isna() & frame["rcid"].isna()) | counts.isna().any(axis=1)
    if bad.any():
        raise SourceError(path, "unreadable symbol or count", row=int(bad.idxmax()) + 2)
    return frame.assign(**{c: counts[c].astype("int64") for c in counts})


def read_dates(path: Path = DATES_PATH) -> pd.DataFrame:
    frame = _table(path, {"symbol", "date", "evidence"})
    frame = _keys(frame)
    frame["date"] = pd.to_datetime(frame["date"], errors="coerce")
    bad = (frame["symbol"].isna() & frame["rcid"].isna()) | frame["date"].isna() | frame["evidence"].isna()
    if bad.any():
        raise SourceError(path, "unreadable symbol or date, or no evidence", row=int(bad.idxmax()) + 2)
    return frame


def read_resolutions(path: Path = RESOLUTIONS_PATH) -> pd.DataFrame:
    frame = _table(path, {"symbol", "date", "title", "evidence"})
    frame["symbol"] = frame["symbol"].fillna("").str.strip().map(symbols.parse)
    frame["date"] = pd.to_datetime(frame["date"], errors="coerce")
    text = frame["rcid"].fillna("").str.strip() if "rcid" in frame else pd.Series("", index=frame.index)
    frame["rcid"] = _rcids(text, bare=True)
    bad = frame["symbol"].isna() | frame["date"].isna() | frame["title"].isna() | frame["evidence"].isna() | \
        (frame["rcid"].isna() & text.ne(""))
    if bad.any():
        raise SourceError(path, "unreadable symbol, date or rcid, or no title or evidence", row=int(bad.idxmax()) + 2,
                          fix="write the symbol as A/RES/1012(XI), the date as YYYY-MM-DD, the rcid as 496 or rcid:496")
    return frame


def read_kinds(path: Path = KINDS_PATH) -> pd.DataFrame:
    """official_kinds.csv: one roll call (rcid:N) per row, with its day, kind, plain title, evidence and the symbol
    of the text it concerned (empty: none)."""
    frame = _table(path, {"symbol", "date", "kind", "title", "text", "evidence"})
    bad = ~frame["kind"].isin(KINDS)
    if bad.any():
        raise SourceError(path, f"kind {frame['kind'][bad].iloc[0]!r} is not one of {', '.join(KINDS)}",
                          row=int(bad.idxmax()) + 2, fix="write resolution (a draft voted as a whole), paragraph, "
                                                         "amendment or motion")
    frame = _keys(frame)
    frame["date"] = pd.to_datetime(frame["date"], errors="coerce")
    text = frame["text"].fillna("").str.strip()
    frame["text"] = text.map(lambda t: symbols.parse(t) if t else None)
    bad = frame["rcid"].isna() | frame["date"].isna() | frame["title"].fillna("").str.strip().eq("") | \
        frame["evidence"].isna() | (frame["text"].isna() & text.ne(""))
    if bad.any():
        raise SourceError(path, "unreadable rcid, date or text symbol, or no title or evidence", row=int(bad.idxmax()) + 2,
                          fix="name the roll call as rcid:5888, the date as YYYY-MM-DD, the text as A/RES/66/1A or nothing")
    return frame


def read_same_votes(path: Path = SAME_VOTES_PATH) -> pd.DataFrame:
    frame = _table(path, {"rcid", "kept", "evidence"})
    ids = {c: _rcids(frame[c], bare=True) for c in ("rcid", "kept")}
    frame = frame.assign(**ids)
    bad = frame["rcid"].isna() | frame["kept"].isna() | frame["rcid"].eq(frame["kept"]) | \
        frame["evidence"].fillna("").str.strip().eq("") | frame["rcid"].duplicated()
    if bad.any():
        raise SourceError(path, "unreadable or repeated rcid, kept equal to rcid, or no evidence",
                          row=int(bad.idxmax()) + 2, fix="name both roll calls as 5804 or rcid:5804, each roll call "
                                                         "set aside once, with the evidence")
    return frame.astype({"rcid": "int64", "kept": "int64"})


def read_emergency_sessions(path: Path = EMERGENCY_PATH) -> pd.DataFrame:
    frame = _table(path, {"session", "opened", "evidence"})
    frame["session"] = pd.to_numeric(frame["session"], errors="coerce").astype("Int64")
    frame["opened"] = pd.to_datetime(frame["opened"], errors="coerce")
    bad = frame["session"].isna() | frame["opened"].isna() | frame["evidence"].isna()
    if bad.any():
        raise SourceError(path, "unreadable session number or date, or no evidence", row=int(bad.idxmax()) + 2)
    return frame
