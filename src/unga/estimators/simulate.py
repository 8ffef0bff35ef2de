"""Roll calls simulated from the dynamic ordinal model itself, to check what the estimator's intervals mean.

`simulate_votes` draws every state's path as a random walk (start N(0, 1), steps N(0, walk^2): slow
movement, as in the record), discriminations from N(0, beta_sd^2), and lets a share of
each period's roll calls be repeats of an item of the previous period (same beta and cutpoints, fresh
votes; the bridges). `interval_coverage` is the share of true positions inside the fitted 95% intervals.
docs/methods-ideal-points.md ("Uncertainty") reports the figures.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def simulate_votes(n_states: int = 80, n_periods: int = 12, n_rc: int = 30, *, bridge_share: float = 0.2,
                   walk: float = 0.15, beta_sd: float = 1.0, seed: int = 0) -> tuple[pd.DataFrame, pd.Series, pd.DataFrame]:
    """(votes, item_groups, truth): votes iso3, rcid, period, vote; groups rcid -> item of a bridged roll call;
    truth iso3, period, true. Cutpoints are drawn near the centre (c1 ~ N(-0.5, 0.7^2), c2 = c1 + U(0.2, 1)),
    not from the estimator's weak ridge on them, which would make most roll calls near-unanimous."""
    rng = np.random.default_rng(seed)
    steps = rng.normal(0, walk, (n_states, n_periods))
    x = rng.normal(0, 1, (n_states, 1)) + np.cumsum(steps, axis=1) - steps[:, :1]
    x = -x if x[0].mean() < 0 else x  # the estimator's sign convention: the USA's mean position is positive
    states = np.array(["USA"] + [f"S{i:03d}" for i in range(1, n_states)])
    n_bridge = round(bridge_share * n_rc)
    frames, groups, previous = [], {}, None
    for t in range(n_periods):
        beta = rng.normal(0, beta_sd, n_rc)
        c1 = rng.normal(-0.5, 0.7, n_rc)
        c2 = c1 + rng.uniform(0.2, 1.0, n_rc)
        rcid = t * n_rc + 1 + np.arange(n_rc)
        if previous is not None and n_bridge:
            pick = rng.choice(n_rc, n_bridge, replace=False)
            beta[:n_bridge], c1[:n_bridge], c2[:n_bridge] = (p[pick] for p in previous[:3])
            groups.update({int(r): groups.get(int(o), int(o)) for r, o in zip(rcid[:n_bridge], previous[3][pick])})
        previous = (beta, c1, c2, rcid)
        ystar = beta[None, :] * x[:, t, None] + rng.standard_normal((n_states, n_rc))
        vote = np.where(ystar <= c1, "no", np.where(ystar <= c2, "abstain", "yes"))
        frames.append(pd.DataFrame({"iso3": np.repeat(states, n_rc), "rcid": np.tile(rcid, n_states),
                                    "period": t + 1, "vote": vote.ravel()}))
    for group in set(groups.values()):
        groups.setdefault(group, group)
    truth = pd.DataFrame({"iso3": np.repeat(states, n_periods), "period": np.tile(np.arange(1, n_periods + 1), n_states),
                          "true": x.ravel()})
    return pd.concat(frames, ignore_index=True), pd.Series(groups, dtype=object), truth


def interval_coverage(estimates: pd.DataFrame, truth: pd.DataFrame, *, align: bool = False) -> float:
    """Share of state-periods whose true position lies in [lower, upper] (the sign is fixed by the USA in both).

    The priors, not the data, set the scale and origin of the estimates; align=True first maps the truth onto
    the estimates' scale (least squares, truth -> a + b truth), so what is left is the intervals' width
    against the estimation error proper."""
    joined = estimates.merge(truth, on=["iso3", "period"])
    true = joined["true"]
    if align:
        slope, intercept = np.polyfit(true, joined["ideal_point"], 1)
        true = intercept + slope * true
    return float(((joined["lower"] <= true) & (true <= joined["upper"])).mean())
