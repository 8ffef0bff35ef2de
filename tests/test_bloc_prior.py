"""Unanimous blocs and Bailey, Strezhnev & Voeten's own prior (docs/methods-ideal-points.md, "Unanimous blocs
once the chain has mixed"): bsv_prior's terms, the sampler with prior="bsv" and "anchored", the path move with
a prior that has a centre, and bloc_checks on a planted bloc."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from unga.estimators import bsv_prior, fit_gibbs_ordinal, path_move
from unga.estimators import dynamic_ordinal as mode
from unga.estimators._prepare import _prepare
from unga.estimators.simulate import simulate_votes
from unga.results_analysis import _held_by_prior


def test_bsv_variance_and_centres():
    span = np.array([[True, True, True, True], [False, False, True, False]])
    n = np.array([[10, 30, 10, 0], [0, 0, 20, 0]])
    v = bsv_prior.smoothing_variance(span, n)
    # 0.5 n_t / (n_t + n_t-1); a first period against its next; no votes count as one
    assert np.allclose(v[0], [0.5 * 10 / 40, 0.5 * 30 / 40, 0.5 * 10 / 40, 0.5 * 1 / 11])
    assert np.isclose(v[1, 2], 0.5 * 20 / 21) and v[1, 0] == 1.0  # outside the span: precision 1, no centre
    mean = np.arange(8.0).reshape(2, 4) + 1
    c = bsv_prior.centres(span, mean)
    assert c[0].tolist() == [2.0, 1.0, 2.0, 3.0]  # first: its second period's mean; then the previous one's
    assert c[1].tolist() == [0.0, 0.0, 0.0, 0.0]  # a state with one period: 0
    diag, off, centre = bsv_prior.precision(span, v, mean)
    assert np.allclose(diag, 1 / v) and off.shape == (2, 3) and not off.any() and (centre == c).all()


def test_path_move_prior_with_a_centre_is_the_shifted_gaussian():
    votes, groups, _ = simulate_votes(20, 5, 15, seed=2)
    d = _prepare(votes, groups, 0.025)
    idx = mode._build_index(d)
    rng = np.random.default_rng(0)
    theta = mode._start(d, 0.6, ("path", 1.5, 0.3), rng).theta
    x = np.where(d.span, rng.standard_normal(d.span.shape), 0.0)
    diag, off = np.full(d.span.shape, 4.0), np.zeros((d.span.shape[0], d.span.shape[1] - 1))
    centre = np.where(d.span, 0.7, 0.0)
    plain = path_move._local(d, idx, theta, x, (diag, off))[0]
    shifted = path_move._local(d, idx, theta, x, (diag, off, centre))[0]
    expected = -0.5 * ((diag * ((x - centre) ** 2 - x**2)) * d.span).sum(axis=1)
    assert np.allclose(shifted - plain, expected)


@pytest.mark.parametrize("prior,path_every", [("bsv", 0), ("bsv", 1), ("anchored", 1)])
def test_other_priors_recover_simulated_positions(prior, path_every):
    votes, groups, truth = simulate_votes(40, 8, 25, seed=5)
    fit = fit_gibbs_ordinal(votes, item_groups=groups, n_burn=40, n_draws=40, random_state=0, prior=prior,
                            path_every=path_every)
    joined = fit.ideal_points.merge(truth, on=["iso3", "period"])
    assert np.corrcoef(joined["ideal_point"], joined["true"])[0, 1] > 0.93
    assert fit.diagnostics["clamped_per_sweep"] == 0.0  # nobody is far out here


def planted_bloc(seed: int = 7) -> tuple[pd.DataFrame, list[str]]:
    """60 states with fixed positions N(0, 1) over 4 periods of 40 roll calls, the last two states a bloc at -5
    (their votes those of a position far beyond everyone else's)."""
    rng = np.random.default_rng(seed)
    n_states, n_periods, n_rc = 60, 4, 40
    x = rng.normal(0, 1, n_states)
    x[0], x[-2:] = 1.5, -5.0
    states = np.array(["USA"] + [f"S{i:02d}" for i in range(1, n_states - 2)] + ["B0", "B1"])
    frames = []
    for t in range(n_periods):
        beta = rng.normal(0, 1, n_rc)
        c1 = rng.normal(-0.5, 0.7, n_rc)
        c2 = c1 + rng.uniform(0.2, 1.0, n_rc)
        ystar = beta[None, :] * x[:, None] + rng.standard_normal((n_states, n_rc))
        vote = np.where(ystar <= c1, "no", np.where(ystar <= c2, "abstain", "yes"))
        frames.append(pd.DataFrame({"iso3": np.repeat(states, n_rc), "rcid": np.tile(t * n_rc + 1 + np.arange(n_rc),
                                    n_states), "period": t + 1, "vote": vote.ravel()}))
    return pd.concat(frames, ignore_index=True), ["B0", "B1"]


def test_a_planted_bloc_is_held_by_the_prior_not_by_its_votes():
    votes, bloc = planted_bloc()
    fit = fit_gibbs_ordinal(votes, n_burn=40, n_draws=40, random_state=0)
    d = fit.diagnostics
    held = d["held_by_prior_states"]
    assert held["B0"] == held["B1"] == 4  # the bloc in each of its periods
    assert sum(n for s, n in held.items() if s not in bloc) <= 3  # a few true extremes of N(0, 1) at most
    assert d["beyond_2sd"] >= d["held_by_prior"] >= 8
    table = fit.ideal_points
    assert (table[table["iso3"].isin(bloc)]["ideal_point"] < -2).all()
    text = _held_by_prior(d)
    assert text.startswith(f"; {d['held_by_prior']} positions beyond 2 sd are held in by the prior, not by their votes (")
    assert "B0 4" in text and _held_by_prior({"held_by_prior": 0}) == "" and "clamp" not in text
    assert _held_by_prior({**d, "clamped_per_sweep": 35.04}).endswith("; 35.0 positions per sweep at the ±5 clamp")
