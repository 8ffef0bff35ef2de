"""The vote matrix: states × roll calls, the shape every index is computed on."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

NON_MEMBER, YES, ABSTAIN, NO, ABSENT = 0, 1, 2, 3, 4
CODES = {"yes": YES, "abstain": ABSTAIN, "no": NO, "absent": ABSENT}
NAMES = {v: k for k, v in CODES.items()} | {NON_MEMBER: "non-member"}


@dataclass(frozen=True)
class VoteMatrix:
    """codes[i, j]: state i's vote on roll call j (0 non-member, 1 yes, 2 abstain, 3 no, 4 absent).

    Columns are sorted by period, then rcid, so each period is a contiguous block.
    """

    states: tuple[str, ...]
    rcids: np.ndarray
    periods: np.ndarray
    codes: np.ndarray

    @classmethod
    def from_long(cls, iso3: np.ndarray, rcid: np.ndarray, vote: np.ndarray, period_of: dict[int, int]) -> VoteMatrix:
        """Build from one row per (state, roll call); vote holds 'yes'/'no'/'abstain'/'absent'."""
        states, rows = np.unique(np.asarray(iso3, dtype=str), return_inverse=True)
        values, inverse = np.unique(np.asarray(vote, dtype=str), return_inverse=True)
        ids, position = np.unique(np.asarray(rcid, dtype=np.int64), return_inverse=True)  # a lookup per roll call
        period = np.array([period_of[int(r)] for r in ids], dtype=np.int64)[position]
        return cls.from_codes(rows, states, rcid, inverse, values, period)

    @classmethod
    def from_codes(cls, state_code: np.ndarray, state_names: np.ndarray, rcid: np.ndarray, vote_code: np.ndarray,
                   vote_names: np.ndarray, period: np.ndarray) -> VoteMatrix:
        """from_long with states and votes already coded as indexes into sorted state_names and vote_names (as
        the store gives them): sorting a million texts again took most of a second. period: each vote's period
        (one per roll call). States without a vote in the selection get no row."""
        state_code = np.asarray(state_code, dtype=np.int64)
        present = np.flatnonzero(np.bincount(state_code, minlength=len(state_names)))
        row_of = np.full(len(state_names), -1, np.int64)
        row_of[present] = np.arange(len(present))
        rcid = np.asarray(rcid, dtype=np.int64)
        unique_ids, position = np.unique(rcid, return_inverse=True)
        periods = np.empty(len(unique_ids), np.int64)
        periods[position] = np.asarray(period, dtype=np.int64)
        order = np.lexsort((unique_ids, periods))
        column_of = np.empty_like(order)
        column_of[order] = np.arange(len(order))
        used = set(np.asarray(vote_names)[np.unique(vote_code)].tolist())
        if used - set(CODES):
            raise ValueError(f"unknown vote values {sorted(used - set(CODES))}")
        code_of = np.array([CODES.get(str(v), NON_MEMBER) for v in vote_names], np.int8)
        codes = np.zeros((len(present), len(unique_ids)), np.int8)
        codes[row_of[state_code], column_of[position]] = code_of[np.asarray(vote_code, dtype=np.int64)]
        return cls(tuple(str(state_names[i]) for i in present), unique_ids[order], periods[order], codes)

    def merge_rows(self, seats: tuple[str, ...], into: str) -> VoteMatrix:
        """The matrix with several seats as one row named into (a continuing seat, unga.seats: the USSR's votes
        and Russia's as Russia's). Each roll call takes the vote of the seat that cast one; seats of one line
        never vote on the same roll call (were they to, the later seat in the list would count)."""
        present = [s for s in seats if s in self.states]
        if present in ([], [into]):
            return self
        joined = np.zeros(self.codes.shape[1], self.codes.dtype)
        for s in present:
            code = self.codes[self.row(s)]
            joined = np.where(code != NON_MEMBER, code, joined)
        keep = [i for i, s in enumerate(self.states) if s not in present]
        states = [self.states[i] for i in keep] + [into]
        order = np.argsort(states, kind="stable")
        codes = np.vstack([self.codes[keep], joined[None, :]])[order]
        return VoteMatrix(tuple(states[i] for i in order), self.rcids, self.periods, codes)

    def row(self, iso3: str) -> int:
        return self.states.index(iso3)

    def select(self, columns: np.ndarray) -> VoteMatrix:
        return VoteMatrix(self.states, self.rcids[columns], self.periods[columns], self.codes[:, columns])

    def blocks(self) -> list[tuple[int, slice]]:
        """(period, column slice) for each period, in order."""
        if not len(self.periods):
            return []
        starts = np.flatnonzero(np.r_[True, self.periods[1:] != self.periods[:-1]])
        ends = np.r_[starts[1:], len(self.periods)]
        return [(int(self.periods[s]), slice(int(s), int(e))) for s, e in zip(starts, ends)]

    def one_hot(self, rows: np.ndarray | slice = slice(None), columns: slice = slice(None)) -> dict[str, np.ndarray]:
        """float32 indicator matrices: Y, A, N (yes/abstain/no), V (voted), B (absent), for the chosen block."""
        c = self.codes[rows][:, columns]
        out = {k: (c == code).astype(np.float32) for k, code in (("Y", YES), ("A", ABSTAIN), ("N", NO), ("B", ABSENT))}
        out["V"] = out["Y"] + out["A"] + out["N"]
        return out

