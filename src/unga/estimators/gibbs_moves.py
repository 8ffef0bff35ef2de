"""Interweaving moves of the Gibbs sampler (gibbs_ordinal.py): a scale and a shift of whole blocks of periods.

Under data augmentation the spread and the level of a period's positions move slowly: the items are drawn given
the positions and the positions given the items, and the likelihood cannot tell (x, beta, c) from
(s x + m, beta / s, c + beta m / s). These moves go along that direction (Liu & Wu 1999, parameter expansion;
Yu & Meng 2010): for a block B of consecutive periods, every position in B is scaled by s (log s ~ N(0, tau^2))
or shifted by m (m ~ N(0, tau^2)), and every item whose votes all lie in B is transformed with it so that its
votes' probabilities stay exactly the same. Items bridged across the block's edge are left as they are; their
votes in B change probability and enter the Metropolis-Hastings ratio, with the walk prior (which links B to its
neighbours), the beta prior, the cutpoints' bounds and the Jacobian s^(positions - items) of the scale move.
The latent utilities are not part of the state here (the move comes between the position draw and the next
latent draw), so the target is the posterior of (x, beta, c) itself, unchanged.

Blocks of length L tile the periods from a random offset; the blocks of one parity move at once (their
walk-prior terms and their votes are disjoint, so the decisions are independent), then the other parity.
Lengths 1, 2, 4, ... let the slow, long-range changes of the scale move in one step."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.special import log_ndtr

from unga.estimators._prepare import _Data

TARGET = 0.4
CUT_BOUND = 7.0  # as gibbs_ordinal: cutpoints uniform on [-7, 7]
LENGTHS = (1, 2, 4, 8, 16)


@dataclass
class Blocks:
    """What the moves need of the votes, computed once per fit."""

    first: np.ndarray  # per item: the first and last period (column) of its votes
    last: np.ndarray
    used: np.ndarray  # (n_items, 2) bool: which cutpoint columns the item uses
    bridged: np.ndarray  # per vote of an item spanning more than one period: item, slot, period, rank
    lowest: np.ndarray  # per such vote: the item's lowest / highest category (one-sided interval)
    highest: np.ndarray
    tau: dict = field(default_factory=dict)  # proposal sd per (kind, length), adapted during burn-in
    logp: np.ndarray | None = None  # log P(vote) of those votes at the current state, during one pass


def blocks(d: _Data) -> Blocks:
    n_t = d.span.shape[1]
    period = d.slot % n_t
    first = np.full(d.n_items, n_t)
    last = np.full(d.n_items, -1)
    np.minimum.at(first, d.item, period)
    np.maximum.at(last, d.item, period)
    n_cat = d.present.sum(axis=1)
    used = np.column_stack([n_cat >= 2, n_cat == 3])
    v = np.flatnonzero(first[d.item] != last[d.item])
    bridged = np.stack([d.item[v], d.slot[v], period[v], d.rank[v]])
    a, b = d.seg
    tau = {(kind, n): 0.05 for kind in ("scale", "shift") for n in LENGTHS}
    return Blocks(first, last, used, bridged, v < a, v >= b, tau)


def interweave(d: _Data, bl: Blocks, x: np.ndarray, theta: np.ndarray, prior: tuple, beta_sd: float,
               rng: np.random.Generator, adapt: bool) -> tuple[np.ndarray, dict]:
    """One pass of scale and shift moves over every block length; returns the new positions (theta is updated
    in place) and the acceptance rate per (kind, length)."""
    rates = {}
    refresh(bl, x, theta)
    for n in LENGTHS:
        if n > d.span.shape[1]:
            continue
        offset = int(rng.integers(n))
        for kind in ("scale", "shift"):
            acc = []
            for parity in (0, 1):
                x, accepted = _move(d, bl, x, theta, (prior, beta_sd), (kind, n, offset, parity), rng)
                acc.append(accepted)
            rate = float(np.concatenate(acc).mean()) if sum(a.size for a in acc) else float("nan")
            rates[(kind, n)] = rate
            if adapt and np.isfinite(rate):
                bl.tau[(kind, n)] *= np.exp(0.5 * (rate - TARGET))
    return x, rates


@dataclass
class Proposal:
    x: np.ndarray
    theta: np.ndarray
    log_ratio: np.ndarray  # per block: log of the Metropolis-Hastings ratio (-inf outside the cutpoints' bounds)
    block: np.ndarray  # per period: its block
    inside: np.ndarray  # per item: moved with its block
    changed: np.ndarray  # bridged votes whose probability changes, and their new log P(vote)
    logp: np.ndarray


def layout(n_t: int, n: int, offset: int, parity: int) -> tuple[np.ndarray, np.ndarray]:
    """Blocks of n periods from the offset: the block of each period, and which blocks move (one parity)."""
    block = (np.arange(n_t) + offset) // n
    return block, (np.arange(int(block[-1]) + 1) % 2) == parity


def propose(d: _Data, bl: Blocks, x: np.ndarray, theta: np.ndarray, priors: tuple, kind: str,
            block: np.ndarray, step: np.ndarray) -> Proposal:
    """Every block with a nonzero step scaled by exp(step) or shifted by step, with its items."""
    (diag, off), beta_sd = priors
    n_blocks, active = step.size, step != 0
    moving = active[block]
    inside = (block[bl.first] == block[bl.last]) & active[block[bl.first]]  # items transformed with the block
    item_step = np.where(inside, step[block[bl.first]], 0.0)
    new_theta, per_period, owner = theta.copy(), step[block], block[bl.first[inside]]
    if kind == "scale":
        new_x = np.where(d.span & moving, x * np.exp(per_period), x)
        new_theta[:, 2] = theta[:, 2] / np.exp(item_step)
        log_ratio = np.bincount(block, (d.span * moving).sum(axis=0) * per_period, minlength=n_blocks)
        log_ratio -= np.bincount(owner, item_step[inside], minlength=n_blocks)  # Jacobian s^(positions - items)
        change = (new_theta[:, 2] ** 2 - theta[:, 2] ** 2) / (2 * beta_sd**2)
        log_ratio -= np.bincount(owner, change[inside], minlength=n_blocks)
    else:
        new_x = np.where(d.span & moving, x + per_period, x)
        new_theta[:, :2] += bl.used * (theta[:, 2] * item_step)[:, None]
        log_ratio = np.zeros(n_blocks)
        out = (np.abs(new_theta[:, :2]) > CUT_BOUND) & bl.used
        log_ratio[np.bincount(owner, out[inside].any(axis=1), minlength=n_blocks) > 0] = -np.inf
    log_ratio -= _walk_change(x, new_x, diag, off, block, active, n_blocks)
    gain, changed, logp = _edge_likelihood(bl, new_x, new_theta, block, active)
    log_ratio += np.bincount(block[bl.bridged[2, changed]], gain, minlength=n_blocks)
    return Proposal(new_x, new_theta, log_ratio, block, inside, changed, logp)


def refresh(bl: Blocks, x: np.ndarray, theta: np.ndarray) -> None:
    """log P(vote) of the bridged items' votes at the current state."""
    item, slot, _, rank = bl.bridged
    bl.logp = _vote_loglik(theta, x.ravel()[slot], item, rank, bl.lowest, bl.highest)


