"""The Gibbs sampler of the dynamic ordinal model (posterior means): its draws, recovery of simulated positions
with bridges, the coverage of its intervals, and the real record's poles."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from unga.errors import BadInput
from unga.estimators import GibbsOrdinalIdealPoints, fit_gibbs_ordinal
from unga.estimators.gibbs_ordinal import truncated_normal
from unga.estimators.mcmc_checks import split_rhat
from unga.estimators.simulate import interval_coverage, simulate_votes


@pytest.fixture(scope="module")
def simulated():
    votes, groups, truth = simulate_votes(80, 12, 30, seed=0)
    return votes, groups, truth, fit_gibbs_ordinal(votes, item_groups=groups, random_state=0)


def test_truncated_normal_draws_stay_inside_and_match_the_distribution():
    rng = np.random.default_rng(0)
    n = 200_000
    for a, b in ((-np.inf, -3.0), (2.5, np.inf), (-0.5, 0.7), (8.0, 8.5), (-40.0, -39.0), (-np.inf, -45.0)):
        z = truncated_normal(np.full(n, a), np.full(n, b), rng)
        assert np.all((z >= a) & (z <= b)), (a, b)
        if b > -37:  # inside ndtr's range: compare with scipy's exact mean and sd
            lo, hi = max(a, -60.0), min(b, 60.0)
            mean, sd = stats.truncnorm.mean(lo, hi), stats.truncnorm.std(lo, hi)
            assert abs(z.mean() - mean) < 5 * sd / np.sqrt(n) + 1e-9, (a, b)
            assert abs(z.std() / sd - 1) < 0.02, (a, b)


def test_latent_draws_keep_inside_draws_and_match_the_truncated_normal():
    """_accept_or_invert: a plain normal draw kept when it falls inside the vote's interval, the inverse CDF
    otherwise; the mixture is the truncated normal exactly, whatever the interval's probability."""
    from unga.estimators.gibbs_ordinal import _accept_or_invert

    rng = np.random.default_rng(2)
    n = 200_000
    cases = [(-np.inf, 1.5), (-np.inf, -2.0), (-0.4, 0.3), (1.0, 6.0), (-1.0, np.inf), (2.5, np.inf)]
    lo = np.repeat([c[0] for c in cases], n)
    hi = np.repeat([c[1] for c in cases], n)
    e = rng.standard_normal(lo.size)
    inside = (e > lo) & (e <= hi)
    kept = e[inside].copy()
    _accept_or_invert(e, lo, hi, (2 * n, 4 * n), rng)  # segments: lowest answer, middle, highest
    assert np.array_equal(e[inside], kept)
    for k, (a, b) in enumerate(cases):
        z = e[k * n:(k + 1) * n]
        assert np.all((z > a) & (z <= b)), (a, b)
        mean, sd = stats.truncnorm.mean(max(a, -60), min(b, 60)), stats.truncnorm.std(max(a, -60), min(b, 60))
        assert abs(z.mean() - mean) < 5 * sd / np.sqrt(n), (a, b, z.mean(), mean)
        assert abs(z.std() / sd - 1) < 0.02, (a, b)


def test_log_likelihood_of_the_three_answers():
    from unga.estimators.gibbs_ordinal import _log_lik

    eta = np.array([0.3, 0.3, -9.0, 0.3, 9.0, 0.3, 40.0])
    lo = np.array([0.0, -1.0, -10.0, -1.0, 8.5, 0.5, 0.0])
    hi = np.array([0.5, 0.5, -8.0, 2.0, 9.5, 0.0, 0.0])
    # two "no" (below hi), three abstentions (between lo and hi), two "yes" (above lo)
    got = _log_lik(eta, lo, hi, (2, 5))
    n = stats.norm
    expected = [n.logcdf(0.2), n.logcdf(0.2), np.log(n.cdf(1.0) - n.cdf(-1.0)), np.log(n.cdf(1.7) - n.cdf(-1.3)),
                np.log(n.cdf(0.5) - n.cdf(-0.5)), n.logsf(0.2), n.logsf(-40.0)]
    assert np.allclose(got, expected, rtol=1e-9, atol=1e-12)
    # abstentions deep in either tail (beyond ndtr's range) and very narrow intervals
    eta = np.array([40.0, -40.0, 0.2, 0.0])
    lo, hi = np.array([-1.0, 1.0, 0.0, 0.3]), np.array([1.0, 2.0, 1e-7, 0.3 + 1e-9])
    got = _log_lik(eta, lo, hi, (0, 4))
    assert np.allclose(got[:2], [n.logcdf(-39.0) + np.log1p(-np.exp(n.logcdf(-41.0) - n.logcdf(-39.0))),
                                 n.logcdf(-41.0) + np.log1p(-np.exp(n.logcdf(-42.0) - n.logcdf(-41.0)))], rtol=1e-9)
    assert np.allclose(got[2:], np.log([1e-7 * n.pdf(-0.2), 1e-9 * n.pdf(0.3)]), rtol=1e-6)


