"""Measure the reading of positions by grammar (benchmarks/grammar_reader.py) against the gold labels, set by set.

Run on demand (needs the labelled texts outside the repository and the parser: the `grammar` extra):
    python benchmarks/grammar_positions.py [--set S ...] [--dev S ...] [--parsers link spacy] [--show]

For each text: the rules' claims and the learned reading, as check.check has them, then the parse's readings of the
states both left unread. A reading is right when the gold labels hold that (state, vote) in a span overlapping its
sentence, wrong when they hold that state there with another vote, unlabelled when they hold nothing for the state
there (counted against it, as learn_positions counts it). Sentences overlapping a list labelled by sample are left
out. The sets named by --dev are reported apart from the others (leave-set-out: the reader was not shaped on them).
--show prints the development sets' wrong readings (sentence index and state only: never a text's words).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import grammar_reader as grammar
from learn_positions import DEVELOPED_ON, _overlaps, load_sets, read_text

from unga.claims import learned, polarity

DEV = ("corpus", "holdout4", "holdout12", "holdout20")


def rules_read(article) -> tuple:
    """The text's sentences, the rules' and the learned reading's claims, as check.check has them, and the places."""
    spans, claims, locs = read_text(article)
    return spans, learned.with_readings(polarity.targets(claims, spans), spans), locs


def use(parser: str) -> None:
    """Measure with this parser: link grammar ("link") or spaCy's small English pipeline ("spacy")."""
    os.environ["UNGA_GRAMMAR"] = parser
    grammar._parser.cache_clear()
    grammar.parse.cache_clear()


def measure(article, spans: list, claims: list, locs: list) -> tuple[dict, list, int]:
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
    parser.add_argument("--parsers", nargs="*", default=["link", "spacy"], help="the parsers to measure")
    parser.add_argument("--show", action="store_true", help="list the development sets' wrong readings")
    args = parser.parse_args(argv)
    sets = load_sets()
    names = args.set or ["shared", *DEVELOPED_ON]
    totals = {(p, g): {} for p in args.parsers for g in ("dev", "left out")}
    print("| parser | set | group | added | right | wrong vote | unlabelled | precision | gold missed before |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name in names:
        group = "dev" if name in args.dev else "left out"
        tally = {p: {"added": 0, "right": 0, "wrong": 0, "unlabelled": 0, "missed": 0} for p in args.parsers}
        for article in sets[name]:
            reading = rules_read(article)
            for parser in args.parsers:
                use(parser)
                got, wrong, missed = measure(article, *reading)
                tally[parser] = {k: tally[parser][k] + {**got, "missed": missed}[k] for k in tally[parser]}
                if args.show and group == "dev":
                    for row in wrong:
                        print("  wrong:", parser, name, *row, file=sys.stderr)
        for parser, t in tally.items():
            totals[parser, group] = {k: totals[parser, group].get(k, 0) + v for k, v in t.items()}
            print(_row(parser, name, group, t), flush=True)
    for (parser, group), t in totals.items():
        if t:
            print(_row(parser, "**all**", group, t))
    return 0


def _row(parser: str, name: str, group: str, t: dict) -> str:
    return (f"| {parser} | {name} | {group} | {t['added']} | {t['right']} | {t['wrong']} | {t['unlabelled']} | "
            f"{_share(t)} | {t['missed']} |")

def _share(t: dict) -> str:
    return f"{100 * t['right'] / t['added']:.1f}%" if t["added"] else "-"


if __name__ == "__main__":
    raise SystemExit(main())
