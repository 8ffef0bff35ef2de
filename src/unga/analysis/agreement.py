"""Agreement indices between states, from one-hot vote matrices (docs/methods.md gives each formula).

For a pair of states (i, j) over the roll calls both voted on (yes/abstain/no; absences excluded):
  same     both cast the same vote                    oppose   one yes, the other no
  partial  one abstained, the other voted yes or no   n        same + oppose + partial
  absent   j was absent on a roll call i voted on (the State Department's ABSENT, with i the United States)
Every count is a matrix product of indicator matrices, so one call computes a state against all others.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from unga.analysis.votematrix import VoteMatrix

if TYPE_CHECKING:
    import pandas as pd

METHODS = {
    "agree": "Voeten's agreement: same = 1, yes/no against abstain = 1/2, opposite = 0; absences excluded",
    "simple": "share of roll calls with the same vote (yes, abstain or no); absences excluded",
    "statedept": "State Department coincidence (reports 2017-2020): (same + partial/2) / (same + oppose + partial), "
                 "absences excluded",
    "statedept2022": "State Department coincidence as the 2022 and 2023 reports compute it: an absence of the "
                     "other state counts as half, like an abstention: (same + (partial + absent)/2) / "
                     "(same + oppose + partial + absent); asymmetric",
    "s": "Signorino–Ritter S with votes yes=1, abstain=2, no=3: 1 − (partial + 2·oppose) / n",
    "kappa": "Cohen's kappa on the three vote categories (Häge 2011)",
    "pi": "Scott's pi on the three vote categories (Häge 2011)",
    "weighted_kappa": "Cohen's kappa with linear disagreement weights (yes–abstain 1/2, yes–no 1) (Häge 2011)",
}


@dataclass(frozen=True)
class PairCounts:
    """Counts for the chosen rows (states) against every state, each an array rows × states."""

    same: np.ndarray
    oppose: np.ndarray
    partial: np.ndarray
    absent: np.ndarray
    n: np.ndarray
    marginals: dict[str, tuple[np.ndarray, np.ndarray]]  # category → (row state's, other state's) counts on joint votes


def unanimous(m: VoteMatrix, columns: slice = slice(None)) -> np.ndarray:
    """Roll calls on which every state that voted cast the same vote."""
    c = m.codes[:, columns]
    cast = (c >= 1) & (c <= 3)
    kinds = sum(((c == code) & cast).any(axis=0).astype(int) for code in (1, 2, 3))
    return kinds <= 1


def pair_counts(m: VoteMatrix, rows: np.ndarray, columns: slice | np.ndarray = slice(None)) -> PairCounts:
    mine = m.one_hot(rows, columns)
    every = m.one_hot(slice(None), columns)
    prod = lambda a, b: mine[a] @ every[b].T  # noqa: E731
    same = prod("Y", "Y") + prod("A", "A") + prod("N", "N")
    oppose = prod("Y", "N") + prod("N", "Y")
    partial = prod("A", "Y") + prod("A", "N") + prod("Y", "A") + prod("N", "A")
    marginals = {c: (prod(c, "V"), prod("V", c)) for c in ("Y", "A", "N")}
    return PairCounts(same, oppose, partial, prod("V", "B"), same + oppose + partial, marginals)


def index(counts: PairCounts, method: str) -> np.ndarray:
    """The chosen index for every pair; NaN where the pair shares no vote (or the index is undefined)."""
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}")
    with np.errstate(divide="ignore", invalid="ignore"):
        n = np.where(counts.n > 0, counts.n, np.nan).astype(np.float64)  # float32 counts lose the 0 of a null kappa
        if method in ("agree", "statedept"):
            return (counts.same + 0.5 * counts.partial) / n
        if method == "statedept2022":  # the 2022-23 reports count an absence as half (docs/methods.md)
            return (counts.same + 0.5 * (counts.partial + counts.absent)) / (counts.n + counts.absent)
        if method == "simple":
            return counts.same / n
        if method == "s":
            return 1 - (counts.partial + 2 * counts.oppose) / n
        p = {c: (mine / n, theirs / n) for c, (mine, theirs) in counts.marginals.items()}
        observed = counts.same / n
        if method == "kappa":
            expected = sum(a * b for a, b in p.values())
            return (observed - expected) / (1 - expected)
        if method == "pi":
            expected = sum(((a + b) / 2) ** 2 for a, b in p.values())
            return (observed - expected) / (1 - expected)
        weight = {("Y", "A"): 0.5, ("A", "Y"): 0.5, ("N", "A"): 0.5, ("A", "N"): 0.5, ("Y", "N"): 1.0, ("N", "Y"): 1.0}
        disagreement = (0.5 * counts.partial + counts.oppose) / n
        expected = sum(w * p[a][0] * p[b][1] for (a, b), w in weight.items())
        return 1 - disagreement / expected


def table(m: VoteMatrix, focal: list[str], others: list[str] | None, method: str,
          drop_unanimous: bool = False) -> pd.DataFrame:
    """One row per (focal state, other state, period): the index and the counts behind it."""
    import pandas as pd

    rows = np.array([m.row(s) for s in focal])
    wanted = np.arange(len(m.states)) if others is None else np.array([m.row(s) for s in others])
    parts = []
    for period, block in m.blocks():
        columns = np.arange(block.start, block.stop)
        if drop_unanimous:
            columns = columns[~unanimous(m, block)]
        counts = pair_counts(m, rows, columns)
        value = index(counts, method)
        for k, state in enumerate(focal):
            keep = wanted[(wanted != rows[k]) & (counts.n[k, wanted] + counts.absent[k, wanted] > 0)]
            parts.append(pd.DataFrame({
                "state": state, "other": np.array(m.states)[keep], "period": period, "value": value[k, keep].astype(float),
                "n": counts.n[k, keep].astype(int), "same": counts.same[k, keep].astype(int),
                "oppose": counts.oppose[k, keep].astype(int), "partial": counts.partial[k, keep].astype(int),
                "absent": counts.absent[k, keep].astype(int), "roll_calls": len(columns)}))
    columns = ["state", "other", "period", "value", "n", "same", "oppose", "partial", "absent", "roll_calls"]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)


def full_matrix(m: VoteMatrix, method: str, columns: slice | np.ndarray = slice(None)) -> tuple[np.ndarray, np.ndarray]:
    """The state × state index matrix and the number of shared votes, over the chosen roll calls."""
    counts = pair_counts(m, np.arange(len(m.states)), columns)
    return index(counts, method), counts.n
