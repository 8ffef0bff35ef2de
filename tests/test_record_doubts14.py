"""The record's doubts raised by the blind set holdout17 (tests/reference/news_holdout17/README.md, "Record doubts"),
settled with official facts by branch recordaudit7 (docs/data.md, "Doubts settled in the fourteenth round"). Each
repair is a row of a data file with its evidence; these tests assert the repaired values on the store built from the
real files, and that the doubts left open are still as the sources give them."""

from __future__ import annotations

from unga import api

CONGO_CREDENTIALS = {648: ("1960-11-18", (36, 51, 11)), 650: ("1960-11-22", (34, 50, 13)),
                     651: ("1960-11-22", (32, 47, 16)), 652: ("1960-11-22", (32, 50, 14))}


def _row(con, rcid: int) -> tuple:
    return con.execute("SELECT CAST(date AS VARCHAR), yes, no, abstain FROM roll_calls WHERE rcid = ?",
                       [rcid]).fetchone()


def test_the_agenda_votes_of_1955_are_dated_in_the_tenth_session(con):
    """Voeten dates the Algeria and Cyprus agenda votes 3 September 1955, before the session opened (20 September):
    Algeria's was taken on 30 September (530th meeting), Cyprus's on 23 September (official_dates.csv)."""
    assert _row(con, 425) == ("1955-09-30", 27, 28, 5)
    assert _row(con, 424) == ("1955-09-23", 28, 22, 10)
    logged = con.execute("""SELECT rcid, value, other_value FROM integrity WHERE rcid IN (424, 425)
                            AND "check" = 'date replaced by the official date' ORDER BY rcid""").fetchall()
    assert logged == [(424, "1955-09-23", "1955-09-03"), (425, "1955-09-30", "1955-09-03")]
    assert api.tally("rcid:425").votes["FRA"] == "yes"
    # the Cyprus agenda votes of 1954, dated 2 September by Voeten: 24 September 1954 (FRUS 1952-54 vol. VIII, 410)
    assert _row(con, 395) == ("1954-09-24", 24, 24, 12) and _row(con, 396) == ("1954-09-24", 30, 19, 11)
    cyprus = api.tally("rcid:396").votes  # FRUS: Turkey and the United Kingdom against, the United States abstaining
    assert (cyprus["TUR"], cyprus["GBR"], cyprus["USA"]) == ("no", "no", "abstain")  # France voted for the recommendation not to include Algeria


def test_the_congo_credentials_procedural_votes_are_dated_from_frus(con):
    """FRUS 1958-60 vol. XIV, note 265: the Ghana motion on 18 November 1960 (917th meeting), the Ghana and Mali
    motions and the Guinean proposal on 22 November (923rd, 924th), the day of 1498 (XV). Counts unchanged; the
    UAR's proposal to suspend the meeting (rcid 649), which the note does not give, kept Voeten's day until branch rec22."""
    for rcid, (day, counts) in CONGO_CREDENTIALS.items():
        assert _row(con, rcid) == (day, *counts)
    assert _row(con, 653)[0] == "1960-11-22"  # 1498 (XV) itself
    assert _row(con, 649) == ("1960-11-18", 40, 35, 19)  # from its neighbours (branch rec22): between two votes of the 18th


def test_the_1957_algeria_resolution_is_stored_once(con):
    """Voeten's R/11/1105 (rcid 496, 4 February 1957) is the vote on 1012 (XI) that the Digital Library dates 15
    February 1957 (75-0-1, the same 80 states): official_resolutions.csv names rcid 496 as that adoption, so the
    Digital Library's row links to it instead of becoming a second roll call (formerly rcid 85575591)."""
    rows = con.execute("""SELECT rcid, CAST(date AS VARCHAR), yes, no, abstain, sources FROM roll_calls
                          WHERE symbol = 'A/RES/1012(XI)' OR rcid IN (496, 85575591)""").fetchall()
    assert rows == [(496, "1957-02-15", 75, 0, 1, "undl_scrape,unvotes,voeten2017")]
    assert not con.execute("SELECT count(*) FROM roll_calls WHERE symbol = 'A/RES/1105(XI)'").fetchone()[0]
    logged = con.execute("""SELECT DISTINCT value, other_value FROM integrity WHERE rcid = 496
                            AND "check" = 'symbol replaced by the official symbol'""").fetchall()
    assert logged == [("A/RES/1012(XI)", "A/RES/1105(XI)")]
    tally = api.tally("1012 (XI)")
    assert tally.roll_call.rcid == 496 and tally.votes["GBR"] == "abstain" and tally.votes["USA"] == "yes"


def test_the_indigenous_declaration_keeps_the_announced_count(con):
    """61/295 (13 September 2007): UN DESA's page gives 144 in favour; the record's sources and the announced
    result give 143-4-11. Left as recorded (docs/data.md)."""
    row = con.execute("SELECT yes, no, abstain, pub_yes, pub_no, pub_abstain FROM roll_calls "
                      "WHERE symbol = 'A/RES/61/295'").fetchone()
    assert row == (143, 4, 11, 143, 4, 11)


def test_an_unreadable_rcid_in_official_resolutions_names_its_row(tmp_path):
    """The column rcid is optional; a value that is not a roll call's id is refused with the file and the row."""
    import pytest

    from unga.errors import SourceError
    from unga.sources import corrections

    path = tmp_path / "official_resolutions.csv"
    path.write_text("symbol,date,title,evidence,rcid\n"
                    "A/RES/1012(XI),1957-02-15,Question of Algeria,FRUS,rcid:496\n"
                    "A/RES/1478(XV),1960-09-20,Admission,GAOR,four hundred\n")
    with pytest.raises(SourceError) as error:
        corrections.read_resolutions(path)
    assert error.value.row == 3 and "official_resolutions.csv, row 3" in str(error.value)
    path.write_text("symbol,date,title,evidence\nA/RES/1478(XV),1960-09-20,Admission,GAOR\n")
    assert corrections.read_resolutions(path)["rcid"].isna().all()  # the file without the column still reads
