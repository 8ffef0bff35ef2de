"""The record's doubts settled, or read again and left, by branch recordaudit13 (docs/data.md, "Doubts settled in the
seventeenth round, second part"). Each repair is a row of a data file with its evidence; these tests assert the
repaired values on the store built from the real files and the doubts left as the sources give them."""

from __future__ import annotations

import pytest

from unga import api


def _row(con, rcid: int) -> tuple:
    return con.execute("SELECT CAST(date AS VARCHAR), kind, yes, no, abstain FROM roll_calls WHERE rcid = ?",
                       [rcid]).fetchone()


@pytest.mark.parametrize("rcid, kind, counts", [
    (9045, "resolution", (36, 57, 24)),  # the preamble of the USSR draft A/L.519
    (9046, "paragraph", (36, 57, 23)),
    (9047, "paragraph", (44, 47, 23)),   # a reprint prints 45-49-21: not official, the count is kept
    (9048, "paragraph", (34, 54, 28)),
    (9049, "paragraph", (36, 54, 26)),
])
def test_the_ussr_draft_of_the_fifth_emergency_session_is_dated_4_july_1967(con, rcid, kind, counts):
    """UNISPAL's copy of A/L.519: "Rejected by the General Assembly on 4 July 1967"; Voeten dates it Sunday 2 July."""
    assert _row(con, rcid) == ("1967-07-04", kind, *counts)
    logged = con.execute("""SELECT value, other_value FROM integrity WHERE rcid = ? AND source = 'official'
                            AND "check" = 'date replaced by the official date'""", [rcid]).fetchall()
    assert logged == [("1967-07-04", "1967-07-02")]


def test_the_ussr_draft_keeps_its_lists(con):
    preamble = api.tally("rcid:9045")
    assert (preamble.votes["SUN"], preamble.votes["USA"], preamble.votes["FRA"], preamble.votes["ISR"]) == (
        "yes", "no", "abstain", "no")
    assert preamble.counts["absent"] == 5


def test_the_other_drafts_of_that_meeting_are_dated_from_their_neighbours(con):
    """No official text read names the day of the amendments, the non-aligned, Albanian and Latin American drafts;
    since branch rec22 the neighbour rule dates them 4 July (docs/data.md, "Doubts settled in the twenty-first round")."""
    dated = dict(con.execute("""SELECT rcid, CAST(date AS VARCHAR) FROM roll_calls
                                WHERE rcid IN (9042, 9043, 9044, 9050, 9051, 9052, 9053)""").fetchall())
    assert dated == {9042: "1967-07-04", 9043: "1967-07-04", 9044: "1967-07-04", 9050: "1967-07-04",
                     9051: "1967-07-04", 9052: "1967-07-04", 9053: "1967-07-04"}


def test_the_recent_counts_read_again_stand(con):
    """Agency reports agree with the UN's voting record (Xinhua 92-9-65; radar.am 103-9-53 naming the nine against)."""
    golan = api.tally("77/26")
    assert (golan.counts["yes"], golan.counts["no"], golan.counts["abstain"]) == (92, 9, 65)
    georgia = api.tally("78/283")
    assert (georgia.counts["yes"], georgia.counts["no"], georgia.counts["abstain"]) == (103, 9, 53)
    assert sorted(s for s, v in georgia.votes.items() if v == "no") == [
        "BDI", "BLR", "CUB", "MLI", "NIC", "PRK", "RUS", "SYR", "ZWE"]
