"""Rebuild a labelled set's lost text files from the search tool's excerpts, using the labels as the key.

    python tests/reference/news_corpus/restore_texts.py --set holdout17 [--only z07.txt] [--excerpts DIR]
                                                        [--update-labels]

The texts of the labelled sets live outside the repository (others' words); labels.json keeps, per file, its url,
date, sha256 and each claim's character span. A lost file was `URL: <url> | DATE: <date> | <site>` and a newline,
then the excerpt the search tool returned for the url, often cut to the passages about votes (whole lines or
sentences dropped, nothing inside a kept passage changed). Save each excerpt exactly as the tool gave it at
DIR/<set>/<file> (default DIR /work/recover; a site found otherwise goes in DIR/<set>.sites.tsv); this script
finds which lines or sentences were kept and how long the header was, by dynamic programming over (passage,
offset): a placement scores one for every labelled span whose text then says what its claim says (the state's name
for a position, in our name lists or in any language pycountry translates; the numbers of a tally or count). Among
placements that fit as many spans, one whose spans sit on word edges and hold their whole tallies wins over the header
length the host would give (a span 20 characters off still "fits" when the next tally's numbers are there). Results:

- exact: the rebuilt file has the label's sha256 (the site is known from the set's README or hunt file);
- aligned: every checkable span fits, but the header's site is unknown, so the file gets a site of our own and
  its spans move by the header's difference (written to labels.json with --update-labels, sha256 updated);
- failed: under a quarter of the spans fit (a mistyped excerpt, another page): nothing is written. Under 60% the
  file is aligned but marked weak: names in languages the name lists lack, stand-ins ("the Government") and
  implied counts fit nowhere, so look at its spans by eye.

Rebuilt files go to the set's texts folder (the one bench_news.py reads).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import unicodedata
from bisect import bisect_left
from collections import Counter
from functools import lru_cache
from itertools import product
from pathlib import Path
from urllib.parse import urlparse

from unga.claims import foreign_names, names
from unga.claims.numbers import in_digits

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "benchmarks"))
import bench_contradictions  # noqa: E402
from bench_contradictions import SETS as HUNTS  # noqa: E402  (the false-alarm hunts: env, default folder)
from bench_news import SETS  # noqa: E402  (the one table of labelled sets)

SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
MAX_SITE = 160  # characters a header's site may take
EDGE_BONUS = 0.005  # a fitting span on word edges or holding its whole tally; outweighs 50 characters of the
#                     header guess, never a fit


def site_guesses(set_name: str, file: str, url: str, known: dict[str, str]) -> list[str]:
    """Sites the file's header may have named: one found before (DIR/<set>.sites.tsv: file, tab, site), the
    README's table cell (whole and without its remarks), the url's host."""
    found = [known[file]] if file in known else []
    readme = HERE.parent / f"news_{set_name}" / "README.md"
    if readme.exists():
        row = re.search(r"^\| " + re.escape(file) + r" \| [^|]* \| ([^|]*) \|", readme.read_text(encoding="utf-8"),
                        re.M)
        if row:
            cell = row.group(1).strip()
            found += [cell, re.sub(r"\s*\([^)]*\)\s*$", "", cell).strip(), cell.split(";")[0].strip()]
    host = urlparse(url).netloc
    found += [host, host.removeprefix("www.")]
    return list(dict.fromkeys(s for s in found if s))


def passages(body: str, by_sentence: bool) -> list[str]:
    """The excerpt cut where a cutter could cut: after each line, and with by_sentence also after each sentence."""
    lines = body.splitlines(keepends=True)
    if not by_sentence:
        return lines
    out = []
    for line in lines:
        at = 0
        for m in SENTENCE_END.finditer(line):
            out.append(line[at:m.end()])
            at = m.end()
        out.append(line[at:])
    return [p for p in out if p]


def says(claim: dict, text: str) -> bool:
    """Whether a span's text says what its claim says (so that the placement is right)."""
    if claim["kind"] == "position":
        if any(m.iso3 == claim["state"] for m in names.mentions(text, metonyms=True)):
            return True
        folded = _unaccented(text)
        return any(_unaccented(name) in folded for name in press_names_of(claim["state"]) + localized_names_of(claim["state"]))
    digits = in_digits(text)
    numbers = [claim[f] for f in ("yes", "no", "abstain", "absent") if claim.get(f) is not None] \
        if claim["kind"] == "tally" else [claim["value"]]
    found = sum(1 for n in numbers if re.search(rf"(?<!\d){n}(?!\d)", digits))
    if claim["kind"] == "tally":
        return found >= max(1, len(numbers) / 2)  # a span may hold part of a tally ("143 voted in favour")
    return bool(numbers) and found == len(numbers)


