"""Reader for Voeten's Matches.csv: pairs of roll calls that are the same resolution voted again in a later session.

The Bailey–Strezhnev–Voeten ideal points use these pairs to bridge sessions (columns v1, rcid1, rcid2; 955
pairs up to 2019, from GitHub evoeten/United-Nations-General-Assembly-Votes-and-Ideal-Points, MIT licence).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from unga.errors import SourceError
from unga.sources.base import require_columns, require_file
from unga.sources.discover import check_file

LOCATION = Path("voeten_github") / "Matches.csv"


def find(folder: Path) -> Path | None:
    path = Path(folder) / LOCATION
    return path if path.exists() else None


def parse(path: Path) -> pd.DataFrame:
    """(rcid_a, rcid_b) pairs as integers. A row cut short is an error: its last number would be another rcid."""
    require_file(path, "Voeten's Matches.csv")
    check_file(path)
    try:
        frame = pd.read_csv(path)
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as exc:
        raise SourceError(path, f"cannot read ({exc})", fix="the file is truncated or corrupt; copy it again") from exc
    require_columns(frame, ["rcid1", "rcid2"], path)
    pairs = frame[["rcid1", "rcid2"]].apply(pd.to_numeric, errors="coerce")
    if pairs.isna().any().any():
        row = int(pairs.isna().any(axis=1).idxmax()) + 2
        raise SourceError(path, "a roll-call id is not a number", row=row)
    return pairs.astype("int64").set_axis(["rcid_a", "rcid_b"], axis=1)
