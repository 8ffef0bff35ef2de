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
for a position, in English or in the press, CLDR or ISO 3166 names of the labelled sets' other languages, inflected
endings allowed; the numbers of a tally or count, in digits of any script or in number words). Of two placements a
few characters apart that both fit, the one whose spans say more of their tally and cut no word wins; of two
readings that fit alike, the one whose header is nearest the site's length (the tool's "date" line, kept or
dropped). A span that fits a few characters off is moved there only onto a whole phrase with all its numbers that
is no other claim's span (an implied count fits nowhere and stays). Persian
excerpts: the tool's answer shows zero-width non-joiners invisibly; copy them (a span that fits early in a text and
not later is the sign of one lost). Results:

- exact: the rebuilt file has the label's sha256 (the site is known from the set's README or hunt file);
- aligned: every checkable span fits, but the header's site is unknown, so the file gets a site of our own and
  its spans move by the header's difference (written to labels.json with --update-labels, sha256 updated);
- failed: under a quarter of the spans fit (a mistyped excerpt, another page): nothing is written. Under 60% the
  file is aligned but marked weak: names in languages the name lists lack, stand-ins ("the Government") and
  implied counts fit nowhere, so look at its spans by eye. A position's span that reads as a name (a capital, or
  a word of a script without capitals) counts as "name-shaped": it keeps a file from failing, it places nothing.

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

from unga.claims import foreign_names, langnumbers, names
from unga.claims.digits import in_digits

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "benchmarks"))
import bench_contradictions  # noqa: E402
from bench_contradictions import SETS as HUNTS  # noqa: E402  (the false-alarm hunts: env, default folder)
from bench_news import SETS  # noqa: E402  (the one table of labelled sets)

# the languages whose state names (Unicode CLDR, ISO 3166) a span may be written in: those of the labelled sets
NAME_LANGUAGES = ("es", "fr", "pt", "de", "it", "nl", "sv", "nb", "da", "fi", "ro", "pl", "cs", "hu", "hr", "sr",
                  "sr_Latn", "el", "tr", "ru", "uk", "ar", "fa", "he", "bn", "hi", "ja", "ko", "zh", "vi", "th", "id",
                  "ms", "sw", "tl")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
MAX_SITE = 160  # characters a header's site may take
EDGE_BONUS = 0.002  # per span: more than a few characters' distance from the guessed header, less than a fit


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
        return share(claim, text) == 1
    numbers = claim_numbers(claim)
    if claim["kind"] == "tally":  # a span may hold part of a tally ("143 voted in favour")
        return share(claim, text) * len(numbers) >= max(1, len(numbers) / 2)
    return bool(numbers) and share(claim, text) == 1


def share(claim: dict, text: str) -> float:
    """How much of its claim a span's text says: 1 or 0 for a state named, the share of a tally's numbers."""
    if claim["kind"] == "position":
        if any(m.iso3 == claim["state"] for m in names.mentions(text, metonyms=True)):
            return 1
        folded = _unaccented(text)
        return 1 if any(stem in folded for stem in name_stems_of(claim["state"])) else 0
    digits = in_digits(_ascii_digits(text))
    digits += " | " + " | ".join(langnumbers.in_digits(digits, lang) for lang in langnumbers.JOIN)
    numbers = claim_numbers(claim)
    found = sum(min(k, len(re.findall(rf"(?<!\d){n}(?!\d)", digits))) for n, k in Counter(numbers).items())
    return found / len(numbers) if numbers else 0


def claim_numbers(claim: dict) -> list[int]:
    if claim["kind"] == "tally":
        return [claim[f] for f in ("yes", "no", "abstain", "absent") if claim.get(f) is not None]
    return [claim["value"]] if "value" in claim else []


@lru_cache(maxsize=None)
def press_names_of(iso3: str) -> tuple[str, ...]:
    """The state's names in other languages' press (data/foreign_names.csv): "Sénégal", "Rusia", "США"."""
    return tuple(row["name"] for row in foreign_names.press_names() if row["iso3"] == iso3 and len(row["name"]) > 3)


