"""Build labels.json from a hand-written cue file, checking every claim against the built store.

    python tests/reference/news_corpus/make_labels.py [CUES] [--texts DIR] [--set corpus|holdout|holdout2|holdout3]

--set holdout labels the holdout set (tests/reference/news_holdout/; texts in $UNGA_NEWS_HOLDOUT or /work/news_holdout);
--set holdout2 the second holdout (tests/reference/news_holdout2/; texts in $UNGA_NEWS_HOLDOUT2 or /work/news_holdout2);
--set holdout3 the third (tests/reference/news_holdout3/; texts in $UNGA_NEWS_HOLDOUT3 or /work/news_holdout3).
CUES (default $UNGA_NEWS_CORPUS/labels.src or /work/news_corpus/labels.src) stays outside the repository: it
locates each claim by a phrase of the text, which are others' words. Only character offsets, our own notes and
the truth reach labels.json. Lines of CUES:

    = cNN.txt                       start a text
    R A/RES/68/262                  the roll call the following claims are about (a symbol or rcid:N)
    T "phrase" yes=100 no=11 abstain=58 absent=24   a tally (only the numbers the text states)
    C "phrase" abstain = 58         a count (field op value; op one of = > < >= <=)
    P no @"anchor" Name; Name=ISO; Name:false       positions: each name is found in the text after the anchor
                                    (and after the previous name); ISO3 is looked up when not given
    ... truth=false note="our own words"            optional, at the end of T, C and P lines
    ... after="phrase"              T, C, P: search only after this phrase (a repeated paragraph)
    S "first phrase" "last phrase"  a list of which only a sample of states is labelled (from the first phrase to
                                    the end of the last): the scorer does not count unlabelled claims inside it
    # comment

The truth is computed from the store (published counts where the record has them, else the stored votes; a
state's recorded vote) unless the line gives truth=…; a roll call the store lacks is not_in_store. A vote the
record knows only from a UN release (api.tally gives an OfficialTally: src/unga/data/official_recorded_votes.csv)
is judged on what the release says: tallies and counts against its announced counts (a stated absent count is
not_in_store), a position for a state it names, or for any state on a side whose list it gives whole; the rest is
not_in_store. R may name it by symbol or draft; labels.json carries the checker's name (symbol, else draft). An
unconfirmed number (the 11 December 2024 drafts' ES-10/25, ES-10/26) is not in the store: name the draft to judge
it. Lines whose given truth disagrees with the store are reported, so each such judgement is deliberate and noted.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import operator
import shlex
import sys
from datetime import date
from pathlib import Path

from unga import api, countries
from unga.errors import UngaError
from unga.results import OfficialTally

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "benchmarks"))
from bench_news import SETS as NEWS_SETS  # noqa: E402  (the one table of labelled sets)

# set → (folder of texts and cues, outside the repository; folder of its labels.json)
SETS = {name: (row.folder(), row.labels.parent) for name, row in NEWS_SETS.items()}
OPS = {"=": operator.eq, ">": operator.gt, "<": operator.lt, ">=": operator.ge, "<=": operator.le}
_tallies: dict[str, object] = {}


def record(symbol: str):
    if symbol not in _tallies:
        try:
            _tallies[symbol] = api.tally(symbol)
        except UngaError:
            _tallies[symbol] = None
    return _tallies[symbol]


def official(tally) -> dict[str, int]:
    counts = dict(tally.counts)
    for field in ("yes", "no", "abstain"):
        if tally.published.get(field) is not None:
            counts[field] = tally.published[field]
    if tally.published.get("non_voting") is not None:
        counts["absent"] = tally.published["non_voting"]
    return counts


def store_truth(claim: dict) -> str:
    tally = record(claim["resolution"])
    if tally is None:
        return "not_in_store"
    if isinstance(tally, OfficialTally):
        return released_truth(claim, tally)
    if claim["kind"] == "position":
        vote = tally.votes.get(claim["state"])
        return "true" if vote == claim["vote"] else "false" if vote else "not_a_member"
    counts = official(tally)
    if claim["kind"] == "tally":
        stated = [f for f in ("yes", "no", "abstain", "absent") if f in claim]
        return "true" if all(counts[f] == claim[f] for f in stated) else "false"
    return "true" if OPS[claim["op"]](counts[claim["field"]], claim["value"]) else "false"


def released_truth(claim: dict, tally: OfficialTally) -> str:
    """A vote known only from a UN release: its announced counts, and the votes of the states it names (of every
    state on a side whose list it gives whole). Anything else the record cannot tell: not_in_store."""
    if claim["kind"] == "position":
        vote = tally.votes.get(claim["state"])
        if vote is not None:
            return "true" if vote == claim["vote"] else "false"
        return "false" if claim["vote"] in tally.complete else "not_in_store"
    if claim["kind"] == "tally":
        stated = [f for f in ("yes", "no", "abstain") if f in claim]
        if any(tally.counts[f] != claim[f] for f in stated):
            return "false"
        return "not_in_store" if "absent" in claim else "true"
    if claim["field"] not in tally.counts:  # the release gives no number of states that did not vote
        return "not_in_store"
    return "true" if OPS[claim["op"]](tally.counts[claim["field"]], claim["value"]) else "false"


def _options(tokens: list[str]) -> tuple[list[str], dict[str, str]]:
    rest, opts = [], {}
    for token in tokens:
        key, sep, value = token.partition("=")
        if sep and key in ("truth", "note", "after"):
            opts[key] = value
        else:
            rest.append(token)
    return rest, opts


class Labeller:
    def __init__(self, texts: Path) -> None:
        self.texts, self.articles, self.problems = texts, {}, []
        self.name = self.text = self.resolution = None

    def where(self, phrase: str, start: int = 0) -> list[int]:
        at = self.text.find(phrase, start)
        if at < 0:
            raise ValueError(f"{self.name}: phrase not found after {start}: {phrase!r}")
        return [at, at + len(phrase)]

    def start(self, name: str) -> None:
        raw = (self.texts / name).read_bytes()
        self.name, self.text = name, raw.decode("utf-8")
        first = self.text.partition("\n")[0]
        url = first.split("URL:", 1)[1].split("|", 1)[0].strip()
        day = first.split("DATE:", 1)[1].split("|", 1)[0].strip()
        self.articles[name] = {"url": url, "date": day, "sha256": hashlib.sha256(raw).hexdigest(), "claims": []}

    def add(self, claim: dict, opts: dict) -> None:
        claim = {"kind": claim.pop("kind"), "resolution": _name(self.resolution), **claim}
        computed = store_truth(claim)
        truth = opts.get("truth") or computed
        if truth not in ("true", "false", "not_in_store"):
            self.problems.append(f"{self.name}@{claim['span'][0]}: store says {computed}; give truth= and a note")
        elif opts.get("truth") and opts["truth"] != computed:
            self.problems.append(f"{self.name}@{claim['span'][0]}: truth {truth} given, store says {computed} "
                                 f"({'noted' if opts.get('note') else 'NO NOTE'})")
        claim["truth"] = truth
        if opts.get("note"):
            claim["note"] = opts["note"]
        self.articles[self.name]["claims"].append(claim)

    def line(self, line: str) -> None:
        tag, _, body = line.partition(" ")
        if tag == "=":
            return self.start(body.strip())
        if tag == "R":
            self.resolution = body.strip()
            return None
        tokens, opts = _options(shlex.split(body))
        start = self.where(opts.pop("after"))[0] if "after" in opts else 0
        if tag == "T":
            numbers = {k: int(v) for k, v in (t.split("=") for t in tokens[1:])}
            return self.add({"kind": "tally", **numbers, "span": self.where(tokens[0], start)}, opts)
        if tag == "C":
            field, op, value = tokens[1:4]
            return self.add({"kind": "count", "field": field, "op": op, "value": int(value),
                             "span": self.where(tokens[0], start)}, opts)
        if tag == "P":
            return self.positions(tokens, opts, start)
        if tag == "S":
            first = self.where(tokens[0], start)
            self.articles[self.name].setdefault("sampled", []).append([first[0], self.where(tokens[1], first[1])[1]])
            return None
        raise ValueError(f"{self.name}: unknown line {line!r}")

    def positions(self, tokens: list[str], opts: dict, at: int = 0) -> None:
        vote, rest = tokens[0], tokens[1:]
        if rest and rest[0].startswith("@"):
            at = self.where(rest[0][1:], at)[0]
            rest = rest[1:]
        day = _day(self.resolution)
        for item in " ".join(rest).split(";"):
            item = item.strip()
            if not item:
                continue
            item, _, truth = item.partition(":")
            phrase, _, iso = item.partition("=")
            span = self.where(phrase.strip(), at)
            at = span[1]
            state = iso.strip() or countries.resolve(phrase.strip(), on=day)
            self.add({"kind": "position", "state": state, "vote": vote, "span": span},
                     dict(opts, **({"truth": truth} if truth else {})))


def _name(symbol: str | None) -> str | None:
    """The name the checker gives a vote known from a release (its symbol, else its draft as symbols.draft writes
    it: 'A/80/L.1/REV.1'), so a label written with the draft or the symbol matches; other names as written."""
    tally = record(symbol) if symbol else None
    return (tally.symbol or tally.draft) if isinstance(tally, OfficialTally) else symbol


def _day(symbol: str | None) -> date | None:
    tally = record(symbol) if symbol else None
    if isinstance(tally, OfficialTally):
        return tally.date
    return tally.roll_call.date if tally is not None else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cues", nargs="?")
    parser.add_argument("--texts")
    parser.add_argument("--out")
    parser.add_argument("--set", choices=sorted(SETS), default="corpus")
    args = parser.parse_args()
    folder, labels = SETS[args.set]
    args.cues, args.texts = args.cues or str(folder / "labels.src"), args.texts or str(folder / "texts")
    args.out = args.out or str(labels / "labels.json")
    labeller = Labeller(Path(args.texts))
    for number, line in enumerate(Path(args.cues).read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if line and not line.startswith("#"):
            try:
                labeller.line(line)
            except (ValueError, KeyError, UngaError) as error:
                labeller.problems.append(f"line {number}: {error}")
    for problem in labeller.problems:
        print(problem, file=sys.stderr)
    claims = [c for a in labeller.articles.values() for c in a["claims"]]
    Path(args.out).write_text(json.dumps({"articles": labeller.articles}, indent=1, ensure_ascii=False) + "\n")
    kinds = {k: sum(c["kind"] == k for c in claims) for k in ("tally", "count", "position")}
    truths = {t: sum(c["truth"] == t for c in claims) for t in ("true", "false", "not_in_store")}
    print(f"{len(labeller.articles)} texts, {len(claims)} claims {kinds} {truths} -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
