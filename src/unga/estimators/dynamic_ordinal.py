"""Dynamic ordinal ideal points (Bailey, Strezhnev & Voeten 2017), fitted by penalised likelihood.

Model: for roll call j (item k = k(j) after bridging) and state i in period t = t(j),
    y*_ij = beta_k * x_it + e_ij,   e_ij ~ N(0, 1),
    vote = no if y* <= c1_k, abstain if c1_k < y* <= c2_k, yes if y* > c2_k;
    x_it ~ N(x_i,t-1, walk_sd^2) times N(0, anchor_sd^2) on every period (anchor_sd=None: the plain
    walk with x_i,first ~ N(0, 1)), and with anchor="path" (the default) also (1/T_i) sum_t x_it ~
    N(0, path_sd^2) on each state's path mean (a rank-one term, solved by Sherman-Morrison);
    beta_k ~ N(0, beta_sd^2);  c_k ~ N(0, cut_sd^2).
Estimation: the posterior mode, by alternating Newton steps (all items at once, then all state paths at
once, each path a tridiagonal solve) with two exact steps along the scale and location directions the
likelihood cannot see. Intervals: the Laplace approximation of each path's posterior given the items,
i.e. the Kalman-smoother variances. See docs/methods-ideal-points.md.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.special import ndtri

from unga.errors import BadInput
from unga.estimators import _kernels as K
from unga.estimators._prepare import (  # noqa: F401 (REQUIRED, VOTE_CODES re-exported)
    REQUIRED,
    VOTE_CODES,
    _Data,
    _prepare,
    check_positive,
    check_selection,
    check_whole,
)

Z95 = 1.959963984540054
PATH_FLOOR_SD = 1e3
ANCHORS = ("period", "path")


# ----------------------------------------------------------------------------------------- state


@dataclass
class _State:
    """Parameters being fitted: theta (n_items, 3) = [cut_a, cut_b, beta]; x (S, T) positions."""

    theta: np.ndarray
    x: np.ndarray
    prior_diag: np.ndarray
    prior_off: np.ndarray
    prior_u: np.ndarray | None = None  # rank-one part of the path-mean prior (anchor="path")
    var: np.ndarray | None = None
    trace: list[float] = field(default_factory=list)


@dataclass
class _Index:
    """Static gather/scatter indices, built once per fit."""

    lo: np.ndarray  # flat index into theta.ravel() of each vote's lower cut (dummy where -inf)
    hi: np.ndarray
    grad_idx: np.ndarray
    hess_idx: np.ndarray


def _build_index(d: _Data) -> _Index:
    a, b = d.seg
    base = d.item * 3
    lo = base + np.maximum(d.rank - 1, 0)
    hi = base + np.minimum(d.rank, 1)
    beta = base + 2
    h9 = d.item * 9
    lo9, hi9 = np.maximum(d.rank - 1, 0), np.minimum(d.rank, 1)
    grad_idx = np.concatenate([lo[a:], hi[:b], beta])
    hess_idx = np.concatenate([
        h9[a:] + lo9[a:] * 4, h9[:b] + hi9[:b] * 4, h9[a:b] + lo9[a:b] * 3 + hi9[a:b],
        h9[a:] + lo9[a:] * 3 + 2, h9[:b] + hi9[:b] * 3 + 2, h9 + 8,
    ])
    return _Index(lo, hi, grad_idx, hess_idx)


def _eta_bounds(d: _Data, idx: _Index, st: _State) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    flat = st.theta.ravel()
    xv = st.x.ravel()[d.slot]
    return st.theta[d.item, 2] * xv, flat[idx.lo], flat[idx.hi], xv


# ----------------------------------------------------------------------------------------- steps


def _item_objective(d: _Data, logp: np.ndarray, theta: np.ndarray, sd: tuple[float, float]) -> np.ndarray:
    prior = (theta[:, :2] ** 2).sum(axis=1) / (2 * sd[0] ** 2) + theta[:, 2] ** 2 / (2 * sd[1] ** 2)
    return np.bincount(d.item, logp, minlength=d.n_items) - prior


def _item_step(d: _Data, idx: _Index, st: _State, terms: K.Terms, sd: tuple[float, float]) -> K.Terms:
    """One damped Newton step for every item's (cut_a, cut_b, beta) at once."""
    a, b = d.seg
    eta, lo, hi, xv = _eta_bounds(d, idx, st)
    n = d.n_items
    prec = np.array([1 / sd[0] ** 2, 1 / sd[0] ** 2, 1 / sd[1] ** 2])
    grad = np.bincount(idx.grad_idx, np.concatenate([terms.f_l[a:], terms.f_h[:b], terms.d_eta * xv]),
                       minlength=3 * n).reshape(n, 3) - st.theta * prec
    w = np.concatenate([
        terms.f_ll[a:], terms.f_hh[:b], terms.f_lh[a:b],
        -(terms.f_ll[a:] + terms.f_lh[a:]) * xv[a:], -(terms.f_hh[:b] + terms.f_lh[:b]) * xv[:b],
        terms.d2_eta * xv * xv,
    ])
    upper = np.bincount(idx.hess_idx, w, minlength=9 * n).reshape(n, 3, 3)
    hess = upper + upper.transpose(0, 2, 1) - upper * np.eye(3)
    hess -= np.diag(prec)
    step = np.linalg.solve(-hess, grad[:, :, None])[:, :, 0]
    three = d.present.all(axis=1)
    return _backtrack(d, idx, st, "theta", step, lambda logp: _item_objective(d, logp, st.theta, sd),
                      _item_objective(d, terms.logp, st.theta, sd),
                      invalid=lambda theta: three & (theta[:, 1] - theta[:, 0] < 1e-6))