@lru_cache(maxsize=None)
def name_stems_of(iso3: str) -> tuple[str, ...]:
    """The state's names in other languages (the press names, CLDR's and ISO 3166's in NAME_LANGUAGES), unaccented,
    each cut of its last letters so that an inflected form fits ("României", "Rusiei", "বাংলাদেশের")."""
    found = set(press_names_of(iso3))
    for lang in NAME_LANGUAGES:
        found.update(n for n, code in foreign_names.cldr_names(lang) + foreign_names.iso_names(lang) if code == iso3)
    stems = set()
    for name in map(_unaccented, found):
        cut = 2 if len(name) >= 7 else 1 if len(name) >= 5 else 0
        if len(name) > 1:
            stems.add(name[:len(name) - cut])
    return tuple(sorted(stems))


def _ascii_digits(text: str) -> str:
    """Digits of other scripts (Bengali ১১৯, Persian ۱۲۳, Arabic-Indic ١٢٣) as ASCII digits."""
    return re.sub(r"\d", lambda m: str(int(m.group())), text)


def _unaccented(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)).casefold()


def checkable(claim: dict) -> bool:
    """Spans whose text can be recognised: a state named, or numbers (a count of 0 or 1 is often in words)."""
    return claim["kind"] != "count" or claim["value"] > 1


def align(parts: list[str], claims: list[dict], starts: dict[int, float]):
    """The best placement: which parts are kept, from which header length. Returns (score, header length, kept)."""
    spans = sorted({tuple(c["span"]) for c in claims})
    starts_of = [s[0] for s in spans]
    by_span = {s: [c for c in claims if tuple(c["span"]) == s] for s in spans}
    fits: dict[tuple, float] = {}

    def fit(span: tuple, part: str, a: int, b: int) -> float:
        key = (span, part[max(0, a - 1):b + 1], a > 0, b < len(part))
        if key not in fits:
            text = part[a:b]
            checked = [c for c in by_span[span] if checkable(c)]
            said = [c for c in checked if says(c, text)]
            # of two placements a few characters apart that both fit ("50 votos a favor y 100 abstenciones" and
            # "s a favor y 100 abstenciones, y"), the one that says more and cuts no word (a labelled span never
            # starts or ends on a space or inside a word, and most end a clause); spans that cannot be checked
            # ("none against") count for that alone
            cut = (a > 0 and _inside_word(part[a - 1], part[a])) or (b < len(part) and _inside_word(part[b - 1], part[b]))
            whole = (bool(said) or not checked) and text == text.strip() and not cut
            clause_end = whole and (b == len(part) or part[b] in ".,;:!?)»\"”\n")
            fits[key] = len(said) + EDGE_BONUS * (whole + clause_end / 2 + sum(share(c, text) for c in said))
        return fits[key]
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
                    gain += fit(s, part, s[0] - pos, s[1] - pos)
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


def _inside_word(left: str, right: str) -> bool:
    """Two letters of a word in a script that spaces its words and attaches no particles (Latin, Greek, Cyrillic,
    Arabic): a cut between them is a cut inside a word ("suara" cut as "ra"); Korean "찬성은" or Bengali
    "থাইল্যান্ডসহ" are not."""
    return all(ch.isalnum() and (ord(ch) < 0x0590 or 0x0600 <= ord(ch) < 0x0700) for ch in (left, right))


