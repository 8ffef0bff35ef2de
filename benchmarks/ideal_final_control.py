"""Why does the final-passage fit miss the change target in the 1960s? A control (docs/methods-ideal-points.md,
"Final passage against all-vote estimates"): fit the default Gibbs sampler by session on (a) the final-passage
votes and (b) a random subsample of all recorded votes with as many roll calls per session as (a) has, and
compare both with the published all-vote estimates per decade (benchmarks/ideal_scale.py). If (b) meets the
targets where (a) does not, the shortfall is which votes final passage keeps, not how many, nor the method.
Also prints, per decade, how contested the final and the other votes are (mean share of the smaller side).

Run on demand (needs a built store; about 1 min CPU per seed):
    python benchmarks/ideal_final_control.py [--seeds 1,2]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))
import ideal_scale  # noqa: E402
from bench_gibbs import votes  # noqa: E402

from unga import api  # noqa: E402
from unga.estimators import GibbsOrdinalIdealPoints  # noqa: E402


def matched_subsample(all_votes: pd.DataFrame, final: pd.DataFrame, seed: int) -> pd.DataFrame:
    """Per session, as many roll calls drawn at random from all votes as final passage has in that session."""
    per_session = final.groupby("period")["rcid"].nunique()
    rng = np.random.default_rng(seed)
    keep: list = []
    for session, rows in all_votes.groupby("period"):
        rcids = rows["rcid"].unique()
        keep.extend(rng.choice(rcids, size=min(len(rcids), int(per_session.get(session, 0))), replace=False))
    return all_votes[all_votes["rcid"].isin(set(keep))]


def contested() -> pd.DataFrame:
    """Per decade and kind (final or not): roll calls and the mean share of the smaller side of those voting."""
    return api._con().sql(
        "SELECT year // 10 * 10 AS decade, kind = 'resolution' AS final, count(*) AS roll_calls, "
        "round(avg(least(yes, no + abstain) / (yes + no + abstain)), 3) AS smaller_side "
        "FROM roll_calls WHERE yes + no + abstain > 0 GROUP BY ALL ORDER BY 1, 2").df()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="1,2", help="seeds of the random subsamples (comma-separated)")
    args = parser.parse_args(argv)
    print(contested().to_string(index=False))
    final, groups = votes("session", "final")
    all_votes, _ = votes("session", "all")
    theirs = ideal_scale.published(api.default_sources())
    fits = [("final passage", final)] + [(f"random subsample, seed {s}", matched_subsample(all_votes, final, int(s)))
                                         for s in args.seeds.split(",")]
    for name, frame in fits:
        model = GibbsOrdinalIdealPoints(random_state=0).fit(frame, item_groups=groups)
        ours = ideal_scale.standardise(model.ideal_points_)
        table = ideal_scale.by_decade(ideal_scale.join(ours, theirs, "session"))
        print(f"\n{name}: {frame['rcid'].nunique():,} roll calls")
        print(table.round(3).to_string())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
