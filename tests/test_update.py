"""`unga update` against a loopback server in the publishers' URL layouts (tests/publisher_server.py).

The real download, cache, layout check, manifest, build and CLI code runs; only the server is ours. Most tests
serve small files written here (the UN extract and the Digital Library bulk CSV in its releases); one serves
copies of the real files in ../shared/data and rebuilds the record from them.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fixtures import cli, unxml_record
from publisher_server import Publisher
from test_sources_undl_bulk import HEADER_2024, HEADER_2026, row_2026

UNXML = "UNxml/GAresolutions"
ES11 = f"/github_raw/{UNXML}/HEAD/data_extract/ES-11.json"
BULK_2025 = "2025_3_31_ga_voting.csv"
BULK_2026 = "2026_2_6_ga_voting.csv"
HEADER_2025 = HEADER_2026.replace("vote_note,", "")


def es11(*extra_yes: str) -> bytes:
    records = [
        unxml_record("A/RES/ES-11/1", "2\u00a0March 2022", ["UNITED STATES", "FRANCE", "TÜRKIYE", *extra_yes],
                     ["RUSSIAN FEDERATION", "BELARUS"], ["PAKISTAN", "INDIA", "CHINA"], "Aggression against Ukraine"),
        unxml_record("A/RES/ES-11/2", "24 March 2022", ["UNITED STATES", "FRANCE", "PAKISTAN"],
                     ["RUSSIAN FEDERATION"], ["INDIA", "CHINA"], "Humanitarian consequences"),
    ]
    return ("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n").encode()


def bulk(header: str, vote_note: bool = True) -> bytes:
    rows = [row_2026("IND", "INDIA", "N"), row_2026("DEU", "GERMANY", "Y"), row_2026("TKM", "TURKMENISTAN", "X")]
    if not vote_note:  # the 2025 release: the same row without the empty vote_note field
        rows = [r.replace('"UKRAINE--RUSSIAN FEDERATION",,', '"UKRAINE--RUSSIAN FEDERATION",') for r in rows]
    return (header + "\n" + "\n".join(rows) + "\n").encode()


@pytest.fixture
def publisher(empty_home, monkeypatch):
    monkeypatch.setenv("UNGA_FETCH_RETRIES", "2")
    monkeypatch.setenv("UNGA_FETCH_BACKOFF", "0.01")
    monkeypatch.setenv("UNGA_FETCH_TIMEOUT", "0.5")
    monkeypatch.setenv("COLUMNS", "200")
    pub = Publisher()
    pub.add_github(UNXML, "data_extract", "ES-11.json", es11())
    pub.add_undl(BULK_2025, bulk(HEADER_2025, vote_note=False))
    yield pub
    pub.stop()


def update(pub: Publisher, *more: str) -> tuple[int, str, str]:
    return cli("update", "--sources-from", pub.base, "--only", "unxml,undl_bulk", *more)


def cache(home: Path) -> Path:
    return home / "sources"


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def partials(home: Path) -> list[str]:
    return sorted(p.name for p in cache(home).rglob("*.part*"))


def test_first_update_downloads_checks_builds_and_credits(publisher, empty_home):
    code, out, err = update(publisher)
    assert (code, err) == (0, "")
    assert "2 downloaded, 0 unchanged (304), 0 failed" in out
    assert "acknowledge the" in out and "United Nations as the source" in out  # the UN extract's terms, once
    assert "digitallibrary.un.org/record/4060887" in out                         # the Digital Library's credit
    from unga import api

    t = api.tally("ES-11/1")
    assert (t.counts["yes"], t.counts["no"], t.counts["abstain"]) == (4, 2, 3)
    assert t.votes["PAK"] == "abstain" and t.votes["DEU"] == "yes" and t.votes["TKM"] == "absent"
    assert t.sources == ["unxml", "undl_bulk"]
    assert (cache(empty_home) / "unxml_gares" / "ES-11.json").read_bytes() == es11()
    assert (cache(empty_home) / "undl_bulk" / "ga_voting.csv").read_bytes() == bulk(HEADER_2025, vote_note=False)
    with duckdb.connect(str(api.store_path()), read_only=True) as con:
        rows = con.execute("SELECT file, url, sha256, etag, fetched_at FROM provenance WHERE url IS NOT NULL "
                           "ORDER BY file").fetchall()
    assert [(Path(f).name, u) for f, u, *_ in rows] == [
        ("ga_voting.csv", f"{publisher.base}/undl/record/4060887/files/{BULK_2025}"),
        ("ES-11.json", f"{publisher.base}{ES11}")]
    assert rows[1][2] == hashlib.sha256(es11()).hexdigest() and rows[1][3].startswith('"') and rows[1][4]
    assert partials(empty_home) == []


def test_second_update_asks_conditionally_and_downloads_nothing(publisher, empty_home):
    assert update(publisher)[0] == 0
    from unga import api

    store = fingerprint(api.store_path())
    code, out, _ = update(publisher)
    assert code == 0
    assert "0 downloaded, 2 unchanged (304), 0 failed" in out and "up to date" in out
    again = publisher.requests(ES11)[-1]
    assert again["If-None-Match"].startswith('"') and "If-Modified-Since" in again
    assert "terms:" not in out                      # shown on the first download only
    assert fingerprint(api.store_path()) == store   # nothing changed: not rebuilt


def test_a_changed_file_is_downloaded_and_the_store_rebuilt(publisher, empty_home):
    assert update(publisher)[0] == 0
    publisher.add_github(UNXML, "data_extract", "ES-11.json", es11("JAPAN"))  # upstream corrects a list
    code, out, _ = update(publisher)
    assert code == 0 and "1 downloaded, 1 unchanged (304), 0 failed" in out
    from unga import api

    assert api.tally("ES-11/1").votes["JPN"] == "yes"
    assert "what changed since the previous store" in out and "JPN absent → yes" in out  # unga diff's summary
    assert api.diff_stores().changes["votes"][["iso3", "new_vote"]].values.tolist() == [["JPN", "yes"]]


def test_both_known_bulk_releases_are_read_and_the_newest_is_fetched(publisher, empty_home):
    assert update(publisher)[0] == 0
    publisher.add_undl(BULK_2026, bulk(HEADER_2026))  # the 2026 release, with vote_note, appears beside 2025
    code, out, _ = update(publisher)
    assert code == 0 and "1 downloaded" in out
    assert publisher.requests(f"/undl/record/4060887/files/{BULK_2026}")
    assert (cache(empty_home) / "undl_bulk" / "ga_voting.csv").read_bytes() == bulk(HEADER_2026)
    from unga import api

    assert api.tally("ES-11/1").votes["DEU"] == "yes"


def test_the_2024_release_is_read_too(publisher, empty_home):
    row = ('767565,DEU,GERMANY,Y,A/RES/68/262,Territorial integrity of Ukraine,Voting,A/68/L.39,,A/68/PV.80,'
           'Ukraine,,2014-03-27,100,11,58,24,193,x')
    publisher.undl.clear()
    publisher.add_undl("2024_9_12_ga_voting.csv", (HEADER_2024 + "\n" + row + "\n").encode())
    assert update(publisher)[0] == 0
    from unga import api

    assert api.tally("68/262").votes["DEU"] == "yes"


def test_an_unknown_layout_is_refused_and_the_previous_file_and_store_stay(publisher, empty_home):
    assert update(publisher)[0] == 0
    from unga import api

    store, cached = fingerprint(api.store_path()), fingerprint(cache(empty_home) / "undl_bulk" / "ga_voting.csv")
    publisher.add_undl(BULK_2026, bulk(HEADER_2026.replace("vote_note", "vote_note,vote_revised")))
    code, out, err = update(publisher)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("unga: error: undl_bulk/ga_voting.csv (from http://127.0.0.1")
    assert "unknown column 'vote_revised'" in err and "the closest, 2026, has the columns undl_id, ms_code" in err
    assert "failed" in out and "nothing was built" in out
    assert fingerprint(api.store_path()) == store
    assert fingerprint(cache(empty_home) / "undl_bulk" / "ga_voting.csv") == cached
    assert partials(empty_home) == []


def test_a_json_line_without_a_key_the_reader_needs_is_refused(publisher, empty_home):
    record = {k: v for k, v in json.loads(es11().splitlines()[0]).items() if k != "MS_against"}
    publisher.add_github(UNXML, "data_extract", "ES-11.json", json.dumps(record).encode() + b"\n")
    code, _, err = update(publisher)
    assert code == 2 and "unxml_gares/ES-11.json (from" in err and "row 1: column 'MS_against' is missing" in err
    assert not (cache(empty_home) / "unxml_gares" / "ES-11.json").exists()


@pytest.mark.parametrize("fault, words", [("404", "HTTP 404"), ("500", "HTTP 500"),
                                          ("slow", "timeout")])
def test_a_failed_download_keeps_the_previous_store(publisher, empty_home, fault, words):
    assert update(publisher)[0] == 0
    from unga import api

    store, cached = fingerprint(api.store_path()), fingerprint(cache(empty_home) / "unxml_gares" / "ES-11.json")
    publisher.add_github(UNXML, "data_extract", "ES-11.json", es11("JAPAN"))
    publisher.faults[ES11] = fault
    publisher.slow = 1.0
    tries = len(publisher.requests(ES11))
    code, out, err = update(publisher)
    assert code == 1 and err.count("\n") == 1 and words in err and ES11 in err
    assert "nothing was built: the previous store is kept" in out
    assert len(publisher.requests(ES11)) - tries == (1 if fault == "404" else 3)  # 404 is not retried; others twice
    assert fingerprint(api.store_path()) == store
    assert fingerprint(cache(empty_home) / "unxml_gares" / "ES-11.json") == cached
    assert partials(empty_home) == []


def test_a_cut_download_is_resumed_on_the_next_run(publisher, empty_home):
    publisher.faults[ES11] = "cut"
    code, _, err = update(publisher)
    assert code == 1 and "the connection broke during the download" in err
    part = cache(empty_home) / "unxml_gares" / "ES-11.json.part"
    assert part.exists() and 0 < part.stat().st_size < len(es11())  # kept, under a name no reader reads
    assert not (cache(empty_home) / "unxml_gares" / "ES-11.json").exists()
    from unga import api

    assert not api.store_path().exists()  # nothing built from a partial file
    have = part.stat().st_size
    del publisher.faults[ES11]
    code, out, _ = update(publisher)
    assert code == 0 and f"resumed from byte {have:,}" in out
    last = publisher.requests(ES11)[-1]
    assert last["Range"] == f"bytes={have}-" and last["If-Range"].startswith('"')
    assert (cache(empty_home) / "unxml_gares" / "ES-11.json").read_bytes() == es11()
    assert partials(empty_home) == []


def test_a_partial_download_of_a_file_since_removed_is_dropped(publisher, empty_home):
    publisher.faults[ES11] = "cut"
    assert update(publisher)[0] == 1 and partials(empty_home) == ["ES-11.json.part", "ES-11.json.part-meta"]
    publisher.faults[ES11] = "404"
    code, _, err = update(publisher)
    assert code == 1 and "HTTP 404" in err and partials(empty_home) == []


@pytest.mark.parametrize("listed, words", [({"sha": "0" * 40}, "git-sha1 checksum"),
                                           ({"size": 12}, "where the publisher lists 12")])
def test_a_file_that_does_not_match_its_listing_is_refused(publisher, empty_home, listed, words):
    assert update(publisher)[0] == 0
    from unga import api

    store, cached = fingerprint(api.store_path()), fingerprint(cache(empty_home) / "unxml_gares" / "ES-11.json")
    publisher.add_github(UNXML, "data_extract", "ES-11.json", es11("JAPAN"))
    publisher.listed[ES11] = listed
    code, _, err = update(publisher)
    assert code == 1 and words in err and err.count("\n") == 1
    assert fingerprint(api.store_path()) == store
    assert fingerprint(cache(empty_home) / "unxml_gares" / "ES-11.json") == cached
    assert partials(empty_home) == []


def test_the_server_gone(publisher, empty_home):
    assert update(publisher)[0] == 0
    from unga import api

    store = fingerprint(api.store_path())
    publisher.stop()
    code, out, err = update(publisher)
    assert code == 1 and "cannot connect (the server is unreachable), after 3 attempts" in err
    assert err.count("\n") == 1 and "failed" in out
    assert fingerprint(api.store_path()) == store


@pytest.mark.parametrize("argv, words", [(["--only", "votes"], "unknown source 'votes'; choose from undl_bulk"),
                                         (["--sources-from", "ftp://x"], "give an http(s) URL")])
def test_bad_arguments(empty_home, argv, words):
    code, _, err = cli("update", *argv)
    assert code == 2 and words in err


@settings(max_examples=200, deadline=None)
@given(only=st.text(max_size=40), base=st.text(max_size=40))
def test_any_only_or_base_is_a_choice_or_one_clear_refusal(only, base):
    from unga.errors import BadInput
    from unga.sources.fetch import publishers

    try:
        assert publishers.select(only) and {n.strip() for n in only.split(",")} <= set(publishers.BY_NAME)
    except BadInput as exc:
        assert "choose from undl_bulk, unxml, unvotes, voeten_github, voeten_dataverse" in str(exc)
    try:
        hosts = publishers.bases(base)
        assert all(url.startswith(("http://", "https://")) for url in hosts.values())
    except BadInput as exc:
        assert "give an http(s) URL" in str(exc)


def test_build_without_sources_uses_what_update_fetched(publisher, empty_home, monkeypatch, tmp_path):
    from unga import api

    assert update(publisher)[0] == 0
    monkeypatch.setattr(api, "__file__", str(tmp_path / "a" / "b" / "c" / "api.py"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("UNGA_SOURCES", raising=False)
    assert api.default_sources() == cache(empty_home)


IDEAL = ('"","ccode","session","NVotesAll","IdealPointAll","QO%All","iso3c","Countryname"\n'
         '"1",2,77,88,2.51,1.9,"USA","United States of America"\n')


def test_dataverse_by_doi_and_file_id_without_validators(publisher, empty_home):
    """Dataverse lists the files by DOI (md5, id); with no ETag to send back, the listed md5 says 'unchanged'."""
    path = publisher.add_dataverse(7, "IdealpointestimatesAll_Jun2024.csv", IDEAL.encode())
    publisher.bare.add(path)
    code, out, err = cli("update", "--sources-from", publisher.base, "--only", "voeten_dataverse,unxml")
    assert (code, err) == (0, "") and "2 downloaded" in out
    assert (cache(empty_home) / "voeten_dataverse" / "IdealpointestimatesAll_Jun2024.csv").read_text() == IDEAL
    code, out, _ = cli("update", "--sources-from", publisher.base, "--only", "voeten_dataverse,unxml")
    assert code == 0 and "0 downloaded, 2 unchanged" in out
    assert len(publisher.requests(path)) == 1  # the second run asked for the listing only
    newer = publisher.add_dataverse(8, "IdealpointestimatesAll_Jun2025.csv", IDEAL.encode() + b'"2",2,78,80,2.4,1.8,"USA","United States of America"\n')
    code, out, _ = cli("update", "--sources-from", publisher.base, "--only", "voeten_dataverse")
    assert code == 0 and "removed voeten_dataverse/IdealpointestimatesAll_Jun2024.csv" in out
    assert sorted(p.name for p in (cache(empty_home) / "voeten_dataverse").iterdir()) == ["IdealpointestimatesAll_Jun2025.csv"]
    assert publisher.requests(newer)


def test_json_and_bad_settings(publisher, empty_home, monkeypatch):
    code, out, _ = update(publisher, "--json")
    result = json.loads(out)
    assert code == 0 and result["counts"] == {"downloaded": 2, "unchanged": 0, "failed": 0}
    assert result["build"]["roll_calls"] == 2 and result["store_after"].endswith("unga.duckdb")
    assert {f["local"] for f in result["files"]} == {"unxml_gares/ES-11.json", "undl_bulk/ga_voting.csv"}
    monkeypatch.setenv("UNGA_FETCH_TIMEOUT", "soon")
    code, _, err = update(publisher)
    assert code == 2 and "UNGA_FETCH_TIMEOUT='soon': give a number from 0.001 to 3600" in err


def test_the_loopback_publisher_answers_head_and_ranges(publisher):
    import httpx

    head = httpx.head(publisher.base + ES11)
    assert head.status_code == 200 and head.content == b"" and int(head.headers["content-length"]) == len(es11())
    part = httpx.get(publisher.base + ES11, headers={"Range": "bytes=10-", "Accept-Encoding": "identity"})
    assert part.status_code == 206 and part.content == es11()[10:]
    assert httpx.get(publisher.base + ES11, headers={"If-None-Match": head.headers["etag"]}).status_code == 304


def test_one_update_at_a_time(publisher, empty_home):
    import fcntl

    cache(empty_home).mkdir(parents=True)
    with open(cache(empty_home) / ".update.lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        code, _, err = update(publisher)
    assert code == 1 and "another unga update is running on" in err
    assert publisher.log == []


def test_layout_checks_on_the_real_files(shared_data):
    from unga.errors import SourceError
    from unga.sources import layouts

    kinds = {"unvotes/un_votes.rda": "unvotes_votes", "unvotes/un_roll_calls.rda": "unvotes_roll_calls",
             "unvotes/un_roll_call_issues.rda": "unvotes_issues", "unvotes/UNVotesPublished.RData": "voeten_votes",
             "unvotes/descriptions1-70latestversion.xls": "voeten_descriptions", "unxml_gares/74.json": "unxml",
             "voeten_github/Matches.csv": "matches", "voeten_dataverse/IdealpointestimatesAll_Jun2024.csv": "ideal_points"}
    for name, kind in kinds.items():
        layouts.check(shared_data / name, kind)
    with pytest.raises(SourceError, match=r"un_roll_calls.rda: column 'country' is missing \(expected the unvotes "
                                          r"un_votes layout with rcid, country, country_code, vote"):
        layouts.check(shared_data / "unvotes/un_roll_calls.rda", "unvotes_votes")
    with pytest.raises(SourceError, match=r"column 'rcid1' is missing"):
        layouts.check(shared_data / "voeten_dataverse/IdealpointestimatesAll_Jun2024.csv", "matches")


def test_real_files_from_the_publishers_rebuild_the_record(shared_data, empty_home, monkeypatch):
    """Copies of ../shared/data served at the publishers' URL layouts: the whole record, then nothing twice."""
    monkeypatch.setenv("UNGA_FETCH_BACKOFF", "0.01")
    pub = Publisher()
    try:
        for path in sorted((shared_data / "unxml_gares").glob("*.json")):
            pub.add_github(UNXML, "data_extract", path.name, path.read_bytes())
        for name in ("un_votes.rda", "un_roll_calls.rda", "un_roll_call_issues.rda"):
            pub.add_github("dgrtwo/unvotes", "data", name, (shared_data / "unvotes" / name).read_bytes())
        for name in ("UNVotesPublished.RData", "descriptions1-70latestversion.xls"):
            pub.add_github("dgrtwo/unvotes", "data-raw", name, (shared_data / "unvotes" / name).read_bytes())
        pub.add_github("evoeten/United-Nations-General-Assembly-Votes-and-Ideal-Points", "Data", "Matches.csv",
                       (shared_data / "voeten_github" / "Matches.csv").read_bytes())
        ideal = shared_data / "voeten_dataverse" / "IdealpointestimatesAll_Jun2024.csv"
        pub.add_dataverse(10461, ideal.name, ideal.read_bytes())
        code, out, err = cli("update", "--sources-from", pub.base, "--only",
                             "unxml,unvotes,voeten_github,voeten_dataverse")
        assert (code, err) == (0, "")
        assert "17 downloaded, 0 unchanged (304), 0 failed" in out
        from unga import api

        t = api.tally("ES-11/1")
        assert (t.counts["yes"], t.counts["no"], t.counts["abstain"], t.counts["absent"]) == (141, 5, 35, 12)
        assert t.votes["PAK"] == "abstain"
        assert api.tally("68/262").counts["yes"] == 100
        fetched = cache(empty_home) / "voeten_dataverse" / ideal.name
        assert fetched.read_bytes() == ideal.read_bytes()
        assert pub.requests("/dataverse/api/access/datafile/10461")  # by file id, in its original format
        with duckdb.connect(str(api.store_path()), read_only=True) as con:
            urls = dict(con.execute("SELECT source, count(url) FROM provenance GROUP BY source").fetchall())
        assert urls["unxml"] == 10 and urls["unvotes"] == 3 and urls["voeten2017"] == 2 and urls["voeten_matches"] == 1
        code, out, _ = cli("update", "--sources-from", pub.base, "--only", "unxml,unvotes,voeten_github,voeten_dataverse")
        assert code == 0 and "0 downloaded, 17 unchanged (304), 0 failed" in out and "up to date" in out
    finally:
        pub.stop()
