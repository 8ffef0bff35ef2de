"""Measure the reading of positions by grammar (src/unga/claims/grammar.py) against the gold labels, set by set.

Run on demand (needs the labelled texts outside the repository and the parser: the `grammar` extra):
    python benchmarks/grammar_positions.py [--set S ...] [--dev S ...] [--show]

For each text: the rules' claims and the learned reading, as check.check has them, then the parse's readings of the
states both left unread. A reading is right when the gold labels hold that (state, vote) in a span overlapping its
sentence, wrong when they hold that state there with another vote, unlabelled when they hold nothing for the state
there (counted against it, as learn_positions counts it). Sentences overlapping a list labelled by sample are left
out. The sets named by --dev are reported apart from the others (leave-set-out: the reader was not shaped on them).
--show prints the development sets' wrong readings (sentence index and state only: never a text's words).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from learn_positions import DEVELOPED_ON, _overlaps, load_sets, read_text

from unga.claims import grammar, learned, polarity

DEV = ("corpus", "holdout4", "holdout12", "holdout20")


def measure(article) -> tuple[dict, list, int]:
    spans, claims, locs = read_text(article)
    claims = learned.with_readings(polarity.targets(claims, spans), spans)
    gold = [g for g in article.gold if g["kind"] == "position" and g.get("loc")]
    read = {(c.sentence, c.state, c.asserted["vote"]) for c in claims if c.kind == "position"}
    missed = sum(1 for g in gold if not any(_overlaps(g["loc"], locs[i]) and (s, v) == (g["state"], g["vote"])
                                            for i, s, v in read))
    tally, wrong = {"added": 0, "right": 0, "wrong": 0, "unlabelled": 0}, []
    for c in grammar.read(spans, claims):
        loc = locs[c.sentence]
        if any(_overlaps(loc, r) for r in article.sampled):
            continue
        here = {(g["state"], g["vote"]) for g in gold if _overlaps(g["loc"], loc)}
        tally["added"] += 1
        if (c.state, c.asserted["vote"]) in here:
            tally["right"] += 1
            continue
        tally["wrong" if any(s == c.state for s, _ in here) else "unlabelled"] += 1
        wrong.append((article.name, c.sentence, c.state, c.asserted["vote"], sorted(v for s, v in here if s == c.state)))
    return tally, wrong, missed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", nargs="*", default=None, help="the sets to measure (default: every open set)")
    parser.add_argument("--dev", nargs="*", default=list(DEV), help="the sets the reader was developed on")
    parser.add_argument("--show", action="store_true", help="list the development sets' wrong readings")
    args = parser.parse_args(argv)
    if not grammar.available():
        sys.exit("the parser is not installed (the grammar extra)")
    sets = load_sets()
    names = args.set or ["shared", *DEVELOPED_ON]
    totals = {"dev": {}, "left out": {}}
    print("| set | group | added | right | wrong vote | unlabelled | precision | gold missed before | seconds |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name in names:
        group = "dev" if name in args.dev else "left out"
        tally, missed, began = {"added": 0, "right": 0, "wrong": 0, "unlabelled": 0}, 0, time.perf_counter()
        for article in sets[name]:
            got, wrong, lost = measure(article)
            tally = {k: tally[k] + got[k] for k in tally}
            missed += lost
            if args.show and group == "dev":
                for row in wrong:
                    print("  wrong:", name, *row, file=sys.stderr)
        totals[group] = {k: totals[group].get(k, 0) + v for k, v in {**tally, "missed": missed}.items()}
        print(f"| {name} | {group} | {tally['added']} | {tally['right']} | {tally['wrong']} | {tally['unlabelled']} | "
              f"{_share(tally)} | {missed} | {time.perf_counter() - began:.0f} |", flush=True)
    for group, t in totals.items():
        if t:
            print(f"| **{group}** | | {t['added']} | {t['right']} | {t['wrong']} | {t['unlabelled']} | {_share(t)} | "
                  f"{t['missed']} | |")
    return 0


def _share(t: dict) -> str:
    return f"{100 * t['right'] / t['added']:.1f}%" if t["added"] else "-"


if __name__ == "__main__":
    raise SystemExit(main())
