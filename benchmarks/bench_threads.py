"""Benchmark: the library called from 8 threads at once (each with its own cursor on the store).

Run on demand:  python benchmarks/bench_threads.py   (needs a built store)
Baseline in the same process: the same 1,600 calls one after another in one thread. Every threaded answer is
compared with the single-threaded one (to_json); the script stops if any differs.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import PeakMemory  # noqa: E402

import unga  # noqa: E402
from unga.results import dumps  # noqa: E402

CALLS = [lambda: unga.tally("ES-11/1"), lambda: unga.tally("68/262"),
         lambda: unga.agreement("PAK", "USA,RUS,CHN,IND", year=2022),
         lambda: unga.state_record("India", start=2022, end=2022), lambda: unga.search("nuclear weapons", year=2022)]
THREADS, EACH = 8, 200


def main() -> None:
    expected = [dumps(call()) for call in CALLS]
    start = time.perf_counter()
    for i in range(THREADS * EACH):
        assert dumps(CALLS[i % len(CALLS)]()) == expected[i % len(CALLS)]
    alone = time.perf_counter() - start
    wrong: list[int] = []

    def worker(k: int) -> None:
        for i in range(EACH):
            j = (k + i) % len(CALLS)
            if dumps(CALLS[j]()) != expected[j]:
                wrong.append(j)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(THREADS)]
    with PeakMemory() as peak:
        start = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        together = time.perf_counter() - start
    print(f"{time.strftime('%Y-%m-%d %H:%M')}: {THREADS} threads x {EACH} mixed calls (tally, agreement, "
          f"state_record, search)")
    print(f"threads: {together:.2f} s, {len(wrong)} answers differing from the single-threaded ones, "
          f"peak {peak.peak / 2**20:.0f} MiB; one thread, the same {THREADS * EACH} calls: {alone:.2f} s; "
          f"ratio {alone / together:.2f}x")
    assert not wrong


if __name__ == "__main__":
    main()
