"""Benchmark: does `unga check` give the same claims and verdicts under every hash seed? (issue 9)

Run on demand (needs a built store and the texts of the development sets, which are never in the repository):
    python benchmarks/bench_seeds.py [--seeds 0,1,2,3] [--set NAME ...] [--json]

Python salts the hash of every str with PYTHONHASHSEED, so the iteration order of a set of strings (and of a dict
built from one) changes from one run to the next. A verdict must never depend on it. For each seed the script runs
the checker in a fresh subprocess on every text of the chosen sets (default: the development sets shared, corpus,
holdout … holdout29 and the hunts fahunt … fahunt14 — never a set still blind), keeps each text's whole JSON output, and reports
per set and seed how many claims differ from the first seed's run: a claim present in one run and not in the other,
or the same claim (kind and span) with another resolution, state, assertion, verdict or evidence. A change only in
the order of the claims of a text counts as one difference for that text ("order").

Exit 0 when every run agrees, 1 when some claim differs. About two minutes per seed for every development set on
an idle machine (each seed's run is one process: the index is built once per seed).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

DEVELOPMENT = ["shared", "corpus", "holdout", *(f"holdout{n}" for n in range(2, 34)),
               "fahunt", "fahunt2", "fahunt3", "fahunt4", "fahunt5", "fahunt6", "fahunt7",
               "fahunt8", "fahunt9", "fahunt10", "fahunt11", "fahunt12", "fahunt13", "fahunt14"]


def _texts(name: str) -> list[tuple[str, str, object]] | str:
    """(article name, text to check, published date) of one development set, or why it is absent."""
    import bench_contradictions
    import bench_news

    if name in bench_contradictions.SETS:
        folder = bench_contradictions.text_dir(None, name)
        paths = sorted(folder.glob("*.txt")) if folder.is_dir() else []
        if not paths:
            return f"no texts at {folder}"
        out = []
        for path in paths:
            text = path.read_text(encoding="utf-8")
            out.append((path.name, text, bench_contradictions.header_date(text.splitlines()[0])))
        return out
    if name == "shared":
        articles = bench_news.load_shared(bench_news.SHARED_NEWS)
    else:
        articles = bench_news.load_set(name)
    if isinstance(articles, str):
        return articles
    return [(a.name, a.text[a.body_start:], a.published) for a in articles]


def dump(sets: list[str]) -> dict:
    """Every set's texts checked in this process: {set: {article: [claim, ...]} or the reason it is absent}."""
    from unga import api
    from unga.errors import UngaError

    out = {}
    for name in sets:
        texts = _texts(name)
        if isinstance(texts, str):
            out[name] = texts
            continue
        out[name] = {}
        for article, text, published in texts:
            try:
                claims = api.check_text(text, published=published).to_json()["claims"]
            except UngaError as error:
                claims = [{"refused": str(error)}]
            out[name][article] = claims
    return out


def _key(claim: dict) -> str:
    return json.dumps([claim.get("kind"), claim.get("span")])


def differences(a: list[dict], b: list[dict]) -> int:
    """How many claims of one text differ between two runs (a reordering alone counts one)."""
    if a == b:
        return 0
    left, right = {}, {}
    for claim in a:
        left.setdefault(_key(claim), []).append(json.dumps(claim, sort_keys=True))
    for claim in b:
        right.setdefault(_key(claim), []).append(json.dumps(claim, sort_keys=True))
    differ = 0
    for key in set(left) | set(right):
        mine, theirs = sorted(left.get(key, [])), sorted(right.get(key, []))
        differ += max(len(mine), len(theirs)) - sum(1 for x, y in zip(mine, theirs) if x == y)
    return differ or 1  # the same claims in another order


def compare(runs: dict[str, dict], sets: list[str]) -> dict:
    """{set: {seed: {"claims": n differing, "texts": [article, ...]}}} against the first seed's run."""
    seeds = list(runs)
    base = runs[seeds[0]]
    report = {}
    for name in sets:
        if isinstance(base.get(name), str) or name not in base:
            report[name] = base.get(name, "absent")
            continue
        report[name] = {"claims": sum(len(c) for c in base[name].values())}
        for seed in seeds[1:]:
            other = runs[seed][name]
            texts = {article: differences(claims, other.get(article, [])) for article, claims in base[name].items()}
            texts = {article: n for article, n in texts.items() if n}
            report[name][seed] = {"differ": sum(texts.values()), "texts": sorted(texts)}
    return report


def run_seed(seed: str, sets: list[str]) -> dict:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    done = subprocess.run([sys.executable, __file__, "--dump", "--set", *sets], env=env, capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise SystemExit(f"seed {seed}: the checker failed: {last}")
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Compare the checker's output across hash seeds.")
    parser.add_argument("--seeds", default="0,1,2,3", help="comma-separated PYTHONHASHSEED values (default 0,1,2,3)")
    parser.add_argument("--set", nargs="+", choices=DEVELOPMENT, help="the sets (default: every development set)")
    parser.add_argument("--json", action="store_true", help="print the comparison as JSON")
    parser.add_argument("--dump", action="store_true", help=argparse.SUPPRESS)  # one seed's run, in a subprocess
    args = parser.parse_args(argv)
    sets = args.set or DEVELOPMENT
    if args.dump:
        json.dump(dump(sets), sys.stdout)
        return 0
    seeds = [s.strip() for s in args.seeds.split(",") if s.strip()]
    if len(seeds) < 2 or not all(s.isdigit() for s in seeds):
        parser.error("--seeds takes at least two whole numbers, e.g. --seeds 0,1")
    runs = {seed: run_seed(seed, sets) for seed in seeds}
    report = compare(runs, sets)
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        for name, row in report.items():
            if isinstance(row, str):
                print(f"[{name}] skipped: {row}")
                continue
            cells = ", ".join(f"seed {s}: {row[s]['differ']}" + (f" ({', '.join(row[s]['texts'])})" if row[s]["texts"]
                                                                     else "") for s in seeds[1:])
            print(f"[{name}] {row['claims']} claims at seed {seeds[0]}; differing — {cells}")
    differ = sum(row[s]["differ"] for row in report.values() if not isinstance(row, str) for s in seeds[1:])
    print(f"total differing claims: {differ}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
