"""Benchmark: the work the input limits allow (docs/limits.md) — time and peak memory against input size.

Run on demand:  python benchmarks/bench_limits.py   (needs a built store; about a minute)

1. search against the number of words, 1 to the limit (api.MAX_WORDS), with words that each match many roll
   calls (the worst case: no roll call is ruled out early). Baseline in the same process: the matching used
   before (one ILIKE clause per word), whose plan and memory grew with the words (100,000 words: 24 GB).
   Beyond the limit, the current matching is also timed directly (the API refuses such input) to show that it
   grows linearly.
   Both are timed at the query (store.query.search and the same SELECT with the old clause), to 10,000 rows.
2. The largest selections the other limits allow: every roll call of the record in one search (--limit
   10,000), a state's whole record, agreement with every state in every year, stance over the whole record with
   the most bootstrap draws (api.MAX_BOOT).
Peak memory is the process's resident set, sampled every 20 ms, above what it held before the call.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import PeakMemory, _tree_rss  # noqa: E402

from unga import api  # noqa: E402
from unga.store import query  # noqa: E402

MiB = 2**20


def measured(fn) -> tuple[float, float, object]:
    """Seconds, peak MiB above the resident set before the call, and the result."""
    before = _tree_rss(os.getpid())
    with PeakMemory() as peak:
        start = time.perf_counter()
        result = fn()
        seconds = time.perf_counter() - start
    return seconds, max(0, peak.peak - before) / MiB, result


def common_words(con, n: int) -> list[str]:
    """The n most frequent distinct title words of three letters or more: a typical query, words matching many
    roll calls, the set of matches shrinking as words are added."""
    rows = con.execute("SELECT w, count(*) AS c FROM (SELECT unnest(string_split(lower(title), ' ')) AS w "
                       "FROM roll_calls) WHERE length(w) >= 3 AND regexp_full_match(w, '[a-z]+') "
                       "GROUP BY w ORDER BY c DESC, w LIMIT ?", [n]).fetchall()
    return [w for w, _ in rows]


def everywhere(con, n: int) -> list[str]:
    """The n one- and two-letter strings found in the most roll calls: the worst case, every word matching
    nearly every roll call, so that none is ruled out early."""
    texts = [t for (t,) in con.execute("SELECT lower(concat_ws(' ', symbol, title, agenda_item, subjects)) "
                                       "FROM roll_calls").fetchall()]
    letters = "abcdefghijklmnopqrstuvwxyz"
    candidates = list(letters) + [a + b for a in letters for b in letters]
    found = {c: sum(c in t for t in texts) for c in candidates}
    return sorted(candidates, key=lambda c: (-found[c], c))[:n]


def old_search(con, words: list[str], limit: int = api.MAX_LIMIT):
    """The matching before the limits: one ILIKE clause (and one parameter) per word; otherwise query.search."""
    clause = " AND ".join(["concat_ws(' ', symbol, title, agenda_item, subjects) ILIKE ?"] * len(words))
    return query.frame(con, "SELECT rcid, date, session, symbol, kind, title, yes, no, abstain, absent FROM roll_calls "
                            f"WHERE {clause} ORDER BY date, rcid LIMIT {limit}", [f"%{w}%" for w in words])


def words_table(con, label: str, pool: list[str]) -> None:
    print(f"search, {label} ({', '.join(pool[:6])}, …):")
    print(f"{'words':>6} {'matches':>8} {'time ms':>8} {'peak MiB':>9}   {'old: time ms':>12} {'peak MiB':>9}")
    for n in (1, 2, 5, 10, 20, api.MAX_WORDS):
        words = pool[:n]
        query.search(con, words, None, None, api.MAX_LIMIT)  # warm
        seconds, peak, result = measured(lambda: query.search(con, words, None, None, api.MAX_LIMIT))
        old_seconds, old_peak, old = measured(lambda: old_search(con, words))
        assert old["rcid"].tolist() == result["rcid"].tolist()  # letters only: ILIKE and contains agree
        print(f"{n:>6} {len(result):>8} {seconds * 1000:>8.1f} {peak:>9.1f}   "
              f"{old_seconds * 1000:>12.1f} {old_peak:>9.1f}")


def beyond_table(con, pool: list[str]) -> None:
    print("beyond the limit (refused by the API; the query timed directly, the worst-case words repeated):")
    for n in (200, 1_000, 5_000):
        words = (pool * (n // len(pool) + 1))[:n]
        seconds, peak, _ = measured(lambda: query.search(con, words, None, None, api.MAX_LIMIT))
        old = measured(lambda: old_search(con, words)) if n <= 1_000 else None
        print(f"{n:>6} {'':>8} {seconds * 1000:>8.1f} {peak:>9.1f}   "
              + (f"{old[0] * 1000:>12.1f} {old[1]:>9.1f}" if old else "  (not run: the plan grows to GBs)"))


def largest_table() -> None:
    cases = [
        ("search, every roll call (--year none, --limit 10,000)", lambda: api.search("a", limit=api.MAX_LIMIT)),
        ("state_record PAK, 1946 to the last vote", lambda: api.state_record("PAK")),
        ("agreement PAK with all, every year", lambda: api.agreement("PAK")),
        (f"stance PAK, whole record in one period, n_boot {api.MAX_BOOT:,}",
         lambda: api.stance("PAK", by="all", n_boot=api.MAX_BOOT)),
    ]
    print("the largest work the limits allow:")
    for label, fn in cases:
        seconds, peak, _ = measured(fn)
        print(f"  {label}: {seconds:.2f} s, peak +{peak:.0f} MiB")


def main() -> None:
    con = query.connect(api.store_path())
    print(f"{time.strftime('%Y-%m-%d %H:%M')}: limits {api.MAX_WORDS} words of {api.MAX_WORD_LENGTH} characters, "
          f"--limit {api.MAX_LIMIT:,}, n_boot {api.MAX_BOOT:,}; process holds {_tree_rss(os.getpid()) / MiB:.0f} MiB")
    worst = everywhere(con, api.MAX_WORDS)
    words_table(con, "typical: the most frequent title words", common_words(con, api.MAX_WORDS))
    words_table(con, "worst case: strings found in nearly every roll call", worst)
    beyond_table(con, worst)
    largest_table()


if __name__ == "__main__":
    main()