def test_recovers_simulated_positions_with_bridges(simulated):
    _, _, truth, fit = simulated
    joined = fit.ideal_points.merge(truth, on=["iso3", "period"])
    assert len(joined) == 80 * 12
    r = np.corrcoef(joined["ideal_point"], joined["true"])[0, 1]
    assert r > 0.95, r
    # the scale is BSV's: all state-periods standardised, so the posterior means have mean ~0 and sd just below 1
    assert abs(joined["ideal_point"].mean()) < 0.05
    assert 0.9 < joined["ideal_point"].std() < 1.05
    assert fit.ideal_points.loc[fit.ideal_points["iso3"] == "USA", "ideal_point"].mean() > 0


def test_interval_coverage_is_roughly_nominal(simulated):
    _, _, truth, fit = simulated
    aligned = interval_coverage(fit.ideal_points, truth, align=True)
    assert 0.85 <= aligned <= 0.99, aligned
    table = fit.ideal_points
    assert (table["lower"] <= table["ideal_point"]).all() and (table["ideal_point"] <= table["upper"]).all()
    assert (table["sd"] > 0).all()


def test_draws_diagnostics_and_items(simulated):
    _, groups, _, fit = simulated
    assert fit.draws.shape == (200, len(fit.ideal_points))
    # the posterior mean is the average of the conditional means, within Monte Carlo error of the draws' average
    gap = fit.draws.mean(axis=0) - fit.ideal_points["ideal_point"].to_numpy()
    assert np.abs(gap).max() < 4 * fit.ideal_points["sd"].max() / np.sqrt(20) and np.abs(gap).mean() < 0.05
    assert fit.n_iter == 300 and fit.reference == "USA"
    assert 0.2 < fit.diagnostics["cut_acceptance"] < 0.5
    assert np.isfinite(fit.diagnostics["rhat_q99"]) and fit.diagnostics["rhat_q99"] >= 1.0
    items = fit.item_params
    bridged = items.loc[[r for r in groups.index if r in items.index]]
    assert bridged.groupby("group")["beta"].nunique().max() == 1  # bridged roll calls share one item


def test_adjacent_periods_diagnostic_sees_a_reflected_period(simulated):
    from unga.estimators.mcmc_checks import adjacent_r_min

    _, _, _, fit = simulated
    assert fit.diagnostics["adjacent_r_min"] > 0.5  # one orientation throughout
    table = fit.ideal_points.copy()
    early = table["period"] <= table["period"].min() + 2
    table.loc[early, "ideal_point"] *= -1  # the first three periods reflected, as a chain from a random start can be
    assert adjacent_r_min(table) < -0.5


def test_split_rhat_tells_a_stuck_chain_from_a_mixed_one():
    rng = np.random.default_rng(1)
    mixed = rng.standard_normal((400, 3))
    stuck = np.concatenate([np.zeros((200, 3)), np.full((200, 3), 3.0)]) + 0.1 * rng.standard_normal((400, 3))
    assert split_rhat(mixed).max() < 1.05
    assert split_rhat(stuck).min() > 2


def test_same_random_state_same_result():
    votes, groups, _ = simulate_votes(30, 6, 20, seed=3)
    settings = {"item_groups": groups, "n_burn": 20, "n_draws": 20, "warm_iter": 5}
    a = fit_gibbs_ordinal(votes, random_state=7, **settings).ideal_points
    b = fit_gibbs_ordinal(votes, random_state=7, **settings).ideal_points
    pd.testing.assert_frame_equal(a, b)
    # nor does the order of the input's rows matter (the store returns them in no fixed order)
    c = fit_gibbs_ordinal(votes.sample(frac=1.0, random_state=1), random_state=7, **settings).ideal_points
    pd.testing.assert_frame_equal(a, c)


