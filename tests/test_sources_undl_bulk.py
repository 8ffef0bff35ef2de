"""The UN Digital Library bulk CSV in both documented layouts, on fixtures written here (no copy is at hand)."""

from pathlib import Path

import pytest

from unga.errors import SourceError
from unga.sources import undl_bulk

HEADER_2026 = ("undl_id,ms_code,ms_name,ms_vote,date,session,resolution,draft,committee_report,meeting,title,"
               "agenda_title,subjects,vote_note,total_yes,total_no,total_abstentions,total_non_voting,total_ms,undl_link")
HEADER_2024 = ("undl_id,ms_codes,ms_names,ms_votes,resolutions,title,modality,draft,committee_report,meeting,"
               "agenda_titles,subjects,date,yes,no,abstentions,non-voting,total-voting,undl_link")


def write(tmp_path: Path, header: str, rows: list[str], name: str = "2026_02_06_ga_voting.csv") -> Path:
    path = tmp_path / name
    path.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def row_2026(code, name, vote, symbol="A/RES/ES-11/1", date="2022-03-02", undl="3959039"):
    return (f'{undl},{code},{name},{vote},{date},ES-11,{symbol},A/ES-11/L.1,,A/ES-11/PV.5,'
            f'"Aggression against Ukraine : resolution / adopted by the General Assembly",Ukraine,'
            f'"UKRAINE--RUSSIAN FEDERATION",,141.0,5.0,35.0,12.0,193.0,https://digitallibrary.un.org/record/{undl}')


def test_2026_layout(tmp_path):
    path = write(tmp_path, HEADER_2026, [row_2026("PAK", "PAKISTAN", "A"), row_2026("USA", "UNITED STATES", "Y"),
                                         row_2026("RUS", "RUSSIAN FEDERATION", "N"), row_2026("TKM", "TURKMENISTAN", "X")])
    table = undl_bulk.parse(path)
    assert table.source == "undl_bulk"
    rc = table.roll_calls.iloc[0]
    assert rc["symbol"] == "A/RES/ES-11/1" and rc["session"] == 76
    assert (rc["yes"], rc["no"], rc["abstain"], rc["non_voting"]) == (141, 5, 35, 12)
    assert dict(zip(table.votes["iso3"], table.votes["vote"])) == {
        "PAK": "abstain", "USA": "yes", "RUS": "no", "TKM": "absent"}


def test_2024_layout_with_nv_and_names_only(tmp_path):
    rows = [
        '767565,IND,INDIA,A,A/RES/68/262,Territorial integrity of Ukraine,Voting,A/68/L.39,,A/68/PV.80,Ukraine,,2014-03-27,100,11,58,24,193,x',
        '767565,,ARMENIA,N,A/RES/68/262,Territorial integrity of Ukraine,Voting,A/68/L.39,,A/68/PV.80,Ukraine,,2014-03-27,100,11,58,24,193,x',
        '767565,ISR,ISRAEL,NV,A/RES/68/262,Territorial integrity of Ukraine,Voting,A/68/L.39,,A/68/PV.80,Ukraine,,2014-03-27,100,11,58,24,193,x',
        '767565,SSD,SOUTH SUDAN,,A/RES/68/262,Territorial integrity of Ukraine,Voting,A/68/L.39,,A/68/PV.80,Ukraine,,2014-03-27,100,11,58,24,193,x',
    ]
    table = undl_bulk.parse(write(tmp_path, HEADER_2024, rows, "2024_09_12_ga_voting.csv"))
    assert dict(zip(table.votes["iso3"], table.votes["vote"])) == {"IND": "abstain", "ARM": "no", "ISR": "absent"}
    assert table.rejected == [("row 5", "no vote value (not a member at the time)")]
    assert table.roll_calls.iloc[0]["symbol"] == "A/RES/68/262"


def test_unknown_layout_names_the_file(tmp_path):
    path = write(tmp_path, "a,b,c", ["1,2,3"])
    with pytest.raises(SourceError, match="not a UN Digital Library voting CSV of a known release: unknown column 'a'"):
        undl_bulk.parse(path)


def test_the_three_releases_are_told_apart_by_their_header(tmp_path):
    header_2025 = HEADER_2026.replace("vote_note,", "")
    assert undl_bulk.check_layout(write(tmp_path, HEADER_2026, [], "a.csv")) == "2026"
    assert undl_bulk.check_layout(write(tmp_path, header_2025, [], "b.csv")) == "2025"
    assert undl_bulk.check_layout(write(tmp_path, HEADER_2024, [], "c.csv")) == "2024"


def test_a_release_with_a_new_column_is_refused_by_name(tmp_path):
    """A new column may change what the others mean (as vote_note did), so an unknown release is not read."""
    path = write(tmp_path, HEADER_2026.replace("vote_note", "vote_note,vote_corrected"), [])
    with pytest.raises(SourceError, match=r"unknown column 'vote_corrected'.*the closest, 2026, has the columns undl_id"):
        undl_bulk.check_layout(path)
    path = write(tmp_path, HEADER_2026.replace("ms_vote,", ""), [])
    with pytest.raises(SourceError, match=r"column 'ms_vote' is missing"):
        undl_bulk.parse(path)


def test_bad_vote_letter_names_the_row(tmp_path):
    path = write(tmp_path, HEADER_2026, [row_2026("PAK", "PAKISTAN", "A"), row_2026("USA", "UNITED STATES", "Q")])
    with pytest.raises(SourceError, match=r"row 3.*'Q'"):
        undl_bulk.parse(path)


def test_unmapped_name_names_the_row(tmp_path):
    path = write(tmp_path, HEADER_2026, [row_2026("", "ATLANTIS", "Y")])
    with pytest.raises(SourceError, match=r"row 2: unmapped state name 'ATLANTIS'"):
        undl_bulk.parse(path)


def test_bulk_file_merges_into_the_record(tmp_path, empty_home):
    """A downloaded bulk CSV beside the UN extract: one roll call, the extract's votes first, gaps filled."""
    import duckdb

    from fixtures import small_sources
    from unga import api

    sources = small_sources(tmp_path / "sources")
    write(sources, HEADER_2026, [row_2026("IND", "INDIA", "N"), row_2026("DEU", "GERMANY", "Y"),
                                 row_2026("TKM", "TURKMENISTAN", "X")])
    api.build(sources)
    t = api.tally("ES-11/1")
    assert t.votes["IND"] == "abstain"  # the UN extract outranks the Digital Library
    assert t.votes["DEU"] == "yes"      # missing from the extract, supplied by the bulk file
    assert t.votes["TKM"] == "absent"
    assert t.sources == ["unxml", "undl_bulk"]
    with duckdb.connect(str(api.store_path()), read_only=True) as con:
        checks = dict(con.execute('SELECT "check", iso3 FROM integrity WHERE iso3 IS NOT NULL').fetchall())
    assert checks == {"vote differs between sources": "IND", "vote missing from the leading source": "DEU"}
