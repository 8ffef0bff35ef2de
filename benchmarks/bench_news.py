"""Benchmark: the claim checker scored against hand-labelled real news (recall, precision, false alarms).

Run on demand (needs a built store):
    python benchmarks/bench_news.py [--json] [--verbose] [--set NAME] [--corpus DIR] [--holdout DIR] [--holdout2 DIR]
        [--holdout3 DIR] [--holdout4 DIR] [--holdout5 DIR] [--holdout6 DIR]
        [--holdout7 DIR] [--holdout8 DIR] [--holdout9 DIR] [--holdout10 DIR]

Each labelled set is one row of SETS (the shared set aside); each text is run through
`api.check_text(text, published=date)`:
- shared: ../shared/news (texts/dNN.txt and gold.json; each gold claim locates itself by a quote);
- corpus: the development corpus, texts in $UNGA_NEWS_CORPUS or /work/news_corpus (texts/cNN.txt, never in the
  repository), labels in tests/reference/news_corpus/labels.json (each claim locates itself by a character span);
- holdout, holdout2, holdout3, holdout4, holdout5, holdout6, holdout7, holdout8, holdout9, holdout10, holdout11,
  holdout12, holdout13, holdout14, holdout15, holdout16, holdout17, holdout18, holdout19, holdout20, holdout21,
  holdout22, holdout23, holdout24, holdout25, holdout26, holdout27, holdout28, holdout29, holdout30, holdout31,
  holdout32, holdout33, holdout34, holdout35, holdout36, holdout37, holdout38: blind sets nobody develops on, in the
  same format, texts in $UNGA_NEWS_HOLDOUT, $UNGA_NEWS_HOLDOUT2, … $UNGA_NEWS_HOLDOUT38 (default /work/news_holdout,
  /work/news_holdout2, … /work/news_holdout33, /work/blind/holdout34, /work/blind/holdout35, /work/blind/holdout36,
  /work/blind/holdout37, /work/blind/holdout38; a set still blind lives under /work/blind/,
  out of the /work/news_* pattern that development greps use; texts/hNN.txt, gNN.txt, fNN.txt, eNN.txt, bNN.txt,
  kNN.txt, mNN.txt, nNN.txt,
  pNN.txt, qNN.txt, rNN.txt, sNN.txt, tNN.txt, uNN.txt, vNN.txt, wNN.txt, zNN.txt, aNN.txt, iNN.txt, lNN.txt, oNN.txt,
  dNN.txt, jNN.txt, xNN.txt, yNN.txt, abNN.txt, adNN.txt, afNN.txt, ahNN.txt, ajNN.txt, alNN.txt, anNN.txt, apNN.txt,
  arNN.txt, atNN.txt, auNN.txt, avNN.txt, awNN.txt: every single letter being taken, holdout26 to holdout38 have
  two-letter prefixes),
  labels in tests/reference/news_holdout*/labels.json. Blind sets are reported alone, never in "overall".
A set whose texts are absent is skipped with a message.

Matching a gold claim to an emitted claim of the same text:
- position: (resolution, state, vote); tally: the resolution and every number the gold states; count: (resolution,
  field, op, value). A tally that states one number and a count with op "=" are the same claim. A contradicted tally
  never pairs with a true claim stating fewer of its numbers (what it found wrong may be the others); a contradicted
  tally that states only some numbers of a false tally, each as labelled, pairs with it (the false statement is caught
  though a number went unread).
- A gold claim the record lacks (truth not_in_store) also matches an emitted claim with no resolution.
- Verdict right: supported for truth true, contradicted for false, unverifiable for not_in_store.
- Gold and emitted claims pair one to one, preferring a right verdict, then overlapping spans, then the nearest.
- A gold claim with no such pair can still pair "loosely" with an emitted claim saying the same thing about another
  roll call (or none) in an overlapping sentence: that is the wrong roll call, and if the emitted verdict is
  contradicted on a true statement it is a false alarm.
- A gold count left unpaired whose number an emitted tally of its sentence states, on the right roll call, judged
  supported (or unverifiable for a vote the record lacks), is found ("with 3 abstentions" read into "169 to 6, with
  3 abstentions"): the labels split what the checker reads as one tally. Reported as "counts read inside a tally".
  A false count is caught so inside a contradicted tally whose evidence gives that side's count in the record, and
  it is another number ("98-8-33" against the record's 98-7-31 catches both the 8 and the 33).
- An emitted claim that pairs with nothing but states some of the numbers of a true tally of its sentence, on the
  right roll call with the right verdict, is correct (it counts in precision, not in recall). A position inside a
  list whose states were labelled only by sample (a text's "sampled" spans) is not scored.
- A contradicted claim that pairs with nothing, in a sentence whose labelled claims are all true, is a misreading
  ("128 against 9" read as 128 no votes): it is counted as a false alarm too (or, when the sentence's claims
  are all about a vote the record lacks, as a contradiction on a vote the record lacks).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from unga import api
from unga.claims import calendars
from unga.errors import UngaError
from unga.results import CheckResult

ROOT = Path(__file__).resolve().parents[1]
SHARED_NEWS = ROOT.parent / "shared" / "news"
CORPUS_LABELS = ROOT / "tests" / "reference" / "news_corpus" / "labels.json"
HOLDOUT_LABELS = ROOT / "tests" / "reference" / "news_holdout" / "labels.json"
HOLDOUT2_LABELS = ROOT / "tests" / "reference" / "news_holdout2" / "labels.json"
HOLDOUT3_LABELS = ROOT / "tests" / "reference" / "news_holdout3" / "labels.json"
HOLDOUT4_LABELS = ROOT / "tests" / "reference" / "news_holdout4" / "labels.json"
HOLDOUT5_LABELS = ROOT / "tests" / "reference" / "news_holdout5" / "labels.json"
HOLDOUT6_LABELS = ROOT / "tests" / "reference" / "news_holdout6" / "labels.json"
HOLDOUT7_LABELS = ROOT / "tests" / "reference" / "news_holdout7" / "labels.json"
HOLDOUT8_LABELS = ROOT / "tests" / "reference" / "news_holdout8" / "labels.json"
HOLDOUT9_LABELS = ROOT / "tests" / "reference" / "news_holdout9" / "labels.json"
HOLDOUT10_LABELS = ROOT / "tests" / "reference" / "news_holdout10" / "labels.json"
HOLDOUT11_LABELS = ROOT / "tests" / "reference" / "news_holdout11" / "labels.json"
HOLDOUT12_LABELS = ROOT / "tests" / "reference" / "news_holdout12" / "labels.json"
HOLDOUT13_LABELS = ROOT / "tests" / "reference" / "news_holdout13" / "labels.json"
HOLDOUT14_LABELS = ROOT / "tests" / "reference" / "news_holdout14" / "labels.json"
HOLDOUT15_LABELS = ROOT / "tests" / "reference" / "news_holdout15" / "labels.json"
HOLDOUT16_LABELS = ROOT / "tests" / "reference" / "news_holdout16" / "labels.json"
HOLDOUT17_LABELS = ROOT / "tests" / "reference" / "news_holdout17" / "labels.json"
HOLDOUT18_LABELS = ROOT / "tests" / "reference" / "news_holdout18" / "labels.json"
HOLDOUT19_LABELS = ROOT / "tests" / "reference" / "news_holdout19" / "labels.json"
HOLDOUT20_LABELS = ROOT / "tests" / "reference" / "news_holdout20" / "labels.json"
HOLDOUT21_LABELS = ROOT / "tests" / "reference" / "news_holdout21" / "labels.json"
HOLDOUT22_LABELS = ROOT / "tests" / "reference" / "news_holdout22" / "labels.json"
HOLDOUT23_LABELS = ROOT / "tests" / "reference" / "news_holdout23" / "labels.json"
HOLDOUT24_LABELS = ROOT / "tests" / "reference" / "news_holdout24" / "labels.json"
HOLDOUT25_LABELS = ROOT / "tests" / "reference" / "news_holdout25" / "labels.json"
HOLDOUT26_LABELS = ROOT / "tests" / "reference" / "news_holdout26" / "labels.json"
HOLDOUT27_LABELS = ROOT / "tests" / "reference" / "news_holdout27" / "labels.json"
HOLDOUT28_LABELS = ROOT / "tests" / "reference" / "news_holdout28" / "labels.json"
HOLDOUT29_LABELS = ROOT / "tests" / "reference" / "news_holdout29" / "labels.json"
HOLDOUT30_LABELS = ROOT / "tests" / "reference" / "news_holdout30" / "labels.json"
HOLDOUT31_LABELS = ROOT / "tests" / "reference" / "news_holdout31" / "labels.json"
HOLDOUT32_LABELS = ROOT / "tests" / "reference" / "news_holdout32" / "labels.json"
HOLDOUT33_LABELS = ROOT / "tests" / "reference" / "news_holdout33" / "labels.json"
HOLDOUT34_LABELS = ROOT / "tests" / "reference" / "news_holdout34" / "labels.json"
HOLDOUT35_LABELS = ROOT / "tests" / "reference" / "news_holdout35" / "labels.json"
HOLDOUT36_LABELS = ROOT / "tests" / "reference" / "news_holdout36" / "labels.json"
HOLDOUT37_LABELS = ROOT / "tests" / "reference" / "news_holdout37" / "labels.json"
HOLDOUT38_LABELS = ROOT / "tests" / "reference" / "news_holdout38" / "labels.json"
RIGHT_VERDICT = {"true": "supported", "false": "contradicted", "not_in_store": "unverifiable"}
NEAR = 400  # characters: a loose pair needs the gold phrase within this distance of the emitted sentence


@dataclass(frozen=True)
class NewsSet:
    """A labelled set whose texts live outside the repository: where its labels and texts are."""
    labels: Path
    env: str  # the environment variable naming the folder that holds texts/
    default: str  # the folder when the variable is unset
    prefix: str  # the texts are texts/<prefix>NN.txt
    blind: bool  # nobody develops on it: reported alone, never in "overall"

    def folder(self, given: str | None = None) -> Path:
        return Path(given or os.environ.get(self.env) or self.default)


SETS = {
    "corpus": NewsSet(CORPUS_LABELS, "UNGA_NEWS_CORPUS", "/work/news_corpus", "c", blind=False),
    "holdout": NewsSet(HOLDOUT_LABELS, "UNGA_NEWS_HOLDOUT", "/work/news_holdout", "h", blind=True),
    "holdout2": NewsSet(HOLDOUT2_LABELS, "UNGA_NEWS_HOLDOUT2", "/work/news_holdout2", "g", blind=True),
    "holdout3": NewsSet(HOLDOUT3_LABELS, "UNGA_NEWS_HOLDOUT3", "/work/news_holdout3", "f", blind=True),
    "holdout4": NewsSet(HOLDOUT4_LABELS, "UNGA_NEWS_HOLDOUT4", "/work/news_holdout4", "e", blind=True),
    "holdout5": NewsSet(HOLDOUT5_LABELS, "UNGA_NEWS_HOLDOUT5", "/work/news_holdout5", "b", blind=True),
    "holdout6": NewsSet(HOLDOUT6_LABELS, "UNGA_NEWS_HOLDOUT6", "/work/news_holdout6", "k", blind=True),
    "holdout7": NewsSet(HOLDOUT7_LABELS, "UNGA_NEWS_HOLDOUT7", "/work/news_holdout7", "m", blind=True),
    "holdout8": NewsSet(HOLDOUT8_LABELS, "UNGA_NEWS_HOLDOUT8", "/work/news_holdout8", "n", blind=True),
    "holdout9": NewsSet(HOLDOUT9_LABELS, "UNGA_NEWS_HOLDOUT9", "/work/news_holdout9", "p", blind=True),
    "holdout10": NewsSet(HOLDOUT10_LABELS, "UNGA_NEWS_HOLDOUT10", "/work/news_holdout10", "q", blind=True),
    "holdout11": NewsSet(HOLDOUT11_LABELS, "UNGA_NEWS_HOLDOUT11", "/work/news_holdout11", "r", blind=True),
    "holdout12": NewsSet(HOLDOUT12_LABELS, "UNGA_NEWS_HOLDOUT12", "/work/news_holdout12", "s", blind=True),
    "holdout13": NewsSet(HOLDOUT13_LABELS, "UNGA_NEWS_HOLDOUT13", "/work/news_holdout13", "t", blind=True),
    "holdout14": NewsSet(HOLDOUT14_LABELS, "UNGA_NEWS_HOLDOUT14", "/work/news_holdout14", "u", blind=True),
    "holdout15": NewsSet(HOLDOUT15_LABELS, "UNGA_NEWS_HOLDOUT15", "/work/news_holdout15", "v", blind=True),
    "holdout16": NewsSet(HOLDOUT16_LABELS, "UNGA_NEWS_HOLDOUT16", "/work/news_holdout16", "w", blind=True),
    "holdout17": NewsSet(HOLDOUT17_LABELS, "UNGA_NEWS_HOLDOUT17", "/work/news_holdout17", "z", blind=True),
    "holdout18": NewsSet(HOLDOUT18_LABELS, "UNGA_NEWS_HOLDOUT18", "/work/news_holdout18", "a", blind=True),
    "holdout19": NewsSet(HOLDOUT19_LABELS, "UNGA_NEWS_HOLDOUT19", "/work/news_holdout19", "i", blind=True),
    "holdout20": NewsSet(HOLDOUT20_LABELS, "UNGA_NEWS_HOLDOUT20", "/work/news_holdout20", "l", blind=True),
    "holdout21": NewsSet(HOLDOUT21_LABELS, "UNGA_NEWS_HOLDOUT21", "/work/news_holdout21", "o", blind=True),
    "holdout22": NewsSet(HOLDOUT22_LABELS, "UNGA_NEWS_HOLDOUT22", "/work/news_holdout22", "d", blind=True),
    "holdout23": NewsSet(HOLDOUT23_LABELS, "UNGA_NEWS_HOLDOUT23", "/work/news_holdout23", "j", blind=True),
    "holdout24": NewsSet(HOLDOUT24_LABELS, "UNGA_NEWS_HOLDOUT24", "/work/news_holdout24", "x", blind=True),
    "holdout25": NewsSet(HOLDOUT25_LABELS, "UNGA_NEWS_HOLDOUT25", "/work/news_holdout25", "y", blind=True),
    "holdout26": NewsSet(HOLDOUT26_LABELS, "UNGA_NEWS_HOLDOUT26", "/work/news_holdout26", "ab", blind=True),
    "holdout27": NewsSet(HOLDOUT27_LABELS, "UNGA_NEWS_HOLDOUT27", "/work/news_holdout27", "ad", blind=True),
    "holdout28": NewsSet(HOLDOUT28_LABELS, "UNGA_NEWS_HOLDOUT28", "/work/news_holdout28", "af", blind=True),
    "holdout29": NewsSet(HOLDOUT29_LABELS, "UNGA_NEWS_HOLDOUT29", "/work/news_holdout29", "ah", blind=True),
    "holdout30": NewsSet(HOLDOUT30_LABELS, "UNGA_NEWS_HOLDOUT30", "/work/news_holdout30", "aj", blind=True),
    "holdout31": NewsSet(HOLDOUT31_LABELS, "UNGA_NEWS_HOLDOUT31", "/work/news_holdout31", "al", blind=True),
    "holdout32": NewsSet(HOLDOUT32_LABELS, "UNGA_NEWS_HOLDOUT32", "/work/news_holdout32", "an", blind=True),
    "holdout33": NewsSet(HOLDOUT33_LABELS, "UNGA_NEWS_HOLDOUT33", "/work/news_holdout33", "ap", blind=True),
    "holdout34": NewsSet(HOLDOUT34_LABELS, "UNGA_NEWS_HOLDOUT34", "/work/blind/holdout34", "ar", blind=True),
    "holdout35": NewsSet(HOLDOUT35_LABELS, "UNGA_NEWS_HOLDOUT35", "/work/blind/holdout35", "at", blind=True),
    "holdout36": NewsSet(HOLDOUT36_LABELS, "UNGA_NEWS_HOLDOUT36", "/work/blind/holdout36", "au", blind=True),
    "holdout37": NewsSet(HOLDOUT37_LABELS, "UNGA_NEWS_HOLDOUT37", "/work/blind/holdout37", "av", blind=True),
    "holdout38": NewsSet(HOLDOUT38_LABELS, "UNGA_NEWS_HOLDOUT38", "/work/blind/holdout38", "aw", blind=True),
}


@dataclass
class Article:
    name: str
    text: str  # the whole file, first line included; gold and reported offsets index into it
    body_start: int  # where the article proper begins (after the URL/DATE line)
    published: date | None
    gold: list[dict]  # each with "loc": [start, end] in text, or None when the quote is not found
    sampled: list = field(default_factory=list)  # [start, end] of lists of which only a sample is labelled


@dataclass
class Score:
    articles: int = 0
    words: int = 0
    seconds: float = 0.0
    gold: list[dict] = field(default_factory=list)  # gold claims with "status" and "found"
    emitted: list[dict] = field(default_factory=list)  # emitted non-"other" claims with "status" and "gold"


# ---------------------------------------------------------------- loading the sets


def _header(text: str) -> tuple[int, date | None]:
    first, _, _ = text.partition("\n")
    body_start = len(first) + 1 if first.startswith("URL:") else 0
    found = re.search(r"DATE:\s*(\d{4}-\d{2}(?:-\d{2})?)\b", first)  # a day, or a month only (calendars.Month)
    return body_start, calendars.text_date(found.group(1)) if found else None


def _quote_loc(text: str, quote: str | None) -> list[int] | None:
    """Where a gold quote sits; "cue … Name" quotes are found piece by piece, ending at the last piece."""
    if not quote:
        return None
    pieces = [p.strip() for p in re.split(r"…|\.\.\.", quote) if p.strip()]
    start = at = text.find(pieces[0]) if pieces else -1
    for piece in pieces[1:]:
        at = text.find(piece, at) if at >= 0 else -1
    if start < 0 or at < 0:
        return None
    return [start, at + len(pieces[-1])]


def load_shared(folder: Path) -> list[Article] | str:
    gold_file = folder / "gold.json"
    if not gold_file.exists():
        return f"no labelled set at {folder} (gold.json missing)"
    out = []
    for name, entry in json.loads(gold_file.read_text(encoding="utf-8"))["articles"].items():
        text = (folder / "texts" / name).read_text(encoding="utf-8")
        body_start, published = _header(text)
        gold = [dict(c, loc=_quote_loc(text, c.get("quote"))) for c in entry["claims"]]
        out.append(Article(name, text, body_start, published, gold))
    return out


def load_corpus(folder: Path, labels: Path = CORPUS_LABELS, hint: str = "UNGA_NEWS_CORPUS or pass --corpus") \
        -> list[Article] | str:
    if not (folder / "texts").is_dir():
        return f"texts not found at {folder}/texts (set {hint})"
    if not labels.exists():
        return f"no labels at {labels}"
    import hashlib

    out, missing = [], []
    for name, entry in json.loads(labels.read_text(encoding="utf-8"))["articles"].items():
        path = folder / "texts" / name
        if not path.exists():
            missing.append(name)
            continue
        raw = path.read_bytes()
        if entry.get("sha256") and hashlib.sha256(raw).hexdigest() != entry["sha256"]:
            print(f"warning: {path} differs from the labelled text (sha256); its spans may be off", file=sys.stderr)
        text = raw.decode("utf-8")
        body_start, published = _header(text)
        gold = [dict(c, loc=list(c["span"]) if c.get("span") else None) for c in entry["claims"]]
        out.append(Article(name, text, body_start, published or _label_date(entry), gold, entry.get("sampled", [])))
    if missing:
        print(f"warning: {len(missing)} labelled texts absent from {folder}/texts: {', '.join(missing)}", file=sys.stderr)
    return out


def _label_date(entry: dict) -> date | None:
    return calendars.text_date(entry.get("date", ""))


# ---------------------------------------------------------------- matching


def _numbers(claim: dict) -> dict[str, tuple[str, int]] | None:
    """A tally or count as {field: (op, value)}, so that a one-number tally and an "=" count compare equal."""
    if claim["kind"] == "tally":
        return {f: ("=", int(claim[f])) for f in ("yes", "no", "abstain", "absent") if claim.get(f) is not None}
    if claim["kind"] == "count":
        return {claim["field"]: (claim["op"], int(claim["value"]))}
    return None


def _emitted_numbers(claim: dict) -> dict[str, tuple[str, int]] | None:
    asserted = claim.get("asserted") or {}
    if claim["kind"] == "tally":
        return {f: ("=", int(v)) for f, v in asserted.items() if f in ("yes", "no", "abstain", "absent") and v is not None}
    if claim["kind"] == "count" and "field" in asserted:
        return {asserted["field"]: (asserted.get("op", "="), int(asserted["value"]))}
    return None


def same_statement(gold: dict, emitted: dict) -> bool:
    """The same assertion, whatever roll call it is placed on."""
    if gold["kind"] == "position":
        said = (emitted.get("asserted") or {}).get("vote")
        # a disjunction ("refrained from voting" is "abstain or absent"; "despite the opposition of A" is "no or
        # abstain or absent") states the gold's vote when it is one of its votes; "did not take part" may be either
        return emitted["kind"] == "position" and emitted.get("state") == gold["state"] and said is not None \
            and (said == gold["vote"] or gold["vote"] in said.split(" or ")
                 or said == "not_taking_part" and gold["vote"] in ("abstain", "absent"))
    want, got = _numbers(gold), _emitted_numbers(emitted)
    if want is None or got is None:
        return False
    contradicted = emitted.get("verdict") == "contradicted"
    if contradicted and gold["truth"] == "true" and set(got) - set(want):
        return False  # a contradicted tally saying more than a true claim: what it found wrong is its other numbers
    if contradicted and gold["truth"] == "false" and set(got) < set(want):
        # part of a false tally, read and contradicted: the numbers it read are the labelled statement's own, and
        # the record disagrees with one of them, so the statement is caught even though a number went unread
        return all(got[f] == want[f] for f in got)
    # a round figure ("about 140", "nearly 60") read as such (op "~", twenty-fifth round) states the count the labels
    # wrote as "=" or, for "nearly", as "<", before the checker had the op
    return all(got.get(f) == v or got.get(f) == ("~", v[1]) and v[0] in ("=", "<") for f, v in want.items())


def same_roll_call(gold: dict, emitted: dict) -> bool:
    if emitted.get("resolution") == gold["resolution"]:
        return True
    if gold["truth"] == "not_in_store" and emitted.get("resolution") is None:
        return True  # a vote the record lacks, labelled on the roll call it belongs to ("rcid:151"): left unplaced
    if gold["resolution"].startswith("rcid:"):  # a roll call the record holds without a symbol
        return str((emitted.get("evidence") or {}).get("rcid")) == gold["resolution"][5:]
    return gold["truth"] == "not_in_store" and emitted.get("resolution") is None


def _distance(gold: dict, emitted: dict) -> int | None:
    if gold.get("loc") is None or emitted.get("loc") is None:
        return None
    (gs, ge), (es, ee) = gold["loc"], emitted["loc"]
    return max(0, max(gs, es) - min(ge, ee))


def _pair(gold: list[dict], emitted: list[dict], strict: bool) -> None:
    """Pair unpaired gold and emitted claims one to one, best pairs first."""
    pairs = []
    for gi, g in enumerate(gold):
        if g["found"] is not None:
            continue
        for ei, e in enumerate(emitted):
            if e["gold"] is not None or not same_statement(g, e):
                continue
            dist = _distance(g, e)
            if strict and not same_roll_call(g, e):
                continue
            if not strict and (dist is None or dist > NEAR):
                continue
            right = e["verdict"] == RIGHT_VERDICT[g["truth"]]
            pairs.append((not right, dist if dist is not None else 10**9, gi, ei))
    for _, _, gi, ei in sorted(pairs):
        if gold[gi]["found"] is None and emitted[ei]["gold"] is None:
            gold[gi]["found"], emitted[ei]["gold"] = ei, gi


def match(article: Article, claims: list[dict]) -> tuple[list[dict], list[dict]]:
    """Gold claims with a status (right, wrong verdict, wrong roll call, missed) and emitted claims with theirs."""
    gold = [dict(g, found=None, article=article.name) for g in article.gold]
    emitted = [dict(c, gold=None, article=article.name) for c in claims if c["kind"] != "other"]
    _pair(gold, emitted, strict=True)
    strict_found = {g["found"] for g in gold if g["found"] is not None}
    _pair(gold, emitted, strict=False)
    for g in gold:
        e = emitted[g["found"]] if g["found"] is not None else None
        inside = _inside_tally(g, emitted) if e is None else None
        if inside is not None:  # "169 in favour to 6 against, with 3 abstentions": the 3 is read, in the tally
            g["status"], g["inside_tally"], e = "right", True, inside
        elif e is None:
            g["status"] = "missed"
        elif g["found"] not in strict_found:
            g["status"] = "wrong roll call"
        else:
            g["status"] = "right" if e["verdict"] == RIGHT_VERDICT[g["truth"]] else "wrong verdict"
        g["emitted"] = e
    for e in emitted:
        e["status"] = "unlabelled" if e["gold"] is None else gold[e["gold"]]["status"]
        e["truth"] = None if e["gold"] is None else gold[e["gold"]]["truth"]
        if e["gold"] is None:
            _unpaired(e, gold, article.sampled)
    return gold, emitted


def _inside_tally(gold: dict, emitted: list[dict]) -> dict | None:
    """An emitted tally of the same sentence and roll call that states this gold count ("=") among its numbers,
    judged supported (or unverifiable, for a vote the record lacks): the count is found and rightly judged, though
    the labels split the tally. A false count is caught inside a contradicted tally only when the tally's evidence
    gives the record's number of that side, and it differs (the tally's verdict alone does not say which of its
    numbers is wrong)."""
    if gold["kind"] != "count" or gold.get("op", "=") != "=":
        return None
    return next((e for e in emitted if e["kind"] == "tally" and _distance(gold, e) == 0 and same_statement(gold, e)
                 and same_roll_call(gold, e) and e["verdict"] == RIGHT_VERDICT[gold["truth"]]
                 and (gold["truth"] != "false" or _record_differs(gold, e))), None)


def _record_differs(gold: dict, tally: dict) -> bool:
    """The record's count of the gold count's side, as the contradicted tally's evidence gives it, is not its number."""
    record = (tally.get("evidence") or {}).get("counts") or {}
    return gold["field"] in record and record[gold["field"]] != int(gold["value"])


