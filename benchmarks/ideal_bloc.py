"""Where does the Gibbs chain put a unanimous bloc, and what holds it there? (docs/methods-ideal-points.md,
"Unanimous blocs once the chain has mixed".) One whole-record fit, instrumented:

* the bloc's posterior means, sds and 95% intervals in one period (default: the Soviet bloc of 1976);
* per kept sweep, before the in-chain standardisation: how many positions the +-5 clamp cuts, the bloc's raw
  positions and the raw sd they are divided by;
* at the last sweep, for each bloc state, how the log-likelihood of its votes and the log prior of its path
  change when its positions of the bloc decade are moved outwards together by 0.5, 1 and 2 (the items held):
  what resists an outward move, the votes or the prior.

Run on demand (needs a built store; 30-70 s per fit):
  python benchmarks/ideal_bloc.py [--period year] [--votes all] [--prior walk|stationary|bsv] [--path-every 1]
      [--burn 40 --draws 80] [--clamp 5] [--walk-sd 0.5] [--identify chain|draws] [--beta-scale] [--scale] [--start-out -4.5]   (--scale: the four targets as bench_ideal; --start-out: the
      bloc (Cuba excepted) started that far out in 1950-89, to see whether a chain keeps or leaves it)
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))
import ideal_scale
from bench_gibbs import votes

from unga import api
from unga.estimators import _kernels as K
from unga.estimators import fit_gibbs_ordinal
from unga.estimators import gibbs_ordinal as G

BLOC = ("SUN", "BLR", "UKR", "MNG", "POL", "BGR", "CSK", "DDR", "HUN", "CUB")


class Recorder:
    """Wraps the chain's standardisation and sweep: raw figures per sweep, the last chain and its data."""

    def __init__(self, clamp: float):
        self.clamp, self.rows, self.last = clamp, [], None
        self.standardise, self.sweep = G._standardise_chain, G._sweep

    def install(self) -> None:
        def standardise(d, ch):
            voted = d.n_votes > 0
            raw = ch.x[voted]
            bloc = np.isin(d.states, BLOC)[:, None] & voted
            self.rows.append({"clamped": int((np.abs(raw) >= self.clamp).sum()), "raw_sd": float(raw.std()),
                              "raw_min": float(raw.min()), "bloc_clamped": int((np.abs(ch.x[bloc]) >= self.clamp).sum())})
            self.standardise(d, ch)

        def sweep(d, idx, ch, rng, config, **kw):
            self.last = (d, idx, ch, config[0])
            return self.sweep(d, idx, ch, rng, config, **kw)
        G._standardise_chain, G._sweep = standardise, sweep

    def remove(self) -> None:
        G._standardise_chain, G._sweep = self.standardise, self.sweep


def profile(last, years: tuple[int, int], shifts=(-2.0, -1.0, -0.5, 0.5)) -> pd.DataFrame:
    """Change of each bloc state's vote log-likelihood and log prior when its positions in `years` move by each
    shift (outwards = away from 0), items held at the last sweep."""
    d, idx, ch, prior = last
    cols = (d.periods >= years[0]) & (d.periods <= years[1])
    flat, beta = ch.theta.ravel(), ch.theta[d.item, 2]
    centre = prior[2] if len(prior) > 2 else 0.0
    rows = []
    for code in BLOC:
        where = np.flatnonzero(d.states == code)
        if not where.size:
            continue
        s = where[0]
        mine = d.state == s
        side = -1.0 if ch.x[s, cols & d.span[s]].mean() < 0 else 1.0
        base_ll = base_lp = None
        row = {"iso3": code, "mean_x": float(ch.x[s, cols & d.span[s]].mean())}
        for shift in (0.0, *shifts):
            x = ch.x.copy()
            x[s, cols & d.span[s]] -= side * shift  # shift < 0: away from 0
            eta = beta * x.ravel()[d.slot]
            ll = G._log_lik_bounds(*G._bounds(d, idx, flat, eta), d.seg)[mine].sum()
            lp = -0.5 * K.quad_form(prior[0][s:s + 1], prior[1][s:s + 1], (x - centre)[s:s + 1])[0]
            if shift == 0.0:
                base_ll, base_lp = ll, lp
            else:
                label = f"out {abs(shift)}" if shift < 0 else f"in {shift}"
                row[f"dlik {label}"], row[f"dprior {label}"] = ll - base_ll, lp - base_lp
        rows.append(row)
    return pd.DataFrame(rows).set_index("iso3").round(2)


def beta_scale(original, taus: list):
    """The discriminations' prior scale drawn with them: tau^2 | beta ~ InvGamma(1 + K/2, 1 + sum beta^2 / 2), then
    beta | tau, z, x as before (an exact Gibbs step of the hierarchical prior; tau recorded in `taus`)."""
    def draw(d, ch, z, xv, beta_sd, rng):
        beta = ch.theta[:, 2]
        tau2 = (1.0 + 0.5 * (beta**2).sum()) / rng.gamma(1.0 + 0.5 * beta.size)
        taus.append(float(np.sqrt(tau2)))
        return original(d, ch, z, xv, np.sqrt(tau2), rng)
    return draw


