"""Which positions of the Gibbs fit have a high split R-hat? (docs/methods-ideal-points.md, "Reading the
convergence".) One whole-record fit with the defaults (random_state=0), then the split R-hat of every
state-period's draws by kind of state-period: votes behind it, its place in the state's path (first, last,
a new member's first periods, inside), its decade, how far out it sits; and whether the movement is the
period's own scale: R-hat of each period's mean and sd over the draws, and of the positions once every draw
is standardised within each period.

Run on demand (needs a built store; 25-40 s):  python benchmarks/ideal_rhat.py [--period year] [--votes final]
  [--burn 100 --draws 200 --path-every 0]   (path_every: the path move of path_move.py every k sweeps)
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))
from bench_gibbs import votes

from unga.estimators import GibbsOrdinalIdealPoints
from unga.estimators.mcmc_checks import effective_size, split_rhat

VOTE_BINS = [0, 10, 20, 50, 100, 10**6]
VOTE_LABELS = ["<10", "10-19", "20-49", "50-99", ">=100"]


def quantiles(rhat: pd.Series) -> pd.Series:
    return pd.Series({"rows": len(rhat), "median": rhat.median(), "q90": rhat.quantile(0.9),
                      "q99": rhat.quantile(0.99), "over_1.1": int((rhat >= 1.1).sum()),
                      "share_over_1.1": float((rhat >= 1.1).mean())})


def kinds(table: pd.DataFrame) -> pd.DataFrame:
    """Per state-period: its votes bin, place in the path, decade and |posterior mean| bin."""
    t = table.sort_values(["iso3", "period"])
    first = t.groupby("iso3")["period"].transform("min")
    last = t.groupby("iso3")["period"].transform("max")
    record_start, record_end = t["period"].min(), t["period"].max()
    place = np.select([t["period"] == first, t["period"] == last,
                       (first > record_start) & (t["period"] - first < 3)],
                      ["first period", "last period", "new member, periods 2-3"], "inside")
    place = np.where((t["period"] == last) & (last == record_end), "last period of the record", place)
    return t.assign(votes=pd.cut(t["n_votes"], VOTE_BINS, right=False, labels=VOTE_LABELS), place=place,
                    decade=(t["period"] + (1945 if t["period"].max() < 1000 else 0)) // 10 * 10,
                    out=pd.cut(t["ideal_point"].abs(), [0, 1, 2, 3, 99], right=False,
                               labels=["|x|<1", "1-2", "2-3", ">=3"]))


def period_scale(table: pd.DataFrame, draws: np.ndarray) -> dict:
    """R-hat of each period's mean and sd over the draws, and of the positions standardised within periods."""
    voted = table["n_votes"].to_numpy() > 0
    periods = table["period"].to_numpy()
    within = np.array(draws, dtype=np.float64)
    means, sds = [], []
    for p in np.unique(periods[voted]):
        cols = (periods == p) & voted
        m, s = within[:, cols].mean(axis=1), within[:, cols].std(axis=1)
        means.append(m)
        sds.append(s)
        within[:, cols] = (within[:, cols] - m[:, None]) / s[:, None]
    rhat_mean, rhat_sd = split_rhat(np.stack(means, 1)), split_rhat(np.stack(sds, 1))
    rhat_within = split_rhat(within[:, voted])
    # a state's whole path moving together: its mean over its periods, and the positions around it
    states = table["iso3"].to_numpy()[voted]
    raw = np.asarray(draws, dtype=np.float64)[:, voted]
    codes, index = np.unique(states, return_inverse=True)
    level = np.stack([raw[:, index == k].mean(axis=1) for k in range(len(codes))], 1)
    return {"period mean": rhat_mean, "period sd": rhat_sd, "positions standardised per period": rhat_within,
            "state's path mean": split_rhat(level), "positions around their path mean": split_rhat(raw - level[:, index])}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--period", default="year", choices=("year", "session"))
    parser.add_argument("--votes", default="final", choices=("all", "final", "published"))
    parser.add_argument("--burn", type=int, default=100)
    parser.add_argument("--draws", type=int, default=200)
    parser.add_argument("--path-every", type=int, default=0, help="path_move every k sweeps (0: off)")
    args = parser.parse_args()
    frame, groups = votes(args.period, args.votes)
    start = time.process_time()
    model = GibbsOrdinalIdealPoints(random_state=0, n_burn=args.burn, n_draws=args.draws,
                                    path_every=args.path_every).fit(frame, item_groups=groups)
    print(f"{time.strftime('%Y-%m-%d %H:%M')}, --period {args.period} --votes {args.votes}: "
          f"{time.process_time() - start:.1f} s CPU, diagnostics "
          f"{ {k: round(v, 3) if isinstance(v, float) else v for k, v in model.diagnostics_.items()} }")
    table = model.ideal_points_.assign(rhat=split_rhat(model.draws_), ess=effective_size(model.draws_))
    # Monte Carlo error of a posterior mean from the draws (the Rao-Blackwellised mean reported has less)
    table = kinds(table[table["n_votes"] > 0].assign(mcse=lambda t: t["sd"] / np.sqrt(t["ess"])))
    pd.set_option("display.width", 200)
    for by in ("votes", "place", "decade", "out"):
        print(f"\nsplit R-hat by {by}")
        out = table.groupby(by, observed=True)["rhat"].apply(quantiles).unstack()
        ess = table.groupby(by, observed=True)["ess"]
        mcse = table.groupby(by, observed=True)["mcse"]
        out = out.assign(ess_median=ess.median(), ess_q10=ess.quantile(0.1), mcse_median=mcse.median(),
                         mcse_q99=mcse.quantile(0.99))
        print(out.round(3).to_string())
    enough = table[table["n_votes"] >= 10]
    print(f"\nposterior sd median {table['sd'].median():.3f}, q10-q90 {table['sd'].quantile(0.1):.3f}-"
          f"{table['sd'].quantile(0.9):.3f}; MC error median {table['mcse'].median():.3f}, q99 {table['mcse'].quantile(0.99):.3f}")
    print("\nenough votes (>= 10), by place")
    print(enough.groupby("place")["rhat"].apply(quantiles).unstack().round(3).to_string())
    print("\nrank correlation of R-hat with n_votes, posterior sd, |x|:",
          [round(table["rhat"].corr(table[c].abs(), method="spearman"), 3) for c in ("n_votes", "sd", "ideal_point")])
    print("\nthe 15 highest")
    print(table.nlargest(15, "rhat")[["iso3", "period", "n_votes", "ideal_point", "sd", "place", "rhat", "ess"]]
          .round(3).to_string(index=False))
    for name, rhat in period_scale(model.ideal_points_, model.draws_).items():
        print(f"\n{name}: median {np.median(rhat):.3f}, q90 {np.quantile(rhat, 0.9):.3f}, "
              f"q99 {np.quantile(rhat, 0.99):.3f}, max {rhat.max():.3f}, over 1.1: {(rhat >= 1.1).sum()} of {len(rhat)}")


if __name__ == "__main__":
    main()
