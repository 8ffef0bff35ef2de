"""Kept stores and `unga diff`: each rebuild keeps the store it replaces, and the diff names exactly what changed."""

from __future__ import annotations

import json
import os

import pytest
from fixtures import (
    STATES_77,
    cli,
    session_77,
    session_77_store,
    small_sources,
    unxml_record,
    write_unxml,
)

from unga import api
from unga.errors import BadInput, StoreWouldShrink
from unga.store import versions


@pytest.fixture
def sources(tmp_path, empty_home):
    return session_77_store(tmp_path / "sources", 20)


def rebuild_with(folder, records, **kw):
    write_unxml(folder, "77.json", records)
    return api.build(folder, **kw)


def test_a_rebuild_keeps_the_previous_store_and_says_where(sources):
    first = api.stores().versions
    assert len(first) == 1 and first[0].current
    summary = rebuild_with(sources, session_77(20))
    assert summary.previous and os.path.isfile(summary.previous)
    assert "unga diff" in str(summary)
    listed = api.stores().versions
    assert [v.current for v in listed] == [True, False]
    assert listed[1].build_id == first[0].build_id and listed[1].roll_calls == first[0].roll_calls


def test_the_diff_names_a_changed_vote_an_added_and_a_removed_roll_call(sources):
    records = session_77(20)
    # 77/1: India moves from no to yes (3-2 before, 4-1 after: adopted both times; a count that cannot adopt keeps no
    # number, so 77/4's 2-3 would also change its symbol)
    changed = records[0]
    assert "INDIA" in changed["MS_against"]
    changed["MS_against"] = [s for s in changed["MS_against"] if s != "INDIA"]
    changed["MS_in_favour"] = [*changed["MS_in_favour"], "INDIA"]
    changed["MS_in_favour_count"], changed["MS_against_count"] = (str(len(changed["MS_in_favour"])),
                                                                  str(len(changed["MS_against"])))
    records = [r for r in records if r["symbol"] != "A/RES/77/7"]
    records.append(unxml_record("A/RES/77/21", "8 December 2022", STATES_77[:5], STATES_77[5:], [], "Resolution 21"))
    rebuild_with(sources, records)

    diff = api.diff_stores()
    assert diff.changes["added"]["symbol"].tolist() == ["A/RES/77/21"]
    assert diff.changes["removed"]["symbol"].tolist() == ["A/RES/77/7"]
    votes = diff.changes["votes"]
    assert votes[["symbol", "iso3", "old_vote", "new_vote"]].values.tolist() == [["A/RES/77/1", "IND", "no", "yes"]]
    tallies = diff.changes["tallies"]
    assert tallies["symbol"].tolist() == ["A/RES/77/1"]
    assert tallies.iloc[0]["old_tally"] != tallies.iloc[0]["new_tally"]
    assert diff.changes["renumbered"].empty and diff.changes["details"].empty
    assert diff.changes["sources"]["file"].tolist() == ["77.json"]
    by_session = diff.changes["by_session"].set_index("session")
    assert by_session.loc[77, ["added", "removed", "votes_changed"]].tolist() == [1, 1, 1]
    text = str(diff)
    assert "roll calls added: 1" in text and "A/RES/77/1 of 2022-11-04: IND no → yes" in text

    code, out, _ = cli("diff", "--json")
    payload = json.loads(out)
    assert code == 0 and payload["counts"]["votes"] == 1 and payload["added"][0]["symbol"] == "A/RES/77/21"


def test_a_rebuild_from_the_same_files_changes_nothing(sources):
    rebuild_with(sources, session_77(20))
    diff = api.diff_stores("previous", "current")
    assert diff.is_empty()
    assert str(diff).endswith("no change: the two stores hold the same roll calls, tallies and votes")


def test_the_kept_stores_are_bounded(sources, monkeypatch):
    stamps = iter(range(10))
    real = versions.make_build_id
    monkeypatch.setattr(versions, "make_build_id", lambda at, d: real(at, d) + f"{next(stamps)}")
    for _ in range(versions.KEEP + 2):
        rebuild_with(sources, session_77(20))
    kept = list(versions.kept_folder(api.store_path()).glob("unga-*.duckdb"))
    assert len(kept) == versions.KEEP
    assert len(api.stores().versions) == versions.KEEP + 1


def test_a_refused_build_leaves_the_current_and_kept_stores_alone(sources):
    rebuild_with(sources, session_77(20))
    before = [(v.path, v.build_id) for v in api.stores().versions]
    with pytest.raises(StoreWouldShrink):
        rebuild_with(sources, session_77(10))
    assert [(v.path, v.build_id) for v in api.stores().versions] == before


def test_bad_names_are_one_line_errors(sources, tmp_path):
    with pytest.raises(BadInput, match="no previous store is kept"):
        api.diff_stores()
    junk = tmp_path / "junk.duckdb"
    junk.write_text("not a store")
    code, _, err = cli("diff", str(junk), "current")
    assert code == 2 and err.count("\n") == 1 and "junk.duckdb" in err
    code, _, err = cli("diff", "20990101", "current")
    assert code == 2 and "neither a store file nor a kept build id" in err


def test_the_real_store_against_itself_has_no_change(built_store):
    diff = api.diff_stores("current", "current")
    assert diff.is_empty()
    assert diff.old.roll_calls == diff.new.roll_calls > 6900


def test_a_build_on_a_machine_without_sources_says_what_to_do(empty_home, tmp_path, monkeypatch):
    monkeypatch.delenv("UNGA_SOURCES", raising=False)
    monkeypatch.setattr(api, "__file__", str(tmp_path / "site" / "unga" / "api.py"))
    monkeypatch.chdir(tmp_path)
    code, _, err = cli("build")
    assert code == 2 and err.count("\n") == 1
    assert "no source files" in err and "unga update" in err and "--sources" in err
    downloaded = small_sources(empty_home / "sources")  # what `unga update` leaves there
    assert api.default_sources() == downloaded