def bloc_start(original, value: float):
    """The warm start with the bloc's positions of 1950-1989 (by year or session) moved to `value` (after the
    standardisation of the start, which fit_gibbs_ordinal applies next, they sit about that far out)."""
    def start(d, idx, n_iter, rng):
        x, theta = original(d, idx, n_iter, rng)
        year = d.periods + (1945 if d.periods.max() < 1000 else 0)
        rows = np.isin(d.states, BLOC[:-1])[:, None] & ((year >= 1950) & (year < 1990))[None, :] & d.span
        voted = d.n_votes > 0
        x = x - x[voted].mean()
        x = x / x[voted].std()
        return np.where(rows, value, x), theta
    return start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--period", default="year", choices=("year", "session"))
    parser.add_argument("--votes", default="all", choices=("all", "final", "published"))
    parser.add_argument("--prior", default="walk", choices=G.PRIORS)
    parser.add_argument("--path-every", type=int, default=1)
    parser.add_argument("--burn", type=int, default=40)
    parser.add_argument("--draws", type=int, default=80)
    parser.add_argument("--clamp", type=float, default=G.CLAMP)
    parser.add_argument("--walk-sd", type=float, default=0.5)
    parser.add_argument("--identify", default="chain", choices=G.IDENTIFY)
    parser.add_argument("--beta-scale", action="store_true",
                        help="beta ~ N(0, tau^2) with tau^2 ~ InvGamma(1, 1) drawn every sweep (instead of tau = 1)")
    parser.add_argument("--bloc-period", type=int, default=None, help="default 1976 (year) / 31 (session)")
    parser.add_argument("--scale", action="store_true")
    parser.add_argument("--start-out", type=float, default=None,
                        help="start the bloc's positions of 1950-1989 at this value (e.g. -4.5) instead of the warm start's")
    args = parser.parse_args()
    frame, groups = votes(args.period, args.votes)
    year = args.bloc_period or (1976 if args.period == "year" else 31)
    decade = (year - 3, year + 6)
    G.CLAMP = args.clamp
    taus = []
    if args.beta_scale:
        G._draw_beta = beta_scale(G._draw_beta, taus)
    if args.start_out is not None:
        G._warm_start = bloc_start(G._warm_start, args.start_out)
    rec = Recorder(args.clamp)
    rec.install()
    start = time.process_time()
    fit = fit_gibbs_ordinal(frame, item_groups=groups, random_state=0, n_burn=args.burn, n_draws=args.draws,
                            prior=args.prior, path_every=args.path_every, walk_sd=args.walk_sd,
                            identify=args.identify)
    cpu = time.process_time() - start
    rec.remove()
    print(f"{time.strftime('%Y-%m-%d %H:%M')} --period {args.period} --votes {args.votes} --prior {args.prior} "
          f"--path-every {args.path_every} --identify {args.identify} --start-out {args.start_out} --clamp {args.clamp} --walk-sd {args.walk_sd}, {args.burn} + {args.draws} "
          f"sweeps: CPU {cpu:.1f} s, load {os.getloadavg()[0]:.1f}, R-hat median {fit.diagnostics['rhat_median']:.3f} "
          f"q99 {fit.diagnostics['rhat_q99']:.3f}, path acceptance {fit.diagnostics['path_acceptance']:.3f}")
    if taus:
        print(f"tau (sd of the discriminations' prior), kept sweeps: mean {np.mean(taus[args.burn:]):.2f}, "
              f"last {taus[-1]:.2f}")
    print({k: fit.diagnostics[k] for k in ("held_by_prior", "beyond_2sd", "held_by_prior_states", "clamped_per_sweep")})
    table = fit.ideal_points
    bloc = table[table["iso3"].isin(BLOC) & (table["period"] == year)]
    print(bloc[["iso3", "period", "ideal_point", "sd", "lower", "upper", "n_votes"]].round(2).to_string(index=False))
    kept = pd.DataFrame(rec.rows[args.burn:])
    print("per kept sweep, before standardising (mean / max):",
          {k: (round(float(kept[k].mean()), 3), round(float(kept[k].max()), 3)) for k in kept.columns})
    voted = table[table["n_votes"] > 0]
    print(f"posterior means below -3: {int((voted['ideal_point'] < -3).sum())}, below -4: "
          f"{int((voted['ideal_point'] < -4).sum())}, above +3: {int((voted['ideal_point'] > 3).sum())}; "
          f"min {voted['ideal_point'].min():.2f}, max {voted['ideal_point'].max():.2f}")
    d, _, ch, _ = rec.last
    cuts, beta = ch.theta[:, :2], ch.theta[:, 2]
    used = np.column_stack([d.present.sum(axis=1) >= 2, d.present.sum(axis=1) == 3])
    bloc_items = np.unique(d.item[np.isin(d.state, np.flatnonzero(np.isin(d.states, BLOC)))])
    print(f"last sweep: |beta| max {np.abs(beta).max():.2f}, q99 {np.quantile(np.abs(beta), 0.99):.2f}, "
          f"mean beta^2 {np.mean(beta**2):.2f}; cutpoints within 0.5 of +-{G.CUT_BOUND:g}: "
          f"{int(((np.abs(cuts) > G.CUT_BOUND - 0.5) & used).sum())} of {int(used.sum())} "
          f"({len(bloc_items)} items with bloc votes)")
    print("outward move at the last sweep (log-likelihood / log prior changes):")
    print(profile(rec.last, decade).to_string())
    if args.scale:
        joined = ideal_scale.join(ideal_scale.standardise(table), ideal_scale.published(api.default_sources()),
                                  args.period)
        by = ideal_scale.by_decade(joined)
        print(by.round(3).to_string())
        print({k: round(v, 3) for k, v in ideal_scale.summary(by).items()})
        pub = joined[joined["iso3"].isin({"RUS", *BLOC}) & (joined["session"] == year - (1945 if args.period == "year" else 0))]
        print("published, same period:", pub[["iso3", "published"]].round(2).to_string(index=False))


if __name__ == "__main__":
    main()
