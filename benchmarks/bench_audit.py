"""Benchmark: `unga audit` (every rule over the real store) and `unga sources` (coverage).

Run on demand:  python benchmarks/bench_audit.py   (needs a built store; target < 2 s for the audit)
Baseline in the same process: reading the votes table once (SELECT count(*) over a join of votes and roll_calls),
the least any rule over 1.1M votes costs.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import timed  # noqa: E402

from unga import api  # noqa: E402
from unga.store import query  # noqa: E402


def main() -> None:
    con = query.connect(api.store_path())
    api.audit()  # warm: the connection and DuckDB's caches
    seconds, result = timed(api.audit, repeat=5)
    base, _ = timed(lambda: con.execute("SELECT count(*), max(r.date) FROM votes v JOIN roll_calls r USING (rcid)")
                    .fetchall(), repeat=5)
    print(f"audit: {seconds:.2f} s warm, median of 5 (target 2 s) — "
          + ", ".join(f"{r['rule']} {r['found']}/{r['unexplained']}" for r in result.rules))
    print(f"  baseline, one scan of votes joined to roll_calls: {base * 1000:.0f} ms; ratio {seconds / base:.1f}x")
    seconds, cov = timed(api.coverage, repeat=5)
    print(f"sources (coverage): {seconds * 1000:.0f} ms warm, median of 5; the record ends on {cov.record_end}")


if __name__ == "__main__":
    main()
