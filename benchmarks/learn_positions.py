"""Train and measure the learned reading of positions (src/unga/claims/learned.py) by leaving whole sets out.

Run on demand (needs the labelled texts outside the repository; reads only the sets in DEVELOPED_ON, every open set):
    python benchmarks/learn_positions.py [--c 1.0] [--target 0.9] [--fresh] [--with-read] [--across] [--trees]
                                         [--tenth] [--inner 6] [--causes] [--write]

Candidates: every (state mention, vote) of a vote sentence, for the states the rules did NOT read in that sentence
(the fallback's ground); with --across also of the sentences with no vote word, taking the votes of the sentence
before. Label 1 when the gold labels have that (state, vote) with a span overlapping the sentence. Sentences
overlapping a list labelled only by sample are left out (their unlabelled states are not known wrong).

For each set: train on the others, choose the threshold on those only (an inner measurement leaving out --inner
groups of whole sets in turn: the lowest threshold whose pooled precision reaches --target), predict the left-out
set and report the positions the model adds (one vote per state and sentence): how many, how many right
(precision), what share of the gold positions the rules miss they recover (recall), and from how many sentences.
Then the pooled precision at fixed thresholds and the largest coefficients of a model fitted on all the sets.
--write stores that model, with a threshold chosen the same way on all the sets, in src/unga/data/ for
unga.claims.learned to apply (docs/claims.md, "Thirty-fourth round").
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_news

from unga.claims import digits, extract, learned, reading
from unga.claims import text as claim_text
from unga.claims.names import mentions

MODEL = Path(__file__).resolve().parents[1] / "src" / "unga" / "data" / learned.MODEL
CACHE = Path("/tmp/unga-learn-positions-all.pkl")  # keyed on DEVELOPED_ON: pass --fresh when it or the features change
GRID = [round(0.30 + 0.01 * k, 2) for k in range(70)]


# Every labelled set whose texts are open to development (since the thirty-fourth round): all of bench_news.SETS but
# those whose default folder is under /work/blind, which stay unread.
DEVELOPED_ON = tuple(name for name, spec in bench_news.SETS.items() if not spec.default.startswith("/work/blind/"))


def load_sets() -> dict[str, list]:
    sets = {"shared": bench_news.load_shared(bench_news.SHARED_NEWS)}
    for name in DEVELOPED_ON:
        spec = bench_news.SETS[name]
        sets[name] = bench_news.load_corpus(Path(spec.default), spec.labels)
    for name, got in sets.items():
        if isinstance(got, str):
            sys.exit(f"{name}: {got}")
    return sets


def _overlaps(a: list | tuple, b: list | tuple) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def read_text(article) -> tuple[list, list, list]:
    """The text's sentences as the checker splits them, the rules' claims, and each sentence's place in the file."""
    raw_body = article.text[article.body_start:]
    body = reading.without_controls(claim_text.page(raw_body)[0])
    spans = claim_text.sentences(body)
    if body == raw_body:
        locs = [(article.body_start + a, article.body_start + b) for a, b, _ in spans]
    else:
        locs = [(at, at + len(raw)) for at, raw in ((article.text.find(r, article.body_start), r) for _, _, r in spans)]
    return spans, extract.extract(body, spans), locs


def article_rows(article) -> tuple[list[dict], dict]:
    """The candidates of one text (unread states only), and its gold positions' tallies: missed by the rules, and
    missed but reachable (a candidate of that state and vote exists; "across": counting the sentences with no vote
    word that take the votes of the sentence before)."""
    spans, claims, locs = read_text(article)
    gold = [g for g in article.gold if g["kind"] == "position" and g.get("loc")]
    read_pairs = [(locs[c.sentence], c.state, c.asserted["vote"]) for c in claims if c.kind == "position"]
    rows, cand_pairs = [], []
    for index, sentence, read, context in learned.sentence_rows(spans, claims):
        loc = locs[index]
        if any(_overlaps(loc, r) for r in article.sampled):
            continue
        truth = {(g["state"], g["vote"]) for g in gold if _overlaps(g["loc"], loc)}
        for c in learned.candidates(sentence, read, context):
            if c.iso3 not in read:
                cand_pairs.append((loc, c.iso3, c.vote, context.borrow))
            rows.append({"key": (article.name, index, c.iso3), "vote": c.vote, "features": c.features,
                         "label": int((c.iso3, c.vote) in truth), "read": c.iso3 in read, "across": context.borrow})
    missed = [g for g in gold if not any(_overlaps(g["loc"], loc) and (s, v) == (g["state"], g["vote"])
                                         for loc, s, v in read_pairs)]

    def reachable(with_across: bool) -> int:
        return sum(1 for g in missed if any(_overlaps(g["loc"], loc) and (s, v) == (g["state"], g["vote"])
                                             and (with_across or not a) for loc, s, v, a in cand_pairs))
    return rows, {"gold": len(gold), "missed": len(missed), "reachable": reachable(False), "reachable_across": reachable(True)}