def _backtrack(d: _Data, idx: _Index, st: _State, attr: str, step: np.ndarray, objective, old: np.ndarray,
               invalid=None) -> K.Terms:
    """Apply a Newton step to st.<attr> (one row per independent block), quartering it block by block until
    no block's objective falls; a block that never improves keeps its value. Returns the new terms."""
    base = getattr(st, attr).copy()
    scale = np.ones(base.shape[0])
    for _ in range(8):
        setattr(st, attr, base + scale[:, None] * step)
        terms = K.ordinal_terms(*_eta_bounds(d, idx, st)[:3], d.seg)
        new = objective(terms.logp)
        bad = (new < old - 1e-9) | ~np.isfinite(new)
        if invalid is not None:
            bad |= invalid(getattr(st, attr))
        if not bad.any():
            return terms
        scale[bad] *= 0.25
    scale[bad] = 0.0
    setattr(st, attr, base + scale[:, None] * step)
    return K.ordinal_terms(*_eta_bounds(d, idx, st)[:3], d.seg)


def _state_objective(d: _Data, logp: np.ndarray, st: _State, x: np.ndarray) -> np.ndarray:
    data = np.bincount(d.state, logp, minlength=x.shape[0])
    return data - 0.5 * K.quad_form(st.prior_diag, st.prior_off, x, st.prior_u)


