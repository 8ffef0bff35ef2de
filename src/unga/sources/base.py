"""The shape every reader returns, and small helpers the readers share."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from unga import symbols
from unga.errors import SourceError

# Roll-call columns every reader fills (NA where the source does not say):
#   key          the roll call's id within this source (text, unique per source)
#   rcid         Voeten's roll-call id where the source has one
#   session      regular session number (emergency/special votes: the concurrent regular session)
#   date         date of the vote (datetime64)
#   symbol       canonical resolution symbol (unga.symbols.parse), or NA for motions and unparseable ids
#   source_symbol  the id exactly as the source wrote it
#   draft        the draft resolution voted on (A/76/L.14, A/ES-11/L.1) where the source names it
#   title, agenda_item, subjects ('; '-joined), meeting
#   kind         resolution | amendment | paragraph | separate | motion
#   yes, no, abstain, non_voting   counts the source publishes (not counted from its lists)
#   important    State Department "important vote" flag where given
ROLL_CALL_COLUMNS = (
    "key", "rcid", "session", "date", "symbol", "source_symbol", "draft", "title", "agenda_item", "subjects",
    "meeting", "kind", "yes", "no", "abstain", "non_voting", "important",
)
# Vote columns: key, iso3, vote in {yes, no, abstain, absent, non_member}.
# 'non_member' is emitted only where the source says so explicitly (Voeten's code 9).
VOTE_COLUMNS = ("key", "iso3", "vote")
COUNT_COLUMNS = ("yes", "no", "abstain", "non_voting")


@dataclass
class SourceTable:
    """What one source file contributes, with the accounting the provenance table needs."""

    source: str
    path: Path
    roll_calls: pd.DataFrame
    votes: pd.DataFrame
    rows_read: int
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (row reference, reason)
    # Defects the reader found and repaired in a roll call, for the integrity table:
    # (key, check, value, other_value, rule)
    notes: list[tuple[str, str, str, str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        for column in ROLL_CALL_COLUMNS:
            if column not in self.roll_calls:
                self.roll_calls[column] = pd.NA
        self.roll_calls = self.roll_calls.loc[:, list(ROLL_CALL_COLUMNS)]
        self.votes = self.votes.loc[:, list(VOTE_COLUMNS)]
        for column in ("rcid", "session", *COUNT_COLUMNS):
            self.roll_calls[column] = pd.to_numeric(self.roll_calls[column], errors="coerce").astype("Int64")
        self.roll_calls["date"] = pd.to_datetime(self.roll_calls["date"])
        self.roll_calls["key"] = self.roll_calls["key"].astype(str)
        self.votes["key"] = self.votes["key"].astype(str)


def require_file(path: Path, what: str) -> Path:
    path = Path(path)
    if not path.is_file():
        raise SourceError(path, f"{what} not found", fix="check --sources; see docs/data.md for the expected layout")
    return path


def require_columns(frame: pd.DataFrame, columns: list[str] | tuple[str, ...], path: Path,
                    fix: str = "is this the right file, or a new layout of it?") -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise SourceError(path, f"missing columns {missing}; found {list(frame.columns)[:12]}", fix=fix)


def count(value: object) -> int | None:
    """A published count: integers, '141', '120.0'; 'N.A.', 'None', '' and missing are None."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    text = str(value).strip()
    if text in {"", "N.A.", "NA", "None", "nan", "-"}:
        return None
    try:
        return int(float(text))
    except ValueError:
        return None


def sessions(symbols_: pd.Series, dates: pd.Series) -> pd.Series:
    """The regular session of each roll call: from its symbol, else (special and emergency sessions) its date."""
    by_symbol = symbols_.map(symbols.session_of)
    by_date = dates.map(lambda d: symbols.regular_session(d.date()))
    return by_symbol.fillna(by_date).astype("Int64")