def build(sets: dict) -> dict:
    out = {}
    for name, articles in sets.items():
        rows, tallies = [], {"gold": 0, "missed": 0, "reachable": 0, "reachable_across": 0}
        for article in articles:
            got, counts = article_rows(article)
            rows += [dict(r, key=(name,) + r["key"]) for r in got]
            tallies = {k: tallies[k] + counts[k] for k in tallies}
        out[name] = {"rows": rows, **tallies}
        mine = [r for r in rows if not r["read"]]
        print(f"  {name}: {len(mine)} candidates of unread states, {sum(r['label'] for r in mine)} positive; gold positions "
              f"{tallies['gold']}, missed by the rules {tallies['missed']}, of which reachable {tallies['reachable']} "
              f"({tallies['reachable_across']} across sentences)",
              file=sys.stderr)
    return out


def causes(sets: dict) -> dict[str, int]:
    """Why each gold position the rules miss is or is not a candidate: the ceiling of a sentence-local model."""
    out = dict.fromkeys(("read with another vote", "in a list labelled by sample", "state not recognised",
                         "no vote word in its sentence", "no phrase of its vote in its sentence", "a candidate", None), 0)
    for articles in sets.values():
        for article in articles:
            spans, claims, locs = read_text(article)
            for g in (g for g in article.gold if g["kind"] == "position" and g.get("loc")):
                out[_cause(g, article, spans, claims, locs)] += 1
    out.pop(None, None)
    return out


def _cause(g: dict, article, spans: list, claims: list, locs: list) -> str | None:
    mine = [k for k, loc in enumerate(locs) if _overlaps(g["loc"], loc)]
    read = {(c.state, c.asserted["vote"]) for c in claims if c.kind == "position" and c.sentence in mine}
    if (g["state"], g["vote"]) in read:
        return None
    if any(state == g["state"] for state, _ in read):
        return "read with another vote"
    if any(_overlaps(g["loc"], r) for r in article.sampled):
        return "in a list labelled by sample"
    sentence = " ".join(digits.in_digits(spans[k][2]) for k in mine)
    if not any(m.iso3 == g["state"] for m in mentions(sentence, metonyms=True)):
        return "state not recognised"
    if not extract.mentions_a_vote(sentence):
        return "no vote word in its sentence"
    if g["vote"] not in {c.vote for c in learned.cues(sentence)}:
        return "no phrase of its vote in its sentence"
    return "a candidate"


# ---------------------------------------------------------------- the model


def vectorise(data: dict) -> None:
    """Each row's features as a vector over every feature name, once (the leave-out loops fit hundreds of models)."""
    names = sorted({k for got in data.values() for r in got["rows"] for k in r["features"]})
    for got in data.values():
        for r, x in zip(got["rows"], matrix(got["rows"], names)):
            r["x"], r["names"] = x, names


def feature_names(rows: list[dict]) -> list[str]:
    return rows[0]["names"] if rows and "names" in rows[0] else sorted({k for r in rows for k in r["features"]})