def _solve(st: _State, info: np.ndarray, rhs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Solve (info + prior precision) d = rhs per state; also the diagonal of the inverse."""
    if st.prior_u is None:
        return K.tridiag_solve(info + st.prior_diag, st.prior_off, rhs)
    return K.rank1_solve(info + st.prior_diag, st.prior_off, st.prior_u, rhs)


def _state_step(d: _Data, idx: _Index, st: _State, terms: K.Terms) -> K.Terms:
    """One damped Newton step for every state's whole path at once (tridiagonal systems)."""
    beta = st.theta[d.item, 2]
    size = st.x.size
    grad = np.bincount(d.slot, terms.d_eta * beta, minlength=size).reshape(st.x.shape)
    grad -= K.tridiag_matvec(st.prior_diag, st.prior_off, st.x, st.prior_u)
    info = np.bincount(d.slot, -terms.d2_eta * beta * beta, minlength=size).reshape(st.x.shape)
    step, st.var = _solve(st, info, grad)
    step[~d.span] = 0.0
    return _backtrack(d, idx, st, "x", step, lambda logp: _state_objective(d, logp, st, st.x),
                      _state_objective(d, terms.logp, st, st.x))


def _invariant_steps(d: _Data, st: _State, sd: tuple[float, float]) -> None:
    """Exact moves along the directions the likelihood cannot see: a common shift of every position
    (absorbed by the cutpoints) and a rescaling x -> s x, beta -> beta / s. Only the priors decide them;
    alternating Newton steps would creep along them for hundreds of iterations."""
    used = np.column_stack([d.present.sum(axis=1) >= 2, d.present.sum(axis=1) == 3])
    beta = st.theta[:, 2]
    qx = K.tridiag_matvec(st.prior_diag, st.prior_off, st.x, st.prior_u)[d.span].sum()
    q1 = K.tridiag_matvec(st.prior_diag, st.prior_off, d.span.astype(float), st.prior_u)[d.span].sum()
    cb = (st.theta[:, :2] * used * beta[:, None]).sum() / sd[0] ** 2
    bb = (used.sum(axis=1) * beta**2).sum() / sd[0] ** 2
    shift = -(qx + cb) / (q1 + bb)
    st.x[d.span] += shift
    st.theta[:, :2] += used * (beta * shift)[:, None]
    a = 0.5 * K.quad_form(st.prior_diag, st.prior_off, st.x, st.prior_u).sum()
    b = (beta**2).sum() / (2 * sd[1] ** 2)
    if a > 0 and b > 0:
        s = (b / a) ** 0.25
        st.x *= s
        st.theta[:, 2] /= s


# ----------------------------------------------------------------------------------------- start


def _start(d: _Data, walk_sd: float, anchor: tuple[str, float | None, float], rng: np.random.Generator) -> _State:
    """Starting values: each state's first principal component over all its votes, flat in time;
    cutpoints from each item's vote shares, beta = 0."""
    codes = d.rank.astype(float) - (d.present.sum(axis=1)[d.item] - 1) / 2.0
    means = np.bincount(d.item, codes, minlength=d.n_items) / np.maximum(np.bincount(d.item, minlength=d.n_items), 1)
    mat = sparse.csr_matrix((codes - means[d.item], (d.state, d.item)), shape=(len(d.states), d.n_items))
    v = rng.standard_normal(d.n_items)
    for _ in range(50):
        v = mat.T @ (mat @ v)
        v /= np.linalg.norm(v) or 1.0
    u = mat @ v
    u = (u - u.mean()) / (u.std() or 1.0)
    x = np.where(d.span, u[:, None], 0.0)
    counts = np.stack([np.bincount(d.item, d.rank == r, minlength=d.n_items) for r in range(3)], axis=1)
    cum = np.cumsum(counts, axis=1) / counts.sum(axis=1, keepdims=True)
    theta = np.zeros((d.n_items, 3))
    theta[:, :2] = ndtri(np.clip(cum[:, :2], 0.02, 0.98))
    theta[:, 1] = np.maximum(theta[:, 1], theta[:, 0] + 0.1)
    theta[d.present.sum(axis=1) < 3, 1] = 0.0
    return _State(theta, x, *_prior(d.span, walk_sd, anchor))


def _prior(span: np.ndarray, walk_sd: float, anchor: tuple[str, float | None, float]) -> tuple:
    """(diag, off, u) of the position prior. anchor = (kind, anchor_sd, path_sd): "period" puts
    N(0, anchor_sd^2) on every state-period; "path" puts N(0, path_sd^2) on each state's path mean
    (the rank-one u u') plus, if anchor_sd is given, that weak per-period anchor (else a vanishing
    one, sd PATH_FLOOR_SD, which only keeps the tridiagonal part invertible for Sherman-Morrison)."""
    kind, anchor_sd, path_sd = anchor
    if kind == "period":
        return (*K.walk_precision(span, walk_sd, anchor_sd), None)
    diag, off = K.walk_precision(span, walk_sd, anchor_sd or PATH_FLOOR_SD, first=False)
    return diag, off, K.path_mean_factor(span, path_sd)


# ----------------------------------------------------------------------------------------- fit


@dataclass
class DynamicOrdinalFit:
    """What `fit_dynamic_ordinal` returns."""

    ideal_points: pd.DataFrame
    item_params: pd.DataFrame
    n_iter: int
    converged: bool
    log_posterior: float
    dropped_roll_calls: np.ndarray
    reference: str


def _log_posterior(terms: K.Terms, st: _State, sd: tuple[float, float]) -> float:
    prior_x = 0.5 * K.quad_form(st.prior_diag, st.prior_off, st.x, st.prior_u).sum()
    prior_t = (st.theta[:, :2] ** 2).sum() / (2 * sd[0] ** 2) + (st.theta[:, 2] ** 2).sum() / (2 * sd[1] ** 2)
    return float(terms.logp.sum() - prior_x - prior_t)


def _check_config(n_iter: int, tol: float, link: str, walk_sd: float, anchor: tuple[str, float | None, float],
                  min_votes: int, unanimity: float, beta_sd: float, cut_sd: float) -> None:
    if link != "probit":
        raise BadInput(f"link {link!r} is not implemented; use link='probit'")
    if anchor[0] not in ANCHORS:
        raise BadInput(f"anchor must be one of {', '.join(map(repr, ANCHORS))}, got {anchor[0]!r}")
    check_positive(walk_sd=walk_sd, beta_sd=beta_sd, cut_sd=cut_sd, tol=tol,
                   anchor_sd=1.0 if anchor[1] is None else anchor[1], path_sd=anchor[2])
    check_whole(1, n_iter=n_iter)
    check_selection(unanimity, min_votes)


def fit_dynamic_ordinal(
    votes: pd.DataFrame,
    *,
    item_groups: pd.Series | Mapping | None = None,
    n_iter: int = 500,
    tol: float = 1e-3,
    random_state: int | np.random.Generator | None = None,
    link: str = "probit",
    walk_sd: float = 0.6,
    anchor_sd: float | None = 1.5,
    anchor: str = "path",
    path_sd: float = 0.3,
    min_votes: int = 10,
    unanimity: float = 0.025,
    reference: str = "USA",
    beta_sd: float = 0.5,
    cut_sd: float = 5.0,
    progress: Callable[[int, int], None] | None = None,
) -> DynamicOrdinalFit:
    """Fit the dynamic ordered-probit ideal-point model to a long table of votes.

    votes: columns iso3, rcid, period (integer), vote in {yes, abstain, no, absent}; absent rows
    are ignored. item_groups: rcid -> group id; roll calls in one group share their item parameters.
    Returns positions for every state-period from each state's first to its last period with a vote.
    anchor="path" (default) adds the path-mean prior N(0, path_sd^2) to the per-period anchor;
    anchor="period", anchor_sd=1.0 is the earlier default (docs/methods-ideal-points.md).
    """
    prior = (anchor, anchor_sd, path_sd)
    _check_config(n_iter, tol, link, walk_sd, prior, min_votes, unanimity, beta_sd, cut_sd)
    d = _prepare(votes, item_groups, unanimity)
    idx = _build_index(d)
    st = _start(d, walk_sd, prior, np.random.default_rng(random_state))
    sd = (cut_sd, beta_sd)
    terms = K.ordinal_terms(*_eta_bounds(d, idx, st)[:3], d.seg)
    converged, it = False, 0
    for it in range(1, n_iter + 1):
        x_old = st.x.copy()
        terms = _item_step(d, idx, st, terms, sd)
        terms = _state_step(d, idx, st, terms)
        _invariant_steps(d, st, sd)  # leaves every (bound - eta), hence `terms`, unchanged
        st.trace.append(_log_posterior(terms, st, sd))
        if progress is not None:
            progress(it, n_iter)
        if np.abs(st.x - x_old)[d.span].max() < tol:
            converged = True
            break
    _final_variance(d, st, terms)
    ref = _orient(d, st, reference)
    return DynamicOrdinalFit(_ideal_frame(d, st, min_votes), _item_frame(d, st), it, converged,
                             st.trace[-1], d.dropped, ref)


def _final_variance(d: _Data, st: _State, terms: K.Terms) -> None:
    """Laplace variances of the paths at the mode: diagonal of the inverse tridiagonal Hessian."""
    beta = st.theta[d.item, 2]
    info = np.bincount(d.slot, -terms.d2_eta * beta * beta, minlength=st.x.size).reshape(st.x.shape)
    _, st.var = _solve(st, info, np.zeros_like(st.x))


def _orient(d: _Data, st: _State, reference: str) -> str:
    """Fix the sign: the reference state's mean position is positive (if it is absent, the state
    with the most votes plays its part)."""
    where = np.flatnonzero(d.states == reference)
    s = int(where[0]) if where.size else int(np.argmax(d.n_votes.sum(axis=1)))
    if st.x[s][d.span[s]].mean() < 0:
        st.x = -st.x
        st.theta[:, 2] = -st.theta[:, 2]
    return str(d.states[s])


def _ideal_frame(d: _Data, st: _State, min_votes: int) -> pd.DataFrame:
    s, t = np.nonzero(d.span)
    sd = np.sqrt(st.var[s, t])
    x = st.x[s, t]
    n = d.n_votes[s, t]
    return pd.DataFrame({
        "iso3": d.states[s], "period": d.periods[t], "ideal_point": x,
        "lower": x - Z95 * sd, "upper": x + Z95 * sd, "n_votes": n, "few_votes": n < min_votes,
    })


def _item_frame(d: _Data, st: _State) -> pd.DataFrame:
    """Item parameters per kept roll call, cutpoints on the no|abstain and abstain|yes boundaries."""
    th, pr = st.theta, d.present
    n_cat = pr.sum(axis=1)
    cut1 = np.where(n_cat == 3, th[:, 0], np.where(~pr[:, 0], -np.inf, th[:, 0]))
    cut2 = np.where(n_cat == 3, th[:, 1], np.where(~pr[:, 2], np.inf, th[:, 0]))
    t = d.item_of_rc
    return pd.DataFrame({
        "rcid": t["rcid"].to_numpy(), "item": t["item"].to_numpy(), "group": t["group"].to_numpy(),
        "beta": th[t["item"], 2],
        "cut1": cut1[t["item"]], "cut2": cut2[t["item"]], "n_votes": t["n_votes"].to_numpy(),
    }).set_index("rcid")


# ----------------------------------------------------------------------------------------- class


class DynamicOrdinalIdealPoints:
    """Scikit-learn-style wrapper of `fit_dynamic_ordinal`; configuration is keyword-only.

    Fitted attributes: ideal_points_ (iso3, period, ideal_point, lower, upper, n_votes, few_votes),
    item_params_ (per rcid: item, group, beta, cut1, cut2, n_votes), n_iter_, converged_, log_posterior_,
    dropped_roll_calls_, reference_.
    """

    def __init__(self, *, n_iter: int = 500, tol: float = 1e-3, random_state: int | None = None,
                 link: str = "probit", walk_sd: float = 0.6, anchor_sd: float | None = 1.5,
                 anchor: str = "path", path_sd: float = 0.3, min_votes: int = 10, unanimity: float = 0.025,
                 reference: str = "USA", beta_sd: float = 0.5, cut_sd: float = 5.0,
                 progress: Callable[[int, int], None] | None = None) -> None:
        self.n_iter, self.tol, self.random_state, self.link = n_iter, tol, random_state, link
        self.walk_sd, self.anchor_sd, self.min_votes = walk_sd, anchor_sd, min_votes
        self.anchor, self.path_sd = anchor, path_sd
        self.unanimity, self.reference = unanimity, reference
        self.beta_sd, self.cut_sd, self.progress = beta_sd, cut_sd, progress

    def get_params(self) -> dict:
        keys = ("n_iter", "tol", "random_state", "link", "walk_sd", "anchor_sd", "anchor", "path_sd", "min_votes",
                "unanimity", "reference", "beta_sd", "cut_sd", "progress")
        return {k: getattr(self, k) for k in keys}

    def fit(self, votes: pd.DataFrame, item_groups: pd.Series | Mapping | None = None) -> DynamicOrdinalIdealPoints:
        result = fit_dynamic_ordinal(votes, item_groups=item_groups, **self.get_params())
        self.ideal_points_ = result.ideal_points
        self.item_params_ = result.item_params
        self.n_iter_ = result.n_iter
        self.converged_ = result.converged
        self.log_posterior_ = result.log_posterior
        self.dropped_roll_calls_ = result.dropped_roll_calls
        self.reference_ = result.reference
        return self
