"""Benchmark of the Gibbs sampler on the whole record (docs/methods-ideal-points.md, "Within the budget").

Run on demand (needs a built store; one whole-record fit takes 25-60 s, they run one after the other):

  python benchmarks/bench_gibbs.py --profile                 # ms per step of a sweep, preparation, warm start
  python benchmarks/bench_gibbs.py --sweeps 100+100,100+200   # CPU, R-hat and the figures per burn-in + kept
  python benchmarks/bench_gibbs.py --sweeps 60+120 --path-every 1   # the same with path_move every k sweeps
  python benchmarks/bench_gibbs.py --starts flat,tilted,random [--burn 100]   # other starts vs the warm one
  python benchmarks/bench_gibbs.py --changes                  # per decade: the changes' spread vs their uncertainty

--period year|session, --votes all|final|published choose the selection (default: year, all; published: the
published estimates' own, query.PUBLISHED_SELECTION as api.ideal_points(votes="published")). Figures against the published
estimates as in bench_ideal.py --scale (ideal_scale: spread ratio per decade, change r, pooled and within r).
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
import ideal_scale  # noqa: E402
from unga import api  # noqa: E402
from unga.api_analysis import _bridges  # noqa: E402
from unga.estimators import dynamic_ordinal as mode  # noqa: E402
from unga.estimators import fit_gibbs_ordinal  # noqa: E402
from unga.estimators import gibbs_ordinal as G  # noqa: E402
from unga.estimators._prepare import _prepare  # noqa: E402
from unga.store import lookup, query  # noqa: E402


def votes(period: str, kind: str) -> tuple[pd.DataFrame, pd.Series]:
    """The votes and bridges api.ideal_points fits."""
    con = api._con()
    start, end = lookup.years(con, None, None)
    # published: the published estimates' own selection, the same clause as api.ideal_points(votes="published")
    where, params = query.selection(start, end, None, None, None, final_only=kind == "final",
                                    published=kind == "published")
    data = query.vote_arrays(con, where + " AND v.vote <> 'absent'", params)
    iso3, vote = query.vote_labels(data)
    frame = pd.DataFrame({"iso3": iso3, "rcid": data["rcid"], "period": data[period], "vote": vote})
    return frame, _bridges(con)


def profile(frame: pd.DataFrame, groups: pd.Series, sweeps: int = 20) -> None:
    clock = time.process_time
    t0 = clock()
    d = _prepare(frame, groups, 0.025)
    idx = mode._build_index(d)
    t1 = clock()
    rng = np.random.default_rng(0)
    x, theta = G._warm_start(d, idx, 8, rng)
    t2 = clock()
    ch = G._Chain(theta, x, 2.0 / np.sqrt(np.maximum(np.bincount(d.item, minlength=d.n_items), 1)))
    ch.x, ch.theta = G.standardised(d, ch.x, ch.theta)
    prior, ref = G.position_prior(d.span, 0.5, "walk"), G._reference(d, "USA")
    spent = dict.fromkeys(("latent", "beta", "paths", "identification", "cutpoints (one call)"), 0.0)
    for _ in range(sweeps):
        a = clock()
        z, xv = G._latent(d, idx, ch, rng)
        b = clock()
        G._draw_beta(d, ch, z, xv, 1.0, rng)
        c = clock()
        G._draw_paths(d, ch, z, prior, rng)
        e = clock()
        G._standardise_chain(d, ch)
        G._orient(d, ch, ref)
        ch.logp = None
        f = clock()
        G._draw_cuts(d, idx, ch, rng, adapt=True)
        spent.update({"latent": spent["latent"] + b - a, "beta": spent["beta"] + c - b, "paths": spent["paths"] + e - c,
                      "identification": spent["identification"] + f - e,
                      "cutpoints (one call)": spent["cutpoints (one call)"] + clock() - f})
    print(f"{len(d.item)} votes, {d.n_items} items, {d.span.shape[0]} states x {d.span.shape[1]} periods; "
          f"preparation {t1 - t0:.2f} s, warm start (8 iterations) {t2 - t1:.2f} s")
    print("ms per sweep:", {k: round(v / sweeps * 1000, 1) for k, v in spent.items()})


def fit(frame, groups, period: str, **settings):
    start = time.process_time()
    result = fit_gibbs_ordinal(frame, item_groups=groups, random_state=settings.pop("random_state", 0), **settings)
    cpu = time.process_time() - start
    table = ideal_scale.by_decade(ideal_scale.join(ideal_scale.standardise(result.ideal_points),
                                                   ideal_scale.published(api.default_sources()), period))
    figures = {k: round(v, 3) for k, v in ideal_scale.summary(table).items()}
    print(table.round(3).to_string())
    print(f"  CPU {cpu:.1f} s, load {os.getloadavg()[0]:.1f}, R-hat q99 {result.diagnostics['rhat_q99']:.3f}, "
          f"median {result.diagnostics['rhat_median']:.3f}, path acceptance {result.diagnostics['path_acceptance']:.3f}, "
          f"adjacent r min {result.diagnostics['adjacent_r_min']:.3f}, {figures}")
    return result


def compare(a: pd.DataFrame, b: pd.DataFrame) -> pd.DataFrame:
    """Per decade: r of two fits' posterior means, r of their per-state changes, ratio of their spreads (b / a)."""
    def std(f):
        f = f[f["n_votes"] > 0]
        return f.assign(x=(f["ideal_point"] - f["ideal_point"].mean()) / f["ideal_point"].std(ddof=0))
    j = std(a)[["iso3", "period", "x"]].merge(std(b)[["iso3", "period", "x"]], on=["iso3", "period"],
                                              suffixes=("_a", "_b")).sort_values(["iso3", "period"])
    prev = j.groupby("iso3")[["period", "x_a", "x_b"]].shift()
    step = (j["period"] - prev["period"]) == 1
    j = j.assign(decade=j["period"] // 10 * 10, da=(j["x_a"] - prev["x_a"]).where(step),
                 db=(j["x_b"] - prev["x_b"]).where(step))
    rows = []
    for decade, g in j.groupby("decade"):
        c = g.dropna(subset=["da"])
        spread = g.groupby("period")[["x_a", "x_b"]].std().mean()
        rows.append({"decade": decade, "level_r": np.corrcoef(g["x_a"], g["x_b"])[0, 1],
                     "change_r": np.corrcoef(c["da"], c["db"])[0, 1], "spread_b/a": spread["x_b"] / spread["x_a"]})
    return pd.DataFrame(rows).round(3)


