"""Benchmark: the full state × state agreement matrix, for one year and for every year 1946-2026.

Run on demand:  python benchmarks/bench_agreement.py   (needs a built store: `unga build`)
The baseline is a plain pandas implementation run in the same process on the same votes: merge the votes
with themselves on the roll call, classify each pair of votes, group by pair and sum.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))
from common import timed  # noqa: E402

from unga import api  # noqa: E402
from unga.analysis import agreement  # noqa: E402


def ours(m, block) -> np.ndarray:
    return agreement.full_matrix(m, "agree", block)[0]


def pandas_baseline(votes: pd.DataFrame) -> pd.DataFrame:
    cast = votes[votes["vote"] != "absent"]
    pairs = cast.merge(cast, on="rcid", suffixes=("_a", "_b"))
    same = pairs["vote_a"] == pairs["vote_b"]
    partial = (pairs["vote_a"] == "abstain") != (pairs["vote_b"] == "abstain")
    pairs = pairs.assign(score=np.where(same, 1.0, np.where(partial, 0.5, 0.0)))
    return pairs.groupby(["iso3_a", "iso3_b"])["score"].mean()


def main() -> None:
    m = api._vote_matrix("year", start=1946, end=2026)
    con = api._con()
    votes = con.execute("SELECT v.rcid, v.iso3, v.vote::VARCHAR AS vote, r.year FROM votes v "
                        "JOIN roll_calls r USING (rcid)").df()
    blocks = dict(m.blocks())
    print(f"{time.strftime('%Y-%m-%d %H:%M')}: {len(m.states)} states × {len(m.rcids)} roll calls, {len(blocks)} years")

    one, value = timed(lambda: ours(m, blocks[2022]), repeat=20)
    base_one, reference = timed(lambda: pandas_baseline(votes[votes["year"] == 2022]), repeat=3)
    check = pd.DataFrame(value, index=m.states, columns=m.states).stack().dropna()
    joined = pd.concat([check.rename("ours"), reference.rename("pandas")], axis=1, join="inner")
    assert np.allclose(joined["ours"], joined["pandas"], atol=1e-6), "the two implementations disagree"
    print(f"one year (2022): {one * 1000:.1f} ms (target 50 ms); pandas merge-and-group {base_one * 1000:.0f} ms; "
          f"ratio {base_one / one:.0f}x")

    every, _ = timed(lambda: [ours(m, block) for block in blocks.values()], repeat=3)
    start = time.perf_counter()
    for year, group in votes.groupby("year"):
        pandas_baseline(group)
    base_all = time.perf_counter() - start
    print(f"every year 1946-2026: {every:.2f} s (target 2 s); pandas merge-and-group {base_all:.1f} s; "
          f"ratio {base_all / every:.0f}x")
    load, _ = timed(lambda: api._vote_matrix("year", start=1946, end=2026), repeat=3)
    print(f"loading the vote matrix from the store (all years): {load:.2f} s")


if __name__ == "__main__":
    main()
