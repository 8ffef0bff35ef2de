"""Benchmark: the checker's "contradicted" verdicts on many real texts, each vetted by hand (issue 9).

Run on demand (needs a built store and the texts, which are others' words and never in the repository):
    python benchmarks/bench_contradictions.py [--set fahunt|fahunt2|…|fahunt17] [--texts DIR] [--json]
        [--dump]

The texts are DIR/xNN.txt (default $UNGA_NEWS_FAHUNT or /work/news_fahunt, then texts/; for --set fahunt2 the
yNN.txt under $UNGA_NEWS_FAHUNT2 or /work/news_fahunt2; for --set fahunt3 the jNN.txt under $UNGA_NEWS_FAHUNT3 or
/work/news_fahunt3; for --set fahunt4 the dNN.txt under $UNGA_NEWS_FAHUNT4 or
/work/news_fahunt4; for --set fahunt5 the oNN.txt under $UNGA_NEWS_FAHUNT5 or /work/news_fahunt5; for --set fahunt6
the eNN.txt under $UNGA_NEWS_FAHUNT6 or /work/news_fahunt6; for --set fahunt7 the yNN.txt under $UNGA_NEWS_FAHUNT7
or /work/news_fahunt7; for --set fahunt8 the yNN.txt under $UNGA_NEWS_FAHUNT8 or /work/news_fahunt8; for --set fahunt9
the acNN.txt under $UNGA_NEWS_FAHUNT9 or /work/news_fahunt9; for --set fahunt10 the aeNN.txt under
$UNGA_NEWS_FAHUNT10 or /work/news_fahunt10; for --set fahunt11 the agNN.txt under $UNGA_NEWS_FAHUNT11 or
/work/news_fahunt11; for --set fahunt12 the aiNN.txt under $UNGA_NEWS_FAHUNT12 or /work/news_fahunt12; for --set
fahunt13 the akNN.txt under $UNGA_NEWS_FAHUNT13 or /work/news_fahunt13; for --set fahunt14 the amNN.txt under
$UNGA_NEWS_FAHUNT14 or /work/news_fahunt14; for --set fahunt15 the aoNN.txt under $UNGA_NEWS_FAHUNT15 or
/work/news_fahunt15; for --set fahunt16 the aqNN.txt under $UNGA_NEWS_FAHUNT16 or /work/news_fahunt16; for --set
fahunt17 the asNN.txt under $UNGA_NEWS_FAHUNT17 or /work/news_fahunt17), first line
`URL: <url> | DATE: <YYYY-MM-DD or unknown> | <site>`. tests/reference/news_fahunt/contradictions.json holds, per
text (tests/reference/news_fahunt2/contradictions.json for --set fahunt2), its URL, sha256 and every claim the checker called contradicted when the set was made, with a decision by hand:
"right" (the text is wrong) or "false_alarm" (the text is right or says something else).

Each text present is checked again (`api.check_text(text, published=date)`), and per kind of claim the script prints
how many vetted right contradictions the checker still makes, how many vetted false alarms remain, and the
contradictions nobody has vetted yet (new ones, to judge by hand and add). A vetted claim is the same emitted claim
when kind, resolution, state and asserted numbers are equal and the spans overlap. A text whose sha256 differs
from the stored one is skipped with a message (its spans would not mean the same thing).

--dump prints each contradicted claim with its sentence and the checker's evidence, for vetting on a terminal.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from unga import api

ROOT = Path(__file__).resolve().parents[1]
SETS = {"fahunt": ("UNGA_NEWS_FAHUNT", "/work/news_fahunt"), "fahunt2": ("UNGA_NEWS_FAHUNT2", "/work/news_fahunt2"),
        "fahunt3": ("UNGA_NEWS_FAHUNT3", "/work/news_fahunt3"), "fahunt4": ("UNGA_NEWS_FAHUNT4", "/work/news_fahunt4"),
        "fahunt5": ("UNGA_NEWS_FAHUNT5", "/work/news_fahunt5"), "fahunt6": ("UNGA_NEWS_FAHUNT6", "/work/news_fahunt6"),
        "fahunt7": ("UNGA_NEWS_FAHUNT7", "/work/news_fahunt7"),
        "fahunt8": ("UNGA_NEWS_FAHUNT8", "/work/news_fahunt8"),
        "fahunt9": ("UNGA_NEWS_FAHUNT9", "/work/news_fahunt9"),
        "fahunt10": ("UNGA_NEWS_FAHUNT10", "/work/news_fahunt10"),
        "fahunt11": ("UNGA_NEWS_FAHUNT11", "/work/news_fahunt11"),
        "fahunt12": ("UNGA_NEWS_FAHUNT12", "/work/news_fahunt12"),
        "fahunt13": ("UNGA_NEWS_FAHUNT13", "/work/news_fahunt13"),
        "fahunt14": ("UNGA_NEWS_FAHUNT14", "/work/news_fahunt14"),
        "fahunt15": ("UNGA_NEWS_FAHUNT15", "/work/news_fahunt15"),
        "fahunt16": ("UNGA_NEWS_FAHUNT16", "/work/news_fahunt16"),
        "fahunt17": ("UNGA_NEWS_FAHUNT17", "/work/news_fahunt17")}


def vetted_file(name: str) -> Path:
    return ROOT / "tests" / "reference" / f"news_{name}" / "contradictions.json"


def text_dir(given: str | None, name: str = "fahunt") -> Path:
    env, default = SETS[name]
    base = Path(given or os.environ.get(env, default))
    return base / "texts" if (base / "texts").is_dir() else base


def header_date(first_line: str) -> date | None:
    for part in first_line.split("|"):
        part = part.strip()
        if part.startswith("DATE:"):
            try:
                return date.fromisoformat(part[5:].strip())
            except ValueError:
                return None
    return None


def contradicted(path: Path) -> tuple[str, list[dict]]:
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    result = api.check_text(text, published=header_date(text.splitlines()[0]))
    return hashlib.sha256(raw).hexdigest(), [c for c in result.claims if c["verdict"] == "contradicted"]


def key(claim: dict) -> tuple:
    return (claim["kind"], claim.get("resolution"), claim.get("state"),
            json.dumps(claim.get("asserted") or {}, sort_keys=True))


def overlaps(a: list[int], b: list[int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def match(emitted: list[dict], vetted: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict]]:
    """Pairs (vetted, emitted) of the same claim, and the emitted contradictions no vetted claim pairs with."""
    left = list(emitted)
    pairs = []
    for v in vetted:
        for e in left:
            if key(e) == key(v) and overlaps(e["span"], v["span"]):
                pairs.append((v, e))
                left.remove(e)
                break
    return pairs, left


def score(texts: Path, dump: bool, name: str = "fahunt") -> dict:
    vetted = json.loads(vetted_file(name).read_text())["texts"]
    rows: dict[str, Counter] = {}
    missing, changed, new = [], [], []
    for name, entry in sorted(vetted.items()):
        path = texts / name
        if not path.exists():
            missing.append(name)
            continue
        sha, emitted = contradicted(path)
        if sha != entry["sha256"]:
            changed.append(name)
            continue
        pairs, unvetted = match(emitted, entry["contradicted"])
        for v in entry["contradicted"]:
            row = rows.setdefault(v["kind"], Counter())
            row[f"{v['decision']}_vetted"] += 1
        for v, _ in pairs:
            rows[v["kind"]][f"{v['decision']}_still"] += 1
        for e in unvetted:
            rows.setdefault(e["kind"], Counter())["new"] += 1
            new.append({"text": name, "kind": e["kind"], "span": e["span"], "resolution": e.get("resolution"),
                        "state": e.get("state"), "asserted": e.get("asserted")})
        if dump:
            for e in emitted:
                print(dump_line(name, e))
    return {"rows": {k: dict(v) for k, v in sorted(rows.items())}, "missing": missing, "changed": changed, "new": new}


def dump_line(name: str, claim: dict) -> str:
    """One contradicted claim for vetting: where, what, its sentence and its evidence (dates written as ISO text)."""
    evidence = json.dumps(claim.get("evidence"), default=str)
    return (f"{name} {claim['span']} {claim['kind']} {claim.get('resolution')} {claim.get('state')} "
            f"{claim.get('asserted')}\n    {claim['text'][:400]}\n    {evidence[:600]}")


def render(out: dict) -> str:
    lines = [f"{'kind':<10} {'right (still/vetted)':>22} {'false alarms (still/vetted)':>29} {'new, not vetted':>16}"]
    total = Counter()
    for kind, row in out["rows"].items():
        total.update(row)
        lines.append(f"{kind:<10} {row.get('right_still', 0):>10}/{row.get('right_vetted', 0):<11} "
                     f"{row.get('false_alarm_still', 0):>14}/{row.get('false_alarm_vetted', 0):<14} "
                     f"{row.get('new', 0):>16}")
    lines.append(f"{'all':<10} {total['right_still']:>10}/{total['right_vetted']:<11} "
                 f"{total['false_alarm_still']:>14}/{total['false_alarm_vetted']:<14} {total['new']:>16}")
    for item in out["new"]:
        lines.append(f"not vetted: {item['text']} {item['span']} {item['kind']} {item['resolution']} {item['state']} "
                     f"{item['asserted']}")
    if out["missing"]:
        lines.append(f"{len(out['missing'])} texts absent (skipped): {', '.join(out['missing'][:10])}…")
    if out["changed"]:
        lines.append(f"texts whose sha256 differs from the vetted one (skipped): {', '.join(out['changed'])}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="name", choices=sorted(SETS), default="fahunt", help="which vetted set")
    parser.add_argument("--texts", help="directory of the texts (default $UNGA_NEWS_FAHUNT[2|3|4|5|6] or "
                                        "/work/news_fahunt[2|3|4|5|6])")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--dump", action="store_true", help="print each contradicted claim with its evidence")
    args = parser.parse_args(argv)
    texts = text_dir(args.texts, args.name)
    if not texts.is_dir():
        print(f"no texts at {texts}: set --texts or {SETS[args.name][0]}", file=sys.stderr)
        return 1
    out = score(texts, args.dump, args.name)
    print(json.dumps(out, indent=2) if args.json else render(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