def restart(kind: str):
    """A warm start replaced by a deliberately different one (after it ran, so the random stream is the same)."""
    original = G._warm_start

    def start(d, idx, n_iter, rng):
        x, theta = original(d, idx, n_iter, rng)
        if kind == "flat":  # each state's path its own mean: no movement
            mean = np.where(d.span, x, 0).sum(1) / np.maximum(d.span.sum(1), 1)
            x = np.where(d.span, mean[:, None], 0.0)
        elif kind == "tilted":  # the periods' spreads distorted, x 0.6 in the first period to x 1.4 in the last
            x = x * np.linspace(0.6, 1.4, x.shape[1])[None, :]
        elif kind == "random":  # positions iid N(0, 1); items from the mode's own start, beta 0.5
            x = np.where(d.span, rng.standard_normal(x.shape), 0.0)
            theta = mode._start(d, 0.6, ("path", 1.5, 0.3), rng).theta
            theta[:, 2] = 0.5
        return x, theta
    return start


def changes(result, period: str) -> pd.DataFrame:
    """Per decade: sd of the published and of our one-period changes, the posterior sd of one of our changes."""
    table = result.ideal_points.assign(row=np.arange(len(result.ideal_points)))
    voted = table["n_votes"] > 0
    scale = table["ideal_point"][voted].std(ddof=0)
    j = ideal_scale.join(ideal_scale.standardise(table), ideal_scale.published(api.default_sources()), period)
    offset = 1945 if period == "year" else 0
    j = j.merge(table[["iso3", "period", "row"]].assign(session=table["period"] - offset), on=["iso3", "session"])
    j = j.sort_values(["iso3", "session"])
    prev = j.groupby("iso3")[["session", "row", "ideal_point", "published"]].shift()
    keep = (j["session"] - prev["session"]) == 1
    draws = result.draws.astype(float)
    delta = (draws[:, j["row"][keep].to_numpy()] - draws[:, prev["row"][keep].astype(int).to_numpy()]) / scale
    frame = pd.DataFrame({"decade": j["decade"][keep].to_numpy(),
                          "ours": (j["ideal_point"] - prev["ideal_point"])[keep].to_numpy(),
                          "published": (j["published"] - prev["published"])[keep].to_numpy(),
                          "posterior_var": delta.var(axis=0)})
    out = frame.groupby("decade").agg(sd_published=("published", "std"), sd_ours=("ours", "std"),
                                      posterior_sd=("posterior_var", lambda v: np.sqrt(v.mean())))
    out["reliability"] = out["sd_ours"] ** 2 / (out["sd_ours"] ** 2 + out["posterior_sd"] ** 2)
    out["change_r"] = frame.groupby("decade").apply(lambda g: np.corrcoef(g["ours"], g["published"])[0, 1],
                                                    include_groups=False)
    return out.round(3)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--period", default="year", choices=("year", "session"))
    parser.add_argument("--votes", default="all", choices=("all", "final", "published"),
                        help="published: all votes before 1990, no paragraph or amendment votes from 1990 (BSV's)")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--sweeps", default="", help="burn-in+kept pairs, e.g. 100+100,100+200,200+400")
    parser.add_argument("--starts", default="", help="flat, tilted, random: compared with the warm start")
    parser.add_argument("--burn", type=int, default=100, help="burn-in of the --starts fits")
    parser.add_argument("--changes", action="store_true")
    parser.add_argument("--path-every", type=int, default=0, help="path_move every k sweeps (0: off)")
    parser.add_argument("--interweave", action="store_true", help="gibbs_moves.interweave after every path draw")
    args = parser.parse_args()
    frame, groups = votes(args.period, args.votes)
    print(f"{time.strftime('%Y-%m-%d %H:%M')}, --period {args.period} --votes {args.votes}, {len(frame)} votes")
    if args.profile:
        profile(frame, groups)
    for pair in filter(None, args.sweeps.split(",")):
        burn, kept = (int(n) for n in pair.split("+"))
        print(f"{burn} + {kept} sweeps:")
        fit(frame, groups, args.period, n_burn=burn, n_draws=kept, path_every=args.path_every,
            interweave=args.interweave)
    if args.starts or args.changes:
        print(f"warm start, {args.burn} burn-in:")
        warm = fit(frame, groups, args.period, n_burn=args.burn)
        if args.changes:
            print(changes(warm, args.period).to_string())
        original = G._warm_start
        for kind in filter(None, args.starts.split(",")):
            G._warm_start = restart(kind)
            print(f"{kind} start, {args.burn} burn-in:")
            other = fit(frame, groups, args.period, n_burn=args.burn)
            G._warm_start = original
            print(compare(warm.ideal_points, other.ideal_points).to_string(index=False))


if __name__ == "__main__":
    main()
