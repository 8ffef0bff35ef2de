"""The record's accuracy on roll calls nobody chose: a sampled audit against official tallies.

Run on demand (needs a built store):
    python benchmarks/bench_sampled_audit.py                  the agreement rate per stratum, all sources and official
                                                              only, with its 95% interval
    python benchmarks/bench_sampled_audit.py --draw [STRATUM] the sample itself (rcid, date, symbol, the record's tally)

Two strata, each drawn from the store by decade (1946-49, the 1950s, ... the 2020s) with its own random.Random(seed)
over each decade's roll calls in rcid order, so the same store gives the same sample (STRATA):
- 'final': final votes on resolutions with a symbol (kind 'resolution'), 7 a decade, seed 30; drawn on 2026-12-01
  (the twenty-eighth round);
- 'other': every other roll call (kinds 'paragraph', 'amendment', 'motion', 'separate': the votes inside a
  resolution's making), 3 a decade (all of a decade that has fewer), seed 36; drawn on 2026-12-02 (the
  thirty-second round).
`tests/reference/sampled_tallies.csv` holds both samples and what was found for each (docs/data.md, "A sampled audit
against official tallies"). A repair that changes a roll call's kind or number changes the population, so `--draw` on
a later record gives another sample; the file keeps the one drawn then (a roll call the record has since merged
follows the rcid it was kept under). This script compares the tallies found with the record as built now, so a repair
moves the rate.
"""

from __future__ import annotations

import csv
import random
import sys
from collections import Counter
from pathlib import Path

from scipy.stats import beta

from unga import api
from unga.store import query

# stratum: (seed, roll calls a decade, the population's condition on roll_calls)
STRATA = {"final": (30, 7, "kind = 'resolution' AND symbol IS NOT NULL"),
          "other": (36, 3, "kind <> 'resolution'")}
TALLIES = Path(__file__).resolve().parent.parent / "tests" / "reference" / "sampled_tallies.csv"
COLUMNS = ["stratum", "rcid", "symbol", "date", "yes", "no", "abstain", "result", "source_kind", "source_class", "url",
           "note"]
RESULTS = ("agrees", "differs", "not found")
# official: the UN's own record (press release, Yearbook, meeting record) or a government's record of the vote (FRUS,
# the Department of State Bulletin); secondary: news, encyclopedias, NGO pages that print the count.
SOURCE_CLASSES = ("official", "secondary")
COUNTS = ("yes", "no", "abstain")


def draw(con, stratum: str = "final") -> list[tuple]:
    """The stratum's sample: (decade, rcid, date, symbol, yes, no, abstain, pub_yes, pub_no, pub_abstain, kind), by
    decade and rcid."""
    seed, per_decade, population = STRATA[stratum]
    rows = con.execute("SELECT (year // 10) * 10, rcid, date, symbol, yes, no, abstain, pub_yes, pub_no, pub_abstain, "
                       f"kind FROM roll_calls WHERE {population} ORDER BY rcid").fetchall()
    by_decade: dict[int, list[tuple]] = {}
    for row in rows:
        by_decade.setdefault(row[0], []).append(row)
    rng = random.Random(seed)
    sample = []
    for decade in sorted(by_decade):
        sample += sorted(rng.sample(by_decade[decade], min(per_decade, len(by_decade[decade]))), key=lambda r: r[1])
    return sample


def read_tallies(path: Path = TALLIES) -> dict[int, dict]:
    """The file's rows by rcid; a malformed row raises ValueError naming the file and line."""
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != COLUMNS:
            raise ValueError(f"{path.name}: columns must be {','.join(COLUMNS)}, found {reader.fieldnames}")
        rows = {}
        for line, row in enumerate(reader, start=2):
            if None in row:
                raise ValueError(f"{path.name} line {line}: more fields than columns (a comma in an unquoted note?)")
            found = row["result"] != "not found"
            if row["stratum"] not in STRATA:
                raise ValueError(f"{path.name} line {line}: stratum must be one of {', '.join(STRATA)}")
            if row["result"] not in RESULTS:
                raise ValueError(f"{path.name} line {line}: result must be one of {', '.join(RESULTS)}")
            if found != all(row[k].isdigit() for k in COUNTS) or found != bool(row["url"]):
                raise ValueError(f"{path.name} line {line}: a tally found has its three counts and its URL; "
                                 "a row 'not found' has neither")
            if (row["source_class"] in SOURCE_CLASSES) != found:
                raise ValueError(f"{path.name} line {line}: source_class must be one of {', '.join(SOURCE_CLASSES)} "
                                 "for a tally found, empty for a row 'not found'")
            rows[int(row["rcid"])] = row
    return rows


