"""Benchmarks of the vote record (issue: the complete record in an embedded store).

Run on demand:  python benchmarks/bench_record.py [--sources DIR]
Prints each figure with its target and a ratio against a baseline run in the same process.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).parent))
from common import PeakMemory, timed  # noqa: E402

from unga import api  # noqa: E402
from unga.store import build as store_build, query  # noqa: E402


def bench_build(sources: Path) -> None:
    with PeakMemory() as mem:
        seconds, summary = timed(lambda: api.build(sources))
    files, _ = store_build.read_sources(sources, workers=1)  # warm the page cache equally for the baseline
    original = store_build.read_sources

    def one_process(folder, progress=None, workers=None):
        return original(folder, progress, workers=1)

    store_build.read_sources = one_process
    try:
        with PeakMemory() as mem1:
            base, _ = timed(lambda: api.build(sources))
    finally:
        store_build.read_sources = original
    print(f"build: {seconds:.2f} s, peak {mem.peak / 2**30:.2f} GiB (targets 20 s, 1.5 GB) "
          f"— {summary.roll_calls} roll calls, {summary.votes} votes")
    print(f"  baseline, reading in one process: {base:.2f} s, peak {mem1.peak / 2**30:.2f} GiB; "
          f"ratio {base / seconds:.2f}x")


def bench_reconcile(sources: Path) -> None:
    """CPU time of reconciliation alone (wall time on a shared machine says more about the neighbours)."""
    from unga.sources import corrections
    from unga.store.reconcile import reconcile

    _, tables = store_build.read_sources(sources, workers=1)
    stacked, fixes = store_build._stack(tables), corrections.read()
    times = []
    for _ in range(2):
        start = time.process_time()
        record = reconcile(stacked, fixes)
        times.append(time.process_time() - start)
    merged = int((record.integrity["check"] == "same roll call stored twice").sum())
    print(f"reconcile: {min(times):.2f} s CPU (best of 2) — {len(record.roll_calls)} roll calls after {merged} merges")


def bench_lookup() -> None:
    con = query.connect(api.store_path())
    symbols = [r[0] for r in con.execute("SELECT symbol FROM roll_calls WHERE kind = 'resolution' "
                                         "AND symbol IS NOT NULL AND symbol NOT LIKE '%-%'").fetchall()]
    sample = random.Random(1).sample(symbols, 200)
    api.tally("ES-11/1")  # warm
    warm, _ = timed(lambda: [api.tally(s) for s in sample])

    def cold():
        for s in sample:
            fresh = duckdb.connect(str(api.store_path()), read_only=True)
            rcid = fresh.execute("SELECT rcid FROM roll_calls WHERE symbol = ?", [s]).fetchone()[0]
            fresh.execute("SELECT iso3, vote FROM votes WHERE rcid = ?", [rcid]).fetchall()
            fresh.close()

    base, _ = timed(cold)
    print(f"warm tally lookup: {warm / len(sample) * 1000:.2f} ms each over {len(sample)} symbols (target 20 ms)")
    print(f"  baseline, a fresh connection per lookup with the bare two queries: {base / len(sample) * 1000:.2f} ms; "
          f"ratio {base / warm:.2f}x")


def bench_command() -> None:
    env = os.environ.copy()
    run = lambda *args: subprocess.run([sys.executable, *args], env=env, capture_output=True, check=True)  # noqa: E731
    run("-m", "unga", "tally", "ES-11/1")
    command, _ = timed(lambda: run("-m", "unga", "tally", "ES-11/1"), repeat=5)
    bare, _ = timed(lambda: run("-c", "pass"), repeat=5)
    print(f"`unga tally ES-11/1` end to end: {command * 1000:.0f} ms (target 1 s)")
    print(f"  baseline, a bare Python start: {bare * 1000:.0f} ms; ratio {command / bare:.1f}x")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sources", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        os.environ["UNGA_HOME"] = home
        print(f"{time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores, Python {sys.version.split()[0]}")
        bench_build(args.sources or api.default_sources())
        bench_reconcile(args.sources or api.default_sources())
        bench_lookup()
        bench_command()


if __name__ == "__main__":
    main()
