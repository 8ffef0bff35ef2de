"""path_move: the Metropolis-Hastings move of each state's whole path given the items, the latent utilities
integrated out. Exactness against numerical integration of a one-state, two-period posterior; the Gibbs sampler
with the move on simulated data and on the record."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy import stats
from scipy.special import log_ndtr

from unga.estimators import _kernels as K
from unga.estimators import dynamic_ordinal as mode
from unga.estimators import fit_gibbs_ordinal, path_move
from unga.estimators._prepare import _prepare
from unga.estimators.simulate import simulate_votes

# one state's six votes, three per period; items with strong, unequal discriminations so that the posterior
# is visibly not Gaussian (a wrong ratio, e.g. without the reverse proposal, moves its mean by > 10 SE)
ANSWERS = ["yes", "yes", "abstain", "no", "yes", "yes"]
BETAS = [2.5, 3.0, 1.0, -2.0, 2.0, 2.5]
CUTS = [(-0.5, 0.5), (0.8, 1.5), (-0.3, 0.6), (-1.0, 0.2), (0.0, 2.0), (1.0, 3.5)]
CODES = {"no": 0, "abstain": 1, "yes": 2}


def replicated_problem(n_rep: int):
    """n_rep copies of the same state (independent given the items, so each has the same posterior) and three
    states voting no / abstain / yes everywhere, which keep every roll call and its three answers."""
    rows = [(f"R{r:05d}", j, 1 + j // 3, a) for r in range(n_rep) for j, a in enumerate(ANSWERS)]
    rows += [(f"X{k}", j, 1 + j // 3, a) for k, a in enumerate(CODES) for j in range(len(ANSWERS))]
    d = _prepare(pd.DataFrame(rows, columns=["iso3", "rcid", "period", "vote"]), None, 0.0)
    item = d.item_of_rc.set_index("rcid")["item"]
    theta = np.zeros((d.n_items, 3))
    for j in range(len(ANSWERS)):
        theta[item[j]] = [*CUTS[j], BETAS[j]]
    return d, mode._build_index(d), theta


def grid_posterior():
    """The replicate's posterior on a fine grid: walk prior x1 ~ N(0, 1), x2 ~ N(x1, 0.5^2), times its votes."""
    g = np.linspace(-6, 8, 561)
    x1, x2 = np.meshgrid(g, g, indexing="ij")
    log_p = -x1**2 / 2 - (x2 - x1) ** 2 / (2 * 0.25)
    for j, answer in enumerate(ANSWERS):
        eta, (a, b) = BETAS[j] * (x1 if j < 3 else x2), CUTS[j]
        if CODES[answer] == 0:
            log_p = log_p + log_ndtr(a - eta)
        elif CODES[answer] == 2:
            log_p = log_p + log_ndtr(eta - b)
        else:
            log_p = log_p + np.log(np.maximum(np.exp(log_ndtr(b - eta)) - np.exp(log_ndtr(a - eta)), 1e-300))
    p = np.exp(log_p - log_p.max())
    return g, x1, x2, p / p.sum()


@pytest.mark.parametrize("step", [1.0, 0.3])
def test_move_alone_leaves_the_exact_posterior_invariant(step):
    """Start 4,000 replicates from exact posterior draws (the grid), apply 30 moves and nothing else: they must
    still be posterior draws (means within 4 SE, sds within 4%, Kolmogorov-Smirnov on each margin)."""
    d, idx, theta = replicated_problem(4000)
    g, x1, x2, p = grid_posterior()
    rng = np.random.default_rng(0)
    n = d.states.size
    pick = rng.choice(p.size, size=n, p=p.ravel())
    half = (g[1] - g[0]) / 2
    x = np.column_stack([x1.ravel()[pick], x2.ravel()[pick]]) + rng.uniform(-half, half, (n, 2))
    prior = K.walk_precision(d.span, 0.5)
    rate = []
    for _ in range(30):
        x, accept = path_move.move(d, idx, theta, x, prior, np.full(n, step), rng)
        rate.append(accept.mean())
    rep = np.char.startswith(d.states.astype(str), "R")
    for k, grid in enumerate((x1, x2)):
        mean = (p * grid).sum()
        sd = np.sqrt((p * (grid - mean) ** 2).sum())
        got = x[rep, k]
        assert abs(got.mean() - mean) < 4 * sd / np.sqrt(rep.sum()), (k, got.mean(), mean)
        assert abs(got.std() / sd - 1) < 0.04, (k, got.std(), sd)
        cdf = np.cumsum(p.sum(axis=1 - k))
        assert stats.kstest(got, lambda v, cdf=cdf: np.interp(v, g + half, cdf)).pvalue > 1e-3
    assert 0.5 < np.mean(rate) < 0.95  # not trivially still: the posterior is not Gaussian, and most moves are taken


def test_move_from_a_bad_start_reaches_the_posterior():
    """All replicates started at x = (3, 3), far in the tail: after 40 moves their distribution is the posterior."""
    d, idx, theta = replicated_problem(3000)
    _, x1, _, p = grid_posterior()
    rng = np.random.default_rng(1)
    n = d.states.size
    x = np.full((n, 2), 3.0)
    prior = K.walk_precision(d.span, 0.5)
    for _ in range(40):
        x, _ = path_move.move(d, idx, theta, x, prior, np.full(n, 0.5), rng)
    rep = np.char.startswith(d.states.astype(str), "R")
    mean1 = (p * x1).sum()
    sd1 = np.sqrt((p * (x1 - mean1) ** 2).sum())
    assert abs(x[rep, 0].mean() - mean1) < 4 * sd1 / np.sqrt(rep.sum())


def test_gibbs_with_the_path_move_recovers_and_mixes_faster():
    """Simulated record (bridges included): with the move on every sweep the posterior means agree with the plain
    sampler's, the positions are recovered as well, most moves are accepted and the chain mixes faster."""
    votes, groups, truth = simulate_votes(80, 12, 30, seed=0)
    plain, moved = (fit_gibbs_ordinal(votes, item_groups=groups, random_state=0, n_burn=40, n_draws=80,
                                      path_every=k) for k in (0, 1))
    joined = moved.ideal_points.merge(truth, on=["iso3", "period"])
    assert np.corrcoef(joined["ideal_point"], joined["true"])[0, 1] > 0.95
    assert np.corrcoef(plain.ideal_points["ideal_point"], moved.ideal_points["ideal_point"])[0, 1] > 0.98
    assert moved.diagnostics["path_acceptance"] > 0.5
    assert np.isnan(plain.diagnostics["path_acceptance"])
    assert moved.diagnostics["rhat_q99"] < plain.diagnostics["rhat_q99"]


def test_path_every_is_checked():
    from unga.errors import BadInput

    votes, groups, _ = simulate_votes(20, 3, 10, seed=0)
    for bad in (-1, 1.5):
        with pytest.raises(BadInput, match="path_every"):
            fit_gibbs_ordinal(votes, item_groups=groups, n_burn=2, n_draws=2, path_every=bad)