def _unpaired(e: dict, gold: list[dict], sampled: list) -> None:
    """Classify an emitted claim that pairs with no gold claim: part of a labelled tally (correct, counted in
    precision), a position inside a list labelled only by sample (not scored), a misreading, or unlabelled."""
    if any(_part_of(g, e) for g in gold):
        e["status"], e["truth"] = "partial", "true"
    elif e["kind"] == "position" and e.get("loc") and any(_distance({"loc": list(r)}, e) == 0 for r in sampled):
        e["status"] = "unscored"
    elif e["verdict"] == "contradicted" and _misread(e, gold):
        e["status"], e["truth"] = "misread", _misread(e, gold)


def _part_of(gold: dict, emitted: dict) -> bool:
    """Some of the numbers of a true (or unrecorded) tally of the same sentence and roll call, rightly judged."""
    want, got = _numbers(gold), _emitted_numbers(emitted)
    if gold["kind"] != "tally" or gold["truth"] == "false" or not got or _distance(gold, emitted) != 0:
        return False
    return same_roll_call(gold, emitted) and emitted["verdict"] == RIGHT_VERDICT[gold["truth"]] \
        and all(want.get(f) == v for f, v in got.items())


def _misread(emitted: dict, gold: list[dict]) -> str | None:
    """For a contradicted claim that pairs with no gold claim: the truth shared by every labelled claim of its
    sentence when that is "true" or "not_in_store" (a misreading of true statements, or of a vote the record
    lacks), else None."""
    truths = {g["truth"] for g in gold if _distance(g, emitted) == 0}
    return truths.pop() if len(truths) == 1 and truths & {"true", "not_in_store"} else None


