"""Numerical kernels of the dynamic ordinal model: ordered-probit interval terms and tridiagonal solves.

Everything here is vectorised over votes (ordered-probit terms) or over states (tridiagonal systems,
one per state, padded to a common number of periods); no Python loop runs over votes or states.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.special import log_ndtr

_LOG_SQRT_2PI = 0.5 * np.log(2.0 * np.pi)


def _log_phi(z: np.ndarray) -> np.ndarray:
    return -0.5 * z * z - _LOG_SQRT_2PI


@dataclass
class Terms:
    """Log-probability of each vote and its derivatives in the two latent bounds.

    For a vote whose latent utility must fall in (lo, hi], with zl = lo - eta and zh = hi - eta,
    f = log(Phi(zh) - Phi(zl)); f_l, f_h are its first derivatives in zl, zh and f_ll, f_hh, f_lh
    its second derivatives (f is jointly concave). An infinite bound has zero derivatives.
    """

    logp: np.ndarray
    f_l: np.ndarray
    f_h: np.ndarray
    f_ll: np.ndarray
    f_hh: np.ndarray
    f_lh: np.ndarray

    @property
    def d_eta(self) -> np.ndarray:
        """First derivative of log p in the linear index eta = beta * x."""
        return -(self.f_l + self.f_h)

    @property
    def d2_eta(self) -> np.ndarray:
        """Second derivative of log p in eta (never positive)."""
        return self.f_ll + self.f_hh + 2.0 * self.f_lh


def _upper_tail(z: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """log Phi(z) and the ratio phi(z) / Phi(z), computed in log space."""
    logp = log_ndtr(z)
    return logp, np.exp(_log_phi(z) - logp)


def _two_sided(zl: np.ndarray, zh: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """log(Phi(zh) - Phi(zl)) and the ratios phi(zl)/p, phi(zh)/p, stable in both tails."""
    flip = (zl + zh) > 0.0  # interval in the upper tail: use the mirror image Phi(-zl) - Phi(-zh)
    a = np.where(flip, -zh, zl)
    b = np.where(flip, -zl, zh)
    lb, la = log_ndtr(b), log_ndtr(a)
    diff = np.minimum(la - lb, -1e-300)
    logp = lb + np.log(-np.expm1(diff))
    return logp, np.exp(_log_phi(zl) - logp), np.exp(_log_phi(zh) - logp)


def ordinal_terms(eta: np.ndarray, lo: np.ndarray, hi: np.ndarray, seg: tuple[int, int]) -> Terms:
    """Ordered-probit terms for votes sorted into three segments.

    Votes [0, seg[0]) are in the lowest category of their roll call (lo = -inf), votes
    [seg[0], seg[1]) in the middle one (both bounds finite), and votes [seg[1], n) in the highest
    (hi = +inf). `lo`/`hi` hold the finite bounds (their value is ignored where the bound is infinite).
    """
    with np.errstate(over="ignore", invalid="ignore"):  # overflow only in rejected line-search trials
        return _ordinal_terms(eta, lo, hi, seg)


def _ordinal_terms(eta: np.ndarray, lo: np.ndarray, hi: np.ndarray, seg: tuple[int, int]) -> Terms:
    n = eta.shape[0]
    a, b = seg
    out = Terms(*(np.zeros(n) for _ in range(6)))
    zh = hi[:a] - eta[:a]  # lowest category: p = Phi(zh)
    lp, r = _upper_tail(zh)
    out.logp[:a], out.f_h[:a], out.f_hh[:a] = lp, r, -zh * r - r * r
    zl, zh = lo[a:b] - eta[a:b], hi[a:b] - eta[a:b]  # middle category
    lp, rl, rh = _two_sided(zl, zh)
    out.logp[a:b], out.f_l[a:b], out.f_h[a:b] = lp, -rl, rh
    out.f_ll[a:b] = zl * rl - rl * rl
    out.f_hh[a:b] = -zh * rh - rh * rh
    out.f_lh[a:b] = rl * rh
    zl = lo[b:] - eta[b:]  # highest category: p = Phi(-zl)
    lp, r = _upper_tail(-zl)
    out.logp[b:], out.f_l[b:], out.f_ll[b:] = lp, -r, zl * r - r * r
    return out


def tridiag_solve(diag: np.ndarray, off: np.ndarray, rhs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Solve A d = rhs for many symmetric positive-definite tridiagonal matrices at once.

    `diag` and `rhs` are (n_states, T); `off` is (n_states, T - 1), off[:, t] = A[t, t + 1].
    Returns the solution and the diagonal of A^-1 (the Laplace/Kalman-smoother variances), both
    from one LDL' factorisation: D_t = a_t - l_t^2 D_{t-1}, Var_t = 1/D_t + l_{t+1}^2 Var_{t+1}.
    """
    n_states, n_t = diag.shape
    piv = np.empty_like(diag)
    low = np.zeros_like(diag)  # low[:, t] = L[t, t-1]
    y = np.empty_like(rhs)
    piv[:, 0], y[:, 0] = diag[:, 0], rhs[:, 0]
    for t in range(1, n_t):
        low[:, t] = off[:, t - 1] / piv[:, t - 1]
        piv[:, t] = diag[:, t] - low[:, t] * off[:, t - 1]
        y[:, t] = rhs[:, t] - low[:, t] * y[:, t - 1]
    sol = np.empty_like(rhs)
    var = np.empty_like(diag)
    sol[:, -1] = y[:, -1] / piv[:, -1]
    var[:, -1] = 1.0 / piv[:, -1]
    for t in range(n_t - 2, -1, -1):
        sol[:, t] = y[:, t] / piv[:, t] - low[:, t + 1] * sol[:, t + 1]
        var[:, t] = 1.0 / piv[:, t] + low[:, t + 1] ** 2 * var[:, t + 1]
    return sol, var


