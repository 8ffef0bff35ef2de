"""Positions the votes do not bound (docs/methods-ideal-points.md, "Unanimous blocs once the chain has mixed").

A state that votes with a small bloc against nearly everyone, on nearly every roll call, is separated from the
rest: given the items, the log-likelihood of its votes keeps rising as it moves further out, so only the prior
(the walk to its own earlier and later positions) and the clamp to +-5 before each standardisation hold it. Such
a position's distance from the rest is not measured by the votes: a chain that mixes takes it to the clamp, a
slow one leaves it near its start. These checks say, for a fit, where that happens."""

from __future__ import annotations

import numpy as np

from unga.estimators import _kernels as K
from unga.estimators._prepare import _Data

OUT = 2.0  # only positions at least this far out (sd of the standardised scale) are checked
STEP = 1.0  # ... for whether their votes are as likely this much further out


def clamped(d: _Data, x: np.ndarray, clamp: float) -> int:
    """How many positions with votes the clamp cuts in this draw (before clipping)."""
    return int((np.abs(x[d.n_votes > 0]) >= clamp).sum())


def held_by_prior(d: _Data, idx, theta: np.ndarray, x: np.ndarray, out: float = OUT, step: float = STEP) -> np.ndarray:
    """(S, T) bool: positions at least `out` from 0 whose votes, at the given items (theta rows: cut_a, cut_b,
    beta), are at least as likely `step` further out (the likelihood's maximum lies beyond, by concavity at
    least step / 2): what holds them in is the prior, not the votes. theta and x on the same scale."""
    further = x + step * np.sign(x)
    gain = _log_lik(d, idx, theta, further) - _log_lik(d, idx, theta, x)
    return (d.n_votes > 0) & (np.abs(x) >= out) & (gain >= 0)


def _log_lik(d: _Data, idx, theta: np.ndarray, x: np.ndarray) -> np.ndarray:
    """The log-likelihood of each state-period's votes at positions x, (S, T)."""
    flat, beta = theta.ravel(), theta[d.item, 2]
    terms = K.ordinal_terms(beta * x.ravel()[d.slot], flat[idx.lo], flat[idx.hi], d.seg)
    return np.bincount(d.slot, terms.logp, minlength=x.size).reshape(x.shape)


def summary(d: _Data, idx, theta: np.ndarray, x: np.ndarray, clamped_per_sweep: list[int]) -> dict:
    """held_by_prior: how many positions beyond OUT sd the votes would push further out, and the states most
    often so (iso3: periods); clamped_per_sweep: mean positions at the clamp per kept sweep."""
    held = held_by_prior(d, idx, theta, x)
    per_state = held.sum(axis=1)
    order = np.argsort(-per_state, kind="stable")
    states = {str(d.states[s]): int(per_state[s]) for s in order[:12] if per_state[s] > 0}
    return {"held_by_prior": int(held.sum()), "beyond_2sd": int(((d.n_votes > 0) & (np.abs(x) >= OUT)).sum()),
            "held_by_prior_states": states,
            "clamped_per_sweep": float(np.mean(clamped_per_sweep)) if clamped_per_sweep else 0.0}
