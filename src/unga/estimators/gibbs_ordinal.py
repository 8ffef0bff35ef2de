"""Dynamic ordinal ideal points by Gibbs sampling: the posterior MEAN of the model of dynamic_ordinal.py,
on the scale Bailey, Strezhnev & Voeten (2017) identify theirs with (docs/methods-ideal-points.md, "The posterior
mean").

Model (the same likelihood): y*_ij = beta_k x_it + e_ij, e ~ N(0, 1), vote = no | abstain | yes as y* crosses
the item's cutpoints; items shared by bridged roll calls (item_groups). Priors, BSV's: x_i,first ~ N(0, 1),
x_it ~ N(x_i,t-1, walk_sd^2) with walk_sd = 0.5 (their variance 0.5 n_t / (n_t + n_t-1), 0.25 for balanced
sessions), beta_k ~ N(0, 1), cutpoints uniform within +-7; prior="stationary" replaces the walk by the AR(1)
whose marginal is N(0, 1) in every period, "anchored" multiplies it by N(0, 1) per position, "bsv" is BSV's own
one-sided prior (bsv_prior.py). No per-period anchor. bloc_checks counts the positions the votes do not bound.

Identification, identify="chain" (the default, BSV's): after every draw of the positions they are clamped to
+-5 and all state-periods with votes together are standardised to mean 0 and sd 1; the items are left as
drawn. identify="draws": the chain runs on the raw scale and only the kept draws are standardised (the items
moved with them). The sign is fixed in the chain by the reference state. (Standardising inside the chain AND
moving the items along made the discriminations grow without bound, to |beta| = 20 in 300 sweeps.)

One sweep, all votes and states at once (no Python loop over votes or states):
  1. latent utilities z | x, beta, c: truncated normals; a plain normal draw is kept where it falls inside the
     vote's interval (~83% of the votes on the record), the others are drawn by the inverse CDF (scipy.special
     ndtr/ndtri), mirrored into the lower tail so that extreme intervals keep their precision;
  2. beta | z, x: conjugate normal per item (bincount sums);
  3. positions | z, beta: each state's whole path from its Gaussian conditional (tridiagonal precision:
     vote information plus the prior), by a Cholesky factorisation vectorised over states; then the
     identification and the sign;
  4. cutpoints | beta, x (z integrated out): a random-walk Metropolis-Hastings step per item, all items at once,
     step sizes adapted during burn-in; by default on every third sweep only (cut_every=3: a fixed scan of
     steps that each leave the posterior invariant; the step costs as much as the rest of the sweep).
interweave=True adds gibbs_moves.interweave after step 3 (scale and shift of blocks of periods with their items;
off by default: docs/methods-ideal-points.md, "Faster mixing"). path_every=k > 0 starts every k-th sweep with
path_move.move: each state's whole path given the items, the latent utilities integrated out (an exact MH move
with a Laplace proposal; docs/methods-ideal-points.md, "A path move past the latent utilities").
Start: a short run of the mode estimator (warm start), standardised. Estimates: posterior means of every position
as the average of its conditional means E[x | z, beta] over the kept sweeps (Rao-Blackwellised: the path draw's
own noise left out), sds and 95% intervals (2.5% and 97.5% quantiles) from the kept draws.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.special import log_ndtr, ndtr, ndtri

from unga.errors import BadInput
from unga.estimators import _kernels as K
from unga.estimators import bloc_checks, bsv_prior, gibbs_moves, mcmc_checks, path_move
from unga.estimators import dynamic_ordinal as mode
from unga.estimators._prepare import _Data, _prepare, check_positive, check_selection, check_whole

CUT_BOUND = 7.0  # BSV: cutpoints uniform on [-7, 7]
TARGET_ACCEPT = 0.35
PRIORS = ("walk", "stationary", "bsv", "anchored")  # bsv: their own one-sided prior (bsv_prior.py)
IDENTIFY = ("chain", "draws")
CLAMP = 5.0  # BSV: positions within +-5 before each standardisation (a guard; it rarely binds)


@dataclass
class GibbsFit(mode.DynamicOrdinalFit):
    """What `fit_gibbs_ordinal` returns: the mode fit's fields (n_iter = sweeps, burn-in included;
    log_posterior = mean over kept draws) and the sampler's diagnostics."""

    draws: np.ndarray | None = None  # (n_kept, n_rows of ideal_points) float32, in the rows' order
    diagnostics: dict | None = None