def walk_precision(span: np.ndarray, walk_sd: float, anchor_sd: float | None = None,
                   first: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """Prior precision of the random walk: x_first ~ N(0, 1), x_t ~ N(x_{t-1}, walk_sd^2).

    With `anchor_sd`, the first-period prior is replaced by a N(0, anchor_sd^2) factor on every
    period (a mean-reverting walk), which keeps perfectly predictable voters from drifting off.
    `first=False` drops the first-period prior when there is no anchor (the path-mean prior of
    `path_mean_factor` then makes the precision proper).

    `span` is a boolean (n_states, T) mask of the periods each state is estimated for (one
    contiguous run per state). Returns the tridiagonal (diag, off); slots outside a state's span
    get precision 1 and no links, so they stay at zero and never touch the estimates.
    """
    w = 1.0 / walk_sd**2
    link = span[:, 1:] & span[:, :-1]
    diag = np.zeros(span.shape)
    diag[:, 1:] += link * w
    diag[:, :-1] += link * w
    start = span & ~np.concatenate([np.zeros((span.shape[0], 1), bool), span[:, :-1]], axis=1)
    diag += span * anchor_sd**-2 if anchor_sd else start * float(first)
    diag[~span] = 1.0
    return diag, -w * link.astype(float)


def quad_form(diag: np.ndarray, off: np.ndarray, x: np.ndarray, u: np.ndarray | None = None) -> np.ndarray:
    """x' A x for each row (state) of a batch of tridiagonal matrices (plus u u' when `u` is given)."""
    out = (diag * x * x).sum(axis=1) + 2.0 * (off * x[:, 1:] * x[:, :-1]).sum(axis=1)
    return out if u is None else out + (u * x).sum(axis=1) ** 2


def tridiag_matvec(diag: np.ndarray, off: np.ndarray, x: np.ndarray, u: np.ndarray | None = None) -> np.ndarray:
    """A x for each row (state) of a batch of tridiagonal matrices (plus u u' x when `u` is given)."""
    out = diag * x
    out[:, :-1] += off * x[:, 1:]
    out[:, 1:] += off * x[:, :-1]
    if u is not None:
        out += u * (u * x).sum(axis=1, keepdims=True)
    return out


def path_mean_factor(span: np.ndarray, path_sd: float) -> np.ndarray:
    """The rank-one part u u' of the path-mean prior on state i's mean over its T_i periods,
    (1/T_i) sum_t x_it ~ N(0, path_sd^2 T_i / (T_i - 1)): u_it = sqrt((T_i - 1) / T_i) / (T_i path_sd)
    on the span, 0 elsewhere. The taper (T_i - 1) / T_i leaves a one-period state to the per-period
    anchor alone (its mean is its only position) and tends to N(0, path_sd^2) for long paths."""
    n = span.sum(axis=1, keepdims=True)
    return span * np.sqrt((n - 1) / np.maximum(n, 1)) / (np.maximum(n, 1) * path_sd)


def rank1_solve(diag: np.ndarray, off: np.ndarray, u: np.ndarray, rhs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`tridiag_solve` for A + u u' (one rank-one term per state), by Sherman-Morrison:
    (A + uu')^-1 g = A^-1 g - z (u'A^-1 g) / (1 + u'z) with z = A^-1 u, and the diagonal of the
    inverse is diag(A^-1) - z^2 / (1 + u'z)."""
    sol, var = tridiag_solve(diag, off, rhs)
    z, _ = tridiag_solve(diag, off, u)
    denom = 1.0 + (u * z).sum(axis=1, keepdims=True)
    sol = sol - z * (u * sol).sum(axis=1, keepdims=True) / denom
    return sol, var - z * z / denom


def tridiag_cholesky(diag: np.ndarray, off: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """H = L L' for tridiagonal H, one per state: L's diagonal (piv) and subdiagonal (low[:, t] = L[t, t-1])."""
    piv, low = np.empty(diag.shape), np.zeros(diag.shape)
    piv[:, 0] = np.sqrt(diag[:, 0])
    for t in range(1, diag.shape[1]):
        low[:, t] = off[:, t - 1] / piv[:, t - 1]
        piv[:, t] = np.sqrt(diag[:, t] - low[:, t] ** 2)
    return piv, low


def lower_solve(piv: np.ndarray, low: np.ndarray, r: np.ndarray) -> np.ndarray:
    """L^-1 r (r: states x periods, or with leading axes, solved together)."""
    y = np.empty(r.shape)
    y[..., 0] = r[..., 0] / piv[:, 0]
    for t in range(1, r.shape[-1]):
        y[..., t] = (r[..., t] - low[:, t] * y[..., t - 1]) / piv[:, t]
    return y


def upper_solve(piv: np.ndarray, low: np.ndarray, y: np.ndarray) -> np.ndarray:
    """L'^-1 y (y: states x periods, or with leading axes, solved together)."""
    x = np.empty(y.shape)
    x[..., -1] = y[..., -1] / piv[:, -1]
    for t in range(y.shape[-1] - 2, -1, -1):
        x[..., t] = (y[..., t] - low[:, t + 1] * x[..., t + 1]) / piv[:, t]
    return x
