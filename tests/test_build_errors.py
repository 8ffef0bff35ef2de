"""Bad input gets a clear error naming the file and row, and the store already built survives it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from unga import api
from unga.errors import SourceError, UnknownResolution, UnknownState
from unga.store import build as build_module
from fixtures import small_sources, unxml_record, write_unxml


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def built_small(tmp_path, empty_home):
    sources = small_sources(tmp_path / "sources")
    api.build(sources)
    return sources, api.store_path()


def test_small_build_from_fixture(built_small):
    t = api.tally("ES-11/1")
    # 193 members on the day: the 8 listed voted, the other 185 are absent
    assert t.counts == {"yes": 3, "no": 2, "abstain": 3, "absent": 185}
    assert t.votes["TUR"] == "yes" and t.votes["PAK"] == "abstain"
    assert api.tally("ES-11/2").votes["PAK"] == "yes"
    with pytest.raises(UnknownResolution):
        api.tally("ES-11/9")  # adopted without a vote: no roll call


def test_wrong_path_is_a_clear_error(empty_home, tmp_path):
    with pytest.raises(SourceError, match="sources folder not found"):
        api.build(tmp_path / "nowhere")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(SourceError, match="no source files found"):
        api.build(empty)


def test_truncated_json_names_file_and_line_and_keeps_the_store(built_small):
    sources, store = built_small
    before = digest(store)
    path = sources / "unxml_gares" / "ES-11.json"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: len(text) // 2], encoding="utf-8")  # cut mid-record
    with pytest.raises(SourceError, match=r"ES-11\.json, row 2: invalid JSON"):
        api.build(sources)
    assert digest(store) == before
    assert api.tally("ES-11/1").counts["yes"] == 3
    assert not list(store.parent.glob(".*.tmp*"))


def test_unknown_state_name_names_file_and_row(built_small):
    sources, store = built_small
    before = digest(store)
    write_unxml(sources, "78.json", [unxml_record("A/RES/78/1", "1 November 2023", ["ATLANTIS"], [], [])])
    with pytest.raises(SourceError, match=r"78\.json, row 1: unmapped state name 'ATLANTIS'.*aliases\.csv"):
        api.build(sources)
    assert digest(store) == before


def test_corrupt_zip_and_rdata_are_clear_errors(empty_home, tmp_path):
    (tmp_path / "undl_scrape_2022").mkdir(parents=True)
    (tmp_path / "undl_scrape_2022" / "UN DATA.csv.zip").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(SourceError, match=r"UN DATA\.csv\.zip: cannot read"):
        api.build(tmp_path)
    other = tmp_path / "other" / "unvotes"
    other.mkdir(parents=True)
    (other / "un_votes.rda").write_bytes(b"RDX2\n" + bytes(200))
    (other / "un_roll_calls.rda").write_bytes(b"garbage")
    with pytest.raises(SourceError, match=r"un_votes\.rda: cannot read R data"):
        api.build(tmp_path / "other")


def test_interrupted_write_keeps_the_previous_store(built_small, monkeypatch):
    sources, store = built_small
    before = digest(store)

    def broken_write(path, *args, **kwargs):
        Path(path).write_bytes(b"half a database")
        raise KeyboardInterrupt

    monkeypatch.setattr(build_module, "_write", broken_write)
    with pytest.raises(KeyboardInterrupt):
        api.build(sources)
    assert digest(store) == before
    assert not list(store.parent.glob(".*.tmp*"))


def test_unknown_state_suggests_close_matches(built_small):
    with pytest.raises(UnknownState, match="Pakistan"):
        api.state_record("Pakistn")


def test_unknown_symbol_suggests_close_matches(built_small):
    with pytest.raises(UnknownResolution, match="ES-11/1"):
        api.tally("ES-11/7")


def test_a_folder_in_place_of_a_source_file_is_a_clear_error(built_small):
    sources, store = built_small
    before = digest(store)
    (sources / "unxml_gares" / "78.json").mkdir()
    with pytest.raises(SourceError, match=r"78\.json: cannot read \(Is a directory\)"):
        api.build(sources)
    assert digest(store) == before


def test_a_store_folder_that_cannot_be_made_is_a_store_error(tmp_path, monkeypatch):
    from unga.errors import StoreError

    sources = small_sources(tmp_path / "sources")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("UNGA_HOME", str(blocker / "home"))
    with pytest.raises(StoreError, match=r"cannot write the store at .*a-file/home/unga\.duckdb: Not a directory; "
                                         r"the previous store is kept") as error:
        api.build(sources)
    assert error.value.exit_code == 1
