"""Guarded builds: a build that would lose roll calls or votes, or reads a file twice, does not replace the store."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import duckdb
import pytest
from fixtures import session_77, session_77_store, unxml_record, write_unxml

from unga import api
from unga.cli.main import main
from unga.errors import SourceError, StoreWouldShrink
from unga.store import query


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def sources(tmp_path, empty_home):
    return session_77_store(tmp_path / "sources", 40)


def table(name: str):
    return query.frame(query.connect(api.store_path()), f"SELECT * FROM {name}")


def test_a_missing_file_stops_the_build_with_what_would_be_lost(sources):
    before = digest(api.store_path())
    (sources / "unxml_gares" / "77.json").unlink()
    with pytest.raises(StoreWouldShrink, match=r"session 77: 40 → 0 unxml roll calls \(unxml_gares/77\.json: 40 → 0\)"
                                               r".*--allow-shrink"):
        api.build(sources)
    assert digest(api.store_path()) == before
    assert api.tally("A/RES/77/3").counts["yes"] == 5


def test_allow_shrink_builds_and_records_the_loss(sources):
    (sources / "unxml_gares" / "77.json").unlink()
    summary = api.build(sources, allow_shrink=True)
    assert summary.roll_calls == 2
    rows = table("integrity")
    lost = rows[rows["check"] == "fewer roll calls than in the previous store"]
    assert lost[["value", "other_value", "rule"]].values.tolist() == [
        ["session 77: 0", "session 77: 40", "accepted with --allow-shrink"]]


def test_an_upstream_correction_withdrawing_two_roll_calls_passes(sources):
    write_unxml(sources, "77.json", session_77(40)[:38])
    assert api.build(sources).roll_calls == 40  # 38 + ES-11/1, ES-11/2
    rows = table("integrity")
    lost = rows[rows["check"] == "fewer roll calls than in the previous store"]
    assert lost["rule"].tolist() == ["within the build's tolerance"]
    assert lost["value"].tolist() == ["session 77: 38"]


def test_three_of_forty_is_beyond_the_tolerance(sources):
    write_unxml(sources, "77.json", session_77(40)[:37])
    with pytest.raises(StoreWouldShrink, match="session 77: 40 → 37 unxml roll calls"):
        api.build(sources)


def test_emptied_vote_lists_stop_the_build(sources):
    emptied = [{**r, "MS_in_favour": [], "MS_against": [], "MS_abstaining": [], "adoption_type": "By a recorded vote"}
               for r in session_77(40)]
    write_unxml(sources, "77.json", emptied)
    with pytest.raises(StoreWouldShrink, match=r"session 77: 7\.0 → 0\.0 votes cast per roll call"):
        api.build(sources)


def test_an_empty_file_is_an_error_naming_it(sources):
    before = digest(api.store_path())
    (sources / "unxml_gares" / "77.json").write_bytes(b"")
    with pytest.raises(SourceError, match=r"77\.json: empty file"):
        api.build(sources)
    assert digest(api.store_path()) == before


def test_an_identical_copy_is_read_once_and_recorded(sources):
    shutil.copy(sources / "unxml_gares" / "77.json", sources / "unxml_gares" / "77-copy.json")
    assert api.build(sources).roll_calls == 42
    prov = table("provenance").set_index("file")
    copy = prov.loc[str(sources / "unxml_gares" / "77-copy.json")]
    assert (copy["rows_read"], copy["rows_rejected"]) == (0, 1)
    assert "same bytes (sha256) as unxml_gares/77.json" in copy["rejected_reasons"]
    rows = table("integrity")
    assert rows[rows["check"] == "source file repeats another"][["value", "other_value"]].values.tolist() == [
        ["77-copy.json", "77.json"]]


def test_an_overlapping_file_of_one_source_is_refused_naming_both(sources):
    before = digest(api.store_path())
    changed = session_77(40)
    changed[0]["title"] = "A later version of the same file"
    write_unxml(sources, "77-new.json", changed)
    with pytest.raises(SourceError, match=r"77-new\.json: holds 40 roll calls that 77\.json also holds "
                                          r"\(e\.g\. A/RES/77/1\).*remove one of 77\.json and 77-new\.json"):
        api.build(sources)
    assert digest(api.store_path()) == before


def test_a_file_without_any_recorded_vote_is_one_clear_error(tmp_path, empty_home):
    write_unxml(tmp_path, "S-32.json", [{**unxml_record("A/RES/S-32/1", "1 June 2021", [], [], []),
                                         "adoption_type": "Without a vote"}])
    with pytest.raises(SourceError, match=r"no recorded vote in the source files read \(S-32\.json\)"):
        api.build(tmp_path)


def matches(folder: Path, text: str) -> Path:
    path = folder / "voeten_github" / "Matches.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_truncated_matches_file_is_an_error(sources):
    matches(sources, "v1,rcid1,rcid2\n1,299,331\n2,6155,91")  # cut inside "9111"
    with pytest.raises(SourceError, match=r"Matches\.csv, row 3: the last row does not end with a line break"):
        api.build(sources)
    matches(sources, "v1,rcid1,rcid2\n1,299,331\n2,6155\n")
    with pytest.raises(SourceError, match=r"Matches\.csv, row 3: the last row has 2 of the header's 3 columns"):
        api.build(sources)


def test_a_bridge_must_go_forward_in_time(sources):
    es11 = api.tally("ES-11/1").roll_call.rcid  # session 76
    later = api.tally("A/RES/77/1").roll_call.rcid
    matches(sources, f"v1,rcid1,rcid2\n1,{es11},{later}\n2,{later},{es11}\n3,1,2\n")
    api.build(sources)
    assert table("bridges")[["rcid_a", "rcid_b"]].values.tolist() == [[es11, later]]
    row = table("provenance").set_index("source").loc["voeten_matches"]
    assert row["rejected_reasons"] == ("1× a roll call of the pair is not in the record; "
                                       "1× the second roll call is not in a later session")


def test_cli_refusal_is_one_line_and_allow_shrink_passes(sources, capsys):
    (sources / "unxml_gares" / "77.json").unlink()
    assert main(["build", "--sources", str(sources), "--json"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "session 77: 40 → 0 unxml roll calls" in err
    assert main(["build", "--sources", str(sources), "--json", "--allow-shrink"]) == 0
    assert api.tally("ES-11/1").counts["yes"] == 3


@pytest.fixture
def real_store_copy(built_store, tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(built_store, home / built_store.name)
    monkeypatch.setenv("UNGA_HOME", str(home))
    yield home / built_store.name
    query.close_all()


def test_a_folder_with_only_es11_does_not_replace_the_full_store(real_store_copy, shared_data, tmp_path):
    before = digest(real_store_copy)
    folder = tmp_path / "only"
    (folder / "unxml_gares").mkdir(parents=True)
    shutil.copy(shared_data / "unxml_gares" / "ES-11.json", folder / "unxml_gares")
    with pytest.raises(StoreWouldShrink) as refused:
        api.build(folder)
    # 80.json: 168 recorded votes, a few of them repeated lines (one source id each)
    lost = re.search(r"session 80: (\d+) → 0 unxml roll calls \(unxml_gares/80\.json: \1 → 0\); ", str(refused.value))
    assert lost and 160 <= int(lost[1]) <= 168
    more = re.search(r"; and (\d+) more \(check the sources folder, or pass --allow-shrink to build anyway\)$",
                     str(refused.value))
    assert more and int(more[1]) > 200  # every session of 1946-2021 loses its roll calls of three sources
    assert digest(real_store_copy) == before
    with duckdb.connect(str(real_store_copy), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM roll_calls").fetchone()[0] > 6500  # not the 6 of ES-11.json


def test_a_folder_with_only_s32_is_one_clear_error(real_store_copy, shared_data, tmp_path):
    folder = tmp_path / "only"
    (folder / "unxml_gares").mkdir(parents=True)
    shutil.copy(shared_data / "unxml_gares" / "S-32.json", folder / "unxml_gares")
    with pytest.raises(SourceError, match="no recorded vote"):
        api.build(folder)


def test_a_previous_store_that_cannot_be_read_is_replaced(sources):
    api.store_path().write_bytes(b"not a database" * 100)
    query.close_all()
    assert api.build(sources).roll_calls == 42
    assert api.tally("A/RES/77/3").counts["yes"] == 5