def test_wrapper_progress_and_bad_configuration():
    votes, groups, _ = simulate_votes(30, 6, 20, seed=3)
    calls = []
    model = GibbsOrdinalIdealPoints(n_burn=10, n_draws=10, thin=2, warm_iter=0, random_state=0,
                                    progress=lambda i, n: calls.append((i, n))).fit(votes, item_groups=groups)
    assert calls[-1] == (30, 30) and len(calls) == 30
    assert model.n_iter_ == 30 and model.draws_.shape[0] == 10
    assert 0.1 < model.diagnostics_["cut_acceptance"] < 0.9  # from the sweeps that ran the cutpoints' step
    assert set(model.ideal_points_.columns) >= {"iso3", "period", "ideal_point", "lower", "upper", "sd", "n_votes"}
    for bad in ({"n_draws": 0}, {"thin": 0}, {"n_burn": -1}, {"walk_sd": 0}, {"beta_sd": -1.0}, {"unanimity": 0.6},
                {"prior": "flat"}, {"prior": "stationary", "walk_sd": 1.0}, {"identify": "none"}, {"cut_every": 0}):
        with pytest.raises(BadInput):
            fit_gibbs_ordinal(votes, **bad)


def test_real_record_usa_and_russia_far_apart(built_store):
    from unga import api

    result = api.ideal_points(period="year", votes="final", start=2016, method="gibbs", random_state=0,
                              n_burn=60, n_draws=60)
    table = result.table.set_index(["iso3", "period"])["ideal_point"]
    assert result.diagnostics["method"] == "gibbs" and result.diagnostics["reference"] == "USA"
    usa, rus = table.loc["USA"], table.loc["RUS"]
    assert (usa.loc[2016:2025] > 2.0).all(), usa  # in sd units of the whole fit, mean 0
    assert (rus.loc[2022:2024] < 0).all(), rus  # the ES-11 years (2025: the USA voted with Russia on Ukraine)
    assert (usa.loc[2022:2025] - rus.loc[2022:2025]).min() > 3.0
    with pytest.raises(BadInput, match="--method"):
        api.ideal_points(method="median")


def test_stationary_prior_is_the_unit_variance_ar1_and_walk_is_bsv():
    from unga.estimators.gibbs_ordinal import position_prior

    span = np.zeros((3, 6), bool)
    span[0, :] = True
    span[1, 2:5] = True
    span[2, 3] = True
    diag, off = position_prior(span, 0.5, "stationary")
    rho = np.sqrt(0.75)
    for i, (a, b) in enumerate(((0, 6), (2, 5), (3, 4))):
        n = b - a
        q = np.diag(diag[i, a:b]) + np.diag(off[i, a:b - 1], 1) + np.diag(off[i, a:b - 1], -1)
        cov = rho ** np.abs(np.subtract.outer(np.arange(n), np.arange(n)))
        assert np.allclose(np.linalg.inv(q), cov)
    diag, off = position_prior(span, 0.5, "walk")
    q = np.diag(diag[0]) + np.diag(off[0], 1) + np.diag(off[0], -1)
    assert np.allclose(np.diag(np.linalg.inv(q)), 1 + 0.25 * np.arange(6))  # the walk's variance grows


def test_identification_in_the_chain_or_on_the_draws_recovers_the_same_positions():
    votes, groups, truth = simulate_votes(40, 8, 25, seed=5)
    fits = {how: fit_gibbs_ordinal(votes, item_groups=groups, random_state=0, identify=how, n_burn=60, n_draws=100)
            for how in ("chain", "draws")}
    for fit in fits.values():
        draw = fit.draws[-1]
        voted = fit.ideal_points["n_votes"].to_numpy() > 0
        assert abs(draw[voted].mean()) < 1e-5 and abs(draw[voted].std() - 1) < 1e-5  # every draw standardised
        joined = fit.ideal_points.merge(truth, on=["iso3", "period"])
        assert np.corrcoef(joined["ideal_point"], joined["true"])[0, 1] > 0.93
    a, b = (fits[k].ideal_points["ideal_point"] for k in ("chain", "draws"))
    assert np.corrcoef(a, b)[0, 1] > 0.98