def matrix(rows: list[dict], names: list[str]) -> np.ndarray:
    if rows and rows[0].get("names") is names:
        return np.stack([r["x"] for r in rows])
    column = {n: k for k, n in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, r in enumerate(rows):
        for k, v in r["features"].items():
            if k in column:
                x[i, column[k]] = v
    return x


def train(rows: list[dict], args) -> dict:
    return fit_trees(rows) if args.trees else fit(rows, args.c)


def fit(rows: list[dict], c: float) -> dict:
    """L2 logistic regression by Newton's method (the bias unpenalised)."""
    names = feature_names(rows)
    x, y = matrix(rows, names), np.array([r["label"] for r in rows], dtype=float)
    w = np.zeros(len(names))
    penalty = np.full(len(names), 1.0 / c)
    penalty[names.index("bias")] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return {"weights": {n: round(float(v), 5) for n, v in zip(names, w) if abs(v) > 1e-6}}


def fit_trees(rows: list[dict]) -> dict:
    """Gradient-boosted trees (scikit-learn, the benchmark extra): interactions the logistic model cannot weigh."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    names = feature_names(rows)
    model = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, max_leaf_nodes=15, min_samples_leaf=20,
                                           l2_regularization=1.0, random_state=7001)
    model.fit(matrix(rows, names), np.array([r["label"] for r in rows]))
    return {"trees": model, "names": names}


def predict(rows: list[dict], model: dict) -> dict:
    """One vote per (text, sentence, state): the likeliest, with its probability and whether it is right."""
    best: dict = {}
    if "trees" in model and rows:
        probabilities = model["trees"].predict_proba(matrix(rows, model["names"]))[:, 1]
    else:
        names = feature_names(rows)
        z = matrix(rows, names) @ np.array([model["weights"].get(n, 0.0) for n in names]) if rows else np.zeros(0)
        probabilities = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
    for r, p in zip(rows, probabilities):
        if r["key"] not in best or p > best[r["key"]][0]:
            best[r["key"]] = (p, r["label"])
    return best


def added(best: dict, threshold: float) -> tuple[int, int]:
    kept = [label for p, label in best.values() if p >= threshold]
    return len(kept), sum(kept)


def sentences_of(best: dict, threshold: float) -> int:
    return len({key[:3] for key, (p, _) in best.items() if p >= threshold})


# the features added in the thirty-fourth round; --tenth leaves them out (the tenth round's model on the same rows)
ACROSS_FEATURES = ("continuation", "bare_list", "before_has_vote", "opens_line", "line_item", "line_after_colon",
                   "borrowed", "before_vote", "before_only_vote", "before_read_same", "title_vote")


def tenth(data: dict) -> dict:
    """The rows with the thirty-fourth round's features taken out."""
    return {name: dict(got, rows=[dict(r, features={k: v for k, v in r["features"].items() if k not in ACROSS_FEATURES})
                                  for r in got["rows"]]) for name, got in data.items()}


def training(data: dict, names: list[str], with_read: bool, across: bool) -> list[dict]:
    """The candidates of the named sets; with_read: the states the rules read too (more examples of the same
    constructions, though the fallback only ever sees unread ones); across: the sentences with no vote word too."""
    return [r for n in names for r in data[n]["rows"] if (with_read or not r["read"]) and (across or not r["across"])]


def unread(data: dict, name: str, across: bool) -> list[dict]:
    return [r for r in data[name]["rows"] if not r["read"] and (across or not r["across"])]


def folds(names: list[str], k: int) -> list[list[str]]:
    """names in k groups of whole sets (every k-th), for the inner measurement; k >= len(names): one set each."""
    return [names[i::k] for i in range(min(k, len(names)))]


def choose(data: dict, names: list[str], args) -> float:
    """The lowest threshold whose precision, pooled over an inner leave-sets-out on `names` (args.inner groups of
    whole sets), reaches args.target."""
    pooled: dict = {}
    for left in folds(names, args.inner):
        model = train(training(data, [n for n in names if n not in left], args.with_read, args.across), args)
        for name in left:
            pooled.update(predict(unread(data, name, args.across), model))
    for t in GRID:
        n, right = added(pooled, t)
        if n >= 10 and right / n >= args.target:
            return t
    return 1.01


def leave_one_out(data: dict, args, pooled: dict) -> list[dict]:
    table = []
    for left in data:
        others = [n for n in data if n != left]
        threshold = choose(data, others, args)
        model = train(training(data, others, args.with_read, args.across), args)
        best = predict(unread(data, left, args.across), model)
        pooled.update(best)
        n, right = added(best, threshold)
        table.append({"set": left, "threshold": threshold, "added": n, "right": right,
                      "sentences": sentences_of(best, threshold), "missed": data[left]["missed"],
                      "reachable": data[left]["reachable_across" if args.across else "reachable"],
                      "gold": data[left]["gold"]})
        print(f"  {left}: threshold {threshold}, added {n}, right {right}", file=sys.stderr)
    return table


def show(table: list[dict], target: float) -> None:
    print(f"left-out set | threshold (chosen on the other sets, target {target:.0%}) | added | right | precision | "
          "recall of the positions the rules miss | of the reachable ones | sentences they come from")
    for row in table + [_total(table)]:
        precision = f"{row['right'] / row['added']:.1%}" if row["added"] else "–"
        print(f"{row['set']} | {row['threshold']} | {row['added']} | {row['right']} | {precision} | "
              f"{row['right']}/{row['missed']} = {row['right'] / max(1, row['missed']):.1%} | "
              f"{row['right']}/{row['reachable']} | {row['sentences']}")


def _total(table: list[dict]) -> dict:
    return {"set": "all", "threshold": "–", **{k: sum(r[k] for r in table)
                                                    for k in ("added", "right", "missed", "reachable", "gold", "sentences")}}


def write(data: dict, args) -> int:
    """The model fitted on all the sets, with a threshold chosen by the inner folds on all the sets, for src/."""
    if args.trees:
        sys.exit("only the logistic model is applied in src/ (no scikit-learn at run time)")
    threshold = choose(data, list(data), args)
    model = fit(training(data, list(data), args.with_read, args.across), args.c)
    MODEL.write_text(json.dumps({"threshold": threshold, "across": args.across, "c": args.c, "target": args.target,
                                 "trained_on": list(data), **model}, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {MODEL} (threshold {threshold})")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--c", type=float, default=1.0, help="inverse L2 strength")
    parser.add_argument("--target", type=float, default=0.9, help="precision the threshold must reach in training")
    parser.add_argument("--with-read", action="store_true",
                        help="train on the states the rules read as well (the left-out set is always scored on unread ones)")
    parser.add_argument("--across", action="store_true",
                        help="candidates in sentences with no vote word too, taking the votes of the sentence before")
    parser.add_argument("--trees", action="store_true", help="gradient-boosted trees (scikit-learn) for the logistic model")
    parser.add_argument("--write", action="store_true", help=f"write the model fitted on all the sets to {MODEL}")
    parser.add_argument("--tenth", action="store_true", help="without the thirty-fourth round's features")
    parser.add_argument("--inner", type=int, default=6,
                        help="groups of whole sets in the inner measurement that chooses the threshold")
    parser.add_argument("--causes", action="store_true", help="only print why the missed positions are (not) candidates")
    parser.add_argument("--fresh", action="store_true", help="rebuild the candidates (else the cache in /tmp)")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    if args.causes:
        print("gold positions the rules miss, by why they are or are not a candidate:", causes(load_sets()))
        return 0
    if CACHE.exists() and not args.fresh:
        data = pickle.loads(CACHE.read_bytes())
    else:
        data = build(load_sets())
        CACHE.write_bytes(pickle.dumps(data))
    print(f"candidates built in {time.perf_counter() - began:.1f} s", file=sys.stderr)
    if args.tenth:
        data = tenth(data)
    vectorise(data)
    if args.write:
        return write(data, args)
    pooled: dict = {}
    show(leave_one_out(data, args, pooled), args.target)
    print("pooled over the left-out sets, at a fixed threshold: added, right, precision, sentences")
    for t in (0.5, 0.6, 0.7, 0.8, 0.9, 0.95):
        n, right = added(pooled, t)
        print(f"  {t}: {n}, {right}, {right / max(1, n):.1%}, {sentences_of(pooled, t)}")
    model = fit(training(data, list(data), args.with_read, args.across), args.c)
    top = sorted(model["weights"].items(), key=lambda kv: -abs(kv[1]))[:15]
    print("largest coefficients, fitted on all the sets: " + ", ".join(f"{k} {v:+.2f}" for k, v in top))

    return 0


if __name__ == "__main__":
    sys.exit(main())