@lru_cache(maxsize=None)
def press_names_of(iso3: str) -> tuple[str, ...]:
    """The state's names in other languages' press (data/foreign_names.csv): "Sénégal", "Rusia", "США"."""
    return tuple(row["name"] for row in foreign_names.press_names() if row["iso3"] == iso3 and distinctive(row["name"]))


@lru_cache(maxsize=None)
def localized_names_of(iso3: str) -> tuple[str, ...]:
    """The state's ISO 3166 names in every language pycountry translates ("미국", "روسیه فدرال"), and in scripts
    without Latin letters also the name's first word ("러시아" of "러시아 연방"): texts in Korean or Persian name states
    in words no name list of ours holds. Only the placement of a span uses them, never the checker."""
    import gettext
    import pycountry
    entry = pycountry.countries.get(alpha_3=iso3)
    if entry is None:
        return ()
    out = []
    for lang in sorted(os.listdir(pycountry.LOCALES_DIR)):
        try:
            name = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext(entry.name)
        except OSError:
            continue
        words = [name] + ([name.split()[0]] if not re.search(r"[A-Za-z\u00C0-\u024F]", name) else [])
        out += [w.strip("،,") for w in words if distinctive(w.strip("،,"))]
    return tuple(dict.fromkeys(out))


def distinctive(name: str) -> bool:
    """Long enough not to turn up inside other words: four letters in Latin script ("EUA" would), two in others ("中国")."""
    return len(name) > 3 or (len(name) > 1 and not name.isascii())


def _unaccented(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)).casefold()


def completeness(claim: dict, text: str) -> float:
    """The share of a tally's numbers the text holds (a span 20 characters off may hold two of three); 1 otherwise."""
    if claim["kind"] != "tally":
        return 1.0
    numbers = [claim[f] for f in ("yes", "no", "abstain", "absent") if claim.get(f) is not None]
    digits = in_digits(text)
    return sum(1 for n in numbers if re.search(rf"(?<!\d){n}(?!\d)", digits)) / max(1, len(numbers))


def on_word_edges(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] starts and ends on a word's edge, not on a space: labelled spans do, so among placements that
    fit equally this one is likelier (a tally's span also "fits" 20 characters on, where the next tally's numbers are)."""
    if a >= b or text[a].isspace() or text[b - 1].isspace():
        return False
    return not (a > 0 and text[a - 1].isalnum() and text[a].isalnum()
                or b < len(text) and text[b - 1].isalnum() and text[b].isalnum())


def checkable(claim: dict) -> bool:
    """Spans whose text can be recognised: a state named, or numbers (a count of 0 or 1 is often in words)."""
    return claim["kind"] != "count" or claim["value"] > 1


def align(parts: list[str], claims: list[dict], starts: dict[int, float]):
    """The best placement: which parts are kept, from which header length. Returns (score, header length, kept)."""
    spans = sorted({tuple(c["span"]) for c in claims})
    starts_of = [s[0] for s in spans]
    by_span = {s: [c for c in claims if tuple(c["span"]) == s and checkable(c)] for s in spans}
    fits: dict[tuple, int] = {}

    def fit(span: tuple, text: str) -> float:
        """Claims the text says, each with a bonus under 1 for how much of its tally the text holds."""
        if (span, text) not in fits:
            fits[span, text] = sum(1 + EDGE_BONUS * completeness(c, text) for c in by_span[span] if says(c, text))
        return fits[span, text]
    # states: offset → (score, header length, kept indices as a linked tuple)
    states = {h: (bonus, h, None) for h, bonus in starts.items()}
    for i, part in enumerate(parts):
        nxt = dict(states)  # dropping the part keeps every state
        for pos, (score, h, kept) in states.items():
            end = pos + len(part)
            gain = 0
            for k in range(bisect_left(starts_of, pos), bisect_left(starts_of, end)):
                s = spans[k]
                if s[1] <= end and by_span[s]:
                    fitted = fit(s, part[s[0] - pos:s[1] - pos])
                    gain += fitted + (EDGE_BONUS if fitted and on_word_edges(part, s[0] - pos, s[1] - pos) else 0)
            candidate = (score + gain + 0.001, h, (i, kept))
            if end not in nxt or candidate[0] > nxt[end][0]:
                nxt[end] = candidate
        states = nxt
    last = max(s[1] for s in spans) if spans else 0
    ends = [(v, pos) for pos, v in states.items() if pos >= last]
    if not ends:
        return 0, 0, []
    (score, h, kept), end = max(ends, key=lambda e: e[0][0])
    chosen = []
    while kept:
        chosen.append(kept[0])
        kept = kept[1]
    return score, h, sorted(chosen)


def readings(body: str) -> list[str]:
    """The excerpt stripped, as given (a leading space kept), without the search tool's leading "date
    YYYY-MM-DD", each with a hard-wrapped paragraph joined into one line, and each with its punctuation in ASCII."""
    undated = re.sub(r"^\s*date \d{4}-\d{2}-\d{2}\s+", "", body)
    out = [body.strip(), body.rstrip(), undated.strip()]
    out += [re.sub(r"(?<=\S)[ \t]*\n(?=\S)", " ", text) for text in out]
    out += [plain(text) for text in out]
    return list(dict.fromkeys(out))


