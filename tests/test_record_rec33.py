"""The record read with fresh eyes (twenty-ninth round, branch rec33; docs/data.md, "The record read with fresh eyes").
Two classes of error no rule looked for: roll calls filed as a resolution's adoption whose own count cannot adopt (no
more in favour than against: rejected drafts, motions and an amendment under the symbol of a resolution), and rows of the
Digital Library scrape whose every member is non-voting (no vote cast), stored as 0-0-0 tallies. Tiny fixtures in the
documented layouts, then the store built from the real files."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from unga import NotInRecord, api
from unga.store import kinds

HEADER = "Council,Date,Title,Resolution,TOTAL VOTES,NO-VOTE COUNT,ABSENT COUNT,NO COUNT,YES COUNT,Link,token,PAKISTAN,INDIA\r\n"


def _scrape(tmp_path: Path, rows: list[str]) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("UN DATA.csv", HEADER + "".join(rows))
    path = tmp_path / "UN DATA.csv.zip"
    path.write_bytes(buffer.getvalue())
    return path


def test_a_scrape_row_with_no_vote_cast_is_rejected_with_its_reason(tmp_path: Path) -> None:
    from unga.sources import undl_scrape

    path = _scrape(tmp_path, [
        "General Assembly,1984-11-30,Peacekeeping costs,A/RES/39/28A,2,2,0,0,0,https://x/1,9001,X,X\r\n",
        "General Assembly,1984-11-30,Another text,A/RES/39/29,2,0,1,0,1,https://x/2,9002,Y,A\r\n",
        "General Assembly,1984-11-30,A text adopted without a vote,A/RES/39/30,0,0,0,0,0,https://x/3,9003,,\r\n"])
    table = undl_scrape.parse(path)
    assert table.roll_calls["symbol"].tolist() == ["A/RES/39/29"]
    assert set(table.votes["key"]) == {"9002"}
    assert ("row 2", "no vote cast: every member is marked non-voting") in table.rejected
    assert ("row 4", "no recorded votes (adopted without a vote)") in table.rejected


def test_a_count_that_cannot_adopt_keeps_no_resolution_number() -> None:
    roll_calls = pd.DataFrame({
        "rcid": [1, 2, 3, 4], "kind": ["resolution", "resolution", "amendment", "resolution"],
        "symbol": ["A/RES/63/263", "A/RES/63/264", "A/RES/63/265", "A/RES/63/266"],
        "sources": ["unvotes", "unvotes", "unvotes", "unvotes"],
        "yes": [50, 120, 10, 40], "no": [88, 3, 90, 60], "abstain": [3, 5, 20, 30],
        "pub_yes": [None, None, None, 80], "pub_no": [None, None, None, 20]})
    repaired, log = kinds.failed_adoptions(roll_calls)
    # 1 failed (50-88); 2 adopted; 3 an amendment, filed under the text it would amend; 4's published count adopts
    assert repaired["symbol"].isna().tolist() == [True, False, False, False]
    assert log.to_dict(orient="records") == [{
        "rcid": 1, "check": "symbol removed: its count cannot adopt", "value": kinds.NO_TEXT, "source": "rule",
        "other_value": "A/RES/63/263", "other_source": "unvotes",
        "rule": "the roll call's count (50-88-3) has no more in favour than against, so it cannot be the adoption of "
                "the resolution its source files it under"}]


FAILED = {4: "A/RES/79(I)", 6: "A/RES/107(I)", 982: "A/RES/2271(XXII)[C]", 984: "A/RES/2271(XXII)[E]",
          1021: "A/RES/2389(XXIII)[D]", 1117: "A/RES/2628(XXV)[B]", 1240: "A/RES/2799(XXVI)[J]",
          5845: "A/RES/63/263"}


def test_the_real_record_files_no_failed_vote_as_an_adoption(con) -> None:
    logged = dict(con.execute("""SELECT rcid, other_value FROM integrity
                                 WHERE "check" = 'symbol removed: its count cannot adopt'""").fetchall())
    assert logged == FAILED
    rows = con.execute(f"SELECT rcid, symbol, source_symbol, yes, no FROM roll_calls WHERE rcid IN {tuple(FAILED)}").fetchall()
    assert all(symbol is None and yes <= no for _, symbol, _, yes, no in rows)
    assert {rcid: spelled for rcid, _, spelled, _, _ in rows}[5845] == "R/63/263"  # the source's spelling is kept
    assert con.execute("SELECT count(*) FROM roll_calls WHERE kind = 'resolution' AND symbol IS NOT NULL "
                       "AND yes <= no").fetchone()[0] == 0
    # the Important Question resolution of 1967 is still 2271 (XXII); the rival draft beside it has no number
    assert api.tally("2271 (XXII)").counts["yes"] == 69


@pytest.mark.parametrize("symbol", ["39/28 A", "39/28 B", "43/62", "63/263"])
def test_no_tally_of_nobody_and_no_failed_vote_answers_for_a_resolution(built_store, symbol: str) -> None:
    with pytest.raises(NotInRecord):
        api.tally(symbol)


def test_no_roll_call_without_a_vote_cast(con) -> None:
    assert con.execute("SELECT count(*) FROM roll_calls WHERE yes + no + abstain = 0").fetchone()[0] == 0


def test_706_vii_is_one_roll_call_dated_as_the_un_records_it(con) -> None:
    """Voeten's R/7/716 (his 2 December 1952) and the Digital Library's 706 (VII) of 23 April 1953 carry one list, state
    for state: one vote, stored once since branch rec33 (official_resolutions.csv names rcid 365 its adoption)."""
    rows = con.execute("SELECT rcid, date::VARCHAR, symbol, yes, no, abstain, sources FROM roll_calls "
                       "WHERE symbol IN ('A/RES/706(VII)', 'A/RES/716(VII)') OR rcid = 365").fetchall()
    assert rows == [(365, "1953-04-23", "A/RES/706(VII)", 51, 5, 4, "undl_scrape,unvotes,voeten2017")]
    tally = api.tally("706 (VII)")
    assert (tally.roll_call.rcid, tally.counts["yes"], tally.counts["no"], tally.counts["abstain"]) == (365, 51, 5, 4)


def test_claims_on_706_vii_read_the_april_1953_vote(built_store) -> None:
    from datetime import date

    text = ("In April 1953 the General Assembly asked for an impartial inquiry into the charges that United Nations forces "
            "had used germ weapons in Korea, by 51 votes to 5, with 4 abstentions.")
    claims = [c for c in api.check_text(text, published=date(1953, 4, 25)).claims if c["kind"] == "tally"]
    assert claims and all(c["verdict"] != "contradicted" for c in claims)


def test_a_row_named_as_the_adoption_is_not_another_vote_for_its_sources_day() -> None:
    from unga.store import checks

    known = pd.DataFrame({"symbol": ["A/RES/706(VII)"], "date": [pd.Timestamp("1953-04-23")],
                          "title": ["Charges of bacteriological warfare"], "evidence": ["a test"], "rcid": [365.0]})
    rc = pd.DataFrame({"rcid": [365, 366], "symbol": ["A/RES/706(VII)", "A/RES/706(VII)"],
                       "date": [pd.Timestamp("1952-12-02"), pd.Timestamp("1952-12-02")]})
    reasons = checks._another_resolution(rc, known)
    assert reasons.isna().tolist() == [True, False]  # 365 is the adoption; another row so far off is another vote