# ---------------------------------------------------------------- running and reporting


def _located(article: Article, result) -> list[dict]:
    """Emitted claims with "loc" in file offsets (the checker's spans index into the text it read)."""
    body = article.text[article.body_start:]
    out = []
    for c in result.claims:
        c = dict(c)
        if getattr(result, "text", None) == body and c.get("span"):
            c["loc"] = [c["span"][0] + article.body_start, c["span"][1] + article.body_start]
        else:
            at = article.text.find(c.get("text") or "\0", article.body_start)
            c["loc"] = [at, at + len(c["text"])] if at >= 0 else None
        out.append(c)
    return out


def score_set(articles: list[Article]) -> Score:
    score = Score()
    for article in articles:
        body = article.text[article.body_start:]
        start = time.perf_counter()
        try:
            result = api.check_text(body, published=article.published)
        except UngaError as error:  # a text the checker refuses scores as no claims; say so
            print(f"warning: {article.name}: check_text refused it: {error}", file=sys.stderr)
            result = CheckResult(body, [])
        score.seconds += time.perf_counter() - start
        score.words += len(body.split())
        score.articles += 1
        gold, emitted = match(article, _located(article, result))
        score.gold += gold
        score.emitted += emitted
    return score


def figures(score: Score) -> dict:
    gold, emitted = score.gold, score.emitted
    right = [g for g in gold if g["status"] == "right"]
    in_record = [g for g in gold if g["truth"] in ("true", "false")]
    false_gold = [g for g in gold if g["truth"] == "false"]
    by_kind = {}
    for kind in ("tally", "count", "position"):
        of_kind = [g for g in gold if g["kind"] == kind]
        by_kind[kind] = {"gold": len(of_kind), "right": sum(g["status"] == "right" for g in of_kind)}
    return {
        "articles": score.articles, "words": score.words, "gold_claims": len(gold), "emitted_claims": len(emitted),
        "recall": _ratio(len(right), len(gold)),
        "right_inside_a_tally": sum(bool(g.get("inside_tally")) for g in right),
        "precision": _ratio(sum(e["status"] in ("right", "partial") for e in emitted),
                            sum(e["status"] != "unscored" for e in emitted)),
        "emitted_partial": sum(e["status"] == "partial" for e in emitted),
        "emitted_unscored": sum(e["status"] == "unscored" for e in emitted),
        "recall_by_kind": by_kind,
        "false_alarms": [_brief(e) for e in emitted if e["verdict"] == "contradicted" and e["truth"] == "true"],
        "contradicted_not_in_record": [_brief(e) for e in emitted
                                       if e["verdict"] == "contradicted" and e["truth"] == "not_in_store"],
        "contradicted_unlabelled": [_brief(e) for e in emitted if e["verdict"] == "contradicted" and e["truth"] is None],
        "false_statements": len(false_gold),
        "false_statements_caught": sum(g["status"] == "right" for g in false_gold),
        "unverifiable_but_in_record": sum(g["emitted"] is not None and g["emitted"]["verdict"] == "unverifiable"
                                          for g in in_record),
        "missed": sum(g["status"] == "missed" for g in gold),
        "wrong_verdict": sum(g["status"] == "wrong verdict" for g in gold),
        "wrong_roll_call": sum(g["status"] == "wrong roll call" for g in gold),
        "seconds_per_1000_words": round(score.seconds / max(score.words, 1) * 1000, 3),
    }