def plain(text: str) -> str:
    """Typographic quotes, ellipses and non-breaking hyphens as some collectors saved them: in ASCII."""
    return text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u2011": "-"})).replace("…", "...")


def endings(parts: list[str], kept: list[int], h: int, claims: list[dict]) -> list[str]:
    """The kept text with each choice of the passages after the last labelled span (nothing pins those: the cutter
    may have dropped any of them), all choices when there are at most ten, else each cut after a passage."""
    last = max((c["span"][1] for c in claims), default=0)
    pos, fixed = h, []
    for i in kept:
        if pos >= last:
            break
        fixed.append(i)
        pos += len(parts[i])
    tail = [i for i in kept if i not in fixed]
    head = "".join(parts[i] for i in fixed)
    if len(tail) > 10:
        return [head + "".join(parts[i] for i in tail[:n]) for n in range(len(tail), -1, -1)]
    choices = []
    for mask in range(2 ** len(tail) - 1, -1, -1):
        choices.append(head + "".join(parts[i] for k, i in enumerate(tail) if mask >> k & 1))
    return choices


def cuts(kept_text: str, h: int, claims: list[dict]) -> list[str]:
    """The kept text cut at each word after the last labelled span (an excerpt cut inside a sentence or a list)."""
    last = max((c["span"][1] for c in claims), default=0) - h
    return [kept_text[:m.start()] for m in re.finditer(r"\s", kept_text) if m.start() >= last]


def nudged(claims: list[dict], placed: str, reach: int = 60) -> dict[int, int]:
    """Spans that do not fit where the placement puts them but fit a few characters away (our copy differs from
    the lost one inside a kept passage: a corrected typo): claim index → how far to move it. Numbers only."""
    out = {}
    for i, c in enumerate(claims):
        a, b = c["span"]
        if c["kind"] == "position" or not checkable(c) or says(c, placed[a:b]):
            continue  # a position's span may be a stand-in ("both countries") that names no state
        for d in sorted(range(-reach, reach + 1), key=abs):
            if 0 <= a + d and b + d <= len(placed) and on_word_edges(placed, a + d, b + d) \
                    and says(c, placed[a + d:b + d]):
                out[i] = d
                break
    return out


def restore(set_name: str, file: str, entry: dict, excerpt: str, known: dict[str, str] | None = None) \
        -> tuple[str, str | None, dict | None]:
    """(status, text, label changes) for one file; known: sites found before, by file."""
    claims = [c for c in entry["claims"] if c.get("span")]
    want = sum(1 for c in claims if checkable(c))
    prefix = f"URL: {entry['url']} | DATE: {entry.get('date') or 'unknown'} | "
    sites = site_guesses(set_name, file, entry["url"], known or {})
    guess = len(prefix) + len(sites[0]) + 1
    low = len("URL: " + entry["url"]) + 4
    starts = {h: -0.0001 * abs(h - guess) for h in range(low, len(prefix) + MAX_SITE)}
    best = None
    for reading, by_sentence in product(readings(excerpt), (False, True)):
        parts = passages(reading, by_sentence)
        score, h, kept = align(parts, claims, starts)
        fitted = int(score)
        if best is None or fitted > best[0]:
            best = (fitted, h, parts, kept)
        if fitted >= want:
            break
    fitted, h, parts, kept = best
    kept_text = "".join(parts[i] for i in kept)
    nudges = nudged(claims, " " * h + kept_text)
    fitted += len(nudges)
    if want and fitted < max(1, round(0.25 * want)):
        return f"failed: {fitted} of {want} spans fit", None, None
    weak = " (weak: check by eye)" if want and fitted < 0.6 * want else ""
    for site in sites:
        header = prefix + site + "\n"
        if len(header) != h:
            continue
        for choice in endings(parts, kept, h, claims) + cuts(kept_text, h, claims):
            for ending in ("\n", "", "\n\n"):
                text = header + choice.rstrip() + ending
                if hashlib.sha256(text.encode()).hexdigest() == entry.get("sha256"):
                    return "exact", text, None  # nudges, if any, were wrong: the sha256 says this is the lost file
    header = prefix + sites[0] + "\n"
    text = header + kept_text.rstrip() + "\n"
    shift = len(header) - h
    moved = {"sha256": hashlib.sha256(text.encode()).hexdigest(), "shift": shift, "nudges": nudges}
    nudge_note = f", {len(nudges)} nudged" if nudges else ""
    return f"aligned: {fitted} of {want} spans fit, header {shift:+d}{nudge_note}{weak}", text, moved


