"""`unga update` against the loopback publisher of the tests: what fetching costs apart from the network.

    python benchmarks/bench_update.py [--big-mb 100]

Serves copies of ../shared/data (17 files, 10.7 MB) in the publishers' URL layouts on 127.0.0.1 and measures,
with sources.fetch.update.update_sources (no build): the first fetch, a second run (all 304), and one big file
in the Digital Library bulk layout (--big-mb) fetched whole, then cut in the middle and resumed. Baseline: a
bare httpx GET of the same big file into memory, no checks, in the same process.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from common import timed  # noqa: E402
from publisher_server import Publisher  # noqa: E402

from unga.sources.fetch.download import Settings  # noqa: E402
from unga.sources.fetch.update import update_sources  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
HEADER = ("undl_id,ms_code,ms_name,ms_vote,date,session,resolution,draft,committee_report,meeting,title,"
          "agenda_title,subjects,vote_note,total_yes,total_no,total_abstentions,total_non_voting,total_ms,undl_link")


def serve_real(pub: Publisher) -> int:
    n = 0
    for path in sorted((SHARED / "unxml_gares").glob("*.json")):
        pub.add_github("UNxml/GAresolutions", "data_extract", path.name, path.read_bytes())
        n += path.stat().st_size
    for folder, names in {"data": ["un_votes.rda", "un_roll_calls.rda", "un_roll_call_issues.rda"],
                          "data-raw": ["UNVotesPublished.RData", "descriptions1-70latestversion.xls"]}.items():
        for name in names:
            pub.add_github("dgrtwo/unvotes", folder, name, (SHARED / "unvotes" / name).read_bytes())
            n += (SHARED / "unvotes" / name).stat().st_size
    matches = SHARED / "voeten_github" / "Matches.csv"
    pub.add_github("evoeten/United-Nations-General-Assembly-Votes-and-Ideal-Points", "Data", "Matches.csv",
                   matches.read_bytes())
    ideal = SHARED / "voeten_dataverse" / "IdealpointestimatesAll_Jun2024.csv"
    pub.add_dataverse(1, ideal.name, ideal.read_bytes())
    return n + matches.stat().st_size + ideal.stat().st_size


def big_bulk(mb: int) -> bytes:
    row = ('4025240,AFG,AFGHANISTAN,Y,2023-10-27,ES-10,A/RES/ES-10/21,A/ES-10/L.25,,A/ES-10/PV.41,"A title",'
           'An agenda item,SUBJECTS,,120,14,45,14,193,https://digitallibrary.un.org/record/4025240\n').encode()
    return HEADER.encode() + b"\n" + row * (mb * (1 << 20) // len(row))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--big-mb", type=int, default=100)
    args = ap.parse_args()
    settings = Settings(timeout=30, retries=4, backoff=0.01)
    pub = Publisher()
    try:
        size = serve_real(pub)
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "sources"
            only = "unxml,unvotes,voeten_github,voeten_dataverse"
            first, report = timed(lambda: update_sources(folder, sources_from=pub.base, only=only, settings=settings))
            print(f"first fetch of the real files: {first:.2f} s for {len(report.files)} files, {size / 1e6:.1f} MB "
                  f"(listing, download, sha256 + listed checksum, layout check incl. reading the R objects)")
            again, report = timed(lambda: update_sources(folder, sources_from=pub.base, only=only, settings=settings))
            print(f"second run, nothing changed: {again:.3f} s, "
                  f"{sum(f.status == 'unchanged' for f in report.files)} unchanged (304)")

            data = big_bulk(args.big_mb)
            url = pub.base + pub.add_undl("2026_2_6_ga_voting.csv", data)
            whole, _ = timed(lambda: update_sources(folder, sources_from=pub.base, only="undl_bulk", settings=settings))
            bare, _ = timed(lambda: httpx.get(url, timeout=30).content)
            mb = len(data) / 1e6
            print(f"bulk CSV {mb:.0f} MB fetched and checked: {whole:.2f} s ({mb / whole:.0f} MB/s)")
            print(f"  baseline, a bare httpx GET into memory: {bare:.2f} s ({mb / bare:.0f} MB/s); "
                  f"ratio {whole / bare:.2f}x")
            newer = data + data.splitlines(keepends=True)[-1]  # a new version (one row more), cut when served
            pub.add_undl("2026_2_6_ga_voting.csv", newer)
            pub.faults["/undl/record/4060887/files/2026_2_6_ga_voting.csv"] = "cut"
            cut, report = timed(lambda: update_sources(folder, sources_from=pub.base, only="undl_bulk",
                                                       settings=Settings(timeout=30, retries=0, backoff=0.01)))
            part = folder / "undl_bulk" / "ga_voting.csv.part"
            print(f"cut in the middle: {cut:.2f} s, failed={len(report.failures)}, .part {part.stat().st_size / 1e6:.0f} MB kept")
            pub.faults.clear()
            resumed, report = timed(lambda: update_sources(folder, sources_from=pub.base, only="undl_bulk",
                                                           settings=settings))
            print(f"resumed: {resumed:.2f} s, from byte {report.files[0].resumed_from:,}")
    finally:
        pub.stop()


if __name__ == "__main__":
    main()