def readings(body: str) -> list[str]:
    """The excerpt stripped, as given (a leading space kept), without the search tool's leading "date
    YYYY[-MM[-DD]]", each with a hard-wrapped paragraph joined into one line, and each with its punctuation in ASCII."""
    undated = re.sub(r"^\s*date \d{4}(?:-\d{2}){0,2}\s+", "", body)
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
    the lost one inside a kept passage: a corrected typo): claim index → how far to move it. Numbers only, all of a
    tally's, onto a span that cuts no word and no paragraph and is no other claim's (an implied count, "joined with
    38 other nations in abstaining", or a number in words fits nowhere, and must stay where it is)."""
    out = {}
    others = {tuple(c["span"]) for c in claims}
    for i, c in enumerate(claims):
        a, b = c["span"]
        if c["kind"] == "position" or not checkable(c) or says(c, placed[a:b]):
            continue  # a position's span may be a stand-in ("both countries") that names no state
        for d in sorted(range(-reach, reach + 1), key=abs):
            if 0 < a + d and b + d < len(placed) and cuts_no_word(placed, a + d, b + d) \
                    and "\n\n" not in placed[a + d:b + d] \
                    and not any(x < b + d and a + d < y for x, y in others - {(a, b)}) \
                    and share(c, placed[a + d:b + d]) == 1:
                out[i] = d
                break
    return out


def cuts_no_word(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] starts and ends on word edges: not on a space or on punctuation, not inside a word."""
    span = text[a:b]
    return bool(span) and span == span.strip() and span[0] not in ",;:.!?" \
        and not (a > 0 and _inside_word(text[a - 1], text[a])) \
        and not (b < len(text) and _inside_word(text[b - 1], text[b]))


def name_shaped(text: str, a: int, b: int) -> bool:
    """A position's span that reads as a name in a language the name lists lack: a capital, or any word of a script
    without capitals; it keeps a file from failing, it does not place one."""
    first = text[a:b][:1]
    return (first.isupper() or first.isalpha() and first.lower() == first.upper()) and cuts_no_word(text, a, b)


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
        # on a tie, the reading whose header is nearest the site's guess (a dropped "date" prefix, a kept one)
        if best is None or (fitted, -abs(h - guess)) > (best[0], -abs(best[1] - guess)):
            best = (fitted, h, parts, kept)
        if fitted >= want and h == guess:  # else a later reading may fit as well with the header the site implies
            break
    fitted, h, parts, kept = best
    kept_text = "".join(parts[i] for i in kept)
    nudges = nudged(claims, " " * h + kept_text)
    fitted += len(nudges)
    placed = " " * h + kept_text
    shaped = sum(1 for c in claims if c["kind"] == "position" and not says(c, placed[c["span"][0]:c["span"][1]])
                 and name_shaped(placed, *c["span"]))
    if want and fitted + shaped < max(1, round(0.25 * want)):
        return f"failed: {fitted} of {want} spans fit", None, None
    shaped_note = f" (+{shaped} name-shaped)" if shaped else ""
    weak = " (weak: check by eye)" if want and fitted < 0.6 * want else ""
    # the best placement first; then every other reading, each at its own best header (a text without spans fits
    # every reading alike, so the first one wins above even when the lost file had the tool's "date" line dropped)
    tries = [(h, parts, kept, kept_text)]
    for reading, by_sentence in product(readings(excerpt), (False, True)):
        other = passages(reading, by_sentence)
        if other != parts:
            _, oh, okept = align(other, claims, starts)
            tries.append((oh, other, okept, "".join(other[i] for i in okept)))
    for th, tparts, tkept, ttext in tries:
        for site in sites:
            header = prefix + site + "\n"
            if len(header) != th:
                continue
            for choice in endings(tparts, tkept, th, claims) + cuts(ttext, th, claims):
                for ending in ("\n", "", "\n\n"):
                    text = header + choice.rstrip() + ending
                    if hashlib.sha256(text.encode()).hexdigest() == entry.get("sha256"):
                        return "exact", text, None  # nudges, if any, were wrong: the sha256 says this is the lost file
    header = prefix + sites[0] + "\n"
    text = header + kept_text.rstrip() + "\n"
    shift = len(header) - h
    moved = {"sha256": hashlib.sha256(text.encode()).hexdigest(), "shift": shift, "nudges": nudges}
    nudge_note = f", {len(nudges)} nudged" if nudges else ""
    return f"aligned: {fitted} of {want} spans fit{shaped_note}, header {shift:+d}{nudge_note}{weak}", text, moved


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
    env, default = HUNTS[set_name]
    return path, labels, entries, Path(os.environ.get(env, default)) / "texts"  # its env variable, as the bench's


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
            if "sampled" in entry:
                entry["sampled"] = [[a + moved["shift"], b + moved["shift"]] for a, b in entry["sampled"]]
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