def _set_files(set_name: str) -> tuple[Path, dict, dict, Path]:
    """(labels file, its JSON, entries by file with url, date, sha256 and claims, texts folder). A false-alarm hunt's
    contradictions.json gives, per text, its site and the contradicted claims decided by hand: those are its spans."""
    if set_name in SETS:
        row = SETS[set_name]
        labels = json.loads(row.labels.read_text(encoding="utf-8"))
        return row.labels, labels, labels["articles"], row.folder() / "texts"
    path = bench_contradictions.vetted_file(set_name)
    labels = json.loads(path.read_text(encoding="utf-8"))
    entries = {}
    for file, text in labels["texts"].items():
        claims = [dict(c, **c.get("asserted", {})) for c in text["contradicted"]]  # the span list is shared
        entries[file] = {"url": text["url"], "date": text.get("date"), "sha256": text["sha256"],
                         "site": text.get("site"), "claims": claims, "source": text}
    return path, labels, entries, Path(HUNTS[set_name][1]) / "texts"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", required=True, choices=sorted(SETS) + sorted(HUNTS))
    parser.add_argument("--only", help="one file, e.g. z07.txt")
    parser.add_argument("--excerpts", default="/work/recover", help="DIR/<set>/<file> holds each saved excerpt")
    parser.add_argument("--update-labels", action="store_true",
                        help="move the spans of aligned files by their header's difference and record their sha256")
    args = parser.parse_args(argv)
    labels_file, labels, entries, out = _set_files(args.set)
    out.mkdir(parents=True, exist_ok=True)
    counts: Counter[str] = Counter()
    changed = 0
    sites_file = Path(args.excerpts) / f"{args.set}.sites.tsv"
    known = dict(line.split("\t", 1) for line in sites_file.read_text(encoding="utf-8").splitlines() if "\t" in line) \
        if sites_file.exists() else {}
    known.update({file: entry["site"] for file, entry in entries.items() if entry.get("site") and file not in known})
    for file, entry in entries.items():
        if args.only and file != args.only:
            continue
        source = Path(args.excerpts) / args.set / file
        if not source.exists():
            counts["no excerpt"] += 1
            continue
        if (out / file).exists() and hashlib.sha256((out / file).read_bytes()).hexdigest() == entry.get("sha256"):
            counts["exact"] += 1  # rebuilt before (or by hand): never overwritten
            continue
        status, text, moved = restore(args.set, file, entry, source.read_text(encoding="utf-8"), known)
        print(f"{file}\t{status}")
        counts[status.split(":")[0]] += 1
        if text is None:
            continue
        (out / file).write_text(text, encoding="utf-8")
        if moved and args.update_labels:
            spanned = [c for c in entry["claims"] if c.get("span")]
            for i, claim in enumerate(spanned):
                d = moved["shift"] + moved["nudges"].get(i, 0)
                claim["span"][:] = [claim["span"][0] + d, claim["span"][1] + d]  # in place: hunts share the list
            entry["sampled"] = [[a + moved["shift"], b + moved["shift"]] for a, b in entry.get("sampled", [])]
            entry["sha256"] = moved["sha256"]
            if "source" in entry:
                entry["source"]["sha256"] = moved["sha256"]
            changed += 1
    if changed:
        labels_file.write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(" · ".join(f"{k} {v}" for k, v in sorted(counts.items())) + (f" · labels moved for {changed}" if changed
                                                                        else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
