"""Turning the state names or codes a source writes into ISO3 codes, with a build error for any we cannot map."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pandas as pd

from unga import countries
from unga.errors import SourceError

Resolver = Callable[[object, date], "str | None"]


def _lookup(name: object, day: date) -> str | None:
    return countries.lookup(str(name), on=day)


def resolve_names(names: pd.Series, days: pd.Series, path: Path, rows: pd.Series | None = None,
                  resolver: Resolver = _lookup, what: str = "state name") -> pd.Series:
    """ISO3 for each (name, day). A name that means one state over its whole date range is resolved once;
    only names whose meaning changes (Yugoslavia, Russia, Taiwan…) are resolved per day. Unmapped names raise."""
    frame = pd.DataFrame({"name": names.to_numpy(), "day": pd.to_datetime(days).to_numpy()})
    out = pd.Series(index=range(len(frame)), dtype=object)
    for name, group in frame.groupby("name", sort=False):
        first, last = group["day"].min().date(), group["day"].max().date()
        a, b = resolver(name, first), resolver(name, last)
        if a is not None and a == b:
            out[group.index] = a
            continue
        per_day = {d: resolver(name, pd.Timestamp(d).date()) for d in group["day"].unique()}
        mapped = group["day"].map(per_day)
        if mapped.isna().any():
            i = int(mapped.index[mapped.isna()][0])
            row = int(rows.iloc[i]) if rows is not None else i + 1
            raise SourceError(path, f"unmapped {what} {name!r} on {frame['day'][i]:%Y-%m-%d}", row=row,
                              fix="add it to src/unga/data/aliases.csv (or memberships.csv if the date is the problem)")
        out[group.index] = mapped
    out.index = names.index
    return out