def _ratio(a: int, b: int) -> dict:
    return {"n": a, "of": b, "value": round(a / b, 4) if b else None}


def _gold_label(g: dict) -> str:
    if g["kind"] == "position":
        what = f"{g['state']} {g['vote']}"
    else:
        what = " ".join(f"{f}{op if op != '=' else '='}{v}" for f, (op, v) in _numbers(g).items())
    return f"{g['kind']} {g['resolution']} {what} (truth {g['truth']})"


def _emitted_label(e: dict) -> str:
    what = e.get("state") or ""
    asserted = e.get("asserted") or {}
    return f"{e['kind']} {e.get('resolution')} {what} {json.dumps(asserted, sort_keys=True)} -> {e['verdict']}"


def _brief(e: dict) -> dict:
    return {"article": e["article"], "at": e["loc"][0] if e.get("loc") else None, "claim": _emitted_label(e),
            "gold": e["truth"], "misread": e["status"] == "misread", "reason": (e.get("evidence") or {}).get("record")}


def _pct(r: dict) -> str:
    return f"{r['value'] * 100:.1f}% ({r['n']}/{r['of']})" if r["value"] is not None else "n/a"


def print_figures(name: str, f: dict) -> None:
    kinds = ", ".join(f"{k} {v['right']}/{v['gold']}" for k, v in f["recall_by_kind"].items())
    print(f"[{name}] {f['articles']} texts, {f['words']} words, {f['gold_claims']} gold claims, "
          f"{f['emitted_claims']} emitted (non-'other')")
    print(f"  recall {_pct(f['recall'])}  [{kinds}; {f['right_inside_a_tally']} counts read inside a tally]")
    print(f"  precision {_pct(f['precision'])}  [{f['emitted_partial']} part of a labelled tally, counted right; "
          f"{f['emitted_unscored']} in lists labelled by sample, not scored]")
    print(f"  false alarms (true statements called contradicted): {len(f['false_alarms'])}")
    for a in f["false_alarms"]:
        print(f"    {a['article']}@{a['at']}: {a['claim']}{' (misread)' if a['misread'] else ''}")
    print(f"  contradicted on a vote the record lacks (an amendment, a committee…): {len(f['contradicted_not_in_record'])}")
    for a in f["contradicted_not_in_record"]:
        print(f"    {a['article']}@{a['at']}: {a['claim']}{' (misread)' if a['misread'] else ''}")
    print(f"  contradicted claims with no gold label: {len(f['contradicted_unlabelled'])}")
    print(f"  false statements caught: {f['false_statements_caught']}/{f['false_statements']}")
    print(f"  in the record but called unverifiable: {f['unverifiable_but_in_record']}")
    print(f"  gold claims missed {f['missed']}, wrong verdict {f['wrong_verdict']}, wrong roll call {f['wrong_roll_call']}")
    print(f"  time: {f['seconds_per_1000_words'] * 1000:.0f} ms per 1,000 words")


