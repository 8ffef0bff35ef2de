"""A Metropolis-Hastings move of every state's whole path that does not go through the latent utilities
(gibbs_ordinal.py, path_every; docs/methods-ideal-points.md, "A path move past the latent utilities").

Under data augmentation a well-voted position and its votes' latent utilities pin each other: the path is drawn
given the utilities, the utilities given the path, and each step moves little (the slow case of probit
samplers). This move targets the positions' conditional with the utilities integrated out,
p(x_i | items, votes) ∝ prod_j P(vote_ij | beta_j x_it, cutpoints_j) * walk prior(x_i), state by state (given the
items the states are independent), with a Gaussian proposal from a Laplace approximation at the current path:
H = minus the Hessian of the log target (vote information, tridiagonal with the walk's precision; the ordered
probit is log-concave, so H is positive definite), n = H^-1 grad (the Newton step), and
x' ~ N(x + h n, h (2 - h) H^-1) with a step h in (0, 1]: h = 1 is the independence proposal N(mode estimate,
H^-1); smaller h is the autoregressive (Crank-Nicolson) form around it, more local, a preconditioned Langevin
step. For a Gaussian conditional every h is accepted always; for the real one the ratio is computed exactly,
with the reverse proposal N(x' + h n(x'), h (2 - h) H(x')^-1) evaluated at x:
log a = log pi(x') - log pi(x) + log q(x | x') - log q(x' | x). Where the conditional is nearly Gaussian (many
votes) the proposal is nearly the conditional itself: exactly where the Gibbs step is slow. h is adapted per
state during burn-in only (towards TARGET acceptance); the kept sweeps use fixed steps."""

from __future__ import annotations

import numpy as np

from unga.estimators import _kernels as K
from unga.estimators._prepare import _Data

TARGET = 0.6
STEP_BOUNDS = (0.02, 1.0)


def _local(d: _Data, idx, theta: np.ndarray, x: np.ndarray, prior: tuple[np.ndarray, np.ndarray]) -> tuple:
    """At path x: the log target per state, the Newton step and the Cholesky factor (piv, low) of H."""
    diag, off = prior[:2]
    dev = x - prior[2] if len(prior) > 2 else x  # a prior with a centre (bsv_prior)
    flat, beta = theta.ravel(), theta[d.item, 2]
    terms = K.ordinal_terms(beta * x.ravel()[d.slot], flat[idx.lo], flat[idx.hi], d.seg)
    n_states = x.shape[0]
    log_target = np.bincount(d.state, terms.logp, minlength=n_states) - 0.5 * K.quad_form(diag, off, dev)
    grad = np.bincount(d.slot, beta * terms.d_eta, minlength=x.size).reshape(x.shape) - K.tridiag_matvec(diag, off, dev)
    info = np.bincount(d.slot, beta * beta * np.maximum(-terms.d2_eta, 0.0), minlength=x.size).reshape(x.shape)
    piv, low = K.tridiag_cholesky(info + diag, off)
    return log_target, np.where(d.span, K.upper_solve(piv, low, K.lower_solve(piv, low, grad)), 0.0), piv, low


def _log_proposal(span: np.ndarray, to: np.ndarray, mean: np.ndarray, piv: np.ndarray, low: np.ndarray,
                  scale: np.ndarray) -> np.ndarray:
    """log N(to; mean, s^2 H^-1) per state, up to the constant, H = L L': log det L - |L'(to - mean)|^2 / 2s^2
    - n log s (n: the periods in the state's span; outside it to = mean = 0 and H's entry is 1)."""
    v = np.where(span, to - mean, 0.0)
    w = piv * v
    w[:, :-1] += low[:, 1:] * v[:, 1:]  # (L' v)_t = L[t, t] v_t + L[t+1, t] v_t+1
    n = span.sum(axis=1)
    return np.log(piv).sum(axis=1) - 0.5 * (w * w).sum(axis=1) / scale**2 - n * np.log(scale)


def move(d: _Data, idx, theta: np.ndarray, x: np.ndarray, prior: tuple[np.ndarray, np.ndarray],
         step: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """One move of every state's path given the items (theta), step h per state; returns the new paths and the
    acceptance per state."""
    h = step[:, None]
    scale = np.sqrt(step * (2.0 - step))
    here, n_here, piv_here, low_here = _local(d, idx, theta, x, prior)
    noise = rng.standard_normal(x.shape) * scale[:, None]
    proposal = np.where(d.span, x + h * n_here + K.upper_solve(piv_here, low_here, noise), 0.0)
    there, n_there, piv_there, low_there = _local(d, idx, theta, proposal, prior)
    log_ratio = (there - here + _log_proposal(d.span, x, proposal + h * n_there, piv_there, low_there, scale)
                 - _log_proposal(d.span, proposal, x + h * n_here, piv_here, low_here, scale))
    with np.errstate(invalid="ignore"):
        accept = np.log(rng.random(x.shape[0])) < log_ratio  # a NaN ratio (overflow far out) is a rejection
    return np.where(accept[:, None], proposal, x), accept


def adapt(step: np.ndarray, accept: np.ndarray) -> np.ndarray:
    """Burn-in only: each state's step h towards TARGET acceptance."""
    return np.clip(step * np.exp(0.5 * (accept - TARGET)), *STEP_BOUNDS)