def test_cli_ideal_method_gibbs(real, tmp_path):
    from fixtures import cli

    code, _, err = cli("ideal", "--method", "median")
    assert code == 2 and "invalid choice: 'median'" in err
    out_csv = tmp_path / "gibbs.csv"
    code, out, err = cli("ideal", "--from", "2021", "--to", "2024", "--method", "gibbs", "--out", str(out_csv),
                         "--states", "USA,RUS")
    assert code == 0, err
    frame = pd.read_csv(out_csv)
    assert list(frame.columns) == ["iso3", "period", "ideal_point", "lower", "upper", "n_votes"]
    usa = frame[frame["iso3"] == "USA"].set_index("period")["ideal_point"]
    rus = frame[frame["iso3"] == "RUS"].set_index("period")["ideal_point"]
    assert (usa - rus).loc[2022:2024].min() > 2.0
    assert "posterior mean of 300 Gibbs sweeps, split R-hat" in out


def _log_posterior(d, idx, prior, x, theta):
    from unga.estimators import _kernels as K
    from unga.estimators.gibbs_ordinal import _log_lik

    flat = theta.ravel()
    lik = _log_lik(theta[d.item, 2] * x.ravel()[d.slot], flat[idx.lo], flat[idx.hi], d.seg).sum()
    return lik - 0.5 * K.quad_form(prior[0], prior[1], x).sum() - 0.5 * (theta[:, 2] ** 2).sum()


@pytest.mark.parametrize("kind", ["scale", "shift"])
@pytest.mark.parametrize("length", [1, 3])
def test_interweaving_ratio_is_the_exact_posterior_ratio(kind, length):
    """The move's Metropolis-Hastings ratio, block by block, against the whole log posterior computed from every
    vote (the bridged items' votes across the block edges included) plus the Jacobian of the scale move."""
    from unga.estimators import dynamic_ordinal as mode
    from unga.estimators import gibbs_moves as moves
    from unga.estimators._prepare import _prepare
    from unga.estimators.gibbs_ordinal import position_prior

    votes, groups, _ = simulate_votes(40, 8, 20, seed=1)
    d = _prepare(votes, groups, 0.025)
    idx, bl = mode._build_index(d), moves.blocks(d)
    assert bl.bridged.shape[1] > 0  # some items span several periods
    rng = np.random.default_rng(3)
    x = np.where(d.span, rng.normal(size=d.span.shape), 0.0)
    theta = np.column_stack([rng.uniform(-1.5, -0.5, d.n_items), rng.uniform(0.5, 1.5, d.n_items),
                             rng.normal(size=d.n_items)])
    prior = position_prior(d.span, 0.5, "walk")
    moves.refresh(bl, x, theta)
    block, active = moves.layout(d.span.shape[1], length, 1, 0)
    for b in np.flatnonzero(active & (np.bincount(block, minlength=active.size) > 0)):
        step = np.where(np.arange(active.size) == b, 0.3, 0.0)
        p = moves.propose(d, bl, x, theta, (prior, 1.0), kind, block, step)
        jacobian = 0.0
        if kind == "scale":
            jacobian = 0.3 * (d.span[:, block == b].sum() - p.inside.sum())
        expected = _log_posterior(d, idx, prior, p.x, p.theta) - _log_posterior(d, idx, prior, x, theta) + jacobian
        assert p.log_ratio[b] == pytest.approx(expected, abs=1e-6), (b, p.log_ratio[b], expected)
        assert p.log_ratio[b] != 0.0


def test_interweaving_keeps_the_posterior_and_mixes_faster():
    """On the raw scale (identify="draws", an exact sampler of the posterior) the moves leave the posterior means
    and sds where the plain sampler puts them and lower the split R-hat of the same number of sweeps."""
    votes, groups, _ = simulate_votes(80, 12, 30, seed=0)
    # cut_every=2, the setting the moves were measured with: with the cutpoints moved every third sweep they no
    # longer lower R-hat here (1.136 -> 1.153; docs/methods-ideal-points.md, "Within the budget")
    fits = [fit_gibbs_ordinal(votes, item_groups=groups, random_state=1, identify="draws", n_burn=100, n_draws=400,
                              interweave=flag, cut_every=2) for flag in (False, True)]
    plain, moved = (f.ideal_points for f in fits)
    assert np.corrcoef(plain["ideal_point"], moved["ideal_point"])[0, 1] > 0.99
    assert 0.93 < moved["sd"].mean() / plain["sd"].mean() < 1.07
    assert fits[1].diagnostics["rhat_q99"] < fits[0].diagnostics["rhat_q99"]
