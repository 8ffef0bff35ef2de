"""Benchmark: the claim checker on our own paraphrases of vote claims (tests/reference/paraphrases.jsonl).

    PYTHONPATH=src UNGA_HOME=… python benchmarks/bench_paraphrases.py [--verbose] [--json] [--construction NAME]
        [--lang en|fr|es|de|pt|ru|all]

Each row is a short text of our own (a lead naming the vote, then one sentence in one construction: a tally in
words, "N-M, with K abstentions", a list after a colon, "as did X", a headline …) with its claims and their truth
from the record; tests/reference/make_paraphrases.py wrote it. Scored as bench_news scores real news (same matching,
same figures), overall and per construction: recall, precision, false alarms (true statements called
contradicted), false statements caught. The studied news sets show what the checker has learned; this set shows
whether it reads the construction whatever the words around it.

tests/reference/paraphrases_langs.jsonl (tests/reference/make_paraphrases_langs.py) holds the main constructions
(tally, counted side, list on a side, one state's vote) in French, Spanish, German, Portuguese and Russian, each row
tagged with its language. `--lang en` (the default) scores the English rows, as every round before scored them;
`--lang all` scores every row and prints the figures per language; `--lang fr` one language.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from bench_news import Article, Score, figures, print_figures, score_set

from unga import api

REFERENCE = Path(__file__).resolve().parents[1] / "tests" / "reference"
ROWS = REFERENCE / "paraphrases.jsonl"
LANG_ROWS = REFERENCE / "paraphrases_langs.jsonl"


def load(path: Path = ROWS) -> list[tuple[str, str, Article]]:
    """(language, construction, text) for every row: the English file's rows are "en"."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if "header" in row:
            continue
        gold = [dict(c, loc=list(c["span"])) for c in row["claims"]]
        out.append((row.get("lang", "en"), row["construction"],
                    Article(row["id"], row["text"], 0, api.publication_date(row["published"]), gold)))
    return out


def _grouped(scores: dict[str, Score]) -> Score:
    return Score(sum(s.articles for s in scores.values()), sum(s.words for s in scores.values()),
                 sum(s.seconds for s in scores.values()), [g for s in scores.values() for g in s.gold],
                 [e for s in scores.values() for e in s.emitted])


def _row(name: str, f: dict) -> str:
    def pct(r):
        return f"{r['value'] * 100:.0f}% ({r['n']}/{r['of']})" if r["value"] is not None else "n/a"
    return (f"| {name} | {f['articles']} | {pct(f['recall'])} | {pct(f['precision'])} | {len(f['false_alarms'])} | "
            f"{f['false_statements_caught']}/{f['false_statements']} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score the claim checker on our own paraphrases.")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="every sentence not read right, with what was read")
    parser.add_argument("--construction", help="only this construction")
    parser.add_argument("--lang", default="en", help="en (the default), all, or one language: fr, es, de, pt, ru")
    args = parser.parse_args(argv)
    rows = [(lang, c, a) for lang, c, a in load() + load(LANG_ROWS)
            if args.construction in (None, c) and args.lang in ("all", lang)]
    api.check_text("The General Assembly adopted resolution ES-11/1 by 141 votes to 5.")  # warm the index
    by_construction: dict[str, Score] = defaultdict(Score)
    by_lang: dict[str, Score] = defaultdict(Score)
    for lang, construction, article in rows:
        one = score_set([article])
        key = construction if args.lang == "en" else f"{lang}: {construction}"
        for s in (by_construction[key], by_lang[lang]):
            s.articles, s.words, s.seconds = s.articles + 1, s.words + one.words, s.seconds + one.seconds
            s.gold += one.gold
            s.emitted += one.emitted
    out = {"overall": figures(_grouped(by_construction)), **{c: figures(s) for c, s in by_construction.items()}}
    # read: the claim was found in its sentence, on whatever roll call (a claim read right but placed on no vote is
    # identification's; one not read at all is extraction's)
    languages = {lang: dict(figures(s), read=sum(g["status"] != "missed" for g in s.gold)) for lang, s in by_lang.items()}
    if args.json:
        print(json.dumps({**out, "languages": languages}, indent=1))
        return 0
    print_figures("paraphrases", out["overall"])
    if len(languages) > 1:
        print("\n| language | texts | recall | precision | false alarms | false caught | read, any roll call |"
              "\n|---|---|---|---|---|---|---|")
        for lang, f in languages.items():
            print(f"{_row(lang, f)} {f['read'] / f['recall']['of'] * 100:.0f}% ({f['read']}/{f['recall']['of']}) |")
    print("\n| construction | sentences | recall | precision | false alarms | false caught |\n|---|---|---|---|---|---|")
    for name in by_construction:
        print(_row(name, out[name]))
    if args.verbose:
        texts = {a.name: a.text for _, _, a in rows}
        for name, s in by_construction.items():
            for g in s.gold:
                if g["status"] != "right":
                    got = g["emitted"]
                    said = f"{got['kind']} {got.get('resolution')} {got.get('state') or ''} {got['asserted']} " \
                           f"-> {got['verdict']}" if got else "nothing"
                    what = g.get("state") or {k: g[k] for k in ("yes", "no", "abstain", "field", "value") if k in g}
                    print(f"{g['status']:<15} [{name}] {g['article']}: {g['kind']} {what} {g.get('vote', '')} "
                          f"(truth {g['truth']}) — got {said}\n    {texts[g['article']]!r}")
            for e in s.emitted:
                if e["status"] in ("unlabelled", "misread"):
                    print(f"{e['status']:<15} [{name}] {e['article']}: {e['kind']} {e.get('resolution')} "
                          f"{e.get('state') or ''} {e['asserted']} -> {e['verdict']}\n    {texts[e['article']]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