def _move(d: _Data, bl: Blocks, x: np.ndarray, theta: np.ndarray, priors: tuple, plan: tuple,
          rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    kind, n, offset, parity = plan
    block, active = layout(x.shape[1], n, offset, parity)
    if not active.any():
        return x, np.zeros(0, bool)
    step = np.where(active, rng.standard_normal(active.size) * bl.tau[(kind, n)], 0.0)
    p = propose(d, bl, x, theta, priors, kind, block, step)
    accept = active & (np.log(rng.random(active.size)) < p.log_ratio)
    kept = accept[block[bl.bridged[2, p.changed]]]
    bl.logp[p.changed[kept]] = p.logp[kept]
    x = np.where(accept[block][None, :], p.x, x)
    items = accept[block[bl.first]] & p.inside
    theta[items] = p.theta[items]
    return x, accept[active]


def _walk_change(x, new_x, diag, off, block, active, n_blocks) -> np.ndarray:
    """Half the change of x' Q x per active block: its own terms and those linking it to its neighbours."""
    own = 0.5 * (diag * (new_x**2 - x**2)).sum(axis=0)
    link = (off * (new_x[:, 1:] * new_x[:, :-1] - x[:, 1:] * x[:, :-1])).sum(axis=0)
    owner = np.where(active[block[:-1]], block[:-1], block[1:])  # a link belongs to its active end
    return np.bincount(block, own, minlength=n_blocks) + np.bincount(owner, link, minlength=n_blocks)


def _edge_likelihood(bl, new_x, new_theta, block, active) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The change of log P(vote) of the bridged items' votes that the move changes (those in a moving block of
    items not moved with it), the votes' indices and their new log P(vote)."""
    item, slot, period, rank = bl.bridged
    moved = active[block[bl.first]] & (block[bl.first] == block[bl.last])  # moved with their block: unchanged
    changed = np.flatnonzero(active[block[period]] & ~moved[item])
    item, slot, rank = item[changed], slot[changed], rank[changed]
    logp = _vote_loglik(new_theta, new_x.ravel()[slot], item, rank, bl.lowest[changed], bl.highest[changed])
    return logp - bl.logp[changed], changed, logp


def _vote_loglik(theta, xv, item, rank, lowest, highest) -> np.ndarray:
    """log P(vote) of single votes, the interval mirrored into the lower tail where log_ndtr is precise."""
    eta = theta[item, 2] * xv
    lo = np.where(lowest, -np.inf, theta[item, np.maximum(rank - 1, 0)] - eta)
    hi = np.where(highest, np.inf, theta[item, np.minimum(rank, 1)] - eta)
    flip = (lo + hi) > 0.0
    top, bottom = log_ndtr(np.where(flip, -lo, hi)), log_ndtr(np.where(flip, -hi, lo))
    with np.errstate(divide="ignore"):
        return top + np.log(-np.expm1(np.minimum(bottom - top, -1e-300)))
