"""Where issue 12's targets stand: one default fit (api.ideal_points, Gibbs, random_state=0) per selection, per decade
the spread ratio, change r and within r against the published estimates (benchmarks/ideal_scale.py), and overall the
pooled r, within r and lowest decade's change r, each marked met or not (ideal_scale.TARGETS).
docs/methods-ideal-points.md, "Where the targets stand, and which can be met (eighth round)".

Run on demand (needs a built store; one whole-record fit is 20-35 s CPU, the fits run one after the other):
    python benchmarks/ideal_targets.py [--periods session,year] [--votes-kinds final,all,published]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))
import ideal_scale

from unga import api


def marks(table: pd.DataFrame) -> dict:
    """The figures the targets are about, each with whether it is met."""
    low, high = ideal_scale.TARGETS["spread_ratio"]
    decades = table.drop(index="all")
    spread_ok = bool(decades["spread_ratio"].between(low, high).all())
    change_ok = bool((decades["change_r"] >= ideal_scale.TARGETS["change_r"]).all())
    pooled = float(table.loc["all", "pooled_r"])
    within = float(table.loc["all", "within_r"])
    return {"spread": (f"{decades['spread_ratio'].min():.3f}-{decades['spread_ratio'].max():.3f}", spread_ok),
            "change_r_all": (f"{table.loc['all', 'change_r']:.3f}", table.loc["all", "change_r"] >= 0.8),
            "change_r_lowest": (f"{decades['change_r'].min():.3f} ({decades['change_r'].idxmin()})", change_ok),
            "pooled_r": (f"{pooled:.3f}", pooled >= ideal_scale.TARGETS["pooled_r"]),
            "within_r": (f"{within:.3f}", within >= ideal_scale.TARGETS["within_r"])}


def fit_table(period: str, votes_kind: str, theirs: pd.DataFrame, **settings) -> tuple[pd.DataFrame, dict, float]:
    start = time.process_time()
    result = api.ideal_points(period=period, votes=votes_kind, **settings)
    seconds = time.process_time() - start
    ours = ideal_scale.standardise(result.table)
    return ideal_scale.by_decade(ideal_scale.join(ours, theirs, period)), result.diagnostics, seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--periods", default="session,year")
    parser.add_argument("--votes-kinds", default="final,all,published")
    parser.add_argument("--random-state", type=int, default=0, help="the chain's seed (another shows the MC error)")
    args = parser.parse_args(argv)
    theirs = ideal_scale.published(api.default_sources())
    print(f"{time.strftime('%Y-%m-%d %H:%M')} UTC, load {os.getloadavg()[0]:.1f}")
    rows = []
    for period in args.periods.split(","):
        for votes_kind in args.votes_kinds.split(","):
            table, diagnostics, seconds = fit_table(period, votes_kind, theirs, random_state=args.random_state)
            print(f"\n--period {period} --votes {votes_kind}: {seconds:.1f} s CPU, "
                  f"R-hat q99 {diagnostics.get('rhat_q99', float('nan')):.3f}")
            print(table.round(3).to_string())
            rows.append({"selection": f"{period}, {votes_kind}", "cpu_s": round(seconds, 1),
                         **{k: f"{v} {'met' if ok else 'NOT met'}" for k, (v, ok) in marks(table).items()}})
    print("\n" + pd.DataFrame(rows).to_string(index=False))
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20:.2f} GiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