def print_details(score: Score) -> None:
    for g in score.gold:
        if g["status"] == "right":
            continue
        at = g["loc"][0] if g.get("loc") else "?"
        got = f" — got {_emitted_label(g['emitted'])}" if g["emitted"] is not None else ""
        print(f"    {g['status']:<15} {g['article']}@{at}: {_gold_label(g)}{got}")
    for e in score.emitted:
        if e["status"] in ("unlabelled", "misread"):
            print(f"    {e['status']:<15} {e['article']}@{e['loc'][0] if e.get('loc') else '?'}: {_emitted_label(e)}")


def load_set(name: str, given: str | None = None) -> list[Article] | str:
    """The articles of one row of SETS, or a message saying why they are absent."""
    row = SETS[name]
    return load_corpus(row.folder(given), row.labels, f"{row.env} or pass --{name}")


def _sets(args: argparse.Namespace) -> dict[str, list[Article] | str]:
    loaders = {"shared": lambda: load_shared(Path(args.shared))}
    loaders.update({name: (lambda name=name: load_set(name, getattr(args, name))) for name in SETS})
    return {name: load() for name, load in loaders.items() if _chosen(args, name)}


def _chosen(args: argparse.Namespace, name: str) -> bool:
    """The set named by --set, or with none every set but one still blind: that lives under a folder named "blind" and
    is scored only when named, so that no run over every set shows its failures by accident."""
    if args.set is not None:
        return args.set == name
    return name not in SETS or "blind" not in SETS[name].folder(getattr(args, name)).parts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score the claim checker on labelled real news.")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--verbose", action="store_true", help="list every miss, wrong verdict and unlabelled claim")
    parser.add_argument("--set", choices=["shared", *SETS], help="score one set only")
    for name, row in SETS.items():
        parser.add_argument(f"--{name}", help=f"folder holding texts/{row.prefix}NN.txt (default ${row.env} or {row.default})")
    parser.add_argument("--shared", default=str(SHARED_NEWS), help="folder holding texts/ and gold.json")
    args = parser.parse_args(argv)
    api.check_text("The General Assembly adopted resolution ES-11/1 by 141 votes to 5.")  # warm the index: not timed
    scores, out = {}, {"date": time.strftime("%Y-%m-%d %H:%M"), "sets": {}}
    for name, articles in _sets(args).items():
        if isinstance(articles, str):
            print(f"[{name}] skipped: {articles}", file=sys.stderr)
            continue
        scores[name] = score_set(articles)
        out["sets"][name] = figures(scores[name])
    developed = [s for name, s in scores.items() if name not in SETS or not SETS[name].blind]  # blind sets stand alone
    if len(developed) > 1:
        everything = Score(sum(s.articles for s in developed), sum(s.words for s in developed),
                           sum(s.seconds for s in developed), [g for s in developed for g in s.gold],
                           [e for s in developed for e in s.emitted])
        out["sets"]["overall"] = figures(everything)
    if args.json:
        if args.verbose:
            out["details"] = {n: [_detail(g) for g in s.gold if g["status"] != "right"] for n, s in scores.items()}
        print(json.dumps(out, indent=1))
        return 0
    print(out["date"])
    for name, f in out["sets"].items():
        print_figures(name, f)
        if args.verbose and name in scores:
            print_details(scores[name])
    return 0


def _detail(g: dict) -> dict:
    return {"article": g["article"], "at": g["loc"], "status": g["status"], "gold": _gold_label(g),
            "got": _emitted_label(g["emitted"]) if g["emitted"] is not None else None}


if __name__ == "__main__":
    sys.exit(main())
