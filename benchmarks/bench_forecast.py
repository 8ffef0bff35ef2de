"""Benchmark: the forecaster's backtest on sessions 75-80 (log loss, accuracy, count error against the two
baselines, by topic and for repeated versus new texts, calibration) and the time one forecast takes.

Run on demand:  python benchmarks/bench_forecast.py [--sessions 75-80] [--out backtest.json]   (needs a built store)
The same numbers as `unga forecast --backtest --sessions 75-80 --json`; figures go in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import timed  # noqa: E402

from unga import api  # noqa: E402

METHODS = ("model", "last_year", "most_common")


def _row(name: str, scores: dict) -> str:
    cells = " | ".join(f"{scores[m]['log_loss']:.4f} / {scores[m]['accuracy']:.3f} / {scores[m]['count_error']:.2f}"
                       for m in METHODS)
    return f"| {name} | {scores['model']['roll_calls']} | {scores['model']['votes']:,} | {cells} |"


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--sessions", default="75-80")
    p.add_argument("--out", type=Path)
    args = p.parse_args()
    first, last = (int(x) for x in args.sessions.split("-"))
    seconds, result = timed(lambda: api.forecast_backtest((first, last)))
    scores = result.to_json()
    if args.out:
        args.out.write_text(json.dumps(scores, indent=1, default=str))
    print(f"backtest of sessions {first}-{last}: {seconds:.1f} s")
    print("| selection | roll calls | votes | model | last year | most common |  (log loss / accuracy / count error)")
    print("|---|---|---|---|---|---|")
    print(_row("all", scores))
    detail = scores["detail"]
    for key in ("by_text", "by_topic", "by_session"):
        for name, value in detail[key].items():
            print(_row(f"{key[3:]}: {name}", value))
    print("calibration (model): " + ", ".join(f"{c['bin']}: {c['forecast']:.3f}->{c['observed']:.3f} (n {c['n']})"
                                             for c in detail["calibration"]))
    started = time.perf_counter()
    one = api.forecast(title=api.tally("80/4").roll_call.title, date=date(2025, 10, 29))
    print(f"one forecast (the Cuba embargo text of session 80): {time.perf_counter() - started:.1f} s; {one.headline}")


if __name__ == "__main__":
    main()