@dataclass
class _Chain:
    theta: np.ndarray  # (n_items, 3) = [cut_a, cut_b, beta] as in dynamic_ordinal
    x: np.ndarray  # (S, T)
    step: np.ndarray  # MH step size per item
    logp: np.ndarray | None = None  # per vote, at the current state
    mu: np.ndarray | None = None  # (S, T): the mean of the positions' last conditional draw, on x's scale
    path_scale: np.ndarray | None = None  # per state: path_move's proposal scale
    path_accept: list | None = None
    raw_mu: np.ndarray | None = None  # the last conditional mean before clamp and standardisation (prior="bsv")
    clamped: list | None = None  # positions at the clamp, per sweep (bloc_checks)


# ----------------------------------------------------------------------------------------- draws


def truncated_normal(a: np.ndarray, b: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """One N(0, 1) draw truncated to (a, b] per element (a may be -inf, b +inf), by the inverse CDF.

    An interval in the upper half is mirrored into the lower one, where ndtr keeps relative precision;
    beyond ndtr's range (~ -37) the exponential tail approximation takes over."""
    flip = (a + b) > 0.0
    lo = np.where(flip, -b, a)
    hi = np.where(flip, -a, b)
    z = _lower_tail_draw(lo, hi, rng.random(a.shape))
    return np.where(flip, -z, z)


def _lower_tail_draw(lo: np.ndarray, hi: np.ndarray | None, u: np.ndarray) -> np.ndarray:
    """Inverse-CDF draws in (lo, hi] with lo + hi <= 0 (lo = None: -inf)."""
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        p_hi = ndtr(hi)
        z = ndtri(u * p_hi if lo is None else ndtr(lo) + u * (p_hi - ndtr(lo)))
        tail = ~(p_hi > 1e-300) | ~np.isfinite(z)
        if tail.any():
            z = np.where(tail, hi + np.log(u) / np.maximum(np.abs(hi), 1.0), z)
    return np.minimum(z, hi) if lo is None else np.clip(z, lo, hi)


def _below(b: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """N(0, 1) truncated to (-inf, b]: one ndtr and one ndtri per draw (ndtr(b) is exact enough near 1)."""
    return _lower_tail_draw(None, b, rng.random(b.shape))


def _log_lik(eta: np.ndarray, lo: np.ndarray, hi: np.ndarray, seg: tuple[int, int]) -> np.ndarray:
    """log P(vote) per vote (votes sorted into the three segments of _kernels.ordinal_terms); lo and hi are the
    cutpoints below and above each vote's answer (ignored where the answer is the lowest / highest)."""
    a, b = seg
    return _log_lik_bounds(lo[a:] - eta[a:], hi[:b] - eta[:b], seg)


def _log_lik_bounds(w_lo: np.ndarray, w_hi: np.ndarray, seg: tuple[int, int]) -> np.ndarray:
    """log P(vote) from the bounds of e = y* - eta: w_lo for the votes from seg[0] on, w_hi for those before
    seg[1] (the lowest answer has no lower bound, the highest no upper one)."""
    a, b = seg
    out = np.empty(w_lo.shape[0] + a)
    out[:a] = log_ndtr(w_hi[:a])
    out[a:b] = _log_interval(w_lo[:b - a], w_hi[a:])
    out[b:] = log_ndtr(-w_lo[b - a:])
    return out


def _log_interval(zl: np.ndarray, zh: np.ndarray) -> np.ndarray:
    """log(Phi(zh) - Phi(zl)), the interval mirrored into the lower tail where Phi keeps its relative precision:
    there the difference of two ndtr is exact enough down to ndtr's range (~ -37); beyond it, log_ndtr."""
    flip = (zl + zh) > 0.0
    top, bottom = np.where(flip, -zl, zh), np.where(flip, -zh, zl)
    with np.errstate(divide="ignore"):  # crossed cutpoints (a proposal to reject): log 0 = -inf
        out = np.log(np.maximum(ndtr(top) - ndtr(bottom), 0.0))
    deep = np.flatnonzero(top < -30.0)
    if deep.size:
        t, u = log_ndtr(top[deep]), log_ndtr(bottom[deep])
        out[deep] = t + np.log(-np.expm1(np.minimum(u - t, -1e-300)))
    return out


def _bounds(d: _Data, idx, flat: np.ndarray, eta: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The bounds of e = y* - eta per vote (_log_lik_bounds), gathered for the segments that have them."""
    a, b = d.seg
    return flat[idx.lo[a:]] - eta[a:], flat[idx.hi[:b]] - eta[:b]


def _latent(d: _Data, idx, ch: _Chain, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """z | x, beta, c: eta plus N(0, 1) noise truncated to the vote's interval, by one proposal from the plain
    normal kept where it falls inside and the inverse CDF elsewhere (_accept_or_invert)."""
    flat, xv = ch.theta.ravel(), ch.x.ravel()[d.slot]
    eta = ch.theta[d.item, 2] * xv
    a, b = d.seg
    e = rng.standard_normal(eta.shape[0])
    lo, hi = np.full(eta.shape[0], -np.inf), np.full(eta.shape[0], np.inf)
    lo[a:], hi[:b] = _bounds(d, idx, flat, eta)
    _accept_or_invert(e, lo, hi, (a, b), rng)
    return eta + e, xv


def _accept_or_invert(e: np.ndarray, lo: np.ndarray, hi: np.ndarray, seg: tuple[int, int], rng) -> None:
    """e (plain N(0, 1) draws) turned, in place, into draws truncated to (lo, hi]: a draw inside its interval is
    kept, the others are replaced by inverse-CDF draws inside it. Exact: a draw ends in dz inside A with
    probability phi(z) dz + (1 - P(A)) phi(z) dz / P(A) = phi(z) dz / P(A). It saves the two special functions
    (ndtr, ndtri) for the ~85% of votes whose observed answer the current parameters already make likely."""
    a, b = seg
    miss = np.flatnonzero(~((e > lo) & (e <= hi)))
    low, mid, top = miss[miss < a], miss[(miss >= a) & (miss < b)], miss[miss >= b]
    e[low] = _below(hi[low], rng)  # lowest category: below the cut
    e[mid] = truncated_normal(lo[mid], hi[mid], rng)
    e[top] = -_below(-lo[top], rng)  # highest: above the cut, mirrored


def _draw_beta(d: _Data, ch: _Chain, z: np.ndarray, xv: np.ndarray, beta_sd: float, rng) -> None:
    prec = np.bincount(d.item, xv * xv, minlength=d.n_items) + beta_sd**-2
    mean = np.bincount(d.item, xv * z, minlength=d.n_items) / prec
    ch.theta[:, 2] = mean + rng.standard_normal(d.n_items) / np.sqrt(prec)


def _draw_paths(d: _Data, ch: _Chain, z: np.ndarray, prior: tuple[np.ndarray, np.ndarray], rng) -> None:
    """Every state's path from N(Q^-1 r, Q^-1), Q = vote information + walk precision (tridiagonal):
    Q = L L' (bidiagonal L), L y = r, then L' x = y + e with e ~ N(0, I)."""
    beta = ch.theta[d.item, 2]
    shape = ch.x.shape
    diag = np.bincount(d.slot, beta * beta, minlength=ch.x.size).reshape(shape) + prior[0]
    rhs = np.bincount(d.slot, beta * z, minlength=ch.x.size).reshape(shape)
    if len(prior) > 2:  # a prior with a centre (bsv_prior): Q c joins the linear term
        rhs += K.tridiag_matvec(prior[0], prior[1], prior[2])
    piv, low = K.tridiag_cholesky(diag, prior[1])
    y = K.lower_solve(piv, low, rhs)
    y = np.stack([y, y + rng.standard_normal(shape)])  # the conditional mean and a draw, solved together
    x = K.upper_solve(piv, low, y)
    x[:, ~d.span] = 0.0
    ch.mu, ch.x, ch.raw_mu = x[0], x[1], x[0]


def _draw_cuts(d: _Data, idx, ch: _Chain, rng, adapt: bool) -> np.ndarray:
    """Random-walk Metropolis-Hastings on every item's cutpoints at once (z integrated out).
    Returns the acceptance indicator per item."""
    n_cat = d.present.sum(axis=1)
    eta = ch.theta[d.item, 2] * ch.x.ravel()[d.slot]
    if ch.logp is None:
        ch.logp = _log_lik_bounds(*_bounds(d, idx, ch.theta.ravel(), eta), d.seg)
    proposal = ch.theta.copy()
    move = ch.step[:, None] * rng.standard_normal((d.n_items, 2))
    move[n_cat < 3, 1] = 0.0
    proposal[:, :2] += move
    logp = _log_lik_bounds(*_bounds(d, idx, proposal.ravel(), eta), d.seg)
    gain = np.bincount(d.item, logp - ch.logp, minlength=d.n_items)
    valid = (np.abs(proposal[:, :2]) <= CUT_BOUND).all(axis=1) & ((n_cat < 3) | (proposal[:, 1] > proposal[:, 0]))
    accept = valid & (np.log(rng.random(d.n_items)) < gain)
    ch.theta[accept, :2] = proposal[accept, :2]
    ch.logp = np.where(accept[d.item], logp, ch.logp)
    if adapt:
        ch.step *= np.exp(0.5 * (accept - TARGET_ACCEPT))
    return accept


def _orient(d: _Data, ch: _Chain, ref: int) -> None:
    """The sign: the reference state's mean position above 0 (x -> -x, beta -> -beta is exact)."""
    if ch.x[ref][d.span[ref]].mean() < 0:
        ch.x = -ch.x
        ch.mu = None if ch.mu is None else -ch.mu
        ch.raw_mu = None if ch.raw_mu is None else -ch.raw_mu
        ch.theta[:, 2] = -ch.theta[:, 2]


def _standardise_chain(d: _Data, ch: _Chain) -> None:
    """BSV's identification inside the chain: positions clamped to +-CLAMP, then all state-periods with votes
    together to mean 0 and sd 1. The items are left as drawn (the next sweep's draws adapt to the scale)."""
    if ch.clamped is not None:
        ch.clamped.append(bloc_checks.clamped(d, ch.x, CLAMP))
    np.clip(ch.x, -CLAMP, CLAMP, out=ch.x)
    m, s = _location_scale(d, ch.x)
    ch.x = np.where(d.span, (ch.x - m) / s, 0.0)
    ch.mu = None if ch.mu is None else np.where(d.span, (ch.mu - m) / s, 0.0)


def _location_scale(d: _Data, x: np.ndarray) -> tuple[float, float]:
    """Mean and sd of the positions of all state-periods with votes (the scale's identification)."""
    voted = d.n_votes > 0
    return x[voted].mean(), x[voted].std()


def standardised(d: _Data, x: np.ndarray, theta: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One draw on the identified scale: mean 0 and sd 1 over the state-periods with votes; the items move
    with the positions (beta x and c - beta x unchanged), so the draw predicts the same votes."""
    m, s = _location_scale(d, x)
    used = np.column_stack([d.present.sum(axis=1) >= 2, d.present.sum(axis=1) == 3])
    items = theta.copy()
    items[:, :2] -= used * (theta[:, 2] * m)[:, None]
    items[:, 2] *= s
    return np.where(d.span, (x - m) / s, 0.0), items


# ----------------------------------------------------------------------------------------- fit


def _warm_start(d: _Data, idx, n_iter: int, rng) -> tuple[np.ndarray, np.ndarray]:
    """A few iterations of the mode estimator (its default priors) from its own start: positions and items."""
    st = mode._start(d, 0.6, ("path", 1.5, 0.3), rng)
    sd = (5.0, 0.5)
    terms = K.ordinal_terms(*mode._eta_bounds(d, idx, st)[:3], d.seg)
    for _ in range(n_iter):
        terms = mode._item_step(d, idx, st, terms, sd)
        terms = mode._state_step(d, idx, st, terms)
        mode._invariant_steps(d, st, sd)
    return st.x, st.theta


def position_prior(span: np.ndarray, walk_sd: float, kind: str) -> tuple[np.ndarray, np.ndarray]:
    """Tridiagonal precision (diag, off) of each state's path over its span.

    "walk": BSV's random walk, x_first ~ N(0, 1), x_t ~ N(x_t-1, walk_sd^2); its variance grows with every
    period (1 + 40 walk_sd^2 after 40 sessions), which the standardisation to sd 1 then has to undo.
    "stationary": the Gaussian AR(1) whose marginal is the standardised scale itself, x_t ~ N(0, 1) in every
    period, with the same innovation sd: x_t ~ N(rho x_t-1, walk_sd^2), rho = sqrt(1 - walk_sd^2)."""
    if kind in ("walk", "anchored"):  # anchored: the walk times N(0, 1) on every position (a proper tail)
        return K.walk_precision(span, walk_sd, anchor_sd=1.0 if kind == "anchored" else None)
    q = walk_sd**2
    rho = np.sqrt(1.0 - q)
    link = (span[:, 1:] & span[:, :-1]).astype(float)
    diag = np.zeros(span.shape)
    diag[:, 1:] += link * (1.0 / q)  # x_t given x_t-1
    diag[:, :-1] += link * (rho**2 / q)
    start = span & ~np.concatenate([np.zeros((span.shape[0], 1), bool), span[:, :-1]], axis=1)
    diag += start  # x_first ~ N(0, 1)
    diag[~span] = 1.0
    return diag, -rho / q * link


def _reference(d: _Data, reference: str) -> int:
    where = np.flatnonzero(d.states == reference)
    return int(where[0]) if where.size else int(np.argmax(d.n_votes.sum(axis=1)))


def _check(n_burn: int, n_draws: int, thin: int, cut_every: int, walk_sd: float, beta_sd: float, warm_iter: int,
           unanimity: float, min_votes: int, kinds: tuple[str, str], path_every: int = 0) -> None:
    prior, identify = kinds
    if identify not in IDENTIFY:
        raise BadInput(f"identify must be one of {', '.join(map(repr, IDENTIFY))}, got {identify!r}")
    if prior not in PRIORS:
        raise BadInput(f"prior must be one of {', '.join(map(repr, PRIORS))}, got {prior!r}")
    if prior == "stationary" and not walk_sd < 1:
        raise BadInput(f"walk_sd must be below 1 (the sd of the standardised scale) with prior='stationary', got {walk_sd!r}")
    check_whole(0, n_burn=n_burn, warm_iter=warm_iter, path_every=path_every)
    check_whole(1, n_draws=n_draws, thin=thin, cut_every=cut_every)
    check_positive(walk_sd=walk_sd, beta_sd=beta_sd)
    check_selection(unanimity, min_votes)


def fit_gibbs_ordinal(
    votes: pd.DataFrame,
    *,
    item_groups: pd.Series | Mapping | None = None,
    n_burn: int = 100,
    n_draws: int = 200,
    thin: int = 1,
    warm_iter: int = 8,
    random_state: int | np.random.Generator | None = None,
    walk_sd: float = 0.5,
    prior: str = "walk",
    identify: str = "chain",
    beta_sd: float = 1.0,
    min_votes: int = 10,
    unanimity: float = 0.025,
    reference: str = "USA",
    interweave: bool = False,
    cut_every: int = 3,
    path_every: int = 0,
    progress: Callable[[int, int], None] | None = None,
) -> GibbsFit:
    """Posterior means of the dynamic ordered-probit model by Gibbs sampling (same input as fit_dynamic_ordinal).

    n_burn sweeps are discarded (the MH step sizes adapt there), then n_draws draws are kept, one every `thin`
    sweeps; progress(sweep, total) is called after every sweep."""
    _check(n_burn, n_draws, thin, cut_every, walk_sd, beta_sd, warm_iter, unanimity, min_votes, (prior, identify),
           path_every)
    rng = np.random.default_rng(random_state)
    d = _prepare(votes, item_groups, unanimity)
    idx = mode._build_index(d)
    x, theta = _warm_start(d, idx, warm_iter, rng)
    counts = np.bincount(d.item, minlength=d.n_items)
    ch = _Chain(theta, x, 2.0 / np.sqrt(np.maximum(counts, 1)), path_scale=np.ones(d.states.size), path_accept=[],
                clamped=[])
    ref = _reference(d, reference)
    ch.x, ch.theta = standardised(d, ch.x, ch.theta)
    _orient(d, ch, ref)
    precision = position_prior(d.span, walk_sd, prior)
    moves = gibbs_moves.blocks(d) if interweave else None
    total = n_burn + n_draws * thin
    rows = np.nonzero(d.span)
    draws = np.empty((n_draws, rows[0].size), np.float32)
    theta_sum, log_post, accepted = np.zeros_like(ch.theta), [], []
    mean_sum = np.zeros(rows[0].size)
    variance = bsv_prior.smoothing_variance(d.span, d.n_votes) if prior == "bsv" else None
    for sweep in range(1, total + 1):
        paths = path_every > 0 and sweep % path_every == 0
        if variance is not None:
            precision = bsv_prior.precision(d.span, variance, ch.x if ch.raw_mu is None else ch.raw_mu)
        accept = _sweep(d, idx, ch, rng, (precision, beta_sd, identify, ref, moves), adapt=sweep <= n_burn,
                        cuts=sweep % cut_every == 0, paths=paths)
        kept = sweep - n_burn
        if kept > 0 and kept % thin == 0:
            x, theta = standardised(d, ch.x, ch.theta)
            draws[kept // thin - 1] = x[rows]
            mean_sum += _conditional_mean(d, ch)[rows]
            theta_sum += theta
            if accept is not None:
                accepted.append(accept.mean())
                log_post.append(_log_posterior(ch, precision, beta_sd))
        if progress is not None:
            progress(sweep, total)
    diagnostics = _diagnostics(draws, accepted, d.n_votes[rows], min_votes)
    diagnostics["path_acceptance"] = float(np.mean(ch.path_accept)) if ch.path_accept else float("nan")
    ch.theta, means = theta_sum / n_draws, np.zeros(d.span.shape)
    means[rows] = mean_sum / n_draws
    diagnostics.update(bloc_checks.summary(d, idx, ch.theta, means, ch.clamped[n_burn:]))
    table = _ideal_frame(d, rows, draws, min_votes, mean_sum / n_draws)
    diagnostics["adjacent_r_min"] = mcmc_checks.adjacent_r_min(table)
    return GibbsFit(table, mode._item_frame(d, _as_state(ch)), total, diagnostics["converged"],
                    float(np.mean(log_post)) if log_post else float("nan"), d.dropped, str(d.states[ref]), draws, diagnostics)


def _sweep(d: _Data, idx, ch: _Chain, rng: np.random.Generator, config: tuple, adapt: bool,
           cuts: bool = True, paths: bool = False) -> np.ndarray | None:
    """One Gibbs sweep (module docstring, steps 1-4); returns the cutpoint proposals' acceptance per item (None
    when the sweep skips the cutpoints' step: a fixed scan, each step leaving the posterior invariant)."""
    precision, beta_sd, identify, ref, moves = config
    if paths:
        ch.x, moved = path_move.move(d, idx, ch.theta, ch.x, precision, ch.path_scale, rng)
        ch.path_scale = path_move.adapt(ch.path_scale, moved) if adapt else ch.path_scale
        if not adapt:
            ch.path_accept.append(moved.mean())
    z, xv = _latent(d, idx, ch, rng)
    _draw_beta(d, ch, z, xv, beta_sd, rng)
    _draw_paths(d, ch, z, precision, rng)
    if moves is not None:
        ch.x, _ = gibbs_moves.interweave(d, moves, ch.x, ch.theta, precision, beta_sd, rng, adapt)
        ch.mu = None
    if identify == "chain":
        _standardise_chain(d, ch)
    _orient(d, ch, ref)
    ch.logp = None
    return _draw_cuts(d, idx, ch, rng, adapt=adapt) if cuts else None


def _log_posterior(ch: _Chain, prior: tuple[np.ndarray, np.ndarray], beta_sd: float) -> float:
    walk = 0.5 * K.quad_form(prior[0], prior[1], ch.x - (prior[2] if len(prior) > 2 else 0.0)).sum()
    return float(ch.logp.sum() - walk - (ch.theta[:, 2] ** 2).sum() / (2 * beta_sd**2))


def _diagnostics(draws: np.ndarray, accepted: list[float], n_votes: np.ndarray, min_votes: int) -> dict:
    figures = mcmc_checks.summary(draws, n_votes, min_votes)
    return {**figures, "cut_acceptance": float(np.mean(accepted)) if accepted else float("nan"),
            "max_abs_draw": float(np.abs(draws).max()), "converged": bool(figures["rhat_q99"] < 1.1)}


def _as_state(ch: _Chain) -> mode._State:
    return mode._State(ch.theta, ch.x, np.zeros(0), np.zeros(0))


def _conditional_mean(d: _Data, ch: _Chain) -> np.ndarray:
    """The positions' conditional mean E[x | z, beta] of the sweep's path draw, put on the kept draw's
    standardised scale (the draw's own mean and sd: over ~10,000 state-periods they hardly depend on the
    draw's noise). Averaging these instead of the draws (Rao-Blackwellisation, Gelfand & Smith 1990) removes
    the draw's own noise from the posterior mean; the draws still give the sd and the intervals. Without a
    conditional mean (after the interweaving moves) the draw itself."""
    if ch.mu is None:
        return standardised(d, ch.x, ch.theta)[0]
    m, s = _location_scale(d, ch.x)
    return np.where(d.span, (ch.mu - m) / s, 0.0)


def _ideal_frame(d: _Data, rows: tuple[np.ndarray, np.ndarray], draws: np.ndarray, min_votes: int,
                 mean: np.ndarray) -> pd.DataFrame:
    s, t = rows
    lower, upper = np.quantile(draws, [0.025, 0.975], axis=0)
    n = d.n_votes[s, t]
    return pd.DataFrame({
        "iso3": d.states[s], "period": d.periods[t], "ideal_point": mean,
        "lower": lower.astype(float), "upper": upper.astype(float), "sd": draws.std(axis=0, dtype=np.float64),
        "n_votes": n, "few_votes": n < min_votes,
    })


class GibbsOrdinalIdealPoints:
    """Scikit-learn-style wrapper of `fit_gibbs_ordinal` with the fitted attributes of DynamicOrdinalIdealPoints
    (n_iter_ = sweeps, converged_ = split R-hat of 99% of the positions below 1.1) plus draws_ and diagnostics_."""

    PARAMS = ("n_burn", "n_draws", "thin", "warm_iter", "random_state", "walk_sd", "prior", "identify", "beta_sd",
              "min_votes", "unanimity", "reference", "interweave", "cut_every", "path_every", "progress")

    def __init__(self, *, n_burn: int = 100, n_draws: int = 200, thin: int = 1, warm_iter: int = 8,
                 random_state: int | None = None, walk_sd: float = 0.5, prior: str = "walk",
                 identify: str = "chain", beta_sd: float = 1.0, min_votes: int = 10,
                 unanimity: float = 0.025, reference: str = "USA", interweave: bool = False, cut_every: int = 3,
                 path_every: int = 0, progress: Callable[[int, int], None] | None = None) -> None:
        self.n_burn, self.n_draws, self.thin, self.warm_iter = n_burn, n_draws, thin, warm_iter
        self.random_state, self.walk_sd, self.beta_sd, self.min_votes = random_state, walk_sd, beta_sd, min_votes
        self.prior, self.identify = prior, identify
        self.unanimity, self.reference, self.progress = unanimity, reference, progress
        self.interweave, self.cut_every, self.path_every = interweave, cut_every, path_every

    def get_params(self) -> dict:
        return {k: getattr(self, k) for k in self.PARAMS}

    def fit(self, votes: pd.DataFrame, item_groups: pd.Series | Mapping | None = None) -> GibbsOrdinalIdealPoints:
        result = fit_gibbs_ordinal(votes, item_groups=item_groups, **self.get_params())
        self.ideal_points_, self.item_params_ = result.ideal_points, result.item_params
        self.n_iter_, self.converged_, self.log_posterior_ = result.n_iter, result.converged, result.log_posterior
        self.dropped_roll_calls_, self.reference_ = result.dropped_roll_calls, result.reference
        self.draws_, self.diagnostics_ = result.draws, result.diagnostics
        return self
