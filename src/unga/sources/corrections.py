"""unga's own corrections: votes that no source lists correctly, each with the published evidence for it.

src/unga/data/corrections.csv: symbol, date, iso3, vote, evidence. A correction is applied after the sources
are merged and is logged in the integrity table with its evidence; it never overrides a vote silently.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pandas as pd

from unga import symbols
from unga.errors import SourceError

PATH = Path(str(files("unga") / "data" / "corrections.csv"))


def read(path: Path = PATH) -> pd.DataFrame:
    frame = pd.read_csv(path, dtype=str)
    missing = {"symbol", "date", "iso3", "vote", "evidence"} - set(frame.columns)
    if missing:
        raise SourceError(path, f"missing columns {sorted(missing)}")
    frame["symbol"] = frame["symbol"].map(symbols.parse)
    frame["date"] = pd.to_datetime(frame["date"])
    bad = frame["symbol"].isna() | ~frame["vote"].isin(["yes", "no", "abstain", "absent"])
    if bad.any():
        raise SourceError(path, "unreadable symbol or vote", row=int(bad.idxmax()) + 2)
    return frame
