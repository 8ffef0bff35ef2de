"""Where a state stands between two poles, per period, on a scale from −1 (the negative pole) to +1 (the positive).

Votes are ordered yes = +1, abstain = 0, no = −1. On each roll call where the poles split (the positive
pole's states cast one common vote p, the negative pole's a different common vote q), a state casting v is
placed at clip((2v − p − q) / (p − q), −1, 1): +1 with the positive pole, −1 with the negative, 0 for an
abstention between a yes and a no. The period's position is the mean over the split roll calls the state
voted on; its interval is the 2.5–97.5 percentile range over bootstrap resamples of those roll calls.
Absences are left out of the mean and reported as a share, with abstentions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from unga.analysis.votematrix import ABSTAIN, NO, YES, VoteMatrix

if TYPE_CHECKING:
    import pandas as pd

ORDINAL = np.full(5, np.nan)
ORDINAL[[YES, ABSTAIN, NO]] = [1.0, 0.0, -1.0]


def pole_votes(m: VoteMatrix, pole: list[str]) -> np.ndarray:
    """Each roll call's common vote of the pole's states (NaN if none voted or they split)."""
    values = ORDINAL[m.codes[[m.row(s) for s in pole if s in m.states]]]
    if not len(values):
        return np.full(len(m.rcids), np.nan)
    low, high = np.nanmin(values, axis=0, initial=np.inf), np.nanmax(values, axis=0, initial=-np.inf)
    return np.where(np.isfinite(low) & (low == high), low, np.nan)


def positions(m: VoteMatrix, state: str, positive: list[str], negative: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Per roll call: the state's position between the poles (NaN where it did not vote), and where poles split."""
    p, q = pole_votes(m, positive), pole_votes(m, negative)
    split = ~np.isnan(p) & ~np.isnan(q) & (p != q)
    v = ORDINAL[m.codes[m.row(state)]]
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.clip((2 * v - p - q) / (p - q), -1, 1)
    return np.where(split, t, np.nan), split


def stance_table(m: VoteMatrix, state: str, positive: list[str], negative: list[str], n_boot: int = 1000,
                 random_state: int = 0) -> pd.DataFrame:
    import pandas as pd

    rng = np.random.default_rng(random_state)
    t, split = positions(m, state, positive, negative)
    codes = m.codes[m.row(state)]
    rows = []
    for period, block in m.blocks():
        on = np.flatnonzero(split[block.start:block.stop]) + block.start
        voted = on[~np.isnan(t[on])]
        member = on[codes[on] != 0]
        row = {"period": period, "roll_calls": block.stop - block.start, "split": len(on), "voted": len(voted),
               "abstained_or_absent": float(np.isin(codes[member], [ABSTAIN, 4]).mean()) if len(member) else np.nan,
               "position": np.nan, "lower": np.nan, "upper": np.nan}
        if len(voted):
            values = t[voted]
            draws = _bootstrap_means(values, n_boot, rng)
            row.update(position=float(values.mean()), lower=float(np.percentile(draws, 2.5)),
                       upper=float(np.percentile(draws, 97.5)))
        rows.append(row)
    return pd.DataFrame(rows)


def _bootstrap_means(values: np.ndarray, n_boot: int, rng: np.random.Generator) -> np.ndarray:
    """Means of n_boot resamples of values, drawn in chunks of about a million indices so that memory stays small
    (consecutive draws from one generator equal one large draw: the same numbers as unchunked)."""
    rows = max(1, 2**20 // len(values))
    return np.concatenate([values[rng.integers(0, len(values), size=(min(rows, n_boot - done), len(values)))].mean(axis=1)
                           for done in range(0, n_boot, rows)])


def identical_voters(m: VoteMatrix, state: str) -> list[str]:
    """States whose vote (yes/abstain/no/absent) equals this state's on every selected roll call."""
    mine = m.codes[m.row(state)]
    same = (m.codes == mine).all(axis=1)
    return [s for s, alike in zip(m.states, same) if alike and s != state]
