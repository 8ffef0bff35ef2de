"""Votes coded for the dynamic ordinal fit: validation, the near-unanimity filter, bridging groups as items,
and the sorting of votes into the three segments of `_kernels.ordinal_terms` (see dynamic_ordinal.py)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from unga.errors import BadInput

REQUIRED = ("iso3", "rcid", "period", "vote")
VOTE_CODES = {"no": 0, "abstain": 1, "yes": 2}
IGNORED_VOTES = {"absent"}



@dataclass
class _Data:
    """Votes coded for the fit, sorted into the three segments of `_kernels.ordinal_terms`."""

    states: np.ndarray  # iso3 per state index
    periods: np.ndarray  # period value per column (min..max, gaps included)
    span: np.ndarray  # (S, T) bool: periods a state is estimated for
    n_votes: np.ndarray  # (S, T) votes used per state-period
    item_of_rc: pd.DataFrame  # kept roll calls: rcid, item, group, n_votes
    present: np.ndarray  # (n_items, 3) bool: which of no/abstain/yes occur on the item
    seg: tuple[int, int]
    item: np.ndarray  # per vote
    state: np.ndarray
    slot: np.ndarray  # state * T + period column
    rank: np.ndarray  # category rank among the item's categories
    dropped: np.ndarray  # rcids dropped as near-unanimous

    @property
    def n_items(self) -> int:
        return self.present.shape[0]


def check_positive(**values: float) -> None:
    for name, value in values.items():
        if not value > 0:
            raise BadInput(f"{name} must be positive, got {value!r}")


def check_whole(least: int, **values: int) -> None:
    """Counts of iterations, sweeps or draws: whole numbers of at least `least`."""
    for name, value in values.items():
        if not (isinstance(value, (int, np.integer)) and value >= least):
            kind = "a positive" if least == 1 else "a non-negative" if least == 0 else f"a whole number >= {least}, not a"
            raise BadInput(f"{name} must be {kind} integer, got {value!r}")


def check_selection(unanimity: float, min_votes: int) -> None:
    """The settings both estimators share: which roll calls are near-unanimous, which state-periods have too few votes."""
    if not 0 <= unanimity < 0.5:
        raise BadInput(f"unanimity must be in [0, 0.5), got {unanimity!r}")
    if min_votes < 0:
        raise BadInput(f"min_votes must be >= 0, got {min_votes!r}")


def _validate(votes: pd.DataFrame) -> pd.DataFrame:
    if not isinstance(votes, pd.DataFrame):
        raise BadInput(f"votes must be a pandas DataFrame, got {type(votes).__name__}")
    missing = [c for c in REQUIRED if c not in votes.columns]
    if missing:
        raise BadInput(f"votes is missing column(s) {', '.join(missing)}; need {', '.join(REQUIRED)}")
    frame = votes.loc[:, list(REQUIRED)]
    for col in REQUIRED:
        if frame[col].isna().any():
            raise BadInput(f"column {col!r} has {int(frame[col].isna().sum())} missing value(s)")
    vote = frame["vote"].astype(str).str.lower()
    unknown = sorted(set(vote.unique()) - set(VOTE_CODES) - IGNORED_VOTES)
    if unknown:
        raise BadInput(f"column 'vote' has unknown value(s) {', '.join(map(repr, unknown[:5]))}; "
                       f"expected one of yes, abstain, no, absent")
    period = pd.to_numeric(frame["period"], errors="coerce")
    if period.isna().any() or (period != np.round(period)).any():
        bad = frame["period"][period.isna() | (period != np.round(period))].iloc[0]
        raise BadInput(f"column 'period' must hold integers (a session or a year), got {bad!r}")
    frame = frame.assign(vote=vote, period=period.astype(np.int64), iso3=frame["iso3"].astype(str))
    frame = frame[frame["vote"].isin(list(VOTE_CODES))]
    if frame.duplicated(["iso3", "rcid"]).any():
        row = frame[frame.duplicated(["iso3", "rcid"])].iloc[0]
        raise BadInput(f"state {row['iso3']!r} has several votes on roll call {row['rcid']!r} (columns iso3, rcid)")
    if (frame.groupby("rcid")["period"].nunique() > 1).any():
        raise BadInput("column 'period': some roll call (rcid) is given in more than one period")
    return frame


def _roll_call_table(frame: pd.DataFrame, item_groups: object, unanimity: float) -> tuple[pd.DataFrame, np.ndarray]:
    """Counts per roll call, the near-unanimity filter and the item (bridging group) of each kept one."""
    counts = pd.crosstab(frame["rcid"], frame["code"]).reindex(columns=[0, 1, 2], fill_value=0)
    total = counts.sum(axis=1)
    minority = 1.0 - counts.max(axis=1) / total
    keep = (minority >= unanimity) & (minority > 0)
    table = pd.DataFrame({"rcid": counts.index, "n_votes": total.to_numpy()})
    for code in range(3):
        table[f"n{code}"] = counts[code].to_numpy()
    table = table[keep.to_numpy()].reset_index(drop=True)
    table["group"] = table["rcid"].map(_group_map(item_groups))
    own = pd.Series([("rcid", r) for r in table["rcid"]], index=table.index, dtype=object)
    table["item"] = pd.factorize(table["group"].where(table["group"].notna(), own), sort=False)[0]
    return table, counts.index[~keep.to_numpy()].to_numpy()


def _group_map(item_groups: object) -> pd.Series:
    if item_groups is None:
        return pd.Series(dtype=object)
    if isinstance(item_groups, Mapping):
        item_groups = pd.Series(item_groups)
    if not isinstance(item_groups, pd.Series):
        raise BadInput("item_groups must be a pandas Series (or mapping) from rcid to a group id")
    if not item_groups.index.is_unique:
        raise BadInput("item_groups: each rcid may belong to one group only (duplicate rcid in its index)")
    return item_groups.dropna().astype(object)


def _prepare(votes: pd.DataFrame, item_groups: object, unanimity: float) -> _Data:
    frame = _validate(votes)
    answers, names = pd.factorize(frame["vote"])  # a few distinct strings: map those, not a million rows
    frame = frame.assign(code=np.array([VOTE_CODES[n] for n in names], np.int64)[answers])
    table, dropped = _roll_call_table(frame, item_groups, unanimity)
    if table.empty:
        raise BadInput("no roll call is left to estimate from: every one is absent or near-unanimous "
                       f"(minority share below unanimity={unanimity})")
    frame = frame.merge(table[["rcid", "item"]], on="rcid", how="inner")
    by_item = table.groupby("item")[["n0", "n1", "n2"]].sum().to_numpy()
    present = by_item > 0
    below = np.cumsum(present, axis=1) - present  # categories present below each code
    code, item = frame["code"].to_numpy(), frame["item"].to_numpy()
    rank = below[item, code]
    n_cat = present.sum(axis=1)
    segment = np.where(rank == 0, 0, np.where(rank == n_cat[item] - 1, 2, 1))
    state, states = pd.factorize(frame["iso3"], sort=True)  # hashing, not np.unique's sort of strings
    states = np.asarray(states, dtype=object)
    # within a segment by roll call and state, whatever the input's row order (the store returns its rows in no
    # fixed order, and sums in another order change a random_state's draws)
    order = np.lexsort((state, pd.factorize(frame["rcid"], sort=True)[0], segment))
    pmin, pmax = int(frame["period"].min()), int(frame["period"].max())
    col = frame["period"].to_numpy() - pmin
    n_t = pmax - pmin + 1
    slot = state * n_t + col
    n_votes = np.bincount(slot, minlength=len(states) * n_t).reshape(len(states), n_t)
    tt = np.arange(n_t)
    first = np.where(n_votes > 0, tt, n_t).min(axis=1)
    last = np.where(n_votes > 0, tt, -1).max(axis=1)
    span = (tt >= first[:, None]) & (tt <= last[:, None])
    seg = (int((segment == 0).sum()), int((segment <= 1).sum()))
    return _Data(states, np.arange(pmin, pmax + 1), span, n_votes, table, present, seg,
                 item[order], state[order], slot[order], rank[order], dropped)