def outcomes(con) -> dict[int, tuple[str, str, str]]:
    """Each sampled roll call's (outcome, source_class, stratum) against the record's list as stored now; prints each
    that differs. Outcome is 'agrees', 'differs' or 'not found'; source_class is empty for a row not found."""
    found = read_tallies()
    sample = {row[1]: row for row in con.execute(
        "SELECT (year // 10) * 10, rcid, date, symbol, yes, no, abstain FROM roll_calls WHERE rcid IN "
        f"({','.join(map(str, found))})").fetchall()}
    if set(found) != set(sample):
        sys.exit(f"{TALLIES.name}: rcids {sorted(set(found) - set(sample))} are not in this store; a repair that merged "
                 "a roll call keeps it under another rcid: give that rcid in the file")
    result = {}
    for rcid, row in sample.items():
        source = found[rcid]
        if source["result"] == "not found":
            result[rcid] = ("not found", "", source["stratum"])
            continue
        stated = tuple(int(source[k]) for k in COUNTS)
        if stated == tuple(row[4:7]):
            result[rcid] = ("agrees", source["source_class"], source["stratum"])
        else:
            result[rcid] = ("differs", source["source_class"], source["stratum"])
            print(f"differs: rcid {rcid} {row[3]} {row[2]:%Y-%m-%d}: record {row[4]}-{row[5]}-{row[6]}, "
                  f"{source['source_class']} {'-'.join(map(str, stated))} ({source['url']})")
    return result


def count(results: dict[int, tuple[str, str, str]], source_class: str | None = None,
          stratum: str | None = None) -> tuple[int, int, int]:
    """(agree, differ, not found), of one stratum if given; given a source_class, a tally from the other class counts
    as not found."""
    counts = Counter(outcome if source_class in (None, kind) else "not found"
                     for outcome, kind, drawn_in in results.values() if stratum in (None, drawn_in))
    return counts["agrees"], counts["differs"], counts["not found"]


def interval(agree: int, checked: int) -> tuple[float, float]:
    """The exact (Clopper-Pearson) 95% interval of the share agreeing, agree of checked; (0, 1) if none was checked."""
    if checked == 0:
        return 0.0, 1.0
    low = beta.ppf(0.025, agree, checked - agree + 1) if agree else 0.0
    high = beta.ppf(0.975, agree + 1, checked - agree) if agree < checked else 1.0
    return float(low), float(high)


def main() -> None:
    con = query.connect(api.store_path())
    if "--draw" in sys.argv:
        stratum = sys.argv[-1] if sys.argv[-1] in STRATA else "final"
        for row in draw(con, stratum):
            print(row[1], f"{row[2]:%Y-%m-%d}", row[3], row[10], f"{row[4]}-{row[5]}-{row[6]}",
                  f"pub {row[7]}-{row[8]}-{row[9]}", sep="\t")
        return
    results = outcomes(con)
    for stratum, (seed, per_decade, _) in STRATA.items():
        for label, source_class in (("all sources", None), ("official sources only", "official")):
            agree, differ, not_found = count(results, source_class, stratum)
            checked = agree + differ
            low, high = interval(agree, checked)
            rate = (f"{agree}/{checked} ({100 * agree / checked:.1f}%, 95% interval {100 * low:.1f}-{100 * high:.1f}%)"
                    if checked else "- (no tally found)")
            print(f"{stratum}, {label}: sample of {checked + not_found} roll calls (seed {seed}, {per_decade} a "
                  f"decade): tally found for {checked}, not found {not_found}; the record's list agrees on {rate}")


if __name__ == "__main__":
    main()
