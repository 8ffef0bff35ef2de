"""Benchmark: `unga diff` of two full stores (the previous build against the current one).

Run on demand:  python benchmarks/bench_diff.py   (needs a store rebuilt at least once: `unga build` twice)
Baseline in the same process: one full outer join of the two stores' votes on (rcid, iso3) — the least a vote-by-vote
comparison costs. Target: under 5 s.
"""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).parent))
from common import PeakMemory, timed  # noqa: E402

from unga import api  # noqa: E402


def main() -> None:
    diff = api.diff_stores()
    old, new = diff.old.path, diff.new.path
    with PeakMemory() as memory:
        seconds, diff = timed(api.diff_stores, repeat=3)

    def baseline() -> int:
        con = duckdb.connect()
        con.execute(f"ATTACH '{old}' AS old (READ_ONLY)")
        con.execute(f"ATTACH '{new}' AS new (READ_ONLY)")
        return con.execute("SELECT count(*) FROM old.votes o FULL JOIN new.votes n USING (rcid, iso3)").fetchone()[0]

    base, _ = timed(baseline, repeat=3)
    print(f"diff {diff.old.build_id} → {diff.new.build_id} ({diff.new.votes:,} votes): {seconds:.2f} s, median of 3, "
          f"peak {memory.peak / 2**30:.2f} GiB (target 5 s); changes: "
          + ", ".join(f"{kind} {diff.count(kind)}" for kind in diff.changes if kind != "by_session"))
    print(f"  baseline, one full outer join of the votes: {base:.2f} s; ratio {seconds / base:.1f}x")


if __name__ == "__main__":
    main()
